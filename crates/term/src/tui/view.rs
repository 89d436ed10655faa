//! One frame of the full-screen wizard, laid out for one terminal size: where the title, breadcrumb,
//! panes (one language, or two side by side or stacked), status and key hints go, the overlay on
//! top if any, what a click at a cell means, and where links are. A [`View`] is a widget
//! (`impl Widget for &View`); the run loop keeps the last one for mouse hits.

use super::chrome::{self, Context, Piece, PieceKind};
pub use super::frame::{Hit, Layer, LinkSpot, State};
use super::overlay::Overlay;
use super::pane::Pane;
use super::theme::Theme;
use crate::i18n::{agent, ui};
use crate::text::wrap::{truncate, width, wrap};
use crate::wizard::screen::Body;
use fluent_bundle::FluentArgs;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// The smallest terminal the full screen fits in; below it, a one-line message.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// The bilingual view puts its panes side by side from this width, and stacks them below it.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;

#[derive(Clone, Debug)]
struct Full {
    title: Line<'static>,
    crumbs: Vec<Piece>,
    crumbs_area: Rect,
    panes: Vec<Pane>,
    /// The column between panes side by side.
    divider: Option<Rect>,
    status: Line<'static>,
    /// A notice too long for the status bar, wrapped on rows of its own just above it.
    notice: Vec<String>,
    hints: Line<'static>,
    overlay: Option<Overlay>,
}

#[derive(Clone, Debug)]
enum Kind {
    TooSmall(String),
    Full(Box<Full>),
}

/// A laid-out frame.
#[derive(Clone, Debug)]
pub struct View {
    area: Rect,
    theme: Theme,
    kind: Kind,
    ascii: bool,
}

/// Where each pane goes in `content`, and the divider between panes side by side.
fn pane_areas(content: Rect, panes: usize) -> (Vec<Rect>, Option<Rect>) {
    use ratatui::layout::{Constraint, Layout};
    if panes < 2 {
        return (vec![content], None);
    }
    if content.width + 2 >= SIDE_BY_SIDE_WIDTH {
        // Two columns, a space on each side of the divider; the left one the narrower by one.
        let left = content.width.saturating_sub(3) / 2;
        let [left, gap, right] =
            Layout::horizontal([Constraint::Length(left), Constraint::Length(3), Constraint::Fill(1)]).areas(content);
        let [_, divider, _] = Layout::horizontal([Constraint::Length(1); 3]).areas(gap);
        return (vec![left, right], Some(divider));
    }
    // Stacked, a blank row between; the top one the shorter by one.
    let top = content.height.saturating_sub(1) / 2;
    let [top, _, bottom] =
        Layout::vertical([Constraint::Length(top), Constraint::Length(1), Constraint::Fill(1)]).areas(content);
    (vec![top, bottom], None)
}

impl View {
    pub fn new(state: &State<'_>, area: Rect) -> View {
        let theme = state.theme;
        let text = |id: &str| state.localizer.text(state.lang, id);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let mut args = FluentArgs::new();
            args.set("width", area.width);
            args.set("height", area.height);
            args.set("min_width", MIN_WIDTH);
            args.set("min_height", MIN_HEIGHT);
            let message = state.localizer.text_with(state.lang, ui::TUI_TOO_SMALL, Some(&args));
            return View {
                area,
                theme,
                kind: Kind::TooSmall(message),
                ascii: state.ascii,
            };
        }
        let screen = state.screen;
        let columns = usize::from(area.width);
        let inner = columns - 2;
        // The customer's language, named in the agent's words when the two are not the same.
        let language = if state.customer == state.lang {
            text(ui::TUI_LANGUAGE)
        } else {
            let mut args = FluentArgs::new();
            args.set("language", state.localizer.text(state.customer, ui::TUI_LANGUAGE));
            state
                .localizer
                .text_with(state.lang, agent::TUI_PANE_CUSTOMER, Some(&args))
        };
        let title = chrome::title(&screen.topic, &language, &theme, columns);

        let mut labels = vec![text(ui::TUI_START)];
        labels.extend(screen.breadcrumb.iter().cloned());
        let crumb_rows = match area.height {
            h if h >= 30 => 3,
            h if h >= 20 => 2,
            _ => 1,
        };
        let crumbs = chrome::breadcrumb(&labels, inner, crumb_rows);
        let used_rows = crumbs.iter().map(|p| p.row + 1).max().unwrap_or(1);
        let crumbs_area = Rect::new(area.x + 1, area.y + 1, area.width - 2, used_rows);

