//! The main text of a screen — the question, the fix with its numbered steps and links, or the end —
//! as styled lines wrapped to a width. Links are kept whole, broken across lines if need be, and
//! each line that shows part of one remembers it, so the terminal can make it clickable.

use super::theme::Theme;
use super::wrap::{width, wrap};
use crate::engine::tree::Outcome;
use crate::screen::{Body, Screen};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// One wrapped line of the body.
#[derive(Clone, Debug)]
pub struct BodyLine {
    pub line: Line<'static>,
    pub link: Option<LinkPart>,
}

/// The part of a link one line shows: where it starts on the line, its text, and the whole address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkPart {
    pub x: u16,
    pub text: String,
    pub url: String,
}

impl BodyLine {
    fn blank() -> BodyLine {
        BodyLine {
            line: Line::default(),
            link: None,
        }
    }
}

/// Appends `text` wrapped to `max`, every line styled alike and indented by `indent` columns.
fn push_text(out: &mut Vec<BodyLine>, text: &str, style: Style, max: usize, indent: usize) {
    for piece in wrap(text, max.saturating_sub(indent)) {
        out.push(BodyLine {
            line: Line::from(vec![Span::raw(" ".repeat(indent)), Span::styled(piece, style)]),
            link: None,
        });
    }
}

/// The body of `screen` as lines at most `max` columns wide. `closing` is the line an end screen
/// without answers ends on (which keys start again or quit).
pub fn lines(screen: &Screen, theme: &Theme, max: usize, closing: Option<&str>) -> Vec<BodyLine> {
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
            let indent = width(&format!("{}. ", steps.len()));
            for (i, step) in steps.iter().enumerate() {
                let number = format!("{:>w$}. ", i + 1, w = indent - 2);
                let mut first = true;
                for piece in wrap(&step.text, max.saturating_sub(indent)) {
                    let lead = if first {
                        Span::styled(number.clone(), theme.step_number)
                    } else {
                        Span::raw(" ".repeat(indent))
                    };
                    first = false;
                    out.push(BodyLine {
                        line: Line::from(vec![lead, Span::styled(piece, theme.text)]),
                        link: None,
                    });
                }
                if let Some(url) = &step.link {
                    for piece in wrap(url, max.saturating_sub(indent)) {
                        out.push(BodyLine {
                            line: Line::from(vec![
                                Span::raw(" ".repeat(indent)),
                                Span::styled(piece.clone(), theme.link),
                            ]),
                            link: Some(LinkPart {
                                x: u16::try_from(indent).unwrap_or(u16::MAX),
                                text: piece,
                                url: url.clone(),
                            }),
                        });
                    }
                }
            }
            out.push(BodyLine::blank());
            push_text(&mut out, question, theme.heading, max, 0);
        }
        Body::End { outcome, heading, text } => {
            let style = match outcome {
                Outcome::Resolved => theme.resolved,
                Outcome::Escalate => theme.escalate,
                Outcome::StartOver => theme.start_over,
            };
            push_text(&mut out, heading, style, max, 0);
            if let Some(text) = text {
                out.push(BodyLine::blank());
                push_text(&mut out, text, theme.text, max, 0);
            }
            if let Some(closing) = closing {
                out.push(BodyLine::blank());
                push_text(&mut out, closing, theme.hint, max, 0);
            }
        }
    }
    out
}
