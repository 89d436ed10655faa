//! Diagnostics: every problem found in flows or locales, with the file, line and column it points at.
//! Loading collects them all into a [`Diagnostics`] list and reports them together, like cargo does.

use super::lint::Lint;
use std::fmt;

/// How serious a finding is: errors stop the wizard, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

pub use crate::text::place::{LineIndex, Pos};

/// One finding: `FILE:LINE:COL: error: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Its kind, named at the end of its line.
    pub lint: Lint,
    pub file: String,
    pub pos: Pos,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message = crate::text::sanitize(&self.message);
        if self.pos.line == 0 {
            write!(
                f,
                "{}: {level}: {message} [{}]",
                crate::text::sanitize(&self.file),
                self.lint
            )
        } else {
            write!(
                f,
                "{}:{}:{}: {level}: {message} [{}]",
                crate::text::sanitize(&self.file),
                self.pos.line,
                self.pos.col,
                self.lint
            )
        }
    }
}

/// Every finding of one load, in the order found; sorted by file and position for reporting.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, lint: Lint, file: &str, pos: Pos, message: impl Into<String>) {
        self.push(Severity::Error, lint, file, pos, message);
    }

    pub fn warning(&mut self, lint: Lint, file: &str, pos: Pos, message: impl Into<String>) {
        self.push(Severity::Warning, lint, file, pos, message);
    }

    fn push(&mut self, severity: Severity, lint: Lint, file: &str, pos: Pos, message: impl Into<String>) {
        self.items.push(Diagnostic {
            severity,
            lint,
            file: file.to_string(),
            pos,
            message: message.into(),
        });
    }

    /// Leaves out the warnings whose kind is named in `allowed` (a tree's `allow`); errors stay.
    pub fn allow(&mut self, allowed: &[String]) {
        self.items
            .retain(|d| d.severity == Severity::Error || !allowed.iter().any(|name| name == d.lint.name()));
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// The findings sorted by file, then position, then message.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.items.iter().collect();
        all.sort_by(|a, b| (&a.file, a.pos, &a.message).cmp(&(&b.file, b.pos, &b.message)));
        all.dedup();
        all
    }

    /// The closing count line, e.g. `2 errors, 1 warning`.
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}",
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{LineIndex, Pos};

    #[test]
    fn the_line_index_agrees_with_a_scan_from_the_start() {
        let text = "ab\ncdé\n\nxyz";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.pos(offset), Pos::of_offset(text, offset), "offset {offset}");
        }
        assert_eq!(index.pos(4), Pos { line: 2, col: 2 });
    }
}
