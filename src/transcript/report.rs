//! `report DIR`: what saved transcripts say — sessions per topic and outcome, where unresolved
//! sessions stopped, the fixes most often tried without success, and the median number of steps to a
//! resolution. A table for people, JSON for machines.
//!
//! Every string in a [`Report`] comes from a transcript, so from outside: the report holds it as
//! [`Safe`] text, sanitised onto one line when the report is built, and both writers print only that
//! (so neither a terminal escape nor, in JSON, a raw C1, DEL, bidi or zero-width character gets out).

use crate::engine::diagnostic::Diagnostic;
use crate::engine::tree::Outcome;
use crate::i18n::{Localizer, agent};
use crate::text::Safe;
use crate::transcript::{self, PlaceKind, Transcript};
use fluent_bundle::FluentArgs;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// How many rows the "stopped at" and "failed fixes" lists show in the table.
const TOP: usize = 10;

#[derive(Debug, Default, PartialEq, Serialize)]
pub struct Report {
    pub sessions: usize,
    /// topic → outcome (`resolved`, `handed-over`, `escalate`, `start-over`, `unfinished`) → sessions.
    pub by_topic: BTreeMap<Safe, BTreeMap<&'static str, usize>>,
    /// desk (channel id) → outcome (`escalate`, `handed-over`) → sessions that went to it.
    pub by_channel: BTreeMap<Safe, BTreeMap<&'static str, usize>>,
    /// `topic:node` where sessions that did not end resolved stopped, most frequent first.
    pub unresolved_stopped_at: Vec<Count>,
    /// Fixes answered "no" (`topic:node`), most frequent first.
    pub failed_fixes: Vec<Count>,
    /// Median number of answers in sessions that ended resolved.
    pub median_steps_to_resolution: Option<f64>,
}

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    pub node: Safe,
    pub text: Safe,
    pub count: usize,
}

/// Reads every `*.json` transcript in `dir`. Files that cannot be read are returned as errors
/// (`FILE:LINE:COL: …`); the rest still count.
pub fn read_dir(dir: &Path) -> std::io::Result<(Vec<Transcript>, Vec<Diagnostic>)> {
    let entries = std::fs::read_dir(dir)?;
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
        .collect();
    paths.sort();
    let mut transcripts = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match transcript::read(&path) {
            Ok(t) => transcripts.push(t),
            Err(e) => errors.push(e),
        }
    }
    Ok((transcripts, errors))
}

/// One transcript per session: a session saved several times counts once, as last saved.
/// Transcripts from before sessions had ids each count as their own session.
fn latest_per_session(transcripts: &[Transcript]) -> Vec<&Transcript> {
    let mut by_id: BTreeMap<&str, &Transcript> = BTreeMap::new();
    let mut without_id = Vec::new();
    for t in transcripts {
        if t.session.is_empty() {
            without_id.push(t);
            continue;
        }
        let kept = by_id.entry(&t.session).or_insert(t);
        if t.saved > kept.saved {
            *kept = t;
        }
    }
    by_id.into_values().chain(without_id).collect()
}

pub fn build(transcripts: &[Transcript]) -> Report {
    let transcripts = latest_per_session(transcripts);
    let mut report = Report {
        sessions: transcripts.len(),
        ..Report::default()
    };
    let mut stopped: BTreeMap<Safe, (Safe, usize)> = BTreeMap::new();
    let mut failed: BTreeMap<Safe, (Safe, usize)> = BTreeMap::new();
    let mut resolved_steps = Vec::new();
    for t in transcripts {
        let topic = match t.steps.first() {
            Some(first) if first.place.topic == crate::engine::load::ROOT_TOPIC => &first.answer,
            _ => &t.stopped_at.topic,
        };
        let outcome = t.outcome.map_or("unfinished", Outcome::as_str);
        *report
            .by_topic
            .entry(Safe::line(topic))
            .or_default()
            .entry(outcome)
            .or_default() += 1;
        if let Some(channel) = &t.channel {
            *report
                .by_channel
                .entry(Safe::line(channel))
                .or_default()
                .entry(outcome)
                .or_default() += 1;
        }
        if outcome == "resolved" {
            resolved_steps.push(t.steps.len());
        } else {
            let key = Safe::line(&format!("{}:{}", t.stopped_at.topic, t.stopped_at.node));
            stopped
                .entry(key)
                .or_insert_with(|| (Safe::line(&t.stopped_at.text), 0))
                .1 += 1;
        }
        for step in t
            .steps
            .iter()
            .filter(|s| s.place.kind == PlaceKind::Fix && s.answer == "no")
        {
            let key = Safe::line(&format!("{}:{}", step.place.topic, step.place.node));
            failed.entry(key).or_insert_with(|| (Safe::line(&step.place.text), 0)).1 += 1;
        }
    }
    report.unresolved_stopped_at = ranked(stopped);
    report.failed_fixes = ranked(failed);
    report.median_steps_to_resolution = median(&mut resolved_steps);
    report
}

