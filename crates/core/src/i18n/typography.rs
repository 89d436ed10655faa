//! French typography in French locales (`fr`, `fr-CA`…): « » with no-break spaces inside, never “ ”
//! nor straight quotes; a no-break space (U+00A0) before `:`; a narrow no-break space (U+202F) or a
//! no-break space (U+00A0) before `;`, `?` and `!`; a no-break space between a number and its unit
//! (`4 minutes`, `24 heures`, `30 jours`). Each defect is a warning at its place: on a
//! narrow terminal an ordinary space lets the mark wrap onto a line of its own.
//!
//! Only what a user reads is checked: the text of messages and terms, and string literals in
//! placeables (`{ "\u00A0: " }`), not comments, ids or variable names. A `:`, `;`, `?` or `!` counts
//! as punctuation only when a space, a closing mark or the end of the text follows it, so addresses
//! (`https://`, `?linkid=`), times and commands (`-Switch:$true`) pass.

use crate::engine::diagnostic::{Diagnostics, LineIndex};
use crate::engine::lint::Lint as Kind;
use crate::source::FileSet;
use fluent_syntax::ast;

const NBSP: char = '\u{00A0}';
const NNBSP: char = '\u{202F}';
/// Deepest nesting of placeables walked (files nested deeper are refused by the loader anyway).
const MAX_DEPTH: usize = super::MAX_NESTING;

/// Reports every French typography defect in the French locale files of `files`, as errors:
/// French ships, and its typography is part of its being complete.
pub fn check_french_typography(files: &FileSet, diags: &mut Diagnostics) {
    for file in &files.files {
        let lang = file
            .relative
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .unwrap_or_default();
        if super::language_code(&lang) != "fr" || file.relative.components().count() < 2 {
            continue;
        }
        if super::too_deep(&file.text).is_some() || file.text.len() > super::MAX_LOCALE_FILE_BYTES {
            continue;
        }
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        let mut lint = Lint {
            source: &file.text,
            lines: LineIndex::new(&file.text),
            name: &file.name,
            diags: &mut *diags,
        };
        for entry in &resource.body {
            let patterns: Vec<&ast::Pattern<&str>> = match entry {
                ast::Entry::Message(m) => m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect(),
                ast::Entry::Term(t) => std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
                _ => continue,
            };
            for pattern in patterns {
                lint.pattern(pattern, 0);
            }
        }
    }
}

struct Lint<'a> {
    source: &'a str,
    lines: LineIndex<'a>,
    name: &'a str,
    diags: &'a mut Diagnostics,
}

impl Lint<'_> {
    /// Byte offset of `slice` in the file, when it is a slice of it.
    fn offset_of(&self, slice: &str) -> Option<usize> {
        let start = self.source.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        (at >= start && at + slice.len() <= start + self.source.len()).then(|| at - start)
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>, depth: usize) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    if let Some(base) = self.offset_of(value) {
                        let chars: Vec<(usize, char)> = value.char_indices().map(|(i, c)| (base + i, c)).collect();
                        self.text(&chars);
                    }
                }
                ast::PatternElement::Placeable { expression } => self.expression(expression, depth + 1),
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, depth),
            ast::Expression::Select { variants, .. } => {
                for variant in variants {
                    self.pattern(&variant.value, depth);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>, depth: usize) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                if let Some(base) = self.offset_of(value) {
                    let chars = unescape(value, base);
                    self.text(&chars);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, depth + 1),
            _ => {}
        }
    }

    /// French is a shipped language: a typography defect is an error, as a missing message is.
    fn warn(&mut self, offset: usize, message: String) {
        let pos = self.lines.pos(offset);
        self.diags.error(
            Kind::FrenchTypography,
            self.name,
            pos,
            format!("French typography: {message}"),
        );
    }

    /// Checks one run of text: each character with its byte offset in the file.
    fn text(&mut self, chars: &[(usize, char)]) {
        for (i, &(offset, c)) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(i + 1).map(|&(_, n)| n);
            match c {
                '“' | '”' => self.warn(
                    offset,
                    format!("`{c}` is an English quote; use « » with no-break spaces inside"),
                ),
                '"' => self.warn(
                    offset,
                    "a straight quote `\"`; use « » with no-break spaces inside".to_string(),
                ),
                '«' => match next {
                    Some(NBSP | NNBSP) | None => {}
                    Some(' ') => self.warn(
                        offset,
                        "an ordinary space after `«`; use a no-break space (U+00A0)".to_string(),
                    ),
                    Some(_) => self.warn(offset, "no space after `«`; add a no-break space (U+00A0)".to_string()),
                },
                '»' => match prev {
                    Some(NBSP | NNBSP) | None => {}
                    Some(' ') => self.warn(
                        offset,
                        "an ordinary space before `»`; use a no-break space (U+00A0)".to_string(),
                    ),
                    Some(_) => self.warn(offset, "no space before `»`; add a no-break space (U+00A0)".to_string()),
                },
                ' ' if prev.is_some_and(|p| p.is_ascii_digit()) && starts_a_unit(&chars[i + 1..]) => self.warn(
                    offset,
                    "an ordinary space between a number and its unit; use a no-break space (U+00A0)".to_string(),
                ),
                ':' | ';' | '?' | '!' if ends_a_phrase(next) => match (c, prev) {
                    (_, None) | (':', Some(NBSP)) | (';' | '?' | '!', Some(NBSP | NNBSP)) => {}
                    (_, Some('?' | '!')) => {}
                    (':', Some(NNBSP)) => self.warn(
                        offset,
                        "a narrow no-break space before `:`; use a no-break space (U+00A0)".to_string(),
                    ),
                    (_, Some(' ')) => {
                        self.warn(offset, format!("an ordinary space before `{c}`; use {}", space_for(c)));
                    }
                    (_, Some(_)) => self.warn(offset, format!("no space before `{c}`; add {}", space_for(c))),
                },
                _ => {}
            }
        }
    }
}

