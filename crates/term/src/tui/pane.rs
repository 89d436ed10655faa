//! One language's part of a frame: the body (scrolling, with a rule and marks when it does not
//! fit) and the answers under it (following the selection when they do not fit), with a heading in
//! the bilingual view. The single view has one pane; the bilingual view two, side by side or
//! stacked.

use super::body::{self, BodyLine};
pub use super::frame::PaneText;
use super::frame::{Hit, LinkSpot};
use super::theme::{SELECTED_SYMBOL, Theme};
use crate::text::wrap::{truncate, width, wrap};
use crate::wizard::screen::Screen;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// One wrapped row of an answer.
#[derive(Clone, Debug)]
struct AnswerLine {
    index: usize,
    line: Line<'static>,
    selected: bool,
}

/// A pane laid out in its area.
#[derive(Clone, Debug)]
pub struct Pane {
    header: Option<(Rect, String)>,
    body: Vec<BodyLine>,
    body_area: Rect,
    scroll: usize,
    rule: Option<Rect>,
    /// A fix's question, kept on the rule above its answers while the body scrolls.
    question: Option<String>,
    answers: Vec<AnswerLine>,
    answers_area: Rect,
    answers_offset: usize,
}

fn rows(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn answer_lines(screen: &Screen, selected: Option<usize>, columns: usize) -> Vec<AnswerLine> {
    let number_width = width(&format!("{}. ", screen.choices.len()));
    let lead = width(SELECTED_SYMBOL) + number_width;
    let mut out = Vec::new();
    for (index, label) in screen.choices.iter().enumerate() {
        let is_selected = selected == Some(index);
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

/// How the pane's rows go to the body and the answers: (body rows, answer rows, a rule between).
fn split(content: usize, body: usize, answers: usize) -> (usize, usize, bool) {
    if content == 0 {
        return (0, 0, false);
    }
    if answers == 0 {
        return if body <= content {
            (body, 0, false)
        } else {
            (content - 1, 0, true)
        };
    }
    if body + 1 + answers <= content {
        return (body, answers, false);
    }
    let answers_rows = answers.min(content.saturating_sub(4).max(1)).min(content);
    match content - answers_rows {
        0 => (0, answers_rows, false),
        rest => (rest - 1, answers_rows, true),
    }
}

impl Pane {
    /// Lays out `text` in `area`. `selected` is the selected answer (none while the cursor is on a
    /// step); `reveal` scrolls the step under the cursor into view.
    pub fn new(
        text: &PaneText<'_>,
        area: Rect,
        selected: Option<usize>,
        scroll: usize,
        reveal: bool,
        theme: &Theme,
    ) -> Pane {
        let mut content = area;
        let header = text.header.as_ref().filter(|_| area.height > 0).map(|h| {
            content.y += 1;
            content.height -= 1;
            (Rect { height: 1, ..area }, truncate(h, usize::from(area.width)))
        });
        let columns = usize::from(area.width);
        let body = body::lines(text.screen, theme, columns, &text.extras);
        let selected = selected.map(|s| s.min(text.screen.choices.len().saturating_sub(1)));
        let answers = answer_lines(text.screen, selected, columns);
        let (body_h, answers_h, rule) = split(usize::from(content.height), body.len(), answers.len());
        let body_area = Rect::new(content.x, content.y, content.width, rows(body_h));
        let rule = rule.then(|| Rect::new(content.x, body_area.bottom(), content.width, 1));
        let answers_area = Rect::new(content.x, body_area.bottom() + 1, content.width, rows(answers_h));

        let mut scroll = scroll;
        let lines_of_step = |s| body.iter().enumerate().filter(move |(_, l)| l.step == Some(s));
        if let Some(step) = text.extras.step.filter(|_| reveal) {
            let first = lines_of_step(step).map(|(i, _)| i).next().unwrap_or(0);
            let last = lines_of_step(step).map(|(i, _)| i).next_back().unwrap_or(0);
            if last >= scroll + body_h {
                scroll = (last + 1).saturating_sub(body_h);
            }
            scroll = scroll.min(first);
        }
        let scroll = scroll.min(body.len().saturating_sub(body_h));

        let first = answers.iter().position(|l| l.selected).unwrap_or(0);
        let last = answers.iter().rposition(|l| l.selected).unwrap_or(0);
        let answers_offset = (last + 1).saturating_sub(answers_h).min(first);
        let question = match &text.screen.body {
            crate::wizard::screen::Body::Fix { question, .. } => Some(question.clone()),
            _ => None,
        };
        Pane {
            header,
            body,
            body_area,
            scroll,
            rule,
            question,
            answers,
            answers_area,
            answers_offset,
        }
    }

    /// The body's scroll position, kept within its text.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    pub fn body_rows(&self) -> usize {
        usize::from(self.body_area.height)
    }

    /// Whether the body is longer than its space.
    pub fn scrollable(&self) -> bool {
        self.body.len() > self.body_rows()
    }

    /// Whether every line of the body and every answer is on screen: nothing to scroll.
    pub fn fits(&self) -> bool {
        !self.scrollable() && self.answers.len() <= usize::from(self.answers_area.height)
    }

    /// What a click at this cell means, if anything. The answers take a click a column beyond
    /// their text on either side (the screen's margin).
    pub fn hit(&self, x: u16, y: u16) -> Option<Hit> {
        let answers = Rect {
            x: self.answers_area.x.saturating_sub(1),
            width: self.answers_area.width + 2,
            ..self.answers_area
        };
        if answers.contains((x, y).into()) {
            let row = usize::from(y - answers.y) + self.answers_offset;
            return self.answers.get(row).map(|l| Hit::Answer(l.index));
        }
        if self.body_area.contains((x, y).into()) {
            let row = usize::from(y - self.body_area.y) + self.scroll;
            return self.body.get(row).and_then(|l| l.step).map(Hit::Step);
        }
        None
    }

    /// The links on screen, for terminals that can make them clickable.
    pub fn links(&self) -> Vec<LinkSpot> {
        let visible = self
            .body
            .iter()
            .skip(self.scroll)
            .zip(self.body_area.y..self.body_area.bottom());
        visible
            .filter_map(|(line, y)| {
                let part = line.link.as_ref()?;
                Some(LinkSpot {
                    x: self.body_area.x + part.x,
                    y,
                    text: part.text.clone(),
                    url: part.url.clone(),
                })
            })
            .collect()
    }

    pub fn render(&self, buf: &mut Buffer, theme: &Theme) {
        if let Some((area, header)) = &self.header {
            buf.set_stringn(area.x, area.y, header, usize::from(area.width), theme.pane_header);
        }
        let body = self.body_area;
        for (line, y) in self.body.iter().skip(self.scroll).zip(body.y..body.bottom()) {
            buf.set_line(body.x, y, &line.line, body.width);
            // The step under the cursor in the selection's colours over its own, so no part of
            // it (a tried mark, its number, a link) is drawn in the highlight's own colour.
            if line.selected {
                buf.set_style(Rect::new(body.x, y, body.width, 1), theme.selected);
            }
        }
        if let Some(rule) = self.rule {
            let more_above = self.scroll > 0;
            let more_below = self.scroll + self.body_rows() < self.body.len();
            let marks = format!(
                " {} {} ",
                if more_above { '▲' } else { ' ' },
                if more_below { '▼' } else { ' ' }
            );
            // A fix's question stays with its answers when the steps scroll away.
            let room = usize::from(rule.width).saturating_sub(width(&marks) + 4);
            let lead = self
                .question
                .as_deref()
                .filter(|_| more_below)
                .map(|q| format!("{} ", truncate(q, room)))
                .unwrap_or_default();
            let dashes = usize::from(rule.width).saturating_sub(width(&marks) + width(&lead));
            buf.set_stringn(rule.x, rule.y, &lead, usize::from(rule.width), theme.heading);
            let x = rule.x + u16::try_from(width(&lead)).unwrap_or(0);
            buf.set_stringn(
                x,
                rule.y,
                format!("{}{marks}", "─".repeat(dashes)),
                usize::from(rule.right().saturating_sub(x)),
                theme.rule,
            );
        }
        let answers = self.answers_area;
        for (line, y) in self
            .answers
            .iter()
            .skip(self.answers_offset)
            .zip(answers.y..answers.bottom())
        {
            let style = if line.selected { theme.selected } else { theme.answer };
            buf.set_style(Rect::new(answers.x, y, answers.width, 1), style);
            buf.set_line(answers.x, y, &line.line, answers.width);
        }
        // Answers that do not all fit scroll with the selection; marks say more are there.
        if answers.height > 0 {
            let right = answers.right().saturating_sub(1);
            if self.answers_offset > 0 {
                buf.set_string(right, answers.y, "▲", theme.rule);
            }
            if self.answers_offset + usize::from(answers.height) < self.answers.len() {
                buf.set_string(right, answers.bottom() - 1, "▼", theme.rule);
            }
        }
    }
}
