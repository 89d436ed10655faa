//! The built-in content in the form the build script left it (see `build.rs`): the linked tree, the
//! locales' index (where each message is, and every message that uses no variable already
//! formatted) and the hashes, when the flows and locales passed every check as the binary was
//! built. Commands hand it to [`crate::content::open`], which then parses and checks nothing at start.

/// The checked content (postcard); empty when the build found a problem in it.
const CHECKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/built_in.bin"));

/// The built-in content as the build checked it, or `None` when it did not pass every check (then
/// it is loaded and checked at every start, and `check` lists what is wrong).
pub fn checked() -> Option<&'static [u8]> {
    (!CHECKED.is_empty()).then_some(CHECKED)
}
