//! The ids of the messages about kept sessions and their journals (`locales/*/journal.ftl`): a
//! reopened record that goes on under a new id, and kept sessions past the ones offered at a start.
//! Like [`super::agent`], every locale must define them all and `check` treats them as used;
//! declared through `ids!`, which makes [`ALL`] from the same list.

super::ids::ids! {
    /// A reopened record whose id another session's record or journal holds: the new id.
    JOURNAL_NEW_ID = "agent-journal-new-id";
    /// More kept sessions than a start offers: how many, and their folder.
    JOURNAL_MORE = "agent-journal-more";
}
