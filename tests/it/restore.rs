//! The terminal is always given back: the real binary runs full-screen in a pseudo-terminal
//! (tests/it/pty.rs) and is left by q, Ctrl-C, SIGTERM, SIGHUP, SIGINT and a panic. Each time the
//! main screen comes back, the cursor shows, mouse capture and bracketed paste are off and the
//! terminal is in cooked mode. A paste arrives as one text (bracketed paste), and Ctrl-Z or SIGTSTP
//! suspends the wizard with the terminal given back, until SIGCONT takes it again.

use crate::pty::{Exit, FIRST_FRAME, Terminal};
use rustix::process::Signal;

/// The wizard (`--lang en`, or `args`) full-screen in an 80×24 terminal with `env`, once its first
/// frame shows `first` (the alternate screen on, and the text on it); also the offset in what it
/// wrote of that frame's start (the full screen turned on).
fn started(args: &[&str], env: &[(&str, &str)], first: &str) -> (Terminal, usize) {
    let home = crate::common::private_home();
    let args = if args.is_empty() { &["--lang", "en"][..] } else { args };
    let mut terminal = Terminal::start(&home, args, env);
    // With no text to wait for (a panic), the full screen's start is enough: it may be gone again
    // before it is looked at.
    let shown = terminal.wait_until(FIRST_FRAME, |t| {
        let entered = t.written().windows(6).any(|w| w == b"?1049h");
        entered && (first.is_empty() || (t.state().alternate_screen() && t.screen().contains(first)))
    });
    assert!(shown, "first frame with {first:?} never came:\n{}", terminal.screen());
    let mark = last_index(terminal.written(), b"?1049h");
    (terminal, mark)
}

/// Where `needle` last starts in `bytes` (0 if nowhere).
fn last_index(bytes: &[u8], needle: &[u8]) -> usize {
    bytes.windows(needle.len()).rposition(|w| w == needle).unwrap_or(0)
}

/// How the wizard ended and what it wrote from its first frame on.
struct Left {
    exit: Exit,
    cooked: bool,
    written: String,
}

/// Waits for the end of the wizard started by [`started`].
fn ended(mut terminal: Terminal, mark: usize) -> Left {
    let exit = terminal.exit();
    Left {
        exit,
        cooked: terminal.cooked(),
        written: terminal.written_since(mark),
    }
}

/// Leaves the wizard in the plain way `how` (`q`, `ctrl-c`, `panic`, or a signal's name).
fn leave(how: &str) -> Left {
    let env: &[(&str, &str)] = if how == "panic" {
        &[("SIGNUP_DOCTOR_TEST_PANIC", "1")]
    } else {
        &[]
    };
    // A panic may come before anything is on the screen.
    let first = if how == "panic" { "" } else { "Where are you stuck" };
    let (mut terminal, mark) = started(&[], env, first);
    match how {
        "q" => assert!(terminal.send(b"q")),
        "ctrl-c" => assert!(terminal.send(b"\x03")),
        "panic" => {}
        signal => terminal.signal(signal_named(signal)),
    }
    ended(terminal, mark)
}

fn signal_named(name: &str) -> Signal {
    match name {
        "sigterm" => Signal::TERM,
        "sighup" => Signal::HUP,
        "sigint" => Signal::INT,
        "sigquit" => Signal::QUIT,
        "sigusr1" => Signal::USR1,
        other => panic!("no signal {other}"),
    }
}

/// Checks the terminal came back after `left`: exit `exit`, cooked mode, and on the way out the
/// main screen, the cursor, mouse capture and bracketed paste each turned back.
fn assert_given_back(how: &str, left: &Left, exit: Exit) {
    assert_eq!((left.exit, left.cooked), (exit, true), "{how}: {}", left.written);
    for (sequence, what) in [
        ("?1049l", "main screen back"),
        ("?25h", "cursor shown"),
        ("?1000l", "mouse capture off"),
        ("?1002l", "drag reporting off"),
        ("?1006l", "SGR mouse off"),
        ("?2004l", "bracketed paste off"),
    ] {
        assert!(
            left.written.contains(sequence),
            "{how}: {what} ({sequence}) missing from {}",
            left.written
        );
    }
}

