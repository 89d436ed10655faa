//! The `?` help overlay: every row of the key table that works on the wizard's screen with its
//! sentence, the mouse, and how to close it, in a bordered box over the screen. When the screen is
//! too short for all of it, blank lines go first, then the mouse.

use super::dialog::render_box;
use super::keys::{Binding, Mode, TABLE};
use super::theme::Theme;
use super::wrap::{width, wrap};
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
    /// Lays the overlay out centred in `screen`.
    pub fn new(text: &HelpText<'_>, theme: &Theme, screen: Rect) -> Help {
        let outer = usize::from(screen.width.saturating_sub(2)).min(76);
        let inner = outer.saturating_sub(4);
        let main = || TABLE.iter().filter(|b: &&Binding| b.works_in(Mode::Main));
        let key_width = main().map(|b| width(b.label)).max().unwrap_or(0);
        let room = inner.saturating_sub(key_width + 2).max(1);
        let mut lines = Vec::new();
        for binding in main() {
            let sentence = (text.sentence)(binding.help);
            for (i, piece) in wrap(&sentence, room).into_iter().enumerate() {
                let keys = if i == 0 { binding.label } else { "" };
                let pad = key_width.saturating_sub(width(keys)) + 2;
                lines.push(Line::from(vec![
                    Span::styled(keys.to_string(), theme.key),
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
            // Short of rows: how to close goes on the bottom border, the mouse only if it fits.
            footer = Some(format!(" {} ", text.close));
            if lines.len() + mouse.len() <= rows {
                lines.extend(mouse);
            }
        } else {
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
        Help {
            area,
            title: format!(" {} ", text.title),
            lines,
            footer,
            border: theme.help_border,
            hint: theme.hint,
        }
    }
}

impl Widget for &Help {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let footer = self.footer.as_deref().map(|f| Line::styled(f, self.hint));
        render_box(self.area, &self.title, footer, self.border, &self.lines, buf);
    }
}
