//! Issue 27, M1: a card number never leaks. A note is redacted as it will be shown (any run of
//! spaces, line breaks, dashes, dots, slashes or underscores between digit groups is a separator,
//! and an invisible character hides nothing), and the same redacted text is what the screen, the
//! journal, the JSON and Markdown transcripts, the ticket summary, `y` and `report` get.

use crate::common::{self, keys, shipped, terminal, text};
use crossterm::event::Event;
use signup_doctor::i18n::agent;
use signup_doctor::transcript::journal::Journal;
use signup_doctor::tui::App;
use signup_doctor::tui::theme::THEME;
use signup_doctor::wizard::session::Session;

/// What an agent typing fast, or pasting from a chat, writes: seven card numbers, each written a
/// way people do (a double space, slashes, underscores, a line break of a paste, spaced dashes, a
/// zero-width space), and an order number that must stay.
const PASTED: &str = "A=3782-822463-10005 B=4111111111111111 C=4111  1111 1111 1111 \
D=5555/5555/5555/4444 E=5555_5555_5555_4444 F=4111 1111\n1111 1111 G=3782 - 822463 - 10005 \
H=4111\u{200B}1111 1111 1111 order 00015 00016 00017";

/// The card numbers above, as their digits: none may be anywhere, in any spacing (a text's digits
/// are looked at run together, so times, ids and hashes cannot hide or fake one).
const CARDS: [&str; 3] = ["378282246310005", "4111111111111111", "5555555555554444"];

/// The texts a journal's lines hold (notes and the note being typed): its header, times, hashes
/// and ids may hold any digits.
fn journal_texts(journal: &str) -> String {
    journal
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect::<Vec<_>>()
        .join("\n")
}

fn leaks(place: &str, text: &str) {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    for card in CARDS {
        assert!(!digits.contains(card), "{place} holds `{card}`:\n{text}");
    }
}

#[test]
fn a_card_number_written_any_way_never_reaches_a_place_a_note_goes() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let home = common::private_home();
    let saved = home.join("data");
    let saver = common::saver_into(loaded, saved.clone());
    let session = Session::at_code(tree, "card-declined/prepaid")
        .unwrap()
        .in_language("en")
        .with_card_mark(|lang| loaded.localizer.text(lang, agent::CARD_REMOVED));
    let journal = Journal::start(&home.join("state"), &session, &common::shipped_build()).unwrap();
    let mut app = App::new(session, &loaded.localizer, "en", THEME)
        .with_saver(&saver)
        .with_journal(Some(journal));
    let mut term = terminal(120, 40);
    app.run(&mut term, keys("n")).unwrap();
    app.run(&mut term, [Event::Paste(PASTED.into())]).unwrap();
    app.run(&mut term, keys("\n")).unwrap();

    // The one note, as the session holds it, is what everything else shows.
    let notes: Vec<String> = app.session().notes().iter().map(|n| n.text.clone()).collect();
    let mark = "[card number removed]";
    let expected =
        format!("A={mark} B={mark} C={mark} D={mark} E={mark} F={mark} G={mark} H={mark} order 00015 00016 00017");
    assert_eq!(notes, std::slice::from_ref(&expected));
    leaks("the screen", &text(&term));
    let journal = std::fs::read_to_string(app.take_journal().unwrap().path()).unwrap();
    leaks("the journal", &journal_texts(&journal));
    assert!(journal.contains(&expected), "{journal}");

    // On to the escalation end: the summary on screen and the one `y` copies.
    app.run(&mut term, keys("222")).unwrap();
    assert!(text(&term).contains("Support request summary"), "{}", text(&term));
    leaks("the escalation screen", &text(&term));
    app.run(&mut term, keys("y")).unwrap();
    let copied = app.copied().unwrap().to_string();
    leaks("the copied summary", &copied);
    assert!(copied.contains("order 00015 00016 00017"), "{copied}");

    // Saved: the JSON and the Markdown, and what `report` reads of them.
    app.run(&mut term, keys("s")).unwrap();
    let files: Vec<_> = std::fs::read_dir(&saved).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 2, "{files:?}");
    for file in &files {
        let saved = std::fs::read_to_string(file).unwrap();
        leaks(&file.display().to_string(), &saved);
        assert!(saved.contains("order 00015 00016 00017"), "{saved}");
    }
    let report = common::doctor().arg("report").arg(&saved).output().unwrap();
    assert!(report.status.success());
    leaks("report", &String::from_utf8_lossy(&report.stdout));
}

/// A transcript written by something else (an older version, a hand edit) holding a card number
/// with a double space: reopening it and printing it shows the number removed.
#[test]
fn a_card_number_in_a_reopened_transcript_is_removed_as_it_is_read() {
    let home = common::private_home();
    let dir = home.join("data");
    common::doctor()
        .env("XDG_STATE_HOME", home.join("state"))
        .args(["--plain", "--lang", "en", "--transcript-dir"])
        .arg(&dir)
        .write_stdin("1\nn placeholder\ns\nq\n")
        .assert()
        .success();
    let json = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let hostile = std::fs::read_to_string(&json)
        .unwrap()
        .replace("placeholder", "C=4111  1111 1111 1111 D=5555/5555/5555/4444");
    std::fs::write(&json, hostile).unwrap();
    let output = common::doctor()
        .env("XDG_STATE_HOME", home.join("state"))
        .args(["--plain", "--lang", "en", "--resume"])
        .arg(&json)
        .write_stdin("y\nq\nq\n")
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(
        shown.contains(r"C=\[card number removed\] D=\[card number removed\]"),
        "{shown}"
    );
    leaks("the reopened transcript", &shown);
}

/// A card number typed key by key into a note not kept yet: the journal, which holds the note
/// being typed, is left with no digit of it once it is a whole card number.
#[test]
fn a_card_number_being_typed_is_not_left_in_the_journal() {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let home = common::private_home();
    let session = Session::at_code(tree, "card-declined/prepaid")
        .unwrap()
        .in_language("fr")
        .with_card_mark(|lang| loaded.localizer.text(lang, agent::CARD_REMOVED));
    let journal = Journal::start(&home.join("state"), &session, &common::shipped_build()).unwrap();
    let path = journal.path().to_path_buf();
    let mut app = App::new(session, &loaded.localizer, "fr", THEME).with_journal(Some(journal));
    let mut term = terminal(80, 24);
    app.run(&mut term, keys("ncarte 4111  1111 1111 111")).unwrap();
    let journal = std::fs::read_to_string(&path).unwrap();
    assert!(
        journal.contains(r#""text":" 4""#),
        "not a card number yet, kept as typed:\n{journal}"
    );
    app.run(&mut term, keys("1 refusée")).unwrap();
    let journal = std::fs::read_to_string(&path).unwrap();
    leaks("the journal", &journal_texts(&journal));
    assert!(journal.contains("carte [numéro de carte retiré]"), "{journal}");
    // Reopened from that journal, the note is the redacted one.
    drop(app);
    let reopened = signup_doctor::transcript::journal::reopen(&path, tree).unwrap();
    assert_eq!(
        reopened.draft.as_deref(),
        Some("carte [numéro de carte retiré] refusée")
    );
}
