//! Checks the built-in flows and locales when the binary is built, with the same loader and checks
//! as `signup-doctor check`. Content that passes every check is written to `OUT_DIR/built_in.bin`
//! (postcard) as the linked tree, the locales' index and the texts that need no variable, so the
//! wizard starts without parsing YAML or Fluent, or checking anything again (`src/built_in.rs`). Content with findings never fails the build: each finding is printed as a
//! cargo warning, the file is left empty, and the binary loads and checks the content at every start
//! — so `cargo run -- check` still builds and reports every problem exactly.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=flows");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo:warning=OUT_DIR is not set: cargo runs build scripts with it");
        std::process::exit(1);
    };
    let checked = match signup_doctor_core::content::check_built_in() {
        Ok(bytes) => bytes,
        Err(findings) => {
            for finding in &findings {
                println!("cargo:warning={}", finding.replace('\n', " "));
            }
            println!(
                "cargo:warning=the built-in content has {} finding(s): the binary will load and check it at every start; `cargo run -- check` lists them",
                findings.len()
            );
            Vec::new()
        }
    };
    let target = out_dir.join("built_in.bin");
    // Rewritten only when it changes, so an unchanged tree rebuilds nothing.
    if std::fs::read(&target).ok().as_deref() != Some(checked.as_slice())
        && let Err(error) = std::fs::write(&target, checked)
    {
        println!("cargo:warning=cannot write {}: {error}", target.display());
        std::process::exit(1);
    }
}
