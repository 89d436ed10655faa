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

pub mod compare;

use crate::engine::paths::{self, MAX_PATHS, count_paths, for_each_path};
use crate::engine::place::Place;
use crate::engine::tree::{NodeId, Outcome, Tree};
use crate::i18n::Localizer;
use crate::output::plain::write_screen;
use crate::tui::App;
use crate::tui::theme::THEME;
use crate::wizard::screen::Screen;
use crate::wizard::session::{Msg, Session};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::{HashMap, VecDeque};

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

/// Rows the full screen is first drawn with: enough for nearly every screen.
const FIRST_ROWS: u16 = 72;
/// Rows it is drawn with when that is not enough: the tallest frame the wizard draws.
const LAST_ROWS: u16 = crate::tui::app::limit::MAX_ROWS;

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

/// A place a walk can stand on, and the answers of the shortest walk there.
#[derive(Clone, Debug)]
struct Reached {
    place: Place,
    /// The place (its index in [`Snapshot::places`]) and the answer it was first reached by.
    from: Option<(usize, usize)>,
}

/// The screens of a tree, ready to be drawn file by file.
pub struct Snapshot<'t> {
    tree: &'t Tree,
    localizer: &'t Localizer,
    width: u16,
    languages: Vec<String>,
    places: Vec<Reached>,
    /// For each place, whether an escalation end can be reached from it (tickets are looked for
    /// only there).
    escalates: Vec<bool>,
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
        let places = reachable(tree);
        let escalates = escalating(tree, &places);
        Snapshot {
            tree,
            localizer,
            width: width.clamp(MIN_WIDTH, MAX_WIDTH),
            languages: localizer.languages().iter().map(ToString::to_string).collect(),
            places,
            escalates,
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
        let plain = crate::text::sanitize(&self.plain(&session, lang));
        (plain, crate::text::sanitize(&self.full(session, lang)))
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
            sections.push(format!("── plain · {name} ──\n{}", self.plain(&session, lang)));
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
        let complete = self.escalation_paths(MAX_TICKETS, |place, answers| {
            let code = paths::codes(self.tree, &self.steps(answers)).code;
            found.push((place.node(), end_label(place), code, answers.to_vec()));
        });
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

    /// Calls `found` with the end and the answers of every path that ends escalating, depth first in
    /// answer order, going only where an escalation can be reached (so a tree of 2^40 paths with
    /// few escalations is quick). Stops after `limit`; returns whether every one was found.
    fn escalation_paths(&self, limit: usize, mut found: impl FnMut(Place, &[usize])) -> bool {
        let index: HashMap<Place, usize> = self.places.iter().enumerate().map(|(i, r)| (r.place, i)).collect();
        let start = self.tree.start();
        let Some(&first) = index.get(&start) else {
            return true;
        };
        let mut count = 0usize;
        if self.tree.outcome(start) == Some(Outcome::Escalate) {
            found(start, &[]);
            return true;
        }
        let mut answers: Vec<usize> = Vec::new();
        let mut on_path = vec![false; self.places.len()];
        on_path[first] = true;
        // Each frame: a place (by index) and the next answer to try there.
        let mut stack: Vec<(usize, usize)> = vec![(first, 0)];
        while let Some(&mut (at, ref mut next)) = stack.last_mut() {
            let place = self.places[at].place;
            let choices = self.tree.choices(place);
            if *next >= choices.len() || self.tree.outcome(place).is_some() {
                stack.pop();
                on_path[at] = false;
                answers.pop();
                continue;
            }
            let answer = *next;
            *next += 1;
            let target = self.tree.arrive(choices[answer].next, place.node());
            let Some(&to) = index.get(&target) else { continue };
            if on_path[to] || !self.escalates[to] {
                continue;
            }
            answers.push(answer);
            if self.tree.outcome(target) == Some(Outcome::Escalate) {
                if count == limit {
                    return false;
                }
                count += 1;
                found(target, &answers);
                answers.pop();
                continue;
            }
            on_path[to] = true;
            stack.push((to, 0));
        }
        true
    }

    /// `topic:node`, and the end the wizard draws after it, if any.
    fn place_name(&self, place: Place) -> String {
        format!("{}{}", self.tree.qualified_name(place.node()), end_label(place))
    }

    /// The plain screen, with its path code and breadcrumb marked.
    fn plain(&self, session: &Session<'_>, lang: &str) -> String {
        let mut screen = Screen::of(session, self.localizer, lang);
        let codes = format!("{} · {}", screen.codes.code, screen.codes.short);
        let walked = !screen.breadcrumb.is_empty();
        if walked {
            screen.breadcrumb = vec![BREADCRUMB_MARK.to_string()];
        }
        let mut out = Vec::new();
        // Writing to memory cannot fail.
        let _ = write_screen(&mut out, &screen, self.localizer, lang);
        let text = String::from_utf8_lossy(&out).into_owned();
        let mut lines: Vec<&str> = text.lines().collect();
        let marked;
        if walked && let Some(line) = lines.get(1) {
            marked = line.replacen(&codes, CODE_MARK, 1);
            lines[1] = &marked;
        }
        lines.join("\n")
    }

    /// The full screen, drawn tall enough for all of it, with the breadcrumb rows and the path code
    /// marked and the blank rows above the status line dropped.
    fn full(&self, session: Session<'_>, lang: &str) -> String {
        let walked = !session.answers().is_empty();
        let mut app = App::new(session, self.localizer, lang, THEME).with_clipboard(false);
        let mut rows = FIRST_ROWS;
        let text = loop {
            let mut terminal = match Terminal::new(TestBackend::new(self.width, rows)) {
                Ok(terminal) => terminal,
                Err(never) => match never {},
            };
            // Drawing on a TestBackend cannot fail; an empty screen would show in the diff.
            let _ = app.run(&mut terminal, Vec::<ratatui::crossterm::event::Event>::new());
            if app.fits() || rows == LAST_ROWS {
                break screen_text(terminal.backend());
            }
            rows = LAST_ROWS;
        };
        let rows: Vec<&str> = text.lines().collect();
        if rows.len() < 4 {
            return text;
        }
        // The breadcrumb: from the second row to the first blank one.
        let crumbs_end = rows[1..].iter().position(|r| r.is_empty()).map_or(2, |p| p + 1);
        let (status, hints) = (rows[rows.len() - 2], rows[rows.len() - 1]);
        let mut body: Vec<&str> = rows[crumbs_end..rows.len() - 2].to_vec();
        while body.last().is_some_and(|r| r.trim().is_empty()) {
            body.pop();
        }
        let status = match status.split_once(':') {
            Some((label, _)) if walked => format!("{label}: {CODE_MARK}"),
            _ => status.to_string(),
        };
        let mut out = vec![rows[0].to_string(), format!(" {BREADCRUMB_MARK}")];
        out.extend(body.iter().map(ToString::to_string));
        out.push(String::new());
        out.push(status);
        out.push(hints.to_string());
        out.join("\n")
    }
}

