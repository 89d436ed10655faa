//! The support agent's aids in the run loop: the search and its jump, the note editor, tried steps,
//! saving the transcript, and the question before quitting with unsaved work.

use super::{App, Exit, Message, Notice, Overlay, Step};
use crate::i18n::agent;
use crate::session::{Effect, Msg};
use crate::tui::keys::{Action, label_of};
use crate::tui::search::Search;
use fluent_bundle::FluentArgs;

impl App<'_> {
    pub(super) fn open_search(&mut self) {
        let search = Search::new(self.session.tree(), self.localizer, &self.lang);
        self.overlay = Overlay::Search(Box::new(search));
    }

    /// A key of the search or the note editor.
    pub(super) fn edit(&mut self, action: Action) -> Step {
        match (&mut self.overlay, action) {
            (Overlay::Search(search), Action::Up) => search.move_by(-1),
            (Overlay::Search(search), Action::Down) => search.move_by(1),
            (Overlay::Search(_), Action::Accept) => self.jump(),
            (Overlay::Note(_), Action::Accept) => self.keep_note(),
            (_, Action::Cancel) => self.overlay = Overlay::None,
            (Overlay::Search(search), _) => {
                if search.editor.edit(action) {
                    search.refresh();
                }
            }
            (Overlay::Note(editor), _) => {
                editor.edit(action);
            }
            _ => return Step::Nothing,
        }
        Step::Draw
    }

    pub(super) fn type_char(&mut self, c: char) -> Step {
        match &mut self.overlay {
            Overlay::Search(search) => {
                if search.editor.insert(c) {
                    search.refresh();
                } else if search.editor.is_full() {
                    return self.too_long();
                }
            }
            Overlay::Note(editor) => {
                if !editor.insert(c) && editor.is_full() {
                    return self.too_long();
                }
            }
            _ => return Step::Nothing,
        }
        Step::Draw
    }

    /// A paste (one event, with bracketed paste) is text where text is typed, and nothing
    /// elsewhere: it is never keys.
    pub(super) fn paste(&mut self, text: &str) -> Step {
        let cut = match &mut self.overlay {
            Overlay::Search(search) => {
                let cut = search.editor.paste(text);
                search.refresh();
                cut
            }
            Overlay::Note(editor) => editor.paste(text),
            _ => return Step::Nothing,
        };
        if cut {
            self.too_long();
        }
        Step::Draw
    }

    /// Goes to the selected search result by the shortest walk there.
    pub(super) fn jump(&mut self) {
        let Overlay::Search(search) = &self.overlay else {
            return;
        };
        let Some(entry) = search.chosen() else {
            return;
        };
        let (code, name) = (entry.codes.code.clone(), entry.name.clone());
        self.overlay = Overlay::None;
        if self.send(Msg::GoTo(code)) == Effect::Moved {
            self.notice_with(agent::TUI_JUMPED, "node", name);
        }
    }

    fn keep_note(&mut self) {
        let Overlay::Note(editor) = std::mem::take(&mut self.overlay) else {
            return;
        };
        if self.session.update(Msg::Note(editor.text())) == Effect::Changed {
            self.notice_id(agent::NOTE_ADDED);
        }
    }

    /// Space: marks or unmarks the step under the cursor and moves on to the next item.
    pub(super) fn tried_key(&mut self) {
        match self.step {
            Some(step) => {
                self.toggle_tried(step);
                self.move_cursor(1);
            }
            None if self.step_count() > 0 => {
                let mut args = FluentArgs::new();
                args.set("key", label_of(Action::Tried));
                let text = self
                    .localizer
                    .text_with(&self.lang, agent::TUI_TRIED_WHERE, Some(&args));
                self.notice = Some(Notice::Text(text));
            }
            None => {}
        }
    }

    pub(super) fn toggle_tried(&mut self, step: usize) -> Step {
        match self.session.update(Msg::ToggleTried(step)) {
            Effect::Changed => Step::Draw,
            _ => Step::Nothing,
        }
    }

    /// Saves the transcript; says where in the status bar, or why not in a message (the session
    /// stays as it was). True when saved.
    pub(super) fn save(&mut self) -> bool {
        let result = match self.saver {
            Some(saver) => saver.save(&self.session, &self.lang),
            None => Err("saving is not available here".to_string()),
        };
        match result {
            Ok(path) => {
                self.session.update(Msg::Saved);
                let path = crate::text::sanitize(&path.display().to_string());
                self.notice = Some(Notice::Saved(path));
                true
            }
            Err(reason) => {
                self.notice = Some(Notice::Text(self.save_failed_text(&reason)));
                self.overlay = Overlay::Message(Message::SaveFailed(reason));
                false
            }
        }
    }

    /// Notes or tried steps not saved yet, or a note being written.
    fn unsaved(&self) -> bool {
        let drafting = |overlay: &Overlay| matches!(overlay, Overlay::Note(editor) if !editor.is_empty());
        let previous = match &self.overlay {
            Overlay::Confirm(previous) => drafting(previous),
            _ => false,
        };
        self.session.has_unsaved_work() || drafting(&self.overlay) || previous
    }

    /// Quits, asking first when there is unsaved work.
    pub(super) fn quit(&mut self) -> Step {
        if self.unsaved() && !matches!(self.overlay, Overlay::Confirm(_)) {
            let previous = std::mem::take(&mut self.overlay);
            self.overlay = Overlay::Confirm(Box::new(previous));
            return Step::Draw;
        }
        match self.session.update(Msg::Quit) {
            Effect::Quit => Step::Exit(Exit::Quit),
            _ => Step::Nothing,
        }
    }

    /// A key of the quit question: save and quit, quit, or stay.
    pub(super) fn confirm(&mut self, action: Action) -> Step {
        match action {
            Action::SaveAndQuit => {
                self.keep_draft();
                if self.save() {
                    Step::Exit(Exit::Quit)
                } else {
                    Step::Draw
                }
            }
            Action::QuitAnyway => Step::Exit(Exit::Quit),
            Action::Cancel => self.close(),
            _ => Step::Nothing,
        }
    }

    /// A note being written goes to its step before saving, so it is not lost.
    fn keep_draft(&mut self) {
        let overlay = std::mem::take(&mut self.overlay);
        let draft = match overlay {
            Overlay::Confirm(previous) => *previous,
            other => other,
        };
        if let Overlay::Note(editor) = draft {
            self.session.update(Msg::Note(editor.text()));
        }
    }

    /// A signal stops the wizard: unsaved work is saved first, if it can be.
    pub(super) fn save_before_stopping(&mut self) {
        if self.unsaved() && self.saver.is_some() {
            self.keep_draft();
            self.save();
        }
    }

    pub(super) fn notice_id(&mut self, id: &str) {
        self.notice = Some(Notice::Text(self.localizer.text(&self.lang, id)));
    }

    pub(super) fn notice_with(&mut self, id: &str, name: &'static str, value: String) {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.notice = Some(Notice::Text(self.localizer.text_with(&self.lang, id, Some(&args))));
    }
}
