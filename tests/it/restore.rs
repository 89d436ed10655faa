//! The terminal is always given back: the real binary runs full-screen in a pseudo-terminal
//! (tests/pty/leave.py) and is left by q, Ctrl-C, SIGTERM, SIGHUP, SIGINT and a panic. Each time the
//! main screen comes back, the cursor shows, mouse capture and bracketed paste are off and the
//! terminal is in cooked mode. A paste arrives as one text (bracketed paste), and Ctrl-Z or SIGTSTP
//! suspends the wizard with the terminal given back, until SIGCONT takes it again.

use std::process::Command;

/// Leaves the wizard one way; returns the status line and what was written after the first frame,
/// or nothing when there is no `python3` to drive the pseudo-terminal (the test is then skipped).
fn leave(how: &str) -> Option<(String, String)> {
    leave_with(how, &[], &[])
}

/// Like [`leave`], with the wizard's arguments (else `--lang en`) and more of `leave.py`'s
/// environment (`LEAVE_*`, `LANG`…).
fn leave_with(how: &str, args: &[&str], env: &[(&str, &str)]) -> Option<(String, String)> {
    if !crate::tools::available("python3", &["--version"], "Python 3: `apt-get install python3`") {
        return None;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pty/leave.py");
    let home = crate::common::private_home();
    let output = Command::new("python3")
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .envs(env.iter().copied())
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_signup-doctor"))
        .arg(how)
        .args(args)
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
        ("?1002l", "drag reporting off"),
        ("?1006l", "SGR mouse off"),
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

/// Issue 22, problem 11 (cases tty-leave-sigquit, tty-leave-sigusr1): a signal the wizard did not
/// catch ended it with the terminal raw, in the alternate screen, mouse reporting on. Every
/// stopping signal that can be caught now leaves as SIGTERM does: 128 + the signal.
#[test]
fn sigquit_and_sigusr1_give_the_terminal_back() {
    assert_given_back("sigquit", 131);
    assert_given_back("sigusr1", 138);
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
    assert!(
        written.contains("Transcript (Markdown) sent to the terminal"),
        "{written}"
    );
}

/// Looks at the wizard in the pseudo-terminal (see `look` in leave.py): the screen at `size` if
/// given, after typing `keys`, and the 80×24 screen after. `None` when skipped.
fn look(args: &[&str], wait: &str, size: Option<&str>, keys: &str, env: &[(&str, &str)]) -> Option<(String, String)> {
    let home = crate::common::private_home();
    let target = home.join("screen.txt");
    let target_text = target.display().to_string();
    let mut all: Vec<(&str, &str)> = vec![
        ("LEAVE_WAIT", wait),
        ("LEAVE_KEYS", keys),
        ("LEAVE_SCREEN", &target_text),
    ];
    if let Some(size) = size {
        all.push(("LEAVE_SIZE", size));
    }
    all.extend_from_slice(env);
    let (status, _) = leave_with("look", args, &all)?;
    assert_eq!(status, "exit=0 cooked=True");
    let small = std::fs::read_to_string(home.join("screen.txt.small")).unwrap_or_default();
    Some((small, std::fs::read_to_string(&target).unwrap()))
}

/// Issue 16: only clicks and drags are reported (1000, 1002, SGR 1006), never all motion (1003),
/// so the terminal's own drag-to-select keeps working.
#[test]
fn the_mouse_reports_clicks_and_drags_never_all_motion() {
    let Some((_, written)) = leave("q") else {
        return;
    };
    for on in ["?1000h", "?1002h", "?1006h"] {
        assert!(written.contains(on), "{on} missing: {written}");
    }
    assert!(!written.contains("?1003h"), "all-motion tracking on: {written}");
}

/// Issue 16: at 80 columns a long link stands whole on a line of its own, not broken with an
/// indent (the Azure portal fix, whose portal link is 74 characters).
#[test]
fn a_link_is_never_broken_at_80_columns() {
    let Some((_, screen)) = look(
        &["--lang", "en", "--resume", "past-due/disabled/paid/ticket/portal"],
        "support request",
        None,
        "",
        &[],
    ) else {
        return;
    };
    let url = "https://aka.ms/azsupt";
    assert!(
        screen.lines().any(|line| line.trim() == url),
        "the link whole on its own line:\n{screen}"
    );
}

/// Issue 16: in French the keys have French names (« Entrée », « Échap »…) on the real terminal.
#[test]
fn key_names_are_french_in_french() {
    let Some((_, screen)) = look(&["--lang", "fr"], "choisir", None, "1", &[]) else {
        return;
    };
    let hints = screen.lines().rfind(|l| !l.trim().is_empty()).unwrap_or_default();
    assert!(hints.contains("Entrée choisir"), "{screen}");
    assert!(hints.contains("Échap retour"), "{screen}");
}

/// Issue 16: at 40×12 the message says the size needed, and keys typed meanwhile do nothing: back
/// at 80×24 the first question is still there.
#[test]
fn keys_typed_while_too_small_do_nothing() {
    let Some((small, screen)) = look(&["--lang", "en"], "Where are you stuck", Some("40x12"), "22", &[]) else {
        return;
    };
    assert!(small.contains("60×16"), "{small}");
    assert!(screen.contains("Where are you stuck?"), "{screen}");
    assert!(screen.contains(" Code: start"), "{screen}");
}

/// Issue 16 (UX minor 18): with standard output redirected to a file and a person at the terminal,
/// plain mode's prompts reach the terminal (on standard error) and the file holds the screens.
#[test]
fn prompts_reach_the_terminal_when_standard_output_is_redirected() {
    let home = crate::common::private_home();
    let file = home.join("out.txt");
    let file_text = file.display().to_string();
    let Some((status, _)) = leave_with("redirected", &[], &[("LEAVE_STDOUT", &file_text)]) else {
        return;
    };
    assert_eq!(status, "exit=0 cooked=True prompt=True");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("Where are you stuck?"), "{saved}");
    assert!(!saved.contains("Type a number"), "{saved}");
}

/// Issue 16 (UX minor 17): under `LANG=C` the full screen draws in plain ASCII: `>` for the
/// selection, `+-|` for boxes, accents dropped.
#[test]
fn under_lang_c_the_full_screen_is_plain_ascii() {
    let Some((_, screen)) = look(&["--lang", "fr"], "choisir", None, "?", &[("LEAVE_LANG", "C")]) else {
        return;
    };
    assert!(screen.is_ascii(), "{screen}");
    assert!(screen.contains("+ Touches "), "the help's box in ASCII:\n{screen}");
    assert!(screen.contains("Deplacer la selection"), "{screen}");
}
