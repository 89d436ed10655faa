//! Links a user is shown: a warning for each address on a host (or a part of a host) that Microsoft
//! has retired, and for each address longer than [`MAX_LINK_CHARS`], which a terminal wraps into
//! something no one can read or copy. Both flows (`link:`) and locale texts are scanned.

use super::diagnostic::{Diagnostics, LineIndex};
use super::format::grammar::LINK_SCHEMES;
use crate::engine::lint::Lint;
use crate::source::FileSet;
use crate::text::wrap::truncate;

/// The widest a link is shown in a finding, in columns.
const SHOWN_COLUMNS: usize = 60;

/// Longest link worth showing on a terminal line.
pub const MAX_LINK_CHARS: usize = 160;

/// A retired place: host, path prefix (empty for the whole host), and what replaced it. Each was
/// checked against Microsoft's documentation; `flows/COVERAGE.md` says where.
pub const RETIRED: &[(&str, &str, &str)] = &[
    ("docs.microsoft.com", "", "Microsoft Learn, learn.microsoft.com"),
    ("azure.microsoft.com", "/documentation", "learn.microsoft.com/azure"),
    ("account.windowsazure.com", "", "the Azure portal's Subscriptions page"),
    ("account.azure.com", "", "the Azure portal's Subscriptions page"),
    ("mspartner.microsoft.com", "", "Partner Center, partner.microsoft.com"),
    (
        "pinpoint.microsoft.com",
        "",
        "the partner directory, appsource.microsoft.com/marketplace/partner-dir",
    ),
    (
        "msdn.microsoft.com",
        "/subscriptions",
        "the Visual Studio subscriptions portal, my.visualstudio.com",
    ),
    ("technet.microsoft.com", "", "Microsoft Learn, learn.microsoft.com"),
];

/// Warns of retired hosts and overlong links in every file of every set.
pub fn check_links(sets: &[&FileSet], diags: &mut Diagnostics) {
    for set in sets {
        for file in &set.files {
            let lines = LineIndex::new(&file.text);
            for (offset, link) in links(&file.text) {
                let pos = lines.pos(offset);
                if let Some(replacement) = retired(link) {
                    diags.warning(
                        Lint::RetiredLink,
                        &file.name,
                        pos,
                        format!(
                            "link to a retired address ({}): point to {replacement}",
                            truncate(link, SHOWN_COLUMNS)
                        ),
                    );
                }
                let length = link.chars().count();
                if length > MAX_LINK_CHARS {
                    diags.warning(Lint::LongLink,
                        &file.name,
                        pos,
                        format!(
                            "link is {length} characters long (more than {MAX_LINK_CHARS}): a terminal wraps it unreadably; use a shorter address"
                        ),
                    );
                }
            }
        }
    }
}

/// Every link in `text`, with its byte offset: from a scheme to the first space, quote or bracket.
fn links(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((start, _)) = LINK_SCHEMES
        .iter()
        .filter_map(|s| text[from..].find(s).map(|i| (from + i, *s)))
        .min_by_key(|&(i, _)| i)
    {
        let rest = &text[start..];
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | ')' | ']' | '}' | '{' | '»'))
            .unwrap_or(rest.len());
        found.push((start, &rest[..end]));
        from = start + end.max(1);
    }
    found
}

/// What replaced the retired place `link` points to, if it does.
fn retired(link: &str) -> Option<&'static str> {
    let rest = link.split_once("://")?.1;
    let (host, path) = rest.find(['/', '?', '#']).map_or((rest, ""), |i| rest.split_at(i));
    let host = host.to_ascii_lowercase();
    let path = path.to_ascii_lowercase();
    RETIRED.iter().find_map(|&(retired_host, prefix, replacement)| {
        let host_matches = host == retired_host || host.strip_prefix("www.") == Some(retired_host);
        let path_matches = prefix.is_empty()
            || path == prefix
            || path
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with(['/', '?', '#']));
        (host_matches && path_matches).then_some(replacement)
    })
}

#[cfg(test)]
mod tests {
    use super::{links, retired};

    #[test]
    fn links_end_at_spaces_quotes_and_brackets() {
        let text = "see (https://a.example/x?y=1) and mailto:b@example.com\nhttp://c.example/»";
        let found: Vec<&str> = links(text).into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            found,
            ["https://a.example/x?y=1", "mailto:b@example.com", "http://c.example/"]
        );
    }

    #[test]
    fn retired_places_match_by_host_and_path_prefix() {
        assert!(retired("https://docs.microsoft.com/azure/x").is_some());
        assert!(retired("https://www.docs.microsoft.com").is_some());
        assert!(retired("https://azure.microsoft.com/documentation/articles/x/").is_some());
        assert!(retired("https://azure.microsoft.com/support/options/").is_none());
        assert!(retired("https://azure.microsoft.com/documentations").is_none());
        assert!(retired("https://msdn.microsoft.com/subscriptions/manage/").is_some());
        assert!(retired("https://learn.microsoft.com/azure/").is_none());
        assert!(retired("mailto:someone@docs.microsoft.com").is_none());
    }
}
