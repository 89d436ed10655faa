//! The offer at a start with no `--resume`: each kept session is offered on its own, newest first —
//! on a terminal the user answers for each (reopen, delete, or keep it for later), elsewhere a line
//! says how to reopen it. A journal another running wizard holds is left alone; one that cannot be
//! read is named, and the others are still offered; one with nothing kept in it is removed. The
//! journal reopened stays held by this process, so two starts never reopen the same session.

use super::say;
use crate::engine::tree::Tree;
use crate::i18n::{Localizer, agent, journal as ids};
use crate::transcript::journal::{self, ClaimError, Reopened};
use fluent_bundle::FluentArgs;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

/// How many kept sessions a start looks at; past them, a line says how many more there are.
const MAX_LOOKED_AT: usize = 5;

/// Offers the kept sessions in `dir`; returns the one the user reopened, held.
pub fn offer_unfinished<'t>(dir: &Path, tree: &'t Tree, localizer: &Localizer, lang: &str) -> Option<Reopened<'t>> {
    let kept = journal::kept(dir);
    let mut looked = 0;
    for (i, path) in kept.iter().enumerate() {
        if looked == MAX_LOOKED_AT {
            let mut args = FluentArgs::new();
            args.set("count", kept.len() - i);
            args.set("dir", crate::text::sanitize(&dir.display().to_string()));
            say(&localizer.text_with(lang, ids::JOURNAL_MORE, Some(&args)));
            break;
        }
        let reopened = match journal::claim(path) {
            Ok(claimed) => journal::reopen_claimed(claimed, tree).map_err(|e| e.to_string()),
            // Another wizard runs it, or it just went.
            Err(ClaimError::Busy | ClaimError::Gone) => continue,
            Err(ClaimError::Io(error)) => Err(format!("{}: {error}", path.display())),
        };
        looked += 1;
        let reopened = match reopened {
            Ok(reopened) if reopened.read.is_empty() => {
                // Stopped before anything was kept (or before its first line was whole).
                let _ = reopened.claimed.remove();
                looked -= 1;
                continue;
            }
            Ok(reopened) => reopened,
            Err(reason) => {
                let mut args = FluentArgs::new();
                args.set("reason", crate::text::sanitize(&reason));
                say(&localizer.text_with(lang, agent::UNFINISHED_BROKEN, Some(&args)));
                continue;
            }
        };
        if let Some(reopened) = ask(reopened, localizer, lang) {
            return Some(reopened);
        }
    }
    None
}

/// Says what a kept session holds and asks what to do with it: the session if reopened.
fn ask<'t>(reopened: Reopened<'t>, localizer: &Localizer, lang: &str) -> Option<Reopened<'t>> {
    let session = &reopened.session;
    let code = session.codes().code;
    let mut args = FluentArgs::new();
    args.set("started", when(session.started(), lang));
    args.set("code", if code.is_empty() { "–".to_string() } else { code });
    // The note being typed when it stopped comes back as a note.
    args.set("notes", session.notes().len() + usize::from(reopened.draft.is_some()));
    let tried: usize = session
        .noted_places()
        .iter()
        .map(|(place, _)| session.tried_at(*place).len())
        .sum();
    args.set("tried", tried);
    say(&format!(
        "signup-doctor: {}",
        localizer.text_with(lang, agent::UNFINISHED, Some(&args))
    ));
    if !std::io::stdin().is_terminal() {
        let mut args = FluentArgs::new();
        args.set(
            "path",
            crate::text::sanitize(&reopened.claimed.path().display().to_string()),
        );
        say(&localizer.text_with(lang, agent::UNFINISHED_HOW, Some(&args)));
        return None;
    }
    let _ = write!(std::io::stderr(), "{} ", localizer.text(lang, agent::UNFINISHED_ASK));
    let mut answer = String::new();
    // One short answer: a line past a few hundred bytes is not an answer.
    let _ = std::io::stdin().lock().take(512).read_line(&mut answer);
    match Answer::of(&answer) {
        Answer::Reopen => Some(reopened),
        Answer::Delete => {
            let _ = reopened.claimed.remove();
            None
        }
        Answer::Keep => None,
    }
}

/// What the user answered to a kept session.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Reopen,
    Delete,
    Keep,
}

impl Answer {
    /// `y` (`o` in French) reopens. Deleting loses the customer's notes, so it takes the whole
    /// word (`delete`, `supprimer`), never one letter: `s` saves everywhere else in the wizard,
    /// and a slip of a key must never delete. Anything else keeps the session for later.
    fn of(text: &str) -> Answer {
        if crate::desk::is_yes(text) {
            return Answer::Reopen;
        }
        match text.trim().to_lowercase().as_str() {
            "delete" | "supprimer" => Answer::Delete,
            _ => Answer::Keep,
        }
    }
}

/// When a kept session started, as a sentence says it: `7 December 2026, 03:55 UTC`, or in French
/// `7 décembre 2026 à 3 h 55 (UTC)` (no ISO date in prose).
fn when(started: jiff::Timestamp, lang: &str) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let utc = started.to_zoned(jiff::tz::TimeZone::UTC);
    let month = usize::try_from(utc.month() - 1).unwrap_or(0);
    if lang == "fr" {
        format!(
            "{} {} {} à {}\u{a0}h\u{a0}{:02} (UTC)",
            utc.day(),
            FR[month],
            utc.year(),
            utc.hour(),
            utc.minute()
        )
    } else {
        format!(
            "{} {} {}, {:02}:{:02} UTC",
            utc.day(),
            EN[month],
            utc.year(),
            utc.hour(),
            utc.minute()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{Answer, when};

    #[test]
    fn one_letter_never_deletes_a_kept_session() {
        for keep in ["s", "S", "d", "D", "", "n", "save", "sup"] {
            assert_eq!(Answer::of(keep), Answer::Keep, "{keep:?}");
        }
        for delete in ["delete", "DELETE", "supprimer", " Supprimer\n"] {
            assert_eq!(Answer::of(delete), Answer::Delete, "{delete:?}");
        }
        for reopen in ["y", "o", "O", "oui"] {
            assert_eq!(Answer::of(reopen), Answer::Reopen, "{reopen:?}");
        }
    }

    #[test]
    fn the_start_of_a_kept_session_reads_as_a_date_in_each_language() {
        let at: jiff::Timestamp = "2026-12-07T03:55:00Z".parse().unwrap();
        assert_eq!(when(at, "en"), "7 December 2026, 03:55 UTC");
        assert_eq!(when(at, "fr"), "7 décembre 2026 à 3\u{a0}h\u{a0}55 (UTC)");
    }
}
