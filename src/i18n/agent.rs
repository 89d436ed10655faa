//! The ids of the messages for support agents' aids (ticket summary, transcripts, notes). Like
//! [`super::ui`], every locale must define them all and `check` treats them as used.

pub const TICKET_HEADING: &str = "agent-ticket-heading";
pub const TICKET_ISSUE_TYPE: &str = "agent-ticket-issue-type";
pub const TICKET_ISSUE_TYPE_VALUE: &str = "agent-ticket-issue-type-value";
pub const TICKET_SUBSCRIPTION: &str = "agent-ticket-subscription";
pub const TICKET_SUBSCRIPTION_VALUE: &str = "agent-ticket-subscription-value";
pub const TICKET_SEVERITY: &str = "agent-ticket-severity";
pub const TICKET_SEVERITY_VALUE: &str = "agent-ticket-severity-value";
pub const TICKET_PROBLEM_TYPE: &str = "agent-ticket-problem-type";
pub const TICKET_DETAILS: &str = "agent-ticket-details";
pub const TICKET_TIME_FRAME: &str = "agent-ticket-time-frame";
pub const TICKET_TIME_FRAME_VALUE: &str = "agent-ticket-time-frame-value";
pub const TRANSCRIPT_TITLE: &str = "agent-transcript-title";
pub const TRANSCRIPT_CODE: &str = "agent-transcript-code";
pub const TRANSCRIPT_OUTCOME: &str = "agent-transcript-outcome";
pub const TRANSCRIPT_UNFINISHED: &str = "agent-transcript-unfinished";
pub const TRANSCRIPT_SAVED: &str = "agent-transcript-saved";
pub const TRANSCRIPT_STEPS: &str = "agent-transcript-steps";
pub const TRANSCRIPT_TRIED: &str = "agent-transcript-tried";
pub const TRANSCRIPT_NOTE: &str = "agent-transcript-note";
pub const TRANSCRIPT_STOPPED_AT: &str = "agent-transcript-stopped-at";
pub const SAVE_DONE: &str = "agent-save-done";
pub const SAVE_FAILED: &str = "agent-save-failed";
pub const NOTE_ADDED: &str = "agent-note-added";
pub const QUIT_UNSAVED: &str = "agent-quit-unsaved";
/// `": "` in English, `" : "` in French.
pub const LABEL_SEPARATOR: &str = "agent-label-separator";
pub const CHANGED_STEPS: &str = "agent-changed-steps";
pub const CHANGED_STEP: &str = "agent-changed-step";

pub const ALL: &[&str] = &[
    TICKET_HEADING,
    TICKET_ISSUE_TYPE,
    TICKET_ISSUE_TYPE_VALUE,
    TICKET_SUBSCRIPTION,
    TICKET_SUBSCRIPTION_VALUE,
    TICKET_SEVERITY,
    TICKET_SEVERITY_VALUE,
    TICKET_PROBLEM_TYPE,
    TICKET_DETAILS,
    TICKET_TIME_FRAME,
    TICKET_TIME_FRAME_VALUE,
    TRANSCRIPT_TITLE,
    TRANSCRIPT_CODE,
    TRANSCRIPT_OUTCOME,
    TRANSCRIPT_UNFINISHED,
    TRANSCRIPT_SAVED,
    TRANSCRIPT_STEPS,
    TRANSCRIPT_TRIED,
    TRANSCRIPT_NOTE,
    TRANSCRIPT_STOPPED_AT,
    SAVE_DONE,
    SAVE_FAILED,
    NOTE_ADDED,
    QUIT_UNSAVED,
    LABEL_SEPARATOR,
    CHANGED_STEPS,
    CHANGED_STEP,
];
