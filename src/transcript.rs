//! Transcripts: a session saved as JSON (for replay and `report`) and Markdown (to paste into a case).
//! Each step keeps a fingerprint of what its screen showed, so reopening a transcript after the flows
//! or texts changed can say which steps now read differently. Saving is atomic and never overwrites.

use crate::engine::diagnostic::{Diagnostic, Pos, Severity};
use crate::engine::paths::{CodeError, parse_code};
use crate::engine::place::Place;
use crate::engine::tree::{NodeKind, Tree};
use crate::i18n::{Localizer, agent};
use crate::screen::body;
use crate::session::Session;
use crate::ticket::{self, Field};
use fluent_bundle::FluentArgs;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Largest transcript `--resume` and `report` read, in bytes.
pub const MAX_TRANSCRIPT_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub program: String,
    pub version: String,
    pub lang: String,
    pub started: Timestamp,
    pub saved: Timestamp,
    pub flows_hash: String,
    pub locales_hash: String,
    pub code: String,
    pub short: String,
    /// `resolved`, `escalate`, `start-over`, or none when the session stopped before an end.
    pub outcome: Option<String>,
    pub steps: Vec<StepRecord>,
    /// The place the session stood on when saved.
    pub stopped_at: PlaceRecord,
    /// At an escalation end: the support-ticket summary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticket: Vec<Field>,
}

/// A place, as the transcript records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceRecord {
    pub topic: String,
    pub node: String,
    /// `question`, `fix` or `end`.
    pub kind: String,
    /// The question, fix title or end heading, in the transcript's language.
    pub text: String,
    /// Steps (1-based) of a fix marked as tried.
    #[serde(default)]
    pub tried: Vec<usize>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// SHA-256 of what the screen showed, in every language.
    pub fingerprint: String,
}

/// One answered step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    pub time: Timestamp,
    #[serde(flatten)]
    pub place: PlaceRecord,
    pub answer: String,
    pub position: usize,
    pub answer_text: String,
}

/// What a transcript records besides the session: where the build came from.
pub struct Build<'a> {
    pub localizer: &'a Localizer,
    pub hashes: &'a crate::app::Hashes,
}

impl Transcript {
    pub fn of(session: &Session<'_>, build: &Build<'_>, lang: &str, saved: Timestamp) -> Transcript {
        let tree = session.tree();
        let codes = session.codes();
        let steps = session
            .answers()
            .iter()
            .zip(session.answer_times())
            .map(|(choice, &time)| {
                let answer = &tree.choices(choice.place)[choice.answer];
                StepRecord {
                    time,
                    place: record(session, choice.place, build.localizer, lang),
                    answer: answer.id.clone(),
                    position: choice.answer + 1,
                    answer_text: build.localizer.text(lang, &answer.label.id),
                }
            })
            .collect();
        let outcome = session.outcome();
        let ticket = match outcome {
            Some(crate::engine::tree::Outcome::Escalate) => ticket::summary(session, build.localizer, lang),
            _ => Vec::new(),
        };
        Transcript {
            program: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            lang: lang.to_string(),
            started: session.started(),
            saved,
            flows_hash: build.hashes.flows().to_string(),
            locales_hash: build.hashes.locales().to_string(),
            code: codes.code,
            short: codes.short,
            outcome: outcome.map(|o| o.as_str().to_string()),
            steps,
            stopped_at: record(session, session.place(), build.localizer, lang),
            ticket,
        }
    }

    /// The transcript as Markdown, to paste into a support case.
    pub fn markdown(&self, localizer: &Localizer) -> String {
        let t = |id: &str| localizer.text(&self.lang, id);
        let mut md = String::new();
        let outcome = self.outcome.clone().unwrap_or_else(|| t(agent::TRANSCRIPT_UNFINISHED));
        let code = if self.code.is_empty() {
            "–".to_string()
        } else {
            format!("`{}` · `{}`", self.code, self.short)
        };
        md.push_str(&format!("# {}\n\n", t(agent::TRANSCRIPT_TITLE)));
        let sep = t(agent::LABEL_SEPARATOR);
        md.push_str(&format!("- {}{sep}{code}\n", t(agent::TRANSCRIPT_CODE)));
        md.push_str(&format!("- {}{sep}{outcome}\n", t(agent::TRANSCRIPT_OUTCOME)));
        md.push_str(&format!(
            "- {}{sep}{} · {} {} · {}\n\n",
            t(agent::TRANSCRIPT_SAVED),
            self.saved.strftime("%Y-%m-%d %H:%M:%S UTC"),
            self.program,
            self.version,
            self.lang
        ));
        md.push_str(&format!("## {}\n\n", t(agent::TRANSCRIPT_STEPS)));
        for (i, step) in self.steps.iter().enumerate() {
            md.push_str(&format!(
                "{}. {} — **{}** ({})\n",
                i + 1,
                escape(&step.place.text),
                escape(&step.answer_text),
                step.time.strftime("%H:%M:%S")
            ));
            md.push_str(&extras_markdown(&step.place, localizer, &self.lang));
        }
        md.push_str(&format!(
            "\n{}{sep}{}\n",
            t(agent::TRANSCRIPT_STOPPED_AT),
            escape(&self.stopped_at.text)
        ));
        md.push_str(&extras_markdown(&self.stopped_at, localizer, &self.lang));
        if !self.ticket.is_empty() {
            md.push_str(&format!("\n## {}\n\n", t(agent::TICKET_HEADING)));
            for field in &self.ticket {
                let value = escape(&field.value).replace('\n', "\n  ");
                md.push_str(&format!("- **{}**{sep}{value}\n", escape(&field.label)));
            }
        }
        md
    }

