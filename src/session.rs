//! The wizard's state: where the walk stands, the answers so far (with their times), the later answers
//! kept after going back, and the agent's notes and tried steps. A pure state machine over the tree —
//! `update(msg) -> Effect` — with no terminal in it; plain mode and the full-screen UI both drive it.

use crate::engine::paths::{self, CodeError, Codes};
use crate::engine::place::Place;
use crate::engine::tree::{NodeKind, Outcome, Tree};
use crate::redact::redact_card_numbers;
use jiff::Timestamp;
use std::collections::{BTreeSet, HashMap};

/// What a user can ask of the walk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// Choose the answer at this 0-based index.
    Choose(usize),
    /// Go back one answer, keeping the later ones.
    Back,
    /// Go back to the breadcrumb at this depth (0 is the first question), keeping the later answers
    /// as [`Msg::Back`] does. Ignored unless the depth is before the current one.
    BackTo(usize),
    /// Go back to the root question, keeping nothing.
    Restart,
    /// Jump to the place a path code names (either form).
    GoTo(String),
    /// Attach a note to the current place (card numbers are removed first).
    Note(String),
    /// Mark or unmark a step (0-based) of the current fix as tried.
    ToggleTried(usize),
    /// The session was saved: nothing is unsaved any more.
    Saved,
    Quit,
}

/// What the front end should do after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The walk moved: draw the new place.
    Moved,
    /// Something on this place changed (a note, a tried step): redraw it.
    Changed,
    /// Nothing changed (no such answer, already at the root, …).
    Ignored,
    /// The code did not fit; the walk stays where it was.
    BadCode(CodeError),
    Quit,
}

/// One answer given: where, and which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub place: Place,
    pub answer: usize,
}

/// Where the time of each answer comes from (tests fix it).
pub type Clock = fn() -> Timestamp;

pub struct Session<'t> {
    tree: &'t Tree,
    clock: Clock,
    started: Timestamp,
    /// Every answer remembered; the first `depth` are the walk so far, the rest were given before
    /// going back and come back when the same answer is chosen again.
    trail: Vec<Choice>,
    /// When each answer of `trail` was given.
    times: Vec<Timestamp>,
    depth: usize,
    place: Place,
    notes: HashMap<Place, Vec<String>>,
    tried: HashMap<Place, BTreeSet<usize>>,
    unsaved: bool,
}

