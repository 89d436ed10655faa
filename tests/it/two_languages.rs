//! Issue 27 M4: one agent, two languages. An English-reading agent (the environment's language)
//! takes a French customer's code (`--lang fr`): the chrome, help, search and dialogs speak
//! English, the tree's words are French (or both with `b`, the customer's on the left), search
//! matches either language, `y` copies the summary in English then, again, in French, and the
//! transcript is saved in French with the walk's English names kept beside.

use crate::common::private_home;
use crate::pty::{Exit, FIRST_FRAME, Terminal, WAIT};

/// The escalation end the review reached: card declined, bank card, no, no.
const ESCALATION: &str = "2.1.2.2";

/// The texts sent to the clipboard (OSC 52) in `written`, decoded, in order.
fn osc52_payloads(written: &[u8]) -> Vec<String> {
    use base64::Engine as _;
    let written = String::from_utf8_lossy(written);
    written
        .split("\x1b]52;c;")
        .skip(1)
        .filter_map(|rest| rest.split_once('\x07').map(|(payload, _)| payload))
        .map(|p| String::from_utf8(base64::engine::general_purpose::STANDARD.decode(p).unwrap()).unwrap())
        .collect()
}

fn saved_json(home: &std::path::Path) -> serde_json::Value {
    let dir = home.join("data/signup-doctor/transcripts");
    let json = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("a saved transcript");
    serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap()
}

#[test]
fn an_english_agent_with_a_french_customer_reads_english_chrome_over_french_words() {
    let home = private_home();
    let mut t = Terminal::start_sized(&home, &["--lang", "fr", "--resume", "2"], &[], (120, 40));
    assert!(
        t.wait_until(FIRST_FRAME, |t| t.screen().contains("Une carte virtuelle ou prépayée")),
        "the tree's words in the customer's language:\n{}",
        t.screen()
    );
    let screen = t.screen();
    assert!(
        screen.contains("Français · customer"),
        "the title names the customer's language:\n{screen}"
    );
    assert!(
        screen.contains("Start › My card is not accepted when I sign up"),
        "the breadcrumb in the agent's:\n{screen}"
    );
    assert!(
        screen.contains("? help") && screen.contains("q quit"),
        "hints in English:\n{screen}"
    );

    // Both: the customer's on the left, the agent's on the right, labelled so, in the agent's words.
    assert!(t.send(b"b"));
    assert!(t.wait_for("English · agent"), "{}", t.screen());
    let screen = t.screen();
    let row = screen.lines().find(|l| l.contains("English · agent")).unwrap();
    let (customer, agent) = (row.find("Français · customer"), row.find("English · agent"));
    assert!(customer.is_some_and(|c| agent.is_some_and(|a| c < a)), "{row}");

    // Search speaks English and finds the English words as well as the French.
    assert!(t.send(b"/prepaid"));
    assert!(t.wait_for("Search"), "{}", t.screen());
    assert!(
        t.wait_until(WAIT, |t| {
            let screen = t.screen();
            screen.contains("/ prepaid") && screen.contains(" steps ") || screen.contains("│ 2 steps")
        }),
        "an English word finds the step:\n{}",
        t.screen()
    );
    assert!(t.send(b"\x1b"));
    assert!(t.wait_until(WAIT, |t| !t.screen().contains("Search")), "{}", t.screen());

    // The quit dialog, with unsaved work, in English.
    assert!(t.send(b"nnote de test\r"));
    assert!(t.wait_for("Note added"), "{}", t.screen());
    assert!(t.send(b"q"));
    assert!(t.wait_for("Save the transcript, then quit"), "{}", t.screen());
    assert!(t.send(b"s"));
    assert_eq!(t.exit(), Exit::Code(0));

    let json = saved_json(&home);
    assert_eq!(json["lang"], "fr", "saved in the customer's language");
    assert_eq!(json["agent_lang"], "en");
    assert_eq!(json["steps"][0]["answer_text"], "Ma carte est refusée à l’inscription");
    assert_eq!(
        json["steps"][0]["agent_answer_text"],
        "My card is not accepted when I sign up"
    );
    let md = std::fs::read_to_string(home.join(format!(
        "data/signup-doctor/transcripts/{}.md",
        json["session"].as_str().unwrap()
    )))
    .unwrap();
    assert!(md.contains("# Transcription"), "{md}");
    assert!(
        md.contains("English\u{a0}: Where are you stuck? — My card is not accepted"),
        "{md}"
    );
}

