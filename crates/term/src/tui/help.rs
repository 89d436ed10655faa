//! The `?` help overlay: every row of the key table that works on the wizard's screen with its
//! sentence, the mouse, and how to close it, in a bordered box over the screen. When the screen is
//! too short for all of it, blank lines go first and how to close it goes on the border, and the
//! rest scrolls (↑↓, PgUp/PgDn) with marks on the border, down to its last line.

use super::dialog::render_box;
use super::keys::{self, Binding, Mode, TABLE};
use super::theme::Theme;
use crate::text::wrap::{width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The help overlay, laid out for one screen size.
#[derive(Clone, Debug)]
pub struct Help {
    pub area: Rect,
    title: String,
    lines: Vec<Line<'static>>,
    /// How to close the overlay, on its bottom border when the screen is short.
    footer: Option<String>,
    border: ratatui::style::Style,
    hint: ratatui::style::Style,
    /// The first line shown, when the lines do not all fit.
    scroll: usize,
}

/// The words the overlay needs, already localized.
pub struct HelpText<'a> {
    pub title: &'a str,
    pub mouse: &'a str,
    pub close: &'a str,
    /// The help sentence of a key-table message id.
    pub sentence: &'a dyn Fn(&str) -> String,
}

impl Help {
    /// Lays the overlay out centred in `screen`, scrolled down `scroll` lines (kept within them).
    pub fn new(text: &HelpText<'_>, theme: &Theme, screen: Rect, scroll: usize) -> Help {
        let outer = usize::from(screen.width.saturating_sub(2)).min(76);
        let inner = outer.saturating_sub(4);
        let main = || TABLE.iter().filter(|b: &&Binding| b.works_in(Mode::Main));
        let label = |b: &Binding| keys::label(b, text.sentence);
        let key_width = main().map(|b| width(&label(b))).max().unwrap_or(0);
        let room = inner.saturating_sub(key_width + 2).max(1);
        let mut lines = Vec::new();
        for binding in main() {
            let sentence = (text.sentence)(binding.help);
            for (i, piece) in wrap(&sentence, room).into_iter().enumerate() {
                let keys = if i == 0 { label(binding) } else { String::new() };
                let pad = key_width.saturating_sub(width(&keys)) + 2;
                lines.push(Line::from(vec![
                    Span::styled(keys, theme.key),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(piece, theme.text),
                ]));
            }
        }
        let mouse: Vec<Line<'static>> = wrap(text.mouse, inner)
            .into_iter()
            .map(|piece| Line::styled(piece, theme.text))
            .collect();
        let close: Vec<Line<'static>> = wrap(text.close, inner)
            .into_iter()
            .map(|piece| Line::styled(piece, theme.hint))
            .collect();
        let rows = usize::from(screen.height).saturating_sub(2);
        let mut footer = None;
        if lines.len() + mouse.len() + close.len() + 2 <= rows {
            lines.push(Line::default());
            lines.extend(mouse);
            lines.push(Line::default());
            lines.extend(close);
        } else if width(text.close) + 2 <= outer.saturating_sub(4) {
            // Short of rows: how to close goes on the bottom border; the mouse stays, scrolled to.
            footer = Some(format!(" {} ", text.close));
            lines.extend(mouse);
        } else {
            lines.extend(mouse);
            lines.extend(close);
        }
        let height = (lines.len() + 2).min(usize::from(screen.height));
        let (w, h) = (
            u16::try_from(outer).unwrap_or(screen.width),
            u16::try_from(height).unwrap_or(screen.height),
        );
        let area = Rect {
            x: screen.x + screen.width.saturating_sub(w) / 2,
            y: screen.y + screen.height.saturating_sub(h) / 2,
            width: w,
            height: h,
        };
        let scroll = scroll.min(lines.len().saturating_sub(height.saturating_sub(2)));
        Help {
            area,
            title: format!(" {} ", text.title),
            lines,
            footer,
            border: theme.help_border,
            hint: theme.hint,
            scroll,
        }
    }
}

impl Help {
    /// The first line shown, kept within the lines.
    pub fn scroll(&self) -> usize {
        self.scroll
    }
}

impl Widget for &Help {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let footer = self.footer.as_deref().map(|f| Line::styled(f, self.hint));
        let shown = &self.lines[self.scroll.min(self.lines.len())..];
        let inner = render_box(self.area, &self.title, footer, self.border, shown, buf);
        // More above or below: marks on the right border.
        let right = self.area.right().saturating_sub(1);
        if self.scroll > 0 && inner.height > 0 {
            buf.set_string(right, inner.y, "▲", self.border);
        }
        if shown.len() > usize::from(inner.height) && inner.height > 0 {
            buf.set_string(right, inner.bottom() - 1, "▼", self.border);
        }
    }
}
