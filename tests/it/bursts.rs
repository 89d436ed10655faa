//! Input faster than one key at a time (issue 22, problem 3): a burst past crossterm's 1,024-byte
//! read, a flood of 200,000 keys, 1 MB typed as keys into a note, 2,200 characters typed into the
//! search. Every byte that arrives is acted on without another key to wake the wizard, and a burst
//! costs no frame a key. A terminal that says it is giant (problem 4): what is drawn is capped. A
//! terminal that stopped reading (problem 5): a stopping signal still saves and ends the wizard.
//! The wizard runs full-screen in a pseudo-terminal (tests/pty/burst.py),
//! which gives up on it 20 s after the last byte was sent; the figures it prints (time, processor
//! time, peak memory) are for BENCHMARKS.md, not asserted.

/// Runs tests/pty/burst.py HOW; its status line, or nothing without python3.
fn burst(how: &str) -> Option<String> {
    burst_sized(how, "80x24")
}

/// Like [`burst`], in a terminal of `size` (`COLUMNSxROWS`).
fn burst_sized(how: &str, size: &str) -> Option<String> {
    burst_in(&crate::common::private_home(), how, size)
}

/// Like [`burst_sized`], with the state and data folders in `home`.
fn burst_in(home: &std::path::Path, how: &str, size: &str) -> Option<String> {
    if !crate::tools::available("python3", &["--version"], "Python 3: `apt-get install python3`") {
        return None;
    }
    let output = std::process::Command::new("python3")
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("BURST_SIZE", size)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pty/burst.py"))
        .args([env!("CARGO_BIN_EXE_signup-doctor"), how])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8(output.stdout).unwrap().trim().to_string())
}

/// Asserts the status line starts with `expected` (exit code, and whether what was waited for
/// showed).
fn assert_burst(how: &str, expected: &str) {
    if let Some(status) = burst(how) {
        assert!(status.starts_with(expected), "{how}: {status}");
    }
}

/// Case tty-input-burst-q: 1,100 bytes typed ahead over a slow link, the last a `q`.
#[test]
fn a_q_at_the_end_of_a_burst_past_1024_bytes_quits() {
    assert_burst("burst-q", "exit=0 shown=True");
}

/// Case tty-input-burst-1025: the `?` after 1,099 other keys opens the help without another key.
#[test]
fn the_last_key_of_a_burst_past_1024_bytes_is_acted_on() {
    assert_burst("burst-help", "exit=130 shown=True");
}

/// Case tty-key-flood: 200,000 keys, then `q`.
#[test]
fn a_flood_of_200_000_keys_is_worked_through_and_q_quits() {
    assert_burst("flood", "exit=0 shown=True");
}

/// Case tty-unbracketed-1mb: 1 MB typed into a note as keys (no bracketed paste): the note takes
/// what fits, Enter keeps it, and `q` `q` quit.
#[test]
fn a_megabyte_typed_as_keys_into_a_note_is_worked_through() {
    assert_burst("unbracketed", "exit=0 shown=True");
}

/// Case tty-search-long: 2,200 characters typed into the search; Esc closes it.
#[test]
fn esc_closes_a_search_after_2200_typed_characters() {
    assert_burst("search-long", "exit=0 shown=True");
}

/// Cases tty-size-65535 and tty-size-10000: a terminal that says it is 65,535 or 10,000 cells each
/// way gets its first frame (capped to the top left) and quits on `q`. Before, 10,000² took 9 GB
/// and drew nothing in 20 s.
#[test]
fn a_giant_terminal_gets_a_capped_screen_and_q_quits() {
    for size in ["65535x65535", "10000x10000"] {
        if let Some(status) = burst_sized("giant", size) {
            assert!(status.starts_with("exit=0 shown=True"), "{size}: {status}");
        }
    }
}

/// Case tty-output-stalled-sigterm: the terminal stops reading the wizard's output (a stalled SSH
/// link) while a note is unsaved. SIGTERM still saves it and ends the wizard, 143, while nobody
/// reads; before, the wizard sat in `write` until the terminal read again.
#[test]
fn sigterm_saves_and_ends_the_wizard_while_the_terminal_is_not_reading() {
    let home = crate::common::private_home();
    let Some(status) = burst_in(&home, "stall", "200x60") else {
        return;
    };
    assert!(status.starts_with("exit=143 shown=True"), "{status}");
    let saved: Vec<String> = std::fs::read_dir(home.join("data/signup-doctor/transcripts"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(
        saved.iter().any(|t| t.contains("kept through a stalled terminal")),
        "{saved:?}"
    );
}
