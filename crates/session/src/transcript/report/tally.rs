//! Counting transcripts as they stream past: each is added to (or, for an earlier save of the same
//! session, taken off) per-name counts kept in bounded maps, and [`Tally::finish`] makes the
//! [`Report`] out of them, every name made [`Safe`] text on the way.

use super::read::Lean;
use super::{
    By, Count, FixRate, Flagged, Group, MAX_KEYS, MAX_REASONS, OTHER, OUTCOMES, Options, Reason, Report, Sign, bump,
    outcome_index,
};
use crate::engine::freshness::Day;
use crate::text::Safe;
use crate::transcript::PlaceKind;
use jiff::Timestamp;
use std::collections::{BTreeMap, HashMap};

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
pub(super) struct Tally<'o> {
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
    pub(super) fn new(options: Options<'o>) -> Tally<'o> {
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

    pub(super) fn count(&mut self, t: &Lean<'_>, sign: Sign) {
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

    pub(super) fn finish(self) -> Report {
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
