//! The length limit of the note and the search (`editor::MAX_CHARS`): what is cut off is never cut
//! silently — the status bar says so, once, rather than one redraw per refused character.

use super::{App, Notice, Step};

impl App<'_> {
    /// Says in the status bar that text was left out for lack of room; draws only when that is
    /// news.
    pub(super) fn too_long(&mut self) -> Step {
        // Worded when drawn: a flood of refused keys formats no message.
        if matches!(self.notice, Some(Notice::TooLong)) {
            return Step::Nothing;
        }
        self.notice = Some(Notice::TooLong);
        Step::Draw
    }
}
