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
/// Heads the tried steps of a fix in the summary: "Tried this step:" / "Tried these 2 steps:".
pub const TICKET_TRIED: &str = "agent-ticket-tried";
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
// The session log on disk: notes off the final path, saves that fail on the way out, the journal
// of an unfinished session, a note kept as a draft.
pub const TRANSCRIPT_ELSEWHERE: &str = "agent-transcript-elsewhere";
pub const SAVE_ELSEWHERE: &str = "agent-save-elsewhere";
pub const SAVE_FAILED_EXIT: &str = "agent-save-failed-exit";
pub const UNFINISHED: &str = "agent-unfinished";
pub const UNFINISHED_ASK: &str = "agent-unfinished-ask";
pub const UNFINISHED_HOW: &str = "agent-unfinished-how";
pub const UNFINISHED_BROKEN: &str = "agent-unfinished-broken";
pub const JOURNAL_OFF: &str = "agent-journal-off";
pub const DRAFT_KEPT: &str = "agent-draft-kept";
/// What replaces a card number in a note.
pub const CARD_REMOVED: &str = "agent-card-removed";
// `report`'s headings.
pub const REPORT_SESSIONS: &str = "agent-report-sessions";
pub const REPORT_TOPIC: &str = "agent-report-topic";
pub const REPORT_TOTAL: &str = "agent-report-total";
pub const REPORT_STOPPED: &str = "agent-report-stopped";
pub const REPORT_FAILED: &str = "agent-report-failed";
pub const REPORT_NONE: &str = "agent-report-none";
pub const REPORT_MEDIAN: &str = "agent-report-median";

// The full-screen wizard's agent aids (`signup_doctor::tui`): key hints and help, panes, search, notes,
// tried steps, the quit question and messages.
pub const TUI_KEY_BILINGUAL: &str = "agent-tui-key-bilingual";
pub const TUI_HELP_BILINGUAL: &str = "agent-tui-help-bilingual";
pub const TUI_KEY_SEARCH: &str = "agent-tui-key-search";
pub const TUI_HELP_SEARCH: &str = "agent-tui-help-search";
pub const TUI_KEY_NOTE: &str = "agent-tui-key-note";
pub const TUI_HELP_NOTE: &str = "agent-tui-help-note";
pub const TUI_KEY_TRIED: &str = "agent-tui-key-tried";
pub const TUI_HELP_TRIED: &str = "agent-tui-help-tried";
pub const TUI_KEY_SAVE: &str = "agent-tui-key-save";
pub const TUI_HELP_SAVE: &str = "agent-tui-help-save";
pub const TUI_KEY_SELECT: &str = "agent-tui-key-select";
pub const TUI_HELP_SELECT: &str = "agent-tui-help-select";
pub const TUI_KEY_JUMP: &str = "agent-tui-key-jump";
pub const TUI_HELP_JUMP: &str = "agent-tui-help-jump";
pub const TUI_KEY_KEEP: &str = "agent-tui-key-keep";
pub const TUI_HELP_KEEP: &str = "agent-tui-help-keep";
pub const TUI_KEY_CANCEL: &str = "agent-tui-key-cancel";
pub const TUI_HELP_CANCEL: &str = "agent-tui-help-cancel";
pub const TUI_KEY_EDIT: &str = "agent-tui-key-edit";
pub const TUI_HELP_EDIT: &str = "agent-tui-help-edit";
pub const TUI_KEY_CLOSE: &str = "agent-tui-key-close";
pub const TUI_HELP_CLOSE: &str = "agent-tui-help-close";
pub const TUI_KEY_SAVE_QUIT: &str = "agent-tui-key-save-quit";
pub const TUI_HELP_SAVE_QUIT: &str = "agent-tui-help-save-quit";
pub const TUI_KEY_QUIT_ANYWAY: &str = "agent-tui-key-quit-anyway";
pub const TUI_HELP_QUIT_ANYWAY: &str = "agent-tui-help-quit-anyway";
pub const TUI_KEY_STAY: &str = "agent-tui-key-stay";
pub const TUI_HELP_STAY: &str = "agent-tui-help-stay";
pub const TUI_HELP_MOUSE: &str = "agent-tui-help-mouse";
pub const TUI_PANE_CUSTOMER: &str = "agent-tui-pane-customer";
pub const TUI_PANE_AGENT: &str = "agent-tui-pane-agent";
pub const TUI_SEARCH_TITLE: &str = "agent-tui-search-title";
pub const TUI_SEARCH_EMPTY: &str = "agent-tui-search-empty";
pub const TUI_SEARCH_NONE: &str = "agent-tui-search-none";
pub const TUI_SEARCH_COUNT: &str = "agent-tui-search-count";
pub const TUI_JUMPED: &str = "agent-tui-jumped";
pub const TUI_NOTE_TITLE: &str = "agent-tui-note-title";
pub const TUI_NOTE_REDACTED: &str = "agent-tui-note-redacted";
pub const TUI_TRIED_WHERE: &str = "agent-tui-tried-where";
pub const TUI_QUIT_TITLE: &str = "agent-tui-quit-title";
pub const TUI_QUIT_UNSAVED: &str = "agent-tui-quit-unsaved";
pub const TUI_CHANGED_TITLE: &str = "agent-tui-changed-title";
pub const TUI_SAVE_FAILED_TITLE: &str = "agent-tui-save-failed-title";
pub const TUI_SAVE_WHERE: &str = "agent-tui-save-where";
pub const TUI_MESSAGE_CLOSE: &str = "agent-tui-message-close";
/// A note or search longer than the editor takes: what was kept.
pub const TUI_TEXT_TOO_LONG: &str = "agent-tui-text-too-long";
// Copy (`y`): what was copied, and the key's hint and help.
pub const COPIED_TICKET: &str = "agent-copied-ticket";
pub const COPIED_LINK: &str = "agent-copied-link";
pub const COPIED_FIX: &str = "agent-copied-fix";
pub const COPIED_TRANSCRIPT: &str = "agent-copied-transcript";
pub const COPY_UNAVAILABLE: &str = "agent-copy-unavailable";
pub const TUI_KEY_COPY: &str = "agent-tui-key-copy";
pub const TUI_HELP_COPY: &str = "agent-tui-help-copy";

