//! Limits on what the wizard takes from outside. The length of the note and the search
//! (`editor::MAX_CHARS`): what is cut off is never cut silently — the status bar says so, once,
//! rather than one redraw per refused character. The size of the screen drawn ([`fit`]): a terminal
//! may say it is any size up to 65,535², and a frame is two buffers of that many cells, so at most
//! [`MAX_COLUMNS`] × [`MAX_ROWS`] are drawn, from the top left; the rest stays blank.

use super::{App, Notice, Step};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::layout::Rect;

/// The widest screen drawn, in columns.
pub const MAX_COLUMNS: u16 = 640;
/// The tallest screen drawn, in rows.
pub const MAX_ROWS: u16 = 320;

/// The part of a terminal of `columns` × `rows` that is drawn.
pub fn capped(columns: u16, rows: u16) -> Rect {
    Rect::new(0, 0, columns.min(MAX_COLUMNS), rows.min(MAX_ROWS))
}

/// Makes the frame the terminal's size, capped, when that changed (a resize); returns its area.
pub fn fit<B: Backend>(terminal: &mut Terminal<B>) -> Result<Rect, B::Error> {
    let size = terminal.size()?;
    let area = capped(size.width, size.height);
    if terminal.get_frame().area() != area {
        terminal.resize(area)?;
    }
    Ok(area)
}

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