/// Leaves the wizard `how` and checks the terminal came back with `exit`; returns what was written.
fn assert_left(how: &str, exit: Exit) -> String {
    let left = leave(how);
    assert_given_back(how, &left, exit);
    left.written
}

#[test]
fn q_gives_the_terminal_back() {
    assert_left("q", Exit::Code(0));
}

#[test]
fn ctrl_c_gives_the_terminal_back() {
    assert_left("ctrl-c", Exit::Code(130));
}

#[test]
fn sigterm_gives_the_terminal_back() {
    assert_left("sigterm", Exit::Code(143));
}

#[test]
fn sighup_gives_the_terminal_back() {
    assert_left("sighup", Exit::Code(129));
}

#[test]
fn sigint_gives_the_terminal_back() {
    assert_left("sigint", Exit::Code(130));
}

/// Issue 22, problem 11 (cases tty-leave-sigquit, tty-leave-sigusr1): a signal the wizard did not
/// catch ended it with the terminal raw, in the alternate screen, mouse reporting on. Every
/// stopping signal that can be caught now leaves as SIGTERM does: 128 + the signal.
#[test]
fn sigquit_and_sigusr1_give_the_terminal_back() {
    assert_left("sigquit", Exit::Code(131));
    assert_left("sigusr1", Exit::Code(138));
}

#[test]
fn a_panic_gives_the_terminal_back_then_says_what_happened() {
    let written = assert_left("panic", Exit::Code(2));
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
    let (mut t, mark) = started(&[], &[], "Where are you stuck");
    assert!(t.send(b"n"));
    assert!(t.wait_for("Note on this step"), "{}", t.screen());
    // Sent the way a terminal sends a paste: bracketed only if the program turned that on.
    assert!(t.state().bracketed_paste(), "bracketed paste on with the full screen");
    assert!(t.send(b"\x1b[200~line one\rq\rline two\x1b[201~"));
    assert!(
        t.wait_for("line one q line two"),
        "the whole paste in the note:\n{}",
        t.screen()
    );
    assert!(t.send(b"\r"));
    assert!(t.wait_for("Note added"), "{}", t.screen());
    // The kept note is not saved: q asks first, q again quits without saving.
    assert!(t.send(b"q"));
    assert!(t.wait_for("Quit?"), "{}", t.screen());
    assert!(t.send(b"q"));
    let left = ended(t, mark);
    assert_given_back("paste", &left, Exit::Code(0));
    assert!(left.written.contains("?2004h"), "bracketed paste on: {}", left.written);
}

/// Stops the wizard with `stop` (after its first frame), checks it stopped with the terminal given
/// back (for a stop it can catch) and that SIGCONT takes it again, raw and redrawn; then q.
fn suspend_and_continue(stop: impl FnOnce(&mut Terminal), caught: bool) {
    let (mut t, mark) = started(&[], &[], "Where are you stuck");
    stop(&mut t);
    assert!(t.wait_stopped(), "the wizard stopped");
    if caught {
        // Given back before it stopped: the main screen, and cooked mode while stopped.
        // What it wrote before stopping may still be on its way through the terminal.
        let main_screen = t.wait_until(crate::pty::WAIT, |t| t.written_since(mark).contains("?1049l"));
        assert!(main_screen, "main screen before stopping");
        assert!(!t.state().alternate_screen());
        assert!(t.cooked(), "cooked while stopped");
    } else {
        // SIGSTOP cannot be caught: the shell makes the terminal cooked meanwhile.
        t.make_cooked();
    }
    let at = t.written().len();
    t.signal(Signal::CONT);
    let back = t.wait_until(crate::pty::WAIT, |t| {
        t.written_since(at).contains("?1049h")
            && t.state().alternate_screen()
            && t.screen().contains("Where are you stuck?")
    });
    assert!(
        back,
        "SIGCONT brings back the alternate screen and the question:\n{}",
        t.screen()
    );
    assert!(t.raw(), "raw mode back after SIGCONT");
    assert!(t.send(b"q"));
    let left = ended(t, mark);
    assert_given_back("suspend", &left, Exit::Code(0));
}

