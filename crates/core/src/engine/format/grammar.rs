//! The spelling of ids, targets, message ids and links in flow files, defined once: the patterns
//! the JSON Schema gives editors, and the checks `check` runs, side by side so they cannot drift
//! (a test runs sample ids through both).

/// A topic, node or answer id: lowercase kebab-case starting with a letter.
pub const ID: &str = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
/// Where something leads: `NODE` of the same topic, or `TOPIC:NODE`.
pub const TARGET: &str = "^([a-z][a-z0-9]*(-[a-z0-9]+)*:)?[a-z][a-z0-9]*(-[a-z0-9]+)*$";
/// A Fluent message id.
pub const MESSAGE: &str = "^[a-zA-Z][a-zA-Z0-9_-]*$";
/// A step's or a desk's link.
pub const LINK: &str = "^(https://|http://|mailto:)";
/// The schemes [`LINK`] accepts, for the checks and for finding links in text.
pub const LINK_SCHEMES: [&str; 3] = ["https://", "http://", "mailto:"];
/// The page a fix was checked against.
pub const SOURCE: &str = "^https?://";
/// The day a fix was last verified.
pub const DATE: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// True for a link [`LINK`] accepts: a web page, or an address to write to.
pub fn is_link(link: &str) -> bool {
    LINK_SCHEMES.iter().any(|scheme| link.starts_with(scheme))
}

/// True for an id [`ID`] accepts: lowercase kebab-case starting with a letter (`no-sms`).
pub fn is_kebab_case(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
        && !id.contains("--")
}
