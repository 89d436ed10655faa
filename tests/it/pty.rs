//! The real binary in a real pseudo-terminal, driven from the test itself: [`Terminal::start`] runs
//! the wizard as the session leader of a new terminal (its controlling terminal, so Ctrl-C, Ctrl-Z
//! and a closed window reach it as signals), [`Terminal::send`] types bytes, [`Terminal::wait_for`]
//! waits for text on the screen as a person would read it (a `vt100` screen fed with everything the
//! wizard writes), and [`Terminal::close`], [`Terminal::signal`] and [`Terminal::kill`] make it end.
//!
//! Nothing here sleeps a fixed time: every wait polls the terminal for output and checks its
//! condition after each read, up to a deadline ([`WAIT`], or [`FIRST_FRAME`] for the first screen
//! of a process on a loaded machine), and reports whether the condition held. The terminal is read
//! only inside these calls, so a test that calls none of them for a while is a terminal that stopped
//! reading. A wizard still running when its `Terminal` is dropped is killed, so a failing test
//! never leaves one behind.
//!
//! ```ignore
//! let mut t = Terminal::start(&home, &["--lang", "en"], &[]);
//! assert!(t.wait_for("Where are you stuck"));
//! t.send(b"q");
//! assert_eq!(t.exit(), Exit::Code(0));
//! ```

use pty_process::blocking::{Command, Pty};
use rustix::fs::OFlags;
use rustix::process::{Pid, Signal, WaitOptions};
use rustix::termios::LocalModes;
use std::io::{ErrorKind, Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

/// How long a wait for something a key or a signal causes lasts at most.
pub const WAIT: Duration = Duration::from_secs(10);
/// How long a wizard has to end once asked to (it may first work through a burst of keys).
pub const END: Duration = Duration::from_secs(20);
/// How long a new process has to draw its first screen (it loads the content first, and the
/// machine may be busy with other tests).
pub const FIRST_FRAME: Duration = Duration::from_secs(20);
/// The largest screen kept as text: a terminal may say it is 65,535 cells each way, and what the
/// wizard draws past this is not looked at.
const SCREEN_MAX: (u16, u16) = (640, 320);

/// How the wizard ended: its exit code, or the signal that ended it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
}

/// The wizard running in a pseudo-terminal of its own.
pub struct Terminal {
    /// The terminal's master side (the test's end); `None` once closed.
    pty: Option<Pty>,
    child: Child,
    pid: Pid,
    /// Everything the wizard wrote, as bytes.
    written: Vec<u8>,
    screen: vt100::Parser,
    exit: Option<Exit>,
}

impl Terminal {
    /// The wizard (`signup-doctor ARGS`) in an 80×24 terminal, its state and data folders in
    /// `home`, with `TERM=xterm-256color`, `LANG=en_US.UTF-8` (neither `LC_ALL` nor `LC_CTYPE`) and
    /// `env` on top.
    pub fn start(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::start_sized(home, args, env, (80, 24))
    }

    /// Like [`Terminal::start`], in a terminal of `(columns, rows)`.
    pub fn start_sized(home: &Path, args: &[&str], env: &[(&str, &str)], size: (u16, u16)) -> Self {
        Self::spawn(home, args, env, size, None)
    }

    /// Like [`Terminal::start`], standard output going to `stdout` instead (the terminal keeps
    /// standard input and standard error).
    pub fn start_redirected(home: &Path, args: &[&str], stdout: std::fs::File) -> Self {
        Self::spawn(home, args, &[], (80, 24), Some(stdout))
    }

    fn spawn(
        home: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        (columns, rows): (u16, u16),
        stdout: Option<std::fs::File>,
    ) -> Self {
        let (pty, pts) = pty_process::blocking::open().expect("a pseudo-terminal opens");
        pty.resize(pty_process::Size::new(rows, columns)).unwrap();
        // Reads and writes never block: every wait is a poll with a deadline.
        rustix::fs::fcntl_setfl(&pty, OFlags::NONBLOCK).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_signup-doctor"))
            .args(args)
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("TERM", "xterm-256color")
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .env_remove("SIGNUP_DOCTOR_PLAIN")
            .envs(env.iter().copied());
        if let Some(file) = stdout {
            command = command.stdout(file);
        }
        let child = command.spawn(pts).expect("the wizard starts in the pseudo-terminal");
        let pid = Pid::from_child(&child);
        let (screen_rows, screen_columns) = screen_size(columns, rows);
        let screen = vt100::Parser::new(screen_rows, screen_columns, 0);
        Self {
            pty: Some(pty),
            child,
            pid,
            written: Vec::new(),
            screen,
            exit: None,
        }
    }

