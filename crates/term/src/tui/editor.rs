//! A one-line text editor for the search and the note: the text, the cursor, and the edits the key
//! table allows. It lives in the app's state, so a resize (or a terminal too small for a while)
//! never loses what was typed.
//!
//! The text and its cursor are `tui-input`'s, which moves and deletes by grapheme (an accented
//! letter typed as two characters, an emoji sequence, a flag: one step, one Backspace). What is
//! ours: which keys edit (the key table's [`Action`]s), the length limit, what a paste becomes, and
//! the rows the text is shown in.

use super::keys::Action;
use crate::text::wrap::width;
use tui_input::{Input, InputRequest};
use unicode_segmentation::UnicodeSegmentation;

/// Longest text the editor takes, in characters.
pub const MAX_CHARS: usize = 2000;

#[derive(Clone, Debug, Default)]
pub struct Editor {
    input: Input,
    /// How many characters the text has: kept as it changes, so a key typed into a long text
    /// does not count them all again.
    count: usize,
}

impl Editor {
    pub fn text(&self) -> String {
        self.input.value().to_string()
    }

    /// The text, borrowed.
    pub fn value(&self) -> &str {
        self.input.value()
    }

    pub fn is_empty(&self) -> bool {
        self.input.value().chars().all(char::is_whitespace)
    }

    fn chars(&self) -> usize {
        self.count
    }

    /// Types `c` at the cursor (control and invisible characters are not text, see `shown_as`,
    /// and nothing goes past [`MAX_CHARS`]: see [`Editor::is_full`]).
    pub fn insert(&mut self, c: char) -> bool {
        let Some(c) = shown_as(c) else {
            return false;
        };
        if self.is_full() {
            return false;
        }
        let typed = self.input.handle(InputRequest::InsertChar(c)).is_some();
        self.count += usize::from(typed);
        typed
    }

    /// Whether the text is as long as the editor takes.
    pub fn is_full(&self) -> bool {
        self.chars() >= MAX_CHARS
    }

    /// Types a pasted text at the cursor in one go: each line break (CR, LF or CR LF, as terminals
    /// send them) and tab as a space, other control characters left out, and only as much as fits
    /// in [`MAX_CHARS`]. True when some of it was left out for lack of room; the rest of a huge
    /// paste is not even looked at.
    pub fn paste(&mut self, text: &str) -> bool {
        let room = MAX_CHARS.saturating_sub(self.chars());
        let mut pasted = String::new();
        let mut added = 0;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let c = match c {
                '\r' if chars.peek() == Some(&'\n') => continue,
                '\r' | '\n' | '\t' => ' ',
                c => match shown_as(c) {
                    Some(c) => c,
                    None => continue,
                },
            };
            if added == room {
                return self.put(&pasted, added, true);
            }
            pasted.push(c);
            added += 1;
        }
        self.put(&pasted, added, false)
    }

    fn put(&mut self, pasted: &str, added: usize, cut: bool) -> bool {
        let cursor = self.input.cursor();
        let mut value = self.text();
        value.insert_str(byte_at(&value, cursor), pasted);
        self.input = Input::new(value).with_cursor(cursor + added);
        self.count += added;
        cut
    }

    /// Applies an editing action; true when it changed the text.
    pub fn edit(&mut self, action: Action) -> bool {
        let request = match action {
            Action::Left => InputRequest::GoToPrevChar,
            Action::Right => InputRequest::GoToNextChar,
            Action::Home => InputRequest::GoToStart,
            Action::End => InputRequest::GoToEnd,
            Action::Erase => InputRequest::DeletePrevChar,
            Action::Delete => InputRequest::DeleteNextChar,
            _ => return false,
        };
        let changed = self.input.handle(request).is_some_and(|changed| changed.value);
        if changed {
            self.count = self.input.value().chars().count();
        }
        changed
    }

    /// The text cut into rows at most `columns` wide — after a space where it can, inside a word
    /// too long for a row, never inside a grapheme — and the row and column of the cursor.
    pub fn rows(&self, columns: usize) -> (Vec<String>, (usize, usize)) {
        let columns = columns.max(2);
        let text = self.input.value();
        let graphemes: Vec<&str> = text.graphemes(true).collect();
        // The cursor, in graphemes: those that start before it.
        let cursor_byte = byte_at(text, self.input.cursor());
        let cursor = text
            .grapheme_indices(true)
            .take_while(|&(at, _)| at < cursor_byte)
            .count();
        // Where each row starts, in graphemes.
        let mut starts = vec![0];
        let mut used = 0;
        let mut space = None;
        for (i, &g) in graphemes.iter().enumerate() {
            let w = width(g);
            let start = starts[starts.len() - 1];
            if used + w > columns && i > start {
                if g == " " {
                    // A space at the end of a row hangs there, out of sight.
                    starts.push(i + 1);
                    used = 0;
                    space = None;
                    continue;
                }
                let at = space.map_or(i, |space| space + 1);
                starts.push(at);
                used = graphemes[at..i].iter().map(|g| width(g)).sum();
                space = None;
            }
            if g == " " {
                space = Some(i);
            }
            used += w;
        }
        let row = starts.iter().rposition(|&s| s <= cursor).unwrap_or(0);
        let mut column: usize = graphemes[starts[row]..cursor].iter().map(|g| width(g)).sum();
        let mut rows: Vec<String> = starts
            .iter()
            .enumerate()
            .map(|(r, &s)| {
                let end = starts.get(r + 1).copied().unwrap_or(graphemes.len());
                graphemes[s..end].concat()
            })
            .collect();
        let mut row = row;
        if column >= columns {
            // The cursor after a full row goes to the start of the next, a new one after the last.
            row += 1;
            column = 0;
            if row == rows.len() {
                rows.push(String::new());
            }
        }
        (rows, (row, column))
    }
}

