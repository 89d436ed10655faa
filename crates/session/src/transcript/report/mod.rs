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
mod tally;
pub mod window;

use crate::engine::diagnostic::Diagnostic;
use crate::engine::freshness::Day;
use crate::engine::tree::Outcome;
use crate::text::Safe;
pub use draw::{Style, table};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use tally::Tally;
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

impl Report {
    /// Names each step counted by `name(topic:node)` where it gives a name (the tree's words now,
    /// in the report's language), keeping the transcripts' words for the others.
    pub fn name_steps(&mut self, name: impl Fn(&str) -> Option<String>) {
        let counts = self.unresolved_stopped_at.iter_mut().chain(&mut self.failed_fixes);
        for (node, text) in counts.map(|c| (&c.node, &mut c.text)).chain(
            self.flagged.iter_mut().map(|f| (&f.node, &mut f.text)).chain(
                self.groups
                    .iter_mut()
                    .flat_map(|g| &mut g.fixes)
                    .map(|f| (&f.node, &mut f.text)),
            ),
        ) {
            if let Some(words) = name(node.as_str()) {
                *text = Safe::line(&words);
            }
        }
    }
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

/// The report as JSON: every string in it is [`Safe`], so nothing but escaped newlines could be a
/// control character, and there are none (each field is one line).
pub fn json(report: &Report) -> serde_json::Result<String> {
    Ok(serde_json::to_string_pretty(report)? + "\n")
}
