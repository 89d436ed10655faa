//! SIGTERM, SIGHUP, SIGINT and every other stopping signal that can be caught ([`STOPPING`]: SIGQUIT,
//! SIGUSR1…) while the full screen is up, and a terminal that goes away (SIGTSTP
//! and SIGCONT are caught here too, and handled in `suspend`). A caught
//! signal sets a flag the event source turns into an input, so the run loop ends and the terminal
//! is restored the ordinary way. A watchdog thread covers the case where the loop cannot get
//! there: crossterm 0.29 spins inside `event::poll` once its terminal is gone (crossterm issue
//! #793), so when a signal has waited past a grace period, or the terminal has hung up, the
//! watchdog restores what can be restored and exits with 128 + the signal.

use super::app::{EventSource, Input, IntoEventSource};
use super::suspend::{self, Stops};
use super::terminal::{self, restore};
use crossterm::event;
use signal_hook::SigId;
use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How often the event source looks at the signal flag while no event comes.
const SIGNAL_CHECK: Duration = Duration::from_millis(50);
/// How long [`TerminalEvents::pending`] looks for another input at most. crossterm's tty source
/// polls the terminal in whole milliseconds, rounded down, so any wait under one is a few looks at
/// the input already there and none for input to come; the shorter it is, the sooner a key typed
/// alone is drawn. (A millisecond here was a millisecond of spinning after every key: key → next
/// frame took 1.5 ms, against 0.4 ms for a bare ratatui program.)
const PENDING_CHECK: Duration = Duration::from_micros(10);
/// How often the watchdog looks.
const WATCH: Duration = Duration::from_millis(100);
/// How long the run loop has to end by itself after a signal.
const GRACE: Duration = Duration::from_millis(500);

/// Every signal whose default is to end the process and that can be caught: each one saves and
/// gives the terminal back first (plain mode catches the same ones).
#[cfg(unix)]
pub const STOPPING: [i32; 11] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
    signal_hook::consts::SIGUSR1,
    signal_hook::consts::SIGUSR2,
    signal_hook::consts::SIGALRM,
    signal_hook::consts::SIGVTALRM,
    signal_hook::consts::SIGPROF,
    signal_hook::consts::SIGXCPU,
    signal_hook::consts::SIGXFSZ,
];
#[cfg(not(unix))]
pub const STOPPING: [i32; 2] = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];

/// What a hung-up terminal counts as.
const HANGUP: usize = 1;

/// The stopping signals, caught for as long as this lives, and the watchdog.
pub struct Signals {
    caught: Arc<AtomicUsize>,
    done: Arc<AtomicBool>,
    ids: Vec<SigId>,
    /// Started when the run loop first waits for input, so the first frame does not wait for a
    /// thread to be made; there is nothing for it to watch before.
    watchdog: Arc<Mutex<Option<JoinHandle<()>>>>,
    stops: Stops,
}

impl Signals {
    pub fn catch() -> io::Result<Signals> {
        let caught = Arc::new(AtomicUsize::new(0));
        let done = Arc::new(AtomicBool::new(false));
        let mut ids = Vec::new();
        for signal in STOPPING {
            let value = usize::try_from(signal).unwrap_or(HANGUP);
            ids.push(signal_hook::flag::register_usize(signal, Arc::clone(&caught), value)?);
        }
        Ok(Signals {
            caught,
            done,
            ids,
            watchdog: Arc::new(Mutex::new(None)),
            stops: Stops::catch()?,
        })
    }

    /// The stopping signal caught (0 while none is), for the terminal's output to give up on a
    /// terminal that stopped reading.
    pub fn caught(&self) -> Arc<AtomicUsize> {
        Arc::clone(&self.caught)
    }

    /// The events of the terminal, interleaved with the signals caught.
    pub fn events(&self) -> TerminalEvents {
        TerminalEvents {
            caught: Arc::clone(&self.caught),
            stop: Arc::clone(&self.stops.stop),
            cont: Arc::clone(&self.stops.cont),
            done: Arc::clone(&self.done),
            watchdog: Arc::clone(&self.watchdog),
        }
    }
}

/// Starts the watchdog, unless it runs already or the signals are given back.
fn start_watchdog(
    slot: &Mutex<Option<JoinHandle<()>>>,
    caught: &Arc<AtomicUsize>,
    done: &Arc<AtomicBool>,
) -> io::Result<()> {
    let mut slot = slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if slot.is_none() && !done.load(Ordering::SeqCst) {
        let (caught, done) = (Arc::clone(caught), Arc::clone(done));
        let handle = thread::Builder::new()
            .name("signup-doctor-watchdog".into())
            .spawn(move || watch(&caught, &done))?;
        *slot = Some(handle);
    }
    Ok(())
}

fn watch(caught: &AtomicUsize, done: &AtomicBool) {
    let mut since: Option<Instant> = None;
    while !done.load(Ordering::SeqCst) {
        thread::park_timeout(WATCH);
        if caught.load(Ordering::SeqCst) == 0 && !io::stdin().is_terminal() {
            caught.store(HANGUP, Ordering::SeqCst);
        }
        let signal = caught.load(Ordering::SeqCst);
        if signal == 0 {
            continue;
        }
        let first = *since.get_or_insert_with(Instant::now);
        if first.elapsed() >= GRACE && !done.load(Ordering::SeqCst) {
            restore();
            let signal = i32::try_from(signal).unwrap_or(signal_hook::consts::SIGHUP);
            std::process::exit(i32::from(crate::ending::Ending::Signal(signal).code()));
        }
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
        let watchdog = self.watchdog.lock().map(|mut w| w.take()).unwrap_or_default();
        if let Some(watchdog) = watchdog {
            watchdog.thread().unpark();
            let _ = watchdog.join();
        }
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// Terminal events and caught signals, as the run loop reads them.
pub struct TerminalEvents {
    caught: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    cont: Arc<AtomicBool>,
    done: Arc<AtomicBool>,
    watchdog: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl IntoEventSource for TerminalEvents {
    type Source = TerminalEvents;
    fn into_source(self) -> TerminalEvents {
        self
    }
}

impl EventSource for TerminalEvents {
    fn next_input(&mut self) -> io::Result<Option<Input>> {
        start_watchdog(&self.watchdog, &self.caught, &self.done)?;
        loop {
            let signal = self.caught.load(Ordering::SeqCst);
            if signal != 0 {
                return Ok(Some(Input::Signal(i32::try_from(signal).unwrap_or(1))));
            }
            if self.stop.swap(false, Ordering::SeqCst) {
                return Ok(Some(Input::Suspend));
            }
            if self.cont.swap(false, Ordering::SeqCst) {
                terminal::take()?;
                return Ok(Some(Input::Repaint));
            }
            match event::poll(SIGNAL_CHECK) {
                Ok(true) => return event::read().map(|e| Some(Input::Event(e))),
                Ok(false) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    fn pending(&mut self) -> io::Result<bool> {
        if self.caught.load(Ordering::SeqCst) != 0
            || self.stop.load(Ordering::SeqCst)
            || self.cont.load(Ordering::SeqCst)
        {
            return Ok(true);
        }
        // Not a zero timeout: crossterm's tty event source then returns at once, without
        // looking at the events it has parsed already. PENDING_CHECK is spent only when nothing
        // is there, at the end of a burst or after a key typed alone.
        match event::poll(PENDING_CHECK) {
            Ok(ready) => Ok(ready),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn suspend(&mut self) -> io::Result<bool> {
        suspend::suspend(&self.cont)?;
        Ok(cfg!(unix))
    }
}
