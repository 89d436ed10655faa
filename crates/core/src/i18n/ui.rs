//! The ids of the wizard's own messages (not named by any flow). Every locale must define them all;
//! `check` treats them as used.

pub const FIX_YES: &str = crate::engine::load::FIX_YES;
pub const FIX_NO: &str = crate::engine::load::FIX_NO;
pub const FIX_QUESTION: &str = "ui-fix-question";
pub const REQUEST_YES: &str = crate::engine::load::REQUEST_YES;
pub const REQUEST_NO: &str = crate::engine::load::REQUEST_NO;
/// What a fix that opens a support request asks instead of "Did this solve it?".
pub const REQUEST_QUESTION: &str = "ui-request-question";
pub const ESCALATE_TICKET: &str = crate::engine::load::TICKET;
pub const END_RESOLVED: &str = "ui-end-resolved";
pub const END_ESCALATE: &str = "ui-end-escalate";
pub const END_START_OVER: &str = "ui-end-start-over";
pub const END_HANDED_OVER: &str = "ui-end-handed-over";
pub const CODE: &str = "ui-code";
pub const CODE_START: &str = "ui-code-start";
pub const CHOSEN: &str = "ui-chosen";
pub const PROMPT: &str = "ui-plain-prompt";
pub const PROMPT_END: &str = "ui-plain-prompt-end";
pub const INVALID: &str = "ui-plain-invalid";
pub const AT_START: &str = "ui-plain-at-start";
pub const GOODBYE: &str = "ui-plain-goodbye";

// The full-screen wizard (`signup_doctor::tui`).
pub const TUI_LANGUAGE: &str = "ui-tui-language";
pub const TUI_START: &str = "ui-tui-start";
pub const TUI_TOO_SMALL: &str = "ui-tui-too-small";
pub const TUI_END_KEYS: &str = "ui-tui-end-keys";
pub const TUI_HELP_TITLE: &str = "ui-tui-help-title";
pub const TUI_HELP_CLOSE: &str = "ui-tui-help-close";
pub const TUI_HELP_MOUSE: &str = "ui-tui-help-mouse";
pub const TUI_KEY_MOVE: &str = "ui-tui-key-move";
pub const TUI_KEY_CHOOSE: &str = "ui-tui-key-choose";
pub const TUI_KEY_BACK: &str = "ui-tui-key-back";
pub const TUI_KEY_RESTART: &str = "ui-tui-key-restart";
pub const TUI_KEY_LANGUAGE: &str = "ui-tui-key-language";
pub const TUI_KEY_SCROLL: &str = "ui-tui-key-scroll";
pub const TUI_KEY_HELP: &str = "ui-tui-key-help";
pub const TUI_KEY_QUIT: &str = "ui-tui-key-quit";
pub const TUI_HELP_MOVE: &str = "ui-tui-help-move";
pub const TUI_HELP_CHOOSE: &str = "ui-tui-help-choose";
pub const TUI_HELP_BACK: &str = "ui-tui-help-back";
pub const TUI_HELP_RESTART: &str = "ui-tui-help-restart";
pub const TUI_HELP_LANGUAGE: &str = "ui-tui-help-language";
pub const TUI_HELP_SCROLL: &str = "ui-tui-help-scroll";
pub const TUI_HELP_HELP: &str = "ui-tui-help-help";
pub const TUI_HELP_QUIT: &str = "ui-tui-help-quit";
pub const TUI_KEY_SUSPEND: &str = "ui-tui-key-suspend";
pub const TUI_HELP_SUSPEND: &str = "ui-tui-help-suspend";
// Key names, as the key hints and help write them.
pub const KEY_ENTER: &str = "ui-key-enter";
pub const KEY_ESC: &str = "ui-key-esc";
pub const KEY_SPACE: &str = "ui-key-space";
pub const KEY_PAGE_UP: &str = "ui-key-page-up";
pub const KEY_PAGE_DOWN: &str = "ui-key-page-down";
pub const KEY_HOME: &str = "ui-key-home";
pub const KEY_END: &str = "ui-key-end";
pub const KEY_DELETE: &str = "ui-key-delete";
pub const KEY_CTRL: &str = "ui-key-ctrl";

pub const TUI_KEY_ENDS: &str = "ui-tui-key-ends";
pub const TUI_HELP_ENDS: &str = "ui-tui-help-ends";

pub const PLAIN_HELP: &str = "ui-plain-help";

pub const ALL: &[&str] = &[
    FIX_YES,
    FIX_NO,
    REQUEST_YES,
    REQUEST_NO,
    REQUEST_QUESTION,
    END_HANDED_OVER,
    FIX_QUESTION,
    ESCALATE_TICKET,
    END_RESOLVED,
    END_ESCALATE,
    END_START_OVER,
    CODE,
    CODE_START,
    CHOSEN,
    PROMPT,
    PROMPT_END,
    INVALID,
    AT_START,
    GOODBYE,
    TUI_LANGUAGE,
    TUI_START,
    TUI_TOO_SMALL,
    TUI_END_KEYS,
    TUI_HELP_TITLE,
    TUI_HELP_CLOSE,
    TUI_HELP_MOUSE,
    TUI_KEY_MOVE,
    TUI_KEY_CHOOSE,
    TUI_KEY_BACK,
    TUI_KEY_RESTART,
    TUI_KEY_LANGUAGE,
    TUI_KEY_SCROLL,
    TUI_KEY_HELP,
    TUI_KEY_QUIT,
    TUI_HELP_MOVE,
    TUI_HELP_CHOOSE,
    TUI_HELP_BACK,
    TUI_HELP_RESTART,
    TUI_HELP_LANGUAGE,
    TUI_HELP_SCROLL,
    TUI_HELP_HELP,
    TUI_HELP_QUIT,
    TUI_KEY_SUSPEND,
    TUI_HELP_SUSPEND,
    KEY_ENTER,
    KEY_ESC,
    KEY_SPACE,
    KEY_PAGE_UP,
    KEY_PAGE_DOWN,
    KEY_HOME,
    KEY_END,
    KEY_DELETE,
    KEY_CTRL,
    TUI_KEY_ENDS,
    TUI_HELP_ENDS,
    PLAIN_HELP,
];
