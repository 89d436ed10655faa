//! The session's log as saved: each event a JSON object tagged by kind, naming places by
//! `topic:node` (an end the wizard draws after a node as `topic:node/OUTCOME`) and answers by their
//! ids, so a record stays readable by people and survives reordered answers. Reading one back checks
//! every name against the tree.

use crate::engine::place::Place;
use crate::engine::tree::{Outcome, Tree};
use crate::wizard::session::{Event, EventKind, Via};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// One event of the log, as transcripts and journals hold it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRecord {
    pub at: Timestamp,
    #[serde(flatten)]
    pub kind: KindRecord,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum KindRecord {
    Chose {
        place: String,
        answer: String,
    },
    Back,
    BackTo {
        depth: usize,
    },
    Restart,
    GoTo {
        code: String,
        via: Via,
    },
    Note {
        place: String,
        code: String,
        text: String,
    },
    /// The agent flagged `place` as wrong or out of date; `reason` may be empty.
    Flag {
        place: String,
        code: String,
        #[serde(default)]
        reason: String,
    },
    /// `step` is 1-based, as people count steps.
    Tried {
        place: String,
        code: String,
        step: usize,
        on: bool,
    },
    Language {
        lang: String,
    },
    Saved,
}

/// A place's name in a record: `topic:node`, or `topic:node/OUTCOME` for an end drawn after a node.
pub fn place_name(tree: &Tree, place: Place) -> String {
    let node = tree.qualified_name(place.node());
    match place {
        Place::Node(_) => node,
        Place::End(outcome, _) => format!("{node}/{}", outcome.as_str()),
    }
}

/// Why a recorded event does not fit the tree.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::text::sanitize(.0))]
pub struct Unknown(pub String);

fn place_of(tree: &Tree, name: &str) -> Result<Place, Unknown> {
    let unknown = || Unknown(format!("no place `{name}` in the flows"));
    let (node, end) = match name.split_once('/') {
        Some((node, end)) => (node, Some(end)),
        None => (name, None),
    };
    let (topic, id) = node.split_once(':').ok_or_else(unknown)?;
    let node = tree.find(topic, id).ok_or_else(unknown)?;
    match end {
        None => Ok(Place::Node(node)),
        Some(end) => {
            let outcome = Outcome::ALL
                .into_iter()
                .find(|o| o.as_str() == end)
                .ok_or_else(unknown)?;
            Ok(Place::End(outcome, node))
        }
    }
}

impl EventRecord {
    pub fn of(tree: &Tree, event: &Event) -> EventRecord {
        let kind = match &event.kind {
            EventKind::Chose { place, answer } => KindRecord::Chose {
                place: place_name(tree, *place),
                answer: tree
                    .choices(*place)
                    .get(*answer)
                    .map_or_else(|| answer.to_string(), |a| a.id.clone()),
            },
            EventKind::Back => KindRecord::Back,
            EventKind::BackTo { depth } => KindRecord::BackTo { depth: *depth },
            EventKind::Restart => KindRecord::Restart,
            EventKind::GoTo { code, via } => KindRecord::GoTo {
                code: code.clone(),
                via: *via,
            },
            EventKind::Note { place, code, text } => KindRecord::Note {
                place: place_name(tree, *place),
                code: code.clone(),
                text: text.clone(),
            },
            EventKind::Flag { place, code, reason } => KindRecord::Flag {
                place: place_name(tree, *place),
                code: code.clone(),
                reason: reason.clone(),
            },
            EventKind::Tried { place, code, step, on } => KindRecord::Tried {
                place: place_name(tree, *place),
                code: code.clone(),
                step: step + 1,
                on: *on,
            },
            EventKind::Language { lang } => KindRecord::Language { lang: lang.clone() },
            EventKind::Saved => KindRecord::Saved,
        };
        EventRecord { at: event.at, kind }
    }

    /// The event this record names, checked against the tree. Notes and flags' reasons are redacted
    /// and sanitised again: a record comes from outside.
    pub fn to_event(&self, tree: &Tree) -> Result<Event, Unknown> {
        let kind = match &self.kind {
            KindRecord::Chose { place, answer } => {
                let place = place_of(tree, place)?;
                let index = tree
                    .choices(place)
                    .iter()
                    .position(|a| a.id == *answer)
                    .ok_or_else(|| Unknown(format!("no answer `{answer}` there")))?;
                EventKind::Chose { place, answer: index }
            }
            KindRecord::Back => EventKind::Back,
            KindRecord::BackTo { depth } => EventKind::BackTo { depth: *depth },
            KindRecord::Restart => EventKind::Restart,
            KindRecord::GoTo { code, via } => EventKind::GoTo {
                code: code.clone(),
                via: *via,
            },
            KindRecord::Note { place, code, text } => EventKind::Note {
                place: place_of(tree, place)?,
                code: crate::text::sanitize(code),
                text: crate::wizard::redact::clean_note(text, crate::wizard::redact::MARK),
            },
            KindRecord::Flag { place, code, reason } => EventKind::Flag {
                place: place_of(tree, place)?,
                code: crate::text::sanitize(code),
                reason: crate::text::sanitize(&crate::wizard::redact::redact_card_numbers(
                    &reason
                        .chars()
                        .take(crate::wizard::session::MAX_FLAG_REASON)
                        .collect::<String>(),
                )),
            },
            KindRecord::Tried { place, code, step, on } => EventKind::Tried {
                place: place_of(tree, place)?,
                code: crate::text::sanitize(code),
                step: step
                    .checked_sub(1)
                    .ok_or_else(|| Unknown("step 0 does not exist".into()))?,
                on: *on,
            },
            KindRecord::Language { lang } => EventKind::Language {
                lang: crate::text::sanitize(lang),
            },
            KindRecord::Saved => EventKind::Saved,
        };
        Ok(Event { at: self.at, kind })
    }
}

/// Every recorded event, checked against the tree; the first that does not fit says where.
pub fn to_events(records: &[EventRecord], tree: &Tree) -> Result<Vec<Event>, super::NoFit> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| {
            r.to_event(tree)
                .map_err(|why| super::NoFit::Unknown { index: i + 1, why })
        })
        .collect()
}