/// Issue 13, F10: Ctrl-Z gives the terminal back (main screen, cooked mode) and stops the wizard;
/// SIGCONT takes the terminal again (alternate screen, raw mode) and redraws it all; q then quits.
#[test]
fn ctrl_z_suspends_with_the_terminal_given_back_and_sigcont_redraws_in_raw_mode() {
    suspend_and_continue(|t| assert!(t.send(b"\x1a")), true);
}

/// Issue 13, F10: SIGTSTP from outside (`kill -TSTP`) suspends the same way as Ctrl-Z.
#[test]
fn sigtstp_from_outside_suspends_the_same_way() {
    suspend_and_continue(|t| t.signal(Signal::TSTP), true);
}

/// Issue 13, F10: after SIGSTOP, which cannot be caught, the shell makes the terminal cooked; SIGCONT
/// takes it again (raw mode, alternate screen) and redraws every cell.
#[test]
fn sigcont_after_sigstop_takes_the_terminal_again_and_redraws() {
    suspend_and_continue(|t| t.signal(Signal::STOP), false);
}

/// Issue 16: `y` puts what the screen is for on the clipboard with OSC 52 (on the first question,
/// the transcript as Markdown), written by the front end after the frame.
#[test]
fn y_sends_the_transcript_to_the_clipboard_with_osc_52() {
    use base64::Engine as _;
    let (mut t, mark) = started(&[], &[], "Where are you stuck");
    assert!(t.send(b"y"));
    let osc = "\x1b]52;c;";
    let sent = t.wait_until(crate::pty::WAIT, |t| {
        let written = t.written_since(mark);
        written.find(osc).is_some_and(|at| written[at..].contains('\x07'))
    });
    assert!(sent, "an OSC 52 sequence: {}", t.written_since(mark));
    assert!(
        t.wait_for("Transcript (Markdown) sent to the terminal"),
        "{}",
        t.screen()
    );
    assert!(t.send(b"q"));
    let left = ended(t, mark);
    assert_eq!((left.exit, left.cooked), (Exit::Code(0), true));
    let payload = &left.written[left.written.find(osc).unwrap() + osc.len()..];
    let payload = &payload[..payload.find('\x07').unwrap()];
    let copied = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(payload).unwrap()).unwrap();
    assert!(copied.contains("# signup-doctor transcript"), "{copied}");
}

/// Issue 16: only clicks and drags are reported (1000, 1002, SGR 1006), never all motion (1003),
/// so the terminal's own drag-to-select keeps working.
#[test]
fn the_mouse_reports_clicks_and_drags_never_all_motion() {
    let written = leave("q").written;
    for on in ["?1000h", "?1002h", "?1006h"] {
        assert!(written.contains(on), "{on} missing: {written}");
    }
    assert!(!written.contains("?1003h"), "all-motion tracking on: {written}");
}

/// Quits the wizard started by [`started`] with q, from a screen where q quits at once.
fn quit(mut t: Terminal, mark: usize) {
    assert!(t.send(b"q"));
    let left = ended(t, mark);
    assert_eq!((left.exit, left.cooked), (Exit::Code(0), true));
}

/// Issue 16: at 80 columns a long link stands whole on a line of its own, not broken with an
/// indent (the Azure portal fix, whose portal link is 74 characters).
#[test]
fn a_link_is_never_broken_at_80_columns() {
    let args = ["--lang", "en", "--resume", "past-due/disabled/paid/ticket/portal"];
    let (mut t, mark) = started(&args, &[], "support request");
    let url = "https://aka.ms/azsupt";
    let whole = t.wait_until(crate::pty::WAIT, |t| t.screen().lines().any(|line| line.trim() == url));
    assert!(whole, "the link whole on its own line:\n{}", t.screen());
    quit(t, mark);
}

