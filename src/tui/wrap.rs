//! Text measuring and wrapping in terminal columns: word wrap for prose, hard breaks for words (and
//! links) wider than the line, and truncation with an ellipsis.

use ratatui::text::Span;

/// Width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

fn char_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    width(c.encode_utf8(&mut buf))
}

/// Wraps `text` into lines at most `max` columns wide: at spaces where it can, inside a word where
/// the word alone is too wide — but never inside an address (`https://…`), which stands alone on
/// its line, shortened in the middle with `…` if need be. Newlines in the text start new lines; an empty text gives no line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in units(paragraph) {
            let word = word.as_str();
            let w = width(word);
            let gap = usize::from(used > 0);
            if used + gap + w <= max {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                used += gap + w;
                continue;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if w <= max {
                line.push_str(word);
                used = w;
                continue;
            }
            if word.contains("://") {
                // An address is never broken: alone on its line, shortened in the middle.
                lines.push(shorten_middle(word, max));
                continue;
            }
            for piece in break_word(word, max) {
                if used > 0 {
                    lines.push(std::mem::take(&mut line));
                }
                used = width(&piece);
                line = piece;
            }
        }
        lines.push(line);
    }
    if lines.iter().all(String::is_empty) {
        lines.clear();
    }
    lines
}

/// The words of a paragraph, with French punctuation kept to its word: `? ! : ; »` stay with the
/// word before them and `«` with the word after, even across a plain space.
fn units(paragraph: &str) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut glue_next = false;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let clings = word.starts_with(['?', '!', ':', ';', '»']);
        match units.last_mut() {
            Some(last) if clings || glue_next => {
                last.push(' ');
                last.push_str(word);
            }
            _ => units.push(word.to_string()),
        }
        glue_next = word == "«";
    }
    units
}

/// Cuts a word into pieces at most `max` columns wide.
pub fn break_word(word: &str, max: usize) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut used = 0;
    for c in word.chars() {
        let w = char_width(c);
        if used + w > max && used > 0 {
            pieces.push(String::new());
            used = 0;
        }
        if let Some(last) = pieces.last_mut() {
            last.push(c);
        }
        used += w;
    }
    pieces
}

/// `text` cut to `max` columns, ending in `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// `text` cut to `max` columns by leaving out its middle, marked `…` (for links, whose start names
/// the site and whose end the page).
pub fn shorten_middle(text: &str, max: usize) -> String {
    if width(text) <= max || max < 3 {
        return truncate(text, max);
    }
    let head_room = (max - 1) * 3 / 5;
    let head = truncate(text, head_room + 1);
    let head = head.trim_end_matches('…');
    let tail = truncate_start(text, max - width(head));
    format!("{head}{tail}")
}

/// `text` cut to `max` columns from the left, starting with `…` when cut (for codes whose end
/// matters most).
pub fn truncate_start(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut kept = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = char_width(c);
        if used + w + 1 > max {
            break;
        }
        kept.push(c);
        used += w;
    }
    let mut out = String::new();
    if max > 0 {
        out.push('…');
    }
    out.extend(kept.into_iter().rev());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_at_spaces_and_long_words_break() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghijklmnopqrstuvw", 10), ["abcdefghij", "klmnopqrst", "uvw"]);
        assert_eq!(
            wrap("see https://example.com/abc now", 10),
            ["see", "https…/abc", "now"]
        );
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert!(wrap("", 5).is_empty());
    }

    #[test]
    fn french_punctuation_never_starts_a_line() {
        assert_eq!(wrap("Est-ce réglé ?", 12), ["Est-ce", "réglé ?"]);
        assert_eq!(wrap("dit « oui » ici", 9), ["dit", "« oui »", "ici"]);
    }

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate_start("a/b/c/d", 4), "…c/d");
        assert_eq!(
            shorten_middle("https://example.com/a/b/c/page", 20),
            "https://exa…b/c/page"
        );
        assert_eq!(width(&shorten_middle("https://example.com/a/b/c/page", 20)), 20);
        assert_eq!(shorten_middle("https://x.test/", 20), "https://x.test/");
    }
}
