//! The full-screen wizard's state — the session, the language, the selection (an answer, or a step
//! of a fix), the scroll, the bilingual view, the overlay on top (help, search, note, the quit
//! question, a message) — and its run loop: draw, wait for an input, act on it, draw again. The
//! loop is generic over ratatui's backend and over where inputs come from, so tests drive it on
//! `TestBackend`. Acting on inputs is in `app/input.rs`; the agent's aids in `app/aids.rs`.

mod aids;
mod draw;
mod input;
pub mod limit;

use super::editor::Editor;
use super::keys::Mode;
use super::search::Search;
use super::theme::Theme;
use super::view::{LinkSpot, View};
use crate::desk::Desk;
use crate::i18n::Localizer;
use crate::transcript::journal::Journal;
use crate::transcript::{Leaving, Saver};
use crate::wizard::screen::Screen;
use crate::wizard::session::{Msg, Session};
use crate::wizard::ticket::Field;
use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::io;
use std::time::{Duration, Instant};

/// How long a burst of input is acted on without a frame: the screen still moves during a flood.
const FRAME_OWED_AT_MOST: Duration = Duration::from_millis(100);

/// One thing the loop reacts to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Event(Event),
    /// A signal asking the wizard to stop (SIGTERM, SIGHUP, SIGINT).
    Signal(i32),
    /// SIGTSTP: suspend, as Ctrl-Z does (see [`EventSource::suspend`]).
    Suspend,
    /// The terminal was taken back after a stop from outside (SIGCONT): draw every cell again.
    Repaint,
}

/// Where the loop's inputs come from: the terminal, or a list of crossterm events (tests).
pub trait EventSource {
    /// The next input; `None` when there will be no more.
    fn next_input(&mut self) -> io::Result<Option<Input>>;

    /// Ctrl-Z or SIGTSTP: gives the terminal back, stops until continued, then takes the terminal
    /// again. True when that happened, so every cell must be drawn again; a list of events (tests)
    /// has no terminal to give back.
    fn suspend(&mut self) -> io::Result<bool> {
        Ok(false)
    }

    /// Whether another input is waiting already (a burst of keys, a flood): the loop acts on it
    /// before drawing, so the work done per key does not include a frame. False by default.
    fn pending(&mut self) -> io::Result<bool> {
        Ok(false)
    }
}

/// What the run loop accepts as its inputs: an [`EventSource`], or any collection of events.
pub trait IntoEventSource {
    type Source: EventSource;
    fn into_source(self) -> Self::Source;
}

/// A list of crossterm events as an [`EventSource`].
pub struct Events<I>(I);

impl<I: Iterator<Item = Event>> EventSource for Events<I> {
    fn next_input(&mut self) -> io::Result<Option<Input>> {
        Ok(self.0.next().map(Input::Event))
    }
}

impl<I: IntoIterator<Item = Event>> IntoEventSource for I {
    type Source = Events<I::IntoIter>;
    fn into_source(self) -> Self::Source {
        Events(self.into_iter())
    }
}

/// Why the loop returned.
#[derive(Debug, PartialEq)]
pub enum Exit {
    /// The session said to leave (`q`, Ctrl-C, a signal): the exit code, and how the save on the
    /// way out went, if there was one.
    Left(Leaving),
    /// The event source ran out.
    EventsEnded,
}

/// What the loop does after an input.
enum Step {
    Draw,
    Nothing,
    Exit(Exit),
    /// Suspend (Ctrl-Z, SIGTSTP), then draw.
    Suspend,
    /// Draw every cell again.
    Repaint,
}

/// What is on top of the screen, and so where keys go.
#[derive(Default)]
enum Overlay {
    #[default]
    None,
    Help,
    Search(Box<Search>),
    Note(Editor),
    /// The reason for flagging this step as wrong or out of date.
    Flag(Editor),
    /// A save failed (and why): a folder to save in instead.
    Folder(Editor, crate::desk::SaveFailed),
    /// The quit question, over what was there before (back on "stay").
    Confirm(Box<Overlay>),
    Message(Message),
}

impl Overlay {
    /// Where keys go while this is on top: the key table's mode.
    fn mode(&self) -> Mode {
        match self {
            Overlay::None => Mode::Main,
            Overlay::Help => Mode::Help,
            Overlay::Search(_) => Mode::Search,
            Overlay::Note(_) | Overlay::Flag(_) | Overlay::Folder(..) => Mode::Note,
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Message(_) => Mode::Message,
        }
    }
}

/// A message to read before going on.
enum Message {
    /// The reopened transcript's steps (1-based, `topic:node`) that read differently now.
    Changed(Vec<(usize, String)>),
    /// Saved: the JSON file (the Markdown is beside it).
    Saved(std::path::PathBuf),
}

/// The status bar's notice.
enum Notice {
    Text(String),
    /// Text was left out of the note or the search: it is as long as the editor takes.
    TooLong,
    /// Saved: the Markdown file's path, shortened in its middle to fit.
    Saved(String),
}

