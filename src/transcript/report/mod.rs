//! `report DIR`: what saved transcripts say — sessions per topic and outcome, per desk, where
//! unresolved sessions stopped, the fixes most often tried without success, the steps agents flagged
//! as wrong or out of date (with their reasons), and the median number of steps to a resolution;
//! within a window of days ([`Window`]) and, on demand, side by side per version of the tree or per
//! month ([`By`]). A table with bars for people ([`draw`]), JSON for machines.
//!
//! Transcripts are read one at a time ([`read`]) and only the counts are kept ([`Tally`]): memory
//! is flat in the number of files. Every string in a [`Report`] comes from a transcript, so from
//! outside: the report holds it as [`Safe`] text, sanitised onto one line when the report is built,
//! and both writers print only that (so neither a terminal escape nor, in JSON, a raw C1, DEL, bidi
//! or zero-width character gets out). The counts themselves are bounded too: a list keeps at most
//! [`MAX_KEYS`] distinct names (topics, nodes, versions, reasons), the rest counted under `…`, so
//! a folder of forged files cannot grow it without end.

pub mod draw;
pub mod read;
pub mod window;

use crate::engine::diagnostic::Diagnostic;
use crate::engine::freshness::Day;
use crate::engine::tree::Outcome;
use crate::text::Safe;
use crate::transcript::PlaceKind;
pub use draw::{Style, table};
use jiff::Timestamp;
use read::Lean;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
pub use window::{BadWindow, Window};

/// The most distinct names a list counts separately; more are counted together under [`OTHER`].
pub const MAX_KEYS: usize = 10_000;
/// The most distinct reasons kept per flagged step.
const MAX_REASONS: usize = 100;
/// What stands for every name past [`MAX_KEYS`].
const OTHER: &str = "…";

/// The outcomes a session can end with, and `unfinished`, in the order the report lists them.
pub const OUTCOMES: [&str; 5] = ["resolved", "handed-over", "escalate", "start-over", "unfinished"];

fn outcome_index(outcome: Option<Outcome>) -> usize {
    match outcome {
        Some(Outcome::Resolved) => 0,
        Some(Outcome::HandedOver) => 1,
        Some(Outcome::Escalate) => 2,
        Some(Outcome::StartOver) => 3,
        None => 4,
    }
}

/// How sessions are grouped side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum By {
    /// The version of the tree a session ran on: its flows and locales hashes.
    Version,
    /// The month (UTC) a session started in.
    Month,
}

/// What to count.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    pub window: Window,
    pub by: Option<By>,
    /// The report's language: a step's text is taken from a transcript in it when there is one.
    pub lang: &'a str,
}

/// Whether a record is counted in, or a record counted before is taken back out (a later save of
/// the same session turned up).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Add,
    Remove,
}

fn bump(n: &mut usize, sign: Sign) {
    *n = match sign {
        Sign::Add => n.saturating_add(1),
        Sign::Remove => n.saturating_sub(1),
    };
}

#[derive(Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Sessions counted (within the window).
    pub sessions: usize,
    /// The days sessions were counted from and to, when `--since` or `--until` was given.
    #[serde(skip_serializing_if = "Window::is_open")]
    pub window: Window,
    /// Sessions read but left out: they started outside the window.
    pub outside_window: usize,
    /// Files that could not be read as transcripts (each named on standard error).
    pub unreadable: usize,
    /// topic → outcome (`resolved`, `handed-over`, `escalate`, `start-over`, `unfinished`) → sessions.
    pub by_topic: BTreeMap<Safe, BTreeMap<&'static str, usize>>,
    /// desk (channel id) → outcome (`escalate`, `handed-over`) → sessions that went to it.
    pub by_channel: BTreeMap<Safe, BTreeMap<&'static str, usize>>,
    /// `topic:node` where sessions that did not end resolved stopped, most frequent first.
    pub unresolved_stopped_at: Vec<Count>,
    /// Fixes answered "no" (`topic:node`), most frequent first.
    pub failed_fixes: Vec<Count>,
    /// Steps agents flagged as wrong or out of date, most flagged first, with their reasons.
    pub flagged: Vec<Flagged>,
    /// Median number of answers in sessions that ended resolved.
    pub median_steps_to_resolution: Option<f64>,
    /// How [`Report::groups`] are made, when asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<By>,
    /// The sessions per version of the tree or per month, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    pub node: Safe,
    pub text: Safe,
    pub count: usize,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Flagged {
    pub node: Safe,
    pub text: Safe,
    /// Flags raised on the step, with or without a reason.
    pub count: usize,
    /// The reasons given, most frequent first (flags without one are not listed).
    pub reasons: Vec<Reason>,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub reason: Safe,
    pub count: usize,
}

