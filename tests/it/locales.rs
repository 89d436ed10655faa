//! Adding a language needs only a new `locales/<lang>/` folder. A language we do not ship may be
//! incomplete: `check` lists exactly its untranslated messages as warnings (and still exits 0), and
//! the wizard shows those messages in English and the rest in the new language. A message missing
//! from a language we ship stays an error.
//!
//! The third language is German, translated in part, in `tests/fixtures/third-locale/locales/de/`.

use crate::common::doctor;
use signup_doctor::engine::diagnostic::Diagnostics;
use signup_doctor::i18n::Localizer;
use signup_doctor::source::{FileSet, Kind};
use std::collections::BTreeSet;
use std::path::Path;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The shipped locales plus the fixture's German folder, as a user would lay them out.
fn locales_with_german() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("locales"), dir.path());
    copy_dir(
        &repo().join("tests/fixtures/third-locale/locales/de"),
        &dir.path().join("de"),
    );
    dir
}

/// The message ids a locale folder defines.
fn defined(dir: &Path, lang: &str) -> BTreeSet<String> {
    let set = FileSet::from_dir(dir, Kind::Locales).unwrap();
    let localizer = Localizer::load(&set, &mut Diagnostics::default());
    let locale = localizer.locales().find(|l| l.lang == lang).unwrap();
    locale.catalog.messages.keys().cloned().collect()
}

#[test]
fn check_lists_exactly_the_untranslated_messages_of_a_new_language_as_warnings() {
    let locales = locales_with_german();
    let output = doctor()
        .args(["check", "--locales"])
        .arg(locales.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains("error:"), "{stdout}");

    let german = defined(locales.path(), "de");
    let english = defined(locales.path(), "en");
    assert!(german.len() >= 5, "the fixture translates a few messages");
    let untranslated: BTreeSet<String> = english.difference(&german).cloned().collect();

    let suffix = " is missing from locale `de`; en is shown instead [untranslated-message]";
    let mut listed = BTreeSet::new();
    let warnings: Vec<&str> = stdout.lines().filter(|l| l.contains(": warning: ")).collect();
    for line in &warnings {
        let id = line
            .split_once(": warning: message `")
            .and_then(|(_, rest)| rest.split_once('`'))
            .filter(|_| line.ends_with(suffix))
            .map_or_else(
                || panic!("a warning that is not a missing German message: {line}"),
                |(id, _)| id.to_string(),
            );
        assert!(listed.insert(id.clone()), "{id} listed twice");
        // A message a flow names points at the flow's line; the wizard's own, at the folder.
        let location = line.split(": warning:").next().unwrap();
        let parts: Vec<&str> = location.rsplitn(3, ':').collect();
        let in_flow = parts.len() == 3
            && parts[2].starts_with("flows/")
            && parts[2].ends_with(".yaml")
            && parts[0].parse::<u32>().is_ok()
            && parts[1].parse::<u32>().is_ok();
        let in_folder = location.ends_with("/de");
        assert!(in_flow || in_folder, "{line}");
        if id == "verification-start" {
            assert!(in_flow, "{line}");
        }
        if id == "ui-fix-no" {
            assert!(in_folder, "{line}");
        }
    }
    assert_eq!(listed, untranslated, "exactly the untranslated messages");
    assert!(listed.contains("verification-start") && listed.contains("ui-fix-no"));
    assert!(!listed.contains("root-where") && !listed.contains("ui-fix-yes"));
    assert_eq!(
        stdout.lines().last(),
        Some(format!("0 errors, {} warnings", warnings.len()).as_str())
    );
}

#[test]
fn the_wizard_speaks_the_new_language_where_translated_and_english_for_the_rest() {
    let locales = locales_with_german();
    let walk = |lang: &str| {
        let output = doctor()
            .args(["walk", "verification/no-sms/yes", "--lang", lang, "--locales"])
            .arg(locales.path())
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let de = walk("de");
    // Translated: the root question and two of its answers, a topic title, a fix title, the
    // wizard's "chosen", "did this solve it?", "yes" and the resolved end.
    for german in [
        "== Azure: Registrierung und Abrechnung ==",
        "Wo kommen Sie nicht weiter?",
        "  [1] Beim Bestätigen meiner Identität per SMS oder Anruf",
        "  [2] Meine Karte wird bei der Registrierung nicht akzeptiert",
        "> Gewählt: [1] Beim Bestätigen meiner Identität per SMS oder Anruf",
        "== Telefonüberprüfung: keine SMS und kein Anruf ==",
        "Die Bestätigungs-SMS erhalten",
        "Hat das geholfen?",
        "  [1] Ja, das hat geholfen",
        "Gelöst. Schön, dass es geklappt hat.",
    ] {
        assert!(de.lines().any(|l| l == german), "missing {german:?} in:\n{de}");
    }
    // Untranslated: in English, word for word as the English walk shows them.
    let en = walk("en");
    for english in [
        "Pick the step that fails; the next questions narrow down the cause.",
        "  [3] Activating the Azure free account (free trial)",
        "Which verification option did you use, and what happened?",
        "  [2] No, still stuck",
    ] {
        assert!(en.lines().any(|l| l == english), "{english:?} is English");
        assert!(de.lines().any(|l| l == english), "missing {english:?} in:\n{de}");
    }
    assert!(
        !de.contains("Where are you stuck?"),
        "translated messages are not English:\n{de}"
    );
    assert_eq!(
        de.lines().count(),
        en.lines().count(),
        "the same screens, line for line"
    );

    // Like fr and en, the new language is picked from the environment.
    let output = doctor()
        .args(["walk", "1", "--locales"])
        .arg(locales.path())
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("Wo kommen Sie nicht weiter?")
    );
}

