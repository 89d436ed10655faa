//! The full-screen wizard's state — the session, the language, the selection (an answer, or a step
//! of a fix), the scroll, the bilingual view, the overlay on top (help, search, note, the quit
//! question, a message) — and its run loop: draw, wait for an input, act on it, draw again. The
//! loop is generic over ratatui's backend and over where inputs come from, so tests drive it on
//! `TestBackend`. Acting on inputs is in `app/input.rs`; the agent's aids in `app/aids.rs`.

mod aids;
mod input;
mod limit;

use super::body::Extras;
use super::editor::Editor;
use super::keys::{Action, Mode, label_of};
use super::pane::PaneText;
use super::search::Search;
use super::theme::Theme;
use super::view::{Layer, LinkSpot, State, View};
use super::wrap::{shorten_middle, width};
use crate::engine::tree::Outcome;
use crate::i18n::{Localizer, agent, ui};
use crate::transcript::journal::Journal;
use crate::transcript::{Leaving, Saver};
use crate::wizard::screen::Screen;
use crate::wizard::session::{Msg, Session};
use crate::wizard::ticket::{self, Field};
use crossterm::event::Event;
use fluent_bundle::FluentArgs;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::io;

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
    /// A save failed for this reason: a folder to save in instead.
    Folder(Editor, String),
    /// The quit question, over what was there before (back on "stay").
    Confirm(Box<Overlay>),
    Message(Message),
}

/// A message to read before going on.
enum Message {
    /// The reopened transcript's steps (1-based, `topic:node`) that read differently now.
    Changed(Vec<(usize, String)>),
}

/// The status bar's notice.
enum Notice {
    Text(String),
    /// Saved: the JSON file's path, shortened from its start to fit.
    Saved(String),
}

