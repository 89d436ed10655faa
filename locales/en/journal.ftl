# Kept sessions and their journals: a reopened record that goes on under a new id, and kept
# sessions past the ones a start offers.
agent-journal-new-id = This session's id belongs to another session's record or journal: it goes on as a session of its own ({ $id }), and writes over neither.
agent-journal-more = { $count ->
    [one] One more kept session is
   *[other] { $count } more kept sessions are
} in { $dir }, not looked at.