// Plain mode's `t N`.
pub const PLAIN_TRIED: &str = "agent-plain-tried";
pub const PLAIN_UNTRIED: &str = "agent-plain-untried";

/// What `--resume FILE.json` reopened.
pub const REOPENED: &str = "agent-reopened";

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
    TICKET_TRIED,
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
    TRANSCRIPT_ELSEWHERE,
    SAVE_ELSEWHERE,
    SAVE_FAILED_EXIT,
    UNFINISHED,
    UNFINISHED_ASK,
    UNFINISHED_HOW,
    UNFINISHED_BROKEN,
    JOURNAL_OFF,
    DRAFT_KEPT,
    CARD_REMOVED,
    REPORT_SESSIONS,
    REPORT_TOPIC,
    REPORT_TOTAL,
    REPORT_STOPPED,
    REPORT_FAILED,
    REPORT_NONE,
    REPORT_MEDIAN,
    TUI_KEY_BILINGUAL,
    TUI_HELP_BILINGUAL,
    TUI_KEY_SEARCH,
    TUI_HELP_SEARCH,
    TUI_KEY_NOTE,
    TUI_HELP_NOTE,
    TUI_KEY_TRIED,
    TUI_HELP_TRIED,
    TUI_KEY_SAVE,
    TUI_HELP_SAVE,
    TUI_KEY_SELECT,
    TUI_HELP_SELECT,
    TUI_KEY_JUMP,
    TUI_HELP_JUMP,
    TUI_KEY_KEEP,
    TUI_HELP_KEEP,
    TUI_KEY_CANCEL,
    TUI_HELP_CANCEL,
    TUI_KEY_EDIT,
    TUI_HELP_EDIT,
    TUI_KEY_CLOSE,
    TUI_HELP_CLOSE,
    TUI_KEY_SAVE_QUIT,
    TUI_HELP_SAVE_QUIT,
    TUI_KEY_QUIT_ANYWAY,
    TUI_HELP_QUIT_ANYWAY,
    TUI_KEY_STAY,
    TUI_HELP_STAY,
    TUI_HELP_MOUSE,
    TUI_PANE_CUSTOMER,
    TUI_PANE_AGENT,
    TUI_SEARCH_TITLE,
    TUI_SEARCH_EMPTY,
    TUI_SEARCH_NONE,
    TUI_SEARCH_COUNT,
    TUI_JUMPED,
    TUI_NOTE_TITLE,
    TUI_NOTE_REDACTED,
    TUI_TRIED_WHERE,
    TUI_QUIT_TITLE,
    TUI_QUIT_UNSAVED,
    TUI_CHANGED_TITLE,
    TUI_SAVE_FAILED_TITLE,
    TUI_SAVE_WHERE,
    TUI_MESSAGE_CLOSE,
    TUI_TEXT_TOO_LONG,
    COPIED_TICKET,
    COPIED_LINK,
    COPIED_FIX,
    COPIED_TRANSCRIPT,
    COPY_UNAVAILABLE,
    TUI_KEY_COPY,
    TUI_HELP_COPY,
    PLAIN_TRIED,
    PLAIN_UNTRIED,
    REOPENED,
];