#[test]
fn y_copies_the_summary_in_the_agents_language_then_again_in_the_customers_and_says_which() {
    let home = private_home();
    let mut t = Terminal::start_sized(&home, &["--lang", "fr", "--resume", ESCALATION], &[], (120, 40));
    assert!(
        t.wait_until(FIRST_FRAME, |t| t.screen().contains("Résumé de la demande de support")),
        "{}",
        t.screen()
    );
    let from = t.written().len();
    assert!(t.send(b"y"));
    assert!(t.wait_for("Support request summary in English sent"), "{}", t.screen());
    assert!(t.screen().contains("y again: in French"), "{}", t.screen());
    let sent = |t: &Terminal, n: usize| osc52_payloads(&t.written()[from..]).len() >= n;
    assert!(t.wait_until(WAIT, |t| sent(t, 1)), "an OSC 52 sequence");
    let first = osc52_payloads(&t.written()[from..]);
    assert!(
        first.last().is_some_and(|s| s.starts_with("Support request summary\n")),
        "{first:?}"
    );
    assert!(t.send(b"y"));
    assert!(t.wait_for("Support request summary in French sent"), "{}", t.screen());
    assert!(t.wait_until(WAIT, |t| sent(t, 2)), "a second OSC 52 sequence");
    let second = osc52_payloads(&t.written()[from..]);
    assert!(
        second
            .last()
            .is_some_and(|s| s.starts_with("Résumé de la demande de support\n")),
        "{second:?}"
    );
    assert!(t.send(b"q"));
    t.exit();
}

#[test]
fn agent_lang_sets_the_agents_language_whatever_the_environment_says() {
    let home = private_home();
    let mut t = Terminal::start_sized(
        &home,
        &["--lang", "en", "--agent-lang", "fr", "--resume", "2"],
        &[],
        (120, 40),
    );
    assert!(
        t.wait_until(FIRST_FRAME, |t| t.screen().contains("A virtual or prepaid card")),
        "{}",
        t.screen()
    );
    let screen = t.screen();
    assert!(
        screen.contains("English · client") && screen.contains("? aide"),
        "{screen}"
    );
    assert!(t.send(b"q"));
    t.exit();
}

#[test]
fn plain_mode_prompts_in_the_agents_language_and_prints_the_summary_in_it_then_the_customers() {
    let output = crate::common::doctor()
        .args(["--plain", "--lang", "fr", "--agent-lang", "en", "--resume", ESCALATION])
        .write_stdin("y\ny\nq\n")
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    let prompts = String::from_utf8(output.stderr).unwrap();
    assert!(
        out.contains("Ce cas demande l’intervention d’une personne"),
        "the screen in French:\n{out}"
    );
    assert!(prompts.contains("Type 1 to go on"), "the prompt in English:\n{prompts}");
    let english = out
        .find("\nSupport request summary\n")
        .expect("y: the summary in English");
    let french = out
        .rfind("\nRésumé de la demande de support\n")
        .expect("y again: in French");
    assert!(english < french, "{out}");
}

/// Issue 27 polish 15: after a search jump, back (Esc) returns to where the customer was, not
/// along the path jumped by; the status bar says so before and after.
#[test]
fn esc_right_after_a_search_jump_goes_back_to_where_the_customer_was() {
    let home = private_home();
    let mut t = Terminal::start_sized(&home, &["--lang", "en", "--resume", "2.1.2"], &[], (120, 40));
    assert!(
        t.wait_until(FIRST_FRAME, |t| t.screen().contains("2.1.2")),
        "{}",
        t.screen()
    );
    assert!(t.send(b"/prepaid"));
    assert!(t.wait_for("A virtual or prepaid card"), "{}", t.screen());
    assert!(t.send(b"\r"));
    assert!(t.wait_for("back to where you were"), "{}", t.screen());
    assert!(
        !t.screen().contains("Code: card-declined/bank-card/no"),
        "{}",
        t.screen()
    );
    assert!(t.send(b"\x1b"));
    assert!(t.wait_for("Back where you were before the search."), "{}", t.screen());
    assert!(
        t.screen().contains("Code: card-declined/bank-card/no"),
        "{}",
        t.screen()
    );
    assert!(t.send(b"q"));
    assert_eq!(t.exit(), Exit::Code(0));
}
