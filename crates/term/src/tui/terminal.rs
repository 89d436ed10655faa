//! The real terminal: entering full-screen mode (raw mode, alternate screen, click-and-drag mouse
//! reporting, bracketed paste) and always giving it back — on quit, on error, on a panic (the hook restores
//! first, then prints a short message); `signals` covers SIGTERM, SIGHUP and SIGINT, `suspend`
//! Ctrl-Z, SIGTSTP and SIGCONT. Also makes links clickable with OSC 8 where that is safe.
//!
//! Bracketed paste makes the terminal send a paste as one piece between markers, which crossterm
//! reads as one `Event::Paste`: without it a pasted line break is Enter and the lines after it
//! are keys (`q` quits).

use super::output::{GiveUp, Output};
use super::view::LinkSpot;
use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::style::{Attribute, Print, PrintStyledContent, ResetColor, SetAttribute};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{execute, queue};
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, IntoCrossterm};
use ratatui::style::Style;
use std::io::{self, Write};
use std::panic::{self, PanicHookInfo};
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub type FullScreen = Terminal<CrosstermBackend<Output>>;

/// Mouse reporting for clicks and drags only (1000, 1002), in SGR form (1006). Never all motion
/// (1003, which crossterm's `EnableMouseCapture` asks for): with it, most terminals let text be
/// selected only with Shift held.
pub const MOUSE_ON: &str = "\x1b[?1000h\x1b[?1002h\x1b[?1006h";
/// Undoes [`MOUSE_ON`], and all-motion reporting too in case anything else turned it on.
pub const MOUSE_OFF: &str = "\x1b[?1006l\x1b[?1003l\x1b[?1002l\x1b[?1000l";

/// Whether the terminal is in full-screen mode, so that it is given back exactly once: leaving the
/// alternate screen twice would move the cursor back over what was printed in between.
static ENTERED: AtomicBool = AtomicBool::new(false);

/// How long giving the terminal back waits for a terminal that is not reading.
const RESTORE_WAIT: Duration = Duration::from_millis(300);

/// Puts the terminal in full-screen mode; its output gives up while stalled once `caught` holds a
/// signal (see `output`). On failure, whatever was changed is given back.
pub fn enter(caught: Arc<AtomicUsize>) -> io::Result<FullScreen> {
    // A fixed viewport, the terminal's size capped (`app::limit`): ratatui never sizes its
    // buffers by what the terminal says on its own.
    let entered = take().and_then(|()| {
        let (columns, rows) = crossterm::terminal::size()?;
        let viewport = ratatui::Viewport::Fixed(super::app::limit::capped(columns, rows));
        Terminal::with_options(
            CrosstermBackend::new(Output::new(caught)),
            ratatui::TerminalOptions { viewport },
        )
    });
    if entered.is_err() {
        restore();
    }
    entered
}

/// Puts the terminal in full-screen mode again after [`restore`] (the wizard was suspended, or
/// stopped from outside and the shell took the terminal back): the caller redraws it all.
pub fn take() -> io::Result<()> {
    ENTERED.store(true, Ordering::SeqCst);
    // crossterm only remembers that raw mode is on; after a stop from outside the terminal may
    // be cooked anyway. Giving back what crossterm remembers first makes raw mode really on again.
    disable_raw_mode()?;
    enable_raw_mode()?;
    // Clearing here rather than with `Terminal::clear`, which asks the terminal where its
    // cursor is and waits for the answer.
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        Print(MOUSE_ON),
        EnableBracketedPaste,
        Hide,
        Clear(ClearType::All)
    )
}

/// Gives the terminal back: mouse capture and bracketed paste off, raw mode off, main screen back,
/// cursor shown.
/// Does nothing unless [`enter`] was called since the last time; errors are ignored (there is
/// nowhere left to report them).
pub fn restore() {
    if !ENTERED.swap(false, Ordering::SeqCst) {
        return;
    }
    // Written without blocking, waiting a moment at most: a terminal that stopped reading must
    // not keep the wizard from ending.
    let mut before = Vec::new();
    let _ = queue!(before, Print(MOUSE_OFF), DisableBracketedPaste, ResetColor);
    let _ = super::output::write_all(&before, GiveUp::After(RESTORE_WAIT));
    let _ = disable_raw_mode();
    let mut after = Vec::new();
    let _ = queue!(after, LeaveAlternateScreen, Show);
    let _ = super::output::write_all(&after, GiveUp::After(RESTORE_WAIT));
}

