use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match signup_doctor::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return signup_doctor::cli::parse_failed(error),
    };
    signup_doctor::cli::run(cli)
}