/// The sessions of one version of the tree (or one month).
#[derive(Debug, PartialEq, Serialize)]
pub struct Group {
    /// How the report names it: the day the version was first seen and the program's version
    /// (`2026-04-02 · 0.1.0`), or the month (`2026-04`).
    pub name: Safe,
    #[serde(serialize_with = "day_text")]
    pub first_seen: Day,
    #[serde(serialize_with = "day_text")]
    pub last_seen: Day,
    /// The tree's hashes (by version only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flows_hash: Option<Safe>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locales_hash: Option<Safe>,
    /// The program's version its first session recorded (by version only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program_version: Option<Safe>,
    pub sessions: usize,
    /// outcome → sessions, as [`Report::by_topic`] counts them.
    pub outcomes: BTreeMap<&'static str, usize>,
    /// Every fix answered in the group: how often it solved the problem and how often not.
    pub fixes: Vec<FixRate>,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct FixRate {
    pub node: Safe,
    pub text: Safe,
    pub solved: usize,
    pub failed: usize,
}

/// A day in JSON as people write it (serde hands it over by reference).
#[allow(clippy::trivially_copy_pass_by_ref)]
fn day_text<S: serde::Serializer>(day: &Day, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(day)
}

/// Reads every transcript in `dir` and counts it; each file that cannot be read goes to
/// `unreadable` (`FILE:LINE:COL: …`) as it is met, and the rest still count.
pub fn scan(dir: &Path, options: Options<'_>, mut unreadable: impl FnMut(Diagnostic)) -> std::io::Result<Report> {
    let mut tally = Tally::new(options);
    let mut bad = 0usize;
    read::each(
        dir,
        |record, sign| tally.count(record, sign),
        |error| {
            bad += 1;
            unreadable(error);
        },
    )?;
    let mut report = tally.finish();
    report.unreadable = bad;
    Ok(report)
}

/// A step's text as the report shows it: from a transcript in the report's language when one was
/// read, else the first in order of the texts themselves — the same whatever order files come in.
#[derive(Debug, Default)]
struct Label {
    text: String,
    ours: bool,
    set: bool,
}

impl Label {
    fn offer(&mut self, text: &str, ours: bool) {
        let better = !self.set || (ours && !self.ours) || (ours == self.ours && text < self.text.as_str());
        if better {
            self.text.clear();
            self.text.push_str(text);
            self.ours = ours;
            self.set = true;
        }
    }
}

#[derive(Debug, Default)]
struct Counted {
    label: Label,
    count: usize,
}

#[derive(Debug, Default)]
struct FlagTally {
    label: Label,
    count: usize,
    reasons: HashMap<String, usize>,
}

#[derive(Debug, Default)]
struct FixTally {
    label: Label,
    solved: usize,
    failed: usize,
}

#[derive(Debug)]
struct GroupTally {
    first: Timestamp,
    last: Timestamp,
    /// The program's version, flows and locales hashes of its earliest session.
    program: String,
    flows: String,
    locales: String,
    sessions: usize,
    outcomes: [usize; 5],
    fixes: HashMap<String, FixTally>,
}

/// The counts, as transcripts are read.
struct Tally<'o> {
    options: Options<'o>,
    sessions: usize,
    outside: usize,
    by_topic: HashMap<String, [usize; 5]>,
    by_channel: HashMap<String, [usize; 5]>,
    stopped: HashMap<String, Counted>,
    failed: HashMap<String, Counted>,
    flagged: HashMap<String, FlagTally>,
    /// Answers in a resolved session → sessions: the median without keeping every session.
    resolved_steps: BTreeMap<usize, usize>,
    groups: HashMap<String, GroupTally>,
    /// Reused for each `topic:node` key.
    key: String,
}

