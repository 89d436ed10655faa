# The wizard's own words, shared by every topic.
ui-fix-yes = Yes, that solved it
ui-fix-no = No, still stuck
ui-fix-question = Did this solve it?
ui-escalate-ticket = Open a support ticket
ui-end-resolved = Solved. Glad that worked.
ui-end-escalate = This one needs { -microsoft } support. Open a support ticket with what we collected.
ui-end-start-over = Let’s start again from the top.
ui-code = Code
ui-code-start = start
ui-chosen = Chosen:
ui-plain-prompt = Type a number (1–{ $count }), b to go back, r to restart or q to quit:
ui-plain-prompt-end = Type b to go back, r to start again or q to quit:
ui-plain-invalid = “{ $input }” is not one of the choices here.
ui-plain-at-start = This is the first question; there is nothing to go back to.
ui-plain-goodbye = Goodbye.
