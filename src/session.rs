//! The wizard's state: where the walk stands, the answers so far, and the later answers kept after
//! going back. A pure state machine over the tree — `update(msg) -> Effect` — with no terminal in it;
//! plain mode and the full-screen UI both drive it.

use crate::engine::paths::{self, CodeError, Codes};
use crate::engine::place::Place;
use crate::engine::tree::{Outcome, Tree};

/// What a user can ask of the walk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// Choose the answer at this 0-based index.
    Choose(usize),
    /// Go back one answer, keeping the later ones.
    Back,
    /// Go back to the root question, keeping nothing.
    Restart,
    /// Jump to the place a path code names (either form).
    GoTo(String),
    Quit,
}

/// What the front end should do after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The walk moved: draw the new place.
    Moved,
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

pub struct Session<'t> {
    tree: &'t Tree,
    /// Every answer remembered; the first `depth` are the walk so far, the rest were given before
    /// going back and come back when the same answer is chosen again.
    trail: Vec<Choice>,
    depth: usize,
    place: Place,
}

impl<'t> Session<'t> {
    pub fn new(tree: &'t Tree) -> Session<'t> {
        Session {
            tree,
            trail: Vec::new(),
            depth: 0,
            place: tree.start(),
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

    /// The answers given to reach this place.
    pub fn answers(&self) -> &[Choice] {
        &self.trail[..self.depth]
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

    pub fn update(&mut self, msg: Msg) -> Effect {
        match msg {
            Msg::Choose(index) => self.choose(index),
            Msg::Back => {
                if self.depth == 0 {
                    return Effect::Ignored;
                }
                self.depth -= 1;
                self.place = self.trail[self.depth].place;
                Effect::Moved
            }
            Msg::Restart => {
                self.trail.clear();
                self.depth = 0;
                self.place = self.tree.start();
                Effect::Moved
            }
            Msg::GoTo(code) => match self.go_to(&code) {
                Ok(()) => Effect::Moved,
                Err(error) => Effect::BadCode(error),
            },
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
            self.trail.push(choice);
        }
        self.depth += 1;
        self.place = next;
        Effect::Moved
    }

    fn go_to(&mut self, code: &str) -> Result<(), CodeError> {
        let walk = paths::parse_code(self.tree, code)?;
        self.trail = walk
            .steps
            .iter()
            .map(|&(place, answer)| Choice { place, answer })
            .collect();
        self.depth = self.trail.len();
        self.place = walk.last.unwrap_or_else(|| self.tree.start());
        Ok(())
    }
}
