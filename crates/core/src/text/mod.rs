//! Text safety at the terminal boundary: every string from flows, locales, notes, transcripts,
//! journals, the environment or the command line passes through [`sanitize`] before it is printed or
//! written to a file, so no control or escape sequence, and no invisible character, reaches the
//! output.
//!
//! Two types make that hard to forget: [`Safe`], text that went through the sanitiser (its only
//! constructors call it), which the writers of `report` and of Markdown transcripts take; and
//! [`SafeWriter`], a stream that sanitises every line written to it, which plain mode and `walk`
//! write through.
//!
//! [`wrap`] measures, wraps and cuts text in terminal columns, for the full screen and the graph;
//! [`place`] says where in a text a byte is (line and column).

mod ascii;
pub mod place;
pub mod wrap;

pub use ascii::{Ascii, ascii_locale, locale_codeset, to_ascii};

use std::fmt;
use std::io::{self, Write};

/// What the sanitiser does with one character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Keep,
    /// Becomes a space: a tab, a Unicode line or paragraph separator.
    Space,
    Drop,
    /// ZWJ, ZWNJ: kept only between two visible characters (emoji sequences, Persian, Indic
    /// scripts), dropped anywhere else.
    Joiner,
}

fn class(c: char) -> Class {
    match c {
        '\n' => Class::Keep,
        '\t' | '\u{2028}' | '\u{2029}' => Class::Space,
        // C0 (but newline), DEL and C1: escape sequences start here.
        c if c.is_control() => Class::Drop,
        '\u{200C}' | '\u{200D}' => Class::Joiner,
        // Invisible format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
        // zero-width space, LRM/RLM, bidi embeddings and overrides (202A–202E), word joiner and
        // invisible operators (2060–2064), bidi isolates and deprecated format controls (2066–206F),
        // the byte-order mark / zero-width no-break space, interlinear annotations, shorthand format
        // controls, musical format controls, tag characters.
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E007F}' => Class::Drop,
        _ => Class::Keep,
    }
}

/// A character a joiner may stand next to: something that shows.
fn visible(c: char) -> bool {
    !c.is_whitespace() && class(c) == Class::Keep
}

