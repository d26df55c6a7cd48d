//! The `vieclam` command: parse the command line and run it.

use std::process::ExitCode;

/// mimalloc instead of the system allocator: the indexing and search
/// threads allocate and free many small strings, often on different
/// threads, where glibc's allocator spends much of its time in locks.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    vieclam::cli::main(vieclam::cli::Allocator {
        keep_freed_memory: mimalloc_options::never_purge,
    })
}

/// The one place the program sets mimalloc's options: through its C
/// interface, hence the only `unsafe` code of the package.
#[allow(unsafe_code)]
mod mimalloc_options {
    use libmimalloc_sys::{mi_option_set, mi_option_t};

    /// `mi_option_purge_delay` of the mimalloc 3 bundled with
    /// libmimalloc-sys 0.1.49 (its Rust bindings do not name it): how many
    /// milliseconds freed memory waits before going back to the kernel,
    /// -1 for never. The test below checks that the number still means it.
    pub const PURGE_DELAY: mi_option_t = 15;

    /// Freed memory stays with mimalloc, for reuse (see
    /// `vieclam::cli::Allocator`).
    pub fn never_purge() {
        // SAFETY: stores an integer option, which mimalloc reads
        // atomically; -1 is a documented value of this option.
        unsafe { mi_option_set(PURGE_DELAY, -1) }
    }

    /// The option's current value.
    #[cfg(test)]
    pub fn purge_delay() -> std::ffi::c_long {
        // SAFETY: reads an integer option.
        unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }
    }
}

#[cfg(test)]
mod tests {
    use super::mimalloc_options::*;

    #[test]
    fn the_purge_delay_option_is_the_one_named() {
        // mimalloc 3 waits 1,000 ms by default; no other option defaults
        // to 1,000, so a renumbering of the options shows here.
        assert_eq!(purge_delay(), 1_000);
        never_purge();
        assert_eq!(purge_delay(), -1);
    }
}
