//! The search as a panel over the screen: what is typed (with its cursor), how many steps match,
//! and the results — `topic › title` (the topic's title and the screen's), then the text that
//! matched with the query's words marked — scrolled to keep the selected one in view.

use super::search::{Found, Search};
use super::theme::{CRUMB_SEPARATOR, SELECTED_SYMBOL, Theme};
use crate::text::wrap::{truncate, width, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// Rows each result takes.
const RESULT_ROWS: usize = 2;

/// The words the panel needs, already localized.
pub struct PanelText<'a> {
    pub title: &'a str,
    /// The count of results, the hint when nothing is typed, or that nothing matches.
    pub info: &'a str,
}

#[derive(Clone, Debug)]
pub struct SearchPanel {
    area: Rect,
    title: String,
    /// Rows above the results: the query, then the info.
    head: Vec<Line<'static>>,
    cursor: (u16, u16),
    results: Vec<(usize, Line<'static>, bool)>,
    results_area: Rect,
    theme: Theme,
}

impl SearchPanel {
    /// Lays the panel out over `area` (the screen between the title bar and the status bar).
    pub fn new(search: &Search, text: &PanelText<'_>, theme: &Theme, area: Rect) -> SearchPanel {
        let inner = Rect {
            x: area.x + 2,
            y: area.y + 1,
            width: area.width.saturating_sub(4),
            height: area.height.saturating_sub(2),
        };
        let columns = usize::from(inner.width);
        let prompt = "/ ";
        let (rows, (row, column)) = search.editor.rows(columns.saturating_sub(width(prompt)));
        let query = rows.get(row).cloned().unwrap_or_default();
        let mut head = vec![Line::from(vec![
            Span::styled(prompt, theme.key),
            Span::styled(query, theme.heading),
        ])];
        let cursor = (inner.x + u16::try_from(width(prompt) + column).unwrap_or(0), inner.y);
        let info: Vec<String> = wrap(text.info, columns).into_iter().take(3).collect();
        head.extend(info.into_iter().map(|l| Line::styled(l, theme.hint)));
        head.push(Line::default());

        let top = inner.y + u16::try_from(head.len()).unwrap_or(0);
        let results_area = Rect {
            y: top.min(inner.bottom()),
            height: inner.bottom().saturating_sub(top),
            ..inner
        };
        let fits = (usize::from(results_area.height) / RESULT_ROWS).max(1);
        let first = (search.selected() + 1).saturating_sub(fits);
        let mut results = Vec::new();
        for (index, found) in search.found().iter().enumerate().skip(first).take(fits) {
            let selected = index == search.selected();
            results.push((index, heading(search, found, selected, columns, theme), selected));
            results.push((index, snippet(found, columns, theme), selected));
        }
        SearchPanel {
            area,
            title: format!(" {} ", text.title),
            head,
            cursor,
            results,
            results_area,
            theme: *theme,
        }
    }

    /// The result a click at this cell lands on.
    pub fn hit(&self, x: u16, y: u16) -> Option<usize> {
        if !self.results_area.contains((x, y).into()) {
            return None;
        }
        self.results.get(usize::from(y - self.results_area.y)).map(|r| r.0)
    }
}

/// `▶ topic › title`: the topic's title and the screen's (its question, fix title or end heading),
/// each cut if need be — the screen's keeps at least two thirds of the line.
fn heading(search: &Search, found: &Found, selected: bool, columns: usize, theme: &Theme) -> Line<'static> {
    let entry = search.entry(found.entry);
    let mark = if selected {
        SELECTED_SYMBOL.to_string()
    } else {
        " ".repeat(width(SELECTED_SYMBOL))
    };
    let room = columns.saturating_sub(width(&mark) + width(CRUMB_SEPARATOR));
    let title = entry.title.replace('\n', " ");
    let topic = truncate(&entry.topic, room.saturating_sub(width(&title)).max(room / 3));
    let title = truncate(&title, room.saturating_sub(width(&topic)));
    Line::from(vec![
        Span::raw(mark),
        Span::styled(topic, theme.heading),
        Span::styled(CRUMB_SEPARATOR, theme.crumb_separator),
        Span::styled(title, theme.crumb),
    ])
}

/// The text that matched, on one line, starting early enough to show the first word found.
fn snippet(found: &Found, columns: usize, theme: &Theme) -> Line<'static> {
    let indent = 4;
    let room = columns.saturating_sub(indent);
    let chars: Vec<char> = found.text.chars().map(|c| if c == '\n' { ' ' } else { c }).collect();
    let first = found.marks.iter().map(|m| m.0).min().unwrap_or(0);
    let mut start = 0;
    if first > room / 2 && chars.len() > room {
        // Start a word or so before the first match, or early enough to end on the text's end.
        start = (first - room / 3).min(chars.len() + 2 - room);
        while start < first && chars[start - 1] != ' ' {
            start += 1;
        }
    }
    let mut spans = vec![Span::raw(" ".repeat(indent))];
    let mut used = 0;
    if start > 0 {
        spans.push(Span::styled("…", theme.hint));
        used += 1;
    }
    for (i, &c) in chars.iter().enumerate().skip(start) {
        let w = width(&c.to_string());
        if used + w + 1 > room && i + 1 < chars.len() {
            spans.push(Span::styled("…", theme.hint));
            break;
        }
        let marked = found.marks.iter().any(|&(a, b)| (a..b).contains(&i));
        spans.push(Span::styled(
            c.to_string(),
            if marked { theme.matched } else { theme.text },
        ));
        used += w;
    }
    Line::from(spans)
}

impl Widget for &SearchPanel {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let area = self.area.intersection(buf.area);
        Clear.render(area, buf);
        let block = Block::bordered()
            .title(self.title.as_str())
            .border_style(self.theme.help_border);
        block.render(area, buf);
        let x = area.x + 2;
        let width = area.width.saturating_sub(4);
        for (line, y) in self.head.iter().zip(area.y + 1..self.results_area.y) {
            buf.set_line(x, y, line, width);
        }
        let (cx, cy) = self.cursor;
        if cx < x + width && cy < area.bottom() {
            buf.set_style(Rect::new(cx, cy, 1, 1), self.theme.cursor);
        }
        let rows = self.results_area.y..self.results_area.bottom();
        for ((_, line, selected), y) in self.results.iter().zip(rows) {
            if *selected {
                buf.set_style(Rect::new(x, y, width, 1), self.theme.selected);
            }
            buf.set_line(x, y, line, width);
        }
    }
}
