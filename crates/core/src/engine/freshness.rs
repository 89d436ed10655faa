//! When each fix was last verified against its source: a fix's optional `verified: YYYY-MM-DD` and
//! `source:` (an address, or a list), read here from its YAML ([`verified_of`]); a source may stand
//! alone (the fix rests on that page, but no current copy confirmed it: not dated), a date may not.
//! And the check that
//! `check` runs against a given day ([`check_freshness`]): a date after that day is an error, one
//! older than the tree's limit (`stale-after-days:` in `root.yaml`, else [`DEFAULT_STALE_AFTER_DAYS`])
//! a warning. The day is a parameter, never the clock, so the check is the same in every test.

use super::diagnostic::{Diagnostics, Pos};
use super::format::raw::{RawNode, RawSource};
use super::tree::{Span, Tree};
use crate::engine::lint::Lint;
use serde_saphyr::Spanned;
use std::fmt;

/// How old a verification may grow before `check` warns, when `root.yaml` sets no limit: a year.
pub const DEFAULT_STALE_AFTER_DAYS: u32 = 365;

/// A calendar day (proleptic Gregorian), written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// `YYYY-MM-DD` as written, if it is a day of the calendar (`2026-02-30` is not).
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        let shape = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape {
            return None;
        }
        let year: i32 = text.get(0..4)?.parse().ok()?;
        let month: u8 = text.get(5..7)?.parse().ok()?;
        let day: u8 = text.get(8..10)?.parse().ok()?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let length = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=length).contains(&day).then_some(Day { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
    pub fn number(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The pages a fix rests on, when it was last checked against them (`None`: never against a
/// current copy), and where the date (else the source) is written.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Verified {
    pub on: Option<Day>,
    pub sources: Vec<String>,
    pub at: Span,
}

/// A node's `verified` and `source`, checked: only on a fix, a date only with its source, a real
/// date, each source an https or http address. `None` when absent or wrong (each fault reported).
pub fn verified_of(file: usize, name: &str, raw: &RawNode, diags: &mut Diagnostics) -> Option<Verified> {
    let node_pos = super::load::span_pos(&raw.id);
    let source_pos = raw.source.as_ref().map(super::load::span_pos);
    if raw.fix.is_none() {
        for (key, pos) in [
            ("verified", raw.verified.as_ref().map(super::load::span_pos)),
            ("source", source_pos),
        ] {
            if let Some(pos) = pos {
                diags.error(
                    Lint::MisplacedKey,
                    name,
                    pos,
                    format!(
                        "`{key}` belongs on a fix (node `{}`): it dates the fix's steps",
                        raw.id.value
                    ),
                );
            }
        }
        return None;
    }
    let sources: Vec<&str> = match raw.source.as_ref().map(|s| &s.value) {
        Some(RawSource::One(one)) => vec![one.as_str()],
        Some(RawSource::Many(many)) => many.iter().map(String::as_str).collect(),
        None => Vec::new(),
    };
    let mut fine = true;
    for source in &sources {
        if !(source.starts_with("https://") || source.starts_with("http://")) {
            fine = false;
            diags.error(
                Lint::BadLink,
                name,
                source_pos.unwrap_or(node_pos),
                format!(
                    "source `{source}` of fix `{}` is not an https or http address",
                    raw.id.value
                ),
            );
        }
    }
    match (&raw.verified, source_pos) {
        (None, None) => None,
        (None, Some(pos)) => fine.then(|| Verified {
            on: None,
            sources: sources.iter().map(ToString::to_string).collect(),
            at: Span { file, pos },
        }),
        (Some(verified), source) => {
            let pos = super::load::span_pos(verified);
            if source.is_none() || sources.is_empty() {
                fine = false;
                diags.error(Lint::DateWithoutSource,
                    name,
                    pos,
                    format!(
                        "fix `{}` says when it was verified but not against what: add `source:` with the page's address",
                        raw.id.value
                    ),
                );
            }
            let on = date(verified, name, pos, diags)?;
            fine.then(|| Verified {
                on: Some(on),
                sources: sources.iter().map(ToString::to_string).collect(),
                at: Span { file, pos },
            })
        }
    }
}

fn date(verified: &Spanned<String>, name: &str, pos: Pos, diags: &mut Diagnostics) -> Option<Day> {
    let day = Day::parse(verified.value.trim());
    if day.is_none() {
        diags.error(
            Lint::BadDate,
            name,
            pos,
            format!(
                "`verified: {}` is not a date: write the day it was checked as YYYY-MM-DD (e.g. 2026-12-07)",
                verified.value
            ),
        );
    }
    day
}

/// Reports each fix verified after `today` (an error: a typo, or a clock that is wrong) or more
/// than the tree's limit before it (a warning: check it against its source again).
pub fn check_freshness(tree: &Tree, today: Day, diags: &mut Diagnostics) {
    let limit = tree.stale_after_days.unwrap_or(DEFAULT_STALE_AFTER_DAYS);
    for node in &tree.nodes {
        let Some((verified, on)) = node.verified.as_ref().and_then(|v| Some((v, v.on?))) else {
            continue;
        };
        let file = tree.files.get(verified.at.file).map_or("", String::as_str);
        let age = today.number() - on.number();
        if age < 0 {
            diags.error(
                Lint::BadDate,
                file,
                verified.at.pos,
                format!(
                    "fix `{}` was verified on {}, after today ({today}): write the day it was checked",
                    node.id, on
                ),
            );
        } else if age > i64::from(limit) {
            diags.warning(Lint::StaleFix,
                file,
                verified.at.pos,
                format!(
                    "fix `{}` was last verified on {} ({age} days ago, more than {limit}): check its steps against {} and update `verified:`",
                    node.id,
                    on,
                    verified.sources.join(", ")
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn only_real_days_written_in_full_are_dates() {
        assert_eq!(
            Day::parse("2024-02-29"),
            Some(Day {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        for wrong in [
            "2023-02-29",
            "2026-13-01",
            "2026-12-32",
            "2026-12",
            "07/12/2026",
            "2026-1-07",
            "２０２６-12-07",
        ] {
            assert_eq!(Day::parse(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn days_count_across_months_years_and_leap_days() {
        let day = |s| {
            Day::parse(s).unwrap_or(Day {
                year: 0,
                month: 1,
                day: 1,
            })
        };
        assert_eq!(day("1970-01-01").number(), 0);
        assert_eq!(day("2026-12-07").number() - day("2025-12-07").number(), 365);
        assert_eq!(day("2025-03-01").number() - day("2024-02-28").number(), 367);
        assert_eq!(day("2000-03-01").number() - day("2000-02-28").number(), 2);
        assert_eq!(day("1969-12-31").number(), -1);
    }
}
