//! A one-line text editor for the search and the note: the text, the cursor, and the edits the key
//! table allows. It lives in the app's state, so a resize (or a terminal too small for a while)
//! never loses what was typed.

use super::keys::Action;
use crate::text::wrap::width;

/// Longest text the editor takes, in characters.
pub const MAX_CHARS: usize = 2000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Editor {
    chars: Vec<char>,
    /// Where the next character goes, in characters from the start.
    cursor: usize,
}

impl Editor {
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.iter().all(|c| c.is_whitespace())
    }

    /// Types `c` at the cursor (control characters are not text, and nothing goes past
    /// [`MAX_CHARS`]: see [`Editor::is_full`]).
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() || self.is_full() {
            return false;
        }
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
        true
    }

    /// Whether the text is as long as the editor takes.
    pub fn is_full(&self) -> bool {
        self.chars.len() >= MAX_CHARS
    }

    /// Types a pasted text at the cursor in one go: each line break (CR, LF or CR LF, as terminals
    /// send them) and tab as a space, other control characters left out, and only as much as fits
    /// in [`MAX_CHARS`]. True when some of it was left out for lack of room; the rest of a huge
    /// paste is not even looked at.
    pub fn paste(&mut self, text: &str) -> bool {
        let room = MAX_CHARS.saturating_sub(self.chars.len());
        let mut pasted = Vec::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let c = match c {
                '\r' if chars.peek() == Some(&'\n') => continue,
                '\r' | '\n' | '\t' => ' ',
                c if c.is_control() => continue,
                c => c,
            };
            if pasted.len() == room {
                return self.put(pasted, true);
            }
            pasted.push(c);
        }
        self.put(pasted, false)
    }

    fn put(&mut self, pasted: Vec<char>, cut: bool) -> bool {
        let added = pasted.len();
        self.chars.splice(self.cursor..self.cursor, pasted);
        self.cursor += added;
        cut
    }

    /// Applies an editing action; true when it changed the text.
    pub fn edit(&mut self, action: Action) -> bool {
        match action {
            Action::Left => self.cursor = self.cursor.saturating_sub(1),
            Action::Right => self.cursor = (self.cursor + 1).min(self.chars.len()),
            Action::Home => self.cursor = 0,
            Action::End => self.cursor = self.chars.len(),
            Action::Erase if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
                return true;
            }
            Action::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
                return true;
            }
            _ => {}
        }
        false
    }

    /// The text cut into rows at most `columns` wide — after a space where it can, inside a word
    /// too long for a row — and the row and column of the cursor.
    pub fn rows(&self, columns: usize) -> (Vec<String>, (usize, usize)) {
        let columns = columns.max(2);
        let char_width = |c: char| {
            let mut buf = [0u8; 4];
            width(c.encode_utf8(&mut buf))
        };
        // Where each row starts, in characters.
        let mut starts = vec![0];
        let mut used = 0;
        let mut space = None;
        for (i, &c) in self.chars.iter().enumerate() {
            let w = char_width(c);
            let start = starts[starts.len() - 1];
            if used + w > columns && i > start {
                if c == ' ' {
                    // A space at the end of a row hangs there, out of sight.
                    starts.push(i + 1);
                    used = 0;
                    space = None;
                    continue;
                }
                let at = space.map_or(i, |space| space + 1);
                starts.push(at);
                used = self.chars[at..i].iter().map(|&c| char_width(c)).sum();
                space = None;
            }
            if c == ' ' {
                space = Some(i);
            }
            used += w;
        }
        let row = starts.iter().rposition(|&s| s <= self.cursor).unwrap_or(0);
        let mut column: usize = self.chars[starts[row]..self.cursor]
            .iter()
            .map(|&c| char_width(c))
            .sum();
        let mut rows: Vec<String> = starts
            .iter()
            .enumerate()
            .map(|(r, &s)| {
                let end = starts.get(r + 1).copied().unwrap_or(self.chars.len());
                self.chars[s..end].iter().collect()
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
}
