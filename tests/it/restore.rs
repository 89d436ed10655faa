//! The terminal is always given back: the real binary runs full-screen in a pseudo-terminal
//! (tests/pty/leave.py) and is left by q, Ctrl-C, SIGTERM, SIGHUP, SIGINT and a panic. Each time the
//! main screen comes back, the cursor shows, mouse capture and bracketed paste are off and the
//! terminal is in cooked mode. A paste arrives as one text (bracketed paste), and Ctrl-Z or SIGTSTP
//! suspends the wizard with the terminal given back, until SIGCONT takes it again.

use std::process::Command;

/// Leaves the wizard one way; returns the status line and what was written after the first frame,
/// or nothing when there is no `python3` to drive the pseudo-terminal (the test is then skipped).
fn leave(how: &str) -> Option<(String, String)> {
    if !crate::tools::available("python3", &["--version"], "Python 3: `apt-get install python3`") {
        return None;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pty/leave.py");
    let home = crate::common::private_home();
    let output = Command::new("python3")
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_signup-doctor"))
        .arg(how)
        .output()
        .expect("python3 runs tests/pty/leave.py");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (status, written) = stdout.split_once('\n').unwrap();
    Some((status.to_string(), written.to_string()))
}

/// Leaves the wizard one way and checks the terminal came back; returns what was written on the way
/// out (`None` when the test is skipped).
fn assert_given_back(how: &str, exit: i32) -> Option<String> {
    assert_given_back_with(how, &format!("exit={exit} cooked=True"))
}

/// Like [`assert_given_back`], with the whole status line `leave.py` prints for `how`.
fn assert_given_back_with(how: &str, expected: &str) -> Option<String> {
    let (status, written) = leave(how)?;
    assert_eq!(status, expected, "{how}: {written}");
    for (sequence, what) in [
        ("?1049l", "main screen back"),
        ("?25h", "cursor shown"),
        ("?1000l", "mouse capture off"),
        ("?2004l", "bracketed paste off"),
    ] {
        assert!(
            written.contains(sequence),
            "{how}: {what} ({sequence}) missing from {written}"
        );
    }
    Some(written)
}

#[test]
fn q_gives_the_terminal_back() {
    assert_given_back("q", 0);
}

#[test]
fn ctrl_c_gives_the_terminal_back() {
    assert_given_back("ctrl-c", 130);
}

#[test]
fn sigterm_gives_the_terminal_back() {
    assert_given_back("sigterm", 143);
}

#[test]
fn sighup_gives_the_terminal_back() {
    assert_given_back("sighup", 129);
}

#[test]
fn sigint_gives_the_terminal_back() {
    assert_given_back("sigint", 130);
}

#[test]
fn a_panic_gives_the_terminal_back_then_says_what_happened() {
    let Some(written) = assert_given_back("panic", 2) else {
        return;
    };
    let restored = written.find("?1049l").unwrap();
    let message = written.find("internal error").expect("the panic message is printed");
    assert!(
        message > restored,
        "the message comes after the terminal is restored: {written}"
    );
}

/// Issue 13, F4: a paste that holds a line break and a `q` line lands in the note as one line; it is
/// not typed as keys (before, its `q` quit without saving). Bracketed paste is turned on with the
/// full screen and off on the way out.
#[test]
fn a_multi_line_paste_lands_in_the_note_as_one_text_not_as_keys() {
    let Some(written) = assert_given_back_with("paste", "exit=0 cooked=True pasted=True") else {
        return;
    };
    assert!(written.contains("?2004h"), "bracketed paste on: {written}");
}
/// Issue 13, F10: Ctrl-Z gives the terminal back (main screen, cooked mode) and stops the wizard;
/// SIGCONT takes the terminal again (alternate screen, raw mode) and redraws it all; q then quits.
#[test]
fn ctrl_z_suspends_with_the_terminal_given_back_and_sigcont_redraws_in_raw_mode() {
    assert_given_back_with(
        "ctrl-z",
        "exit=0 cooked=True stopped=True left=True cooked_stopped=True back=True raw=True",
    );
}

/// Issue 13, F10: SIGTSTP from outside (`kill -TSTP`) suspends the same way as Ctrl-Z.
#[test]
fn sigtstp_from_outside_suspends_the_same_way() {
    assert_given_back_with(
        "sigtstp",
        "exit=0 cooked=True stopped=True left=True cooked_stopped=True back=True raw=True",
    );
}

/// Issue 13, F10: after SIGSTOP, which cannot be caught, the shell makes the terminal cooked; SIGCONT
/// takes it again (raw mode, alternate screen) and redraws every cell.
#[test]
fn sigcont_after_sigstop_takes_the_terminal_again_and_redraws() {
    assert_given_back_with("sigstop", "exit=0 cooked=True stopped=True back=True raw=True");
}

/// Issue 16: `y` puts what the screen is for on the clipboard with OSC 52 (on the first question,
/// the transcript as Markdown), written by the front end after the frame.
#[test]
fn y_sends_the_transcript_to_the_clipboard_with_osc_52() {
    let Some((status, written)) = leave("copy") else {
        return;
    };
    assert!(status.starts_with("exit=0 cooked=True copied="), "{status}");
    assert!(status.contains("# signup-doctor transcript"), "{status}");
    assert!(written.contains("Transcript (Markdown) copied"), "{written}");
}
