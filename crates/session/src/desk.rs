//! What each of the agent's aids means for the session, decided once for both front ends: saving
//! (and where to offer instead when it fails), keeping the journal (and going on without it when it
//! fails), what `y` copies, the next language, and leaving (saving first when the session says so).
//! The [`Desk`] holds what the aids need besides the session — the texts, where to save, the
//! journal, where the last save went — and does their file work; what it has to tell the person is
//! returned as data ([`Said`]), worded by the front end in the language it shows. The full screen
//! turns keys, and plain mode lines, into calls here; neither touches a file itself.

use crate::clip::{self, Clip};
use crate::i18n::{Localizer, agent};
use crate::transcript::journal::Journal;
use crate::transcript::{AtExit, Leaving, Saver};
use crate::wizard::session::{Effect, Msg, Session, Stop};
use fluent_bundle::FluentArgs;
use std::path::{Path, PathBuf};

/// Something to tell the person: a message id and its arguments, worded by the front end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Arg {
    Text(String),
    Number(usize),
    /// A language's name (`fr` → « français »), in the language the words are in.
    Language(String),
}

impl Said {
    pub fn of(id: &'static str) -> Said {
        Said { id, args: Vec::new() }
    }

    /// With the argument `name` set to `text` (sanitised: it may come from outside).
    pub fn with(mut self, name: &'static str, text: &str) -> Said {
        self.args.push((name, Arg::Text(crate::text::sanitize(text))));
        self
    }

    pub fn with_number(mut self, name: &'static str, number: usize) -> Said {
        self.args.push((name, Arg::Number(number)));
        self
    }

    /// With the argument `name` set to the name of the language `code`.
    pub fn with_language(mut self, name: &'static str, code: &str) -> Said {
        self.args.push((name, Arg::Language(code.to_string())));
        self
    }

    /// The words, in `lang`.
    pub fn words(&self, localizer: &Localizer, lang: &str) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(text) => args.set(*name, text.clone()),
                Arg::Number(number) => args.set(*name, *number),
                Arg::Language(code) => {
                    let mut named = FluentArgs::new();
                    named.set("lang", code.clone());
                    args.set(*name, localizer.text_with(lang, agent::LANGUAGE_NAME, Some(&named)));
                }
            }
        }
        localizer.text_with(lang, self.id, Some(&args))
    }
}

/// A save that failed: why (for the person), and the folder to offer instead — the one kept for
/// saves that fail, else the current one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveFailed {
    pub reason: String,
    pub instead: Option<PathBuf>,
}

impl SaveFailed {
    pub fn said(&self) -> Said {
        Said::of(agent::SAVE_FAILED).with("reason", &self.reason)
    }
}

/// What `y` gave: the text, what to say about it, and for a summary the language `y` again gives
/// (when there is another).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copied {
    pub clip: Clip,
    pub said: Said,
    pub again_in: Option<String>,
}

/// What the aids need besides the session.
pub struct Desk<'a> {
    pub localizer: &'a Localizer,
    saver: Option<&'a Saver<'a>>,
    journal: Option<Journal>,
    /// Where the last save went (the JSON), and the session saved: told again on its way out.
    saved_to: Option<(String, PathBuf)>,
    /// The language `y` last copied the summary in, and the log's length then.
    copied_in: Option<(usize, String)>,
    /// The home folder, written `~` in the paths shown.
    home: Option<PathBuf>,
}

