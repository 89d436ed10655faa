//! A tree's screens as text files, for review and for CI: `signup-doctor snapshot`, and this
//! project's own snapshot test, which compares the built-in tree with `tests/snapshots/tree`. One
//! mechanism for both: [`Snapshot::files`] makes the files, [`compare`] compares them with a folder
//! or writes them there.
//!
//! Every distinct screen is stored once, not once per path: each place a walk can stand on (found
//! breadth first from the root, so memory grows with the number of places, never with the number of
//! paths) is drawn once per language, in plain mode and full screen, and filed under its topic:
//!
//! - `screens/TOPIC.LANG.txt`: a topic's screens, node by node, plain then full screen;
//! - `tickets.LANG.txt`: the full screen at an escalation end, once per path that ends
//!   there, since the path's answers fill its support-request summary (up to [`MAX_TICKETS`]);
//! - `paths.txt`: every path (code, short code, outcome, desk), one a line, so an added or changed
//!   path is a one-line diff; past [`MAX_PATHS`], only how many there are.
//!
//! What only the path decides — the breadcrumb and the path code — is replaced by a mark, and the
//! full screen is drawn `width` columns wide and tall enough for every line (up to the tallest frame
//! the wizard draws), so a change below the fold shows too. So a changed message rewrites only the
//! files of the screens that show it. Everything written is sanitised text; nothing depends on the
//! environment (locale, terminal, colours): screens are drawn on ratatui's `TestBackend`, with a
//! fixed clock and no session id.
//!
//! Parts: `places` (where a walk can stand, and the paths that escalate, without walking every
//! path) · `draw` (one screen as stored) · [`compare`] (against a folder, or written there).

pub mod compare;
mod draw;
mod places;

use crate::engine::paths::{self, MAX_PATHS, count_paths, for_each_path};
use crate::engine::place::Place;
use crate::engine::tree::{NodeId, Outcome, Tree};
use crate::i18n::Localizer;
use crate::wizard::session::{Msg, Session};
use places::Reached;
use std::cell::RefCell;

pub use compare::{Change, Summary, compare};

/// The width the full screen is drawn at unless told: a classic terminal's.
pub const DEFAULT_WIDTH: u16 = 80;
/// The narrowest: the full screen's own minimum.
pub const MIN_WIDTH: u16 = crate::tui::view::MIN_WIDTH;
/// The widest: the widest frame the wizard draws.
pub const MAX_WIDTH: u16 = crate::tui::app::limit::MAX_COLUMNS;
/// The most escalation paths whose summaries are stored, per language. A tree with more is almost
/// always a mistake (answers that rejoin double the paths at each question); the file says so.
pub const MAX_TICKETS: usize = 10_000;

/// Stands for the breadcrumb, which belongs to the path, not to the screen.
pub const BREADCRUMB_MARK: &str = "‹breadcrumb›";
/// Stands for the path code.
pub const CODE_MARK: &str = "‹path code›";

/// A fixed clock: nothing in a snapshot may depend on when it was made.
fn fixed_clock() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_790_000_000).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// One file of the snapshot: its path under the folder (`/`-separated), its text, and how many
/// screens (or paths) it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub text: String,
    pub items: usize,
}

/// The screens of a tree, ready to be drawn file by file.
pub struct Snapshot<'t> {
    tree: &'t Tree,
    localizer: &'t Localizer,
    languages: Vec<String>,
    places: Vec<Reached>,
    /// For each place, whether an escalation end can be reached from it (tickets are looked for
    /// only there).
    escalates: Vec<bool>,
    /// The terminal the full screens are drawn on.
    canvas: RefCell<draw::Canvas>,
}

/// What a file holds.
enum Part {
    Paths,
    Topic { topic: String, lang: String },
    Tickets { lang: String },
}

