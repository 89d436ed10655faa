//! Support-agent aids through the session: notes (redacted), tried steps, the ticket summary,
//! transcripts (atomic, never overwritten, a failed save loses nothing), the changed-flows warning on
//! reopening, `report`, and plain mode's notes, save and quit-with-unsaved-notes.

use assert_cmd::Command;
use signup_doctor::engine::tree::Outcome;
use signup_doctor::i18n::Localizer;
use signup_doctor::source::{FileSet, Kind};
use signup_doctor::transcript::report;
use signup_doctor::transcript::{self, Saver, Transcript};
use signup_doctor::wizard::session::{Effect, Msg, Session};
use signup_doctor::wizard::ticket;

use crate::common::{fixed_clock, shipped_build};

/// card-declined → regular card → card-country fix (not solved) → bank-checks fix.
fn walk_to_bank_checks(session: &mut Session<'_>) {
    session.update(Msg::GoTo("card-declined/bank-card/no".into()));
    assert_eq!(
        session.tree().qualified_name(session.place().node()),
        "card-declined:bank-checks"
    );
}

#[test]
fn notes_are_redacted_and_attached_to_the_step_they_were_written_on() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let mut session = Session::with_clock(tree, fixed_clock);
    walk_to_bank_checks(&mut session);
    let here = session.place();
    assert_eq!(
        session.update(Msg::Note("card 4111-1111-1111-1111 refused".into())),
        Effect::Changed
    );
    assert_eq!(session.notes_at(here), ["card [card number removed] refused"]);
    assert!(session.has_unsaved_work());
    session.update(Msg::Back);
    assert!(
        session.notes_at(session.place()).is_empty(),
        "the note stays on its own step"
    );
    assert_eq!(
        session.update(Msg::Note("   ".into())),
        Effect::Ignored,
        "an empty note is not kept"
    );
}

#[test]
fn tried_steps_are_kept_per_step_and_only_on_fixes() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let mut session = Session::with_clock(tree, fixed_clock);
    assert_eq!(
        session.update(Msg::ToggleTried(0)),
        Effect::Ignored,
        "the root question has no steps"
    );
    walk_to_bank_checks(&mut session);
    session.update(Msg::ToggleTried(0));
    session.update(Msg::ToggleTried(2));
    session.update(Msg::ToggleTried(0));
    assert_eq!(session.tried_at(session.place()), [2]);
    assert_eq!(session.update(Msg::ToggleTried(99)), Effect::Ignored);
}

/// The value of the summary field labelled `label`.
fn field<'f>(fields: &'f [ticket::Field], label: &str) -> &'f str {
    fields
        .iter()
        .find(|f| f.label == label)
        .map_or_else(|| panic!("no field `{label}` in {fields:?}"), |f| f.value.as_str())
}

/// Each field labelled in `labels` is a blank.
fn assert_blanks(fields: &[ticket::Field], labels: &[&str]) {
    for label in labels {
        assert_eq!(field(fields, label), ticket::BLANK, "`{label}` is a blank: {fields:?}");
    }
}

