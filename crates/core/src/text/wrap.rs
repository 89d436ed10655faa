//! Text measured, wrapped and cut in terminal columns — one wrapper for the full screen's prose and
//! the graph's labels. Widths come from `unicode-width` (a wide CJK character or an emoji counts
//! two), lines are filled by `textwrap`'s first fit, and text is broken or cut only between
//! graphemes (`unicode-segmentation`), so an accent is never parted from its letter nor an emoji
//! sequence split.
//!
//! What is ours is what the words are: French punctuation kept to its word (see `words`), an
//! address (`https://…`) shortened in the middle rather than broken, and the graph's balanced lines.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// A word as it is placed on a line: its text and the columns it takes there (a piece of a broken
/// word, or a shortened address, takes the whole line so that it stands alone).
#[derive(Debug)]
struct Unit {
    text: String,
    columns: usize,
}

impl Unit {
    fn new(text: String) -> Unit {
        let columns = width(&text);
        Unit { text, columns }
    }
}

impl Fragment for Unit {
    fn width(&self) -> f64 {
        self.columns as f64
    }

    /// Words on a line are parted by one space.
    fn whitespace_width(&self) -> f64 {
        1.0
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// `units` filled into lines at most `max` columns wide (a unit wider than that alone on its line),
/// each line's words parted by one space. No unit gives one empty line.
fn first_fit(units: &[Unit], max: usize) -> Vec<String> {
    wrap_first_fit(units, &[max as f64])
        .into_iter()
        .map(|line| {
            let words: Vec<&str> = line.iter().map(|unit| unit.text.as_str()).collect();
            words.join(" ")
        })
        .collect()
}

/// Wraps `text` into lines at most `max` columns wide: at spaces where it can, inside a word where
/// the word alone is too wide — but never inside an address (`https://…`), which stands alone on
/// its line, shortened in the middle with `…` if need be. Newlines in the text start new lines; an
/// empty text gives no line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut units = Vec::new();
        for word in words(paragraph) {
            let unit = Unit::new(word);
            if unit.columns <= max {
                units.push(unit);
            } else if unit.text.contains("://") {
                // An address is never broken: alone on its line, shortened in the middle.
                let text = shorten_middle(&unit.text, max);
                units.push(Unit { text, columns: max });
            } else {
                let pieces = break_word(&unit.text, max);
                let last = pieces.len() - 1;
                for (i, piece) in pieces.into_iter().enumerate() {
                    // Every piece but the last fills its line; the last may be followed by words.
                    let mut piece = Unit::new(piece.to_string());
                    if i < last {
                        piece.columns = max;
                    }
                    units.push(piece);
                }
            }
        }
        lines.extend(first_fit(&units, max));
    }
    if lines.iter().all(String::is_empty) {
        lines.clear();
    }
    lines
}

/// Splits `text` into lines of at most about `target` columns at spaces, as evenly as the words
/// allow (no lone last word): as few lines as a first fit at `target` gives, at the narrowest width
/// that keeps that many. Words are never broken (a line may be wider); the text's own line breaks
/// are kept and its empty lines dropped. For the graph's labels.
pub fn balanced(text: &str, target: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let units: Vec<Unit> = words(paragraph).into_iter().map(Unit::new).collect();
        if units.is_empty() {
            continue;
        }
        let count = first_fit(&units, target).len();
        let length: usize = units.iter().map(|unit| unit.columns + 1).sum();
        let mut width = length.div_ceil(count);
        while first_fit(&units, width).len() > count {
            width += 1;
        }
        lines.extend(first_fit(&units, width));
    }
    lines
}

/// The words of a paragraph, parted by plain spaces (a no-break space holds its two sides
/// together), with French punctuation kept to its word: `? ! : ; »` stay with the word before them
/// and `«` with the word after, even across a plain space.
fn words(paragraph: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut glue_next = false;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let clings = word.starts_with(['?', '!', ':', ';', '»']);
        match words.last_mut() {
            Some(last) if clings || glue_next => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
        glue_next = word == "«";
    }
    words
}

/// Cuts a word into pieces at most `max` columns wide, between graphemes (a grapheme wider than
/// `max` is a piece of its own).
fn break_word(word: &str, max: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (at, grapheme) in word.grapheme_indices(true) {
        let w = width(grapheme);
        if used + w > max && used > 0 {
            pieces.push(&word[start..at]);
            start = at;
            used = 0;
        }
        used += w;
    }
    pieces.push(&word[start..]);
    pieces
}

/// `text` cut to `max` columns, ending in `…` when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let Some(room) = max.checked_sub(1) else {
        return String::new();
    };
    format!("{}…", head(text, room).0)
}

/// `text` cut to `max` columns from the left, starting with `…` when cut (for codes whose end
/// matters most).
pub fn truncate_start(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let Some(room) = max.checked_sub(1) else {
        return String::new();
    };
    format!("…{}", tail(text, room))
}

/// `text` cut to `max` columns by leaving out its middle, marked `…` (for links, whose start names
/// the site and whose end the page): three fifths of the room for the start.
pub fn shorten_middle(text: &str, max: usize) -> String {
    if width(text) <= max || max < 3 {
        return truncate(text, max);
    }
    let (head, used) = head(text, (max - 1) * 3 / 5);
    format!("{head}{}", truncate_start(text, max - used))
}

