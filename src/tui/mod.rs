//! The full-screen wizard (ratatui + crossterm) over the same [`Session`] as plain mode: a title
//! bar, the breadcrumb, the question or fix, the answers, the status bar with the codes, and a
//! key-hint line, driven by the keys and mouse PRODUCT.md lists.
//!
//! Modules: [`app`] (state and run loop) · [`keys`] (the one key table) · [`view`] (a frame's
//! layout, as a widget) · `body`, `chrome`, `help` (its parts) · [`theme`] · `wrap` (text in
//! columns) · `terminal` (entering and always restoring the real terminal).

pub mod app;
mod body;
mod chrome;
mod help;
pub mod keys;
mod signals;
mod terminal;
pub mod theme;
pub mod view;
mod wrap;

pub use app::{App, EventSource, Events, Exit, Input, IntoEventSource};

use crate::i18n::Localizer;
use crate::session::Session;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use theme::Theme;

/// Why the full screen could not run to its end.
#[derive(Debug)]
pub enum Failure {
    Io(io::Error),
    /// A bug: the panic hook has restored the terminal and said so.
    Panic,
}

/// Runs the wizard full-screen on this process's terminal until the user quits or a signal stops
/// it. The terminal is given back whichever way it ends.
pub fn run(session: Session<'_>, localizer: &Localizer, lang: &str) -> Result<Exit, Failure> {
    let signals = signals::Signals::catch().map_err(Failure::Io)?;
    let _hook = terminal::PanicHook::install();
    let result = catch_unwind(AssertUnwindSafe(|| {
        let _restore = terminal::Restore;
        let mut screen = terminal::enter()?;
        let theme = Theme::for_env();
        let links = terminal::hyperlinks_safe();
        let mut app = App::new(session, localizer, lang, theme);
        app.run_with(&mut screen, signals.events(), |backend, spots| {
            if links {
                terminal::write_links(backend, spots, theme.link)
            } else {
                Ok(())
            }
        })
    }));
    match result {
        Ok(Ok(exit)) => Ok(exit),
        Ok(Err(error)) => Err(Failure::Io(error)),
        Err(_) => Err(Failure::Panic),
    }
}
