# Support agents' aids: the ticket summary, transcripts and notes.
agent-ticket-heading = Support request summary
agent-ticket-desk = Desk
agent-ticket-reach = How to reach it
agent-ticket-severity = Severity
agent-ticket-severity-value = { $level ->
    [a] A – critical business impact (significant loss or degradation of services)
    [b] B – moderate business impact (services impaired, but work can reasonably continue)
   *[c] C – minimal business impact (work goes on with minor impediments)
}
agent-ticket-problem-type = Problem summary
agent-ticket-details = Details
agent-ticket-time-frame = When the problem started (date, time and time zone)
agent-ticket-code = Path code
agent-ticket-session = Session
agent-ticket-tried = { $count ->
    [one] Tried this step:
   *[other] Tried these { $count } steps:
}
agent-transcript-title = { -product } transcript
agent-transcript-code = Code
agent-transcript-outcome = Outcome
agent-transcript-unfinished = not finished
agent-transcript-saved = Saved
agent-transcript-copied = Copied (not a save)
agent-transcript-steps = Steps
agent-transcript-tried = { $count ->
    [one] Tried: step { $steps }
   *[other] Tried: steps { $steps }
}
agent-transcript-note = Note
agent-transcript-flag = Flagged as wrong or out of date
agent-transcript-stopped-at = Stopped at
agent-save-done = Saved to { $path }
agent-saved-markdown = To paste into a support request: { $path }
agent-saved-json = To reopen with --resume, or count with report: { $path }
agent-tui-saved-title = Transcript saved
agent-tui-link-whole = { $key } copies the whole link
agent-tui-copy-first = Press { $key } to copy the support request summary below, then paste it into the request.
agent-save-failed = Could not save the transcript: { $reason }. Nothing is lost; try again.
agent-note-added = Note added to this step.
agent-flag-added = Step flagged as wrong or out of date.
agent-changed-steps = The flows or texts changed since this transcript was saved:
agent-changed-step = step { $step } ({ $node }) now reads differently
agent-quit-unsaved = Some notes or tried steps are not saved. Type y to save and quit, n to quit without saving, or anything else to stay:
agent-label-separator = { ": " }
agent-transcript-elsewhere = Noted on steps off the final path
agent-save-elsewhere = Could not save in the usual folder ({ $reason }); saved to { $path } instead.
agent-save-failed-exit = Could not save the transcript ({ $reason }). Here it is, to copy before it scrolls away:
agent-unfinished = An unfinished session was kept: started { $started }, last at { $code }, { $notes ->
    [0] no notes
    [one] one note
   *[other] { $notes } notes
}{ $tried ->
    [0] {""}
    [one] , one step tried
   *[other] , { $tried } steps tried
}.
agent-unfinished-ask = Type y to reopen it, the word delete to delete it with its notes, or anything else to start a new session (it stays kept):
agent-unfinished-how = To reopen it: signup-doctor --resume { $path }
agent-unfinished-broken = A kept session cannot be reopened: { $reason }
agent-journal-off = Unsaved work is not kept on disk as you go ({ $reason }).
agent-draft-kept = Note kept as a draft: { $key } opens it again.
agent-card-removed = [card number removed]
agent-report-sessions = Sessions: { $count }
agent-report-topic = topic
agent-report-total = total
agent-report-stopped = Where unresolved sessions stopped
agent-report-failed = Fixes most often tried without success
agent-report-desks = Sessions sent to a person, by desk
agent-report-none = (none)
agent-report-outcome = { $outcome ->
    [resolved] resolved
    [handed-over] handed-over
    [escalate] escalate
    [start-over] start-over
   *[unfinished] unfinished
}
agent-report-median = Median steps to resolution: { $median }
agent-report-window = Sessions started from { $since } to { $until }; { $outside } outside that left out
agent-report-unreadable = Files that could not be read: { $count } (named on standard error)
agent-report-bars = Outcomes per topic
agent-report-flagged = Steps agents flagged as wrong or out of date
agent-report-by-version = By version of the tree (named by the day it was first seen)
agent-report-by-month = By month
agent-report-seen = seen { $first } to { $last }
agent-report-fix-success = Fixes most often tried without success: solved / times answered, side by side

