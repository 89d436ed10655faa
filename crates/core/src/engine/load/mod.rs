//! Loading flows: parse every YAML file into typed structs, check each node's shape and ids, resolve
//! targets across files, and build the [`Tree`]. Every problem becomes a diagnostic; none stops the load.

mod kinds;
mod link;
mod yaml_words;

use super::diagnostic::{Diagnostics, Pos};
use super::format::raw::RawFlow;
use super::tree::{MsgRef, Span, Tree};
use crate::engine::lint::Lint;
use crate::source::FileSet;
use link::Linker;
use serde_saphyr::{Location, Spanned};

/// The topic id of the root flow, `flows/root.yaml`.
pub const ROOT_TOPIC: &str = "root";
/// The wizard's own labels for a fix's two answers.
pub const FIX_YES: &str = "ui-fix-yes";
pub const FIX_NO: &str = "ui-fix-no";
/// A fix that opens a support request (`done: handed-over`) asks whether it is created.
pub const REQUEST_YES: &str = "ui-request-yes";
pub const REQUEST_NO: &str = "ui-request-no";
pub const TICKET: &str = "ui-escalate-ticket";

pub use crate::source::MAX_FLOW_FILE_BYTES;

/// Parses and links every flow file. Returns the tree when the files could be linked into one
/// (it may still hold errors, reported in `diags`); `None` when there is no usable root.
pub fn load_tree(files: &FileSet, diags: &mut Diagnostics) -> Option<Tree> {
    let mut linker = Linker::new(files.unreadable.is_empty());
    for bad in &files.unreadable {
        diags.error(
            Lint::UnreadableFile,
            &bad.name,
            bad.pos,
            format!("cannot read file: {}", bad.reason),
        );
        let stem = bad.relative.file_stem().map(|s| s.to_string_lossy().to_string());
        linker.broken_topics.extend(stem);
    }
    for file in &files.files {
        // Added as soon as parsed: only one file's raw form is held at a time.
        if let Some(flow) = parse_flow(&file.name, &file.text, diags) {
            linker.add_file(file.name.clone(), &file.relative, flow, diags);
        } else {
            let stem = file.relative.file_stem().map(|s| s.to_string_lossy().to_string());
            linker.broken_topics.extend(stem);
            linker.complete = false;
        }
    }
    if files.files.is_empty() && files.unreadable.is_empty() {
        diags.error(Lint::NoFlows, "flows", Pos::default(), "no flow files (*.yaml) found");
        return None;
    }
    linker.link(diags)
}

fn parse_flow(name: &str, text: &str, diags: &mut Diagnostics) -> Option<RawFlow> {
    if text.len() > MAX_FLOW_FILE_BYTES {
        diags.error(
            Lint::TooLarge,
            name,
            Pos { line: 1, col: 1 },
            format!(
                "file is larger than the {} MiB limit for a flow",
                MAX_FLOW_FILE_BYTES >> 20
            ),
        );
        return None;
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 64,
            max_aliases: 1_000,
            max_anchors: 1_000,
        },
    };
    match serde_saphyr::from_str_with_options::<RawFlow>(text, options) {
        Ok(flow) => Some(flow),
        Err(err) => {
            let pos = err.location().map_or(Pos { line: 1, col: 1 }, |l| pos_of(&l));
            let (lint, pos, message) = yaml_message(&err, pos, text);
            diags.error(lint, name, pos, message);
            None
        }
    }
}

/// The error's kind, place and text in an author's words (see [`yaml_words`]), without the
/// location and snippet serde-saphyr adds (we print our own).
fn yaml_message(err: &serde_saphyr::Error, pos: Pos, text: &str) -> (Lint, Pos, String) {
    let options = serde_saphyr::render_options! {
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let rendered = err.render_with_options(options);
    let first = rendered.lines().next().unwrap_or("invalid YAML").trim();
    let message = match first.rfind(" at line ") {
        Some(i) => &first[..i],
        None => first,
    }
    .trim_end_matches(':');
    yaml_words::in_author_words(message, pos, text)
}

fn pos_of(location: &Location) -> Pos {
    Pos {
        line: location.line(),
        col: location.column(),
    }
}

pub(super) fn span_pos<T>(spanned: &Spanned<T>) -> Pos {
    pos_of(&spanned.referenced)
}

/// A message reference, where it is written.
pub(super) fn msg(file: usize, spanned: &Spanned<String>) -> MsgRef {
    MsgRef {
        id: spanned.value.clone(),
        at: Some(Span {
            file,
            pos: span_pos(spanned),
        }),
    }
}