pub struct App<'t> {
    session: Session<'t>,
    localizer: &'t Localizer,
    /// What the agent's aids mean (save, journal, copy, language, leave), and the files they use.
    desk: Desk<'t>,
    /// A note put aside with Esc, back in the editor on the next `n`.
    draft: Option<Editor>,
    theme: Theme,
    /// The selected answer, when the cursor is not on a step.
    selected: usize,
    /// The step of the fix under the cursor, if it is on one.
    step: Option<usize>,
    /// Scroll the step under the cursor into view on the next frame.
    reveal: bool,
    scroll: usize,
    bilingual: bool,
    overlay: Overlay,
    notice: Option<Notice>,
    /// The last frame drawn, for what a click lands on and how far a page scrolls.
    view: Option<View>,
    /// How far the help overlay is scrolled.
    help_scroll: usize,
    /// Draw in plain ASCII (the locale's character set is not UTF-8).
    ascii: bool,
    /// The terminal takes OSC 52 (not the Linux console, which would show it as garbage).
    clipboard: bool,
    /// Text `y` asked to copy, for the front end to send to the clipboard after the next frame.
    copy: Option<String>,
    /// The last text copied, whether or not a front end sent it on.
    copied: Option<String>,
    /// A step pressed with the mouse, marked tried when the button comes up on it without a drag.
    pressed: Option<usize>,
    /// The panes' texts as last drawn, and what they were made from: kept while the session and
    /// the language stay as they are, so moving the cursor or scrolling formats no message again.
    panes: Option<(PanesMadeFrom, Vec<PaneData>)>,
    /// The screen in the agent's language, for the chrome (title, breadcrumb), made with the panes.
    chrome: Option<Screen>,
    /// Where the walk stood before a search jump (its code), and the log's length after it:
    /// back, with nothing done between, returns there instead of along the new path.
    jumped_from: Option<(usize, String)>,
}

/// What the panes' texts depend on: the session (its log only grows; its place), the language and
/// whether both languages are shown.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PanesMadeFrom {
    events: usize,
    place: crate::engine::place::Place,
    lang: String,
    agent_lang: String,
    bilingual: bool,
}

/// What a frame leaves for the front end to do on the real terminal once it is drawn.
#[derive(Clone, Copy, Debug)]
pub struct Drawn<'a> {
    /// The links on screen, to make clickable.
    pub links: &'a [LinkSpot],
    /// Text to put on the clipboard.
    pub copy: Option<&'a str>,
}

/// One language's texts for a pane, owned for the time of a frame.
struct PaneData {
    screen: Screen,
    note_label: String,
    ticket: Vec<Field>,
    ticket_heading: String,
    /// On an escalation end, the first line: how to copy the summary.
    copy_first: Option<String>,
    /// Under a link shortened to fit: which key copies it whole (made only on a screen with links).
    link_whole: Option<String>,
    separator: String,
    closing: Option<String>,
    header: Option<String>,
}