        // A notice that does not fit beside the codes is read whole on rows above the status bar
        // (two at most, the rest shortened), so a path saved or a summary copied is never cut.
        let code_word = format!("{}{}", text(ui::CODE), text(agent::LABEL_SEPARATOR));
        let long_notice: Vec<String> = match state.notice {
            Some(n) if !chrome::notice_fits(&code_word, &screen.codes, n, columns) => {
                let mut lines = wrap(n, inner);
                if lines.len() > 2 {
                    let rest = lines[1..].join(" ");
                    lines.truncate(1);
                    lines.push(truncate(&rest, inner));
                }
                lines
            }
            _ => Vec::new(),
        };
        let notice_rows = u16::try_from(long_notice.len()).unwrap_or(0);
        let top = crumbs_area.bottom() + 1;
        let content = Rect::new(
            area.x + 1,
            top,
            area.width - 2,
            (area.bottom() - 2 - top).saturating_sub(notice_rows),
        );
        let (areas, divider) = pane_areas(content, state.panes.len());
        let panes: Vec<Pane> = state
            .panes
            .iter()
            .zip(areas)
            .map(|(pane, at)| Pane::new(pane, at, state.selected, state.scroll, state.reveal, &theme))
            .collect();

        let mode = state.layer.mode();
        let context = Context {
            mode,
            choices: !screen.choices.is_empty(),
            started: !screen.breadcrumb.is_empty(),
            languages: state.languages > 1,
            scrollable: panes.iter().any(Pane::scrollable),
            steps: matches!(screen.body, Body::Fix { .. }),
            results: matches!(state.layer, Layer::Search(s) if !s.found().is_empty()),
            summary: state.panes.iter().any(|p| p.extras.ticket.is_some()),
        };
        // "Code: " in English, "Code : " in French: the label and its separator from the locale.
        let status = chrome::status(
            &code_word,
            &text(ui::CODE_START),
            &screen.codes,
            state.notice.filter(|_| long_notice.is_empty()),
            &theme,
            columns,
        );
        let hints = chrome::hints(context, text, &theme, columns);
        let overlay = Overlay::new(state, area);
        View {
            area,
            theme,
            kind: Kind::Full(Box::new(Full {
                title,
                crumbs,
                crumbs_area,
                panes,
                divider,
                status,
                notice: long_notice,
                hints,
                overlay,
            })),
            ascii: state.ascii,
        }
    }

    /// Whether the terminal is too small: the frame is only the message saying so.
    pub fn too_small(&self) -> bool {
        matches!(self.kind, Kind::TooSmall(_))
    }

    fn full(&self) -> Option<&Full> {
        match &self.kind {
            Kind::Full(full) => Some(full),
            Kind::TooSmall(_) => None,
        }
    }

    /// Whether the whole screen is drawn: not too small, and every pane's text and answers fit.
    pub fn fits(&self) -> bool {
        self.full().is_some_and(|f| f.panes.iter().all(Pane::fits))
    }

    /// The body's scroll position, kept within its text (the longest pane's, side by side).
    pub fn scroll(&self) -> usize {
        self.full()
            .and_then(|f| f.panes.iter().map(Pane::scroll).max())
            .unwrap_or(0)
    }

    /// How far a page key scrolls: the body's height less one line of overlap.
    pub fn page(&self) -> usize {
        self.full()
            .and_then(|f| f.panes.iter().map(Pane::body_rows).min())
            .map_or(1, |rows| rows.saturating_sub(1).max(1))
    }

    /// What a click at this cell means, if anything.
    pub fn hit(&self, x: u16, y: u16) -> Option<Hit> {
        let full = self.full()?;
        if let Some(overlay) = &full.overlay {
            return overlay.hit(x, y);
        }
        for piece in &full.crumbs {
            let PieceKind::Crumb(depth) = piece.kind else {
                continue;
            };
            let at = Rect::new(
                full.crumbs_area.x + piece.x,
                full.crumbs_area.y + piece.row,
                u16::try_from(width(&piece.text)).unwrap_or(u16::MAX),
                1,
            );
            if at.contains((x, y).into()) {
                return Some(Hit::Crumb(depth));
            }
        }
        full.panes.iter().find_map(|pane| pane.hit(x, y))
    }

    /// How far the help overlay is scrolled, kept within its lines, when it is shown.
    pub fn help_scroll(&self) -> Option<usize> {
        match self.full()?.overlay.as_ref()? {
            super::overlay::Overlay::Help(help) => Some(help.scroll()),
            _ => None,
        }
    }

    /// The links on screen, for terminals that can make them clickable.
    pub fn links(&self) -> Vec<LinkSpot> {
        match self.full() {
            Some(full) if full.overlay.is_none() => full.panes.iter().flat_map(Pane::links).collect(),
            _ => Vec::new(),
        }
    }
}