#[test]
fn the_ticket_summary_is_filled_from_topic_answers_tried_steps_and_notes_in_each_language() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let mut session = Session::with_clock(tree, fixed_clock).with_id("20260910T135320Z-5a1e00");
    walk_to_bank_checks(&mut session);
    session.update(Msg::ToggleTried(1));
    session.update(Msg::Note("customer called the bank".into()));
    session.update(Msg::Choose(1));
    let en = ticket::summary(&session, &loaded.localizer, "en");
    let labels: Vec<&str> = en.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Desk",
            "How to reach it",
            "Issue type",
            "Email address you tried to sign up with",
            "Country or region of the account",
            "Payment method",
            "Problem summary",
            "Severity",
            "When the problem started (date, time and time zone)",
            "Details",
            "Path code",
            "Session",
        ],
        "the desk first, then its request's fields in its order, then the codes"
    );
    assert_eq!(
        field(&en, "Desk"),
        "Azure billing support for a sign-up (no subscription yet)",
        "a card declined at sign-up goes to billing support without a subscription"
    );
    assert_eq!(field(&en, "Issue type"), "Billing");
    assert_eq!(
        field(&en, "Payment method"),
        "Credit or debit card",
        "filled from the answer about the card"
    );
    // What the customer fills in is a blank, never an instruction pasted as a value.
    assert_blanks(
        &en,
        &[
            "Email address you tried to sign up with",
            "Country or region of the account",
            "When the problem started (date, time and time zone)",
        ],
    );
    assert_eq!(
        field(&en, "Severity"),
        "C – minimal business impact (work goes on with minor impediments)"
    );
    let details = field(&en, "Details");
    let step = loaded.localizer.text("en", "card-declined-bank-checks-international");
    assert!(
        details.contains(&format!("   Tried this step:\n   – {step}")),
        "tried steps are named, not numbered: {details}"
    );
    assert!(details.contains("Note: customer called the bank"), "{details}");
    assert!(
        !details.lines().any(|l| l.trim().is_empty()),
        "no empty line: {details}"
    );
    assert_eq!(
        field(&en, "Path code"),
        "card-declined/bank-card/no/no (2.1.2.2-K)",
        "the receiving agent can reopen the walk"
    );
    assert_eq!(field(&en, "Session"), "20260910T135320Z-5a1e00");
    let fr = ticket::summary(&session, &loaded.localizer, "fr");
    assert_eq!(fr[0].label, "Service");
    assert!(field(&fr, "Détails").contains("Étape essayée\u{a0}:"), "{fr:?}");
    session.update(Msg::Back);
    session.update(Msg::ToggleTried(3));
    session.update(Msg::Choose(1));
    let en = ticket::summary(&session, &loaded.localizer, "en");
    assert!(field(&en, "Details").contains("Tried these 2 steps:"), "{en:?}");
    let fr = ticket::summary(&session, &loaded.localizer, "fr");
    assert!(field(&fr, "Détails").contains("2 étapes essayées\u{a0}:"), "{fr:?}");
}

#[test]
fn a_disabled_subscription_pre_selects_severity_b_and_the_way_on_is_not_a_detail() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let session = Session::at_code(tree, "past-due/disabled/paid/ticket/portal").unwrap();
    let en = ticket::summary(&session, &loaded.localizer, "en");
    assert!(
        field(&en, "Severity") == "B – moderate business impact (services impaired, but work can reasonably continue)",
        "{en:?}"
    );
    assert_eq!(field(&en, "Desk"), "Azure billing and subscription support");
    assert_eq!(
        field(&en, "Problem summary"),
        "Subscription still disabled after the past-due balance was paid",
        "the escalation end words the problem for its desk"
    );
    // What the desk needs to find the payment.
    assert_blanks(
        &en,
        &[
            "Payment date",
            "Amount paid",
            "Payment reference (transaction or invoice number)",
        ],
    );
    let ticket = loaded.localizer.text("en", "ui-escalate-ticket");
    assert!(
        !field(&en, "Details").contains(&ticket),
        "the escalation end's one choice is not a question answered: {en:?}"
    );
    let opened = Session::at_code(tree, "past-due/disabled/paid/ticket/portal/yes").unwrap();
    assert_eq!(opened.outcome(), Some(Outcome::HandedOver));
    let en = ticket::summary(&opened, &loaded.localizer, "en");
    assert_eq!(field(&en, "Desk"), "Azure billing and subscription support");
    assert_blanks(&en, &["Payment date"]);
    let elsewhere = Session::at_code(tree, "card-declined/bank-card/no/no").unwrap();
    let en = ticket::summary(&elsewhere, &loaded.localizer, "en");
    assert_eq!(
        field(&en, "Severity"),
        "C – minimal business impact (work goes on with minor impediments)"
    );
}

#[test]
fn each_topic_escalates_to_the_desk_that_can_act_on_it() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    for (code, desk) in [
        ("partner-center/declined/no/no", "Partner Center support"),
        (
            "azure-in-open/email/no/no/other",
            "Microsoft Volume Licensing support (Open programs)",
        ),
        ("benefit-plans/msdn/refused/no", "Visual Studio subscriptions support"),
        ("benefit-plans/mpn/refused/no", "Partner Center support"),
        ("benefit-plans/bizspark/refused/no", "Microsoft for Startups support"),
        (
            "past-due/declined/admin/no/no/no",
            "Azure billing and subscription support",
        ),
        (
            "verification/no-sms/no/no/no",
            "Azure billing support for a sign-up (no subscription yet)",
        ),
    ] {
        let session = Session::at_code(tree, code).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(session.outcome(), Some(Outcome::Escalate), "{code}");
        let en = ticket::summary(&session, &loaded.localizer, "en");
        assert_eq!(field(&en, "Desk"), desk, "{code}");
    }
}

