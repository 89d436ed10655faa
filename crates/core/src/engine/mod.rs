//! The flow engine: the tree's model, loading and validation, and path codes. Knows nothing of
//! terminals or languages; front ends and the localizer build on it.

pub mod channels;
pub mod diagnostic;
pub mod format;
pub mod freshness;
pub mod links;
pub mod lint;
pub mod load;
pub mod paths;
pub mod place;
pub mod suggest;
pub mod tree;
pub mod validate;
