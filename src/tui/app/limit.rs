//! The length limit of the note and the search (`editor::MAX_CHARS`): what is cut off is never cut
//! silently — the status bar says so, once, rather than one redraw per refused character.

use super::{App, Notice, Step};
use crate::i18n::agent;
use crate::tui::editor::MAX_CHARS;
use fluent_bundle::FluentArgs;

impl App<'_> {
    /// Says in the status bar that text was left out for lack of room; draws only when that is
    /// news.
    pub(super) fn too_long(&mut self) -> Step {
        let mut args = FluentArgs::new();
        args.set("max", MAX_CHARS);
        let text = self
            .localizer
            .text_with(self.session.lang(), agent::TUI_TEXT_TOO_LONG, Some(&args));
        if matches!(&self.notice, Some(Notice::Text(shown)) if *shown == text) {
            return Step::Nothing;
        }
        self.notice = Some(Notice::Text(text));
        Step::Draw
    }
}