/// The entry for `key`, made if there is room, else the one for [`OTHER`].
fn entry<'m, V: Default>(map: &'m mut HashMap<String, V>, key: &str) -> &'m mut V {
    let key = if map.contains_key(key) || map.len() < MAX_KEYS {
        key
    } else {
        OTHER
    };
    map.entry(key.to_string()).or_default()
}

fn node_key<'k>(key: &'k mut String, topic: &str, node: &str) -> &'k str {
    key.clear();
    key.push_str(topic);
    key.push(':');
    key.push_str(node);
    key
}

impl<'o> Tally<'o> {
    fn new(options: Options<'o>) -> Tally<'o> {
        Tally {
            options,
            sessions: 0,
            outside: 0,
            by_topic: HashMap::new(),
            by_channel: HashMap::new(),
            stopped: HashMap::new(),
            failed: HashMap::new(),
            flagged: HashMap::new(),
            resolved_steps: BTreeMap::new(),
            groups: HashMap::new(),
            key: String::new(),
        }
    }

    fn count(&mut self, t: &Lean<'_>, sign: Sign) {
        if !self.options.window.holds(t.started) {
            bump(&mut self.outside, sign);
            return;
        }
        bump(&mut self.sessions, sign);
        let ours = t.lang == self.options.lang;
        let topic = match t.steps.first() {
            Some(first) if first.topic == crate::engine::load::ROOT_TOPIC => &first.answer,
            _ => &t.stopped_at.topic,
        };
        let outcome = outcome_index(t.outcome);
        bump(&mut entry(&mut self.by_topic, topic)[outcome], sign);
        if let Some(channel) = &t.channel {
            bump(&mut entry(&mut self.by_channel, channel)[outcome], sign);
        }
        if outcome == 0 {
            let n = self.resolved_steps.entry(t.steps.len()).or_default();
            bump(n, sign);
        } else {
            let key = node_key(&mut self.key, &t.stopped_at.topic, &t.stopped_at.node);
            let stopped = entry(&mut self.stopped, key);
            stopped.label.offer(&t.stopped_at.text, ours);
            bump(&mut stopped.count, sign);
        }
        for step in t.steps.iter().filter(|s| s.kind == PlaceKind::Fix && s.answer == "no") {
            let key = node_key(&mut self.key, &step.topic, &step.node);
            let failed = entry(&mut self.failed, key);
            failed.label.offer(&step.text, ours);
            bump(&mut failed.count, sign);
        }
        let places = t.steps.iter().map(|s| (&s.topic, &s.node, &s.text, &s.flags)).chain(
            [&t.stopped_at]
                .into_iter()
                .chain(&t.elsewhere)
                .map(|p| (&p.topic, &p.node, &p.text, &p.flags)),
        );
        for (topic, node, text, flags) in places {
            if flags.is_empty() {
                continue;
            }
            let key = node_key(&mut self.key, topic, node);
            let flagged = entry(&mut self.flagged, key);
            flagged.label.offer(text, ours);
            for reason in flags {
                bump(&mut flagged.count, sign);
                let reason = reason.trim();
                if reason.is_empty() {
                    continue;
                }
                let reason = if flagged.reasons.contains_key(reason) || flagged.reasons.len() < MAX_REASONS {
                    reason
                } else {
                    OTHER
                };
                bump(flagged.reasons.entry(reason.to_string()).or_default(), sign);
            }
        }
        if let Some(by) = self.options.by {
            self.count_group(t, by, outcome, ours, sign);
        }
    }

    fn count_group(&mut self, t: &Lean<'_>, by: By, outcome: usize, ours: bool, sign: Sign) {
        let name = match by {
            By::Version => format!("{}\n{}", t.flows_hash, t.locales_hash),
            By::Month => t.started.strftime("%Y-%m").to_string(),
        };
        let name = if self.groups.contains_key(&name) || self.groups.len() < MAX_KEYS {
            name
        } else {
            OTHER.to_string()
        };
        let group = self.groups.entry(name).or_insert_with(|| GroupTally {
            first: t.started,
            last: t.started,
            program: t.version.to_string(),
            flows: t.flows_hash.to_string(),
            locales: t.locales_hash.to_string(),
            sessions: 0,
            outcomes: [0; 5],
            fixes: HashMap::new(),
        });
        if sign == Sign::Add {
            if t.started < group.first {
                group.first = t.started;
                group.program = t.version.to_string();
            }
            group.last = group.last.max(t.started);
        }
        bump(&mut group.sessions, sign);
        bump(&mut group.outcomes[outcome], sign);
        for step in t.steps.iter().filter(|s| s.kind == PlaceKind::Fix) {
            let key = node_key(&mut self.key, &step.topic, &step.node);
            let fix = entry(&mut group.fixes, key);
            fix.label.offer(&step.text, ours);
            match step.answer.as_ref() {
                "yes" => bump(&mut fix.solved, sign),
                "no" => bump(&mut fix.failed, sign),
                _ => {}
            }
        }
    }

    fn finish(self) -> Report {
        let outcomes = |counts: &[usize; 5]| -> BTreeMap<&'static str, usize> {
            OUTCOMES
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(o, n)| (*o, *n))
                .collect()
        };
        let per_outcome = |map: HashMap<String, [usize; 5]>| {
            let mut out: BTreeMap<Safe, BTreeMap<&'static str, usize>> = BTreeMap::new();
            for (name, counts) in map {
                let row = out.entry(Safe::line(&name)).or_default();
                for (outcome, n) in outcomes(&counts) {
                    *row.entry(outcome).or_default() += n;
                }
            }
            out.retain(|_, row| !row.is_empty());
            out
        };
        let mut flagged: Vec<Flagged> = merged(self.flagged, |a: &mut FlagTally, b: FlagTally| {
            a.count += b.count;
            for (reason, n) in b.reasons {
                *a.reasons.entry(reason).or_default() += n;
            }
        })
        .into_iter()
        .filter(|(_, f)| f.count > 0)
        .map(|(node, f)| {
            let mut reasons: BTreeMap<Safe, usize> = BTreeMap::new();
            for (reason, n) in f.reasons {
                *reasons.entry(Safe::line(&reason)).or_default() += n;
            }
            let mut reasons: Vec<Reason> = reasons
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(reason, count)| Reason { reason, count })
                .collect();
            reasons.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.reason.cmp(&b.reason)));
            Flagged {
                node,
                text: Safe::line(&f.label.text),
                count: f.count,
                reasons,
            }
        })
        .collect();
        flagged.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.node.cmp(&b.node)));
        let mut groups: Vec<Group> = self
            .groups
            .into_values()
            .filter(|g| g.sessions > 0)
            .map(|g| group(g, self.options.by))
            .collect();
        groups.sort_by(|a, b| a.first_seen.cmp(&b.first_seen).then_with(|| a.name.cmp(&b.name)));
        Report {
            sessions: self.sessions,
            window: self.options.window,
            outside_window: self.outside,
            unreadable: 0,
            by_topic: per_outcome(self.by_topic),
            by_channel: per_outcome(self.by_channel),
            unresolved_stopped_at: ranked(self.stopped),
            failed_fixes: ranked(self.failed),
            flagged,
            median_steps_to_resolution: median(&self.resolved_steps),
            by: self.options.by,
            groups,
        }
    }
}

