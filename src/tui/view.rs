//! One frame of the full-screen wizard, laid out for one terminal size: where the title, breadcrumb,
//! text, answers, status and key hints go, what a click at a cell means, and where links are. A
//! [`View`] is a widget (`impl Widget for &View`); the run loop keeps the last one for mouse hits.

use super::body::{self, BodyLine};
use super::chrome::{self, Context, Piece, PieceKind};
use super::help::{Help, HelpText};
use super::keys::{Action, HELP_ESC_LABEL, label_of};
use super::theme::{SELECTED_SYMBOL, Theme};
use super::wrap::{truncate, width, wrap};
use crate::i18n::{Localizer, ui};
use crate::screen::Screen;
use fluent_bundle::FluentArgs;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The smallest terminal the full screen fits in; below it, a one-line message.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Everything a frame shows, borrowed from the app.
pub struct State<'a> {
    pub screen: &'a Screen,
    pub localizer: &'a Localizer,
    pub lang: &'a str,
    pub theme: Theme,
    pub selected: usize,
    pub scroll: usize,
    pub help: bool,
    pub notice: Option<&'a str>,
    /// How many languages the wizard can switch between.
    pub languages: usize,
}

/// What a click lands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// The answer at this index.
    Answer(usize),
    /// The breadcrumb at this depth.
    Crumb(usize),
}

/// A visible piece of a link, in screen cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkSpot {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub url: String,
}

/// One wrapped row of an answer.
#[derive(Clone, Debug)]
struct AnswerLine {
    index: usize,
    line: Line<'static>,
    selected: bool,
}

#[derive(Clone, Debug)]
struct Full {
    title: Line<'static>,
    crumbs: Vec<Piece>,
    crumbs_area: Rect,
    body: Vec<BodyLine>,
    body_area: Rect,
    scroll: usize,
    rule: Option<Rect>,
    answers: Vec<AnswerLine>,
    answers_area: Rect,
    answers_offset: usize,
    status: Line<'static>,
    hints: Line<'static>,
    help: Option<Help>,
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
}

fn rows(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn answer_lines(screen: &Screen, selected: usize, columns: usize) -> Vec<AnswerLine> {
    let number_width = width(&format!("{}. ", screen.choices.len()));
    let lead = width(SELECTED_SYMBOL) + number_width;
    let mut out = Vec::new();
    for (index, label) in screen.choices.iter().enumerate() {
        let is_selected = index == selected;
        for (i, piece) in wrap(label, columns.saturating_sub(lead)).into_iter().enumerate() {
            let prefix = match (i, is_selected) {
                (0, true) => format!("{SELECTED_SYMBOL}{:>w$}. ", index + 1, w = number_width - 2),
                (0, false) => format!(
                    "{}{:>w$}. ",
                    " ".repeat(width(SELECTED_SYMBOL)),
                    index + 1,
                    w = number_width - 2
                ),
                _ => " ".repeat(lead),
            };
            out.push(AnswerLine {
                index,
                line: Line::from(vec![Span::raw(prefix), Span::raw(piece)]),
                selected: is_selected,
            });
        }
    }
    out
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
            };
        }
        let screen = state.screen;
        let columns = usize::from(area.width);
        let inner = columns - 2;
        let title = chrome::title(&screen.topic, &text(ui::TUI_LANGUAGE), &theme, columns);

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

        let top = crumbs_area.bottom() + 1;
        let content = Rect::new(area.x + 1, top, area.width - 2, area.bottom() - 2 - top);
        let closing = screen.choices.is_empty().then(|| {
            let mut args = FluentArgs::new();
            args.set("restart", label_of(Action::Restart));
            args.set("quit", label_of(Action::Quit));
            state.localizer.text_with(state.lang, ui::TUI_END_KEYS, Some(&args))
        });
        let body = body::lines(screen, &theme, inner, closing.as_deref());
        let selected = state.selected.min(screen.choices.len().saturating_sub(1));
        let answers = answer_lines(screen, selected, inner);

        let c = usize::from(content.height);
        let (b, a) = (body.len(), answers.len());
        let (body_h, answers_h, rule) = if a == 0 {
            if b <= c { (b, 0, false) } else { (c - 1, 0, true) }
        } else if b + 1 + a <= c {
            (b, a, false)
        } else {
            let answers_h = a.min(c.saturating_sub(4).max(1));
            (c - 1 - answers_h, answers_h, true)
        };
        let body_area = Rect::new(content.x, content.y, content.width, rows(body_h));
        let rule_area = rule.then(|| Rect::new(content.x, body_area.bottom(), content.width, 1));
        let answers_area = Rect::new(content.x, body_area.bottom() + 1, content.width, rows(answers_h));
        let scroll = state.scroll.min(b.saturating_sub(body_h));

        let first = answers.iter().position(|l| l.selected).unwrap_or(0);
        let last = answers.iter().rposition(|l| l.selected).unwrap_or(0);
        let answers_offset = (last + 1).saturating_sub(answers_h).min(first);

        // Under the help overlay only its own keys work: help (to close it) and quit.
        let context = Context {
            choices: !screen.choices.is_empty() && !state.help,
            started: !screen.breadcrumb.is_empty() && !state.help,
            languages: state.languages > 1 && !state.help,
            scrollable: b > body_h && !state.help,
        };
        let status = chrome::status(
            &text(ui::CODE),
            &text(ui::CODE_START),
            &screen.codes,
            state.notice,
            &theme,
            columns,
        );
        let hints = chrome::hints(context, text, &theme, columns);
        let help = state.help.then(|| {
            let mut args = FluentArgs::new();
            args.set("esc", HELP_ESC_LABEL);
            args.set("help", label_of(Action::Help));
            let close = state.localizer.text_with(state.lang, ui::TUI_HELP_CLOSE, Some(&args));
            let help_text = HelpText {
                title: &text(ui::TUI_HELP_TITLE),
                mouse: &text(ui::TUI_HELP_MOUSE),
                close: &close,
                sentence: &text,
            };
            Help::new(&help_text, &theme, area)
        });
        View {
            area,
            theme,
            kind: Kind::Full(Box::new(Full {
                title,
                crumbs,
                crumbs_area,
                body,
                body_area,
                scroll,
                rule: rule_area,
                answers,
                answers_area,
                answers_offset,
                status,
                hints,
                help,
            })),
        }
    }

    /// The body's scroll position, kept within its text.
    pub fn scroll(&self) -> usize {
        match &self.kind {
            Kind::Full(full) => full.scroll,
            Kind::TooSmall(_) => 0,
        }
    }

    /// How far a page key scrolls: the body's height less one line of overlap.
    pub fn page(&self) -> usize {
        match &self.kind {
            Kind::Full(full) => usize::from(full.body_area.height.saturating_sub(1)).max(1),
            Kind::TooSmall(_) => 1,
        }
    }

    /// What a click at this cell means, if anything.
    pub fn hit(&self, x: u16, y: u16) -> Option<Hit> {
        let Kind::Full(full) = &self.kind else {
            return None;
        };
        if full.help.is_some() {
            return None;
        }
        for piece in &full.crumbs {
            let PieceKind::Crumb(depth) = piece.kind else {
                continue;
            };
            let at = Rect::new(
                full.crumbs_area.x + piece.x,
                full.crumbs_area.y + piece.row,
                rows(width(&piece.text)),
                1,
            );
            if at.contains((x, y).into()) {
                return Some(Hit::Crumb(depth));
            }
        }
        let answers = Rect {
            x: self.area.x,
            width: self.area.width,
            ..full.answers_area
        };
        if answers.contains((x, y).into()) {
            let row = usize::from(y - answers.y) + full.answers_offset;
            return full.answers.get(row).map(|l| Hit::Answer(l.index));
        }
        None
    }

    /// The links on screen, for terminals that can make them clickable.
    pub fn links(&self) -> Vec<LinkSpot> {
        let Kind::Full(full) = &self.kind else {
            return Vec::new();
        };
        if full.help.is_some() {
            return Vec::new();
        }
        let visible = full
            .body
            .iter()
            .skip(full.scroll)
            .zip(full.body_area.y..full.body_area.bottom());
        visible
            .filter_map(|(line, y)| {
                let part = line.link.as_ref()?;
                Some(LinkSpot {
                    x: full.body_area.x + part.x,
                    y,
                    text: part.text.clone(),
                    url: part.url.clone(),
                })
            })
            .collect()
    }
}

