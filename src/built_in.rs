//! The built-in content in checked form (`src/built_in.bin`, made by
//! [`crate::content::check_built_in`]): the linked tree, the locales' index (where each message is,
//! and every message that uses no variable already formatted) and the hashes of the files it was
//! made from. Commands hand it to [`crate::content::open`], which, when the built-in files are still
//! those, parses and checks nothing at start. A test keeps the committed file current
//! (`INSTA_UPDATE=always cargo test --locked` writes it again after an edit of `flows/` or
//! `locales/`); until then the binary loads and checks the edited content at every start.

/// The checked content (postcard).
const CHECKED: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/built_in.bin"));

/// The built-in content in checked form, or `None` when the file is empty.
pub fn checked() -> Option<&'static [u8]> {
    (!CHECKED.is_empty()).then_some(CHECKED)
}
