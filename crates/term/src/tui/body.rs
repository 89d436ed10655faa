//! The main text of a screen — the question, the fix with its numbered steps and links, or the end —
//! as styled lines wrapped to a width, then the agent's aids for it: tried steps marked `✓`, the
//! step under the cursor (its rows highlighted), the notes written here and, on an escalation end, the ticket summary.
//! Links are never broken: each stands on a line of its own from the first column, shortened in
//! the middle with `…` when wider than the line, and the line remembers the whole address, so the
//! terminal can make it clickable and `y` can copy it.

use super::theme::{SELECTED_SYMBOL, TRIED_SYMBOL, Theme};
use crate::engine::tree::Outcome;
use crate::text::wrap::{shorten_middle, width, wrap};
use crate::wizard::screen::{Body, Screen};
use crate::wizard::ticket::Field;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// One wrapped line of the body.
#[derive(Clone, Debug)]
pub struct BodyLine {
    pub line: Line<'static>,
    pub link: Option<LinkPart>,
    /// The fix step this line shows part of, if any.
    pub step: Option<usize>,
    /// The line belongs to the step under the cursor.
    pub selected: bool,
}

/// The part of a link one line shows: where it starts on the line, its text, and the whole address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkPart {
    pub x: u16,
    pub text: String,
    pub url: String,
}

impl BodyLine {
    fn new(spans: Vec<Span<'static>>) -> BodyLine {
        BodyLine {
            line: Line::from(spans),
            link: None,
            step: None,
            selected: false,
        }
    }

    fn blank() -> BodyLine {
        BodyLine::new(Vec::new())
    }
}

/// What the body shows besides the screen itself, already in the body's language.
#[derive(Clone, Copy, Debug, Default)]
pub struct Extras<'a> {
    /// The steps (0-based) marked as tried.
    pub tried: &'a [usize],
    /// The step under the cursor.
    pub step: Option<usize>,
    pub notes: &'a [&'a str],
    /// What goes before each note (`Note: `).
    pub note_label: &'a str,
    /// The ticket summary's heading, its fields, and what goes between a label and its value.
    pub ticket: Option<(&'a str, &'a [Field], &'a str)>,
    /// The line an end screen without answers ends on (which keys start again or quit).
    pub closing: Option<&'a str>,
    /// Said first on an escalation end: how to copy the summary (`y`).
    pub copy_first: Option<&'a str>,
    /// Said under a link shortened to fit: which key copies it whole.
    pub link_whole: Option<&'a str>,
}

/// Appends `text` wrapped to `max`, every line styled alike and indented by `indent` columns.
fn push_text(out: &mut Vec<BodyLine>, text: &str, style: Style, max: usize, indent: usize) {
    for piece in wrap(text, max.saturating_sub(indent)) {
        out.push(BodyLine::new(vec![
            Span::raw(" ".repeat(indent)),
            Span::styled(piece, style),
        ]));
    }
}

