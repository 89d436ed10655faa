//! What is drawn over the screen — the help, the search panel, a dialog — laid out for one screen
//! from the layer the app asks for, with what a click on it means.

use super::dialog::Dialog;
use super::frame::{Hit, Layer, State};
use super::help::{Help, HelpText};
use super::keys::{self, Action, Key, Mode, TABLE, key_name, label_of};
use super::search_panel::{PanelText, SearchPanel};
use crate::i18n::{agent, ui};
use crate::text::wrap::truncate;
use crossterm::event::KeyCode;
use fluent_bundle::FluentArgs;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

#[derive(Clone, Debug)]
pub enum Overlay {
    Help(Help),
    Dialog(Dialog),
    Search(Box<SearchPanel>),
}

impl Overlay {
    /// The overlay the layer asks for, laid out for this screen.
    pub fn new(state: &State<'_>, area: Rect) -> Option<Overlay> {
        let theme = &state.theme;
        let text = |id: &str| state.localizer.text(state.lang, id);
        // Overlays cover the screen but its status bar and key hints, which keep working.
        let covered = Rect {
            height: area.height.saturating_sub(2),
            ..area
        };
        match &state.layer {
            Layer::None => None,
            Layer::Help => {
                let mut args = FluentArgs::new();
                args.set("esc", key_name(Key::Code(KeyCode::Esc), &text));
                args.set("help", label_of(Action::Help, &text));
                let close = state.localizer.text_with(state.lang, ui::TUI_HELP_CLOSE, Some(&args));
                let mouse = format!("{} {}", text(ui::TUI_HELP_MOUSE), text(agent::TUI_HELP_MOUSE));
                let help_text = HelpText {
                    title: &text(ui::TUI_HELP_TITLE),
                    mouse: &mouse,
                    close: &close,
                    sentence: &text,
                };
                Some(Overlay::Help(Help::new(&help_text, theme, area, state.help_scroll)))
            }
            Layer::Search(search) => {
                let query = search.editor.text();
                let mut args = FluentArgs::new();
                let info = if query.trim().is_empty() {
                    args.set("example", search.example());
                    agent::TUI_SEARCH_EMPTY
                } else if search.found().is_empty() {
                    args.set("query", truncate(query.trim(), 40));
                    agent::TUI_SEARCH_NONE
                } else {
                    args.set("count", search.found().len());
                    agent::TUI_SEARCH_COUNT
                };
                let info = state.localizer.text_with(state.lang, info, Some(&args));
                let panel_text = PanelText {
                    title: &text(agent::TUI_SEARCH_TITLE),
                    info: &info,
                };
                let panel_area = Rect {
                    y: area.y + 1,
                    height: covered.height.saturating_sub(1),
                    ..area
                };
                Some(Overlay::Search(Box::new(SearchPanel::new(
                    search,
                    &panel_text,
                    theme,
                    panel_area,
                ))))
            }
            Layer::Note(editor) => Some(Overlay::Dialog(Dialog::note(
                &text(agent::TUI_NOTE_TITLE),
                editor,
                &text(agent::TUI_NOTE_REDACTED),
                theme,
                covered,
            ))),
            Layer::Flag(editor) => Some(Overlay::Dialog(Dialog::note(
                &text(agent::TUI_FLAG_TITLE),
                editor,
                &text(agent::TUI_FLAG_INFO),
                theme,
                covered,
            ))),
            Layer::Folder { editor, why } => Some(Overlay::Dialog(Dialog::note(
                &text(agent::TUI_SAVE_FAILED_TITLE),
                editor,
                why,
                theme,
                covered,
            ))),
            Layer::Confirm => {
                let options: Vec<(String, String)> = TABLE
                    .iter()
                    .filter(|b| b.works_in(Mode::Confirm))
                    .map(|b| (keys::short(b, &text), text(b.help)))
                    .collect();
                let options: Vec<(&str, String)> = options.iter().map(|(k, h)| (k.as_str(), h.clone())).collect();
                Some(Overlay::Dialog(Dialog::choices(
                    &text(agent::TUI_QUIT_TITLE),
                    &text(agent::TUI_QUIT_UNSAVED),
                    &options,
                    theme,
                    covered,
                )))
            }
            Layer::Message { title, text: lines } => Some(Overlay::Dialog(Dialog::message(
                title,
                lines,
                &text(agent::TUI_MESSAGE_CLOSE),
                theme,
                covered,
            ))),
        }
    }

    /// What a click on the overlay means: only search results take clicks.
    pub fn hit(&self, x: u16, y: u16) -> Option<Hit> {
        match self {
            Overlay::Search(panel) => panel.hit(x, y).map(Hit::Result),
            _ => None,
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        match self {
            Overlay::Help(help) => help.render(area, buf),
            Overlay::Dialog(dialog) => dialog.render(area, buf),
            Overlay::Search(panel) => panel.as_ref().render(area, buf),
        }
    }
}
