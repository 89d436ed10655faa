//! The one key table of the full-screen wizard: key → action → hint. The input mapping
//! ([`action_of`]), the key-hint line and the `?` help overlay all read [`TABLE`], so what the
//! screen says a key does is what it does.

use crate::i18n::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What a key asks of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    /// Choose the selected answer.
    Choose,
    /// Choose the answer at this 0-based index (the digit keys).
    ChooseNumber(usize),
    Back,
    Restart,
    Language,
    PageUp,
    PageDown,
    Help,
    Quit,
}

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
    /// A character typed without Ctrl or Alt (Shift allowed, as `?` needs it).
    Char(char),
    Ctrl(char),
    /// 1 to 9: the action's number is the digit's answer.
    Digits,
}

/// When the key-hint line shows a binding: only where its keys do something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// The screen offers answers.
    Choices,
    /// There is an answer to go back over.
    CanGoBack,
    /// The walk has left the first question.
    Started,
    /// More than one language is loaded.
    Languages,
    /// The text is longer than its space.
    Scrollable,
}

/// One row of the table: its keys, how hints write them, and the hint and help message ids.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [(Key, Action)],
    /// The keys as the help overlay shows them.
    pub label: &'static str,
    /// The main key, as the key-hint line and sentences show it.
    pub short: &'static str,
    /// A word or two for the key-hint line.
    pub hint: &'static str,
    /// A sentence for the help overlay.
    pub help: &'static str,
    pub when: When,
    /// When the key-hint line is too narrow, lower ranks go first.
    pub rank: u8,
}

pub const TABLE: &[Binding] = &[
    Binding {
        keys: &[
            (Key::Code(KeyCode::Up), Action::Up),
            (Key::Char('k'), Action::Up),
            (Key::Code(KeyCode::Down), Action::Down),
            (Key::Char('j'), Action::Down),
        ],
        label: "↑↓ k j",
        short: "↑↓",
        hint: ui::TUI_KEY_MOVE,
        help: ui::TUI_HELP_MOVE,
        when: When::Choices,
        rank: 3,
    },
    Binding {
        keys: &[
            (Key::Code(KeyCode::Enter), Action::Choose),
            (Key::Code(KeyCode::Right), Action::Choose),
            (Key::Digits, Action::ChooseNumber(0)),
        ],
        label: "Enter → 1–9",
        short: "Enter",
        hint: ui::TUI_KEY_CHOOSE,
        help: ui::TUI_HELP_CHOOSE,
        when: When::Choices,
        rank: 5,
    },
    Binding {
        keys: &[
            (Key::Code(KeyCode::Backspace), Action::Back),
            (Key::Code(KeyCode::Left), Action::Back),
            (Key::Code(KeyCode::Esc), Action::Back),
        ],
        label: "⌫ ← Esc",
        short: "Esc",
        hint: ui::TUI_KEY_BACK,
        help: ui::TUI_HELP_BACK,
        when: When::CanGoBack,
        rank: 4,
    },
    Binding {
        keys: &[(Key::Char('r'), Action::Restart)],
        label: "r",
        short: "r",
        hint: ui::TUI_KEY_RESTART,
        help: ui::TUI_HELP_RESTART,
        when: When::Started,
        rank: 2,
    },
    Binding {
        keys: &[(Key::Char('l'), Action::Language)],
        label: "l",
        short: "l",
        hint: ui::TUI_KEY_LANGUAGE,
        help: ui::TUI_HELP_LANGUAGE,
        when: When::Languages,
        rank: 1,
    },
    Binding {
        keys: &[
            (Key::Code(KeyCode::PageUp), Action::PageUp),
            (Key::Code(KeyCode::PageDown), Action::PageDown),
        ],
        label: "PgUp PgDn",
        short: "PgUp/PgDn",
        hint: ui::TUI_KEY_SCROLL,
        help: ui::TUI_HELP_SCROLL,
        when: When::Scrollable,
        rank: 5,
    },
    Binding {
        keys: &[(Key::Char('?'), Action::Help)],
        label: "?",
        short: "?",
        hint: ui::TUI_KEY_HELP,
        help: ui::TUI_HELP_HELP,
        when: When::Always,
        rank: 6,
    },
    Binding {
        keys: &[(Key::Char('q'), Action::Quit), (Key::Ctrl('c'), Action::Quit)],
        label: "q Ctrl-C",
        short: "q",
        hint: ui::TUI_KEY_QUIT,
        help: ui::TUI_HELP_QUIT,
        when: When::Always,
        rank: 6,
    },
];

/// Esc, as the help overlay names it among the keys that close it (with the help key).
pub const HELP_ESC_LABEL: &str = "Esc";

/// The action a key press asks for; `None` for releases, repeats of nothing, and unbound keys.
pub fn action_of(event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    TABLE
        .iter()
        .flat_map(|b| b.keys.iter())
        .find_map(|&(key, action)| matches(key, event).map(|digit| digit.map_or(action, Action::ChooseNumber)))
}

/// Whether `key` is this event: `None` if not, `Some(Some(index))` for a digit, else `Some(None)`.
fn matches(key: Key, event: &KeyEvent) -> Option<Option<usize>> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let hit = match (key, event.code) {
        (Key::Code(code), actual) => code == actual && !ctrl && !alt,
        (Key::Char(c), KeyCode::Char(actual)) => c == actual && !ctrl && !alt,
        (Key::Ctrl(c), KeyCode::Char(actual)) => ctrl && c.eq_ignore_ascii_case(&actual),
        (Key::Digits, KeyCode::Char(d @ '1'..='9')) if !ctrl && !alt => {
            return Some(Some(d as usize - '1' as usize));
        }
        _ => false,
    };
    hit.then_some(None)
}

/// The label of the first binding with this action (for sentences that name a key).
pub fn label_of(action: Action) -> &'static str {
    let first = |b: &&Binding| b.keys.iter().any(|&(_, a)| a == action);
    TABLE.iter().find(first).map_or("", |binding| binding.short)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action_of(&KeyEvent::new(code, modifiers))
    }

    #[test]
    fn the_table_maps_every_product_key() {
        let none = KeyModifiers::NONE;
        assert_eq!(press(KeyCode::Char('k'), none), Some(Action::Up));
        assert_eq!(press(KeyCode::Down, none), Some(Action::Down));
        assert_eq!(press(KeyCode::Right, none), Some(Action::Choose));
        assert_eq!(press(KeyCode::Char('3'), none), Some(Action::ChooseNumber(2)));
        assert_eq!(press(KeyCode::Char('0'), none), None);
        assert_eq!(press(KeyCode::Esc, none), Some(Action::Back));
        assert_eq!(press(KeyCode::Char('?'), KeyModifiers::SHIFT), Some(Action::Help));
        assert_eq!(press(KeyCode::Char('c'), KeyModifiers::CONTROL), Some(Action::Quit));
        assert_eq!(press(KeyCode::Char('c'), none), None);
        assert_eq!(press(KeyCode::Char('q'), KeyModifiers::CONTROL), None);
    }

    #[test]
    fn releases_do_nothing() {
        let mut event = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        event.kind = KeyEventKind::Release;
        assert_eq!(action_of(&event), None);
    }

    #[test]
    fn sentences_name_the_first_key_of_an_action() {
        assert_eq!(label_of(Action::Restart), "r");
        assert_eq!(label_of(Action::Quit), "q");
    }
}