impl<'a> Desk<'a> {
    /// `saver` saves transcripts (`None`: saving is not available here); `journal` keeps the log
    /// on disk as it happens, if anywhere.
    pub fn new(localizer: &'a Localizer, saver: Option<&'a Saver<'a>>, journal: Option<Journal>) -> Desk<'a> {
        Desk {
            localizer,
            saver,
            journal,
            saved_to: None,
            copied_in: None,
            home: std::env::var_os("HOME").map(PathBuf::from),
        }
    }

    /// `path` as shown to the person: sanitised, the home folder written `~`, as shells write it.
    pub fn shown(&self, path: &Path) -> String {
        tilde(
            &crate::text::sanitize(&path.display().to_string()),
            self.home.as_deref(),
        )
    }

    /// Saves with `saver` from now on.
    pub fn set_saver(&mut self, saver: &'a Saver<'a>) {
        self.saver = Some(saver);
    }

    /// Keeps the log in `journal` from now on (or nowhere).
    pub fn set_journal(&mut self, journal: Option<Journal>) {
        self.journal = journal;
    }

    /// The journal, for the front end to remove or keep once the wizard has ended.
    pub fn take_journal(&mut self) -> Option<Journal> {
        self.journal.take()
    }

    /// Sends `msg` to the session; what to say when it changed something the person cannot see
    /// change (a note kept, a flag set).
    pub fn send(&mut self, session: &mut Session<'_>, msg: Msg) -> (Effect, Option<Said>) {
        let said = match &msg {
            Msg::Note(_) => Some(Said::of(agent::NOTE_ADDED)),
            Msg::Flag(_) => Some(Said::of(agent::FLAG_ADDED)),
            _ => None,
        };
        let effect = session.update(msg);
        let said = said.filter(|_| effect == Effect::Changed);
        (effect, said)
    }

    /// Appends the session's new events to the journal, and `draft`, the note being typed, as it
    /// is typed. If that fails, the journal is dropped and what to say is returned, once.
    pub fn keep(&mut self, session: &Session<'_>, draft: &str) -> Option<Said> {
        let journal = self.journal.as_mut()?;
        let kept = journal.sync(session).and_then(|()| journal.sync_draft(session, draft));
        let error = kept.err()?;
        self.journal = None;
        Some(Said::of(agent::JOURNAL_OFF).with("reason", &error.to_string()))
    }

    /// Saves the transcript in the usual folder: the JSON's path, or why not and where to offer.
    pub fn save(&mut self, session: &mut Session<'_>) -> Result<PathBuf, SaveFailed> {
        self.save_to(session, None)
    }

    /// Saves the transcript in `folder` (the folder typed after a failed save).
    pub fn save_in(&mut self, session: &mut Session<'_>, folder: &Path) -> Result<PathBuf, SaveFailed> {
        self.save_to(session, Some(folder))
    }

    fn save_to(&mut self, session: &mut Session<'_>, folder: Option<&Path>) -> Result<PathBuf, SaveFailed> {
        let result = match (self.saver, folder) {
            (Some(saver), None) => saver.save(session).map_err(|e| e.to_string()),
            (Some(saver), Some(folder)) => saver.save_in(folder, session).map_err(|e| e.to_string()),
            (None, _) => Err("saving is not available here".to_string()),
        };
        match result {
            Ok(path) => {
                session.update(Msg::Saved);
                self.saved_to = Some((session.id().to_string(), path.clone()));
                Ok(path)
            }
            Err(reason) => Err(SaveFailed {
                reason,
                instead: self
                    .saver
                    .and_then(|s| s.fallback.clone())
                    .or_else(|| std::env::current_dir().ok()),
            }),
        }
    }

    /// What `y` copies on the session's screen (`step`: the step of a fix the person means, if
    /// any), and what to say about it. A support request summary goes in the agent's language
    /// first; `y` again, with nothing done since, gives it in the next language shown: the
    /// customer's, then `also` (the other column of the bilingual view). Anything else is the
    /// customer's: the fix they read, the transcript saved.
    pub fn copy(&mut self, session: &Session<'_>, step: Option<usize>, also: Option<String>) -> Copied {
        let langs = languages_shown(session, also);
        let events = session.log().len();
        let after = |lang: &str| {
            let at = langs.iter().position(|l| l == lang).map_or(0, |i| i + 1);
            langs[at % langs.len()].clone()
        };
        let summary_in = match &self.copied_in {
            Some((at, last)) if *at == events => after(last),
            _ => langs[0].clone(),
        };
        let build = self.saver.map(|s| &s.build);
        let summary = session.outcome() == Some(crate::engine::tree::Outcome::Escalate);
        let clip_lang = if summary {
            summary_in.clone()
        } else {
            session.lang().to_string()
        };
        let clip = clip::of(session, self.localizer, &clip_lang, build, step);
        let said = Said::of(clip.what.message())
            .with("url", &clip.text)
            .with_language("language", &summary_in);
        let again_in = if clip.what == clip::What::Ticket {
            self.copied_in = Some((events, summary_in.clone()));
            Some(after(&summary_in)).filter(|_| langs.len() > 1)
        } else {
            None
        };
        Copied { clip, said, again_in }
    }

    /// The language shown beside the customer's in the bilingual view: the agent's, or when the
    /// agent speaks the customer's, the next one loaded.
    pub fn other_language(&self, session: &Session<'_>) -> Option<String> {
        if session.agent_lang() != session.lang() {
            return Some(session.agent_lang().to_string());
        }
        self.next_language(session.lang())
    }

    /// The language after `lang` among those loaded, round the list; `None` when there is no other.
    pub fn next_language(&self, lang: &str) -> Option<String> {
        let languages = self.localizer.languages();
        let at = languages.iter().position(|l| *l == lang).unwrap_or(0);
        let next = languages.get((at + 1) % languages.len().max(1))?;
        (*next != lang).then(|| next.to_string())
    }

    /// Goes on in the next language (`l`).
    pub fn switch_language(&mut self, session: &mut Session<'_>) -> Effect {
        match self.next_language(session.lang()) {
            Some(next) => session.update(Msg::Language(next)),
            None => Effect::Ignored,
        }
    }

    /// Leaves as the session said: saves first when it says so, says where the last save went
    /// when nothing changed since, and keeps the journal only when the work could be saved nowhere.
    pub fn leave(&mut self, session: &mut Session<'_>, stop: Stop) -> Leaving {
        let mut leaving = match self.saver {
            Some(saver) => Leaving::from(stop, saver, session),
            None => Leaving {
                code: stop.code,
                saved: None,
            },
        };
        if leaving.saved.is_none() && !session.has_unsaved_work() {
            leaving.saved = self
                .saved_to
                .clone()
                .filter(|(id, _)| id == session.id())
                .map(|(_, path)| AtExit::Saved(path));
        }
        if leaving.saved.is_some() && !leaving.keeps_journal() {
            session.update(Msg::Saved);
        }
        leaving
    }
}

/// The languages shown, the agent's first, then the customer's, then `also` (the bilingual view's
/// other column), each once: what `y` cycles through and what the search matches.
pub fn languages_shown(session: &Session<'_>, also: Option<String>) -> Vec<String> {
    let mut langs = vec![session.agent_lang().to_string()];
    for lang in std::iter::once(session.lang().to_string()).chain(also) {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    langs
}

/// Whether a typed answer means yes, in either language: `y`, `yes`, `o`, `oui`, in any case.
pub fn is_yes(typed: &str) -> bool {
    ["y", "yes", "o", "oui"]
        .iter()
        .any(|yes| yes.eq_ignore_ascii_case(typed.trim()))
}

/// `path` with the home folder written `~`.
fn tilde(path: &str, home: Option<&Path>) -> String {
    let Some(home) = home.and_then(|h| h.to_str()).filter(|h| h.len() > 1) else {
        return path.to_string();
    };
    let home = home.trim_end_matches('/');
    match path.strip_prefix(home) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("~{rest}"),
        _ => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::tilde;
    use std::path::Path;

    #[test]
    fn the_home_folder_is_written_as_a_tilde() {
        let home = Some(Path::new("/home/ana"));
        assert_eq!(tilde("/home/ana/.local/share/x.json", home), "~/.local/share/x.json");
        assert_eq!(tilde("/home/anabel/x.json", home), "/home/anabel/x.json");
        assert_eq!(tilde("/tmp/x.json", home), "/tmp/x.json");
        assert_eq!(tilde("/tmp/x.json", None), "/tmp/x.json");
        assert_eq!(tilde("/x.json", Some(Path::new("/"))), "/x.json");
    }
}