/// What a typed character becomes in the text: nothing for a control character or an invisible
/// one that [`crate::text::sanitize`] removes (tag characters, bidi controls, zero-width space…),
/// a space for a line or paragraph separator, else itself. ZWJ and ZWNJ are kept as typed (an
/// emoji sequence comes one character at a time); the kept note is sanitised whole.
fn shown_as(c: char) -> Option<char> {
    if matches!(c, '\u{200C}' | '\u{200D}') {
        return Some(c);
    }
    if c.is_control() {
        return None;
    }
    let mut buffer = [0u8; 4];
    let shown = crate::text::sanitize(c.encode_utf8(&mut buffer));
    let mut shown = shown.chars();
    match (shown.next(), shown.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// The byte offset of the `chars`-th character of `text` (its end past the last).
fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> Editor {
        let mut editor = Editor::default();
        text.chars().for_each(|c| {
            editor.insert(c);
        });
        editor
    }

    #[test]
    fn typing_and_editing_move_the_cursor() {
        let mut editor = typed("helo");
        editor.edit(Action::Left);
        editor.insert('l');
        assert_eq!(editor.text(), "hello");
        editor.edit(Action::Home);
        editor.edit(Action::Delete);
        editor.edit(Action::End);
        editor.edit(Action::Erase);
        assert_eq!(editor.text(), "ell");
        assert!(!editor.insert('\u{1b}'), "no control characters");
        assert!(!editor.paste("a\nb\r\nc\rd\te\u{1b}"));
        assert_eq!(editor.text(), "ella b c d e");
    }

    #[test]
    fn a_paste_fills_up_to_the_limit_and_says_when_some_was_left_out() {
        let mut editor = typed("<>");
        editor.edit(Action::Left);
        assert!(!editor.paste(&"a".repeat(MAX_CHARS - 2)));
        assert!(editor.is_full());
        assert_eq!(editor.text().chars().count(), MAX_CHARS);
        assert!(editor.text().starts_with("<a") && editor.text().ends_with("a>"));
        assert!(!editor.insert('b'));
        let mut editor = typed("x");
        assert!(editor.paste(&"y".repeat(MAX_CHARS)));
        assert_eq!(editor.text().chars().count(), MAX_CHARS);
        assert!(!editor.paste(""), "nothing left out of nothing");
        assert!(editor.paste("z"));
    }

    #[test]
    fn rows_wrap_after_spaces_and_inside_long_words_and_keep_the_cursor_cell() {
        let editor = typed("abcdef");
        assert_eq!(
            editor.rows(3),
            (vec!["abc".into(), "def".into(), String::new()], (2, 0))
        );
        let editor = typed("ab cd ef");
        assert_eq!(editor.rows(5), (vec!["ab cd ".into(), "ef".into()], (1, 2)));
        let editor = typed("ab cd");
        assert_eq!(editor.rows(4), (vec!["ab ".into(), "cd".into()], (1, 2)));
        let mut editor = typed("abcd");
        editor.edit(Action::Home);
        editor.edit(Action::Right);
        assert_eq!(editor.rows(10), (vec!["abcd".into()], (0, 1)));
        assert!(typed("  ").is_empty());
    }

    #[test]
    fn the_cursor_steps_over_a_whole_grapheme_and_backspace_erases_one() {
        // "e" + combining acute accent, then a family (man, ZWJ, woman, ZWJ, girl).
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        let mut editor = typed(&format!("e\u{301}{family}x"));
        editor.edit(Action::Left);
        assert!(editor.edit(Action::Erase));
        assert_eq!(editor.text(), "e\u{301}x", "the whole family went");
        assert!(editor.edit(Action::Erase));
        assert_eq!(editor.text(), "x", "the accent went with its letter");
        editor.edit(Action::End);
        editor.insert('🇫');
        editor.insert('🇷');
        editor.edit(Action::Home);
        editor.edit(Action::Right);
        assert_eq!(editor.rows(10).1, (0, 1));
        editor.edit(Action::Right);
        assert_eq!(editor.rows(10).1, (0, 3), "past the flag in one step");
        assert!(!editor.edit(Action::Right), "nothing past the end");
    }

    #[test]
    fn rows_never_split_a_grapheme_and_count_wide_ones_as_two() {
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        let editor = typed(&format!("ab{family}cd"));
        assert_eq!(
            editor.rows(3),
            (vec!["ab".into(), format!("{family}c"), "d".into()], (2, 1))
        );
        let editor = typed("漢字漢");
        assert_eq!(editor.rows(4), (vec!["漢字".into(), "漢".into()], (1, 2)));
    }

    #[test]
    fn a_paste_goes_in_at_the_cursor() {
        let mut editor = typed("ad");
        editor.edit(Action::Left);
        assert!(!editor.paste("bc"));
        assert_eq!(editor.text(), "abcd");
        editor.insert('x');
        assert_eq!(editor.text(), "abcxd", "the cursor is after the paste");
    }
}
