//! The full-screen wizard's state — the session, the language, the selection, the scroll, the help
//! overlay — and its run loop: draw, wait for an input, act on it, draw again. The loop is generic
//! over ratatui's backend and over where inputs come from, so tests drive it on `TestBackend`.

use super::keys::{self, Action};
use super::theme::Theme;
use super::view::{Hit, LinkSpot, State, View};
use crate::i18n::{Localizer, ui};
use crate::screen::Screen;
use crate::session::{Effect, Msg, Session};
use crossterm::event::{Event, KeyCode, KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use fluent_bundle::FluentArgs;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::io;

/// Lines the mouse wheel scrolls at a time.
const WHEEL_LINES: isize = 3;

/// One thing the loop reacts to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Event(Event),
    /// A signal asking the wizard to stop (SIGTERM, SIGHUP, SIGINT).
    Signal(i32),
}

/// Where the loop's inputs come from: the terminal, or a list of crossterm events (tests).
pub trait EventSource {
    /// The next input; `None` when there will be no more.
    fn next_input(&mut self) -> io::Result<Option<Input>>;
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// `q` or Ctrl-C.
    Quit,
    /// A signal asked the wizard to stop.
    Signal(i32),
    /// The event source ran out.
    EventsEnded,
}

/// What the loop does after an input.
enum Step {
    Draw,
    Nothing,
    Exit(Exit),
}

pub struct App<'t> {
    session: Session<'t>,
    localizer: &'t Localizer,
    lang: String,
    theme: Theme,
    selected: usize,
    scroll: usize,
    help: bool,
    notice: Option<String>,
    /// The last frame drawn, for what a click lands on and how far a page scrolls.
    view: Option<View>,
}

