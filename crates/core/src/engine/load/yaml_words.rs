//! serde-saphyr's errors said in a flow author's words: which kind of finding it is, where the
//! fault is (a tab at its own line and column, a key indented wrong at its own line), and what to
//! do, with no parser jargon or Rust type names (`untagged enum`, `Option<String>`).

use crate::engine::diagnostic::Pos;
use crate::engine::lint::Lint;

/// The finding for a YAML error whose first line (location removed) is `message`, reported by the
/// parser at `pos`, in a file of `text`.
pub fn in_author_words(message: &str, pos: Pos, text: &str) -> (Lint, Pos, String) {
    let lines: Vec<&str> = text.lines().collect();
    let lower = message.to_lowercase();
    if lower.contains("a tab") || lower.contains("tabs ") || lower.contains("tab character") {
        if let Some((line, col)) = first_indenting_tab(&lines) {
            return (
                Lint::YamlSyntax,
                Pos { line, col },
                "a tab in this line's indentation: YAML indents with spaces only; replace the tab with spaces".into(),
            );
        }
        return (
            Lint::YamlSyntax,
            pos,
            "a tab where YAML takes spaces only; replace it with spaces".into(),
        );
    }
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        let key = key.split(", set DuplicateKeyPolicy").next().unwrap_or(key);
        return (Lint::DuplicateKey, pos, format!("duplicate key `{key}`"));
    }
    if message.starts_with("unknown field") || message.starts_with("unknown variant") {
        return (Lint::UnknownField, pos, message.to_string());
    }
    if let Some(field) = field_named(message, "missing field ") {
        return missing_field(&field, pos, &lines);
    }
    if message.contains("any variant of untagged enum") {
        let item = item_start(&lines, pos);
        for key in ["link", "text"] {
            if let Some(found) = misindented_key(key, item, &lines) {
                return found;
            }
        }
        return (
            Lint::WrongType,
            item,
            "this step is neither a message id (`- my-step`) nor a step with a link (`- text: my-step`, \
             then `link: https://…` lined up under `text:`): check that it has both `text:` and `link:`, \
             spelt so, and lined up"
                .into(),
        );
    }
    if message.starts_with("cannot deserialize null") || message.contains("invalid type: null") {
        // At the key that has no value, not past its colon.
        let key = lines
            .get((pos.line as usize).saturating_sub(1))
            .map_or(pos, |line| Pos {
                line: pos.line,
                col: indent(line) as u64 + 1,
            });
        return (
            Lint::WrongType,
            key,
            "this key has no value: write it after the colon (`key: value`), or remove the key".into(),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another kind of value"));
        return (Lint::WrongType, pos, format!("expected {expected} here, found {found}"));
    }
    if message.contains("did not find expected key")
        || message.contains("did not find expected '-' indicator")
        || message.contains("mapping values are not allowed")
        || message.contains("did not find expected <document start>")
    {
        let at = lines
            .get((pos.line as usize).saturating_sub(1))
            .map_or(pos, |line| Pos {
                line: pos.line,
                col: indent(line) as u64 + 1,
            });
        return (Lint::YamlSyntax, at, misaligned(pos, &lines));
    }
    let plain = match message {
        "expected sequence start" => "expected a list here (one `- item` per line)".to_string(),
        "expected mapping start" => "expected keys and values here (`key: value`)".to_string(),
        other => other
            .trim_start_matches("while parsing a block mapping, ")
            .trim_start_matches("while parsing a block collection, ")
            .trim_start_matches("while scanning a plain scalar, ")
            .to_string(),
    };
    (Lint::YamlSyntax, pos, plain)
}

/// The name in `missing field `label``, after `prefix`.
fn field_named(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    Some(rest.trim_matches(|c| c == '`' || c == '\'').to_string())
}

/// Where the first tab in a line's indentation is (1-based line and column).
fn first_indenting_tab(lines: &[&str]) -> Option<(u64, u64)> {
    lines.iter().enumerate().find_map(|(i, line)| {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let col = line[..indent].find('\t')?;
        Some((i as u64 + 1, col as u64 + 1))
    })
}

