//! Input faster than one key at a time (issue 22, problem 3): a burst past crossterm's 1,024-byte
//! read, a flood of 200,000 keys, 1 MB typed as keys into a note, 2,200 characters typed into the
//! search. Every byte that arrives is acted on without another key to wake the wizard, and a burst
//! costs no frame a key. A terminal that says it is giant (problem 4): what is drawn is capped. A
//! terminal that stopped reading (problem 5): a stopping signal still saves and ends the wizard.
//! The wizard runs full-screen in a pseudo-terminal (tests/it/pty.rs); a burst is written without
//! blocking while the wizard's output is read, as a terminal emulator does. Time, processor time and
//! peak memory are measured by benches/bursts.sh, never asserted here.

use crate::pty::{Exit, FIRST_FRAME, Terminal, WAIT};
use rustix::process::Signal;

/// The wizard full-screen in a terminal of `size`, its folders in `home`, once its first question
/// shows.
fn started_in(home: &std::path::Path, size: (u16, u16)) -> Terminal {
    let mut t = Terminal::start_sized(home, &["--lang", "en"], &[], size);
    assert!(
        t.wait_until(FIRST_FRAME, |t| t.screen().contains("Where are you stuck")),
        "first frame:\n{}",
        t.screen()
    );
    t
}

fn started() -> Terminal {
    started_in(&crate::common::private_home(), (80, 24))
}

/// Types `keys` (all of them, the output read meanwhile), then waits for the wizard's end.
fn typed_then_exit(mut t: Terminal, keys: &[u8]) -> Exit {
    assert!(t.send(keys), "the terminal took every key:\n{}", t.screen());
    t.exit()
}

/// Case tty-input-burst-q: 1,100 bytes typed ahead over a slow link, the last a `q`.
#[test]
fn a_q_at_the_end_of_a_burst_past_1024_bytes_quits() {
    let keys = [&[b'x'; 1099][..], b"q"].concat();
    assert_eq!(typed_then_exit(started(), &keys), Exit::Code(0));
}

/// Case tty-input-burst-1025: the `?` after 1,099 other keys opens the help without another key.
#[test]
fn the_last_key_of_a_burst_past_1024_bytes_is_acted_on() {
    let mut t = started();
    assert!(t.send(&[&[b'x'; 1099][..], b"?"].concat()));
    assert!(t.wait_for("Keys"), "the help opened:\n{}", t.screen());
    // Ctrl-C leaves from the help too.
    assert_eq!(typed_then_exit(t, b"\x03"), Exit::Code(130));
}

/// Case tty-key-flood: 200,000 keys, then `q`.
#[test]
fn a_flood_of_200_000_keys_is_worked_through_and_q_quits() {
    let keys = [&b"jk\x1b[A\x1b[B\x1b[H\x1b[Fjk".repeat(20_000)[..], b"q"].concat();
    assert_eq!(typed_then_exit(started(), &keys), Exit::Code(0));
}

/// Case tty-unbracketed-1mb: 1 MB typed into a note as keys (no bracketed paste): the note takes
/// what fits, Enter keeps it, and `q` `q` quit.
#[test]
fn a_megabyte_typed_as_keys_into_a_note_is_worked_through() {
    let keys = [&b"n"[..], &b"abcdefghij".repeat(100_000)[..], b"\rqq"].concat();
    assert_eq!(typed_then_exit(started(), &keys), Exit::Code(0));
}

/// Case tty-search-long: 2,200 characters typed into the search; Esc closes it (the question it
/// covered is drawn again), and only then q (sent with Esc, it would read as Alt-q).
#[test]
fn esc_closes_a_search_after_2200_typed_characters() {
    let mut t = started();
    assert!(t.send(b"/"));
    assert!(t.wait_for("Search"), "{}", t.screen());
    assert!(t.send(&[&b"a.*[b](c)?+".repeat(200)[..], b"\x1b"].concat()));
    assert!(
        t.wait_until(WAIT, |t| t.screen().contains("Where are you stuck")
            && !t.screen().contains("Search")),
        "the search closed:\n{}",
        t.screen()
    );
    assert_eq!(typed_then_exit(t, b"q"), Exit::Code(0));
}

/// Cases tty-size-65535 and tty-size-10000: a terminal that says it is 65,535 or 10,000 cells each
/// way gets its first frame (capped to the top left) and quits on `q`. Before, 10,000² took 9 GB
/// and drew nothing in 20 s.
#[test]
fn a_giant_terminal_gets_a_capped_screen_and_q_quits() {
    for size in [(65535, 65535), (10000, 10000)] {
        let t = started_in(&crate::common::private_home(), size);
        assert_eq!(typed_then_exit(t, b"q"), Exit::Code(0), "{size:?}");
    }
}

/// Case tty-output-stalled-sigterm: the terminal stops reading the wizard's output (a stalled SSH
/// link) while a note is unsaved. SIGTERM still saves it and ends the wizard, 143, while nobody
/// reads; before, the wizard sat in `write` until the terminal read again.
#[test]
fn sigterm_saves_and_ends_the_wizard_while_the_terminal_is_not_reading() {
    let home = crate::common::private_home();
    let mut t = started_in(&home, (200, 60));
    assert!(t.send(b"1"));
    assert!(t.wait_until(WAIT, |t| t.screen().to_lowercase().contains("verification")));
    assert!(t.send(b"n"));
    assert!(t.wait_for("Note on this step"), "{}", t.screen());
    assert!(t.send(b"kept through a stalled terminal\r"));
    assert!(t.wait_for("Note added"), "{}", t.screen());
    // From here on nothing is read. The help is opened, then each resize redraws every cell, until
    // the terminal's output buffer is full and the wizard waits to write; then it reads no more
    // input either, and once the input buffer is full too, a key no longer fits: stalled.
    assert!(t.send_unread(b"?"));
    let stalled = (0..10_000).any(|i| {
        t.resize((200 - i % 2, 60));
        // A window dragged by a person: a resize every couple of milliseconds.
        std::thread::sleep(std::time::Duration::from_millis(2));
        !t.send_unread(&[b'j'; 1024])
    });
    assert!(stalled, "the terminal never filled up");
    t.signal(Signal::TERM);
    assert_eq!(t.exit_unread(), Exit::Code(143));
    let saved: Vec<String> = std::fs::read_dir(home.join("data/signup-doctor/transcripts"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(
        saved.iter().any(|t| t.contains("kept through a stalled terminal")),
        "{saved:?}"
    );
}