#[test]
fn a_message_missing_from_a_shipped_language_is_still_an_error() {
    let locales = locales_with_german();
    let root = locales.path().join("fr/root.ftl");
    let text = std::fs::read_to_string(&root).unwrap();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("root-where =")).collect();
    assert_eq!(kept.len() + 1, text.lines().count());
    std::fs::write(&root, kept.join("\n") + "\n").unwrap();

    let output = doctor()
        .args(["check", "--locales"])
        .arg(locales.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.lines().any(|l| l.starts_with("flows/root.yaml:")
            && l.ends_with(": error: message `root-where` is missing from locale `fr` [missing-message]")),
        "{stdout}"
    );
    let walk = doctor()
        .args(["walk", "1", "--lang", "fr", "--locales"])
        .arg(locales.path())
        .output()
        .unwrap();
    assert_eq!(
        walk.status.code(),
        Some(1),
        "the wizard does not run on a broken shipped locale"
    );
}

#[test]
fn a_language_that_is_not_loaded_is_a_usage_error_naming_those_that_are() {
    let locales = locales_with_german();
    let output = doctor()
        .args(["walk", "1", "--lang", "xx", "--locales"])
        .arg(locales.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("no locale `xx`; available: de, en, fr")
    );
}

#[test]
fn a_number_changed_in_french_only_is_an_error_naming_both_lines() {
    // The review's run: "4 minutes" became "9 minutes" in the French text only.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("locales"), dir.path());
    let file = dir.path().join("fr/verification.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let wait = "attendez jusqu’à 4\u{00A0}minutes que le code arrive";
    assert!(text.contains(wait), "the shipped French step moved");
    std::fs::write(
        &file,
        text.replacen(wait, "attendez jusqu’à 9\u{00A0}minutes que le code arrive", 1),
    )
    .unwrap();

    let output = doctor().args(["check", "--locales"]).arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    // Where a text is: its line and column (in characters), 1-based.
    let place = |path: &Path, needle: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        let at = text.find(needle).unwrap();
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..at].matches('\n').count() + 1;
        let col = text[line_start..at].chars().count() + 1;
        format!("{}:{line}:{col}", path.display())
    };
    let fr = place(&file, "9\u{00A0}minutes");
    let en = place(&dir.path().join("en/verification.ftl"), "4 minutes for the code");
    assert_eq!(
        stdout,
        format!(
            "{fr}: error: message `verification-sms-checks-wait` has the number `9 minutes` in `fr` but `4 minutes` in `en` ({en}); numbers must be the same in every language [facts-differ]\n1 error, 0 warnings\n"
        )
    );
}

#[test]
fn an_english_step_that_changed_under_its_french_translation_is_warned_of_naming_both_lines() {
    // The review's run: the English step moved on, the French did not.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("locales"), dir.path());
    let file = dir.path().join("en/verification.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let wait = "allow up to 4 minutes for the code to arrive.";
    assert!(text.contains(wait), "the shipped English step moved");
    std::fs::write(
        &file,
        text.replacen(wait, "allow up to 4 minutes, then ask for a call instead.", 1),
    )
    .unwrap();
    let line_of = |path: &Path| {
        let text = std::fs::read_to_string(path).unwrap();
        let at = text.find("verification-sms-checks-wait =").unwrap();
        text[..at].matches('\n').count() + 1
    };
    let fr = dir.path().join("fr/verification.ftl");

    let output = doctor().args(["check", "--locales"]).arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "a stale translation is a warning");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let finding = format!(
        "{}:{}:1: warning: message `verification-sms-checks-wait` in `fr` is older than its English ({}:{}:1), which changed since it was translated",
        fr.display(),
        line_of(&fr),
        file.display(),
        line_of(&file)
    );
    assert!(stdout.starts_with(&finding), "{stdout}");
    assert!(stdout.ends_with("0 errors, 1 warning\n"), "{stdout}");
}

/// Issue 27 polish 14: English writes one apostrophe, the straight one, in every message
/// ("couldn't" beside "can't"), so no screen mixes two.
#[test]
fn english_uses_the_straight_apostrophe_everywhere() {
    for entry in std::fs::read_dir(repo().join("locales/en")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            assert!(
                line.starts_with('#') || !line.contains(['’', '‘']),
                "{}:{}: a curly apostrophe: {line}",
                path.display(),
                n + 1
            );
        }
    }
}
