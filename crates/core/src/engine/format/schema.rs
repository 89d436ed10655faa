//! The JSON Schema of the flow files, generated from the structs they are parsed into
//! ([`super::raw`]) and committed as `flows/schema.json`, which every flow file names in a
//! `# yaml-language-server: $schema=schema.json` modeline so editors complete and check as authors
//! type. `signup-doctor schema` prints it; a test fails when the committed copy is out of date.
//!
//! The schema says what an editor can know from one file: keys, types, id and target spellings,
//! and that a node is exactly one kind. `check` still does the rest (targets exist, messages exist,
//! every node is reachable).

use super::raw::RawFlow;
use schemars::Schema;
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

/// The keys each node kind takes besides `id`, the first naming the kind, then what it requires.
const KINDS: &[(&str, &[&str], &[&str])] = &[
    ("question", &["answers"], &["hint", "severity"]),
    (
        "fix",
        &["steps"],
        &["hint", "otherwise", "done", "channel", "verified", "source"],
    ),
    ("jump", &[], &[]),
    ("end", &[], &["text", "channel", "problem", "fields"]),
];

/// Every key a node may have besides `id`.
const NODE_KEYS: &[&str] = &[
    "question",
    "answers",
    "fix",
    "steps",
    "otherwise",
    "done",
    "severity",
    "channel",
    "problem",
    "fields",
    "hint",
    "jump",
    "end",
    "text",
    "verified",
    "source",
];

/// The flow file schema, as committed in `flows/schema.json`.
pub fn flow_schema() -> Schema {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<RawFlow>()
}

/// [`flow_schema`] as the text of `flows/schema.json`: pretty JSON ending in a newline.
pub fn flow_schema_json() -> serde_json::Result<String> {
    Ok(serde_json::to_string_pretty(&flow_schema())?
        + "
")
}

/// Schemars sees a node as a struct whose keys are all optional; the loader takes exactly one kind
/// per node, each with its own keys. Says so with a `oneOf`, one branch per kind, so an editor
/// flags a node with two kinds, none, or a key its kind does not take.
pub fn one_kind_per_node(schema: &mut Schema) {
    let branches: Vec<Value> = KINDS
        .iter()
        .map(|(kind, required, optional)| {
            let allowed: Vec<&str> = std::iter::once(*kind)
                .chain(required.iter().copied())
                .chain(optional.iter().copied())
                .collect();
            let forbidden: serde_json::Map<String, Value> = NODE_KEYS
                .iter()
                .filter(|key| !allowed.contains(key))
                .map(|key| (key.to_string(), Value::Bool(false)))
                .collect();
            let mut needed = vec!["id", kind];
            needed.extend(required.iter().copied());
            json!({
                "title": kind,
                "required": needed,
                "properties": forbidden,
            })
        })
        .collect();
    schema.insert("oneOf".to_string(), Value::Array(branches));
}