#[test]
fn a_transcript_records_every_step_with_time_answers_notes_outcome_codes_version_and_hashes() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let mut session = Session::with_clock(tree, fixed_clock);
    walk_to_bank_checks(&mut session);
    session.update(Msg::Note("left a voicemail".into()));
    session.update(Msg::Choose(0));
    let transcript = Transcript::of(&session, &shipped_build(), fixed_clock());
    assert_eq!(transcript.code, "card-declined/bank-card/no/yes");
    assert_eq!(transcript.short, "2.1.2.1-Y");
    assert_eq!(transcript.outcome, Some(Outcome::Resolved));
    assert_eq!(transcript.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(transcript.flows_hash.len(), 64);
    assert_eq!(transcript.steps.len(), 4);
    assert_eq!(transcript.steps[3].place.node, "bank-checks");
    assert_eq!(transcript.steps[3].answer, "yes");
    assert_eq!(transcript.steps[3].place.notes, ["left a voicemail"]);
    assert_eq!(transcript.steps[0].time, fixed_clock());
    let markdown = transcript.markdown(&loaded.localizer);
    assert!(
        markdown.contains("- Code: `card-declined/bank-card/no/yes` · `2.1.2.1-Y`"),
        "{markdown}"
    );
    assert!(markdown.contains("   - Note: left a voicemail"), "{markdown}");
}

#[test]
fn saving_again_replaces_the_sessions_own_files_and_never_another_sessions() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("transcripts");
    let mut session = Session::at_code(tree, "1.1").unwrap();
    let first = transcript::save(
        &folder,
        &Transcript::of(&session, &shipped_build(), fixed_clock()),
        &loaded.localizer,
    )
    .unwrap();
    session.update(Msg::Note("added after the first save".into()));
    let again = Transcript::of(&session, &shipped_build(), fixed_clock());
    let second = transcript::save(&folder, &again, &loaded.localizer).unwrap();
    assert_eq!(first, second, "one session, one record");
    let other = Session::at_code(tree, "1.1").unwrap();
    let third = transcript::save(
        &folder,
        &Transcript::of(&other, &shipped_build(), fixed_clock()),
        &loaded.localizer,
    )
    .unwrap();
    assert_ne!(first, third);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        4,
        "two sessions, JSON and Markdown each, no temporary file left: {names:?}"
    );
    assert_eq!(transcript::read(&first).unwrap(), again);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700, "the folder is its owner's only");
        for name in &names {
            assert_eq!(mode(&folder.join(name)), 0o600, "{name} is its owner's only");
        }
    }
}

#[test]
fn a_failed_save_says_why_and_keeps_the_session() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let blocker = tempfile::NamedTempFile::new().unwrap();
    let saver = Saver {
        build: shipped_build(),
        dir: Some(blocker.path().join("transcripts")),
        fallback: None,
    };
    let mut session = Session::with_clock(tree, fixed_clock);
    walk_to_bank_checks(&mut session);
    session.update(Msg::Note("do not lose me".into()));
    let error = saver.save(&session).unwrap_err().to_string();
    assert!(error.contains(&blocker.path().display().to_string()), "{error}");
    assert!(session.has_unsaved_work());
    assert_eq!(session.notes_at(session.place()), ["do not lose me"]);
}

