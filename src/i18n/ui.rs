//! The ids of the wizard's own messages (not named by any flow). Every locale must define them all;
//! `check` treats them as used.

pub const FIX_YES: &str = crate::engine::load::FIX_YES;
pub const FIX_NO: &str = crate::engine::load::FIX_NO;
pub const FIX_QUESTION: &str = "ui-fix-question";
pub const ESCALATE_TICKET: &str = crate::engine::load::TICKET;
pub const END_RESOLVED: &str = "ui-end-resolved";
pub const END_ESCALATE: &str = "ui-end-escalate";
pub const END_START_OVER: &str = "ui-end-start-over";
pub const CODE: &str = "ui-code";
pub const CODE_START: &str = "ui-code-start";
pub const CHOSEN: &str = "ui-chosen";
pub const PROMPT: &str = "ui-plain-prompt";
pub const PROMPT_END: &str = "ui-plain-prompt-end";
pub const INVALID: &str = "ui-plain-invalid";
pub const AT_START: &str = "ui-plain-at-start";
pub const GOODBYE: &str = "ui-plain-goodbye";

pub const ALL: &[&str] = &[
    FIX_YES,
    FIX_NO,
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
];