impl<'t> Session<'t> {
    pub fn new(tree: &'t Tree) -> Session<'t> {
        Session::with_clock(tree, Timestamp::now)
    }

    pub fn with_clock(tree: &'t Tree, clock: Clock) -> Session<'t> {
        Session {
            tree,
            clock,
            started: clock(),
            trail: Vec::new(),
            times: Vec::new(),
            depth: 0,
            place: tree.start(),
            notes: HashMap::new(),
            tried: HashMap::new(),
            unsaved: false,
        }
    }

    /// A session standing where `code` leads, with the answers along it filled in.
    pub fn at_code(tree: &'t Tree, code: &str) -> Result<Session<'t>, CodeError> {
        let mut session = Session::new(tree);
        session.go_to(code)?;
        Ok(session)
    }

    pub fn tree(&self) -> &'t Tree {
        self.tree
    }

    pub fn place(&self) -> Place {
        self.place
    }

    pub fn started(&self) -> Timestamp {
        self.started
    }

    /// The answers given to reach this place.
    pub fn answers(&self) -> &[Choice] {
        &self.trail[..self.depth]
    }

    /// When each of [`Session::answers`] was given.
    pub fn answer_times(&self) -> &[Timestamp] {
        &self.times[..self.depth]
    }

    /// The answer chosen here before going back, if any: front ends preselect it.
    pub fn remembered(&self) -> Option<usize> {
        self.trail
            .get(self.depth)
            .filter(|c| c.place == self.place)
            .map(|c| c.answer)
    }

    pub fn outcome(&self) -> Option<Outcome> {
        self.tree.outcome(self.place)
    }

    /// The path code and short code of the walk so far.
    pub fn codes(&self) -> Codes {
        let steps: Vec<_> = self.answers().iter().map(|c| (c.place, c.answer)).collect();
        paths::codes(self.tree, &steps)
    }

    /// The notes written on a place, oldest first (already redacted).
    pub fn notes_at(&self, place: Place) -> &[String] {
        self.notes.get(&place).map_or(&[], Vec::as_slice)
    }

    /// The steps (0-based) of the fix at `place` marked as tried.
    pub fn tried_at(&self, place: Place) -> Vec<usize> {
        self.tried
            .get(&place)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Puts back the notes and tried steps (0-based) a saved transcript recorded for `place`.
    pub fn annotate(&mut self, place: Place, notes: &[String], tried: &[usize]) {
        if !notes.is_empty() {
            self.notes.entry(place).or_default().extend(notes.iter().cloned());
        }
        if !tried.is_empty() {
            self.tried.entry(place).or_default().extend(tried.iter().copied());
        }
    }

    /// True when notes or tried steps changed since the last save.
    pub fn has_unsaved_work(&self) -> bool {
        self.unsaved
    }

    pub fn update(&mut self, msg: Msg) -> Effect {
        match msg {
            Msg::Choose(index) => self.choose(index),
            Msg::Back => {
                if self.depth == 0 {
                    return Effect::Ignored;
                }
                self.update(Msg::BackTo(self.depth - 1))
            }
            Msg::BackTo(depth) => {
                if depth >= self.depth {
                    return Effect::Ignored;
                }
                self.depth = depth;
                self.place = self.trail[depth].place;
                Effect::Moved
            }
            Msg::Restart => {
                self.trail.clear();
                self.times.clear();
                self.depth = 0;
                self.place = self.tree.start();
                Effect::Moved
            }
            Msg::GoTo(code) => match self.go_to(&code) {
                Ok(()) => Effect::Moved,
                Err(error) => Effect::BadCode(error),
            },
            Msg::Note(text) => {
                let text = crate::text::sanitize(&redact_card_numbers(text.trim()));
                if text.is_empty() {
                    return Effect::Ignored;
                }
                self.notes.entry(self.place).or_default().push(text);
                self.unsaved = true;
                Effect::Changed
            }
            Msg::ToggleTried(step) => {
                let steps = match (self.place, &self.tree.node(self.place.node()).kind) {
                    (Place::Node(_), NodeKind::Fix { steps, .. }) => steps.len(),
                    _ => 0,
                };
                if step >= steps {
                    return Effect::Ignored;
                }
                let tried = self.tried.entry(self.place).or_default();
                if !tried.remove(&step) {
                    tried.insert(step);
                }
                self.unsaved = true;
                Effect::Changed
            }
            Msg::Saved => {
                self.unsaved = false;
                Effect::Ignored
            }
            Msg::Quit => Effect::Quit,
        }
    }

    fn choose(&mut self, index: usize) -> Effect {
        let Some(next) = self.tree.choose(self.place, index) else {
            return Effect::Ignored;
        };
        let choice = Choice {
            place: self.place,
            answer: index,
        };
        if self.trail.get(self.depth) != Some(&choice) {
            self.trail.truncate(self.depth);
            self.times.truncate(self.depth);
            self.trail.push(choice);
            self.times.push((self.clock)());
        }
        self.depth += 1;
        self.place = next;
        Effect::Moved
    }

    fn go_to(&mut self, code: &str) -> Result<(), CodeError> {
        let walk = paths::parse_code(self.tree, code)?;
        let now = (self.clock)();
        self.trail = walk
            .steps
            .iter()
            .map(|&(place, answer)| Choice { place, answer })
            .collect();
        self.times = vec![now; self.trail.len()];
        self.depth = self.trail.len();
        self.place = walk.last.unwrap_or_else(|| self.tree.start());
        Ok(())
    }
}
