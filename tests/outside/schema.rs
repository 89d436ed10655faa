//! flows/schema.json read by a JSON Schema validator (jsonschema), as an editor reads it: every
//! shipped flow passes it, what it rejects `check` rejects too (tests/it/schema.rs runs `check` on the
//! same broken files), and its id and target patterns agree with the loader's.

use crate::schema_cases::{HELP, ROOT, broken};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn flow_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join("flows/schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// The schema's complaints about a YAML flow file, read as JSON.
fn schema_errors(validator: &jsonschema::Validator, yaml: &str) -> Vec<String> {
    let instance: Value = serde_saphyr::from_str(yaml).unwrap();
    validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn every_shipped_flow_and_the_test_fixture_pass_the_schema() {
    let validator = validator();
    let mut files = flow_files(&repo().join("flows"));
    files.extend(flow_files(&repo().join("tests/fixtures/base/flows")));
    for file in files {
        let errors = schema_errors(&validator, &std::fs::read_to_string(&file).unwrap());
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn the_schema_rejects_each_broken_flow_that_check_rejects() {
    let validator = validator();
    assert_eq!(schema_errors(&validator, ROOT), Vec::<String>::new());
    assert_eq!(schema_errors(&validator, HELP), Vec::<String>::new());
    for (what, yaml) in broken() {
        assert_ne!(yaml, HELP, "{what}: the replacement applies");
        let errors = schema_errors(&validator, &yaml);
        assert!(!errors.is_empty(), "the schema accepts {what}");
    }
}

#[test]
fn the_schema_patterns_and_the_loader_agree_on_every_id_target_and_link() {
    use signup_doctor::engine::format::grammar::{ID, LINK, TARGET, is_kebab_case, is_link};
    let samples = [
        "no-sms",
        "a",
        "a1",
        "card-declined",
        "1a",
        "A",
        "Ab",
        "a--b",
        "a-",
        "-a",
        "é",
        "a_b",
        "a b",
        "",
        "x:y",
        "card-declined:bank-checks",
        "x:",
        ":y",
        "a:b:c",
        "X:y",
        "x:Y",
        "x:-y",
    ];
    let valid = |pattern: &str, text: &str| {
        let schema = serde_json::json!({ "type": "string", "pattern": pattern });
        jsonschema::validator_for(&schema)
            .unwrap()
            .is_valid(&serde_json::json!(text))
    };
    for text in samples {
        assert_eq!(valid(ID, text), is_kebab_case(text), "ID and is_kebab_case on `{text}`");
        let as_target = match text.split_once(':') {
            Some((topic, node)) => is_kebab_case(topic) && is_kebab_case(node),
            None => is_kebab_case(text),
        };
        assert_eq!(valid(TARGET, text), as_target, "TARGET on `{text}`");
    }
    for link in [
        "https://portal.azure.com",
        "http://example.com",
        "mailto:billing@example.com",
        "ftp://example.com",
        "HTTPS://portal.azure.com",
        "www.example.com",
        "javascript:alert(1)",
        " https://portal.azure.com",
        "",
    ] {
        assert_eq!(valid(LINK, link), is_link(link), "LINK and is_link on `{link}`");
    }
}
