//! What signup-doctor writes without the full-screen UI: [`plain`] mode and `walk`, the tree as a
//! [`graph`] (Graphviz or Mermaid), and the [`manual`] page and shell completions.

pub mod graph;
pub mod manual;
pub mod plain;
