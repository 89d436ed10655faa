//! The columns of the key table: what a key asks of the wizard ([`Action`]), where it works
//! ([`Mode`]), which key ([`Key`]), when it is shown ([`When`]), and a row ([`Binding`]). The rows
//! are in `table`; reading them (input mapping, hints, help) is `keys`.

use crossterm::event::KeyCode;

/// What a key asks of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    /// Choose the selected answer (or, on a step, mark it tried).
    Choose,
    /// Choose the answer at this 0-based index (the digit keys).
    ChooseNumber(usize),
    Back,
    Restart,
    Language,
    /// Show the screen in both languages, or in one again.
    Bilingual,
    Search,
    Note,
    /// Flag this step as wrong or out of date (a short reason is asked).
    Flag,
    /// Mark or unmark the selected step of a fix as tried.
    Tried,
    Save,
    /// Copy what the screen is for to the clipboard (see `crate::clip`).
    Copy,
    PageUp,
    PageDown,
    Help,
    Quit,
    /// Ctrl-C: quit as an interrupt (exit 130); a second one at the quit question saves and quits.
    Interrupt,
    /// Enter in an overlay: jump to the search result, keep the note.
    Accept,
    /// Esc in an overlay: close it, changing nothing.
    Cancel,
    /// Editing the text of the search or the note.
    Left,
    Right,
    Home,
    End,
    Erase,
    Delete,
    /// At the quit question: save the transcript, then quit.
    SaveAndQuit,
    /// At the quit question: quit without saving.
    QuitAnyway,
    /// Ctrl-Z (but at the quit question): give the terminal back and stop until continued (`fg`).
    Suspend,
}

/// Where the keys are read: the wizard itself, or the overlay on top of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Main,
    Help,
    Search,
    Note,
    /// Quitting with unsaved notes or tried steps: save and quit, quit, or stay.
    Confirm,
    /// A message to read (a failed save, a reopened transcript whose steps changed).
    Message,
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
    /// The screen is a fix, with steps to mark as tried.
    Steps,
    /// The search has results to choose from.
    Results,
}

/// One row of the table: its keys, the modes they work in, how hints write them, and the hint and
/// help message ids.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [(Key, Action)],
    pub modes: &'static [Mode],
    /// The main keys, as the key-hint line and sentences show them. The help overlay shows all of
    /// [`Binding::keys`]; both are named in the user's language ([`key_name`](super::keys::key_name)).
    pub short: &'static [Key],
    /// A word or two for the key-hint line.
    pub hint: &'static str,
    /// A sentence for the help overlay (and the quit question).
    pub help: &'static str,
    pub when: When,
    /// When the key-hint line is too narrow, lower ranks go first.
    pub rank: u8,
}

impl Binding {
    pub fn works_in(&self, mode: Mode) -> bool {
        self.modes.contains(&mode)
    }
}
