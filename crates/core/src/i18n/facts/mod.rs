//! Facts that must match across languages. Within one message (or term), each translation must
//! hold the same numbers with their units, links, e-mail addresses, commands and code spans as the
//! English text ([`super::FALLBACK`]), in any documented locale form of each ([`scan`]); every
//! difference is an error at the translation's place that names the English one. (Variables are
//! compared by [`super::check`].)
//!
//! A translation that localises a fact on purpose (an example address, a link to a French page)
//! says so in the comment above the message: `# localised: utilisateur@organisation.com`. Each fact
//! it lists (as this language writes it; several separated by `, `) then stands for one English fact
//! of its kind; a listed fact the text does not hold is a warning.

pub mod scan;

use super::FALLBACK;
use crate::engine::diagnostic::{Diagnostics, LineIndex, Pos};
use crate::engine::lint::Lint;
use crate::source::FileSet;
use fluent_syntax::ast;
use scan::{Fact, HOLE, Kind};
use std::collections::BTreeMap;

/// Deepest nesting of placeables walked (files nested deeper are refused by the loader anyway).
const MAX_DEPTH: usize = 32;
/// The comment line that marks a translation's facts as localised on purpose.
pub const LOCALISED: &str = "localised:";

/// One message's facts, in one language.
struct Entry {
    file: String,
    pos: Pos,
    facts: Vec<(Fact, Pos)>,
    /// The facts marked localised, as written, with where the mark is.
    localised: Vec<(String, Pos)>,
}

/// Compares the facts of every message of every language with English's, reporting each difference.
pub fn check_facts(files: &FileSet, diags: &mut Diagnostics) {
    // Language folder → message (`id`, or `-id` for a term) → its facts.
    let mut languages: BTreeMap<String, BTreeMap<String, Entry>> = BTreeMap::new();
    for file in &files.files {
        let mut parts = file.relative.components();
        let (Some(lang), Some(_)) = (parts.next(), parts.next()) else {
            continue;
        };
        let lang = lang.as_os_str().to_string_lossy().to_string();
        if super::too_deep(&file.text).is_some() || file.text.len() > super::MAX_LOCALE_FILE_BYTES {
            continue;
        }
        let decimal_comma = super::language_code(&lang) != FALLBACK;
        let entries = languages.entry(lang).or_default();
        collect(&file.name, &file.text, decimal_comma, entries);
    }
    let Some(english) = languages.get(FALLBACK) else {
        return;
    };
    for (lang, entries) in languages.iter().filter(|(lang, _)| lang.as_str() != FALLBACK) {
        for (id, entry) in entries {
            if let Some(source) = english.get(id) {
                compare(id, lang, entry, source, diags);
            }
        }
    }
}

/// Every message and term of one file, with its facts.
fn collect(name: &str, text: &str, decimal_comma: bool, entries: &mut BTreeMap<String, Entry>) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let lines = LineIndex::new(text);
    let offset_of = |slice: &str| {
        let start = text.as_ptr() as usize;
        let at = slice.as_ptr() as usize;
        (at >= start && at + slice.len() <= start + text.len()).then(|| at - start)
    };
    for entry in &resource.body {
        let (id, patterns, comment): (String, Vec<&ast::Pattern<&str>>, _) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect(),
                m.comment.as_ref(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
                t.comment.as_ref(),
            ),
            _ => continue,
        };
        if entries.contains_key(&id) {
            continue; // a duplicate, reported by the catalog
        }
        let pos = lines.pos(
            offset_of(match entry {
                ast::Entry::Message(m) => m.id.name,
                ast::Entry::Term(t) => t.id.name,
                _ => "",
            })
            .unwrap_or(0),
        );
        let mut chars = Vec::new();
        for pattern in patterns {
            flatten(pattern, &offset_of, &mut chars, 0);
            chars.push((chars.last().map_or(0, |&(o, _)| o), '\n'));
        }
        let facts = scan::facts(&chars, decimal_comma)
            .into_iter()
            .map(|fact| {
                let at = lines.pos(fact.offset);
                (fact, at)
            })
            .collect();
        let mut localised = Vec::new();
        for line in comment.map_or(&[][..], |c| c.content.as_slice()) {
            if let Some(list) = line.trim_start().strip_prefix(LOCALISED) {
                let at = lines.pos(offset_of(line).unwrap_or(0));
                localised.extend(
                    list.split(", ")
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(|s| (s.to_string(), at)),
                );
            }
        }
        entries.insert(
            id,
            Entry {
                file: name.to_string(),
                pos,
                facts,
                localised,
            },
        );
    }
}

