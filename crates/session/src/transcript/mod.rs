//! Transcripts: a session saved as JSON (for replay and `report`) and Markdown (to paste into a case).
//! The JSON holds the whole log of the session ([`record`]), the final walk derived from it, every
//! note and tried step written off that walk, and the hashes of the flows and locales; each step
//! keeps a fingerprint of what its screen showed, so reopening after the flows or texts changed can
//! say which steps now read differently. Reopening replays the log. Saving ([`store`]) replaces the
//! session's own files atomically; the [`journal`] keeps the log on disk while the session runs;
//! [`dirs`] says where both go when no folder is given.

pub mod dirs;
pub mod journal;
mod markdown;
pub mod record;
pub mod report;
pub mod store;

use crate::engine::diagnostic::Diagnostic;
use crate::engine::place::Place;
use crate::engine::tree::{NodeKind, Outcome, Tree};
use crate::i18n::{Localizer, agent};
use crate::wizard::screen::{Body, body};
use crate::wizard::session::{Event, EventKind, Session, Via};
use crate::wizard::ticket::{self, Field};
use fluent_bundle::FluentArgs;
use jiff::Timestamp;
pub use record::{EventRecord, KindRecord};
use serde::{Deserialize, Serialize};
pub use store::{AtExit, Leaving, MAX_TRANSCRIPT_BYTES, SaveError, Saver, default_dir, read, save, saved_lines};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub program: String,
    pub version: String,
    /// The session's id: saving again replaces this session's files; `report` counts sessions by it.
    #[serde(default)]
    pub session: String,
    /// The customer's language: the transcript's words.
    pub lang: String,
    /// The agent's language, when it was not the customer's: the walk's names are kept in it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_lang: Option<String>,
    pub started: Timestamp,
    pub saved: Timestamp,
    pub flows_hash: String,
    pub locales_hash: String,
    pub code: String,
    pub short: String,
    /// How the walk ended; none when the session stopped before an end.
    pub outcome: Option<Outcome>,
    /// The desk an escalation or a hand-off went to: the channel's id, as the flows name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The final walk: each answered step.
    pub steps: Vec<StepRecord>,
    /// The place the session stood on when saved.
    pub stopped_at: PlaceRecord,
    /// Notes, flags and tried steps written on places the final walk does not pass through.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elsewhere: Vec<Aside>,
    /// At an escalation end, or once a support request is open: the request's summary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticket: Vec<Field>,
    /// Everything the user did, in order; reopening replays it.
    #[serde(default)]
    pub log: Vec<EventRecord>,
    /// Made to be copied (`y`), not saved: its Markdown says when it was copied, not "Saved".
    #[serde(skip)]
    pub copied: bool,
}

/// Why a saved session cannot be opened again.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file cannot be read, or is not a transcript or a journal (at its line and column).
    #[error("{0}")]
    Unreadable(Diagnostic),
    /// Its record names a place, an answer or a step the flows no longer have.
    #[error("{}: its record no longer fits the flows: {why}", crate::text::sanitize(&path.display().to_string()))]
    NoLongerFits { path: std::path::PathBuf, why: NoFit },
}

/// Where a record stopped fitting: the 1-based event, or the saved code itself.
#[derive(Debug, thiserror::Error)]
pub enum NoFit {
    #[error("event {index}: {why}")]
    Unknown { index: usize, why: record::Unknown },
    #[error("event {index}: {why}")]
    Refused {
        index: usize,
        why: crate::wizard::session::Refused,
    },
    #[error("its code: {0}")]
    Code(crate::engine::paths::CodeError),
}

/// What kind of screen a place is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    Question,
    Fix,
    End,
}

/// A place, as the transcript records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceRecord {
    pub topic: String,
    pub node: String,
    pub kind: PlaceKind,
    /// The question, fix title or end text (its own words, else its heading), in the
    /// transcript's language.
    pub text: String,
    /// The same in the agent's language, when it was not the customer's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_text: Option<String>,
    /// Steps (1-based) of a fix marked as tried.
    #[serde(default)]
    pub tried: Vec<usize>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Flags an agent raised on this place (wrong or out of date), each its reason (maybe empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
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
    /// The answer in the agent's language, when it was not the customer's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_answer_text: Option<String>,
}

/// Notes, flags or tried steps on a place off the final walk, with the path code it was noted under.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aside {
    pub code: String,
    #[serde(flatten)]
    pub place: PlaceRecord,
}

/// What a transcript records besides the session: where the build came from.
pub struct Build<'a> {
    pub localizer: &'a Localizer,
    pub hashes: &'a crate::content::Hashes,
}