impl<'t> App<'t> {
    /// A wizard over `session` in `lang`, preselecting the answer given there before, if any.
    pub fn new(session: Session<'t>, localizer: &'t Localizer, lang: &str, theme: Theme) -> App<'t> {
        let selected = session.remembered().unwrap_or(0);
        App {
            session,
            localizer,
            lang: lang.to_string(),
            theme,
            selected,
            scroll: 0,
            help: false,
            notice: None,
            view: None,
        }
    }

    pub fn session(&self) -> &Session<'t> {
        &self.session
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The index of the selected answer.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Runs until quit, a signal, or the end of `events`; the state stays for another run.
    pub fn run<B>(&mut self, terminal: &mut Terminal<B>, events: impl IntoEventSource) -> io::Result<Exit>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
    {
        self.run_with(terminal, events, |_, _| Ok(()))
    }

    /// Like [`App::run`], calling `after_draw` with the backend and the links on screen after each
    /// frame (the terminal front end makes them clickable there).
    pub fn run_with<B, F>(
        &mut self,
        terminal: &mut Terminal<B>,
        events: impl IntoEventSource,
        mut after_draw: F,
    ) -> io::Result<Exit>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
        F: FnMut(&mut B, &[LinkSpot]) -> io::Result<()>,
    {
        let mut events = events.into_source();
        self.draw(terminal, &mut after_draw)?;
        while let Some(input) = events.next_input()? {
            match self.handle(input) {
                Step::Draw => self.draw(terminal, &mut after_draw)?,
                Step::Nothing => {}
                Step::Exit(exit) => return Ok(exit),
            }
        }
        Ok(Exit::EventsEnded)
    }

    fn draw<B, F>(&mut self, terminal: &mut Terminal<B>, after_draw: &mut F) -> io::Result<()>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
        F: FnMut(&mut B, &[LinkSpot]) -> io::Result<()>,
    {
        let screen = Screen::of(&self.session, self.localizer, &self.lang);
        let state = State {
            screen: &screen,
            localizer: self.localizer,
            lang: &self.lang,
            theme: self.theme,
            selected: self.selected,
            scroll: self.scroll,
            help: self.help,
            notice: self.notice.as_deref(),
            languages: self.localizer.languages().len(),
        };
        let mut drawn = None;
        terminal
            .draw(|frame| {
                let view = View::new(&state, frame.area());
                frame.render_widget(&view, frame.area());
                drawn = Some(view);
            })
            .map_err(io::Error::other)?;
        if let Some(view) = drawn {
            self.scroll = view.scroll();
            after_draw(terminal.backend_mut(), &view.links())?;
            self.view = Some(view);
        }
        Ok(())
    }

    fn handle(&mut self, input: Input) -> Step {
        match input {
            Input::Signal(signal) => Step::Exit(Exit::Signal(signal)),
            Input::Event(Event::Key(key)) => match keys::action_of(&key) {
                Some(action) => self.act(action, &key),
                None => Step::Nothing,
            },
            Input::Event(Event::Mouse(mouse)) => self.mouse(mouse),
            Input::Event(Event::Resize(..)) => Step::Draw,
            Input::Event(_) => Step::Nothing,
        }
    }

    fn act(&mut self, action: Action, key: &KeyEvent) -> Step {
        if self.help {
            return match action {
                Action::Quit => self.quit(),
                Action::Help => self.close_help(),
                _ if key.code == KeyCode::Esc => self.close_help(),
                _ => Step::Nothing,
            };
        }
        self.notice = None;
        let choices = self.choice_count();
        match action {
            Action::Up if choices > 0 => self.selected = self.selected.saturating_sub(1),
            Action::Down if choices > 0 => self.selected = (self.selected + 1).min(choices - 1),
            Action::Up => self.scroll_by(-1),
            Action::Down => self.scroll_by(1),
            Action::Choose => {
                self.send(Msg::Choose(self.selected));
            }
            Action::ChooseNumber(index) => {
                if self.send(Msg::Choose(index)) != Effect::Moved {
                    self.notice_with(ui::INVALID, "input", (index + 1).to_string());
                }
            }
            Action::Back => {
                if self.send(Msg::Back) != Effect::Moved {
                    self.notice = Some(self.localizer.text(&self.lang, ui::AT_START));
                }
            }
            Action::Restart => {
                self.send(Msg::Restart);
            }
            Action::Language => self.switch_language(),
            Action::PageUp => self.scroll_by(-self.page()),
            Action::PageDown => self.scroll_by(self.page()),
            Action::Help => self.help = true,
            Action::Quit => return self.quit(),
        }
        Step::Draw
    }

    fn mouse(&mut self, mouse: MouseEvent) -> Step {
        if self.help {
            return Step::Nothing;
        }
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                let hit = self.view.as_ref().and_then(|v| v.hit(mouse.column, mouse.row));
                match hit {
                    Some(Hit::Answer(index)) => {
                        self.notice = None;
                        self.selected = index;
                        self.send(Msg::Choose(index));
                    }
                    Some(Hit::Crumb(depth)) => {
                        self.notice = None;
                        self.send(Msg::BackTo(depth));
                    }
                    None => return Step::Nothing,
                }
            }
            MouseEventKind::ScrollUp => self.scroll_by(-WHEEL_LINES),
            MouseEventKind::ScrollDown => self.scroll_by(WHEEL_LINES),
            _ => return Step::Nothing,
        }
        Step::Draw
    }

    /// Sends `msg` to the session; when the walk moves, preselects the answer remembered there and
    /// scrolls back to the top.
    fn send(&mut self, msg: Msg) -> Effect {
        let effect = self.session.update(msg);
        if effect == Effect::Moved {
            self.selected = self.session.remembered().unwrap_or(0);
            self.scroll = 0;
        }
        effect
    }

    fn quit(&mut self) -> Step {
        match self.session.update(Msg::Quit) {
            Effect::Quit => Step::Exit(Exit::Quit),
            _ => Step::Nothing,
        }
    }

    fn close_help(&mut self) -> Step {
        self.help = false;
        Step::Draw
    }

    fn choice_count(&self) -> usize {
        self.session.tree().choices(self.session.place()).len()
    }

    fn page(&self) -> isize {
        let page = self.view.as_ref().map_or(1, View::page);
        isize::try_from(page).unwrap_or(isize::MAX)
    }

    /// Scrolls the body; the next frame keeps it within the text.
    fn scroll_by(&mut self, lines: isize) {
        self.scroll = self.scroll.saturating_add_signed(lines);
    }

    /// The next loaded language, on the same screen with the same selection.
    fn switch_language(&mut self) {
        let languages = self.localizer.languages();
        let at = languages.iter().position(|l| *l == self.lang).unwrap_or(0);
        if let Some(next) = languages.get((at + 1) % languages.len().max(1)) {
            self.lang = next.to_string();
        }
    }

    fn notice_with(&mut self, id: &str, name: &'static str, value: String) {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.notice = Some(self.localizer.text_with(&self.lang, id, Some(&args)));
    }
}
