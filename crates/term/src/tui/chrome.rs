//! The frame around a screen's text: the title bar, the breadcrumb (laid out in rows, with the
//! places a click can go back to), the status bar with the codes, and the key-hint line built from
//! the key table.

use super::keys::{self, Binding, Mode, TABLE, When};
use super::table::CORE;
use super::theme::{CRUMB_SEPARATOR, Theme};
use crate::engine::paths::Codes;
use crate::text::wrap::{truncate, truncate_start, width};
use ratatui::text::{Line, Span};

pub const PRODUCT: &str = "signup-doctor";

/// The title bar: product and topic on the left, the language on the right.
pub fn title(topic: &str, language: &str, theme: &Theme, columns: usize) -> Line<'static> {
    let right = format!("{language} ");
    let room = columns.saturating_sub(width(&right) + 1);
    let left = truncate(&format!(" {PRODUCT}{CRUMB_SEPARATOR}{topic}"), room);
    let gap = columns.saturating_sub(width(&left) + width(&right));
    Line::from(format!("{left}{}{right}", " ".repeat(gap))).style(theme.title)
}

/// What a piece of the breadcrumb is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    /// A place a click goes back to: the depth of the walk there.
    Crumb(usize),
    /// Where the walk stands now.
    Current,
    Separator,
    /// Stands for crumbs left out for lack of room.
    Ellipsis,
}

/// One piece of the breadcrumb, placed at a column of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub x: u16,
    pub row: u16,
    pub text: String,
    pub kind: PieceKind,
}

/// Lays out `labels` (the start, then one per answer so far) in at most `max_rows` rows of
/// `columns`, leaving out the earliest answers after the start when they do not fit.
pub fn breadcrumb(labels: &[String], columns: usize, max_rows: usize) -> Vec<Piece> {
    let last = labels.len().saturating_sub(1);
    let kind = |depth: usize| {
        if depth == last {
            PieceKind::Current
        } else {
            PieceKind::Crumb(depth)
        }
    };
    for hidden in 0..labels.len().max(1) {
        let mut items: Vec<(&str, PieceKind)> = Vec::new();
        if let Some(first) = labels.first() {
            items.push((first, kind(0)));
        }
        if hidden > 0 {
            items.push(("…", PieceKind::Ellipsis));
        }
        items.extend(
            labels
                .iter()
                .enumerate()
                .skip(1 + hidden)
                .map(|(d, l)| (l.as_str(), kind(d))),
        );
        let (pieces, rows) = place(&items, columns, max_rows);
        if rows <= max_rows || 1 + hidden >= last {
            return pieces;
        }
    }
    Vec::new()
}

fn place(items: &[(&str, PieceKind)], columns: usize, max_rows: usize) -> (Vec<Piece>, usize) {
    let mut pieces = Vec::new();
    let (mut x, mut row, mut overflow) = (0usize, 0usize, false);
    let mut push = |x: usize, row: usize, text: String, kind| {
        pieces.push(Piece {
            x: u16::try_from(x).unwrap_or(u16::MAX),
            row: u16::try_from(row).unwrap_or(u16::MAX),
            text,
            kind,
        });
    };
    for (i, &(label, kind)) in items.iter().enumerate() {
        if i > 0 {
            let mut separator = CRUMB_SEPARATOR;
            if x + width(separator) + width(label) > columns {
                if row + 1 < max_rows {
                    row += 1;
                    x = 0;
                    separator = CRUMB_SEPARATOR.trim_start();
                } else {
                    overflow = true;
                }
            }
            if x + width(separator) >= columns {
                return (pieces, max_rows + 1);
            }
            push(x, row, separator.to_string(), PieceKind::Separator);
            x += width(separator);
        }
        let text = truncate(label, columns.saturating_sub(x));
        overflow |= text != label;
        x += width(&text);
        push(x - width(&text), row, text, kind);
    }
    (pieces, if overflow { max_rows + 1 } else { row + 1 })
}

/// The status bar: the codes (the path code cut from its start if need be) and a notice, if any
/// (cut when the codes need more than half the line).
/// Whether `notice` fits on the status bar beside the codes (else it gets rows of its own above).
pub fn notice_fits(code_word: &str, codes: &Codes, notice: &str, columns: usize) -> bool {
    let codes_width = width(code_word) + 1 + width(&codes.code) + width(&codes.short) + 4;
    width(notice) + 2 <= columns.saturating_sub(codes_width).max(columns / 2)
}

