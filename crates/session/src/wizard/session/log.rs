//! The session's log and what it projects to. Every thing the user did is an [`Event`] with its
//! time, appended and never changed; the walk, the answers, the notes, the tried steps and the
//! language are a [`Projection`] of the log, computed by applying its events in order — the same
//! [`Projection::apply`] runs when the user acts and when a saved log is replayed, so a replay
//! gives the very state the session had.

use crate::engine::paths::{self, CodeError};
use crate::engine::place::Place;
use crate::engine::tree::{NodeKind, Tree};
use jiff::Timestamp;
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// One thing the user did, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub at: Timestamp,
    pub kind: EventKind,
}

/// How a go-to event reached its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// A path code typed or given with `--resume`.
    Code,
    /// A search result.
    Search,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// Answer `answer` (0-based) was chosen on `place`.
    Chose { place: Place, answer: usize },
    /// Back one answer.
    Back,
    /// Back to the breadcrumb at this depth (0 is the first question).
    BackTo { depth: usize },
    /// Back to the first question; the later answers are forgotten.
    Restart,
    /// Straight to where a path code leads, in its long form.
    GoTo { code: String, via: Via },
    /// A note written on `place` while the walk's code was `code` (already redacted and sanitised).
    Note { place: Place, code: String, text: String },
    /// Step `step` (0-based) of the fix at `place` marked tried (`on`) or not.
    Tried {
        place: Place,
        code: String,
        step: usize,
        on: bool,
    },
    /// The agent flagged `place` as wrong or out of date while the walk's code was `code`, with a
    /// short reason (maybe empty; already redacted, sanitised and cut to [`MAX_FLAG_REASON`]).
    Flag { place: Place, code: String, reason: String },
    /// The wizard now speaks this language.
    Language { lang: String },
    /// The session was saved: what came before is in a transcript.
    Saved,
}

/// A note, where and when it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub place: Place,
    /// The path code of the walk when it was written.
    pub code: String,
    pub text: String,
    pub at: Timestamp,
}

/// The longest reason a flag keeps, in characters: a short reason, not a note.
pub const MAX_FLAG_REASON: usize = 200;

/// A step flagged as wrong or out of date, where and when, and why (maybe empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub place: Place,
    /// The path code of the walk when it was flagged.
    pub code: String,
    pub reason: String,
    pub at: Timestamp,
}

/// One answer given: where, and which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub place: Place,
    pub answer: usize,
}

/// Why an event cannot apply where the walk stands (only a replayed log can hold one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    NoSuchAnswer,
    NotHere,
    AtStart,
    NoSuchStep,
    EmptyNote,
    BadCode(CodeError),
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::NoSuchAnswer => write!(f, "there is no such answer there"),
            Refused::NotHere => write!(f, "the walk does not stand there"),
            Refused::AtStart => write!(f, "there is no earlier answer to go back to"),
            Refused::NoSuchStep => write!(f, "that fix has no such step"),
            Refused::EmptyNote => write!(f, "the note is empty"),
            Refused::BadCode(error) => write!(f, "{error}"),
        }
    }
}

/// What the log says now: the walk, the answers kept after going back, the notes, the flags, the
/// tried steps, the language, and whether anything was noted since the last save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    /// Every answer remembered; the first `depth` are the walk so far, the rest were given before
    /// going back and come back when the same answer is chosen again.
    pub(super) trail: Vec<Choice>,
    /// When each answer of `trail` was given.
    pub(super) times: Vec<Timestamp>,
    pub(super) depth: usize,
    pub(super) place: Place,
    pub(super) notes: Vec<Note>,
    pub(super) flags: Vec<Flag>,
    pub(super) tried: HashMap<Place, BTreeSet<usize>>,
    pub(super) lang: String,
    /// Notes or tried steps changed since the last save.
    pub(super) unsaved: bool,
}