# The full-screen wizard's agent aids: key hints and help, the two panes, search, notes, tried
# steps, the quit question and messages.
agent-tui-key-bilingual = both languages
agent-tui-help-bilingual = Show the tree's words in both languages: the customer's, and yours
agent-tui-key-search = search
agent-tui-help-search = Search every step by its words (in both languages shown) or id
agent-tui-key-note = note
agent-tui-help-note = Write a note on this step
agent-tui-key-flag = flag
agent-tui-help-flag = Flag this step as wrong or out of date, with a short reason
agent-tui-key-tried = tried
agent-tui-help-tried = Mark the selected step of a fix as tried
agent-tui-key-save = save
agent-tui-help-save = Save the transcript (Markdown, JSON)
agent-tui-key-select = select
agent-tui-help-select = Select a result
agent-tui-key-jump = go there
agent-tui-help-jump = Go to the selected step by the shortest path
agent-tui-key-keep = keep the note
agent-tui-help-keep = Keep the note on this step
agent-tui-key-cancel = cancel
agent-tui-key-draft = keep as draft
agent-tui-help-cancel = Close without changing anything
agent-tui-key-edit = edit
agent-tui-help-edit = Move in the text and erase
agent-tui-key-close = close
agent-tui-help-close = Close
agent-tui-key-save-quit = save and quit
agent-tui-help-save-quit = Save the transcript, then quit
agent-tui-key-quit-anyway = quit without saving
agent-tui-help-quit-anyway = Quit without saving
agent-tui-key-stay = stay
agent-tui-help-stay = Stay and keep working
agent-tui-help-mouse = Click a step of a fix to mark it tried (a drag, or a click on its link, marks nothing). To select text with the mouse, hold Shift while you drag; y copies a link whole.
agent-tui-pane-customer = { $language } · customer
agent-tui-pane-agent = { $language } · agent
# After a pane's heading in the bilingual view, when a text there is marked.
agent-tui-pane-older = { $mark } English changed since
agent-tui-search-title = Search
agent-tui-search-empty = Type words from a question, a step, an answer or an end, or a node id such as { $example }.
agent-tui-search-none = Nothing matches "{ $query }".
agent-tui-search-count = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
agent-tui-jumped = { $node }, by the shortest path; { $key }: back to where you were
agent-tui-jumped-back = Back where you were before the search.
agent-tui-note-title = Note on this step
agent-tui-note-redacted = Card numbers are removed before the note is kept.
agent-tui-flag-title = Flag this step as wrong or out of date
agent-tui-flag-info = Why, in a few words (optional). Enter flags it, Esc cancels.
agent-tui-tried-where = Select a step with ↑, then press { $key }.
agent-tui-quit-title = Quit?
agent-tui-quit-unsaved = Some notes or tried steps are not saved.
agent-tui-changed-title = Transcript reopened
agent-tui-save-failed-title = Not saved
agent-tui-save-where = Enter saves in the folder above instead; Esc goes back.
agent-tui-message-close = Press any key to close this.
agent-tui-text-too-long = Too long: { $max } characters kept

# Copy (y): what was copied to the clipboard (full screen) or is printed (plain mode).
agent-copied-ticket = Support request summary in { $language } sent to the terminal's clipboard.
agent-copied-ticket-again = { $key } again: in { $other }.
agent-language-name = { $lang ->
    [fr] French
   *[en] English
}
agent-copied-link = Link sent to the terminal's clipboard: { $url }
agent-copied-fix = These steps sent to the terminal's clipboard.
agent-copied-transcript = Transcript (Markdown) sent to the terminal's clipboard.
agent-copy-unavailable = This terminal cannot take a copy to the clipboard: select the text with the mouse instead.
agent-tui-key-copy = copy
agent-tui-help-copy = Copy to the clipboard: the ticket summary at an escalation (in your language; again: in the customer's), the selected step's link on a fix, else the transcript

# Plain mode's t N.
agent-plain-tried = Step { $step } marked as tried.
agent-plain-untried = Step { $step } no longer marked as tried.
agent-reopened = Reopened { $file }, saved { $saved }.
