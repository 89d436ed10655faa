//! `report --since` and `--until`: which sessions count, by the day (UTC) each one started, as its
//! transcript records it. A bound is a day (`2026-03-01`) or a time ago from today (`30d`, `12w`,
//! `6m`, `1y`); both ends are included.

use crate::engine::freshness::Day;
use serde::Serialize;

/// The days a session must have started within; an open end is `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Window {
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "as_text")]
    pub since: Option<Day>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "as_text")]
    pub until: Option<Day>,
}

/// A day in JSON as people write it: `"2026-03-01"`.
pub fn as_text<S: serde::Serializer>(day: &Option<Day>, serializer: S) -> Result<S::Ok, S::Error> {
    match day {
        Some(day) => serializer.collect_str(day),
        None => serializer.serialize_none(),
    }
}

/// Why a bound was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadWindow {
    #[error("`{}` is neither a day (YYYY-MM-DD) nor a time ago (30d, 12w, 6m, 1y)", crate::text::sanitize(.0))]
    Bound(String),
    #[error("the window is empty: --since {since} is after --until {until}")]
    Empty { since: Day, until: Day },
}

impl Window {
    /// The window `--since` and `--until` name, each read against `today`.
    pub fn of(since: Option<&str>, until: Option<&str>, today: Day) -> Result<Window, BadWindow> {
        let window = Window {
            since: since.map(|s| bound(s, today)).transpose()?,
            until: until.map(|s| bound(s, today)).transpose()?,
        };
        if let (Some(since), Some(until)) = (window.since, window.until)
            && since > until
        {
            return Err(BadWindow::Empty { since, until });
        }
        Ok(window)
    }

    /// Whether a session started at `started` counts.
    pub fn holds(&self, started: jiff::Timestamp) -> bool {
        let day = started.as_second().div_euclid(86_400);
        self.since.is_none_or(|s| day >= s.number()) && self.until.is_none_or(|u| day <= u.number())
    }

    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }
}

/// A day as written, or `today` less a count of days, weeks, months or years.
fn bound(text: &str, today: Day) -> Result<Day, BadWindow> {
    let bad = || BadWindow::Bound(text.to_string());
    let text = text.trim();
    if let Some(day) = Day::parse(text) {
        return Ok(day);
    }
    let unit = text.chars().last().ok_or_else(bad)?.to_ascii_lowercase();
    let count: i64 = text[..text.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
    if !(0..=100_000).contains(&count) {
        return Err(bad());
    }
    let span = match unit {
        'd' => jiff::Span::new().try_days(count),
        'w' => jiff::Span::new().try_weeks(count),
        'm' => jiff::Span::new().try_months(count),
        'y' => jiff::Span::new().try_years(count),
        _ => return Err(bad()),
    }
    .map_err(|_| bad())?;
    let (year, month, day) = (
        i16::try_from(today.year).map_err(|_| bad())?,
        i8::try_from(today.month).map_err(|_| bad())?,
        i8::try_from(today.day).map_err(|_| bad())?,
    );
    let today = jiff::civil::Date::new(year, month, day).map_err(|_| bad())?;
    let day = today.checked_sub(span).map_err(|_| bad())?;
    Ok(Day {
        year: i32::from(day.year()),
        month: day.month() as u8,
        day: day.day() as u8,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn bounds_are_days_or_times_ago_from_today() {
        let today = day("2026-12-07");
        let w = Window::of(Some("30d"), Some("2026-12-01"), today).unwrap();
        assert_eq!(w.since, Some(day("2026-11-07")));
        assert_eq!(w.until, Some(day("2026-12-01")));
        assert_eq!(bound("12w", today).unwrap(), day("2026-09-14"));
        assert_eq!(bound("6m", today).unwrap(), day("2026-06-07"));
        assert_eq!(bound("1y", today).unwrap(), day("2025-12-07"));
        assert_eq!(bound("0d", today).unwrap(), today);
    }

    #[test]
    fn anything_else_is_refused_with_what_it_should_be() {
        let today = day("2026-12-07");
        for bad in ["", "d", "30", "30x", "-3d", "2026-02-30", "yesterday", "3\u{1b}d"] {
            let error = bound(bad, today).unwrap_err().to_string();
            assert!(error.contains("YYYY-MM-DD"), "{bad:?}: {error}");
            assert!(!error.contains('\u{1b}'));
        }
        let empty = Window::of(Some("2026-12-01"), Some("2026-11-01"), today).unwrap_err();
        assert!(empty.to_string().contains("is after"), "{empty}");
    }

    #[test]
    fn both_ends_are_included_by_the_day_a_session_started_in_utc() {
        let w = Window::of(Some("2026-03-01"), Some("2026-03-31"), day("2026-12-07")).unwrap();
        let at = |s: &str| s.parse::<jiff::Timestamp>().unwrap();
        assert!(!w.holds(at("2026-02-28T23:59:59Z")));
        assert!(w.holds(at("2026-03-01T00:00:00Z")));
        assert!(w.holds(at("2026-03-31T23:59:59Z")));
        assert!(!w.holds(at("2026-04-01T00:00:00Z")));
    }
}
