//! The wizard's session: an append-only log of what the user did ([`log`]), and the state it
//! projects to — where the walk stands, the answers (with their times), the later answers kept after
//! going back, the agent's notes and tried steps, the language. A pure state machine over the tree —
//! `update(msg) -> Effect` — with no terminal in it; plain mode and the full-screen UI both drive it.
//!
//! The policies both front ends share are decided here, once, and come back as effects: quitting
//! with unsaved work asks first ([`Effect::ConfirmQuit`]); end of input, a signal, or a second
//! interrupt leave with a save first when there is unsaved work ([`Effect::Exit`]), and say the
//! exit code (0, or 128 + the signal; an interrupt is 130).

mod leave;
pub mod log;

pub use leave::{INTERRUPTED, QuitChoice, Stop};

use crate::ending::Ending;
use crate::engine::paths::{self, CodeError, Codes};
use crate::engine::place::Place;
use crate::engine::tree::{Outcome, Tree};
use jiff::Timestamp;
pub use log::{Choice, Event, EventKind, Flag, MAX_FLAG_REASON, Note, Refused, Via};
use log::{Projection, step_count};

/// What a user can ask of the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// Choose the answer at this 0-based index.
    Choose(usize),
    /// Go back one answer, keeping the later ones.
    Back,
    /// Go back to the breadcrumb at this depth (0 is the first question), keeping the later answers
    /// as [`Msg::Back`] does. Ignored unless the depth is before the current one.
    BackTo(usize),
    /// Go back to the root question; the answers given are forgotten (notes and tried steps stay
    /// in the log and in the transcript).
    Restart,
    /// Jump to the place a path code names (either form).
    GoTo(String),
    /// Jump to a search result, by its path code.
    Jump(String),
    /// Attach a note to the current place (card numbers are removed first).
    Note(String),
    /// Flag the current place as wrong or out of date, with a short reason (maybe empty; card
    /// numbers are removed and it is cut to [`log::MAX_FLAG_REASON`] characters).
    Flag(String),
    /// Mark or unmark a step (0-based) of the current fix as tried.
    ToggleTried(usize),
    /// Speak another language from now on.
    Language(String),
    /// The session was saved: nothing is unsaved any more.
    Saved,
    /// The user asks to quit (`q`).
    Quit,
    /// The user interrupts (Ctrl-C, or SIGINT in plain mode).
    Interrupt,
    /// The answer to the quit question.
    QuitAnswer(QuitChoice),
    /// The input ended (plain mode).
    EndOfInput,
    /// A signal asks the wizard to stop (SIGTERM, SIGHUP, or SIGINT from outside).
    Signal(i32),
}

/// What the front end should do after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The walk moved: draw the new place.
    Moved,
    /// Something on this place changed (a note, a tried step, the language): redraw it.
    Changed,
    /// Nothing changed (no such answer, already at the root, …).
    Ignored,
    /// The code did not fit; the walk stays where it was.
    BadCode(CodeError),
    /// There is unsaved work: ask save, quit or stay, and send the answer as [`Msg::QuitAnswer`].
    ConfirmQuit,
    /// Leave, as said.
    Exit(Stop),
}

/// Where the time of each event comes from (tests fix it).
pub type Clock = fn() -> Timestamp;

pub struct Session<'t> {
    tree: &'t Tree,
    clock: Clock,
    id: String,
    started: Timestamp,
    log: Vec<Event>,
    state: Projection,
    /// The exit code the quit question is about, while it is asked.
    asking: Option<u8>,
    /// What replaces a card number in a note, in a language (English's mark without it).
    card_mark: Option<CardMark<'t>>,
    /// The agent's language, when it is not the customer's: the chrome, help and search speak it,
    /// and the transcript keeps the walk's names in it too. Not an event: the person at the
    /// keyboard says it each time (`--agent-lang`, else the environment).
    agent_lang: Option<String>,
}

/// The mark that replaces a card number in a note, in the given language: asked when a note is
/// written, so no language's texts are read for it before.
pub type CardMark<'t> = Box<dyn Fn(&str) -> String + 't>;

