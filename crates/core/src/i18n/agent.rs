//! The ids of the messages for support agents' aids (ticket summary, transcripts, notes). Like
//! [`super::ui`], every locale must define them all and `check` treats them as used; declared
//! through `ids!`, which makes [`ALL`] from the same list.

super::ids::ids! {
    TICKET_HEADING = "agent-ticket-heading";
    /// The desk the request goes to, and how to reach it.
    TICKET_DESK = "agent-ticket-desk";
    TICKET_REACH = "agent-ticket-reach";
    TICKET_SEVERITY = "agent-ticket-severity";
    TICKET_SEVERITY_VALUE = "agent-ticket-severity-value";
    TICKET_PROBLEM_TYPE = "agent-ticket-problem-type";
    TICKET_DETAILS = "agent-ticket-details";
    TICKET_TIME_FRAME = "agent-ticket-time-frame";
    /// The path code and short code, and the session id, so the receiving agent can reopen it.
    TICKET_CODE = "agent-ticket-code";
    TICKET_SESSION = "agent-ticket-session";
    /// Heads the tried steps of a fix in the summary: "Tried this step:" / "Tried these 2 steps:".
    TICKET_TRIED = "agent-ticket-tried";
    TRANSCRIPT_TITLE = "agent-transcript-title";
    TRANSCRIPT_CODE = "agent-transcript-code";
    TRANSCRIPT_OUTCOME = "agent-transcript-outcome";
    TRANSCRIPT_UNFINISHED = "agent-transcript-unfinished";
    TRANSCRIPT_SAVED = "agent-transcript-saved";
    /// In place of "Saved" on a transcript copied (`y`) rather than saved: when it was copied.
    TRANSCRIPT_COPIED = "agent-transcript-copied";
    TRANSCRIPT_STEPS = "agent-transcript-steps";
    TRANSCRIPT_TRIED = "agent-transcript-tried";
    TRANSCRIPT_NOTE = "agent-transcript-note";
    /// A flag on a step: "Flagged as wrong or out of date", then its reason if it has one.
    TRANSCRIPT_FLAG = "agent-transcript-flag";
    TRANSCRIPT_STOPPED_AT = "agent-transcript-stopped-at";
    SAVE_DONE = "agent-save-done";
    /// Where a save went, file by file: the Markdown to paste, the JSON to reopen or count.
    SAVED_MARKDOWN = "agent-saved-markdown";
    SAVED_JSON = "agent-saved-json";
    TUI_SAVED_TITLE = "agent-tui-saved-title";
    /// The first line of an escalation end in the full screen: which key copies the summary.
    TUI_COPY_FIRST = "agent-tui-copy-first";
    /// Esc's hint in the note editor: the text is kept as a draft, not thrown away.
    TUI_KEY_DRAFT = "agent-tui-key-draft";
    /// Under a link shortened to fit: which key copies it whole.
    TUI_LINK_WHOLE = "agent-tui-link-whole";
    SAVE_FAILED = "agent-save-failed";
    NOTE_ADDED = "agent-note-added";
    /// A step was flagged as wrong or out of date (`f`).
    FLAG_ADDED = "agent-flag-added";
    QUIT_UNSAVED = "agent-quit-unsaved";
    /// `": "` in English, `" : "` in French.
    LABEL_SEPARATOR = "agent-label-separator";
    CHANGED_STEPS = "agent-changed-steps";
    CHANGED_STEP = "agent-changed-step";
    // The session log on disk: notes off the final path, saves that fail on the way out, the journal
    // of an unfinished session, a note kept as a draft.
    TRANSCRIPT_ELSEWHERE = "agent-transcript-elsewhere";
    SAVE_ELSEWHERE = "agent-save-elsewhere";
    SAVE_FAILED_EXIT = "agent-save-failed-exit";
    UNFINISHED = "agent-unfinished";
    UNFINISHED_ASK = "agent-unfinished-ask";
    UNFINISHED_HOW = "agent-unfinished-how";
    UNFINISHED_BROKEN = "agent-unfinished-broken";
    JOURNAL_OFF = "agent-journal-off";
    DRAFT_KEPT = "agent-draft-kept";
    /// What replaces a card number in a note.
    CARD_REMOVED = "agent-card-removed";
    // `report`'s headings.
    REPORT_SESSIONS = "agent-report-sessions";
    REPORT_TOPIC = "agent-report-topic";
    REPORT_TOTAL = "agent-report-total";
    REPORT_STOPPED = "agent-report-stopped";
    REPORT_FAILED = "agent-report-failed";
    /// Heads the sessions handed over or escalated, per desk.
    REPORT_DESKS = "agent-report-desks";
    REPORT_NONE = "agent-report-none";
    /// An outcome's name (`$outcome`: `resolved`, `handed-over`, `escalate`, `start-over`,
    /// `unfinished`) in the report's table, legend and desks.
    REPORT_OUTCOME = "agent-report-outcome";
    REPORT_MEDIAN = "agent-report-median";
    /// The days counted (`--since`/`--until`) and how many sessions fell outside them.
    REPORT_WINDOW = "agent-report-window";
    REPORT_UNREADABLE = "agent-report-unreadable";
    /// Heads the outcomes of each topic drawn as bars.
    REPORT_BARS = "agent-report-bars";
    REPORT_FLAGGED = "agent-report-flagged";
    /// Head `--by version` and `--by month`.
    REPORT_BY_VERSION = "agent-report-by-version";
    REPORT_BY_MONTH = "agent-report-by-month";
    /// When a version (or month) was seen: its first and last session.
    REPORT_SEEN = "agent-report-seen";
    /// Heads each failing fix's success per version: solved share / times answered.
    REPORT_FIX_SUCCESS = "agent-report-fix-success";

    // The full-screen wizard's agent aids (`signup_doctor::tui`): key hints and help, panes, search, notes,
    // tried steps, the quit question and messages.
    TUI_KEY_BILINGUAL = "agent-tui-key-bilingual";
    TUI_HELP_BILINGUAL = "agent-tui-help-bilingual";
    TUI_KEY_SEARCH = "agent-tui-key-search";
    TUI_HELP_SEARCH = "agent-tui-help-search";
    TUI_KEY_NOTE = "agent-tui-key-note";
    TUI_KEY_FLAG = "agent-tui-key-flag";
    TUI_HELP_FLAG = "agent-tui-help-flag";
    TUI_HELP_NOTE = "agent-tui-help-note";
    TUI_KEY_TRIED = "agent-tui-key-tried";
    TUI_HELP_TRIED = "agent-tui-help-tried";
    TUI_KEY_SAVE = "agent-tui-key-save";
    TUI_HELP_SAVE = "agent-tui-help-save";
    TUI_KEY_SELECT = "agent-tui-key-select";
    TUI_HELP_SELECT = "agent-tui-help-select";
    TUI_KEY_JUMP = "agent-tui-key-jump";
    TUI_HELP_JUMP = "agent-tui-help-jump";
    TUI_KEY_KEEP = "agent-tui-key-keep";
    TUI_HELP_KEEP = "agent-tui-help-keep";
    TUI_KEY_CANCEL = "agent-tui-key-cancel";
    TUI_HELP_CANCEL = "agent-tui-help-cancel";
    TUI_KEY_EDIT = "agent-tui-key-edit";
    TUI_HELP_EDIT = "agent-tui-help-edit";
    TUI_KEY_CLOSE = "agent-tui-key-close";
    TUI_HELP_CLOSE = "agent-tui-help-close";
    TUI_KEY_SAVE_QUIT = "agent-tui-key-save-quit";
    TUI_HELP_SAVE_QUIT = "agent-tui-help-save-quit";
    TUI_KEY_QUIT_ANYWAY = "agent-tui-key-quit-anyway";
    TUI_HELP_QUIT_ANYWAY = "agent-tui-help-quit-anyway";
    TUI_KEY_STAY = "agent-tui-key-stay";
    TUI_HELP_STAY = "agent-tui-help-stay";
    TUI_HELP_MOUSE = "agent-tui-help-mouse";
    TUI_PANE_CUSTOMER = "agent-tui-pane-customer";
    TUI_PANE_AGENT = "agent-tui-pane-agent";
    TUI_PANE_OLDER = "agent-tui-pane-older";
    TUI_SEARCH_TITLE = "agent-tui-search-title";
    TUI_SEARCH_EMPTY = "agent-tui-search-empty";
    TUI_SEARCH_NONE = "agent-tui-search-none";
    TUI_SEARCH_COUNT = "agent-tui-search-count";
    TUI_JUMPED = "agent-tui-jumped";
    /// Back right after a jump: the walk is where it stood before it.
    TUI_JUMPED_BACK = "agent-tui-jumped-back";
    TUI_NOTE_TITLE = "agent-tui-note-title";
    /// The flag's reason editor: its title and the line under it.
    TUI_FLAG_TITLE = "agent-tui-flag-title";
    TUI_FLAG_INFO = "agent-tui-flag-info";
    TUI_NOTE_REDACTED = "agent-tui-note-redacted";
    TUI_TRIED_WHERE = "agent-tui-tried-where";
    TUI_QUIT_TITLE = "agent-tui-quit-title";
    TUI_QUIT_UNSAVED = "agent-tui-quit-unsaved";
    TUI_CHANGED_TITLE = "agent-tui-changed-title";
    TUI_SAVE_FAILED_TITLE = "agent-tui-save-failed-title";
    TUI_SAVE_WHERE = "agent-tui-save-where";
    TUI_MESSAGE_CLOSE = "agent-tui-message-close";
    /// A note or search longer than the editor takes: what was kept.
    TUI_TEXT_TOO_LONG = "agent-tui-text-too-long";
    // Copy (`y`): what was copied, and the key's hint and help.
    /// The summary copied, and in which language (`$language`, a [`LANGUAGE_NAME`]).
    COPIED_TICKET = "agent-copied-ticket";
    /// `y` again copies the summary in the other language (`$other`).
    COPIED_TICKET_AGAIN = "agent-copied-ticket-again";
    /// A language's name in the agent's words, by its code (`$lang`).
    LANGUAGE_NAME = "agent-language-name";
    COPIED_LINK = "agent-copied-link";
    COPIED_FIX = "agent-copied-fix";
    COPIED_TRANSCRIPT = "agent-copied-transcript";
    COPY_UNAVAILABLE = "agent-copy-unavailable";
    TUI_KEY_COPY = "agent-tui-key-copy";
    TUI_HELP_COPY = "agent-tui-help-copy";

    // Plain mode's `t N`.
    PLAIN_TRIED = "agent-plain-tried";
    PLAIN_UNTRIED = "agent-plain-untried";

    /// What `--resume FILE.json` reopened.
    REOPENED = "agent-reopened";
}