/// A map keyed by raw names, keyed by their [`Safe`] form: names that read the same once
/// sanitised are merged.
fn merged<V>(map: HashMap<String, V>, merge: impl Fn(&mut V, V)) -> BTreeMap<Safe, V> {
    let mut out: BTreeMap<Safe, V> = BTreeMap::new();
    for (name, value) in map {
        match out.entry(Safe::line(&name)) {
            std::collections::btree_map::Entry::Occupied(mut e) => merge(e.get_mut(), value),
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(value);
            }
        }
    }
    out
}

fn ranked(counts: HashMap<String, Counted>) -> Vec<Count> {
    let mut list: Vec<Count> = merged(counts, |a, b| a.count += b.count)
        .into_iter()
        .filter(|(_, c)| c.count > 0)
        .map(|(node, c)| Count {
            node,
            text: Safe::line(&c.label.text),
            count: c.count,
        })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.node.cmp(&b.node)));
    list
}

fn day_of(at: Timestamp) -> Day {
    let date = at.to_zoned(jiff::tz::TimeZone::UTC).date();
    Day {
        year: i32::from(date.year()),
        month: date.month() as u8,
        day: date.day() as u8,
    }
}

fn group(g: GroupTally, by: Option<By>) -> Group {
    let first_seen = day_of(g.first);
    let by_version = by == Some(By::Version);
    let name = if by_version {
        if g.program.is_empty() {
            first_seen.to_string()
        } else {
            format!("{first_seen} · {}", g.program)
        }
    } else {
        g.first.strftime("%Y-%m").to_string()
    };
    let mut fixes: Vec<FixRate> = merged(g.fixes, |a, b| {
        a.solved += b.solved;
        a.failed += b.failed;
    })
    .into_iter()
    .filter(|(_, f)| f.solved + f.failed > 0)
    .map(|(node, f)| FixRate {
        node,
        text: Safe::line(&f.label.text),
        solved: f.solved,
        failed: f.failed,
    })
    .collect();
    fixes.sort_by(|a, b| a.node.cmp(&b.node));
    Group {
        name: Safe::line(&name),
        first_seen,
        last_seen: day_of(g.last),
        flows_hash: by_version.then(|| Safe::line(&g.flows)),
        locales_hash: by_version.then(|| Safe::line(&g.locales)),
        program_version: by_version.then(|| Safe::line(&g.program)),
        sessions: g.sessions,
        outcomes: OUTCOMES
            .iter()
            .zip(g.outcomes)
            .filter(|(_, n)| *n > 0)
            .map(|(o, n)| (*o, n))
            .collect(),
        fixes,
    }
}