fn ranked(counts: BTreeMap<Safe, (Safe, usize)>) -> Vec<Count> {
    let mut list: Vec<Count> = counts
        .into_iter()
        .map(|(node, (text, count))| Count { node, text, count })
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.node.cmp(&b.node)));
    list
}

fn median(values: &mut [usize]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) as f64 / 2.0
    } else {
        values[mid] as f64
    })
}

/// The report as aligned text tables, columns measured in terminal cells (a CJK topic is as wide as
/// it shows).
/// The report as aligned text tables, its headings in `lang` (outcomes keep their ids, as in the
/// JSON and the transcripts).
pub fn table(report: &Report, localizer: &Localizer, lang: &str) -> String {
    let t = |id: &str| localizer.text(lang, id);
    // Each outcome's column, then sessions that stopped before an end, each as wide as its name.
    let outcomes: Vec<&str> = Outcome::ALL.iter().map(|o| o.as_str()).chain(["unfinished"]).collect();
    let topic_heading = t(agent::REPORT_TOPIC);
    let width = report
        .by_topic
        .keys()
        .map(Safe::width)
        .max()
        .unwrap_or(0)
        .max(topic_heading.chars().count());
    let mut args = FluentArgs::new();
    args.set("count", report.sessions);
    let mut out = format!("{}\n\n", localizer.text_with(lang, agent::REPORT_SESSIONS, Some(&args)));
    let mut header = format!("{topic_heading:width$}");
    for outcome in &outcomes {
        header.push_str(&format!("  {outcome:>8}"));
    }
    out.push_str(&format!("{header}  {:>5}\n", t(agent::REPORT_TOTAL)));
    for (topic, counts) in &report.by_topic {
        let total: usize = counts.values().sum();
        let pad = " ".repeat(width - topic.width());
        let mut row = format!("{topic}{pad}");
        for outcome in &outcomes {
            let n = counts.get(*outcome).copied().unwrap_or(0);
            row.push_str(&format!("  {n:>w$}", w = outcome.len().max(8)));
        }
        out.push_str(&format!("{row}  {total:>5}\n"));
    }
    if !report.by_channel.is_empty() {
        out.push_str(&format!("\n{}\n", t(agent::REPORT_DESKS)));
        let width = report.by_channel.keys().map(Safe::width).max().unwrap_or(0);
        let desk_outcomes = [Outcome::HandedOver.as_str(), Outcome::Escalate.as_str()];
        for (channel, counts) in &report.by_channel {
            let pad = " ".repeat(width - channel.width());
            let mut row = format!("  {channel}{pad}");
            for outcome in desk_outcomes {
                let n = counts.get(outcome).copied().unwrap_or(0);
                row.push_str(&format!("  {outcome} {n:>4}"));
            }
            out.push_str(&format!("{row}\n"));
        }
    }
    for (title, list) in [
        (t(agent::REPORT_STOPPED), &report.unresolved_stopped_at),
        (t(agent::REPORT_FAILED), &report.failed_fixes),
    ] {
        out.push_str(&format!("\n{title}\n"));
        if list.is_empty() {
            out.push_str(&format!("  {}\n", t(agent::REPORT_NONE)));
        }
        for c in list.iter().take(TOP) {
            out.push_str(&format!("  {:>4}  {}  {}\n", c.count, c.node, c.text));
        }
    }
    let median = report
        .median_steps_to_resolution
        .map_or("–".to_string(), |m| format!("{m}"));
    let mut args = FluentArgs::new();
    args.set("median", median);
    out.push_str(&format!(
        "\n{}\n",
        localizer.text_with(lang, agent::REPORT_MEDIAN, Some(&args))
    ));
    out
}

/// The report as JSON: every string in it is [`Safe`], so nothing but escaped newlines could be a
/// control character, and there are none (each field is one line).
pub fn json(report: &Report) -> serde_json::Result<String> {
    Ok(serde_json::to_string_pretty(report)? + "\n")
}