impl<'t> App<'t> {
    /// A wizard over `session` in `lang`, preselecting the answer given there before, if any.
    pub fn new(session: Session<'t>, localizer: &'t Localizer, lang: &str, theme: Theme) -> App<'t> {
        let selected = session.remembered().unwrap_or(0);
        let mut session = if session.log().is_empty() {
            session.in_language(lang)
        } else {
            session
        };
        session.update(Msg::Language(lang.to_string()));
        App {
            session,
            localizer,
            desk: Desk::new(localizer, None, None),
            draft: None,
            theme,
            selected,
            step: None,
            reveal: false,
            scroll: 0,
            bilingual: false,
            overlay: Overlay::None,
            notice: None,
            view: None,
            help_scroll: 0,
            ascii: false,
            clipboard: true,
            copy: None,
            copied: None,
            pressed: None,
            panes: None,
            chrome: None,
            jumped_from: None,
        }
    }

    /// Lets `s` (and the quit question) save transcripts with `saver`.
    pub fn with_saver(mut self, saver: &'t Saver<'t>) -> App<'t> {
        self.desk.set_saver(saver);
        self
    }

    /// Draws every cell in plain ASCII (`é` → `e`, `›` → `>`, box drawing → `+-|`), for a locale
    /// whose character set is not UTF-8.
    pub fn with_ascii(mut self, ascii: bool) -> App<'t> {
        self.ascii = ascii;
        self
    }

    /// Whether the terminal takes the clipboard sequence (OSC 52); without it, `y` says copying is
    /// not available here and sends nothing.
    pub fn with_clipboard(mut self, clipboard: bool) -> App<'t> {
        self.clipboard = clipboard;
        self
    }

    /// Opens with this line in the status bar, if any (what `--resume` reopened).
    pub fn with_notice(mut self, notice: Option<String>) -> App<'t> {
        if let Some(text) = notice {
            self.notice = Some(Notice::Text(text));
        }
        self
    }

    /// Keeps the session's log in `journal` as it happens.
    pub fn with_journal(mut self, journal: Option<Journal>) -> App<'t> {
        self.desk.set_journal(journal);
        self
    }

    /// The journal, for the front end to remove or keep once the wizard has ended.
    pub fn take_journal(&mut self) -> Option<Journal> {
        self.desk.take_journal()
    }

    /// Opens on a message naming the steps (1-based, `topic:node`) of a reopened transcript that
    /// read differently now; nothing when there are none.
    pub fn with_changed_steps(mut self, changed: Vec<(usize, String)>) -> App<'t> {
        if !changed.is_empty() {
            self.overlay = Overlay::Message(Message::Changed(changed));
        }
        self
    }

    pub fn session(&self) -> &Session<'t> {
        &self.session
    }

    /// The customer's language: the tree's words.
    pub fn lang(&self) -> &str {
        self.session.lang()
    }

    /// The agent's language: the title, breadcrumb, hints, dialogs, help and search.
    pub fn agent_lang(&self) -> &str {
        self.session.agent_lang()
    }

    /// The index of the selected answer.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The step of the fix under the cursor, if it is on one.
    pub fn step(&self) -> Option<usize> {
        self.step
    }

    pub fn bilingual(&self) -> bool {
        self.bilingual
    }

    /// Whether the last frame drawn showed the whole screen, nothing left to scroll to.
    pub fn fits(&self) -> bool {
        self.view.as_ref().is_some_and(View::fits)
    }

    /// The last text `y` copied, if any.
    pub fn copied(&self) -> Option<&str> {
        self.copied.as_deref()
    }

    /// Runs until quit, a signal, or the end of `events`; the state stays for another run.
    pub fn run<B>(&mut self, terminal: &mut Terminal<B>, events: impl IntoEventSource) -> io::Result<Exit>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
    {
        self.run_with(terminal, events, |_, _| Ok(()))
    }

    /// Like [`App::run`], calling `after_draw` with the backend and what the frame leaves to do
    /// after each frame (the terminal front end makes links clickable and fills the clipboard).
    pub fn run_with<B, F>(
        &mut self,
        terminal: &mut Terminal<B>,
        events: impl IntoEventSource,
        mut after_draw: F,
    ) -> io::Result<Exit>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
        F: FnMut(&mut B, &Drawn<'_>) -> io::Result<()>,
    {
        let mut events = events.into_source();
        match self.run_loop(terminal, &mut events, &mut after_draw) {
            Err(error) => self.terminal_lost(error),
            done => done,
        }
    }

    fn run_loop<B, E, F>(&mut self, terminal: &mut Terminal<B>, events: &mut E, mut after_draw: F) -> io::Result<Exit>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
        E: EventSource,
        F: FnMut(&mut B, &Drawn<'_>) -> io::Result<()>,
    {
        self.draw(terminal, &mut after_draw)?;
        // A frame owed for inputs acted on while more were waiting, and since when.
        let mut owed: Option<Instant> = None;
        while let Some(input) = events.next_input()? {
            let step = self.handle(input);
            self.sync_journal();
            let repaint = match step {
                Step::Exit(exit) => return Ok(exit),
                Step::Suspend => events.suspend()?,
                Step::Repaint => true,
                Step::Nothing if owed.is_none() => continue,
                Step::Draw | Step::Nothing => {
                    // While more input waits, the frame is owed (at most FRAME_OWED_AT_MOST).
                    let since = *owed.get_or_insert_with(Instant::now);
                    if since.elapsed() < FRAME_OWED_AT_MOST && events.pending()? {
                        continue;
                    }
                    false
                }
            };
            owed = None;
            if repaint {
                // Every cell again, on a clear screen: both buffers blank. (`Terminal::clear`
                // would ask the terminal where its cursor is and wait for the answer.)
                terminal.backend_mut().clear().map_err(io::Error::other)?;
                terminal.swap_buffers();
            }
            self.draw(terminal, &mut after_draw)?;
        }
        Ok(Exit::EventsEnded)
    }

    /// The terminal failed under the wizard — its window closed or its connection dropped, so reads
    /// and writes fail before (or instead of) the hangup signal: leave as a hangup does, saving
    /// first, with its exit code (129); or it stopped reading when a signal came: leave as that
    /// signal does.
    fn terminal_lost(&mut self, error: io::Error) -> io::Result<Exit> {
        use signal_hook::consts::SIGHUP;
        // A terminal that stopped reading when a signal came: leave as that signal says.
        let signal = super::output::stalled_by(&error).filter(|s| *s != 0).unwrap_or(SIGHUP);
        match self.stop(Msg::Signal(signal)) {
            Step::Exit(exit) => {
                self.sync_journal();
                Ok(exit)
            }
            _ => Err(error),
        }
    }
}
