//! [`ids!`](ids): the one way the wizard's own message ids are declared ([`super::ui`],
//! [`super::agent`]). Each id becomes a `pub const` and, from the same list, `ALL` holds them all,
//! so a new id cannot be left out of what `check` asks every locale to define.

/// Declares each `NAME = "id";` as `pub const NAME: &str = "id";` (with its doc comment), then
/// `pub const ALL: &[&str]` listing every one, in order.
macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident = $id:expr;)*) => {
        $($(#[$doc])* pub const $name: &str = $id;)*

        /// Every id of this list: every locale must define them all, and `check` counts them as used.
        pub const ALL: &[&str] = &[$($name),*];
    };
}

pub(crate) use ids;

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    mod sample {
        super::super::ids! {
            /// A documented id.
            FIRST = "sample-first";
            SECOND = concat!("sample-", "second");
        }
    }

    #[test]
    fn all_lists_every_declared_id_in_order() {
        assert_eq!(sample::FIRST, "sample-first");
        assert_eq!(sample::ALL, ["sample-first", "sample-second"]);
    }

    #[test]
    fn each_wizard_id_is_declared_once_under_its_list_prefix() {
        let ui = crate::i18n::ui::ALL;
        let agent = crate::i18n::agent::ALL;
        let journal = crate::i18n::journal::ALL;
        assert!(ui.iter().all(|id| id.starts_with("ui-")), "{ui:?}");
        assert!(agent.iter().all(|id| id.starts_with("agent-")), "{agent:?}");
        assert!(journal.iter().all(|id| id.starts_with("agent-journal-")), "{journal:?}");
        let unique: BTreeSet<&str> = ui.iter().chain(agent).chain(journal).copied().collect();
        assert_eq!(
            unique.len(),
            ui.len() + agent.len() + journal.len(),
            "an id is declared twice"
        );
    }
}
