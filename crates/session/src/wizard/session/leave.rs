//! Leaving, decided once for both front ends: `q` or an interrupt asks first when there is unsaved
//! work (a second interrupt while asking saves and leaves); the end of input and a signal leave,
//! saving first when there is unsaved work. The exit code is [`Ending::Ok`]'s, or a signal's (an
//! interrupt, 130).

use super::{Effect, Session};
use crate::ending::Ending;

/// The answers to "there is unsaved work; quit?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuitChoice {
    Save,
    Discard,
    Stay,
}

/// How to leave: save first or not, and the process's exit code (an [`Ending`]'s).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop {
    /// Save the transcript before leaving (there is unsaved work).
    pub save_first: bool,
    pub code: u8,
}

/// The exit code of an interrupt (SIGINT).
pub const INTERRUPTED: u8 = Ending::Signal(2).code();

impl Session<'_> {
    /// `q` or an interrupt: ask first when there is unsaved work; a second interrupt while asking
    /// leaves with a save, so nothing is lost.
    pub(super) fn ask_or_leave(&mut self, code: u8) -> Effect {
        match self.asking {
            Some(_) if code == INTERRUPTED => self.leave(INTERRUPTED),
            _ if self.has_unsaved_work() => {
                self.asking = Some(code);
                Effect::ConfirmQuit
            }
            _ => self.leave(code),
        }
    }

    pub(super) fn answer_quit(&mut self, choice: QuitChoice) -> Effect {
        let Some(code) = self.asking.take() else {
            return Effect::Ignored;
        };
        match choice {
            QuitChoice::Save => Effect::Exit(Stop { save_first: true, code }),
            QuitChoice::Discard => Effect::Exit(Stop {
                save_first: false,
                code,
            }),
            QuitChoice::Stay => Effect::Ignored,
        }
    }

    /// Leaves with `code`, saving first when there is unsaved work.
    pub(super) fn leave(&mut self, code: u8) -> Effect {
        self.asking = None;
        Effect::Exit(Stop {
            save_first: self.has_unsaved_work(),
            code,
        })
    }
}
