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