#[test]
fn reopening_a_transcript_after_a_text_changed_names_the_steps_that_changed() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let mut session = Session::with_clock(tree, fixed_clock);
    walk_to_bank_checks(&mut session);
    session.update(Msg::Note("kept across reopening".into()));
    let transcript = Transcript::of(&session, &shipped_build(), fixed_clock());
    let dir = tempfile::tempdir().unwrap();
    let path = transcript::save(dir.path(), &transcript, &loaded.localizer).unwrap();
    let same = transcript::reopen(&path, tree, &loaded.localizer).unwrap();
    assert!(same.changed.is_empty(), "{:?}", same.changed);

    let mut locales = FileSet::built_in(Kind::Locales);
    let file = locales
        .files
        .iter_mut()
        .find(|f| f.relative.ends_with("en/card-declined.ftl"))
        .unwrap();
    file.text = file.text.replace(
        "\ncard-declined-card-country =",
        "\ncard-declined-card-country = Reworded:",
    );
    let changed = Localizer::load(&locales, &mut Default::default());
    let reopened = transcript::reopen(&path, tree, &changed).unwrap();
    assert_eq!(reopened.changed, [(3, "card-declined:card-country".to_string())]);
    let session = reopened.session;
    assert_eq!(session.codes().code, "card-declined/bank-card/no");
    assert_eq!(session.notes_at(session.place()), ["kept across reopening"]);
    let warning = transcript::changed_warning(&reopened.changed, &changed, "en");
    assert_eq!(
        warning[1],
        "  step 3 (card-declined:card-country) now reads differently"
    );
}

#[test]
fn report_counts_outcomes_where_sessions_stop_failed_fixes_and_the_median() {
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for code in [
        "card-declined/bank-card/yes",
        "card-declined/bank-card/no/yes",
        "card-declined/bank-card/no/no",
        "card-declined/bank-card/no/no/ticket/yes",
        "1.1",
    ] {
        let session = Session::at_code(tree, code).unwrap();
        let transcript = Transcript::of(&session, &shipped_build(), fixed_clock());
        transcript::save(dir.path(), &transcript, &loaded.localizer).unwrap();
    }
    std::fs::write(dir.path().join("broken.json"), "{\n  \"program\": 3\n}").unwrap();
    let mut errors = Vec::new();
    let options = report::Options {
        window: report::Window::default(),
        by: None,
        lang: "en",
    };
    let report = report::scan(dir.path(), options, |e| errors.push(e)).unwrap();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().contains("broken.json:2:"), "{}", errors[0]);
    assert_eq!(report.unreadable, 1);
    assert_eq!(report.sessions, 5);
    assert_eq!(report.by_topic["card-declined"]["resolved"], 2);
    assert_eq!(report.by_topic["card-declined"]["escalate"], 1);
    assert_eq!(
        report.by_topic["card-declined"]["handed-over"], 1,
        "a support request opened is not counted as resolved"
    );
    assert_eq!(report.by_topic["verification"]["unfinished"], 1);
    let desk = &report.by_channel["billing-no-subscription"];
    assert_eq!(
        (desk["escalate"], desk["handed-over"]),
        (1, 1),
        "escalations and hand-offs are counted by the desk they went to"
    );
    assert_eq!(report.failed_fixes[0].node, "card-declined:card-country");
    assert_eq!(report.failed_fixes[0].count, 3);
    assert_eq!(report.median_steps_to_resolution, Some(3.5));
    let output = crate::common::doctor().arg("report").arg(dir.path()).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "an unreadable transcript is reported and exits 1"
    );
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(
        table.contains("card-declined         2            1         1           0           0      4"),
        "{table}"
    );
}

fn plain() -> Command {
    let mut cmd = crate::common::doctor();
    cmd.args(["--plain", "--lang", "en"]);
    cmd
}

#[test]
fn plain_mode_asks_before_quitting_with_unsaved_notes_and_saves_on_yes() {
    let dir = tempfile::tempdir().unwrap();
    let out = plain()
        .arg("--transcript-dir")
        .arg(dir.path())
        .write_stdin("1\nn first note\nq\nstay\nq\ny\n")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The question is a prompt: on standard error, standard output not being a terminal.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stdout.contains("Note added to this step."), "{stdout}");
    assert_eq!(
        stderr.matches("Some notes or tried steps are not saved").count(),
        2,
        "{stderr}"
    );
    assert!(stdout.contains("To paste into a support request: "), "{stdout}");
    let saved: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(saved.len(), 2);
}

#[test]
fn plain_mode_saves_unsaved_notes_at_the_end_of_input_instead_of_losing_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = plain()
        .arg("--transcript-dir")
        .arg(dir.path())
        .write_stdin("1\nn written then the pipe closed\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let json = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().unwrap() == "json")
        .unwrap();
    let transcript = transcript::read(&json).unwrap();
    assert_eq!(transcript.stopped_at.notes, ["written then the pipe closed"]);
}

