//! The flow files' JSON Schema: `flows/schema.json` is exactly what the Rust types generate, every
//! flow file names it in its `yaml-language-server` modeline, every shipped flow passes it, and what
//! it rejects the loader rejects too, so an editor's red squiggle means `check` would complain.
//!
//! `SIGNUP_DOCTOR_BLESS=1 cargo test --test schema` rewrites `flows/schema.json` instead of failing
//! (as does `cargo run -- schema > flows/schema.json`).

use serde_json::Value;
use signup_doctor::engine::format::schema::flow_schema_json;
use std::path::{Path, PathBuf};

const MODELINE: &str = "# yaml-language-server: $schema=schema.json";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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
fn the_committed_schema_is_the_one_the_rust_types_generate() {
    let path = repo().join("flows/schema.json");
    let generated = flow_schema_json().unwrap();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated && std::env::var_os("SIGNUP_DOCTOR_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    assert!(
        committed == generated,
        "flows/schema.json is out of date: run `cargo run -- schema > flows/schema.json` \
         (or SIGNUP_DOCTOR_BLESS=1 cargo test --test schema)"
    );
    let printed = crate::common::doctor().arg("schema").output().unwrap();
    assert!(printed.status.success());
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), generated);
    let schema: Value = serde_json::from_str(&generated).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
}

#[test]
fn every_flow_file_names_the_schema_on_its_first_line() {
    let files = flow_files(&repo().join("flows"));
    assert!(files.len() > 5);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(text.lines().next(), Some(MODELINE), "{}", file.display());
    }
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

/// A valid two-topic build to break one line at a time.
const ROOT: &str = "topic: root\ntitle: t-root\nescalation: help:start\nnodes:\n  - id: where\n    question: t-where\n    answers:\n      - id: help\n        label: t-where-help\n        next: help:start\nchannels:\n  - id: billing\n    name: channel-azure-billing\n    reach: channel-azure-billing-reach\n    problem: channel-azure-billing-problem\n";
const HELP: &str = "topic: help\ntitle: t-help\nchannel: billing\nnodes:\n  - id: start\n    fix: t-start\n    steps:\n      - t-start-one\n      - text: t-start-two\n        link: https://example.com/help\n    otherwise: done\n  - id: done\n    end: escalate\n";
const MESSAGES: &str = "t-root = Root\nt-where = Where?\nt-where-help = Help\nt-help = Help\nt-start = Start\nt-start-one = One\nt-start-two = Two\nt-hint = Hint\n";

/// `check` on the root and `help` as given, with the shipped locales plus the messages they name.
fn check_help(help: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join("flows");
    std::fs::create_dir(&flows).unwrap();
    std::fs::write(flows.join("root.yaml"), ROOT).unwrap();
    std::fs::write(flows.join("help.yaml"), help).unwrap();
    for lang in ["en", "fr"] {
        let locale = dir.path().join("locales").join(lang);
        std::fs::create_dir_all(&locale).unwrap();
        for entry in std::fs::read_dir(repo().join("locales").join(lang)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), locale.join(entry.file_name())).unwrap();
        }
        // French typesets its question mark after a narrow no-break space.
        let messages = if lang == "fr" {
            MESSAGES.replace("Where?", "Where\u{202f}?")
        } else {
            MESSAGES.to_string()
        };
        std::fs::write(locale.join("test.ftl"), messages).unwrap();
    }
    let output = crate::common::doctor()
        .args(["check", "--flows"])
        .arg(&flows)
        .arg("--locales")
        .arg(dir.path().join("locales"))
        .output()
        .unwrap();
    (output.status.code(), String::from_utf8(output.stdout).unwrap())
}

#[test]
fn what_the_schema_rejects_check_rejects_too() {
    let validator = validator();
    assert_eq!(schema_errors(&validator, ROOT), Vec::<String>::new());
    assert_eq!(schema_errors(&validator, HELP), Vec::<String>::new());
    let broken = [
        ("a typo in a key", HELP.replace("otherwise:", "otherwize:")),
        (
            "two kinds on one node",
            HELP.replace("    end: escalate\n", "    end: escalate\n    jump: start\n"),
        ),
        ("no kind at all", HELP.replace("    end: escalate\n", "")),
        (
            "an id that is not kebab-case",
            HELP.replace("id: done", "id: Done_Node"),
        ),
        (
            "an outcome that does not exist",
            HELP.replace("end: escalate", "end: finished"),
        ),
        (
            "a link that is not https, http or mailto",
            HELP.replace("https://example.com/help", "ftp://example.com"),
        ),
        (
            "a fix without steps",
            HELP.replace(
                "    steps:\n      - t-start-one\n      - text: t-start-two\n        link: https://example.com/help\n",
                "",
            ),
        ),
        (
            "a key its kind does not take",
            HELP.replace("    end: escalate\n", "    end: escalate\n    hint: t-hint\n"),
        ),
        (
            "a target that is not NODE or TOPIC:NODE",
            HELP.replace("otherwise: done", "otherwise: help:done:again"),
        ),
        (
            "a topic without nodes",
            "topic: help\ntitle: t-help\nnodes: []\n".to_string(),
        ),
    ];
    for (what, yaml) in broken {
        assert_ne!(yaml, HELP, "{what}: the replacement applies");
        let errors = schema_errors(&validator, &yaml);
        assert!(!errors.is_empty(), "the schema accepts {what}");
        let (code, out) = check_help(&yaml);
        assert_eq!(code, Some(1), "check accepts {what}: {out}");
    }
    let (code, out) = check_help(HELP);
    assert_eq!(code, Some(0), "the unbroken build checks clean: {out}");
}

#[test]
fn the_schema_patterns_and_the_loader_agree_on_every_id_and_target() {
    use signup_doctor::engine::format::grammar::{ID, TARGET, is_kebab_case};
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
}