/// Units a number is never parted from at the end of a line.
const UNITS: &[&str] = &[
    "secondes",
    "seconde",
    "minutes",
    "minute",
    "heures",
    "heure",
    "jours",
    "jour",
    "semaines",
    "semaine",
    "mois",
    "ans",
    "an",
    "chiffres",
    "caractères",
    "Mo",
    "Go",
    "%",
    "€",
];

/// Whether `rest` starts with a unit, as a word of its own.
fn starts_a_unit(rest: &[(usize, char)]) -> bool {
    let word: String = rest
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphabetic() || matches!(c, '%' | '€'))
        .collect();
    UNITS.contains(&word.as_str())
}

/// The space French typography puts before `c`.
fn space_for(c: char) -> &'static str {
    if c == ':' {
        "a no-break space (U+00A0)"
    } else {
        "a narrow no-break space (U+202F) or a no-break space (U+00A0)"
    }
}

/// Whether a mark followed by `next` ends a phrase (rather than sitting inside an address, a time
/// or a command).
fn ends_a_phrase(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => n.is_whitespace() || matches!(n, '»' | ')' | '.' | ',' | '"' | '”'),
    }
}

/// The characters of a Fluent string literal's raw value with its escapes (`\\`, `\"`, `\uXXXX`,
/// `\UXXXXXX`) decoded, each with the file offset where it was written.
pub(super) fn unescape(raw: &str, base: usize) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push((base + i, c));
            continue;
        }
        let digits = match chars.peek() {
            Some(&(_, 'u')) => 4,
            Some(&(_, 'U')) => 6,
            Some(&(_, escaped)) => {
                chars.next();
                out.push((base + i, escaped));
                continue;
            }
            None => break,
        };
        chars.next();
        let hex: String = (0..digits).filter_map(|_| chars.next().map(|(_, h)| h)).collect();
        if let Some(decoded) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
            out.push((base + i, decoded));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{starts_a_unit, unescape};

    #[test]
    fn a_unit_is_a_word_of_its_own_after_the_number() {
        let chars = |s: &str| s.char_indices().collect::<Vec<_>>();
        assert!(starts_a_unit(&chars("minutes.")));
        assert!(starts_a_unit(&chars("heures ouvrées")));
        assert!(!starts_a_unit(&chars("annonces")));
        assert!(!starts_a_unit(&chars("chiffrement")));
    }

    #[test]
    fn escapes_in_string_literals_are_decoded_where_they_were_written() {
        let chars: String = unescape(r"\u00A0: \\ \U01F600", 0)
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        assert_eq!(chars, "\u{00A0}: \\ \u{1F600}");
        assert_eq!(unescape(r"a\u00A0b", 10)[1], (11, '\u{00A0}'));
    }
}