impl<'t> Snapshot<'t> {
    /// The screens of `tree` in every language `localizer` has, full screen `width` columns wide
    /// (clamped to [`MIN_WIDTH`]..=[`MAX_WIDTH`]).
    pub fn new(tree: &'t Tree, localizer: &'t Localizer, width: u16) -> Snapshot<'t> {
        let places = places::reachable(tree);
        let escalates = places::escalating(tree, &places);
        Snapshot {
            tree,
            localizer,
            languages: localizer.languages().iter().map(ToString::to_string).collect(),
            places,
            escalates,
            canvas: RefCell::new(draw::Canvas::new(width.clamp(MIN_WIDTH, MAX_WIDTH))),
        }
    }

    /// The files, by name, sorted: `paths.txt`, `screens/…`, `tickets.…`.
    fn parts(&self) -> Vec<(String, Part)> {
        let mut topics: Vec<&str> = self
            .places
            .iter()
            .map(|r| self.tree.flow_of(r.place.node()).id.as_str())
            .collect();
        topics.sort_unstable();
        topics.dedup();
        let escalates = self
            .places
            .iter()
            .any(|r| self.tree.outcome(r.place) == Some(Outcome::Escalate));
        let mut parts = vec![("paths.txt".to_string(), Part::Paths)];
        for lang in &self.languages {
            for topic in &topics {
                let part = Part::Topic {
                    topic: (*topic).to_string(),
                    lang: lang.clone(),
                };
                parts.push((format!("screens/{topic}.{lang}.txt"), part));
            }
            if escalates {
                parts.push((format!("tickets.{lang}.txt"), Part::Tickets { lang: lang.clone() }));
            }
        }
        parts.sort_by(|a, b| a.0.cmp(&b.0));
        parts
    }

    /// The names of the files (`/`-separated, under the folder), sorted.
    pub fn names(&self) -> Vec<String> {
        self.parts().into_iter().map(|(name, _)| name).collect()
    }

    /// Every file, made one at a time as the iterator is read: memory holds one file's text.
    pub fn files(&self) -> impl Iterator<Item = File> + '_ {
        self.parts().into_iter().map(|(name, part)| {
            let (text, items) = match part {
                Part::Paths => self.paths(),
                Part::Topic { topic, lang } => self.topic(&topic, &lang),
                Part::Tickets { lang } => self.tickets(&lang),
            };
            File {
                name,
                text: crate::text::sanitize(&text),
                items,
            }
        })
    }

    /// The plain and the full screen after choosing `answers` (0-based) from the root, marked
    /// and sanitised as they are stored.
    pub fn screens(&self, answers: &[usize], lang: &str) -> (String, String) {
        let session = self.session(answers);
        let plain = crate::text::sanitize(&draw::plain(self.localizer, &session, lang));
        (plain, crate::text::sanitize(&self.full(session, lang)))
    }

    /// The full screen of `session`, as stored.
    fn full(&self, session: Session<'_>, lang: &str) -> String {
        draw::full(&mut self.canvas.borrow_mut(), self.localizer, session, lang)
    }

    /// The answers of the shortest walk to place `index`.
    fn walk_to(&self, mut index: usize) -> Vec<usize> {
        let mut answers = Vec::new();
        while let Some((from, answer)) = self.places[index].from {
            answers.push(answer);
            index = from;
        }
        answers.reverse();
        answers
    }

    /// A session that took `answers` from the root.
    fn session(&self, answers: &[usize]) -> Session<'t> {
        let mut session = Session::with_clock(self.tree, fixed_clock).with_id("");
        for &answer in answers {
            session.update(Msg::Choose(answer));
        }
        session
    }

    /// `paths.txt`: one path a line, code, short code, outcome and desk, two spaces apart; past
    /// [`MAX_PATHS`] only a line saying how many there are (counted, not walked), so memory never
    /// grows with the paths.
    fn paths(&self) -> (String, usize) {
        let tree = self.tree;
        let count = count_paths(tree, MAX_PATHS);
        if count.exceeds(MAX_PATHS) {
            let text = format!(
                "{count} paths lead from the root to an end, more than the {} a snapshot lists; \
                 none is listed (`signup-doctor check` warns of it)\n",
                paths::grouped(MAX_PATHS as u64)
            );
            return (text, 0);
        }
        let mut text = String::new();
        let listed = for_each_path(tree, MAX_PATHS, |steps, end| {
            let codes = paths::codes(tree, steps);
            let code = if codes.code.is_empty() { "start" } else { &codes.code };
            text.push_str(&format!("{code}  {}  {}", codes.short, end.as_str()));
            if let Some(channel) = paths::path_channel(tree, steps, end) {
                text.push_str(&format!("  {}", tree.channel(channel).id));
            }
            text.push('\n');
            Ok::<(), std::convert::Infallible>(())
        });
        (text, listed.unwrap_or(MAX_PATHS))
    }

    /// `screens/TOPIC.LANG.txt`: each place of the topic, plain then full screen (but the full
    /// screen at an escalation end, which is in the tickets).
    fn topic(&self, topic: &str, lang: &str) -> (String, usize) {
        let mut mine: Vec<usize> = (0..self.places.len())
            .filter(|&i| self.tree.flow_of(self.places[i].place.node()).id == topic)
            .collect();
        mine.sort_by_key(|&i| (self.places[i].place.node().0, end_label(self.places[i].place)));
        let mut sections = Vec::new();
        for index in mine {
            let place = self.places[index].place;
            let session = self.session(&self.walk_to(index));
            let name = self.place_name(place);
            sections.push(format!(
                "── plain · {name} ──\n{}",
                draw::plain(self.localizer, &session, lang)
            ));
            if self.tree.outcome(place) != Some(Outcome::Escalate) {
                sections.push(format!("── full screen · {name} ──\n{}", self.full(session, lang)));
            }
        }
        let count = sections.len();
        (format!("{}\n", sections.join("\n\n")), count)
    }

    /// `tickets.LANG.txt`: the full screen at the end of every path that escalates, in
    /// the order of the end's node, then the path code.
    fn tickets(&self, lang: &str) -> (String, usize) {
        let mut found: Vec<(NodeId, String, String, Vec<usize>)> = Vec::new();
        let complete = places::escalation_paths(
            self.tree,
            &self.places,
            &self.escalates,
            MAX_TICKETS,
            |place, answers| {
                let code = paths::codes(self.tree, &self.steps(answers)).code;
                found.push((place.node(), end_label(place), code, answers.to_vec()));
            },
        );
        found.sort();
        let mut sections = Vec::new();
        for (node, end, code, answers) in &found {
            let session = self.session(answers);
            let name = format!("{}{end}", self.tree.qualified_name(*node));
            sections.push(format!(
                "── full screen · {name} · ticket after {code} ──\n{}",
                self.full(session, lang)
            ));
        }
        let count = sections.len();
        let mut text = sections.join("\n\n");
        if !complete {
            text.push_str(&format!(
                "\n\n… more paths escalate; only the summaries of the first {} are stored",
                paths::grouped(MAX_TICKETS as u64)
            ));
        }
        text.push('\n');
        (text, count)
    }

    /// The places and answers along `answers` from the root.
    fn steps(&self, answers: &[usize]) -> Vec<(Place, usize)> {
        let mut place = self.tree.start();
        let mut steps = Vec::with_capacity(answers.len());
        for &answer in answers {
            steps.push((place, answer));
            place = self.tree.choose(place, answer).unwrap_or(place);
        }
        steps
    }

    /// `topic:node`, and the end the wizard draws after it, if any.
    fn place_name(&self, place: Place) -> String {
        format!("{}{}", self.tree.qualified_name(place.node()), end_label(place))
    }
}

/// ` → resolved`, ` → escalate`…: the end the wizard draws after a fix; empty for a node.
fn end_label(place: Place) -> String {
    match place {
        Place::End(outcome, _) => format!(" → {}", outcome.as_str()),
        Place::Node(_) => String::new(),
    }
}
