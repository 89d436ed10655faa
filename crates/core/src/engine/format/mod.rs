//! The flow-file format: its grammar (ids, targets, messages, links), the typed structs YAML is
//! parsed into, and the JSON Schema generated from them. Edges go one way: schema → raw →
//! node_keys, raw → grammar.

pub mod grammar;
mod node_keys;
pub mod raw;
pub mod schema;
