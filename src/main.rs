//! The `newsdex` binary: parses the command line and dispatches to one file per command in `cli/`.
//! Exit codes: 0 success, 1 a fatal error, 2 a user error or (for `index`/`extract`) skipped files.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsdex: {err:#}");
            let user_fault = err
                .downcast_ref::<newsdex::Error>()
                .is_some_and(newsdex::Error::is_user_error)
                || err.downcast_ref::<newsdex::error::QueryError>().is_some();
            ExitCode::from(if user_fault { 2 } else { 1 })
        }
    }
}

/// `newsdex search x | head` closes our stdout early; that is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
