//! The support agent's aids in the run loop: the search and its jump, the note editor, flags, tried steps,
//! saving the transcript, and the question before quitting with unsaved work.

use super::{App, Exit, Message, Notice, Overlay, Step};
use crate::i18n::agent;
use crate::tui::editor::Editor;
use crate::tui::keys::{Action, label_of};
use crate::tui::search::Search;
use crate::wizard::session::{Effect, Msg, QuitChoice};
use fluent_bundle::FluentArgs;

impl App<'_> {
    pub(super) fn open_search(&mut self) {
        // Both languages shown: the agent's (in which results are named) and the customer's, and
        // the bilingual view's other one.
        let also = self.other_language().filter(|_| self.bilingual);
        let langs = crate::desk::languages_shown(&self.session, also);
        let langs: Vec<&str> = langs.iter().map(String::as_str).collect();
        let search = Search::new(self.session.tree(), self.localizer, &langs);
        self.overlay = Overlay::Search(Box::new(search));
    }

    /// A key of the search or the note editor.
    pub(super) fn edit(&mut self, action: Action) -> Step {
        match (&mut self.overlay, action) {
            (Overlay::Search(search), Action::Up) => search.move_by(-1),
            (Overlay::Search(search), Action::Down) => search.move_by(1),
            (Overlay::Search(search), Action::Accept) => {
                search.refresh();
                self.jump();
            }
            (Overlay::Note(_), Action::Accept) => self.keep_note(),
            (Overlay::Note(_), Action::Cancel) => self.put_aside(),
            (Overlay::Flag(_), Action::Accept) => self.keep_flag(),
            (Overlay::Folder(..), Action::Accept) => {
                self.save_elsewhere();
            }
            (_, Action::Cancel) => self.overlay = Overlay::None,
            (Overlay::Search(search), _) => {
                if search.editor.edit(action) {
                    search.changed();
                }
            }
            (Overlay::Note(editor) | Overlay::Flag(editor) | Overlay::Folder(editor, _), _) => {
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
                    search.changed();
                } else if search.editor.is_full() {
                    return self.too_long();
                }
            }
            Overlay::Note(editor) | Overlay::Flag(editor) | Overlay::Folder(editor, _) => {
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
                search.changed();
                cut
            }
            Overlay::Note(editor) | Overlay::Flag(editor) | Overlay::Folder(editor, _) => editor.paste(text),
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
        let (code, name) = (search.codes_of(self.session.tree(), entry).code, entry.title.clone());
        self.overlay = Overlay::None;
        let from = self.session.codes().code;
        if self.send(Msg::Jump(code)) == Effect::Moved {
            self.jumped_from = Some((self.session.log().len(), from));
            let mut args = FluentArgs::new();
            args.set("node", name);
            args.set(
                "key",
                label_of(Action::Back, &|id| self.localizer.text(self.session.agent_lang(), id)),
            );
            let said = self
                .localizer
                .text_with(self.session.agent_lang(), agent::TUI_JUMPED, Some(&args));
            self.notice = Some(Notice::Text(said));
        }
    }

    /// Back right after a search jump, nothing done between: to where the walk stood before it
    /// (the customer's place), not along the path jumped by. True when it went there.
    pub(super) fn back_from_jump(&mut self) -> bool {
        let Some((at, from)) = self.jumped_from.take() else {
            return false;
        };
        if at != self.session.log().len() {
            return false;
        }
        let msg = if from.is_empty() { Msg::Restart } else { Msg::Jump(from) };
        if self.send(msg) == Effect::Moved {
            self.notice_id(agent::TUI_JUMPED_BACK);
            return true;
        }
        false
    }

    fn keep_note(&mut self) {
        let Overlay::Note(editor) = std::mem::take(&mut self.overlay) else {
            return;
        };
        let (_, said) = self.desk.send(&mut self.session, Msg::Note(editor.text()));
        self.say(said);
    }

    /// Enter in the flag's editor: the step is flagged, with the reason typed (maybe none).
    fn keep_flag(&mut self) {
        let Overlay::Flag(editor) = std::mem::take(&mut self.overlay) else {
            return;
        };
        let (_, said) = self.desk.send(&mut self.session, Msg::Flag(editor.text()));
        self.say(said);
    }

    /// Esc in the note editor: the text typed so far is kept as a draft, back on the next `n`.
    fn put_aside(&mut self) {
        let Overlay::Note(editor) = std::mem::take(&mut self.overlay) else {
            return;
        };
        if !editor.is_empty() {
            self.draft = Some(editor);
            let key = label_of(Action::Note, &|id| self.localizer.text(self.session.agent_lang(), id));
            self.notice_with(agent::DRAFT_KEPT, "key", key);
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
                args.set(
                    "key",
                    label_of(Action::Tried, &|id| self.localizer.text(self.session.agent_lang(), id)),
                );
                let text = self
                    .localizer
                    .text_with(self.session.agent_lang(), agent::TUI_TRIED_WHERE, Some(&args));
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

    /// `y`: what the screen is for goes to the clipboard after the next frame; the status bar
    /// says what. The summary goes in the agent's language first; `y` again, with nothing done
    /// between, copies it in the customer's (and back), and the status bar says which.
    pub(super) fn copy(&mut self) {
        if !self.clipboard {
            self.notice_id(agent::COPY_UNAVAILABLE);
            return;
        }
        let also = self.other_language().filter(|_| self.bilingual);
        let copied = self.desk.copy(&self.session, self.step, also);
        let agent_lang = self.session.agent_lang().to_string();
        let mut said = copied.said.words(self.localizer, &agent_lang);
        if let Some(next) = &copied.again_in {
            let key = label_of(Action::Copy, &|id| self.localizer.text(&agent_lang, id));
            let again = crate::desk::Said::of(agent::COPIED_TICKET_AGAIN)
                .with("key", &key)
                .with_language("other", next);
            said = format!("{said} {}", again.words(self.localizer, &agent_lang));
        }
        self.notice = Some(Notice::Text(said));
        self.copied = Some(copied.clip.text.clone());
        self.copy = Some(copied.clip.text);
    }

    /// Saves the transcript; says where in the status bar, or why not in a message (the session
    /// stays as it was). True when saved.
    pub(super) fn save(&mut self) -> bool {
        match self.desk.save(&mut self.session) {
            Ok(path) => {
                self.saved(path);
                true
            }
            Err(failed) => {
                self.say(Some(failed.said()));
                // Offer another folder, the one the desk says.
                let mut editor = Editor::default();
                editor.paste(
                    &failed
                        .instead
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                );
                self.overlay = Overlay::Folder(editor, failed);
                false
            }
        }
    }

    /// Saved at `json` (the Markdown beside it): the status bar says so, and a message names both
    /// files whole, wrapped, however narrow the terminal (any key closes it; `q` still quits).
    fn saved(&mut self, json: std::path::PathBuf) {
        self.notice = Some(Notice::Saved(self.desk.shown(&json.with_extension("md"))));
        self.overlay = Overlay::Message(Message::Saved(json));
    }

    /// Enter in the folder dialog: saves in the folder typed; a failure asks again, with why.
    fn save_elsewhere(&mut self) {
        let Overlay::Folder(editor, _) = std::mem::take(&mut self.overlay) else {
            return;
        };
        let folder = std::path::PathBuf::from(editor.text().trim());
        match self.desk.save_in(&mut self.session, &folder) {
            Ok(path) => self.saved(path),
            Err(failed) => {
                self.say(Some(failed.said()));
                self.overlay = Overlay::Folder(editor, failed);
            }
        }
    }

    /// Asks the session to stop (`q`, Ctrl-C, a signal) and does what it says: ask first, leave
    /// (saving first when it says so), or nothing. A note being written or put aside goes to its
    /// step first, so it counts as unsaved work and is never lost.
    pub(super) fn stop(&mut self, msg: Msg) -> Step {
        self.keep_draft();
        let effect = self.session.update(msg);
        self.follow(effect)
    }

    /// A key of the quit question: save and quit, quit without saving, stay, or a second Ctrl-C.
    pub(super) fn confirm(&mut self, action: Action) -> Step {
        let msg = match action {
            Action::SaveAndQuit => Msg::QuitAnswer(QuitChoice::Save),
            Action::QuitAnyway => Msg::QuitAnswer(QuitChoice::Discard),
            Action::Cancel => Msg::QuitAnswer(QuitChoice::Stay),
            Action::Interrupt => Msg::Interrupt,
            _ => return Step::Nothing,
        };
        let effect = self.session.update(msg);
        if effect == Effect::Ignored {
            return self.close();
        }
        self.follow(effect)
    }

    /// What the session said about stopping: ask, or leave.
    fn follow(&mut self, effect: Effect) -> Step {
        match effect {
            Effect::ConfirmQuit => {
                if !matches!(self.overlay, Overlay::Confirm(_)) {
                    let previous = std::mem::take(&mut self.overlay);
                    self.overlay = Overlay::Confirm(Box::new(previous));
                }
                Step::Draw
            }
            Effect::Exit(stop) => Step::Exit(Exit::Left(self.desk.leave(&mut self.session, stop))),
            _ => Step::Nothing,
        }
    }

    /// A note being written, or put aside with Esc, goes to its step.
    fn keep_draft(&mut self) {
        let overlay = std::mem::take(&mut self.overlay);
        let (overlay, writing) = match overlay {
            Overlay::Note(editor) => (Overlay::None, Some(editor)),
            Overlay::Confirm(previous) => match *previous {
                Overlay::Note(editor) => (Overlay::Confirm(Box::default()), Some(editor)),
                other => (Overlay::Confirm(Box::new(other)), None),
            },
            other => (other, None),
        };
        self.overlay = overlay;
        for editor in [writing, self.draft.take()].into_iter().flatten() {
            self.session.update(Msg::Note(editor.text()));
        }
    }

    /// Appends the session's new events to the journal, and the note being typed as it is typed;
    /// if that fails, says so and goes on without.
    pub(super) fn sync_journal(&mut self) {
        // The draft is looked at where it is: no copy of it a key.
        let draft = draft_of(&self.overlay, self.draft.as_ref());
        let said = self.desk.keep(&self.session, draft);
        self.say(said);
    }

    /// What the desk said, in the status bar.
    fn say(&mut self, said: Option<crate::desk::Said>) {
        if let Some(said) = said {
            self.notice = Some(Notice::Text(said.words(self.localizer, self.session.agent_lang())));
        }
    }

    pub(super) fn notice_id(&mut self, id: &str) {
        self.notice = Some(Notice::Text(self.localizer.text(self.session.agent_lang(), id)));
    }

    pub(super) fn notice_with(&mut self, id: &str, name: &'static str, value: String) {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.notice = Some(Notice::Text(self.localizer.text_with(
            self.session.agent_lang(),
            id,
            Some(&args),
        )));
    }
}

/// The note being written, or put aside with Esc: its text, empty when there is none.
fn draft_of<'a>(overlay: &'a Overlay, aside: Option<&'a Editor>) -> &'a str {
    let writing = match overlay {
        Overlay::Note(editor) => Some(editor),
        Overlay::Confirm(previous) => match previous.as_ref() {
            Overlay::Note(editor) => Some(editor),
            _ => None,
        },
        _ => None,
    };
    writing.or(aside).map_or("", Editor::value)
}
