//! Checks of the locales against the tree: every message a flow or the wizard uses exists in every
//! locale with the same variables as in English, references resolve, and unused messages are flagged.

use super::catalog::Catalog;
use super::{FALLBACK, Localizer, ui};
use crate::engine::diagnostic::{Diagnostics, Pos};
use crate::engine::tree::Tree;
use std::collections::BTreeSet;

/// The languages every complete build ships.
pub const SHIPPED: &[&str] = &["en", "fr"];

pub fn check_locales(tree: Option<&Tree>, localizer: &Localizer, diags: &mut Diagnostics) {
    for lang in SHIPPED {
        if !localizer.has_language(lang) {
            diags.error(
                &format!("locales/{lang}"),
                Pos::default(),
                format!("no `{lang}` locale: a folder {lang}/ with .ftl files is required"),
            );
        }
    }
    let flow_refs = tree.map(Tree::messages).unwrap_or_default();
    let mut used: BTreeSet<&str> = flow_refs.iter().map(|m| m.id.as_str()).collect();
    used.extend(ui::ALL.iter().copied());

    for locale in localizer.locales() {
        let catalog = &locale.catalog;
        for message in &flow_refs {
            if !catalog.messages.contains_key(&message.id)
                && let (Some(tree), Some(at)) = (tree, message.at)
            {
                diags.error(
                    &tree.files[at.file],
                    at.pos,
                    format!("message `{}` is missing from locale `{}`", message.id, locale.lang),
                );
            }
        }
        for id in ui::ALL {
            if !catalog.messages.contains_key(*id) {
                diags.error(
                    &folder(catalog, &locale.lang),
                    Pos::default(),
                    format!(
                        "message `{id}` (used by the wizard itself) is missing from locale `{}`",
                        locale.lang
                    ),
                );
            }
        }
        for reference in &catalog.references {
            let (known, shown) = if reference.term {
                (
                    catalog.terms.contains_key(&reference.name),
                    format!("-{}", reference.name),
                )
            } else {
                (catalog.messages.contains_key(&reference.name), reference.name.clone())
            };
            if !known {
                diags.error(
                    &reference.file,
                    reference.pos,
                    format!("`{shown}` is not defined in locale `{}`", locale.lang),
                );
            }
        }
        // Without a complete tree we cannot know what the broken files use.
        if !tree.is_some_and(|t| t.complete) {
            continue;
        }
        let referenced: BTreeSet<&str> = catalog
            .references
            .iter()
            .filter(|r| !r.term)
            .map(|r| r.name.as_str())
            .collect();
        for (id, definition) in &catalog.messages {
            if !used.contains(id.as_str()) && !referenced.contains(id.as_str()) {
                diags.warning(
                    &definition.file,
                    definition.pos,
                    format!("message `{id}` is not used by any flow"),
                );
            }
        }
    }
    check_variables(localizer, diags);
}

/// Each message must use the same variables in every locale as in English.
fn check_variables(localizer: &Localizer, diags: &mut Diagnostics) {
    let Some(reference) = localizer.locales().find(|l| l.lang == FALLBACK) else {
        return;
    };
    for locale in localizer.locales().filter(|l| l.lang != FALLBACK) {
        for (id, definition) in &locale.catalog.messages {
            if let Some(english) = reference.catalog.messages.get(id)
                && english.variables != definition.variables
            {
                diags.error(
                    &definition.file,
                    definition.pos,
                    format!(
                        "message `{id}` uses variables {} here but {} in `{FALLBACK}` ({}:{}:{})",
                        list(&definition.variables),
                        list(&english.variables),
                        english.file,
                        english.pos.line,
                        english.pos.col
                    ),
                );
            }
        }
    }
}

fn list(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "none".to_string();
    }
    variables.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

fn folder(catalog: &Catalog, lang: &str) -> String {
    if catalog.folder.is_empty() {
        format!("locales/{lang}")
    } else {
        catalog.folder.clone()
    }
}