/// Removes control characters (C0 except newline, DEL, C1), bidirectional controls and invisible
/// format characters (zero-width space, word joiner, BOM, tag characters…); tabs and Unicode line or
/// paragraph separators become spaces. ZWJ and ZWNJ stay only between two visible characters, so
/// emoji sequences and scripts that need them keep them. No-break spaces (U+00A0, U+202F, which
/// French typography uses), combining marks and variation selectors are kept.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match class(c) {
            Class::Keep => out.push(c),
            Class::Space => out.push(' '),
            Class::Drop => {}
            Class::Joiner => {
                let before = out.chars().next_back().is_some_and(visible);
                let after = chars.peek().copied().is_some_and(visible);
                if before && after {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// Widest a value the user typed is quoted back in an error, in columns.
pub const ECHO_COLUMNS: usize = 60;

/// What the user typed (a code, a language, a path), quoted back in a message: sanitised, and at
/// most [`ECHO_COLUMNS`] wide, its middle left out (`…`) when longer, so a pasted wall of text
/// cannot bury the message.
pub fn echo(typed: &str) -> String {
    wrap::shorten_middle(&sanitize(typed), ECHO_COLUMNS)
}

/// Text that is safe to print: it went through [`sanitize`], the only way to make one. Writers to
/// the terminal or to files take it, so text from outside cannot reach them unfiltered. Serialises
/// as a plain string (and so holds no raw control in JSON either: serde_json escapes the newline).
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Safe(String);

impl Safe {
    /// `text`, sanitised.
    pub fn new(text: &str) -> Safe {
        Safe(sanitize(text))
    }

    /// `text` sanitised onto one line (newlines become spaces): a table cell, a list item.
    pub fn line(text: &str) -> Safe {
        Safe(sanitize(text).replace('\n', " "))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// How many terminal columns the text takes (East Asian wide characters count two).
    pub fn width(&self) -> usize {
        unicode_width::UnicodeWidthStr::width(self.0.as_str())
    }
}

impl fmt::Display for Safe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::ops::Deref for Safe {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Safe {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Safe {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Safe {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Safe {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// A stream that sanitises what is written to it, a line at a time (so a character split across
/// writes, or a joiner between two pieces of a line, is judged whole). What is left of a line goes
/// out on `flush` and when the writer is dropped.
pub struct SafeWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> SafeWriter<W> {
    pub fn new(inner: W) -> SafeWriter<W> {
        SafeWriter {
            inner,
            pending: Vec::new(),
        }
    }

    fn emit(&mut self, upto: usize) -> io::Result<()> {
        let bytes: Vec<u8> = self.pending.drain(..upto).collect();
        let safe = Safe::new(&String::from_utf8_lossy(&bytes));
        self.inner.write_all(safe.as_str().as_bytes())
    }
}

impl<W: Write> Write for SafeWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(end) = self.pending.iter().rposition(|&b| b == b'\n') {
            self.emit(end + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.emit(self.pending.len())?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for SafeWriter<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let _ = self.emit(self.pending.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Safe, SafeWriter, sanitize};
    use std::io::Write;

    #[test]
    fn escape_sequences_and_bidi_overrides_are_removed() {
        assert_eq!(sanitize("a\u{1b}]0;pwned\u{7}b"), "a]0;pwnedb");
        assert_eq!(sanitize("x\u{1b}[2Jy"), "x[2Jy");
        assert_eq!(sanitize("pay\u{202E}gpj.exe"), "paygpj.exe");
        assert_eq!(sanitize("c1\u{9b}31m"), "c131m");
        assert_eq!(sanitize("keep\nlines\tand tabs"), "keep\nlines and tabs");
    }

    #[test]
    fn del_and_every_c0_and_c1_control_but_newline_are_removed() {
        for c in (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32) {
            let expected = match c {
                '\n' => "a\nb",
                '\t' => "a b",
                _ => "ab",
            };
            assert_eq!(sanitize(&format!("a{c}b")), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn bidi_embeddings_overrides_isolates_and_marks_are_removed() {
        let bidi = ['\u{061C}', '\u{200E}', '\u{200F}'];
        for c in bidi
            .into_iter()
            .chain('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}')
        {
            assert_eq!(sanitize(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn zero_width_and_invisible_format_characters_are_removed() {
        for c in [
            '\u{00AD}',
            '\u{180E}',
            '\u{200B}',
            '\u{2060}',
            '\u{2061}',
            '\u{2064}',
            '\u{206A}',
            '\u{206F}',
            '\u{FEFF}',
            '\u{FFF9}',
            '\u{FFFB}',
            '\u{1BCA0}',
            '\u{1D173}',
        ] {
            assert_eq!(sanitize(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
        }
        assert_eq!(sanitize("\u{FEFF}starts with a BOM"), "starts with a BOM");
    }

    #[test]
    fn tag_characters_are_removed() {
        // "PWNED" hidden in tag characters after a visible word.
        let hidden: String = "PWNED"
            .chars()
            .map(|c| char::from_u32(0xE0000 + c as u32).unwrap())
            .collect();
        assert_eq!(sanitize(&format!("ok\u{E0001}{hidden}\u{E007F}")), "ok");
    }

    #[test]
    fn line_and_paragraph_separators_become_spaces() {
        assert_eq!(sanitize("one\u{2028}two\u{2029}three"), "one two three");
    }

    #[test]
    fn joiners_stay_between_visible_characters_only() {
        let family = "👩\u{200D}👩\u{200D}👧";
        assert_eq!(sanitize(family), family, "an emoji ZWJ sequence is kept");
        let persian = "می\u{200C}خواهم";
        assert_eq!(sanitize(persian), persian, "ZWNJ inside a Persian word is kept");
        assert_eq!(sanitize("\u{200D}a\u{200D}"), "a", "at either end they go");
        assert_eq!(sanitize("a \u{200C}b"), "a b", "next to a space they go");
        assert_eq!(
            sanitize("a\u{200D}\u{200D}\u{200B}b"),
            "ab",
            "runs of invisible characters go"
        );
        assert_eq!(
            sanitize("a\u{200D}\u{200D}b"),
            "a\u{200D}b",
            "one joiner of a run is kept"
        );
    }

    #[test]
    fn french_spaces_combining_marks_and_variation_selectors_are_kept() {
        let kept = "Prix\u{00A0}: 10\u{202F}€ — e\u{0301}te\u{0301} ❤\u{FE0F} 漢字 עברית العربية";
        assert_eq!(sanitize(kept), kept);
    }

    #[test]
    fn safe_text_is_sanitised_and_a_line_is_one_line() {
        assert_eq!(Safe::new("a\u{1b}[2J\nb").as_str(), "a[2J\nb");
        assert_eq!(Safe::line("a\nb\u{2028}c").as_str(), "a b c");
        assert_eq!(Safe::new("漢字").width(), 4);
        assert_eq!(Safe::new("a\u{9b}b").to_string(), "ab");
        let json = serde_json::to_string(&Safe::new("x\u{9d}0;t\u{9c}\u{7f}\u{202e}y")).unwrap();
        assert_eq!(json, "\"x0;ty\"");
    }

    #[test]
    fn the_safe_writer_sanitises_lines_split_across_writes() {
        let mut out = Vec::new();
        {
            let mut w = SafeWriter::new(&mut out);
            let bytes = "é\u{1b}]0;t\u{7}\n👩\u{200D}👧 prompt ".as_bytes();
            // Byte by byte: characters and the joiner's neighbours arrive in pieces.
            for b in bytes {
                w.write_all(std::slice::from_ref(b)).unwrap();
            }
            w.flush().unwrap();
            write!(w, "tail\u{9b}").unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "é]0;t\n👩\u{200D}👧 prompt tail");
    }
}
