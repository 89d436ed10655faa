//! Acting on inputs: keys (through the key table, in the mode the overlay sets), the mouse, resizes
//! and signals.

use super::{App, Input, Message, Overlay, Step};
use crate::i18n::ui;
use crate::tui::keys::{self, Action, Mode};
use crate::tui::view::{Hit, View};
use crate::wizard::screen::{Body, Screen};
use crate::wizard::session::{Effect, Msg};
use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};

/// Lines the mouse wheel scrolls at a time.
const WHEEL_LINES: isize = 3;

impl App<'_> {
    pub(super) fn handle(&mut self, input: Input) -> Step {
        match input {
            Input::Signal(signal) => self.stop(Msg::Signal(signal)),
            Input::Event(Event::Key(key)) => self.key(&key),
            Input::Event(Event::Mouse(_) | Event::Paste(_)) if self.view.as_ref().is_some_and(View::too_small) => {
                Step::Nothing
            }
            Input::Event(Event::Mouse(mouse)) => self.mouse(mouse),
            Input::Event(Event::Resize(..)) => Step::Draw,
            Input::Event(Event::Paste(text)) => self.paste(&text),
            Input::Event(_) => Step::Nothing,
            Input::Suspend => Step::Suspend,
            Input::Repaint => Step::Repaint,
        }
    }

    fn key(&mut self, key: &KeyEvent) -> Step {
        if self.view.as_ref().is_some_and(View::too_small) {
            return self.key_while_too_small(key);
        }
        let mode = self.overlay.mode();
        let action = keys::action_of(mode, key);
        match (mode, action) {
            (_, Some(Action::Suspend)) => Step::Suspend,
            (Mode::Main, Some(action)) => self.act(action),
            (Mode::Help, Some(Action::Help | Action::Cancel)) => self.close(),
            (Mode::Help, Some(Action::Up | Action::PageUp)) => {
                self.help_scroll = self.help_scroll.saturating_sub(1);
                Step::Draw
            }
            (Mode::Help, Some(Action::Down | Action::PageDown)) => {
                self.help_scroll += 1;
                Step::Draw
            }
            (Mode::Help | Mode::Message | Mode::Search | Mode::Note, Some(Action::Quit)) => self.stop(Msg::Quit),
            (Mode::Help | Mode::Message | Mode::Search | Mode::Note, Some(Action::Interrupt)) => {
                self.stop(Msg::Interrupt)
            }
            (Mode::Search | Mode::Note, Some(action)) => self.edit(action),
            (Mode::Search | Mode::Note, None) => match keys::typed(key) {
                Some(c) => self.type_char(c),
                None => Step::Nothing,
            },
            (Mode::Confirm, Some(action)) => self.confirm(action),
            // Any key press closes a message; after a save, q and Ctrl-C go on to quit as well
            // (leaving then names the files again, on the shell).
            (Mode::Message, _) if key.kind == KeyEventKind::Press => {
                let saved = matches!(self.overlay, Overlay::Message(Message::Saved(_)));
                match keys::action_of(Mode::Main, key) {
                    Some(action @ (Action::Quit | Action::Interrupt)) if saved => {
                        self.close();
                        self.act(action)
                    }
                    _ => self.close(),
                }
            }
            _ => Step::Nothing,
        }
    }

    /// While the terminal is too small to show anything, only q and Ctrl-C act (as quitting from
    /// the wizard itself does, asking first about unsaved work); nothing else happens unseen.
    fn key_while_too_small(&mut self, key: &KeyEvent) -> Step {
        match keys::action_of(Mode::Main, key) {
            Some(Action::Quit) => self.stop(Msg::Quit),
            Some(Action::Interrupt) => self.stop(Msg::Interrupt),
            _ => Step::Nothing,
        }
    }

    fn act(&mut self, action: Action) -> Step {
        self.notice = None;
        match action {
            Action::Up => self.move_cursor(-1),
            Action::Down => self.move_cursor(1),
            Action::Choose => match self.step {
                Some(step) => return self.toggle_tried(step),
                None => {
                    self.send(Msg::Choose(self.selected));
                }
            },
            Action::ChooseNumber(index) => {
                if self.send(Msg::Choose(index)) != Effect::Moved {
                    self.notice_with(ui::INVALID, "input", (index + 1).to_string());
                }
            }
            Action::Back => {
                if !self.back_from_jump() && self.send(Msg::Back) != Effect::Moved {
                    self.notice_id(ui::AT_START);
                }
            }
            Action::Restart => {
                self.send(Msg::Restart);
            }
            Action::Language => self.switch_language(),
            Action::Bilingual => {
                if self.other_language().is_some() {
                    self.bilingual = !self.bilingual;
                }
            }
            Action::Search => self.open_search(),
            Action::Note => self.overlay = Overlay::Note(self.draft.take().unwrap_or_default()),
            Action::Flag => self.overlay = Overlay::Flag(crate::tui::editor::Editor::default()),
            Action::Tried => self.tried_key(),
            Action::Save => {
                self.save();
            }
            Action::Copy => self.copy(),
            Action::Home => {
                self.step = None;
                self.selected = 0;
            }
            Action::End => {
                self.step = None;
                self.selected = self.choice_count().saturating_sub(1);
            }
            Action::PageUp => self.scroll_by(-self.page()),
            Action::PageDown => self.scroll_by(self.page()),
            Action::Help => {
                self.help_scroll = 0;
                self.overlay = Overlay::Help;
            }
            Action::Quit => return self.stop(Msg::Quit),
            Action::Interrupt => return self.stop(Msg::Interrupt),
            // Keys of the overlays (text editing, the quit question), and Ctrl-Z, taken before
            // here: listed, so a new action cannot compile without a decision about the main screen.
            Action::Accept
            | Action::Cancel
            | Action::Left
            | Action::Right
            | Action::Erase
            | Action::Delete
            | Action::SaveAndQuit
            | Action::QuitAnyway
            | Action::Suspend => return Step::Nothing,
        }
        Step::Draw
    }

    fn mouse(&mut self, mouse: MouseEvent) -> Step {
        let hit = || self.view.as_ref().and_then(|v| v.hit(mouse.column, mouse.row));
        let wheel = match mouse.kind {
            MouseEventKind::ScrollUp => -1,
            MouseEventKind::ScrollDown => 1,
            _ => 0,
        };
        match (&mut self.overlay, mouse.kind) {
            (Overlay::Search(search), _) if wheel != 0 => search.move_by(wheel),
            (Overlay::Search(search), MouseEventKind::Down(MouseButton::Left)) => match hit() {
                Some(Hit::Result(index)) => {
                    search.select(index);
                    self.jump();
                }
                _ => return Step::Nothing,
            },
            (Overlay::None, _) if wheel != 0 => self.scroll_by(wheel * WHEEL_LINES),
            (Overlay::None, MouseEventKind::Down(MouseButton::Left)) => {
                let Some(hit) = hit() else {
                    return Step::Nothing;
                };
                self.notice = None;
                match hit {
                    Hit::Answer(index) => {
                        self.selected = index;
                        self.step = None;
                        self.send(Msg::Choose(index));
                    }
                    Hit::Crumb(depth) => {
                        self.send(Msg::BackTo(depth));
                    }
                    Hit::Step(step) => {
                        // Marked on release, and only if the press stayed a click (a drag is
                        // the user selecting text) and was not on the step's link line.
                        let on_link = self
                            .view
                            .as_ref()
                            .is_some_and(|v| v.links().iter().any(|l| l.y == mouse.row));
                        self.pressed = (!on_link).then_some(step);
                        self.step = Some(step);
                    }
                    Hit::Result(_) => return Step::Nothing,
                }
            }
            (Overlay::None, MouseEventKind::Drag(_)) => {
                self.pressed = None;
                return Step::Nothing;
            }
            (Overlay::None, MouseEventKind::Up(MouseButton::Left)) => {
                let pressed = self.pressed.take();
                return match (pressed, hit()) {
                    (Some(step), Some(Hit::Step(at))) if at == step => self.toggle_tried(step),
                    _ => Step::Nothing,
                };
            }
            _ => return Step::Nothing,
        }
        Step::Draw
    }

    /// Sends `msg` to the session; when the walk moves, preselects the answer remembered there and
    /// scrolls back to the top.
    pub(super) fn send(&mut self, msg: Msg) -> Effect {
        let effect = self.session.update(msg);
        if effect == Effect::Moved {
            self.selected = self.session.remembered().unwrap_or(0);
            self.step = None;
            self.scroll = 0;
        }
        effect
    }

    pub(super) fn close(&mut self) -> Step {
        self.overlay = match std::mem::take(&mut self.overlay) {
            Overlay::Confirm(previous) => *previous,
            _ => Overlay::None,
        };
        Step::Draw
    }

    fn choice_count(&self) -> usize {
        self.session.tree().choices(self.session.place()).len()
    }

    /// How many steps the fix shown has (none elsewhere).
    pub(super) fn step_count(&self) -> usize {
        let count = |screen: &Screen| match &screen.body {
            Body::Fix { steps, .. } => steps.len(),
            _ => 0,
        };
        match &self.panes {
            Some((from, data)) if *from == self.panes_made_from() => data.first().map_or(0, |d| count(&d.screen)),
            _ => count(&Screen::of(&self.session, self.localizer, self.lang())),
        }
    }

    /// Moves the cursor over one list: the fix's steps, then the answers. Without either, scrolls.
    pub(super) fn move_cursor(&mut self, delta: isize) {
        let (steps, choices) = (self.step_count(), self.choice_count());
        if steps + choices == 0 {
            self.scroll_by(delta);
            return;
        }
        let at = self
            .step
            .unwrap_or(steps + self.selected.min(choices.saturating_sub(1)));
        let to = at.saturating_add_signed(delta).min(steps + choices - 1);
        if to < steps {
            self.step = Some(to);
            self.reveal = true;
        } else {
            self.step = None;
            self.selected = to - steps;
        }
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
        self.desk.switch_language(&mut self.session);
    }
}
