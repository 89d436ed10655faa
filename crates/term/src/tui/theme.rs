//! The look of the full-screen wizard: one theme constant, [`THEME`], and its colourless variant for
//! `NO_COLOR`. Every style the views use comes from here; nothing else names a colour.

use ratatui::style::{Color, Modifier, Style};

/// Every style the wizard draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub crumb: Style,
    pub crumb_current: Style,
    pub crumb_separator: Style,
    pub heading: Style,
    pub text: Style,
    pub hint: Style,
    pub step_number: Style,
    pub link: Style,
    pub resolved: Style,
    pub escalate: Style,
    pub start_over: Style,
    pub answer: Style,
    /// The selected answer's whole row; the selection symbol marks it too.
    pub selected: Style,
    pub rule: Style,
    pub status: Style,
    pub notice: Style,
    pub key: Style,
    pub key_hint: Style,
    pub help_border: Style,
    /// The `✓` of a step marked as tried, and the step's text.
    pub tried: Style,
    pub tried_text: Style,
    pub note: Style,
    /// A label before its value: `Note:`, the ticket summary's fields.
    pub field_label: Style,
    /// The heading of each language's pane in the bilingual view.
    pub pane_header: Style,
    /// Where the search's words are in a result.
    pub matched: Style,
    /// The cursor of the search and the note editor.
    pub cursor: Style,
}

/// The wizard's theme. [`Theme::for_env`] drops its colours when `NO_COLOR` is set.
pub const THEME: Theme = Theme {
    title: Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    crumb: Style::new().fg(Color::Cyan),
    crumb_current: Style::new().add_modifier(Modifier::BOLD),
    crumb_separator: Style::new().fg(Color::DarkGray),
    heading: Style::new().add_modifier(Modifier::BOLD),
    text: Style::new(),
    hint: Style::new().add_modifier(Modifier::ITALIC),
    step_number: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    link: Style::new().fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
    resolved: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
    escalate: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    start_over: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    answer: Style::new(),
    selected: Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD),
    rule: Style::new().fg(Color::DarkGray),
    status: Style::new().add_modifier(Modifier::REVERSED),
    notice: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    key_hint: Style::new(),
    help_border: Style::new().fg(Color::Cyan),
    tried: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
    tried_text: Style::new().add_modifier(Modifier::DIM),
    note: Style::new().fg(Color::Yellow),
    field_label: Style::new().add_modifier(Modifier::BOLD),
    pane_header: Style::new()
        .fg(Color::Cyan)
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    matched: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    cursor: Style::new().add_modifier(Modifier::REVERSED),
};

/// Marks the selected answer, so the selection shows even where styles do not.
pub const SELECTED_SYMBOL: &str = "▶ ";
/// Marks a step tried.
pub const TRIED_SYMBOL: &str = "✓";
/// Between breadcrumbs.
pub const CRUMB_SEPARATOR: &str = " › ";

impl Theme {
    /// The theme without any colour: only bold, italic, underline and reverse remain.
    pub const fn without_colour(self) -> Theme {
        const fn plain(style: Style) -> Style {
            Style {
                fg: None,
                bg: None,
                ..style
            }
        }
        Theme {
            title: plain(self.title).add_modifier(Modifier::REVERSED),
            crumb: plain(self.crumb),
            crumb_current: plain(self.crumb_current),
            crumb_separator: plain(self.crumb_separator),
            heading: plain(self.heading),
            text: plain(self.text),
            hint: plain(self.hint),
            step_number: plain(self.step_number),
            link: plain(self.link),
            resolved: plain(self.resolved),
            escalate: plain(self.escalate),
            start_over: plain(self.start_over),
            answer: plain(self.answer),
            selected: plain(self.selected).add_modifier(Modifier::REVERSED),
            rule: plain(self.rule),
            status: plain(self.status),
            notice: plain(self.notice),
            key: plain(self.key),
            key_hint: plain(self.key_hint),
            help_border: plain(self.help_border),
            tried: plain(self.tried),
            tried_text: plain(self.tried_text),
            note: plain(self.note).add_modifier(Modifier::ITALIC),
            field_label: plain(self.field_label),
            pane_header: plain(self.pane_header),
            matched: plain(self.matched).add_modifier(Modifier::UNDERLINED),
            cursor: plain(self.cursor),
        }
    }

    /// [`THEME`], without colour when `NO_COLOR` is set to anything but the empty string.
    pub fn for_env() -> Theme {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            THEME.without_colour()
        } else {
            THEME
        }
    }
}
