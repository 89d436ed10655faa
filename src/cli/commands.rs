//! The commands that print something and end: `check`, `reviewed`, `paths`, `walk`, `graph`,
//! `completions`, `man` and `report`. Each returns how it ended or what went wrong; [`super::run`] makes the
//! exit code.

use super::{Cli, Error, GraphFormat, Status, print, say, written};
use crate::content::Loaded;
use crate::engine::freshness::Day;
use crate::engine::paths::{self, MAX_PATHS, PathEnd, PathsStopped, for_each_path};
use crate::engine::place::Place;
use crate::engine::tree::{NodeKind, Tree};
use crate::i18n::Localizer;
use crate::wizard::lines::{self as plain, WalkError};
use crate::wizard::session::Session;
use std::io::{IsTerminal, Write};

/// Prints every finding and the count; `check` alone also counts the paths (see
/// [`paths::path_count_warning`]).
pub fn check(loaded: &Loaded, today: Day) -> Result<Status, Error> {
    let mut diagnostics = loaded.diagnostics.clone();
    if let Some(tree) = &loaded.tree {
        paths::path_count_warning(tree, &mut diagnostics);
        crate::engine::freshness::check_freshness(tree, today, &mut diagnostics);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut result = Ok(());
    for d in diagnostics.sorted() {
        // One finding, one line, even when a file's name holds a newline.
        result = result.and_then(|()| writeln!(out, "{}", crate::text::Safe::line(&d.to_string())));
    }
    written(
        result
            .and_then(|()| writeln!(out, "{}", diagnostics.summary()))
            .and_then(|()| out.flush()),
    )?;
    Ok(if diagnostics.has_errors() {
        Status::Findings
    } else {
        Status::Done
    })
}

/// `reviewed`: above each translated message of `dir` named in `ids` (every one with `all`), in
/// every language but English (or `lang`'s), records the hash of the English text it now matches
/// ([`crate::i18n::origin`]). An id English does not have is refused before anything is written.
pub fn reviewed(dir: &std::path::Path, lang: Option<&str>, ids: &[String], all: bool) -> Result<Status, Error> {
    use crate::i18n::origin;
    use crate::source::{FileSet, Kind};
    let files = FileSet::from_dir(dir, Kind::Locales)?;
    let english = origin::english(&files);
    let unknown: Vec<&String> = ids.iter().filter(|id| !english.contains_key(id.as_str())).collect();
    if english.is_empty() || !unknown.is_empty() {
        let folder = dir.join(crate::i18n::FALLBACK).display().to_string();
        let what = if english.is_empty() {
            format!("reviewed: no English messages in {folder}")
        } else {
            let names: Vec<String> = unknown.iter().map(|id| format!("`{id}`")).collect();
            format!("reviewed: no English message {} in {folder}", names.join(", "))
        };
        super::say(&what);
        return Ok(Status::Findings);
    }
    let mut messages = 0;
    let mut changed = 0;
    for file in &files.files {
        let mut parts = file.relative.components();
        let (Some(folder), Some(_)) = (parts.next(), parts.next()) else {
            continue;
        };
        let folder = folder.as_os_str().to_string_lossy();
        if folder == crate::i18n::FALLBACK || lang.is_some_and(|l| l != folder) {
            continue;
        }
        let (text, marked) =
            origin::mark_reviewed(&file.text, &english, &|id| all || ids.iter().any(|wanted| wanted == id));
        if marked.is_empty() {
            continue;
        }
        let path = dir.join(&file.relative);
        let temporary = path.with_extension("ftl.reviewed");
        std::fs::write(&temporary, text)
            .and_then(|()| std::fs::rename(&temporary, &path))
            .map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
        messages += marked.len();
        changed += 1;
    }
    print(&format!(
        "{messages} message{} marked reviewed in {changed} file{}\n",
        if messages == 1 { "" } else { "s" },
        if changed == 1 { "" } else { "s" }
    ))
}

/// Lists the paths as they are found, so `paths | head` answers at once and memory stays flat; past
/// [`MAX_PATHS`] it stops with exit 1. The text columns are aligned to the widest code, measured in a
/// first pass that keeps nothing.
pub fn paths(tree: &Tree, json: bool) -> Result<Status, Error> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let result = if json {
        let mut first = true;
        let listed = for_each_path(tree, MAX_PATHS, |steps, end| {
            let codes = paths::codes(tree, steps);
            let channel = paths::path_channel(tree, steps, end).map(|c| tree.channel(c).id.as_str());
            let entry = serde_json::json!({
                "code": codes.code,
                "short": codes.short,
                "outcome": end.as_str(),
                "channel": channel,
                "verified": verified_on_path(tree, steps),
            });
            let entry = serde_json::to_string_pretty(&entry)
                .map_err(std::io::Error::other)?
                .replace('\n', "\n  ");
            let lead = if first { "[\n  " } else { ",\n  " };
            first = false;
            write!(out, "{lead}{entry}")
        });
        let close = if first { "[]\n" } else { "\n]\n" };
        listed.and_then(|_| out.write_all(close.as_bytes()).map_err(PathsStopped::Visitor))
    } else {
        let (mut width, mut short_width) = (0, 0);
        let _ = for_each_path(tree, MAX_PATHS, |steps, _| {
            let ids: usize = steps
                .iter()
                .map(|&(place, i)| tree.choices(place)[i].id.chars().count())
                .sum();
            let positions: usize = steps.iter().map(|(_, i)| (i + 1).to_string().len()).sum();
            let separators = steps.len().saturating_sub(1);
            width = width.max(ids + separators);
            short_width = short_width.max(positions + separators);
            Ok::<(), std::convert::Infallible>(())
        });
        for_each_path(tree, MAX_PATHS, |steps, end: PathEnd| {
            let codes = paths::codes(tree, steps);
            let line = format!("{:width$}  {:short_width$}  {}", codes.code, codes.short, end.as_str());
            match paths::path_channel(tree, steps, end) {
                Some(c) => {
                    let outcome_width = "handed-over".len();
                    let head = format!(
                        "{:width$}  {:short_width$}  {:outcome_width$}",
                        codes.code,
                        codes.short,
                        end.as_str()
                    );
                    writeln!(out, "{head}  {}", tree.channel(c).id)
                }
                None => writeln!(out, "{line}"),
            }
        })
        .map(|_| ())
    };
    match result.and_then(|()| out.flush().map_err(PathsStopped::Visitor)) {
        Ok(()) => Ok(Status::Done),
        Err(PathsStopped::Visitor(e)) => written(Err(e)).map(|()| Status::Done),
        Err(PathsStopped::TooMany(stopped)) => {
            // What was listed goes out before the error that ends it.
            written(out.flush())?;
            Err(Error::TooManyPaths {
                listed: paths::grouped(stopped.limit as u64),
                stopped,
            })
        }
    }
}

