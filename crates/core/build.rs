//! Rebuilds the crate when the flows or locales built into it change (include_dir does not tell cargo).
fn main() {
    println!("cargo:rerun-if-changed=../../flows");
    println!("cargo:rerun-if-changed=../../locales");
}
