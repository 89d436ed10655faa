//! A one-line text editor for the search and the note: the text, the cursor, and the edits the key
//! table allows. It lives in the app's state, so a resize (or a terminal too small for a while)
//! never loses what was typed.

use super::keys::Action;
use super::wrap::width;

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

    /// Types `c` at the cursor (control characters are not text).
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() || self.chars.len() >= MAX_CHARS {
            return false;
        }
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
        true
    }

    /// Types a pasted text, newlines and tabs as spaces.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars() {
            self.insert(if c == '\n' || c == '\t' { ' ' } else { c });
        }
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
        editor.paste("a\nb");
        assert_eq!(editor.text(), "ella b");
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