/// Restores the terminal when dropped, whichever way the full-screen run ends.
pub struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// The panic hook in force while the full screen is up: the terminal comes back before the short
/// message is printed, so the message is readable. [`PanicHook::drop`] puts the previous hook back.
pub struct PanicHook;

type Hook = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

static PREVIOUS_HOOK: std::sync::Mutex<Option<Hook>> = std::sync::Mutex::new(None);

impl PanicHook {
    pub fn install() -> PanicHook {
        let previous = panic::take_hook();
        if let Ok(mut slot) = PREVIOUS_HOOK.lock() {
            *slot = Some(previous);
        }
        panic::set_hook(Box::new(|info| {
            restore();
            let payload = info
                .payload()
                .downcast_ref::<&str>()
                .map(std::string::ToString::to_string)
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let at = info
                .location()
                .map(|l| format!(" ({}:{})", l.file(), l.line()))
                .unwrap_or_default();
            let _ = writeln!(
                std::io::stderr(),
                "signup-doctor: internal error: {}{at}",
                crate::text::sanitize(&payload)
            );
        }));
        PanicHook
    }
}

impl Drop for PanicHook {
    fn drop(&mut self) {
        // Setting a hook while unwinding would abort; the process is on its way out anyway.
        if std::thread::panicking() {
            return;
        }
        let previous = PREVIOUS_HOOK.lock().ok().and_then(|mut slot| slot.take());
        if let Some(previous) = previous {
            panic::set_hook(previous);
        }
    }
}

/// Whether this terminal can be sent OSC 8 hyperlinks without showing garbage: every terminal that
/// does not know them ignores them, except the Linux console.
pub fn hyperlinks_safe() -> bool {
    !std::env::var("TERM").is_ok_and(|t| t == "linux" || t == "dumb")
}

/// Rewrites each link on screen as an OSC 8 hyperlink over the same cells, in the link style.
pub fn write_links(out: &mut impl Write, spots: &[LinkSpot], style: Style) -> io::Result<()> {
    if spots.is_empty() {
        return Ok(());
    }
    let content = style.into_crossterm();
    for spot in spots {
        let url = encode_url(&spot.url);
        let id = spot
            .url
            .bytes()
            .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
        queue!(
            out,
            MoveTo(spot.x, spot.y),
            Print(format!("\x1b]8;id=sd{id:08x};{url}\x1b\\")),
            PrintStyledContent(content.apply(spot.text.as_str())),
            Print("\x1b]8;;\x1b\\"),
            SetAttribute(Attribute::Reset)
        )?;
    }
    out.flush()
}

/// Puts `text` on the system clipboard with OSC 52 (`ESC ] 52 ; c ; BASE64 BEL`): the terminal
/// does it, so it works over SSH, and in tmux with `set-clipboard on`.
pub fn write_clipboard(out: &mut impl Write, text: &str) -> io::Result<()> {
    write!(out, "\x1b]52;c;{}\x07", crate::clip::base64(text.as_bytes()))?;
    out.flush()
}

/// Percent-encodes every byte OSC 8 does not allow in a URI (outside printable ASCII).
fn encode_url(url: &str) -> String {
    let mut out = String::new();
    for byte in url.bytes() {
        if (0x21..0x7f).contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_osc8_over_the_same_cells() {
        let spot = LinkSpot {
            x: 3,
            y: 4,
            text: "https://x.test/a".into(),
            url: "https://x.test/a b".into(),
        };
        let mut out = Vec::new();
        write_links(&mut out, &[spot], Style::new()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(";https://x.test/a%20b\x1b\\"), "{text:?}");
        assert!(text.contains("https://x.test/a\x1b]8;;\x1b\\"), "{text:?}");
        assert!(text.starts_with("\x1b[5;4H"), "{text:?}");
    }

    #[test]
    fn the_clipboard_gets_osc52_with_base64() {
        let mut out = Vec::new();
        write_clipboard(&mut out, "foobar").unwrap();
        assert_eq!(out, b"\x1b]52;c;Zm9vYmFy\x07");
    }
}
