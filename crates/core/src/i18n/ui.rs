//! The ids of the wizard's own messages (not named by any flow). Every locale must define them all;
//! `check` treats them as used. Declared through `ids!`, which makes [`ALL`] from the same list.

super::ids::ids! {
    FIX_YES = crate::engine::load::FIX_YES;
    FIX_NO = crate::engine::load::FIX_NO;
    FIX_QUESTION = "ui-fix-question";
    REQUEST_YES = crate::engine::load::REQUEST_YES;
    REQUEST_NO = crate::engine::load::REQUEST_NO;
    /// What a fix that opens a support request asks instead of "Did this solve it?".
    REQUEST_QUESTION = "ui-request-question";
    ESCALATE_TICKET = crate::engine::load::TICKET;
    END_RESOLVED = "ui-end-resolved";
    END_ESCALATE = "ui-end-escalate";
    END_START_OVER = "ui-end-start-over";
    END_HANDED_OVER = "ui-end-handed-over";
    /// The end screens that name the desk (`$desk`): an escalation with a way on to its request,
    /// the last one (every way of opening a request failed), and a hand-off.
    END_ESCALATE_DESK = "ui-end-escalate-desk";
    END_ESCALATE_LAST = "ui-end-escalate-last";
    END_HANDED_OVER_DESK = "ui-end-handed-over-desk";
    CODE = "ui-code";
    CODE_START = "ui-code-start";
    CHOSEN = "ui-chosen";
    PROMPT = "ui-plain-prompt";
    PROMPT_END = "ui-plain-prompt-end";
    /// The prompts after the first: the choices and the keys, without the sentence.
    PROMPT_SHORT = "ui-plain-prompt-short";
    PROMPT_END_SHORT = "ui-plain-prompt-end-short";
    /// `t N` where there are no steps to mark.
    NO_STEPS = "ui-plain-no-steps";
    INVALID = "ui-plain-invalid";
    AT_START = "ui-plain-at-start";
    GOODBYE = "ui-plain-goodbye";
    /// Said before plain mode on a terminal whose locale names a character set other than UTF-8,
    /// which the full screen's key reader cannot take.
    LINES_FOR_CHARSET = "ui-plain-lines-for-charset";

    // The full-screen wizard (`signup_doctor::tui`).
    TUI_LANGUAGE = "ui-tui-language";
    TUI_START = "ui-tui-start";
    TUI_TOO_SMALL = "ui-tui-too-small";
    TUI_END_KEYS = "ui-tui-end-keys";
    TUI_HELP_TITLE = "ui-tui-help-title";
    TUI_HELP_CLOSE = "ui-tui-help-close";
    TUI_HELP_MOUSE = "ui-tui-help-mouse";
    TUI_KEY_MOVE = "ui-tui-key-move";
    TUI_KEY_CHOOSE = "ui-tui-key-choose";
    TUI_KEY_BACK = "ui-tui-key-back";
    TUI_KEY_RESTART = "ui-tui-key-restart";
    TUI_KEY_LANGUAGE = "ui-tui-key-language";
    TUI_KEY_SCROLL = "ui-tui-key-scroll";
    TUI_KEY_HELP = "ui-tui-key-help";
    TUI_KEY_QUIT = "ui-tui-key-quit";
    TUI_HELP_MOVE = "ui-tui-help-move";
    TUI_HELP_CHOOSE = "ui-tui-help-choose";
    TUI_HELP_BACK = "ui-tui-help-back";
    TUI_HELP_RESTART = "ui-tui-help-restart";
    TUI_HELP_LANGUAGE = "ui-tui-help-language";
    TUI_HELP_SCROLL = "ui-tui-help-scroll";
    TUI_HELP_HELP = "ui-tui-help-help";
    TUI_HELP_QUIT = "ui-tui-help-quit";
    TUI_KEY_SUSPEND = "ui-tui-key-suspend";
    TUI_HELP_SUSPEND = "ui-tui-help-suspend";
    // Key names, as the key hints and help write them.
    KEY_ENTER = "ui-key-enter";
    KEY_ESC = "ui-key-esc";
    KEY_SPACE = "ui-key-space";
    KEY_PAGE_UP = "ui-key-page-up";
    KEY_PAGE_DOWN = "ui-key-page-down";
    KEY_HOME = "ui-key-home";
    KEY_END = "ui-key-end";
    KEY_DELETE = "ui-key-delete";
    KEY_CTRL = "ui-key-ctrl";

    TUI_KEY_ENDS = "ui-tui-key-ends";
    TUI_HELP_ENDS = "ui-tui-help-ends";

    PLAIN_HELP = "ui-plain-help";
}

/// The heading of an end with this outcome, when no desk is named.
pub fn end_heading(outcome: crate::engine::tree::Outcome) -> &'static str {
    use crate::engine::tree::Outcome;
    match outcome {
        Outcome::Resolved => END_RESOLVED,
        Outcome::Escalate => END_ESCALATE,
        Outcome::HandedOver => END_HANDED_OVER,
        Outcome::StartOver => END_START_OVER,
    }
}
