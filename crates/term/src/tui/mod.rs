//! The full-screen wizard (ratatui + crossterm) over the same [`Session`] as plain mode: a title
//! bar, the breadcrumb, the question or fix, the answers, the status bar with the codes, and a
//! key-hint line, driven by the keys and mouse PRODUCT.md lists.
//!
//! The support agent's aids live here too: the bilingual view (`b`), search (`/`), notes (`n`),
//! tried steps (space), saving the transcript (`s`), the ticket summary on escalation ends, and the
//! question before quitting with unsaved work.
//!
//! Modules: [`app`] (state and run loop) · [`keys`] and `table` (the one key table) · [`view`] (a
//! frame's layout, as a widget) · `pane`, `body`, `chrome`, `overlay`, `help`, `dialog`,
//! `search_panel` (its parts) · `search` and `editor` (the search's and the note's state) ·
//! [`theme`] · `terminal` (entering and always restoring the real terminal) · `signals` and
//! `suspend` (stopping signals, Ctrl-Z and job control). Text in columns is
//! [`crate::text::wrap`], shared with the graph's labels.

pub mod app;
mod binding;
mod body;
mod chrome;
mod dialog;
mod editor;
mod frame;
mod help;
pub mod keys;
pub mod output;
mod overlay;
mod pane;
mod search;
mod search_panel;
pub mod signals;
mod suspend;
mod table;
mod terminal;
pub mod theme;
pub mod view;

pub use app::{App, Drawn, EventSource, Events, Exit, Input, IntoEventSource};

use crate::i18n::Localizer;
use crate::transcript::Saver;
use crate::transcript::journal::Journal;
use crate::wizard::session::Session;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use theme::Theme;

/// How the full screen opens.
#[derive(Debug, Default)]
pub struct Options {
    /// The steps (1-based, `topic:node`) of a reopened transcript that read differently now; the
    /// wizard opens on a message saying so.
    pub changed: Vec<(usize, String)>,
    /// The locale's character set is not UTF-8: every cell is drawn in plain ASCII.
    pub ascii: bool,
    /// A line for the status bar of the first screen (what was reopened).
    pub opening: Option<String>,
}

/// Why the full screen could not run to its end.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Io(#[from] io::Error),
    /// A bug: the panic hook has restored the terminal and said so.
    #[error("internal error")]
    Panic,
}

/// Runs the wizard full-screen on this process's terminal until the user quits or a signal stops
/// it, saving transcripts with `saver` and keeping the log in `journal` as it goes. `changed` names
/// the steps (1-based, `topic:node`) of a reopened transcript that read differently now; the wizard
/// opens on a message saying so. The terminal is given back whichever way it ends; the journal
/// comes back with the exit, for the caller to remove or keep.
pub fn run(
    session: Session<'_>,
    localizer: &Localizer,
    lang: &str,
    saver: &Saver<'_>,
    journal: Option<Journal>,
    options: Options,
) -> Result<(Exit, Option<Journal>), Failure> {
    let Options {
        changed,
        ascii,
        opening,
    } = options;
    let signals = signals::Signals::catch().map_err(Failure::Io)?;
    let _hook = terminal::PanicHook::install();
    let result = catch_unwind(AssertUnwindSafe(|| {
        let _restore = terminal::Restore;
        // Never dropped: ratatui's `Terminal` shows the cursor again in its `Drop`, and when that
        // write fails (the terminal has gone away: a closed window, a dropped connection) it says so
        // with `eprintln!`, which panics on a stderr that is gone too — turning a hangup (129) into an
        // internal error (2). `terminal::Restore` gives the cursor back on every way out instead.
        let mut screen = std::mem::ManuallyDrop::new(terminal::enter(signals.caught())?);
        // Debug builds only: lets tests/it/restore.rs prove a panic gives the terminal back.
        #[cfg(debug_assertions)]
        assert!(
            std::env::var_os("SIGNUP_DOCTOR_TEST_PANIC").is_none(),
            "panic asked for by SIGNUP_DOCTOR_TEST_PANIC"
        );
        let theme = Theme::for_env();
        let links = terminal::hyperlinks_safe();
        let mut app = App::new(session, localizer, lang, theme)
            .with_saver(saver)
            .with_journal(journal)
            .with_changed_steps(changed)
            .with_ascii(ascii)
            .with_clipboard(links)
            .with_notice(opening);
        let exit = app.run_with(&mut screen, signals.events(), |backend, drawn| {
            if links && ascii {
                let spots: Vec<_> = drawn
                    .links
                    .iter()
                    .map(|spot| view::LinkSpot {
                        text: crate::text::to_ascii(&spot.text),
                        ..spot.clone()
                    })
                    .collect();
                terminal::write_links(backend, &spots, theme.link)?;
            } else if links {
                terminal::write_links(backend, drawn.links, theme.link)?;
            }
            match drawn.copy {
                Some(text) => terminal::write_clipboard(backend, text),
                None => Ok(()),
            }
        })?;
        Ok((exit, app.take_journal()))
    }));
    match result {
        Ok(Ok(exit)) => Ok(exit),
        Ok(Err(error)) => Err(Failure::Io(error)),
        Err(_) => Err(Failure::Panic),
    }
}