impl Widget for &View {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let area = self.area.intersection(buf.area);
        let theme = &self.theme;
        let full = match &self.kind {
            Kind::TooSmall(message) => {
                let y = area.y + area.height / 2;
                let text = truncate(message, usize::from(area.width));
                let x = area.x + area.width.saturating_sub(rows(width(&text))) / 2;
                buf.set_stringn(x, y, text, usize::from(area.width), theme.notice);
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
        let body_rows = full.body_area.y..full.body_area.bottom();
        for (line, y) in full.body.iter().skip(full.scroll).zip(body_rows) {
            buf.set_line(full.body_area.x, y, &line.line, full.body_area.width);
        }
        if let Some(rule) = full.rule {
            let more_above = full.scroll > 0;
            let more_below = full.scroll + usize::from(full.body_area.height) < full.body.len();
            let marks = format!(
                " {} {} ",
                if more_above { '▲' } else { ' ' },
                if more_below { '▼' } else { ' ' }
            );
            let dashes = usize::from(rule.width).saturating_sub(width(&marks));
            buf.set_stringn(
                rule.x,
                rule.y,
                format!("{}{marks}", "─".repeat(dashes)),
                usize::from(rule.width),
                theme.rule,
            );
        }
        let answers = full.answers_area;
        for (line, y) in full
            .answers
            .iter()
            .skip(full.answers_offset)
            .zip(answers.y..answers.bottom())
        {
            let style = if line.selected { theme.selected } else { theme.answer };
            buf.set_style(Rect::new(answers.x, y, answers.width, 1), style);
            buf.set_line(answers.x, y, &line.line, answers.width);
        }
        // Answers that do not all fit scroll with the selection; marks say more are there.
        if answers.height > 0 {
            let right = answers.right().saturating_sub(1);
            if full.answers_offset > 0 {
                buf.set_string(right, answers.y, "▲", theme.rule);
            }
            if full.answers_offset + usize::from(answers.height) < full.answers.len() {
                buf.set_string(right, answers.bottom() - 1, "▼", theme.rule);
            }
        }
        let status_y = area.bottom() - 2;
        buf.set_style(row(status_y), theme.status);
        buf.set_line(area.x, status_y, &full.status, area.width);
        buf.set_line(area.x, area.bottom() - 1, &full.hints, area.width);
        if let Some(help) = &full.help {
            help.render(area, buf);
        }
    }
}