/// The text a user reads, each character with its byte offset in the file: text elements and
/// string literals as they are, any other placeable as one [`HOLE`], select variants one after the
/// other, each ending a line.
fn flatten(
    pattern: &ast::Pattern<&str>,
    offset_of: &dyn Fn(&str) -> Option<usize>,
    out: &mut Vec<(usize, char)>,
    depth: usize,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                if let Some(base) = offset_of(value) {
                    out.extend(value.char_indices().map(|(i, c)| (base + i, c)));
                }
            }
            ast::PatternElement::Placeable { expression: inner } => expression(inner, offset_of, out, depth + 1),
        }
    }
}

fn expression(
    expr: &ast::Expression<&str>,
    offset_of: &dyn Fn(&str) -> Option<usize>,
    out: &mut Vec<(usize, char)>,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let here = out.last().map_or(0, |&(o, _)| o);
    match expr {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            if let Some(base) = offset_of(value) {
                out.extend(super::typography::unescape(value, base));
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression: inner }) => {
            expression(inner, offset_of, out, depth + 1);
        }
        ast::Expression::Inline(_) => out.push((here, HOLE)),
        ast::Expression::Select { variants, .. } => {
            out.push((here, HOLE));
            for variant in variants {
                flatten(&variant.value, offset_of, out, depth);
                out.push((out.last().map_or(here, |&(o, _)| o), '\n'));
            }
        }
    }
}

/// Reports every fact of `entry` (a translation) that differs from `source` (English).
fn compare(id: &str, lang: &str, entry: &Entry, source: &Entry, diags: &mut Diagnostics) {
    let mut used = vec![false; entry.localised.len()];
    for kind in [Kind::Number, Kind::Link, Kind::Email, Kind::Command, Kind::Code] {
        let in_source = first_by_key(&source.facts, kind);
        let in_entry = first_by_key(&entry.facts, kind);
        let mut extra: Vec<&(Fact, Pos)> = in_entry
            .iter()
            .filter(|(key, _)| !in_source.contains_key(*key))
            .map(|(_, f)| *f)
            .collect();
        let mut missing: Vec<&(Fact, Pos)> = in_source
            .iter()
            .filter(|(key, _)| !in_entry.contains_key(*key))
            .map(|(_, f)| *f)
            .collect();
        extra.sort_by_key(|(f, _)| f.offset);
        missing.sort_by_key(|(f, _)| f.offset);
        // A fact marked localised stands for one English fact of its kind.
        extra.retain(|(fact, _)| {
            let mark = entry
                .localised
                .iter()
                .position(|(shown, _)| *shown == fact.shown || *shown == fact.key);
            match mark {
                Some(mark) => {
                    used[mark] = true;
                    if !missing.is_empty() {
                        missing.remove(0);
                    }
                    false
                }
                None => true,
            }
        });
        let noun = kind.noun();
        let paired = extra.len().min(missing.len());
        for ((fact, at), (theirs, their_at)) in extra.iter().zip(&missing) {
            diags.error(Lint::FactsDiffer,
                &entry.file,
                *at,
                format!(
                    "message `{id}` has the {noun} `{}` in `{lang}` but `{}` in `{FALLBACK}` ({}:{}:{}); {} must be the same in every language",
                    fact.shown, theirs.shown, source.file, their_at.line, their_at.col, kind.plural()
                ),
            );
        }
        for (fact, at) in &extra[paired..] {
            diags.error(Lint::FactsDiffer,
                &entry.file,
                *at,
                format!(
                    "message `{id}` has the {noun} `{}` in `{lang}`, which its `{FALLBACK}` text ({}:{}:{}) does not have",
                    fact.shown, source.file, source.pos.line, source.pos.col
                ),
            );
        }
        for (theirs, their_at) in &missing[paired..] {
            diags.error(
                Lint::FactsDiffer,
                &entry.file,
                entry.pos,
                format!(
                    "message `{id}` in `{lang}` lacks the {noun} `{}` of its `{FALLBACK}` text ({}:{}:{})",
                    theirs.shown, source.file, their_at.line, their_at.col
                ),
            );
        }
    }
    for ((shown, at), used) in entry.localised.iter().zip(used) {
        if !used {
            diags.warning(Lint::NeedlessLocalised,
                &entry.file,
                *at,
                format!("message `{id}` marks `{shown}` as localised, but its text has no such fact that differs from `{FALLBACK}`"),
            );
        }
    }
}

/// The facts of one kind by key, each at its first place.
fn first_by_key(facts: &[(Fact, Pos)], kind: Kind) -> BTreeMap<&str, &(Fact, Pos)> {
    let mut by_key = BTreeMap::new();
    for fact in facts.iter().filter(|(f, _)| f.kind == kind) {
        by_key.entry(fact.0.key.as_str()).or_insert(fact);
    }
    by_key
}