    /// The steps whose screens read differently now than when the transcript was saved, as
    /// `(1-based step, topic:node)`. Fails when the code no longer fits the tree.
    pub fn changed_steps(&self, tree: &Tree, localizer: &Localizer) -> Result<Vec<(usize, String)>, CodeError> {
        let walk = parse_code(tree, &self.code)?;
        let mut places: Vec<Place> = walk.steps.iter().map(|&(place, _)| place).collect();
        places.extend(walk.last);
        Ok(self.changed_at(&places, tree, localizer))
    }

    /// Every place the transcript records, in order: each answered step, then where it stopped.
    fn records(&self) -> impl Iterator<Item = &PlaceRecord> {
        self.steps
            .iter()
            .map(|s| &s.place)
            .chain(std::iter::once(&self.stopped_at))
    }

    /// [`Transcript::changed_steps`] for the places its code already led to.
    fn changed_at(&self, places: &[Place], tree: &Tree, localizer: &Localizer) -> Vec<(usize, String)> {
        places
            .iter()
            .zip(self.records())
            .enumerate()
            .filter(|(_, (place, record))| fingerprint(tree, **place, localizer) != record.fingerprint)
            .map(|(i, (place, _))| (i + 1, tree.qualified_name(place.node())))
            .collect()
    }
}

fn extras_markdown(place: &PlaceRecord, localizer: &Localizer, lang: &str) -> String {
    let mut md = String::new();
    if !place.tried.is_empty() {
        let steps: Vec<String> = place.tried.iter().map(usize::to_string).collect();
        let mut args = FluentArgs::new();
        args.set("steps", steps.join(", "));
        md.push_str(&format!(
            "   - {}\n",
            localizer.text_with(lang, agent::TRANSCRIPT_TRIED, Some(&args))
        ));
    }
    for note in &place.notes {
        let sep = localizer.text(lang, agent::LABEL_SEPARATOR);
        md.push_str(&format!(
            "   - {}{sep}{}\n",
            localizer.text(lang, agent::TRANSCRIPT_NOTE),
            escape(note)
        ));
    }
    md
}

/// Makes text safe inside Markdown: no control characters, and no markup it did not mean.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::sanitize(text).chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn record(session: &Session<'_>, place: Place, localizer: &Localizer, lang: &str) -> PlaceRecord {
    let tree = session.tree();
    let node = tree.node(place.node());
    let (kind, text) = match (place, &node.kind) {
        (Place::Node(_), NodeKind::Question { text, .. }) => ("question", localizer.text(lang, &text.id)),
        (Place::Node(_), NodeKind::Fix { title, .. }) => ("fix", localizer.text(lang, &title.id)),
        _ => match body(tree, place, localizer, lang) {
            crate::screen::Body::End { heading, .. } => ("end", heading),
            _ => ("end", String::new()),
        },
    };
    PlaceRecord {
        topic: tree.flow_of(place.node()).id.clone(),
        node: node.id.clone(),
        kind: kind.to_string(),
        text,
        tried: session.tried_at(place).iter().map(|s| s + 1).collect(),
        notes: session.notes_at(place).to_vec(),
        fingerprint: fingerprint(tree, place, localizer),
    }
}

/// SHA-256 of what the screen at `place` shows in every loaded language.
pub fn fingerprint(tree: &Tree, place: Place, localizer: &Localizer) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for lang in localizer.languages() {
        hasher.update(format!("{:?}", body(tree, place, localizer, lang)).as_bytes());
        for answer in tree.choices(place) {
            hasher.update(answer.id.as_bytes());
            hasher.update(localizer.text(lang, &answer.label.id).as_bytes());
        }
    }
    format!("{:x}", hasher.finalize())
}

/// Where transcripts go: `--transcript-dir`, else `$XDG_DATA_HOME/signup-doctor/transcripts`, else
/// `~/.local/share/signup-doctor/transcripts`.
pub fn default_dir(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let data = env("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            env("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| Path::new(&h).join(".local/share"))
        })?;
    Some(data.join("signup-doctor").join("transcripts"))
}

