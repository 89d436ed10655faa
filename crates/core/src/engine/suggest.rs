//! "Did you mean": the known name closest to a mistyped one, when one is close enough to be the
//! name meant (a letter or two off, or two swapped), for targets, topics, desks and message ids.

/// The candidate closest to `typed`, if one is within a small edit distance: at most 1 edit for
/// names up to 4 characters, 2 up to 10, 3 beyond (a swap of neighbours is one edit).
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = match typed.chars().count() {
        0..=4 => 1,
        5..=10 => 2,
        _ => 3,
    };
    candidates
        .into_iter()
        .filter(|c| *c != typed)
        .map(|c| (strsim::damerau_levenshtein(typed, c), c))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, c)| c)
}

/// `; did you mean `NAME`?` when [`closest`] finds one, else nothing: appended to a finding.
pub fn did_you_mean<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(typed, candidates).map_or_else(String::new, |name| format!("; did you mean `{name}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_its_name_and_a_stranger_finds_none() {
        let names = ["update-address", "no-fix", "tax-id"];
        assert_eq!(closest("updte-address", names), Some("update-address"));
        assert_eq!(closest("tax-di", names), Some("tax-id"));
        assert_eq!(closest("billing", names), None);
        assert_eq!(did_you_mean("no-fxi", names), "; did you mean `no-fix`?");
        assert_eq!(did_you_mean("zzz", names), "");
    }
}
