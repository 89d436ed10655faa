//! Small boxes over the screen: the note editor, the quit question and messages (a failed save, a
//! reopened transcript whose steps changed). Each is a [`Dialog`] widget laid out for one screen.

use super::editor::Editor;
use super::theme::Theme;
use crate::text::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// Widest a dialog gets, borders included.
const MAX_WIDTH: u16 = 72;
/// Rows of the note's text shown at once.
const NOTE_ROWS: usize = 4;

/// A bordered box centred on the screen.
#[derive(Clone, Debug)]
pub struct Dialog {
    area: Rect,
    title: String,
    lines: Vec<Line<'static>>,
    border: Style,
    /// A cell to show as the text cursor: (line, column) within the lines.
    cursor: Option<(usize, usize, Style)>,
}

/// The columns inside a dialog on this screen (borders and a space of padding either side off).
pub fn inner_width(screen: Rect) -> usize {
    usize::from(screen.width.saturating_sub(2).min(MAX_WIDTH)).saturating_sub(4)
}

fn wrapped(text: &str, style: Style, columns: usize) -> Vec<Line<'static>> {
    wrap(text, columns)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

impl Dialog {
    fn new(title: &str, lines: Vec<Line<'static>>, theme: &Theme, screen: Rect) -> Dialog {
        let outer = screen.width.saturating_sub(2).min(MAX_WIDTH);
        let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX).min(screen.height);
        let area = Rect {
            x: screen.x + screen.width.saturating_sub(outer) / 2,
            y: screen.y + screen.height.saturating_sub(height) / 2,
            width: outer,
            height,
        };
        Dialog {
            area,
            title: format!(" {title} "),
            lines,
            border: theme.help_border,
            cursor: None,
        }
    }

    /// The note editor: the text typed so far with its cursor, then what happens to card numbers.
    pub fn note(title: &str, editor: &Editor, redacted: &str, theme: &Theme, screen: Rect) -> Dialog {
        let columns = inner_width(screen);
        let (rows, (row, column)) = editor.rows(columns);
        let first = (row + 1).saturating_sub(NOTE_ROWS);
        let mut lines: Vec<Line<'static>> = rows
            .into_iter()
            .skip(first)
            .take(NOTE_ROWS)
            .map(|r| Line::styled(r, theme.note))
            .collect();
        lines.push(Line::default());
        lines.extend(wrapped(redacted, theme.hint, columns));
        let mut dialog = Dialog::new(title, lines, theme, screen);
        dialog.cursor = Some((row - first, column, theme.cursor));
        dialog
    }

    /// A question with its answers as keys and sentences (from the key table).
    pub fn choices(title: &str, text: &str, options: &[(&str, String)], theme: &Theme, screen: Rect) -> Dialog {
        let columns = inner_width(screen);
        let mut lines = wrapped(text, theme.text, columns);
        lines.push(Line::default());
        let key_width = options.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
        for (key, sentence) in options {
            let room = columns.saturating_sub(key_width + 2).max(1);
            for (i, piece) in wrap(sentence, room).into_iter().enumerate() {
                let key = if i == 0 { *key } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(key.to_string(), theme.key),
                    Span::raw(" ".repeat(key_width - width(key) + 2)),
                    Span::styled(piece, theme.text),
                ]));
            }
        }
        Dialog::new(title, lines, theme, screen)
    }

    /// A message to read, then how to close it.
    pub fn message(title: &str, text: &[String], close: &str, theme: &Theme, screen: Rect) -> Dialog {
        let columns = inner_width(screen);
        let mut lines: Vec<Line<'static>> = text.iter().flat_map(|t| wrapped(t, theme.text, columns)).collect();
        lines.push(Line::default());
        lines.extend(wrapped(close, theme.hint, columns));
        Dialog::new(title, lines, theme, screen)
    }
}

/// Draws a bordered box over what is behind it — a title, an optional footer on the bottom border,
/// and `lines` with a column of padding either side — and returns the area the lines fill.
pub fn render_box(
    area: Rect,
    title: &str,
    footer: Option<Line<'_>>,
    border: Style,
    lines: &[Line<'_>],
    buf: &mut Buffer,
) -> Rect {
    let area = area.intersection(buf.area);
    Clear.render(area, buf);
    let mut block = Block::bordered().title(title).border_style(border);
    if let Some(footer) = footer {
        block = block.title_bottom(footer);
    }
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    for (line, y) in lines.iter().zip(inner.y..inner.bottom()) {
        buf.set_line(inner.x, y, line, inner.width);
    }
    inner
}

impl Widget for &Dialog {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let inner = render_box(self.area, &self.title, None, self.border, &self.lines, buf);
        if let Some((row, column, style)) = self.cursor {
            let (Ok(row), Ok(column)) = (u16::try_from(row), u16::try_from(column)) else {
                return;
            };
            let (x, y) = (inner.x + column, inner.y + row);
            if x < inner.right() && y < inner.bottom() {
                buf.set_style(Rect::new(x, y, 1, 1), style);
            }
        }
    }
}