impl<'t> Session<'t> {
    pub fn new(tree: &'t Tree) -> Session<'t> {
        Session::with_clock(tree, Timestamp::now)
    }

    pub fn with_clock(tree: &'t Tree, clock: Clock) -> Session<'t> {
        let started = clock();
        Session {
            tree,
            clock,
            id: new_id(started),
            started,
            log: Vec::new(),
            state: Projection::new(tree, "en"),
            asking: None,
            card_mark: None,
            agent_lang: None,
        }
    }

    /// The same session under another id: `walk`'s screens, which are no recorded session, take
    /// the empty id (their summaries then name no session); tests take a fixed one.
    pub fn with_id(mut self, id: &str) -> Session<'t> {
        self.id = id.to_string();
        self
    }

    /// What replaces a card number in a note, by language.
    pub fn with_card_mark(mut self, mark: impl Fn(&str) -> String + 't) -> Session<'t> {
        self.card_mark = Some(Box::new(mark));
        self
    }

    /// The mark for a card number in the session's language now.
    fn card_mark(&self) -> String {
        match &self.card_mark {
            Some(mark) => mark(&self.state.lang),
            None => crate::wizard::redact::MARK.to_string(),
        }
    }

    /// A note as the session would keep it: shown as it will be (sanitised, white space folded),
    /// card numbers replaced with the mark of the session's language. What is journalled of a
    /// note being typed is this too.
    pub fn clean_note(&self, text: &str) -> String {
        crate::wizard::redact::clean_note(text, &self.card_mark())
    }

    /// Sets the language the session starts in (not an event: the transcript records it).
    pub fn in_language(mut self, lang: &str) -> Session<'t> {
        self.state.lang = lang.to_string();
        self
    }

    /// A session standing where `code` leads, with the answers along it filled in.
    pub fn at_code(tree: &'t Tree, code: &str) -> Result<Session<'t>, CodeError> {
        let mut session = Session::new(tree);
        match session.update(Msg::GoTo(code.to_string())) {
            Effect::BadCode(error) => Err(error),
            _ => Ok(session),
        }
    }

    /// A session rebuilt from a saved log: its id, start, language and events, applied in order.
    /// Fails at the first event that does not fit the tree, with its 0-based index.
    pub fn replay(
        tree: &'t Tree,
        id: &str,
        started: Timestamp,
        lang: &str,
        events: Vec<Event>,
    ) -> Result<Session<'t>, (usize, Refused)> {
        // The id names the session's files: anything but letters, digits and dashes gets a new one.
        let mut session = Session {
            id: if is_safe_id(id) {
                id.to_string()
            } else {
                new_id(started)
            },
            started,
            ..Session::new(tree).in_language(lang)
        };
        for (index, event) in events.into_iter().enumerate() {
            session.state.apply(tree, &event).map_err(|refused| (index, refused))?;
            session.log.push(event);
        }
        Ok(session)
    }

    pub fn tree(&self) -> &'t Tree {
        self.tree
    }

    /// The session's id: saving again replaces this session's own files, and no other's.
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn started(&self) -> Timestamp {
        self.started
    }

    /// Gives the session a new id, for a reopened record whose id another session's record or
    /// journal holds: it goes on as a session of its own, and writes over neither.
    pub fn renew_id(&mut self) {
        let mut id = new_id(self.started);
        while id == self.id {
            id = new_id(self.started);
        }
        self.id = id;
    }

    /// Every event so far, oldest first.
    pub fn log(&self) -> &[Event] {
        &self.log
    }

    pub fn place(&self) -> Place {
        self.state.place
    }

    /// The customer's language: the tree's words, the transcript.
    pub fn lang(&self) -> &str {
        &self.state.lang
    }

    /// The agent's language: the chrome, help and search. The customer's when none was set.
    pub fn agent_lang(&self) -> &str {
        self.agent_lang.as_deref().unwrap_or(&self.state.lang)
    }

    /// Sets the agent's language (the person at the keyboard), apart from the customer's.
    pub fn set_agent_lang(&mut self, lang: &str) {
        self.agent_lang = Some(lang.to_string());
    }

    /// The answers given to reach this place.
    pub fn answers(&self) -> &[Choice] {
        &self.state.trail[..self.state.depth]
    }

    /// When each of [`Session::answers`] was given.
    pub fn answer_times(&self) -> &[Timestamp] {
        &self.state.times[..self.state.depth]
    }

    /// The answer chosen here before going back, if any: front ends preselect it.
    pub fn remembered(&self) -> Option<usize> {
        self.state
            .trail
            .get(self.state.depth)
            .filter(|c| c.place == self.state.place)
            .map(|c| c.answer)
    }

    pub fn outcome(&self) -> Option<Outcome> {
        self.tree.outcome(self.state.place)
    }

    /// The path code and short code of the walk so far.
    pub fn codes(&self) -> Codes {
        let steps: Vec<_> = self.answers().iter().map(|c| (c.place, c.answer)).collect();
        paths::codes(self.tree, &steps)
    }

    /// Every note written in the session, oldest first, wherever the walk stood.
    pub fn notes(&self) -> &[Note] {
        &self.state.notes
    }

    /// The notes written on a place, oldest first (already redacted).
    pub fn notes_at(&self, place: Place) -> Vec<&str> {
        self.state
            .notes
            .iter()
            .filter(|n| n.place == place)
            .map(|n| n.text.as_str())
            .collect()
    }

    /// Every flag raised in the session, oldest first, wherever the walk stood.
    pub fn flags(&self) -> &[Flag] {
        &self.state.flags
    }

    /// The reasons of the flags raised on a place, oldest first (an empty reason for a flag
    /// given without one).
    pub fn flags_at(&self, place: Place) -> Vec<&str> {
        self.state
            .flags
            .iter()
            .filter(|f| f.place == place)
            .map(|f| f.reason.as_str())
            .collect()
    }

