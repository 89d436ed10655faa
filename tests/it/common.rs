//! Helpers shared by the full-screen tests: events to type and click, a `TestBackend` terminal, and
//! the screen read back as text.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn press(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Keys as typed: `\n` Enter, `<` Backspace, `^` Esc, `↑` Up, anything else that character.
pub fn keys(typed: &str) -> Vec<Event> {
    typed
        .chars()
        .map(|c| match c {
            '\n' => press(KeyCode::Enter),
            '<' => press(KeyCode::Backspace),
            '^' => press(KeyCode::Esc),
            '↑' => press(KeyCode::Up),
            c => press(KeyCode::Char(c)),
        })
        .collect()
}

pub fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

pub fn click(column: u16, row: u16) -> Event {
    mouse(MouseEventKind::Down(MouseButton::Left), column, row)
}

pub fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(width, height)).unwrap()
}

/// The screen as text, one line per row, trailing spaces trimmed.
pub fn text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut lines = Vec::new();
    for y in 0..buffer.area.height {
        let line: String = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect();
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

pub fn last_line(terminal: &Terminal<TestBackend>) -> String {
    text(terminal).lines().last().unwrap_or_default().to_string()
}
