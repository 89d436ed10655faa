# The wizard's own words, shared by every topic.
ui-fix-yes = Yes, that solved it
ui-fix-no = No, still stuck
ui-request-yes = Yes, the request is created
ui-request-no = No, I couldn't create it
ui-fix-question = Did this solve it?
ui-request-question = Is your support request created?
ui-escalate-ticket = Open a support request
ui-end-resolved = Solved. Glad that worked.
ui-end-escalate = This needs a person at a support desk that can act on it.
ui-end-start-over = Let's start again from the top.
ui-end-handed-over = Your support request is open. { -microsoft } support will contact you the way you chose; keep your path code for any follow-up.
ui-end-escalate-desk = This needs a person: { $desk }. The summary below holds what that desk asks for. Open the request next, and copy the summary into it.
ui-end-escalate-last = No way of opening a request worked this time. Keep the summary below: it holds what { $desk } needs, so nothing has to be asked again when you reach them.
ui-end-handed-over-desk = Your request is with { $desk } now. They will contact you the way you chose; keep your path code and session for any follow-up.
ui-code = Code
ui-code-start = start
ui-chosen = Chosen:
ui-plain-prompt = { $count ->
    [1] Type 1 to go on
    [2] Type 1 or 2
   *[other] Type a number from 1 to { $count }
}, b to go back, ? for the other commands, or q to quit:
ui-plain-prompt-end = Type b to go back, r to start again, ? for the other commands, or q to quit:
# After the first prompt, and until an empty line asks for the whole one again.
ui-plain-prompt-short = Choice ({ $count ->
    [1] 1
    [2] 1 or 2
   *[other] 1–{ $count }
}, b, q, ?):
ui-plain-prompt-end-short = Next (b, r, q, ?):
ui-plain-no-steps = There are no steps to mark here: t N marks step N of a fix.
ui-plain-invalid = "{ $input }" is not one of the choices here.
ui-plain-at-start = This is the first question; there is nothing to go back to.
ui-plain-goodbye = Goodbye.
ui-plain-lines-for-charset = This terminal's character set is { $charset }, and the full screen reads only UTF-8: the questions come line by line instead, so every letter you type is kept. (A UTF-8 locale, such as LANG=en_US.UTF-8, gives the full screen.)
# The full-screen wizard.
ui-tui-language = English
ui-tui-start = Start
ui-tui-too-small = Too small: at least { $min_width }×{ $min_height } needed (now { $width }×{ $height }).
ui-tui-end-keys = Press { $restart } to start again or { $quit } to quit.
ui-tui-help-title = Keys
ui-tui-help-close = { $esc } or { $help } closes this help.
ui-tui-help-mouse = Mouse: click an answer to choose it, a breadcrumb to go back to it; the wheel scrolls.
ui-tui-key-move = move
ui-tui-key-choose = choose
ui-tui-key-back = back
ui-tui-key-restart = restart
ui-tui-key-language = language
ui-tui-key-scroll = scroll
ui-tui-key-help = help
ui-tui-key-quit = quit
ui-tui-help-move = Move the selection
ui-tui-help-choose = Choose the selected answer, or answer 1–9
ui-tui-help-back = Go back one step (later answers are kept)
ui-tui-help-restart = Start again from the first question
ui-tui-help-language = Switch the customer's language (the tree's words) on the same screen
ui-tui-help-scroll = Scroll long text
ui-tui-help-help = Show or hide this help
ui-tui-help-quit = Quit
ui-tui-key-suspend = suspend
ui-tui-help-suspend = Suspend to the shell; fg comes back here
# Key names, as the key hints and the help write them.
ui-key-enter = Enter
ui-key-esc = Esc
ui-key-space = Space
ui-key-page-up = PgUp
ui-key-page-down = PgDn
ui-key-home = Home
ui-key-end = End
ui-key-delete = Del
ui-key-ctrl = Ctrl
ui-tui-key-ends = first/last
ui-tui-help-ends = Go to the first or the last answer
ui-plain-help = Commands:
    {"  "}1–9     choose that answer
    {"  "}b       go back one question
    {"  "}r       start again from the first question
    {"  "}n TEXT  add a note to this step
    {"  "}f WHY   flag this step as wrong or out of date (WHY optional)
    {"  "}t N     mark step N of a fix as tried (again to unmark it)
    {"  "}l       switch the customer's language
    {"  "}y       print the ticket summary (in your language; y again: in the customer's), the fix or the transcript, to copy (y N: the link of step N)
    {"  "}p       read the path so far again
    {"  "}s       save the transcript
    {"  "}q       quit
