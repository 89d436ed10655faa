//! What signup-doctor writes without the full-screen UI: [`plain`] mode and `walk`, the tree as a
//! [`graph`] (Graphviz or Mermaid), the [`manual`] page and shell completions, and what `y`
//! copies ([`clip`]), and files kept inside a folder the user named ([`folder`]).

/// What `y` copies (the full screen and plain mode).
pub mod clip;
/// Files read and written inside a folder the user named, never through a link.
pub mod folder;
pub mod graph;
pub mod manual;
pub mod plain;
