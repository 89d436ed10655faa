//! The full screen's output to the terminal, written so that a terminal which stopped reading (a
//! stalled SSH link, a frozen emulator) cannot hold the wizard once a stopping signal came. A frame
//! is gathered, then written without blocking; while the terminal has no room, the writer waits for
//! some a tenth of a second at a time and gives up ([`Stalled`]) as soon as a signal is caught, so
//! the run loop can save and leave. Giving the terminal back on the way out waits a moment at most.
//!
//! The terminal is made non-blocking only for the time of a write (standard input and output are
//! usually one open terminal, and a shell must get it back blocking).

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The terminal did not take the output, and a signal said to stop (its number), or the time to
/// wait ran out (0).
#[derive(Debug, thiserror::Error)]
#[error("the terminal is not reading its output")]
pub struct Stalled(pub i32);

/// When a write to a terminal with no room gives up.
#[derive(Clone, Copy)]
pub enum GiveUp<'a> {
    /// Once this holds a caught signal.
    OnSignal(&'a AtomicUsize),
    /// After this long.
    After(Duration),
}

/// The full screen's writer: a frame gathered, then written on flush.
pub struct Output {
    buffer: Vec<u8>,
    caught: Arc<AtomicUsize>,
}

impl Output {
    /// A writer to standard output that gives up while stalled once `caught` holds a signal.
    pub fn new(caught: Arc<AtomicUsize>) -> Output {
        Output {
            buffer: Vec::new(),
            caught,
        }
    }
}

impl Write for Output {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= 64 * 1024 {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let written = write_all(&self.buffer, GiveUp::OnSignal(&self.caught));
        self.buffer.clear();
        written
    }
}

/// The signal a [`Stalled`] error carries, anywhere in `error`'s chain of wrapped I/O errors.
pub fn stalled_by(error: &io::Error) -> Option<i32> {
    let inner = error.get_ref()?;
    if let Some(Stalled(signal)) = inner.downcast_ref::<Stalled>() {
        return Some(*signal);
    }
    inner.downcast_ref::<io::Error>().and_then(stalled_by)
}

/// Writes `bytes` to standard output, giving up as `give_up` says while the terminal has no room.
#[cfg(unix)]
pub fn write_all(bytes: &[u8], give_up: GiveUp<'_>) -> io::Result<()> {
    use std::os::fd::AsFd;
    write_all_to(io::stdout().as_fd(), bytes, give_up)
}

/// Writes `bytes` to standard error, waiting at most `limit` while it has no room (a terminal
/// that stopped reading): what the wizard says on its way out never keeps it from ending.
#[cfg(unix)]
pub fn write_err(bytes: &[u8], limit: Duration) -> io::Result<()> {
    use std::os::fd::AsFd;
    write_all_to(io::stderr().as_fd(), bytes, GiveUp::After(limit))
}

#[cfg(not(unix))]
pub fn write_err(bytes: &[u8], _limit: Duration) -> io::Result<()> {
    io::stderr().write_all(bytes)
}

#[cfg(unix)]
fn write_all_to(fd: std::os::fd::BorrowedFd<'_>, bytes: &[u8], give_up: GiveUp<'_>) -> io::Result<()> {
    use rustix::fs::{OFlags, fcntl_getfl, fcntl_setfl};
    if bytes.is_empty() {
        return Ok(());
    }
    let flags = fcntl_getfl(fd)?;
    let blocking = !flags.contains(OFlags::NONBLOCK);
    if blocking {
        fcntl_setfl(fd, flags | OFlags::NONBLOCK)?;
    }
    let written = write_nonblocking(fd, bytes, give_up);
    if blocking {
        let _ = fcntl_setfl(fd, flags);
    }
    written
}

#[cfg(unix)]
fn write_nonblocking(fd: std::os::fd::BorrowedFd<'_>, bytes: &[u8], give_up: GiveUp<'_>) -> io::Result<()> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    use rustix::io::Errno;
    let started = Instant::now();
    let mut rest = bytes;
    while !rest.is_empty() {
        match rustix::io::write(fd, rest) {
            Ok(n) => rest = &rest[n..],
            Err(Errno::INTR) => {}
            Err(Errno::AGAIN) => {
                let mut fds = [PollFd::new(&fd, PollFlags::OUT)];
                let tenth = Timespec {
                    tv_sec: 0,
                    tv_nsec: 100_000_000,
                };
                let _ = poll(&mut fds, Some(&tenth));
                match give_up {
                    GiveUp::OnSignal(caught) => {
                        let signal = caught.load(Ordering::SeqCst);
                        if signal != 0 {
                            return Err(io::Error::other(Stalled(i32::try_from(signal).unwrap_or(1))));
                        }
                    }
                    GiveUp::After(limit) if started.elapsed() >= limit => {
                        return Err(io::Error::new(io::ErrorKind::TimedOut, Stalled(0)));
                    }
                    GiveUp::After(_) => {}
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn write_all(bytes: &[u8], _give_up: GiveUp<'_>) -> io::Result<()> {
    let mut out = io::stdout();
    out.write_all(bytes)?;
    out.flush()
}