impl Transcript {
    pub fn of(session: &Session<'_>, build: &Build<'_>, saved: Timestamp) -> Transcript {
        let tree = session.tree();
        let (localizer, lang) = (build.localizer, session.lang());
        let agent_lang = (session.agent_lang() != lang).then(|| session.agent_lang());
        let codes = session.codes();
        let steps = session
            .answers()
            .iter()
            .zip(session.answer_times())
            .map(|(choice, &time)| {
                let answer = &tree.choices(choice.place)[choice.answer];
                StepRecord {
                    time,
                    place: place_record(session, choice.place, localizer),
                    answer: answer.id.clone(),
                    position: choice.answer + 1,
                    answer_text: localizer.text(lang, &answer.label.id),
                    agent_answer_text: agent_lang.map(|agent| localizer.text(agent, &answer.label.id)),
                }
            })
            .collect();
        let elsewhere = session
            .noted_off_walk()
            .into_iter()
            .map(|(place, code)| Aside {
                code,
                place: place_record(session, place, localizer),
            })
            .collect();
        let outcome = session.outcome();
        let channel = match outcome {
            Some(Outcome::Escalate | Outcome::HandedOver) => ticket::desk(session).map(|c| tree.channel(c).id.clone()),
            _ => None,
        };
        let ticket = match outcome {
            Some(Outcome::Escalate | Outcome::HandedOver) => ticket::summary(session, localizer, lang),
            _ => Vec::new(),
        };
        let mut log: Vec<EventRecord> = session.log().iter().map(|e| EventRecord::of(tree, e)).collect();
        log.push(EventRecord::of(
            tree,
            &Event {
                at: saved,
                kind: EventKind::Saved,
            },
        ));
        Transcript {
            program: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            session: session.id().to_string(),
            lang: lang.to_string(),
            agent_lang: agent_lang.map(str::to_string),
            started: session.started(),
            saved,
            flows_hash: build.hashes.flows().to_string(),
            locales_hash: build.hashes.locales().to_string(),
            code: codes.code,
            short: codes.short,
            outcome,
            channel,
            steps,
            stopped_at: place_record(session, session.place(), localizer),
            elsewhere,
            ticket,
            log,
            copied: false,
        }
    }

    /// The transcript as Markdown, to paste into a support case.
    pub fn markdown(&self, localizer: &Localizer) -> crate::text::Safe {
        markdown::render(self, localizer)
    }

    /// Every place of the final walk the transcript records, in order: each step, then the stop.
    fn records(&self) -> impl Iterator<Item = &PlaceRecord> {
        self.steps
            .iter()
            .map(|s| &s.place)
            .chain(std::iter::once(&self.stopped_at))
    }

    /// The steps whose screens read differently now than when the transcript was saved, as
    /// `(1-based step, topic:node)`, given the places the replayed walk stands on.
    fn changed_at(&self, places: &[Place], tree: &Tree, localizer: &Localizer) -> Vec<(usize, String)> {
        places
            .iter()
            .zip(self.records())
            .enumerate()
            .filter(|(_, (place, record))| fingerprint(tree, **place, localizer) != record.fingerprint)
            .map(|(i, (place, _))| (i + 1, tree.qualified_name(place.node())))
            .collect()
    }

    /// The events to replay: the log, or for a transcript saved before logs were kept, its walk
    /// and its notes and tried steps rebuilt from the records.
    fn events(&self, tree: &Tree) -> Result<Vec<Event>, NoFit> {
        if !self.log.is_empty() {
            return record::to_events(&self.log, tree);
        }
        let walk = crate::engine::paths::parse_code(tree, &self.code).map_err(NoFit::Code)?;
        let mut places: Vec<Place> = walk.steps.iter().map(|&(place, _)| place).collect();
        places.extend(walk.last);
        let mut events = vec![Event {
            at: self.saved,
            kind: EventKind::GoTo {
                code: self.code.clone(),
                via: Via::Code,
            },
        }];
        for (&place, record) in places.iter().zip(self.records()) {
            let at = self.saved;
            let code = self.code.clone();
            for note in &record.notes {
                let text = crate::wizard::redact::clean_note(note, crate::wizard::redact::MARK);
                let kind = EventKind::Note {
                    place,
                    code: code.clone(),
                    text,
                };
                events.push(Event { at, kind });
            }
            for reason in &record.flags {
                let reason = crate::text::sanitize(&crate::wizard::redact::redact_card_numbers(reason));
                let kind = EventKind::Flag {
                    place,
                    code: code.clone(),
                    reason,
                };
                events.push(Event { at, kind });
            }
            for step in record.tried.iter().filter_map(|s| s.checked_sub(1)) {
                let kind = EventKind::Tried {
                    place,
                    code: code.clone(),
                    step,
                    on: true,
                };
                events.push(Event { at, kind });
            }
        }
        events.push(Event {
            at: self.saved,
            kind: EventKind::Saved,
        });
        Ok(events)
    }
}