pub fn status(
    code_word: &str,
    start_word: &str,
    codes: &Codes,
    notice: Option<&str>,
    theme: &Theme,
    columns: usize,
) -> Line<'static> {
    let lead = format!(" {code_word}");
    // The notice takes what the codes leave, and at least half the line.
    let codes_width = width(&lead) + width(&codes.code) + width(&codes.short) + 4;
    let notice_room = columns.saturating_sub(codes_width).max(columns / 2);
    let notice = notice.map(|n| truncate(n, notice_room.saturating_sub(2)));
    let notice_width = notice.as_deref().map_or(0, |n| width(n) + 2);
    let room = columns.saturating_sub(notice_width);
    let text = if codes.code.is_empty() {
        format!("{lead}{start_word}")
    } else {
        let tail = format!(" · {}", codes.short);
        let code_room = room.saturating_sub(width(&lead) + width(&tail) + 1);
        format!("{lead}{}{tail}", truncate_start(&codes.code, code_room))
    };
    let text = truncate(&text, room);
    let gap = columns.saturating_sub(width(&text) + notice_width);
    let mut spans = vec![Span::raw(text), Span::raw(" ".repeat(gap))];
    if let Some(notice) = notice {
        spans.push(Span::styled(notice, theme.notice));
        spans.push(Span::raw("  "));
    }
    Line::from(spans).style(theme.status)
}

/// Where keys go and what the current screen allows, for choosing which hints to show.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    pub mode: Mode,
    pub choices: bool,
    pub started: bool,
    pub languages: bool,
    pub scrollable: bool,
    pub steps: bool,
    pub results: bool,
    /// An escalation end with a summary to copy: `y` and back outrank scrolling there.
    pub summary: bool,
}

impl Context {
    /// How much a hint matters here: its rank, raised for copy and back at an escalation end
    /// (the summary is what that screen is for; scrolling it is what `y` spares).
    fn rank(self, binding: &Binding) -> u8 {
        let raised = self.summary
            && binding
                .keys
                .iter()
                .any(|&(_, a)| matches!(a, keys::Action::Copy | keys::Action::Back));
        if raised && binding.rank != CORE {
            CORE - 1
        } else {
            binding.rank
        }
    }

    fn shows(self, binding: &Binding) -> bool {
        if !binding.works_in(self.mode) {
            return false;
        }
        match binding.when {
            When::Always => true,
            When::Choices => self.choices,
            When::CanGoBack | When::Started => self.started,
            When::Languages => self.languages,
            When::Scrollable => self.scrollable,
            When::Steps => self.steps,
            When::Results => self.results,
        }
    }
}

/// The key-hint line: the bindings that do something here and now, in table order, leaving out the lowest
/// ranked ones until the line fits; the core keys (help, save, quit: [`CORE`]) always stay.
pub fn hints(context: Context, text: impl Fn(&str) -> String, theme: &Theme, columns: usize) -> Line<'static> {
    let shown: Vec<(&Binding, String, String)> = TABLE
        .iter()
        .filter(|b| context.shows(b))
        .map(|b| (b, keys::short(b, &text), text(b.hint)))
        .collect();
    let total = |shown: &[(&Binding, String, String)]| -> usize {
        // A space before the first hint, two between hints.
        shown
            .iter()
            .map(|(_, k, h)| width(k) + 1 + width(h) + 2)
            .sum::<usize>()
            .saturating_sub(1)
    };
    // Index in the table order, so that hints put back keep their place.
    let mut shown: Vec<(usize, (&Binding, String, String))> = shown.into_iter().enumerate().collect();
    let width_of = |shown: &[(usize, (&Binding, String, String))]| {
        total(&shown.iter().map(|(_, h)| h.clone()).collect::<Vec<_>>())
    };
    let mut dropped = Vec::new();
    while width_of(&shown) > columns {
        let lowest = shown
            .iter()
            .enumerate()
            .filter(|(_, (_, (b, _, _)))| b.rank != CORE)
            .min_by_key(|(i, (_, (b, _, _)))| (context.rank(b), usize::MAX - i))
            .map(|(i, _)| i);
        match lowest {
            Some(i) => dropped.push(shown.remove(i)),
            None => break,
        }
    }
    // A shorter hint dropped after a longer one may fit in the room that one left.
    while let Some(hint) = dropped.pop() {
        let at = shown.iter().position(|(i, _)| *i > hint.0).unwrap_or(shown.len());
        shown.insert(at, hint);
        if width_of(&shown) > columns {
            shown.remove(at);
        }
    }
    let shown: Vec<(&Binding, String, String)> = shown.into_iter().map(|(_, h)| h).collect();
    let mut spans = vec![Span::raw(" ")];
    for (_, key, hint) in shown {
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {hint}  "), theme.key_hint));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(std::string::ToString::to_string).collect()
    }

    #[test]
    fn a_breadcrumb_that_fits_shows_every_answer_and_marks_the_current_one() {
        let pieces = breadcrumb(&labels(&["Start", "Phone", "No SMS"]), 60, 1);
        let kinds: Vec<_> = pieces.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                PieceKind::Crumb(0),
                PieceKind::Separator,
                PieceKind::Crumb(1),
                PieceKind::Separator,
                PieceKind::Current
            ]
        );
        assert_eq!(pieces[2].x, 8);
    }

    #[test]
    fn a_long_breadcrumb_leaves_out_early_answers_but_keeps_start_and_current() {
        let long = labels(&["Start", "aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd"]);
        let pieces = breadcrumb(&long, 30, 1);
        let texts: Vec<_> = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.first(), Some(&"Start"));
        assert!(texts.contains(&"…"));
        assert_eq!(texts.last(), Some(&"dddddddddd"));
        assert!(pieces.iter().all(|p| p.row == 0));
    }
}