/// Writes `STEM.json` and `STEM.md` into `dir`, each atomically (a temporary file, then a hard link
/// that fails rather than replace an existing file). Returns the JSON file's path.
pub fn save(dir: &Path, transcript: &Transcript, localizer: &Localizer) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let json = serde_json::to_string_pretty(transcript).map_err(|e| e.to_string())?;
    let markdown = transcript.markdown(localizer);
    let code = if transcript.code.is_empty() {
        "start".to_string()
    } else {
        transcript.code.replace('/', "__")
    };
    let code: String = code.chars().take(120).collect();
    let base = format!("{}-{code}", transcript.saved.strftime("%Y%m%dT%H%M%SZ"));
    for attempt in 0..1000 {
        let stem = if attempt == 0 {
            base.clone()
        } else {
            format!("{base}-{attempt}")
        };
        let json_path = dir.join(format!("{stem}.json"));
        let md_path = dir.join(format!("{stem}.md"));
        if json_path.exists() || md_path.exists() {
            continue;
        }
        match write_new(&json_path, json.as_bytes()) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("{}: {e}", json_path.display())),
        }
        if let Err(e) = write_new(&md_path, markdown.as_bytes()) {
            let _ = std::fs::remove_file(&json_path);
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                continue;
            }
            return Err(format!("{}: {e}", md_path.display()));
        }
        return Ok(json_path);
    }
    Err(format!("{}: too many transcripts saved this second", dir.display()))
}

/// Writes `bytes` to a new file at `path` without ever replacing one that exists.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::hard_link(&temp, path)
    })();
    let _ = std::fs::remove_file(&temp);
    result
}

/// Reads a saved transcript; an error names the file, and the line and column where it can.
pub fn read(path: &Path) -> Result<Transcript, Diagnostic> {
    let error = |pos: Pos, message: String| Diagnostic {
        severity: Severity::Error,
        file: path.display().to_string(),
        pos,
        message,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| error(Pos::default(), e.to_string()))?
        .len();
    if size > MAX_TRANSCRIPT_BYTES {
        let limit = format!(
            "larger than the {} MiB limit for a transcript",
            MAX_TRANSCRIPT_BYTES >> 20
        );
        return Err(error(Pos::default(), limit));
    }
    let text = std::fs::read_to_string(path).map_err(|e| error(Pos::default(), e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| {
        let pos = Pos {
            line: e.line() as u64,
            col: e.column() as u64,
        };
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        error(pos, format!("not a transcript: {message}"))
    })
}

/// What a front end needs to save the session it runs: the build it came from and the folder.
pub struct Saver<'a> {
    pub build: Build<'a>,
    /// `None` when neither `--transcript-dir`, `XDG_DATA_HOME` nor `HOME` names a folder.
    pub dir: Option<PathBuf>,
}

impl Saver<'_> {
    /// Saves the session now; the error says why, and the session is untouched either way.
    pub fn save(&self, session: &Session<'_>, lang: &str) -> Result<PathBuf, String> {
        let dir = self
            .dir
            .as_deref()
            .ok_or("no folder for transcripts: give --transcript-dir, or set XDG_DATA_HOME or HOME")?;
        let transcript = Transcript::of(session, &self.build, lang, Timestamp::now());
        save(dir, &transcript, self.build.localizer)
    }
}

/// A saved transcript opened again: the session where it stopped (notes and tried steps restored),
/// and the steps whose screens read differently now, as `(1-based step, topic:node)`.
pub fn reopen<'t>(
    path: &Path,
    tree: &'t Tree,
    localizer: &Localizer,
) -> Result<(Session<'t>, Vec<(usize, String)>), String> {
    let transcript = read(path).map_err(|d| d.to_string())?;
    let mut session = Session::at_code(tree, &transcript.code).map_err(|e| {
        format!(
            "{}: its code `{}` no longer fits the flows: {e}",
            path.display(),
            transcript.code
        )
    })?;
    // The session has already followed the code: compare against its places, not a second parse.
    let mut places: Vec<Place> = session.answers().iter().map(|c| c.place).collect();
    places.push(session.place());
    let changed = if transcript.flows_hash.is_empty() {
        Vec::new()
    } else {
        transcript.changed_at(&places, tree, localizer)
    };
    for (&place, record) in places.iter().zip(transcript.records()) {
        let tried: Vec<usize> = record.tried.iter().filter(|&&s| s >= 1).map(|s| s - 1).collect();
        let notes: Vec<String> = record
            .notes
            .iter()
            .map(|n| crate::redact::redact_card_numbers(n))
            .collect();
        session.annotate(place, &notes, &tried);
    }
    Ok((session, changed))
}

/// The warning shown when a reopened transcript's steps changed, one line per step.
pub fn changed_warning(changed: &[(usize, String)], localizer: &Localizer, lang: &str) -> Vec<String> {
    if changed.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![localizer.text(lang, agent::CHANGED_STEPS)];
    for (step, node) in changed {
        let mut args = FluentArgs::new();
        args.set("step", *step);
        args.set("node", node.clone());
        lines.push(format!(
            "  {}",
            localizer.text_with(lang, agent::CHANGED_STEP, Some(&args))
        ));
    }
    lines
}