#[test]
fn resume_reopens_a_saved_transcript_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    plain()
        .arg("--transcript-dir")
        .arg(dir.path())
        .write_stdin("2\n1\ns\n")
        .assert()
        .success();
    let json = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().unwrap() == "json")
        .unwrap();
    let out = plain().arg("--resume").arg(&json).write_stdin("q\n").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("== ") && stdout.contains("Code: card-declined/bank-card · 2.1"),
        "{stdout}"
    );
}

#[test]
fn plain_mode_notes_lose_card_numbers_and_keep_every_other_number() {
    let dir = tempfile::tempdir().unwrap();
    let notes = [
        ("ref 4111-1111-1111-1111-2222", "ref 4111-1111-1111-1111-2222"),
        ("orders 00015 00016 00017 shipped", "orders 00015 00016 00017 shipped"),
        (
            "card 4111.1111.1111.1111 declined",
            "card [card number removed] declined",
        ),
        (
            "amex 3782 822463 10005, exp 12/27",
            "amex [card number removed], exp 12/27",
        ),
    ];
    let input: String = std::iter::once("1\n".to_string())
        .chain(notes.iter().map(|(typed, _)| format!("n {typed}\n")))
        .collect();
    plain()
        .arg("--transcript-dir")
        .arg(dir.path())
        .write_stdin(input)
        .assert()
        .success();
    let json = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().unwrap() == "json")
        .unwrap();
    let transcript = transcript::read(&json).unwrap();
    let kept: Vec<&str> = notes.iter().map(|(_, kept)| *kept).collect();
    assert_eq!(transcript.stopped_at.notes, kept);
}

/// Card numbers only: every issuer's numbers in their usual groupings go; ids, phone numbers, dates,
/// Luhn-valid numbers without an issuer and card numbers inside longer ids stay whole.
#[test]
fn redaction_removes_card_numbers_and_only_card_numbers() {
    use signup_doctor::wizard::redact::{MARK, redact_card_numbers, redact_card_numbers_with};
    let removed = [
        "4111111111111111",        // Visa, 16
        "4222222222222",           // Visa, 13
        "4111 1111 1111 1111",     // 4-4-4-4, spaces
        "4111-1111-1111-1111",     // dashes
        "4111.1111.1111.1111",     // dots
        "5555 5555 5555 4444",     // Mastercard
        "2223 0031 2200 3222",     // Mastercard 2-series
        "3782 822463 10005",       // Amex 4-6-5
        "6011 1111 1111 1117",     // Discover
        "3530 1113 3330 0000",     // JCB
        "3056 9309 0259 04",       // Diners 4-4-4-2
        "6200 0000 0000 0005",     // UnionPay
        "6759 6498 2643 8453",     // Maestro
        "4111 1111 1111 1111 003", // Visa 19, 4-4-4-4-3
        // Issue 27 M1: any run of separators, of any kind, between the groups.
        "4111  1111  1111  1111", // double spaces
        "4111 1111-1111 1111",    // mixed separators
        "5555/5555/5555/4444",    // slashes
        "5555_5555_5555_4444",    // underscores
        "4111 1111\n1111 1111",   // a line break in a paste
    ];
    for number in removed {
        assert_eq!(
            redact_card_numbers(&format!("card {number}.")),
            format!("card {MARK}."),
            "{number}"
        );
    }
    let kept = [
        "orders 00015 00016 00017", // short numbers that together pass Luhn
        "4111-1111-1111-1111-2222", // a card number at the start of a longer id
        "ref 12-4111111111111111",  // … at the end of one
        "INV4111111111111111",      // … glued to letters
        "4111111111111111abc",
        "4111.1111.1111.1111.x2",
        "4111111111111112",        // fails Luhn
        "0000 0000 0000 0000",     // passes Luhn, no issuer
        "1234 5678 9012 3452",     // passes Luhn, no issuer
        "41 11 11 11 11 11 11 11", // groups too short
        "call +33 6 12 34 56 78",
        "on 2026-12-01 at 10.30",
    ];
    for text in kept {
        assert_eq!(redact_card_numbers(text), text);
    }
    // A number set apart by a space after a card number is a word of its own.
    assert_eq!(redact_card_numbers("378282246310005 4"), format!("{MARK} 4"));
    assert_eq!(
        redact_card_numbers_with("carte 4111 1111 1111 1111 refusée", "[numéro retiré]"),
        "carte [numéro retiré] refusée"
    );
}