/// The median of the values a histogram (value → how many) holds.
fn median(histogram: &BTreeMap<usize, usize>) -> Option<f64> {
    let n: usize = histogram.values().sum();
    if n == 0 {
        return None;
    }
    let at = |index: usize| {
        let mut seen = 0;
        for (&value, &count) in histogram {
            seen += count;
            if index < seen {
                return value;
            }
        }
        0
    };
    let (low, high) = (at((n - 1) / 2), at(n / 2));
    Some((low + high) as f64 / 2.0)
}

/// The report as JSON: every string in it is [`Safe`], so nothing but escaped newlines could be a
/// control character, and there are none (each field is one line).
pub fn json(report: &Report) -> serde_json::Result<String> {
    Ok(serde_json::to_string_pretty(report)? + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_a_histogram_is_the_middle_value_or_the_mean_of_the_two() {
        let h = |pairs: &[(usize, usize)]| pairs.iter().copied().collect::<BTreeMap<_, _>>();
        assert_eq!(median(&h(&[])), None);
        assert_eq!(median(&h(&[(3, 1)])), Some(3.0));
        assert_eq!(median(&h(&[(3, 1), (4, 1)])), Some(3.5));
        assert_eq!(median(&h(&[(2, 2), (9, 1)])), Some(2.0));
        assert_eq!(median(&h(&[(1, 0), (2, 1), (5, 3)])), Some(5.0));
    }

    #[test]
    fn a_list_counts_at_most_max_keys_names_and_the_rest_together() {
        let mut map: HashMap<String, usize> = HashMap::new();
        for i in 0..MAX_KEYS + 5 {
            *entry(&mut map, &format!("n{i}")) += 1;
        }
        assert_eq!(map.len(), MAX_KEYS + 1);
        assert_eq!(map[OTHER], 5);
    }
}