/// ` → resolved`, ` → escalate`…: the end the wizard draws after a fix; empty for a node.
fn end_label(place: Place) -> String {
    match place {
        Place::End(outcome, _) => format!(" → {}", outcome.as_str()),
        Place::Node(_) => String::new(),
    }
}

/// A `TestBackend`'s screen as text, one line per row, trailing spaces trimmed.
fn screen_text(backend: &TestBackend) -> String {
    let buffer = backend.buffer();
    let mut lines = Vec::with_capacity(usize::from(buffer.area.height));
    for y in 0..buffer.area.height {
        let line: String = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect();
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

/// Every place a walk can stand on, breadth first from the root, each with the answer it was first
/// reached by: the shortest walks, earlier answers first. A walk stops at an end, as a path does.
fn reachable(tree: &Tree) -> Vec<Reached> {
    let start = tree.start();
    let mut places = vec![Reached {
        place: start,
        from: None,
    }];
    let mut seen: HashMap<Place, usize> = HashMap::from([(start, 0)]);
    let mut queue = VecDeque::from([0usize]);
    while let Some(at) = queue.pop_front() {
        let place = places[at].place;
        if tree.outcome(place).is_some() {
            continue;
        }
        for answer in 0..tree.choices(place).len() {
            if let Some(next) = tree.choose(place, answer)
                && !seen.contains_key(&next)
            {
                seen.insert(next, places.len());
                queue.push_back(places.len());
                places.push(Reached {
                    place: next,
                    from: Some((at, answer)),
                });
            }
        }
    }
    places
}

/// For each place, whether an escalation end can be reached from it.
fn escalating(tree: &Tree, places: &[Reached]) -> Vec<bool> {
    let index: HashMap<Place, usize> = places.iter().enumerate().map(|(i, r)| (r.place, i)).collect();
    // Who leads to each place.
    let mut before: Vec<Vec<usize>> = vec![Vec::new(); places.len()];
    for (at, reached) in places.iter().enumerate() {
        if tree.outcome(reached.place).is_some() {
            continue;
        }
        for answer in 0..tree.choices(reached.place).len() {
            if let Some(&to) = tree.choose(reached.place, answer).and_then(|p| index.get(&p)) {
                before[to].push(at);
            }
        }
    }
    let mut escalates = vec![false; places.len()];
    let mut queue: VecDeque<usize> = (0..places.len())
        .filter(|&i| tree.outcome(places[i].place) == Some(Outcome::Escalate))
        .collect();
    for &i in &queue {
        escalates[i] = true;
    }
    while let Some(at) = queue.pop_front() {
        for &from in &before[at] {
            if !escalates[from] {
                escalates[from] = true;
                queue.push_back(from);
            }
        }
    }
    escalates
}