/// The body of `screen` and its `extras` as lines at most `max` columns wide.
pub fn lines(screen: &Screen, theme: &Theme, max: usize, extras: &Extras<'_>) -> Vec<BodyLine> {
    let mut out = Vec::new();
    match &screen.body {
        Body::Question { text, hint } => {
            push_text(&mut out, text, theme.heading, max, 0);
            if let Some(hint) = hint {
                push_text(&mut out, hint, theme.hint, max, 0);
            }
        }
        Body::Fix {
            title,
            hint,
            steps,
            question,
        } => {
            push_text(&mut out, title, theme.heading, max, 0);
            if let Some(hint) = hint {
                push_text(&mut out, hint, theme.hint, max, 0);
            }
            out.push(BodyLine::blank());
            // A column for the tried mark (or the cursor, which the row's style shows too), then
            // the number.
            let number_width = width(&format!("{}. ", steps.len()));
            let indent = 2 + number_width;
            for (i, step) in steps.iter().enumerate() {
                let start = out.len();
                let tried = extras.tried.contains(&i);
                let cursor = extras.step == Some(i);
                let mark = match (tried, cursor) {
                    (true, _) => Span::styled(TRIED_SYMBOL, theme.tried),
                    (false, true) => Span::raw(SELECTED_SYMBOL.trim_end()),
                    (false, false) => Span::raw(" "),
                };
                let lead = vec![
                    mark,
                    Span::raw(" "),
                    Span::styled(format!("{:>w$}. ", i + 1, w = number_width - 2), theme.step_number),
                ];
                let text_style = if tried { theme.tried_text } else { theme.text };
                for (n, piece) in wrap(&step.text, max.saturating_sub(indent)).into_iter().enumerate() {
                    let mut spans = if n == 0 {
                        lead.clone()
                    } else {
                        vec![Span::raw(" ".repeat(indent))]
                    };
                    spans.push(Span::styled(piece, text_style));
                    out.push(BodyLine::new(spans));
                }
                if let Some(url) = &step.link {
                    // A link is never broken: on a line of its own, from the first column, so a
                    // copy of the line is the whole address; one too long is shortened in the
                    // middle, its whole address one `y` away (and the OSC 8 target).
                    let shown = shorten_middle(url, max);
                    let mut line = BodyLine::new(vec![Span::styled(shown.clone(), theme.link)]);
                    let shortened = shown != *url;
                    line.link = Some(LinkPart {
                        x: 0,
                        text: shown,
                        url: url.clone(),
                    });
                    out.push(line);
                    if let Some(whole) = extras.link_whole.filter(|_| shortened) {
                        push_text(&mut out, whole, theme.key_hint, max, indent);
                    }
                }
                for line in &mut out[start..] {
                    line.step = Some(i);
                    line.selected = cursor;
                }
            }
            out.push(BodyLine::blank());
            push_text(&mut out, question, theme.heading, max, 0);
        }
        Body::End { outcome, heading, text } => {
            let style = match outcome {
                Outcome::Resolved => theme.resolved,
                Outcome::Escalate | Outcome::HandedOver => theme.escalate,
                Outcome::StartOver => theme.start_over,
            };
            if let Some(copy) = extras.copy_first {
                push_text(&mut out, copy, theme.heading, max, 0);
                out.push(BodyLine::blank());
            }
            push_text(&mut out, heading, style, max, 0);
            if let Some(text) = text {
                out.push(BodyLine::blank());
                push_text(&mut out, text, theme.text, max, 0);
            }
        }
    }
    push_notes(&mut out, extras, theme, max);
    if let Some((heading, fields, separator)) = extras.ticket {
        out.push(BodyLine::blank());
        push_text(&mut out, heading, theme.heading, max, 0);
        for field in fields {
            let label = format!("{}{separator}", field.label);
            let mut value = field.value.lines();
            let first = value.next().unwrap_or_default();
            // The value beside its label when there is room, else under it.
            let beside = width(&label) + 12 <= max && !first.is_empty();
            let indent = if beside { width(&label) } else { 2 };
            if beside {
                let mut rows = wrap(first, max - indent).into_iter();
                let head = rows.next().unwrap_or_default();
                out.push(BodyLine::new(vec![
                    Span::styled(label, theme.field_label),
                    Span::styled(head, theme.text),
                ]));
                for row in rows {
                    push_text(&mut out, &row, theme.text, max, indent);
                }
            } else {
                push_text(&mut out, label.trim_end(), theme.field_label, max, 0);
                push_text(&mut out, first, theme.text, max, indent);
            }
            for rest in value {
                let lead = rest.len() - rest.trim_start().len();
                let item = rest.trim_start();
                match item.strip_prefix("– ") {
                    // A list item hangs: its wrapped rows start under its words, not its dash.
                    Some(words) => {
                        let rows = wrap(words, max.saturating_sub(indent + lead + 2));
                        for (n, row) in rows.into_iter().enumerate() {
                            if n == 0 {
                                push_text(&mut out, &format!("– {row}"), theme.text, max, indent + lead);
                            } else {
                                push_text(&mut out, &row, theme.text, max, indent + lead + 2);
                            }
                        }
                    }
                    None => push_text(&mut out, item, theme.text, max, indent + lead),
                }
            }
        }
    }
    if let Some(closing) = extras.closing {
        out.push(BodyLine::blank());
        push_text(&mut out, closing, theme.hint, max, 0);
    }
    out
}

/// The notes written on this step, each after its label.
fn push_notes(out: &mut Vec<BodyLine>, extras: &Extras<'_>, theme: &Theme, max: usize) {
    if extras.notes.is_empty() {
        return;
    }
    out.push(BodyLine::blank());
    let indent = width(extras.note_label);
    for note in extras.notes {
        for (n, piece) in wrap(note, max.saturating_sub(indent)).into_iter().enumerate() {
            let lead = if n == 0 {
                Span::styled(extras.note_label.to_string(), theme.field_label)
            } else {
                Span::raw(" ".repeat(indent))
            };
            out.push(BodyLine::new(vec![lead, Span::styled(piece, theme.note)]));
        }
    }
}
