//! Plain mode's input, line by line: each line read with a bound (a line past [`MAX_LINE_BYTES`]
//! keeps its beginning and the rest is skipped as it comes, so an endless line — `< /dev/zero` —
//! never grows memory), and decoded as the locale says: UTF-8, or for a locale that names another
//! character set (`fr_FR.ISO-8859-1`), its bytes as Latin-1, so an accented letter typed on such a
//! terminal is kept instead of ending the input. Bytes that fit neither become U+FFFD; the rest of
//! the line is kept.

use std::io::{self, BufRead};

/// The longest line kept, in bytes: far more than any answer or note (2,000 characters).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// How the bytes of a line are read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    /// ISO-8859-1 (and what else a non-UTF-8 locale names): one byte, one character.
    Latin1,
}

impl Charset {
    /// The charset the locale (`LC_ALL`, `LC_CTYPE`, `LANG`) names.
    pub fn of_locale(env: impl Fn(&str) -> Option<String>) -> Charset {
        match crate::text::locale_codeset(env).map(|c| c.to_ascii_lowercase().replace(['-', '_'], "")) {
            Some(c) if c.starts_with("iso8859") || c == "latin1" || c == "cp1252" => Charset::Latin1,
            _ => Charset::Utf8,
        }
    }
}

impl Charset {
    fn decode(self, bytes: &[u8]) -> String {
        match (std::str::from_utf8(bytes), self) {
            (Ok(text), _) => text.to_string(),
            (Err(_), Charset::Latin1) => bytes.iter().map(|&b| char::from(b)).collect(),
            (Err(_), Charset::Utf8) => String::from_utf8_lossy(bytes).into_owned(),
        }
    }
}

/// The next line of `input` (without its line break), or `None` at the end of the input.
pub fn read_line(input: &mut impl BufRead, charset: Charset) -> io::Result<Option<String>> {
    let mut line = Vec::new();
    let mut any = false;
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..at], Some(at + 1)),
            None => (buffer, None),
        };
        let room = MAX_LINE_BYTES.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = done.unwrap_or(buffer.len());
        input.consume(used);
        if done.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(charset.decode(&line)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8], charset: Charset) -> Vec<String> {
        let mut input = io::Cursor::new(bytes.to_vec());
        std::iter::from_fn(|| read_line(&mut input, charset).unwrap()).collect()
    }

    #[test]
    fn lines_are_decoded_as_the_locale_says_and_bad_bytes_never_end_the_input() {
        let typed = b"n caf\xe9 au lait\r\n1\nlast";
        assert_eq!(lines(typed, Charset::Latin1), ["n café au lait", "1", "last"]);
        assert_eq!(lines(typed, Charset::Utf8), ["n caf\u{fffd} au lait", "1", "last"]);
        assert_eq!(lines("n déjà\n".as_bytes(), Charset::Latin1), ["n déjà"]);
    }

    #[test]
    fn a_line_past_the_limit_keeps_its_beginning_and_the_next_line_is_read() {
        let mut long = vec![b'x'; MAX_LINE_BYTES * 3];
        long.extend_from_slice(b"\n2\n");
        let read = lines(&long, Charset::Utf8);
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].len(), MAX_LINE_BYTES);
        assert_eq!(read[1], "2");
    }

    #[test]
    fn the_charset_comes_from_the_locale() {
        let env = |value: &'static str| move |k: &str| (k == "LANG").then(|| value.to_string());
        assert_eq!(Charset::of_locale(env("fr_FR.ISO-8859-1")), Charset::Latin1);
        assert_eq!(Charset::of_locale(env("fr_FR.ISO-8859-15@euro")), Charset::Latin1);
        assert_eq!(Charset::of_locale(env("fr_FR.UTF-8")), Charset::Utf8);
        assert_eq!(Charset::of_locale(env("C")), Charset::Utf8);
        assert_eq!(
            crate::text::locale_codeset(env("fr_FR.ISO-8859-15@euro")).as_deref(),
            Some("ISO-8859-15")
        );
        assert_eq!(crate::text::locale_codeset(env("C")), None);
    }
}
