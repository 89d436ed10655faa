//! What signup-doctor writes without the full-screen UI: [`plain`] mode and `walk`, the tree as a
//! [`graph`] (Graphviz or Mermaid), the [`manual`] page and shell completions, and what `y`
//! copies ([`clip`]).

/// What `y` copies (the full screen and plain mode).
pub mod clip;
pub mod graph;
pub mod manual;
pub mod plain;
