//! Any bytes as a flow file (next to a valid root): loading and checking must report, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signup_doctor_core::engine::diagnostic::Diagnostics;
use signup_doctor_core::engine::load::load_tree;
use signup_doctor_core::engine::paths::all_paths;
use signup_doctor_core::source::{FileSet, SourceFile};
use signup_doctor_core::engine::validate::check_graph;

const ROOT: &str = "topic: root\ntitle: t\nnodes:\n  - id: where\n    question: q\n    answers:\n      - id: a\n        label: l\n        next: fuzz:start\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let file = |name: &str, text: &str| SourceFile {
        name: format!("flows/{name}"),
        relative: name.into(),
        text: text.to_string(),
    };
    let set = FileSet { files: vec![file("fuzz.yaml", text), file("root.yaml", ROOT)], unreadable: Vec::new() };
    let mut diags = Diagnostics::default();
    if let Some(tree) = load_tree(&set, &mut diags) {
        check_graph(&tree, &mut diags);
        if !diags.has_errors() {
            let _ = all_paths(&tree).len();
        }
    }
    for d in diags.sorted() {
        let _ = d.to_string();
    }
});
