//! The `vieclam` command: parse the command line and run it.

use std::process::ExitCode;

fn main() -> ExitCode {
    vieclam::cli::main()
}
