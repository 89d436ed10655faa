//! The keys each kind of node takes, as the schema says them: a node is exactly one kind
//! ([`one_kind_per_node`], the transform [`super::raw`]'s node type names for the schema).

use schemars::Schema;
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
