//! Output for a terminal whose locale is not UTF-8 (`LANG=C`, `ISO-8859-1`): box drawing, symbols
//! and accented letters as their nearest ASCII, so nothing shows as mojibake.

/// Whether the locale's character set is not UTF-8, so output must be plain ASCII: the first set
/// of `LC_ALL`, `LC_CTYPE`, `LANG` is `C`, `POSIX`, or names another codeset (`fr_FR.ISO-8859-1`).
/// With none set, or no codeset named (`fr_FR`), UTF-8 is assumed.
pub fn ascii_locale(env: impl Fn(&str) -> Option<String>) -> bool {
    let Some(locale) = ctype_locale(env) else {
        return false;
    };
    if locale == "C" || locale == "POSIX" {
        return true;
    }
    codeset_of(&locale).is_some_and(|codeset| codeset.to_ascii_lowercase().replace('-', "") != "utf8")
}

/// The locale that says the character set: the first of `LC_ALL`, `LC_CTYPE`, `LANG` set.
fn ctype_locale(env: impl Fn(&str) -> Option<String>) -> Option<String> {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .filter_map(env)
        .find(|v| !v.is_empty())
}

/// The character set `locale` names, as it names it (`ISO-8859-1` in `fr_FR.ISO-8859-1@euro`).
fn codeset_of(locale: &str) -> Option<&str> {
    let (_, codeset) = locale.split_once('.')?;
    codeset.split('@').next()
}

/// The character set the locale names (see [`ascii_locale`]), as it names it; `None` for a locale
/// that names none (`C`, `fr_FR`).
pub fn locale_codeset(env: impl Fn(&str) -> Option<String>) -> Option<String> {
    ctype_locale(env).and_then(|locale| codeset_of(&locale).map(str::to_string))
}

/// What stands for a character that is not ASCII: the nearest letters or signs (`é` → `e`,
/// `œ` → `oe`, `›` → `>`, box drawing → `+ - |`), else `?`.
fn ascii_of(c: char) -> &'static str {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
        'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => "A",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'É' | 'È' | 'Ê' | 'Ë' => "E",
        'î' | 'ï' | 'í' | 'ì' => "i",
        'Î' | 'Ï' | 'Í' | 'Ì' => "I",
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'ø' => "o",
        'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' | 'Ø' => "O",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'Ù' | 'Û' | 'Ü' | 'Ú' => "U",
        'ç' => "c",
        'Ç' => "C",
        'ñ' => "n",
        'Ñ' => "N",
        'ÿ' | 'ý' => "y",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        'ß' => "ss",
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => " ",
        '–' | '—' | '‐' | '‑' | '−' | '─' | '━' | '═' => "-",
        '│' | '┃' | '║' => "|",
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' | '╭' | '╮' | '╰' | '╯' => "+",
        '“' | '”' | '„' | '«' | '»' => "\"",
        '‘' | '’' | '‚' => "'",
        '›' | '▶' | '→' | '►' => ">",
        '‹' | '←' | '◀' => "<",
        '↑' | '▲' => "^",
        '↓' | '▼' => "v",
        '⌫' => "<-",
        '✓' | '✔' | '×' => "x",
        '…' => "...",
        '·' | '•' => "*",
        '€' => "EUR",
        '°' => "o",
        _ => "?",
    }
}

/// Whether `c` is a no-break space (French puts one inside « »).
fn no_break(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}')
}

/// `text` in plain ASCII: ASCII stays, anything else becomes its nearest letters or signs; French
/// quotes lose the no-break spaces inside them (`« oui »` → `"oui"`), as English writes quotes.
pub fn to_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii() {
            out.push(c);
        } else if (c == '«' && chars.peek().is_some_and(|n| no_break(*n)))
            || (no_break(c) && chars.peek() == Some(&'»'))
        {
            chars.next();
            out.push('"');
        } else {
            out.push_str(ascii_of(c));
        }
    }
    out
}

/// A writer that turns everything written through it into plain ASCII, for a locale whose
/// character set is not UTF-8. A character split across two writes is held until it is whole.
pub struct Ascii<W: std::io::Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: std::io::Write> Ascii<W> {
    pub fn new(inner: W) -> Ascii<W> {
        Ascii {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: std::io::Write> std::io::Write for Ascii<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Not UTF-8 at all: the bytes as Latin-1 would be a guess; `?` says something was there.
            Err(e) => e.valid_up_to() + e.error_len().unwrap_or(1),
        };
        let head: Vec<u8> = self.pending.drain(..valid).collect();
        let text = String::from_utf8_lossy(&head);
        self.inner.write_all(to_ascii(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_locale_that_is_not_utf8_asks_for_ascii() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert!(ascii_locale(env(&[("LANG", "C")])));
        assert!(ascii_locale(env(&[
            ("LC_ALL", "fr_FR.ISO-8859-1"),
            ("LANG", "fr_FR.UTF-8")
        ])));
        assert!(ascii_locale(env(&[("LC_CTYPE", "POSIX")])));
        assert!(!ascii_locale(env(&[("LANG", "fr_FR.UTF-8")])));
        assert!(!ascii_locale(env(&[("LC_ALL", "C.utf8")])));
        assert!(!ascii_locale(env(&[])));
        assert!(!ascii_locale(env(&[("LC_ALL", ""), ("LANG", "en_US.UTF-8")])));
    }

    #[test]
    fn ascii_keeps_the_meaning() {
        assert_eq!(
            to_ascii("Réglé ? « oui » – ▶ 1. ✓ ┌─┐ › …"),
            "Regle ? \" oui \" - > 1. x +-+ > ..."
        );
        assert_eq!(
            to_ascii("Choisissez «\u{a0}Envoyer un message texte\u{a0}»."),
            "Choisissez \"Envoyer un message texte\"."
        );
        let mut out = Ascii::new(Vec::new());
        let bytes = "é–".as_bytes();
        out.write_all(&bytes[..1]).unwrap();
        out.write_all(&bytes[1..]).unwrap();
        assert_eq!(out.inner, b"e-");
    }
}