/// How far a line is indented, in spaces.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The item (`- …`) that holds the place `pos`: the nearest line at or above it that starts a list
/// item, reported at its first key.
fn item_start(lines: &[&str], pos: Pos) -> Pos {
    let at = (pos.line as usize).saturating_sub(1).min(lines.len().saturating_sub(1));
    for i in (0..=at).rev() {
        let Some(line) = lines.get(i) else { continue };
        let trimmed = line.trim_start_matches(' ');
        if trimmed.starts_with("- ") && indent(line) + 2 <= pos.col as usize {
            return Pos {
                line: i as u64 + 1,
                col: (indent(line) + 3) as u64,
            };
        }
    }
    pos
}

/// The item's kind, from the field it lacks.
fn item_kind(field: &str) -> &'static str {
    match field {
        "label" | "next" => "answer (it needs `id`, `label` and `next`)",
        "id" => "node or answer",
        "text" | "link" => "step",
        "topic" | "title" | "nodes" => "topic file (it needs `topic`, `title` and `nodes`)",
        _ => "item",
    }
}

/// `key:` written in the item that starts at `item`, but indented so that it belongs to no item:
/// the finding at its own line.
fn misindented_key(key: &str, item: Pos, lines: &[&str]) -> Option<(Lint, Pos, String)> {
    let key_col = item.col as usize - 1;
    for (i, line) in lines.iter().enumerate().skip(item.line as usize).take(12) {
        let trimmed = line.trim_start_matches(' ');
        if trimmed.starts_with("- ") && indent(line) + 2 <= key_col {
            break;
        }
        if trimmed.starts_with(&format!("{key}:")) && indent(line) != key_col {
            let owner = item_kind(key).split(' ').next().unwrap_or("item");
            return Some((
                Lint::MissingField,
                Pos {
                    line: i as u64 + 1,
                    col: indent(line) as u64 + 1,
                },
                format!(
                    "`{key}:` is indented {} spaces, so it is not part of the {owner} above it, whose keys start at column {}: indent it {key_col} spaces",
                    indent(line),
                    key_col + 1
                ),
            ));
        }
    }
    None
}

fn missing_field(field: &str, pos: Pos, lines: &[&str]) -> (Lint, Pos, String) {
    let item = item_start(lines, pos);
    misindented_key(field, item, lines).unwrap_or_else(|| {
        (
            Lint::MissingField,
            item,
            format!("this {} has no `{field}`", item_kind(field)),
        )
    })
}

/// A line that does not line up with the keys or items above it: its indentation, and that of
/// the nearest lines above (one line for each other indentation), for the author to compare.
fn misaligned(pos: Pos, lines: &[&str]) -> String {
    let at = (pos.line as usize).saturating_sub(1);
    let Some(line) = lines.get(at) else {
        return "the indentation here does not line up with the lines above".into();
    };
    let here = indent(line);
    let mut seen = vec![here];
    let mut above = Vec::new();
    for (i, l) in lines[..at].iter().enumerate().rev() {
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let column = indent(l);
        if !seen.contains(&column) {
            seen.push(column);
            above.push(format!("{column} at line {}", i + 1));
        }
        if above.len() == 3 || column == 0 {
            break;
        }
    }
    format!(
        "this line is indented {here} spaces, which lines up with nothing it could belong to (above it: {}): \
         the keys of one item start in the same column, and so do the `- ` items of one list",
        above.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_is_named_at_its_own_line_and_column() {
        let text = "a:\n  b: c\n\td: e\n";
        let (lint, pos, message) = in_author_words(
            "while scanning a plain scalar, found a tab",
            Pos { line: 2, col: 6 },
            text,
        );
        assert_eq!((lint, pos), (Lint::YamlSyntax, Pos { line: 3, col: 1 }));
        assert!(message.contains("tab") && message.contains("spaces"), "{message}");
    }

    #[test]
    fn no_rust_type_names_reach_the_author() {
        for raw in [
            "data did not match any variant of untagged enum RawStep",
            "cannot deserialize null into string; use Option<String>",
            "invalid type: sequence, expected a string",
        ] {
            let (_, _, message) = in_author_words(raw, Pos { line: 1, col: 1 }, "- a: b\n");
            assert!(!message.contains("enum") && !message.contains("Option<"), "{message}");
        }
    }
}
