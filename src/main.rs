//! The `vieclam` command: parse the command line and run it.

use std::process::ExitCode;

/// mimalloc instead of the system allocator: the indexing and search
/// threads allocate and free many small strings, often on different
/// threads, where glibc's allocator spends much of its time in locks.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    vieclam::cli::main()
}