impl Widget for &View {
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.render_cells(area, buf);
        if self.ascii {
            // French quotes and the no-break spaces inside them swap places, so the quote marks
            // sit against the words as English ones do: `« oui »` → ` "oui" `.
            let columns = usize::from(buf.area.width).max(1);
            for row in buf.content.chunks_mut(columns) {
                for i in 1..row.len() {
                    let (a, b) = (row[i - 1].symbol().to_string(), row[i].symbol().to_string());
                    let nbsp = |s: &str| matches!(s, "\u{a0}" | "\u{202f}");
                    if (a == "«" && nbsp(&b)) || (nbsp(&a) && b == "»") {
                        let (left, right) = if a == "«" { (" ", "\"") } else { ("\"", " ") };
                        row[i - 1].set_symbol(left);
                        row[i].set_symbol(right);
                    }
                }
            }
            // One ASCII character a cell, so that nothing moves: `é` → `e`, `…` → `.`, `┌` → `+`.
            for cell in &mut buf.content {
                if !cell.symbol().is_ascii() {
                    let ascii = crate::text::to_ascii(cell.symbol());
                    let first = ascii.chars().next().unwrap_or(' ');
                    cell.set_char(first);
                }
            }
        }
    }
}

impl View {
    fn render_cells(&self, _area: Rect, buf: &mut Buffer) {
        let area = self.area.intersection(buf.area);
        // A terminal with no rows or no columns (it happens, if only for a moment) has no cell to
        // draw in: every row below would be outside the buffer.
        if area.is_empty() {
            return;
        }
        let theme = &self.theme;
        let full = match &self.kind {
            Kind::TooSmall(message) => {
                // Wrapped, so the size needed (near the start) is always read whole.
                let lines = wrap(message, usize::from(area.width));
                let shown = lines.len().min(usize::from(area.height));
                let top = area.y + (area.height - u16::try_from(shown).unwrap_or(area.height)) / 2;
                for (line, y) in lines.iter().take(shown).zip(top..) {
                    let text = truncate(line, usize::from(area.width));
                    let x = area.x + area.width.saturating_sub(u16::try_from(width(&text)).unwrap_or(0)) / 2;
                    buf.set_stringn(x, y, text, usize::from(area.width), theme.notice);
                }
                return;
            }
            Kind::Full(full) => full,
        };
        let row = |y: u16| Rect::new(area.x, y, area.width, 1);
        buf.set_style(row(area.y), theme.title);
        buf.set_line(area.x, area.y, &full.title, area.width);
        for piece in &full.crumbs {
            let style = match piece.kind {
                PieceKind::Crumb(_) => theme.crumb,
                PieceKind::Current => theme.crumb_current,
                PieceKind::Separator | PieceKind::Ellipsis => theme.crumb_separator,
            };
            let x = full.crumbs_area.x + piece.x;
            let room = usize::from(full.crumbs_area.right().saturating_sub(x));
            buf.set_stringn(x, full.crumbs_area.y + piece.row, &piece.text, room, style);
        }
        for pane in &full.panes {
            pane.render(buf, theme);
        }
        if let Some(divider) = full.divider {
            for y in divider.y..divider.bottom() {
                buf.set_string(divider.x, y, "│", theme.rule);
            }
        }
        let status_y = area.bottom() - 2;
        let rows = u16::try_from(full.notice.len()).unwrap_or(0);
        for (line, y) in full.notice.iter().zip(status_y.saturating_sub(rows)..) {
            buf.set_style(row(y), theme.status);
            buf.set_stringn(
                area.x + 1,
                y,
                line,
                usize::from(area.width.saturating_sub(2)),
                theme.notice,
            );
        }
        buf.set_style(row(status_y), theme.status);
        buf.set_line(area.x, status_y, &full.status, area.width);
        buf.set_line(area.x, area.bottom() - 1, &full.hints, area.width);
        if let Some(overlay) = &full.overlay {
            overlay.render(area, buf);
        }
    }
}
