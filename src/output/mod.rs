//! What signup-doctor writes without a front end: the tree as a [`graph`] (Graphviz or Mermaid),
//! the [`manual`] page and shell completions, and files kept inside a folder the user named
//! ([`folder`]).

/// Files read and written inside a folder the user named, never through a link.
pub mod folder;
pub mod graph;
pub mod manual;
