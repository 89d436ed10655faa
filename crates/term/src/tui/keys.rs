//! The one key table of the full-screen wizard: key → action → hint, per mode (the wizard itself,
//! and each overlay: help, search, the note editor, the quit question, a message). The input
//! mapping ([`action_of`]), the key-hint line, the `?` help overlay and the quit question all read
//! [`TABLE`] (in `table`), so what the screen says a key does is what it does.

use crate::i18n::ui;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use super::binding::{Action, Binding, Key, Mode, When};
pub use super::table::TABLE;

/// The localised text of a message id, as key names are looked up.
pub type Names<'a> = &'a dyn Fn(&str) -> String;

/// A key's name in the user's language: a symbol for arrows and Backspace, the character for a
/// letter, a localised name for the other special keys (« Entrée », « Échap », « Espace »…).
pub fn key_name(key: Key, text: Names<'_>) -> String {
    match key {
        Key::Code(KeyCode::Up) => "↑".into(),
        Key::Code(KeyCode::Down) => "↓".into(),
        Key::Code(KeyCode::Left) => "←".into(),
        Key::Code(KeyCode::Right) => "→".into(),
        Key::Code(KeyCode::Backspace) => "⌫".into(),
        Key::Code(KeyCode::Enter) => text(ui::KEY_ENTER),
        Key::Code(KeyCode::Esc) => text(ui::KEY_ESC),
        Key::Code(KeyCode::PageUp) => text(ui::KEY_PAGE_UP),
        Key::Code(KeyCode::PageDown) => text(ui::KEY_PAGE_DOWN),
        Key::Code(KeyCode::Home) => text(ui::KEY_HOME),
        Key::Code(KeyCode::End) => text(ui::KEY_END),
        Key::Code(KeyCode::Delete) => text(ui::KEY_DELETE),
        Key::Code(code) => code.to_string(),
        Key::Char(' ') => text(ui::KEY_SPACE),
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => format!("{}-{}", text(ui::KEY_CTRL), c.to_ascii_uppercase()),
        Key::Digits => "1–9".into(),
    }
}

fn symbol(name: &str) -> bool {
    ["↑", "↓", "←", "→", "⌫"].contains(&name)
}

/// Names `keys` in a row: symbols side by side, other names after `separator`, or after `/`
/// when a name has a space in it (« Pg préc/Pg suiv »).
fn names(keys: impl Iterator<Item = Key>, separator: &str, text: Names<'_>) -> String {
    let mut out = String::new();
    let mut last: Option<String> = None;
    for key in keys {
        let name = key_name(key, text);
        if let Some(last) = &last
            && !(symbol(last) && symbol(&name))
        {
            out.push_str(if last.contains(' ') || name.contains(' ') {
                "/"
            } else {
                separator
            });
        }
        out.push_str(&name);
        last = Some(name);
    }
    out
}

/// Every key of a binding, as the help overlay lists them.
pub fn label(binding: &Binding, text: Names<'_>) -> String {
    let mut seen = Vec::new();
    let keys = binding.keys.iter().map(|&(k, _)| k).filter(|k| {
        let new = !seen.contains(k);
        seen.push(*k);
        new
    });
    names(keys, " ", text)
}

/// The main keys of a binding, as the key-hint line and sentences show them.
pub fn short(binding: &Binding, text: Names<'_>) -> String {
    names(binding.short.iter().copied(), "/", text)
}

/// The action a key press asks for in `mode`; `None` for releases and unbound keys (which, where
/// text is typed, are [`typed`] characters).
pub fn action_of(mode: Mode, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    TABLE
        .iter()
        .filter(|b| b.works_in(mode))
        .flat_map(|b| b.keys.iter())
        .find_map(|&(key, action)| matches(key, event).map(|digit| digit.map_or(action, Action::ChooseNumber)))
}

/// The character a key press types, if it types one (no Ctrl, no Alt, not a control character).
pub fn typed(event: &KeyEvent) -> Option<char> {
    let ctrl_or_alt = event.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match event.code {
        KeyCode::Char(c) if event.kind == KeyEventKind::Press && !ctrl_or_alt && !c.is_control() => Some(c),
        _ => None,
    }
}

/// Whether `key` is this event: `None` if not, `Some(Some(index))` for a digit, else `Some(None)`.
#[allow(clippy::option_option)] // Three answers, each read where it is matched: no, a digit, a key.
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

/// The main key of the first binding with this action in the wizard itself (for sentences that
/// name a key), in the user's language.
pub fn label_of(action: Action, text: Names<'_>) -> String {
    label_in(Mode::Main, action, text)
}