    /// The steps (0-based) of the fix at `place` marked as tried.
    pub fn tried_at(&self, place: Place) -> Vec<usize> {
        self.state
            .tried
            .get(&place)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Every place with notes, flags or tried steps, each with the path code it was noted under
    /// first, in the order they were first noted.
    pub fn noted_places(&self) -> Vec<(Place, String)> {
        let mut places: Vec<(Place, String)> = Vec::new();
        for event in &self.log {
            let (place, code) = match &event.kind {
                EventKind::Note { place, code, .. }
                | EventKind::Flag { place, code, .. }
                | EventKind::Tried { place, code, .. } => (*place, code),
                _ => continue,
            };
            if !places.iter().any(|(p, _)| *p == place) {
                places.push((place, code.clone()));
            }
        }
        places.retain(|(place, _)| {
            !self.notes_at(*place).is_empty() || !self.flags_at(*place).is_empty() || !self.tried_at(*place).is_empty()
        });
        places
    }

    /// The places with notes, flags or tried steps that the walk does not pass through now, each with the
    /// path code it was first noted under.
    pub fn noted_off_walk(&self) -> Vec<(Place, String)> {
        let on_walk: Vec<Place> = self
            .answers()
            .iter()
            .map(|c| c.place)
            .chain(std::iter::once(self.place()))
            .collect();
        self.noted_places()
            .into_iter()
            .filter(|(place, _)| !on_walk.contains(place))
            .collect()
    }

    /// True when notes, flags or tried steps changed since the last save.
    pub fn has_unsaved_work(&self) -> bool {
        self.state.unsaved
    }

    pub fn update(&mut self, msg: Msg) -> Effect {
        let kind = match msg {
            Msg::Choose(answer) => EventKind::Chose {
                place: self.state.place,
                answer,
            },
            Msg::Back => EventKind::Back,
            Msg::BackTo(depth) => EventKind::BackTo { depth },
            Msg::Restart => EventKind::Restart,
            Msg::GoTo(code) => self.go_to(&code, Via::Code),
            Msg::Jump(code) => self.go_to(&code, Via::Search),
            Msg::Note(text) => EventKind::Note {
                place: self.state.place,
                code: self.state.code(self.tree),
                text: self.clean_note(&text),
            },
            Msg::Flag(reason) => {
                // Cleaned as a note is (card numbers in any spelling removed), then cut.
                let reason: String = self.clean_note(&reason).chars().take(MAX_FLAG_REASON).collect();
                EventKind::Flag {
                    place: self.state.place,
                    code: self.state.code(self.tree),
                    reason,
                }
            }
            Msg::ToggleTried(step) => {
                let place = self.state.place;
                if step >= step_count(self.tree, place) {
                    return Effect::Ignored;
                }
                EventKind::Tried {
                    place,
                    code: self.state.code(self.tree),
                    step,
                    on: !self.tried_at(place).contains(&step),
                }
            }
            Msg::Language(lang) if lang != self.state.lang => EventKind::Language { lang },
            Msg::Language(_) => return Effect::Ignored,
            Msg::Saved => EventKind::Saved,
            Msg::Quit => return self.ask_or_leave(Ending::Ok.code()),
            Msg::Interrupt => return self.ask_or_leave(INTERRUPTED),
            Msg::QuitAnswer(choice) => return self.answer_quit(choice),
            Msg::EndOfInput => return self.leave(Ending::Ok.code()),
            Msg::Signal(signal) => return self.leave(Ending::Signal(signal).code()),
        };
        self.record(kind)
    }

    /// A go-to event for `code` in its long form, or the same event with the code as typed (which
    /// then fails to apply and says why).
    fn go_to(&self, code: &str, via: Via) -> EventKind {
        let code = match paths::parse_code(self.tree, code) {
            Ok(walk) => paths::codes(self.tree, &walk.steps).code,
            Err(_) => code.to_string(),
        };
        EventKind::GoTo { code, via }
    }

    /// Appends the event if it applies here; says what changed.
    fn record(&mut self, kind: EventKind) -> Effect {
        let event = Event {
            at: (self.clock)(),
            kind,
        };
        match self.state.apply(self.tree, &event) {
            Ok(moved) => {
                self.log.push(event);
                if moved { Effect::Moved } else { Effect::Changed }
            }
            Err(Refused::BadCode(error)) => Effect::BadCode(error),
            Err(_) => Effect::Ignored,
        }
    }
}

/// Whether `id` may name a session's files: letters, digits and dashes, at most 64 of them.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A session id: the start time and a few bits that tell apart two sessions started together.
fn new_id(started: Timestamp) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_i128(started.as_nanosecond());
    format!(
        "{}-{:06x}",
        started.strftime("%Y%m%dT%H%M%SZ"),
        hasher.finish() & 0xff_ffff
    )
}
