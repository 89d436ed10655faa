//! What `check` needs to know of a locale's messages: where each is defined, which variables it uses
//! and which messages and terms it references. Built from the same parse that feeds the bundle.

use crate::engine::diagnostic::{Diagnostics, LineIndex, Pos};
use crate::engine::lint::Lint;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Deepest nesting of placeables that is walked; deeper input is reported, not followed.
const MAX_DEPTH: usize = super::MAX_NESTING;

#[derive(Clone, Debug)]
pub struct Definition {
    pub file: String,
    pub pos: Pos,
    pub variables: BTreeSet<String>,
}

#[derive(Clone, Debug)]
pub struct Reference {
    /// The message (`id`) or term (`-id`) whose pattern holds the reference.
    pub owner: String,
    pub term: bool,
    pub name: String,
    pub file: String,
    pub pos: Pos,
}

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub messages: BTreeMap<String, Definition>,
    pub terms: BTreeMap<String, Definition>,
    pub references: Vec<Reference>,
    /// The locale's folder as shown to the user, e.g. `locales/fr`.
    pub folder: String,
}

impl Catalog {
    pub fn add(&mut self, file: &str, resource: &FluentResource, diags: &mut Diagnostics) {
        if self.folder.is_empty() {
            self.folder = std::path::Path::new(file)
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
        }
        let source = resource.source();
        let lines = LineIndex::new(source);
        let pos_of = |s: &str| lines.pos((s.as_ptr() as usize).saturating_sub(source.as_ptr() as usize));
        for entry in resource.entries() {
            let (id, patterns, term): (&str, Vec<&ast::Pattern<&str>>, bool) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name,
                    m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect(),
                    false,
                ),
                ast::Entry::Term(t) => (
                    t.id.name,
                    std::iter::once(&t.value)
                        .chain(t.attributes.iter().map(|a| &a.value))
                        .collect(),
                    true,
                ),
                _ => continue,
            };
            let pos = pos_of(id);
            if let ast::Entry::Message(m) = entry
                && m.value.is_none()
            {
                // Fluent takes it, but it has nothing to show: the wizard would show its id.
                diags.error(
                    Lint::ValueMissing,
                    file,
                    pos,
                    format!("message `{id}` has attributes but no value: there is nothing to show"),
                );
            }
            let mut walker = Walker {
                variables: BTreeSet::new(),
                refs: Vec::new(),
                too_deep: false,
            };
            for pattern in patterns {
                walker.pattern(pattern, 0);
            }
            if walker.too_deep {
                diags.error(
                    Lint::TooDeep,
                    file,
                    pos,
                    format!("`{id}` nests placeables more than {MAX_DEPTH} deep"),
                );
            }
            for (is_term, name, at) in walker.refs {
                self.references.push(Reference {
                    owner: if term { format!("-{id}") } else { id.to_string() },
                    term: is_term,
                    name: name.to_string(),
                    file: file.to_string(),
                    pos: pos_of(at),
                });
            }
            let map = if term { &mut self.terms } else { &mut self.messages };
            let shown = if term { format!("-{id}") } else { id.to_string() };
            if let Some(first) = map.get(id) {
                diags.error(
                    Lint::DuplicateId,
                    file,
                    pos,
                    format!(
                        "duplicate message `{shown}` (first defined at {}:{}:{})",
                        first.file, first.pos.line, first.pos.col
                    ),
                );
                continue;
            }
            map.insert(
                id.to_string(),
                Definition {
                    file: file.to_string(),
                    pos,
                    variables: walker.variables,
                },
            );
        }
    }
}

struct Walker<'s> {
    variables: BTreeSet<String>,
    refs: Vec<(bool, &'s str, &'s str)>,
    too_deep: bool,
}

impl<'s> Walker<'s> {
    fn pattern(&mut self, pattern: &ast::Pattern<&'s str>, depth: usize) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression, depth + 1);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&'s str>, depth: usize) {
        if depth > MAX_DEPTH {
            self.too_deep = true;
            return;
        }
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, depth),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, depth);
                for variant in variants {
                    self.pattern(&variant.value, depth);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&'s str>, depth: usize) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_string());
            }
            ast::InlineExpression::MessageReference { id, .. } => self.refs.push((false, id.name, id.name)),
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.refs.push((true, id.name, id.name));
                if let Some(arguments) = arguments {
                    self.arguments(arguments, depth);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments, depth),
            ast::InlineExpression::Placeable { expression } => self.expression(expression, depth + 1),
            ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&'s str>, depth: usize) {
        for value in arguments
            .positional
            .iter()
            .chain(arguments.named.iter().map(|n| &n.value))
        {
            self.inline(value, depth);
        }
    }
}