/// Issue 16: in French the keys have French names (« Entrée », « Échap »…) on the real terminal.
#[test]
fn key_names_are_french_in_french() {
    let (mut t, mark) = started(&["--lang", "fr"], &[("LANG", "fr_FR.UTF-8")], "choisir");
    assert!(t.send(b"1"));
    let named = t.wait_until(crate::pty::WAIT, |t| {
        let screen = t.screen();
        let hints = screen.lines().rfind(|l| !l.trim().is_empty()).unwrap_or_default();
        hints.contains("Entrée choisir") && hints.contains("Échap retour")
    });
    assert!(named, "{}", t.screen());
    quit(t, mark);
}

/// Issue 16: at 40×12 the message says the size needed, and keys typed meanwhile do nothing: back
/// at 80×24 the first question is still there.
#[test]
fn keys_typed_while_too_small_do_nothing() {
    let (mut t, mark) = started(&["--lang", "en"], &[], "Where are you stuck");
    // A resize in the first moments after the first frame can go unseen (observed about one run
    // in twenty under load: no redraw at all): the resize is told again each second, as a window
    // being dragged would, until the message shows or the deadline passes.
    let small = (0..10).any(|_| {
        t.resize((40, 12));
        t.wait_until(std::time::Duration::from_secs(1), |t| t.screen().contains("60×16"))
    });
    assert!(small, "{}", t.screen());
    assert!(t.send(b"22"));
    // The keys are read and dropped while the terminal is small: nothing is drawn for them, so
    // the test waits until the wizard has written nothing for a while before growing it back (if
    // they were handled after the resize instead, the topic would show and the test fail).
    let quiet = std::time::Duration::from_millis(300);
    let (mut seen, mut since) = (t.written().len(), std::time::Instant::now());
    t.wait_until(crate::pty::WAIT, |t| {
        if t.written().len() != seen {
            (seen, since) = (t.written().len(), std::time::Instant::now());
        }
        since.elapsed() >= quiet
    });
    t.resize((80, 24));
    let back = t.wait_until(crate::pty::WAIT, |t| {
        let screen = t.screen();
        screen.contains("Where are you stuck?") && screen.contains(" Code: start") && !screen.contains("60×16")
    });
    assert!(back, "{}", t.screen());
    quit(t, mark);
}

/// Issue 16 (UX minor 18): with standard output redirected to a file and a person at the terminal,
/// plain mode's prompts reach the terminal (on standard error) and the file holds the screens.
#[test]
fn prompts_reach_the_terminal_when_standard_output_is_redirected() {
    let home = crate::common::private_home();
    let file = home.join("out.txt");
    let mut t = Terminal::start_redirected(&home, &["--lang", "en"], std::fs::File::create(&file).unwrap());
    assert!(
        t.wait_until(crate::pty::FIRST_FRAME, |t| t.screen().contains("Type a number")),
        "the prompt on the terminal:\n{}",
        t.screen()
    );
    assert!(t.send(b"q\r"));
    assert_eq!((t.exit(), t.cooked()), (Exit::Code(0), true));
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("Where are you stuck?"), "{saved}");
    assert!(!saved.contains("Type a number"), "{saved}");
}

/// Issue 16 (UX minor 17): under `LANG=C` the full screen draws in plain ASCII: `>` for the
/// selection, `+-|` for boxes, accents dropped.
#[test]
fn under_lang_c_the_full_screen_is_plain_ascii() {
    let (mut t, mark) = started(&["--lang", "fr"], &[("LANG", "C")], "choisir");
    assert!(t.send(b"?"));
    assert!(t.wait_for("+ Touches "), "the help's box in ASCII:\n{}", t.screen());
    let screen = t.screen();
    assert!(screen.is_ascii(), "{screen}");
    assert!(screen.contains("Deplacer la selection"), "{screen}");
    // q quits from the help too.
    quit(t, mark);
}

/// Issue 27 polish 6: in ASCII, French quotes read as English ones, against the words they hold
/// (one character a cell: the no-break space moves outside the quote).
#[test]
fn under_lang_c_french_quotes_sit_against_their_words() {
    let (mut t, mark) = started(&["--lang", "fr", "--resume", "1"], &[("LANG", "C")], "choisir");
    assert!(t.wait_for("\"Envoyer un message texte\""), "{}", t.screen());
    assert!(!t.screen().contains("\" Envoyer"), "{}", t.screen());
    quit(t, mark);
}
