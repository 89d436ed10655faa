use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = signup_doctor::cli::Cli::parse();
    signup_doctor::cli::run(cli)
}