    /// Types `bytes`, reading what the wizard writes meanwhile (as a terminal emulator does, so a
    /// wizard busy writing never blocks the typing). Returns false if the terminal took not all of
    /// it within [`WAIT`] after its last progress, or the wizard ended first.
    pub fn send(&mut self, bytes: &[u8]) -> bool {
        let mut rest = bytes;
        let mut deadline = Instant::now() + WAIT;
        while !rest.is_empty() {
            if Instant::now() > deadline || self.exited() {
                return false;
            }
            let Some(pty) = self.pty.as_mut() else { return false };
            match pty.write(&rest[..rest.len().min(4096)]) {
                Ok(sent) => {
                    rest = &rest[sent..];
                    deadline = Instant::now() + WAIT;
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => self.read_for(Duration::from_millis(5)),
                Err(_) => return false,
            }
        }
        true
    }

    /// Types `bytes` without reading anything: as much as the terminal takes now. Returns false
    /// when it took less than all of it (its input is full: the wizard reads no more).
    pub fn send_unread(&mut self, bytes: &[u8]) -> bool {
        let Some(pty) = self.pty.as_mut() else { return false };
        matches!(pty.write(bytes), Ok(n) if n == bytes.len())
    }

    /// Waits until `text` is on the screen; true if it came within [`WAIT`].
    pub fn wait_for(&mut self, text: &str) -> bool {
        self.wait_until(WAIT, |t| t.screen().contains(text))
    }

    /// Reads the terminal until `done` holds, the wizard ends (then `done` is asked once more), or
    /// `limit` passes. True if `done` held.
    pub fn wait_until(&mut self, limit: Duration, mut done: impl FnMut(&Self) -> bool) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if done(self) {
                return true;
            }
            if self.exited() || Instant::now() > deadline {
                // What a quick exit wrote may still wait in the terminal: read it before the
                // last look.
                self.read_for(Duration::ZERO);
                return done(self);
            }
            self.read_for(Duration::from_millis(20));
        }
    }

    /// The screen as a person sees it now: one line per row, trailing spaces trimmed.
    pub fn screen(&self) -> String {
        let screen = self.screen.screen();
        let (_, columns) = screen.size();
        screen
            .rows(0, columns.get())
            .map(|row| row.trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The terminal's state as its emulator keeps it (alternate screen, cursor, mouse, paste modes).
    pub fn state(&self) -> &vt100::Screen {
        self.screen.screen()
    }

    /// Every byte the wizard wrote so far (escape sequences included).
    pub fn written(&self) -> &[u8] {
        &self.written
    }

    /// Everything written from byte `from` on, as text.
    pub fn written_since(&self, from: usize) -> String {
        String::from_utf8_lossy(&self.written[from.min(self.written.len())..]).into_owned()
    }

    /// Resizes the terminal to `(columns, rows)` and tells the wizard with SIGWINCH, as a terminal
    /// emulator does.
    pub fn resize(&mut self, (columns, rows): (u16, u16)) {
        if let Some(pty) = &self.pty {
            pty.resize(pty_process::Size::new(rows, columns)).unwrap();
        }
        self.signal(Signal::WINCH);
        let (screen_rows, screen_columns) = screen_size(columns, rows);
        self.screen.screen_mut().set_size(screen_rows, screen_columns);
    }

    /// Sends `signal` to the wizard from outside (as `kill -SIG` does).
    pub fn signal(&self, signal: Signal) {
        if self.exit.is_none() {
            let _ = rustix::process::kill_process(self.pid, signal);
        }
    }

    /// SIGKILL, and waits for the end.
    pub fn kill(&mut self) -> Exit {
        self.signal(Signal::KILL);
        self.exit()
    }

    /// Closes the terminal's master side, as a closed window or a dropped SSH connection does.
    pub fn close(&mut self) {
        self.pty = None;
    }

    /// True if the terminal is in cooked mode (line editing and echo, as a shell leaves it).
    pub fn cooked(&self) -> bool {
        self.local_modes()
            .is_some_and(|m| m.contains(LocalModes::ICANON | LocalModes::ECHO))
    }

    /// True if the terminal is in raw mode (no line editing, no echo).
    pub fn raw(&self) -> bool {
        self.local_modes()
            .is_some_and(|m| !m.intersects(LocalModes::ICANON | LocalModes::ECHO))
    }

    /// Makes the terminal cooked, as a shell does when a job it runs stops.
    pub fn make_cooked(&self) {
        let pty = self.pty.as_ref().expect("the terminal is open");
        let mut attributes = rustix::termios::tcgetattr(pty).unwrap();
        attributes.local_modes |= LocalModes::ICANON | LocalModes::ECHO;
        rustix::termios::tcsetattr(pty, rustix::termios::OptionalActions::Now, &attributes).unwrap();
    }

    fn local_modes(&self) -> Option<LocalModes> {
        let pty = self.pty.as_ref()?;
        rustix::termios::tcgetattr(pty).ok().map(|a| a.local_modes)
    }

    /// Waits (reading meanwhile) until the wizard has stopped (SIGTSTP, SIGSTOP); true if it did
    /// within [`WAIT`].
    pub fn wait_stopped(&mut self) -> bool {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline && self.exit.is_none() {
            match rustix::process::waitpid(Some(self.pid), WaitOptions::UNTRACED | WaitOptions::NOHANG) {
                Ok(Some((_, status))) if status.stopped() => return true,
                Ok(Some((_, status))) => {
                    self.exit = Some(match status.terminating_signal() {
                        Some(signal) => Exit::Signal(signal),
                        None => Exit::Code(status.exit_status().unwrap_or(-1)),
                    });
                }
                _ => self.read_for(Duration::from_millis(20)),
            }
        }
        false
    }

    /// Waits for the wizard to end, reading the terminal meanwhile, at most [`END`]; a wizard
    /// still running then is killed and the test fails.
    pub fn exit(&mut self) -> Exit {
        self.wait_until(END, |_| false);
        // What it wrote last (giving the terminal back) may still wait in the terminal.
        self.read_for(Duration::ZERO);
        if self.exit.is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
            panic!(
                "the wizard had not ended {END:?} after it was asked to; killed. Screen:\n{}",
                self.screen()
            );
        }
        self.exit.expect("ended")
    }

    /// Like [`Terminal::exit`], reading nothing meanwhile (a terminal that stopped reading).
    pub fn exit_unread(&mut self) -> Exit {
        let deadline = Instant::now() + END;
        while !self.exited() && Instant::now() < deadline {
            // Polls the process, not the terminal.
            std::thread::sleep(Duration::from_millis(20));
        }
        if !self.exited() {
            let _ = self.child.kill();
            let _ = self.child.wait();
            panic!("the wizard had not ended {END:?} after it was asked to, with nobody reading; killed");
        }
        self.exit.expect("ended")
    }

    /// The wizard's exit, if it has ended (reaped here).
    fn exited(&mut self) -> bool {
        if self.exit.is_none()
            && let Ok(Some(status)) = self.child.try_wait()
        {
            use std::os::unix::process::ExitStatusExt;
            self.exit = Some(match status.signal() {
                Some(signal) => Exit::Signal(signal),
                None => Exit::Code(status.code().unwrap_or(-1)),
            });
        }
        self.exit.is_some()
    }

    /// Waits up to `limit` for output, then reads all there is.
    fn read_for(&mut self, limit: Duration) {
        let Some(pty) = self.pty.as_ref() else {
            // Nothing left to read: only the process is waited for.
            std::thread::sleep(limit.min(Duration::from_millis(5)));
            return;
        };
        let timeout = rustix::event::Timespec::try_from(limit).unwrap();
        let mut fds = [rustix::event::PollFd::new(pty, rustix::event::PollFlags::IN)];
        // Interrupted or not, the reads below take what there is.
        let _ = rustix::event::poll(&mut fds, Some(&timeout));
        let mut buffer = [0u8; 16384];
        let mut reader: &Pty = pty;
        loop {
            match reader.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    self.written.extend_from_slice(&buffer[..n]);
                    self.screen.process(&buffer[..n]);
                }
            }
        }
    }
}

/// The `vt100` screen's `(rows, columns)` for a terminal of `columns` × `rows`: at least one cell,
/// at most [`SCREEN_MAX`].
fn screen_size(columns: u16, rows: u16) -> (NonZeroU16, NonZeroU16) {
    let clamp = |n: u16, max: u16| NonZeroU16::new(n.clamp(1, max)).expect("at least 1");
    (clamp(rows, SCREEN_MAX.1), clamp(columns, SCREEN_MAX.0))
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if !self.exited() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