/// The fixes a path goes through (`TOPIC:NODE`), each with the day it was last checked against its
/// source, or `null` when it never was: a support lead sees which steps of the walk to trust and
/// which one to re-check first.
fn verified_on_path(tree: &Tree, steps: &[(Place, usize)]) -> serde_json::Map<String, serde_json::Value> {
    steps
        .iter()
        .filter_map(|&(place, _)| match place {
            Place::Node(n) if matches!(tree.node(n).kind, NodeKind::Fix { .. }) => Some(n),
            _ => None,
        })
        .map(|n| {
            let node = tree.node(n);
            let on = node.verified.as_ref().and_then(|v| v.on);
            let value = on.map_or(serde_json::Value::Null, |day| day.to_string().into());
            (format!("{}:{}", tree.flow_of(n).id, node.id), value)
        })
        .collect()
}

pub fn walk(tree: &Tree, localizer: &Localizer, lang: &str, code: &str) -> Result<Status, Error> {
    // The screens of a walk, not a recorded session: its summaries name no session.
    let mut session = Session::new(tree).with_id("");
    let stdout = std::io::stdout().lock();
    // Under a locale that is not UTF-8, plain ASCII.
    let mut out: Box<dyn std::io::Write> = if crate::text::ascii_locale(|k| std::env::var(k).ok()) {
        Box::new(crate::text::Ascii::new(stdout))
    } else {
        Box::new(stdout)
    };
    match plain::write_walk(&mut out, &mut session, code, localizer, lang) {
        Ok(()) => Ok(Status::Done),
        Err(WalkError::Code(error)) => Err(Error::Code {
            code: code.to_string(),
            error,
        }),
        Err(WalkError::Io(e)) => written(Err(e)).map(|()| Status::Done),
    }
}

pub fn graph(
    tree: &Tree,
    localizer: &Localizer,
    lang: &str,
    format: GraphFormat,
    topic: Option<&str>,
) -> Result<Status, Error> {
    let format = match format {
        GraphFormat::Dot => crate::output::graph::Format::Dot,
        GraphFormat::Mermaid => crate::output::graph::Format::Mermaid,
    };
    let options = crate::output::graph::Options { format, topic, lang };
    print(&crate::output::graph::render(tree, localizer, options)?)
}

pub fn completions(shell: clap_complete::Shell) -> Result<Status, Error> {
    use clap::CommandFactory;
    print(&crate::output::manual::completions(shell, Cli::command()))
}

pub fn man() -> Result<Status, Error> {
    use clap::CommandFactory;
    print(&crate::output::manual::render(Cli::command(), super::environment::VARIABLES).map_err(Error::Output)?)
}

/// A step's words in the tree as it is now, in `lang`, by its `topic:node`: a question's text, a
/// fix's title, an end's own text (not the heading every end of its kind shares).
fn step_words(tree: &Tree, localizer: &Localizer, lang: &str, qualified: &str) -> Option<String> {
    let (topic, node) = qualified.split_once(':')?;
    let words = match &tree.node(tree.find(topic, node)?).kind {
        NodeKind::Question { text, .. } => text,
        NodeKind::Fix { title, .. } => title,
        NodeKind::End { text, .. } => text.as_ref()?,
        NodeKind::Jump { .. } => return None,
    };
    Some(localizer.text(lang, &words.id))
}

pub fn report(
    dir: &std::path::Path,
    json: bool,
    options: crate::transcript::report::Options<'_>,
    localizer: &Localizer,
    tree: Option<&Tree>,
) -> Result<Status, Error> {
    use crate::transcript::report;
    // Each unreadable file is named as it is met, one line per file whatever its name holds.
    let mut report =
        report::scan(dir, options, |error| say(&crate::text::Safe::line(&error.to_string()))).map_err(|source| {
            Error::Folder {
                dir: dir.to_path_buf(),
                source,
            }
        })?;
    if let Some(tree) = tree {
        // One language whatever the transcripts were saved in: each step the tree still has is
        // named by its words now, in the report's language.
        report.name_steps(|qualified| step_words(tree, localizer, options.lang, qualified));
    }
    let text = if json {
        report::json(&report).map_err(|e| Error::Output(e.into()))?
    } else {
        let ascii = super::ascii();
        let style = report::Style {
            ascii,
            colour: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        let text = report::table(&report, localizer, options.lang, style);
        if ascii { crate::text::to_ascii(&text) } else { text }
    };
    print(&text)?;
    Ok(if report.unreadable == 0 {
        Status::Done
    } else {
        Status::Findings
    })
}
