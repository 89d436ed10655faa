//! One screen drawn as the snapshot stores it: plain mode as `walk` writes it, and the full screen
//! on ratatui's `TestBackend` at a fixed width, tall enough for every line (up to the tallest frame
//! the wizard draws), with what only the path decides — the breadcrumb and the path code — marked.

use super::{BREADCRUMB_MARK, CODE_MARK};
use crate::i18n::Localizer;
use crate::tui::App;
use crate::tui::theme::THEME;
use crate::wizard::lines::write_screen;
use crate::wizard::screen::Screen;
use crate::wizard::session::Session;
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::buffer::Buffer;

/// Rows the full screen is first drawn with: enough for nearly every screen.
const FIRST_ROWS: u16 = 72;
/// Rows it is drawn with when that is not enough: the tallest frame the wizard draws.
const LAST_ROWS: u16 = crate::tui::app::limit::MAX_ROWS;

/// The plain screen, with its path code and breadcrumb marked.
pub(super) fn plain(localizer: &Localizer, session: &Session<'_>, lang: &str) -> String {
    let mut screen = Screen::of(session, localizer, lang);
    let codes = format!("{} · {}", screen.codes.code, screen.codes.short);
    let walked = !screen.breadcrumb.is_empty();
    if walked {
        screen.breadcrumb = vec![BREADCRUMB_MARK.to_string()];
    }
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_screen(&mut out, &screen, localizer, lang);
    let text = String::from_utf8_lossy(&out).into_owned();
    let mut lines: Vec<&str> = text.lines().collect();
    let marked;
    if walked && let Some(line) = lines.get(1) {
        marked = line.replacen(&codes, CODE_MARK, 1);
        lines[1] = &marked;
    }
    lines.join("\n")
}

/// The terminal the full screens are drawn on, kept from one screen to the next: a snapshot draws
/// hundreds, and a terminal's three buffers cost more to make than to blank.
pub(super) struct Canvas {
    width: u16,
    terminal: Terminal<TestBackend>,
}

impl Canvas {
    pub(super) fn new(width: u16) -> Canvas {
        Canvas {
            width,
            terminal: test_terminal(width, FIRST_ROWS),
        }
    }
}

fn test_terminal(width: u16, rows: u16) -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(width, rows)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    }
}

/// Draws `app` on `terminal` as on a blank screen: both of the terminal's buffers and the backend
/// blanked first (as the run loop does on a repaint), so every cell is drawn again.
fn draw_blank(app: &mut App<'_>, terminal: &mut Terminal<TestBackend>) {
    let Ok(()) = terminal.backend_mut().clear();
    terminal.swap_buffers();
    // Drawing on a TestBackend cannot fail; an empty screen would show in the diff.
    let _ = app.run(terminal, Vec::<ratatui::crossterm::event::Event>::new());
}

/// The full screen, drawn tall enough for all of it, with the breadcrumb rows and the path code
/// marked and the blank rows above the status line dropped.
pub(super) fn full(canvas: &mut Canvas, localizer: &Localizer, session: Session<'_>, lang: &str) -> String {
    let walked = !session.answers().is_empty();
    let mut app = App::new(session, localizer, lang, THEME).with_clipboard(false);
    draw_blank(&mut app, &mut canvas.terminal);
    let text = if app.fits() {
        screen_text(canvas.terminal.backend().buffer())
    } else {
        let mut tall = test_terminal(canvas.width, LAST_ROWS);
        draw_blank(&mut app, &mut tall);
        screen_text(tall.backend().buffer())
    };
    let rows: Vec<&str> = text.lines().collect();
    if rows.len() < 4 {
        return text;
    }
    // The breadcrumb: from the second row to the first blank one.
    let crumbs_end = rows[1..].iter().position(|r| r.is_empty()).map_or(2, |p| p + 1);
    let (status, hints) = (rows[rows.len() - 2], rows[rows.len() - 1]);
    let mut body: Vec<&str> = rows[crumbs_end..rows.len() - 2].to_vec();
    while body.last().is_some_and(|r| r.trim().is_empty()) {
        body.pop();
    }
    let status = match status.split_once(':') {
        Some((label, _)) if walked => format!("{label}: {CODE_MARK}"),
        _ => status.to_string(),
    };
    let mut out = vec![rows[0].to_string(), format!(" {BREADCRUMB_MARK}")];
    out.extend(body.iter().map(ToString::to_string));
    out.push(String::new());
    out.push(status);
    out.push(hints.to_string());
    out.join("\n")
}

/// A screen as text, one line per row, trailing spaces trimmed.
fn screen_text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width).max(1);
    let mut text = String::with_capacity(buffer.content.len() + usize::from(buffer.area.height));
    for (y, row) in buffer.content.chunks(width).enumerate() {
        if y > 0 {
            text.push('\n');
        }
        let start = text.len();
        // Blank cells at the end of the row are trimmed anyway: not copied at all.
        let drawn = row
            .iter()
            .rposition(|cell| cell.symbol() != " ")
            .map_or(0, |last| last + 1);
        for cell in &row[..drawn] {
            text.push_str(cell.symbol());
        }
        let kept = text[start..].trim_end().len();
        text.truncate(start + kept);
    }
    text
}