impl Projection {
    pub(super) fn new(tree: &Tree, lang: &str) -> Projection {
        Projection {
            trail: Vec::new(),
            times: Vec::new(),
            depth: 0,
            place: tree.start(),
            notes: Vec::new(),
            flags: Vec::new(),
            tried: HashMap::new(),
            lang: lang.to_string(),
            unsaved: false,
        }
    }

    /// The walk's path code now.
    pub(super) fn code(&self, tree: &Tree) -> String {
        let steps: Vec<_> = self.trail[..self.depth].iter().map(|c| (c.place, c.answer)).collect();
        paths::codes(tree, &steps).code
    }

    /// Applies one event, or says why it cannot apply here (then nothing changed). True when the
    /// walk moved.
    pub(super) fn apply(&mut self, tree: &Tree, event: &Event) -> Result<bool, Refused> {
        match &event.kind {
            EventKind::Chose { place, answer } => {
                if *place != self.place {
                    return Err(Refused::NotHere);
                }
                let next = tree.choose(self.place, *answer).ok_or(Refused::NoSuchAnswer)?;
                let choice = Choice {
                    place: self.place,
                    answer: *answer,
                };
                if self.trail.get(self.depth) != Some(&choice) {
                    self.trail.truncate(self.depth);
                    self.times.truncate(self.depth);
                    self.trail.push(choice);
                    self.times.push(event.at);
                }
                self.depth += 1;
                self.place = next;
                Ok(true)
            }
            EventKind::Back => match self.depth.checked_sub(1) {
                Some(depth) => self.back_to(depth),
                None => Err(Refused::AtStart),
            },
            EventKind::BackTo { depth } => self.back_to(*depth),
            EventKind::Restart => {
                self.trail.clear();
                self.times.clear();
                self.depth = 0;
                self.place = tree.start();
                Ok(true)
            }
            EventKind::GoTo { code, .. } => {
                let walk = paths::parse_code(tree, code).map_err(Refused::BadCode)?;
                self.trail = walk
                    .steps
                    .iter()
                    .map(|&(place, answer)| Choice { place, answer })
                    .collect();
                self.times = vec![event.at; self.trail.len()];
                self.depth = self.trail.len();
                self.place = walk.last.unwrap_or_else(|| tree.start());
                Ok(true)
            }
            EventKind::Note { place, code, text } => {
                if text.trim().is_empty() {
                    return Err(Refused::EmptyNote);
                }
                self.notes.push(Note {
                    place: *place,
                    code: code.clone(),
                    text: text.clone(),
                    at: event.at,
                });
                self.unsaved = true;
                Ok(false)
            }
            EventKind::Tried { place, step, on, .. } => {
                if *step >= step_count(tree, *place) {
                    return Err(Refused::NoSuchStep);
                }
                let tried = self.tried.entry(*place).or_default();
                if *on {
                    tried.insert(*step);
                } else {
                    tried.remove(step);
                }
                self.unsaved = true;
                Ok(false)
            }
            EventKind::Flag { place, code, reason } => {
                self.flags.push(Flag {
                    place: *place,
                    code: code.clone(),
                    reason: reason.clone(),
                    at: event.at,
                });
                self.unsaved = true;
                Ok(false)
            }
            EventKind::Language { lang } => {
                self.lang.clone_from(lang);
                Ok(false)
            }
            EventKind::Saved => {
                self.unsaved = false;
                Ok(false)
            }
        }
    }

    fn back_to(&mut self, depth: usize) -> Result<bool, Refused> {
        if depth >= self.depth {
            return Err(Refused::AtStart);
        }
        self.depth = depth;
        self.place = self.trail[depth].place;
        Ok(true)
    }
}

/// How many steps the fix at `place` has (none anywhere else).
pub fn step_count(tree: &Tree, place: Place) -> usize {
    match (place, &tree.node(place.node()).kind) {
        (Place::Node(_), NodeKind::Fix { steps, .. }) => steps.len(),
        _ => 0,
    }
}
