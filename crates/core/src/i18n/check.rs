//! Checks of the locales against the tree: every message a flow or the wizard uses exists in every
//! locale with the same variables as in English, references resolve, and unused messages are flagged.
//!
//! A message missing from a language we ship ([`SHIPPED`]) is an error. A language added by
//! dropping a folder into `locales/` may be incomplete: its missing messages are warnings, and the
//! wizard shows those in English ([`super::FALLBACK`]), so a translation can land bit by bit.

use super::catalog::Catalog;
use super::{FALLBACK, Localizer, agent, journal, ui};
use crate::engine::diagnostic::{Diagnostics, Pos};
use crate::engine::lint::Lint;
use crate::engine::tree::Tree;
use std::collections::BTreeSet;

/// The languages every complete build ships.
pub const SHIPPED: &[&str] = &["en", "fr"];

pub fn check_locales(tree: Option<&Tree>, localizer: &Localizer, diags: &mut Diagnostics) {
    for lang in SHIPPED {
        if !localizer.has_language(lang) {
            diags.error(
                Lint::MissingLocale,
                &format!("locales/{lang}"),
                Pos::default(),
                format!("no `{lang}` locale: a folder {lang}/ with .ftl files is required"),
            );
        }
    }
    let flow_refs = tree.map(Tree::messages).unwrap_or_default();
    let mut used: BTreeSet<&str> = flow_refs.iter().map(|m| m.id.as_str()).collect();
    used.extend(ui::ALL.iter().chain(agent::ALL).chain(journal::ALL).copied());

    for locale in localizer.locales() {
        let catalog = &locale.catalog;
        let shipped = SHIPPED.contains(&locale.lang.as_str());
        // A language being translated hears of each missing message once, at its first use; a
        // shipped one, at every use (each is an error to fix where it stands).
        let mut told: BTreeSet<&str> = BTreeSet::new();
        for message in &flow_refs {
            if !catalog.messages.contains_key(&message.id)
                && (shipped || told.insert(message.id.as_str()))
                && let (Some(tree), Some(at)) = (tree, message.at)
            {
                missing(
                    diags,
                    shipped,
                    &tree.files[at.file],
                    at.pos,
                    format!(
                        "message `{}` is missing from locale `{}`{}",
                        message.id,
                        locale.lang,
                        // A typo in the flow: the message meant is defined, and used by no flow.
                        crate::engine::suggest::did_you_mean(
                            &message.id,
                            catalog
                                .messages
                                .keys()
                                .map(String::as_str)
                                .filter(|id| !used.contains(id))
                        )
                    ),
                );
            }
        }
        for id in ui::ALL.iter().chain(agent::ALL).chain(journal::ALL) {
            if !catalog.messages.contains_key(*id) {
                missing(
                    diags,
                    shipped,
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
                    Lint::MissingMessage,
                    &reference.file,
                    reference.pos,
                    format!("`{shown}` is not defined in locale `{}`{}", locale.lang, {
                        let known = if reference.term {
                            &catalog.terms
                        } else {
                            &catalog.messages
                        };
                        let dash = if reference.term { "-" } else { "" };
                        crate::engine::suggest::closest(&reference.name, known.keys().map(String::as_str))
                            .map_or_else(String::new, |name| format!("; did you mean `{dash}{name}`?"))
                    }),
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
                    Lint::UnusedMessage,
                    &definition.file,
                    definition.pos,
                    format!("message `{id}` is not used by any flow"),
                );
            }
        }
    }
    check_root_words(localizer, diags);
    check_variables(localizer, diags);
    for locale in localizer.locales() {
        check_reference_loops(&locale.catalog, diags);
    }
}

/// The root screen shows `ui-code-start` as its code: it must be a code `walk` and `--resume` take.
fn check_root_words(localizer: &Localizer, diags: &mut Diagnostics) {
    for locale in localizer.locales() {
        let Some(definition) = locale.catalog.messages.get(ui::CODE_START) else {
            continue;
        };
        let word = localizer.text(&locale.lang, ui::CODE_START);
        if !crate::engine::paths::is_root_word(&word) {
            diags.error(Lint::RootWord,
                &definition.file,
                definition.pos,
                format!(
                    "`{}` reads `{word}`, which `walk` and `--resume` do not take as the first question's code; use one of {}",
                    ui::CODE_START,
                    crate::engine::paths::ROOT_WORDS.join(", ")
                ),
            );
        }
    }
}

/// Messages and terms that refer back to themselves, directly or through others, can never be shown.
fn check_reference_loops(catalog: &Catalog, diags: &mut Diagnostics) {
    use std::collections::BTreeMap;
    // Key: `-term` or `message`; edges: what its patterns reference.
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for reference in &catalog.references {
        let from = reference.owner.clone();
        let to = if reference.term {
            format!("-{}", reference.name)
        } else {
            reference.name.clone()
        };
        edges.entry(from).or_default().push(to);
    }
    // 0 unvisited, 1 on the current path, 2 done.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    for start in edges.keys() {
        if state.get(start.as_str()).copied().unwrap_or(0) != 0 {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start.as_str(), 0)];
        state.insert(start, 1);
        while let Some((node, next)) = stack.last_mut() {
            let targets = edges.get(*node).map_or(&[][..], Vec::as_slice);
            if *next >= targets.len() {
                state.insert(node, 2);
                stack.pop();
                continue;
            }
            let target = targets[*next].as_str();
            *next += 1;
            match state.get(target).copied().unwrap_or(0) {
                0 => {
                    state.insert(target, 1);
                    stack.push((target, 0));
                }
                1 => {
                    let from = stack.iter().position(|(n, _)| *n == target).unwrap_or(0);
                    let mut cycle: Vec<&str> = stack[from..].iter().map(|(n, _)| *n).collect();
                    cycle.push(target);
                    let definition = match target.strip_prefix('-') {
                        Some(term) => catalog.terms.get(term),
                        None => catalog.messages.get(target),
                    };
                    if let Some(definition) = definition {
                        let message = format!("`{target}` refers to itself: {}", cycle.join(" → "));
                        diags.error(Lint::MessageCycle, &definition.file, definition.pos, message);
                    }
                }
                _ => {}
            }
        }
    }
}

/// A missing message: an error in a shipped language; in another, a warning, shown in English.
fn missing(diags: &mut Diagnostics, shipped: bool, file: &str, pos: Pos, message: String) {
    if shipped {
        diags.error(Lint::MissingMessage, file, pos, message);
    } else {
        diags.warning(
            Lint::UntranslatedMessage,
            file,
            pos,
            format!("{message}; {FALLBACK} is shown instead"),
        );
    }
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
                    Lint::VariablesDiffer,
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