pub struct App<'t> {
    session: Session<'t>,
    localizer: &'t Localizer,
    saver: Option<&'t Saver<'t>>,
    /// Where the session's log goes as it happens, if anywhere.
    journal: Option<Journal>,
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
    /// Text `y` asked to copy, for the front end to send to the clipboard after the next frame.
    copy: Option<String>,
    /// The last text copied, whether or not a front end sent it on.
    copied: Option<String>,
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
            saver: None,
            journal: None,
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
            copy: None,
            copied: None,
        }
    }

    /// Lets `s` (and the quit question) save transcripts with `saver`.
    pub fn with_saver(mut self, saver: &'t Saver<'t>) -> App<'t> {
        self.saver = Some(saver);
        self
    }

    /// Draws every cell in plain ASCII (`é` → `e`, `›` → `>`, box drawing → `+-|`), for a locale
    /// whose character set is not UTF-8.
    pub fn with_ascii(mut self, ascii: bool) -> App<'t> {
        self.ascii = ascii;
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
        self.journal = journal;
        self
    }

    /// The journal, for the front end to remove or keep once the wizard has ended.
    pub fn take_journal(&mut self) -> Option<Journal> {
        self.journal.take()
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

    pub fn lang(&self) -> &str {
        self.session.lang()
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
        self.draw(terminal, &mut after_draw)?;
        while let Some(input) = events.next_input()? {
            let step = self.handle(input);
            self.sync_journal();
            let repaint = match step {
                Step::Draw => false,
                Step::Nothing => continue,
                Step::Exit(exit) => return Ok(exit),
                Step::Suspend => events.suspend()?,
                Step::Repaint => true,
            };
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

    /// The language shown beside the current one in the bilingual view.
    fn other_language(&self) -> Option<String> {
        let languages = self.localizer.languages();
        let at = languages.iter().position(|l| *l == self.lang()).unwrap_or(0);
        let next = languages.get((at + 1) % languages.len().max(1))?;
        (*next != self.lang()).then(|| next.to_string())
    }

    fn pane_data(&self, lang: &str, header: Option<&str>) -> PaneData {
        let text = |id: &str| self.localizer.text(lang, id);
        let screen = Screen::of(&self.session, self.localizer, lang);
        let closing = screen.choices.is_empty().then(|| {
            let mut args = FluentArgs::new();
            args.set("restart", label_of(Action::Restart, &text));
            args.set("quit", label_of(Action::Quit, &text));
            self.localizer.text_with(lang, ui::TUI_END_KEYS, Some(&args))
        });
        let ticket = match self.session.outcome() {
            Some(Outcome::Escalate) => ticket::summary(&self.session, self.localizer, lang),
            _ => Vec::new(),
        };
        let header = header.map(|id| {
            let mut args = FluentArgs::new();
            args.set("language", text(ui::TUI_LANGUAGE));
            self.localizer.text_with(lang, id, Some(&args))
        });
        PaneData {
            screen,
            note_label: format!("{}{}", text(agent::TRANSCRIPT_NOTE), text(agent::LABEL_SEPARATOR)),
            ticket,
            ticket_heading: text(agent::TICKET_HEADING),
            separator: text(agent::LABEL_SEPARATOR),
            closing,
            header,
        }
    }

    fn notice_text(&self, columns: u16) -> Option<String> {
        match self.notice.as_ref()? {
            Notice::Text(text) => Some(text.clone()),
            Notice::Saved(path) => {
                let with = |path: &str| {
                    let mut args = FluentArgs::new();
                    args.set("path", path.to_string());
                    self.localizer.text_with(self.lang(), agent::SAVE_DONE, Some(&args))
                };
                // The folder stays readable: home as `~`, and a path too long loses its middle,
                // keeping where it starts and the file's name.
                let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
                let path = tilde(path, home.as_deref());
                let room = (usize::from(columns) * 2 / 3).saturating_sub(width(&with("")));
                Some(with(&shorten_middle(&path, room.max(8))))
            }
        }
    }

    fn message_text(&self, message: &Message) -> (String, Vec<String>) {
        let text = |id: &str| self.localizer.text(self.lang(), id);
        match message {
            Message::Changed(changed) => (
                text(agent::TUI_CHANGED_TITLE),
                crate::transcript::changed_warning(changed, self.localizer, self.lang()),
            ),
        }
    }

    fn save_failed_text(&self, reason: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("reason", crate::text::sanitize(reason));
        self.localizer.text_with(self.lang(), agent::SAVE_FAILED, Some(&args))
    }

    fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::None => Mode::Main,
            Overlay::Help => Mode::Help,
            Overlay::Search(_) => Mode::Search,
            Overlay::Note(_) | Overlay::Folder(..) => Mode::Note,
            Overlay::Confirm(_) => Mode::Confirm,
            Overlay::Message(_) => Mode::Message,
        }
    }

    fn draw<B, F>(&mut self, terminal: &mut Terminal<B>, after_draw: &mut F) -> io::Result<()>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
        F: FnMut(&mut B, &Drawn<'_>) -> io::Result<()>,
    {
        let mut data = vec![self.pane_data(self.lang(), None)];
        if self.bilingual
            && let Some(other) = self.other_language()
        {
            data[0] = self.pane_data(self.lang(), Some(agent::TUI_PANE_CUSTOMER));
            data.push(self.pane_data(&other, Some(agent::TUI_PANE_AGENT)));
        }
        let place = self.session.place();
        let tried = self.session.tried_at(place);
        let notes = self.session.notes_at(place);
        let panes: Vec<PaneText<'_>> = data
            .iter()
            .map(|d| PaneText {
                screen: &d.screen,
                extras: Extras {
                    tried: &tried,
                    step: self.step,
                    notes: &notes,
                    note_label: &d.note_label,
                    ticket: (!d.ticket.is_empty()).then_some((&*d.ticket_heading, &d.ticket[..], &*d.separator)),
                    closing: d.closing.as_deref(),
                },
                header: d.header.clone(),
            })
            .collect();
        let message = match &self.overlay {
            Overlay::Message(message) => Some(self.message_text(message)),
            _ => None,
        };
        let layer = match &self.overlay {
            Overlay::None => Layer::None,
            Overlay::Help => Layer::Help,
            Overlay::Search(search) => Layer::Search(search),
            Overlay::Note(editor) => Layer::Note(editor),
            Overlay::Folder(editor, reason) => Layer::Folder {
                editor,
                why: format!(
                    "{} {}",
                    self.save_failed_text(reason),
                    self.localizer.text(self.lang(), agent::TUI_SAVE_WHERE)
                ),
            },
            Overlay::Confirm(_) => Layer::Confirm,
            Overlay::Message(_) => {
                let (title, text) = message.unwrap_or_default();
                Layer::Message { title, text }
            }
        };
        let columns = terminal.size().map_or(80, |size| size.width);
        let notice = self.notice_text(columns);
        let state = State {
            screen: &data[0].screen,
            panes,
            localizer: self.localizer,
            lang: self.lang(),
            theme: self.theme,
            selected: self.step.is_none().then_some(self.selected),
            scroll: self.scroll,
            reveal: self.reveal,
            layer,
            notice: notice.as_deref(),
            languages: self.localizer.languages().len(),
            help_scroll: self.help_scroll,
            ascii: self.ascii,
        };
        let mut drawn = None;
        terminal
            .draw(|frame| {
                let view = View::new(&state, frame.area());
                frame.render_widget(&view, frame.area());
                drawn = Some(view);
            })
            .map_err(io::Error::other)?;
        drop(state);
        if let Some(view) = drawn {
            self.scroll = view.scroll();
            self.help_scroll = view.help_scroll().unwrap_or(self.help_scroll);
            self.reveal = false;
            let links = view.links();
            let copy = self.copy.take();
            let drawn = Drawn {
                links: &links,
                copy: copy.as_deref(),
            };
            after_draw(terminal.backend_mut(), &drawn)?;
            self.view = Some(view);
        }
        Ok(())
    }
}

/// `path` with the home folder written `~`, as shells write it.
fn tilde(path: &str, home: Option<&std::path::Path>) -> String {
    let Some(home) = home.and_then(|h| h.to_str()).filter(|h| h.len() > 1) else {
        return path.to_string();
    };
    let home = home.trim_end_matches('/');
    match path.strip_prefix(home) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("~{rest}"),
        _ => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::tilde;
    use std::path::Path;

    #[test]
    fn the_home_folder_is_written_as_a_tilde() {
        let home = Some(Path::new("/home/ana"));
        assert_eq!(tilde("/home/ana/.local/share/x.json", home), "~/.local/share/x.json");
        assert_eq!(tilde("/home/anabel/x.json", home), "/home/anabel/x.json");
        assert_eq!(tilde("/tmp/x.json", home), "/tmp/x.json");
        assert_eq!(tilde("/tmp/x.json", None), "/tmp/x.json");
        assert_eq!(tilde("/x.json", Some(Path::new("/"))), "/x.json");
    }
}