/// The main key of the first binding with this action in `mode`.
pub fn label_in(mode: Mode, action: Action, text: Names<'_>) -> String {
    let first = |b: &&Binding| b.works_in(mode) && b.keys.iter().any(|&(_, a)| a == action);
    TABLE
        .iter()
        .find(first)
        .map_or(String::new(), |binding| short(binding, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press_in(mode: Mode, code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action_of(mode, &KeyEvent::new(code, modifiers))
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        press_in(Mode::Main, code, modifiers)
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
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Interrupt)
        );
        assert_eq!(press(KeyCode::Char('c'), none), None);
        assert_eq!(press(KeyCode::Char('q'), KeyModifiers::CONTROL), None);
        assert_eq!(press(KeyCode::Char('b'), none), Some(Action::Bilingual));
        assert_eq!(press(KeyCode::Char('/'), none), Some(Action::Search));
        assert_eq!(press(KeyCode::Char('n'), none), Some(Action::Note));
        assert_eq!(press(KeyCode::Char(' '), none), Some(Action::Tried));
        assert_eq!(press(KeyCode::Char('s'), none), Some(Action::Save));
        assert_eq!(press(KeyCode::Char('z'), KeyModifiers::CONTROL), Some(Action::Suspend));
        assert_eq!(
            press_in(Mode::Note, KeyCode::Char('z'), KeyModifiers::CONTROL),
            Some(Action::Suspend)
        );
    }

    #[test]
    fn overlays_read_their_own_keys_and_leave_letters_to_the_text() {
        let none = KeyModifiers::NONE;
        let search = |code| press_in(Mode::Search, code, none);
        assert_eq!(search(KeyCode::Esc), Some(Action::Cancel));
        assert_eq!(search(KeyCode::Enter), Some(Action::Accept));
        assert_eq!(search(KeyCode::Down), Some(Action::Down));
        assert_eq!(search(KeyCode::Char('q')), None);
        assert_eq!(search(KeyCode::Char('j')), None);
        assert_eq!(search(KeyCode::Backspace), Some(Action::Erase));
        assert_eq!(
            press_in(Mode::Note, KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Interrupt)
        );
        assert_eq!(
            press_in(Mode::Confirm, KeyCode::Char('s'), none),
            Some(Action::SaveAndQuit)
        );
        assert_eq!(press_in(Mode::Confirm, KeyCode::Esc, none), Some(Action::Cancel));
        assert_eq!(press_in(Mode::Help, KeyCode::Char('j'), none), None);
        assert_eq!(typed(&KeyEvent::new(KeyCode::Char('é'), none)), Some('é'));
        assert_eq!(typed(&KeyEvent::new(KeyCode::Char('a'), KeyModifiers::CONTROL)), None);
    }

    #[test]
    fn releases_do_nothing() {
        let mut event = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        event.kind = KeyEventKind::Release;
        assert_eq!(action_of(Mode::Main, &event), None);
        assert_eq!(typed(&event), None);
    }

    #[test]
    fn sentences_name_the_first_key_of_an_action() {
        let english = |id: &str| match id {
            ui::KEY_SPACE => "Space".to_string(),
            ui::KEY_ESC => "Esc".to_string(),
            _ => id.to_string(),
        };
        assert_eq!(label_of(Action::Restart, &english), "r");
        assert_eq!(label_of(Action::Quit, &english), "q");
        assert_eq!(label_of(Action::Tried, &english), "Space");
        assert_eq!(label_in(Mode::Confirm, Action::Cancel, &english), "Esc");
    }

    #[test]
    fn key_names_are_the_users_and_names_with_spaces_part_with_a_slash() {
        let french = |id: &str| match id {
            ui::KEY_PAGE_UP => "Pg préc".to_string(),
            ui::KEY_PAGE_DOWN => "Pg suiv".to_string(),
            ui::KEY_ENTER => "Entrée".to_string(),
            ui::KEY_ESC => "Échap".to_string(),
            ui::KEY_CTRL => "Ctrl".to_string(),
            _ => id.to_string(),
        };
        let of = |action| TABLE.iter().find(|b| b.keys.iter().any(|&(_, a)| a == action)).unwrap();
        assert_eq!(short(of(Action::PageUp), &french), "Pg préc/Pg suiv");
        assert_eq!(label(of(Action::Up), &french), "↑↓ k j");
        assert_eq!(label(of(Action::Choose), &french), "Entrée → 1–9");
        assert_eq!(label(of(Action::Back), &french), "⌫← Échap");
        assert_eq!(label(of(Action::Quit), &french), "q Ctrl-C");
    }

    #[test]
    fn no_key_means_two_things_in_one_mode() {
        for mode in [
            Mode::Main,
            Mode::Help,
            Mode::Search,
            Mode::Note,
            Mode::Confirm,
            Mode::Message,
        ] {
            let keys: Vec<Key> = TABLE
                .iter()
                .filter(|b| b.works_in(mode))
                .flat_map(|b| b.keys.iter().map(|&(k, _)| k))
                .collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(key), "{key:?} twice in {mode:?}");
            }
        }
    }
}