/// The longest start of `text` at most `max` columns wide, cut between graphemes, and its width.
///
/// Not `unicode-truncate`: its 2.0 (and 3.0) debug-asserts that a text is as wide as its graphemes
/// added up, which `unicode-width` 0.2 denies for Arabic lam-alef (`لا`, one column), so any
/// debug or test build panics on such a note (Aetf/unicode-truncate#40). Summing graphemes here
/// errs the same safe way — never wider than `max` — without the assertion.
fn head(text: &str, max: usize) -> (&str, usize) {
    let mut used = 0;
    let mut end = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        let w = width(grapheme);
        if used + w > max {
            break;
        }
        used += w;
        end = at + grapheme.len();
    }
    (&text[..end], used)
}

/// The longest end of `text` at most `max` columns wide, cut between graphemes.
fn tail(text: &str, max: usize) -> &str {
    let mut used = 0;
    let mut start = text.len();
    for (at, grapheme) in text.grapheme_indices(true).rev() {
        let w = width(grapheme);
        if used + w > max {
            break;
        }
        used += w;
        start = at;
    }
    &text[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_at_spaces_and_long_words_break() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghijklmnopqrstuvw", 10), ["abcdefghij", "klmnopqrst", "uvw"]);
        assert_eq!(wrap("ab abcdefghijkl cd", 10), ["ab", "abcdefghij", "kl cd"]);
        assert_eq!(
            wrap("see https://example.com/abc now", 10),
            ["see", "https…/abc", "now"]
        );
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert!(wrap("", 5).is_empty());
        assert!(wrap(" \n ", 5).is_empty());
        assert_eq!(wrap("a   b", 5), ["a b"], "runs of spaces part words as one");
    }

    #[test]
    fn a_shortened_address_stands_alone_even_last() {
        assert_eq!(wrap("see https://example.com/abc", 10), ["see", "https…/abc"]);
        assert_eq!(wrap("a https://e.com/x b", 3), ["a", "h…x", "b"]);
    }

    #[test]
    fn french_punctuation_never_starts_a_line() {
        assert_eq!(wrap("Est-ce réglé ?", 12), ["Est-ce", "réglé ?"]);
        assert_eq!(wrap("dit « oui » ici", 9), ["dit", "« oui »", "ici"]);
        assert_eq!(
            wrap("réglé\u{a0}? oui", 7),
            ["réglé\u{a0}?", "oui"],
            "a no-break space holds"
        );
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(width("漢字"), 4);
        assert_eq!(width("👍"), 2);
        assert_eq!(wrap("漢字漢字漢", 4), ["漢字", "漢字", "漢"]);
        assert_eq!(wrap("ab 漢字", 5), ["ab", "漢字"]);
        assert_eq!(truncate("漢字漢字", 4), "漢…");
    }

    #[test]
    fn a_broken_word_keeps_accents_and_emoji_whole() {
        // "e" + combining acute accent: one grapheme, one column.
        assert_eq!(wrap("abce\u{301}fg", 4), ["abce\u{301}", "fg"]);
        assert_eq!(wrap("abce\u{301}fg", 3), ["abc", "e\u{301}fg"]);
        // A family (man, ZWJ, woman, ZWJ, girl) is one grapheme two columns wide, as is a flag.
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        assert_eq!(width(family), 2);
        assert_eq!(wrap(&format!("ab{family}cd"), 2), ["ab", family, "cd"]);
        assert_eq!(wrap("ab🇫🇷cd", 3), ["ab", "🇫🇷c", "d"]);
        // A cut never leaves an accent without its letter, nor half a flag.
        assert_eq!(truncate_start("abe\u{301}", 1), "…");
        assert_eq!(truncate_start("abe\u{301}", 2), "…e\u{301}");
        assert_eq!(truncate("abe\u{301}cd", 4), "abe\u{301}…");
        assert_eq!(truncate_start("ab🇫🇷", 2), "…");
        assert_eq!(truncate("🇫🇷ab", 2), "…");
    }

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate_start("a/b/c/d", 4), "…c/d");
        assert_eq!(truncate_start("a/b/c/d", 0), "");
        assert_eq!(
            shorten_middle("https://example.com/a/b/c/page", 20),
            "https://exa…b/c/page"
        );
        assert_eq!(width(&shorten_middle("https://example.com/a/b/c/page", 20)), 20);
        assert_eq!(shorten_middle("https://x.test/", 20), "https://x.test/");
    }

    #[test]
    fn balanced_lines_are_even_and_keep_french_punctuation() {
        assert_eq!(
            balanced("Check the phone number you entered", 30),
            ["Check the phone", "number you entered"]
        );
        assert_eq!(balanced("one\n\ntwo", 30), ["one", "two"]);
        assert_eq!(balanced("averyveryverylongword x", 5), ["averyveryverylongword", "x"]);
        assert_eq!(
            balanced("Vérification par téléphone\u{a0}: ni SMS ni appel", 30),
            ["Vérification par", "téléphone\u{a0}: ni SMS ni appel"]
        );
        assert!(balanced("", 30).is_empty());
    }

    #[test]
    fn nothing_panics_on_odd_text() {
        let odd = [
            "\u{644}\u{627}",
            "\r\n",
            "\u{301}\u{301}x",
            "1\u{fe0f}\u{20e3}",
            "\u{2764}\u{fe0f}",
            "\u{1100}\u{1161}\u{11a8}",
            "\u{200d}",
            "a\u{0}b",
        ];
        for text in odd {
            for max in 0..6 {
                let long = format!("https://{text}{text}{text}");
                let _ = balanced(text, max);
                for line in wrap(&long, max) {
                    assert!(width(&line) <= max.max(2), "{line:?} at {max}");
                }
                assert!(width(&truncate(&long, max)) <= max, "{text:?} at {max}");
                assert!(width(&truncate_start(&long, max)) <= max, "{text:?} at {max}");
                assert!(width(&shorten_middle(&long, max)) <= max, "{text:?} at {max}");
            }
        }
    }
}
