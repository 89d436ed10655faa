//! Presenting the app's state: the texts of each pane in its language (the screen, the ticket
//! summary, the closing line), the status bar's notice, the messages, and drawing one frame —
//! after which the front end gets the links on screen and what `y` copied.

use super::{App, Drawn, Message, Notice, Overlay, PaneData, PanesMadeFrom};
use crate::engine::tree::Outcome;
use crate::i18n::{agent, ui};
use crate::text::wrap::{shorten_middle, width};
use crate::tui::body::Extras;
use crate::tui::keys::{Action, label_of};
use crate::tui::pane::PaneText;
use crate::tui::view::{Layer, State, View};
use crate::wizard::screen::{Body, Screen};
use crate::wizard::ticket;
use fluent_bundle::FluentArgs;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::io;

impl App<'_> {
    /// The language shown beside the customer's in the bilingual view: the agent's, or when the
    /// agent speaks the customer's, the next one loaded.
    pub(super) fn other_language(&self) -> Option<String> {
        self.desk.other_language(&self.session)
    }

    pub(super) fn panes_made_from(&self) -> PanesMadeFrom {
        PanesMadeFrom {
            events: self.session.log().len(),
            place: self.session.place(),
            lang: self.lang().to_string(),
            agent_lang: self.agent_lang().to_string(),
            bilingual: self.bilingual,
        }
    }

    /// The texts of each pane: one, or the customer's and the agent's in the bilingual view (a
    /// pane of another language when the agent speaks the customer's: headed by its name alone).
    fn make_panes(&self) -> Vec<PaneData> {
        match self.other_language().filter(|_| self.bilingual) {
            Some(other) => {
                let second = if other == self.agent_lang() {
                    Header::Whose(agent::TUI_PANE_AGENT)
                } else {
                    Header::Name
                };
                vec![
                    self.pane_data(self.lang(), Some(Header::Whose(agent::TUI_PANE_CUSTOMER))),
                    self.pane_data(&other, Some(second)),
                ]
            }
            None => vec![self.pane_data(self.lang(), None)],
        }
    }

    /// One pane's texts in `lang`; `header`, in the bilingual view, says whose language it is.
    fn pane_data(&self, lang: &str, header: Option<Header>) -> PaneData {
        let text = |id: &str| self.localizer.text(lang, id);
        // The bilingual view leads each text whose translation is older than its English with a
        // mark, and its heading says what the mark means.
        let mark = if self.ascii { "(!)" } else { "⚠" };
        let screen = Screen::marking_older(&self.session, self.localizer, lang, header.map(|_| mark));
        let marked = screen.marked_older;
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
        let copy_first = (!ticket.is_empty()).then(|| {
            let mut args = FluentArgs::new();
            args.set("key", label_of(Action::Copy, &text));
            self.localizer.text_with(lang, agent::TUI_COPY_FIRST, Some(&args))
        });
        let header = header.map(|whose| {
            let mut args = FluentArgs::new();
            args.set("language", text(ui::TUI_LANGUAGE));
            let heading = match whose {
                Header::Whose(id) => self.localizer.text_with(self.agent_lang(), id, Some(&args)),
                Header::Name => text(ui::TUI_LANGUAGE),
            };
            if marked {
                let mut args = FluentArgs::new();
                args.set("mark", mark);
                let legend = self
                    .localizer
                    .text_with(self.agent_lang(), agent::TUI_PANE_OLDER, Some(&args));
                format!("{heading} · {legend}")
            } else {
                heading
            }
        });
        // Only a fix's steps carry links: no other screen asks for the words (nor parses their file).
        let links = matches!(&screen.body, Body::Fix { steps, .. } if steps.iter().any(|s| s.link.is_some()));
        let link_whole = links.then(|| {
            let mut args = FluentArgs::new();
            args.set("key", label_of(Action::Copy, &text));
            self.localizer.text_with(lang, agent::TUI_LINK_WHOLE, Some(&args))
        });
        PaneData {
            screen,
            note_label: format!("{}{}", text(agent::TRANSCRIPT_NOTE), text(agent::LABEL_SEPARATOR)),
            ticket,
            ticket_heading: text(agent::TICKET_HEADING),
            copy_first,
            link_whole,
            separator: text(agent::LABEL_SEPARATOR),
            closing,
            header,
        }
    }

    pub(super) fn notice_text(&self, columns: u16) -> Option<String> {
        match self.notice.as_ref()? {
            Notice::Text(text) => Some(text.clone()),
            Notice::TooLong => {
                let mut args = FluentArgs::new();
                args.set("max", crate::tui::editor::MAX_CHARS);
                Some(
                    self.localizer
                        .text_with(self.agent_lang(), agent::TUI_TEXT_TOO_LONG, Some(&args)),
                )
            }
            Notice::Saved(path) => {
                let with = |path: &str| {
                    let mut args = FluentArgs::new();
                    args.set("path", path.to_string());
                    self.localizer
                        .text_with(self.agent_lang(), agent::SAVE_DONE, Some(&args))
                };
                // The folder stays readable (home as `~`, written so when saved): a path too long
                // loses its middle, keeping where it starts and the file's name.
                let room = (usize::from(columns) * 2 / 3).saturating_sub(width(&with("")));
                Some(with(&shorten_middle(path, room.max(8))))
            }
        }
    }

    pub(super) fn message_text(&self, message: &Message) -> (String, Vec<String>) {
        let text = |id: &str| self.localizer.text(self.agent_lang(), id);
        match message {
            Message::Changed(changed) => (
                text(agent::TUI_CHANGED_TITLE),
                crate::transcript::changed_warning(changed, self.localizer, self.agent_lang()),
            ),
            Message::Saved(json) => (
                text(agent::TUI_SAVED_TITLE),
                crate::transcript::saved_lines(json, self.localizer, self.agent_lang()).to_vec(),
            ),
        }
    }

    pub(super) fn draw<B, F>(&mut self, terminal: &mut Terminal<B>, after_draw: &mut F) -> io::Result<()>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
        F: FnMut(&mut B, &Drawn<'_>) -> io::Result<()>,
    {
        if let Overlay::Search(search) = &mut self.overlay {
            search.refresh();
        }
        let made_from = self.panes_made_from();
        if self.panes.as_ref().is_none_or(|(from, _)| *from != made_from) {
            self.chrome = (self.agent_lang() != self.lang())
                .then(|| Screen::of(&self.session, self.localizer, self.agent_lang()));
            self.panes = Some((made_from, self.make_panes()));
        }
        let data: &[PaneData] = self.panes.as_ref().map_or(&[], |(_, data)| data);
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
                    copy_first: d.copy_first.as_deref(),
                    link_whole: d.link_whole.as_deref(),
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
            Overlay::Flag(editor) => Layer::Flag(editor),
            Overlay::Folder(editor, failed) => Layer::Folder {
                editor,
                why: format!(
                    "{} {}",
                    failed.said().words(self.localizer, self.agent_lang()),
                    self.localizer.text(self.agent_lang(), agent::TUI_SAVE_WHERE)
                ),
            },
            Overlay::Confirm(_) => Layer::Confirm,
            Overlay::Message(_) => {
                let (title, text) = message.unwrap_or_default();
                Layer::Message { title, text }
            }
        };
        let columns = super::limit::fit(terminal).map_err(io::Error::other)?.width;
        let notice = self.notice_text(columns);
        let Some(first) = data.first() else {
            return Ok(());
        };
        let state = State {
            screen: self.chrome.as_ref().unwrap_or(&first.screen),
            panes,
            localizer: self.localizer,
            lang: self.agent_lang(),
            customer: self.lang(),
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

/// A bilingual pane's heading, in the agent's words.
#[derive(Clone, Copy)]
enum Header {
    /// Its language's name and whose it is: the message saying so (customer's, agent's).
    Whose(&'static str),
    /// Its language's name alone: a language neither the customer's nor the agent's.
    Name,
}