/// What kind of screen `place` is, and its question, fix title or end text in `lang` (an end's
/// own words when it has some, not the heading every end of its kind shares).
fn place_text(tree: &Tree, place: Place, localizer: &Localizer, lang: &str) -> (PlaceKind, String) {
    match (place, &tree.node(place.node()).kind) {
        (Place::Node(_), NodeKind::Question { text, .. }) => (PlaceKind::Question, localizer.text(lang, &text.id)),
        (Place::Node(_), NodeKind::Fix { title, .. }) => (PlaceKind::Fix, localizer.text(lang, &title.id)),
        (Place::Node(_), NodeKind::End { text: Some(text), .. }) => (PlaceKind::End, localizer.text(lang, &text.id)),
        _ => match body(tree, place, localizer, lang) {
            Body::End { heading, .. } => (PlaceKind::End, heading),
            _ => (PlaceKind::End, String::new()),
        },
    }
}

fn place_record(session: &Session<'_>, place: Place, localizer: &Localizer) -> PlaceRecord {
    let (tree, lang) = (session.tree(), session.lang());
    let node = tree.node(place.node());
    let (kind, text) = place_text(tree, place, localizer, lang);
    let agent_text = (session.agent_lang() != lang).then(|| place_text(tree, place, localizer, session.agent_lang()).1);
    PlaceRecord {
        topic: tree.flow_of(place.node()).id.clone(),
        node: node.id.clone(),
        kind,
        text,
        agent_text,
        tried: session.tried_at(place).iter().map(|s| s + 1).collect(),
        notes: session
            .notes_at(place)
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
        flags: session
            .flags_at(place)
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
        fingerprint: fingerprint(tree, place, localizer),
    }
}

/// SHA-256 of what the screen at `place` shows in every loaded language: its words and its
/// answers' ids and labels, as a JSON list of strings (a stable format, whatever the code calls its
/// types).
pub fn fingerprint(tree: &Tree, place: Place, localizer: &Localizer) -> String {
    use sha2::{Digest, Sha256};
    let mut words: Vec<String> = Vec::new();
    for lang in localizer.languages() {
        words.push(lang.to_string());
        match body(tree, place, localizer, lang) {
            Body::Question { text, hint } => words.extend([text, hint.unwrap_or_default()]),
            Body::Fix {
                title,
                hint,
                steps,
                question,
            } => {
                words.extend([title, hint.unwrap_or_default()]);
                for step in steps {
                    words.extend([step.text, step.link.unwrap_or_default()]);
                }
                words.push(question);
            }
            Body::End { outcome, heading, text } => {
                words.extend([outcome.as_str().to_string(), heading, text.unwrap_or_default()]);
            }
        }
        for answer in tree.choices(place) {
            words.extend([answer.id.clone(), localizer.text(lang, &answer.label.id)]);
        }
    }
    let canonical = serde_json::Value::from(words).to_string();
    format!("{:x}", Sha256::digest(canonical.as_bytes()))
}

/// A saved transcript or journal opened again.
pub struct Reopened<'t> {
    /// The session as it was, rebuilt by replaying its log.
    pub session: Session<'t>,
    /// The steps (1-based, `topic:node`) of the final walk whose screens read differently now.
    pub changed: Vec<(usize, String)>,
}

/// Reopens a saved transcript: replays its log (notes and tried steps come back on their own
/// steps) and compares the final walk's fingerprints. The error names the file.
pub fn reopen<'t>(path: &std::path::Path, tree: &'t Tree, localizer: &Localizer) -> Result<Reopened<'t>, Error> {
    let transcript = read(path).map_err(Error::Unreadable)?;
    let no_fit = |why: NoFit| Error::NoLongerFits {
        path: path.to_path_buf(),
        why,
    };
    let events = transcript.events(tree).map_err(no_fit)?;
    let session = Session::replay(
        tree,
        &crate::text::sanitize(&transcript.session),
        transcript.started,
        &crate::text::sanitize(&transcript.lang),
        events,
    )
    .map_err(|(i, why)| no_fit(NoFit::Refused { index: i + 1, why }))?;
    let mut places: Vec<Place> = session.answers().iter().map(|c| c.place).collect();
    places.push(session.place());
    let changed = if transcript.flows_hash.is_empty() {
        Vec::new()
    } else {
        transcript.changed_at(&places, tree, localizer)
    };
    Ok(Reopened { session, changed })
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
