//! Ctrl-Z and SIGTSTP, SIGCONT: suspending the wizard the way full-screen programs do. Raw mode
//! turns Ctrl-Z into a key, so the wizard suspends itself: it gives the terminal back (main screen,
//! cursor, cooked mode, mouse capture and bracketed paste off), stops, and once continued (`fg`)
//! takes the terminal again and redraws every cell. SIGTSTP from outside (`kill -TSTP`) is caught
//! and goes the same way, rather than stopping the wizard with the terminal still raw. SIGCONT
//! after a stop the wizard could not see (SIGSTOP) takes the terminal again too, since the shell
//! will have made it cooked meanwhile.

use super::terminal;
use signal_hook::SigId;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// SIGTSTP and SIGCONT, caught for as long as this lives.
pub struct Stops {
    /// SIGTSTP came: suspend.
    pub stop: Arc<AtomicBool>,
    /// SIGCONT came: the terminal may have been changed meanwhile.
    pub cont: Arc<AtomicBool>,
    ids: Vec<SigId>,
}

impl Stops {
    #[cfg(unix)]
    pub fn catch() -> io::Result<Stops> {
        use signal_hook::consts::{SIGCONT, SIGTSTP};
        let (stop, cont) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
        let ids = vec![
            signal_hook::flag::register(SIGTSTP, Arc::clone(&stop))?,
            signal_hook::flag::register(SIGCONT, Arc::clone(&cont))?,
        ];
        Ok(Stops { stop, cont, ids })
    }

    /// Nothing to catch where there are no job-control signals.
    #[cfg(not(unix))]
    pub fn catch() -> io::Result<Stops> {
        Ok(Stops {
            stop: Arc::new(AtomicBool::new(false)),
            cont: Arc::new(AtomicBool::new(false)),
            ids: Vec::new(),
        })
    }
}

impl Drop for Stops {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// Gives the terminal back, stops this process until it is continued, then takes the terminal
/// again; the caller redraws every cell. `cont` is the SIGCONT flag, which this continuation sets.
#[cfg(unix)]
pub fn suspend(cont: &AtomicBool) -> io::Result<()> {
    terminal::restore();
    // SIGTSTP's default action, which our handler replaced: stop (with SIGSTOP, which also stops
    // a process whose group has no shell to take it back, where SIGTSTP would be ignored).
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    terminal::take()?;
    cont.store(false, Ordering::SeqCst);
    Ok(())
}

/// Without job control there is nowhere to suspend to.
#[cfg(not(unix))]
pub fn suspend(_cont: &AtomicBool) -> io::Result<()> {
    Ok(())
}
