//! Text safety at the terminal boundary: every string from flows, locales, notes or errors passes
//! through [`sanitize`] before it is printed, so no control or escape sequence reaches the terminal.

/// Removes control characters (C0 except newline and tab, DEL, C1) and bidirectional controls.
/// Tabs become spaces.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn escape_sequences_and_bidi_overrides_are_removed() {
        assert_eq!(sanitize("a\u{1b}]0;pwned\u{7}b"), "a]0;pwnedb");
        assert_eq!(sanitize("x\u{1b}[2Jy"), "x[2Jy");
        assert_eq!(sanitize("pay\u{202E}gpj.exe"), "paygpj.exe");
        assert_eq!(sanitize("c1\u{9b}31m"), "c131m");
        assert_eq!(sanitize("keep\nlines\tand tabs"), "keep\nlines and tabs");
    }
}
