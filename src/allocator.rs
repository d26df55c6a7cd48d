//! Options of the program's allocator, mimalloc (chosen in `main.rs` and
//! in the benchmarks), set through its C interface: the only `unsafe` code
//! of the crate. In a program with another allocator they change nothing.
#![allow(unsafe_code)]

use libmimalloc_sys::{mi_option_set, mi_option_t};

/// `mi_option_purge_delay` of the mimalloc 3 bundled with libmimalloc-sys
/// 0.1.49 (its Rust bindings do not name it): how many milliseconds freed
/// memory waits before going back to the kernel, -1 for never. The test
/// below checks that the number still means it.
const PURGE_DELAY: mi_option_t = 15;

/// mimalloc's own default for [`PURGE_DELAY`], in milliseconds.
const DEFAULT_PURGE_DELAY: std::ffi::c_long = 1_000;

/// From now on, memory freed stays with the allocator for reuse instead of
/// going back to the kernel: for batch work that drops and rebuilds large
/// buffers. A rebuild's indexing threads each fill buffers of up to 128 MB,
/// write them out as a segment, free them and start again; handing that
/// memory back (about 1 GB for a million postings) and taking it again
/// zeroed made a rebuild about 3 % slower.
pub fn keep_freed_memory() {
    set_purge_delay(-1);
}

/// Freed memory goes back to the kernel after mimalloc's default delay
/// again (after [`keep_freed_memory`]).
pub fn return_freed_memory() {
    set_purge_delay(DEFAULT_PURGE_DELAY);
}

fn set_purge_delay(milliseconds: std::ffi::c_long) {
    // SAFETY: stores an integer option, which mimalloc reads atomically;
    // -1 and positive delays are documented values of this option.
    unsafe { mi_option_set(PURGE_DELAY, milliseconds) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purge_delay() -> std::ffi::c_long {
        // SAFETY: reads an integer option.
        unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }
    }

    #[test]
    fn the_purge_delay_option_is_the_one_named() {
        // No other option of mimalloc 3 defaults to 1,000, so a
        // renumbering of the options shows here.
        assert_eq!(purge_delay(), DEFAULT_PURGE_DELAY);
        keep_freed_memory();
        assert_eq!(purge_delay(), -1);
        return_freed_memory();
        assert_eq!(purge_delay(), DEFAULT_PURGE_DELAY);
    }
}
