//! The built-in content as the build checked it (build.rs): the same tree and screens as a full load,
//! only what a screen shows parsed. (That a broken built-in flow or message still builds, with
//! `check` reporting it exactly as the full load does, takes a build of its own: tests/outside.)

use crate::common;
use fluent_bundle::FluentArgs;
use signup_doctor::content::{self, Loaded};
use signup_doctor::i18n::ui;
use signup_doctor::wizard::screen::Screen;
use signup_doctor::wizard::session::Session;

fn parsed(loaded: &Loaded, lang: &str) -> (usize, usize) {
    let locale = loaded.localizer.locales().find(|l| l.lang == lang).unwrap();
    locale
        .parsed_files()
        .expect("made from the checked content, parsed as needed")
}

#[test]
fn the_checked_built_in_content_is_the_tree_and_hashes_a_full_load_gives() {
    let full = content::load(Default::default()).unwrap();
    let checked = common::checked_built_in();
    assert!(checked.tree.is_some());
    assert_eq!(checked.tree, full.tree);
    assert_eq!(checked.hashes.flows(), full.hashes.flows());
    assert_eq!(checked.hashes.locales(), full.hashes.locales());
    assert_eq!(checked.localizer.languages(), full.localizer.languages());
    assert_eq!(checked.diagnostics.sorted().len(), 0);
}

#[test]
fn every_message_reads_the_same_from_the_checked_content_as_from_a_full_load() {
    let full = content::load(Default::default()).unwrap();
    let checked = common::checked_built_in();
    for locale in full.localizer.locales() {
        for id in locale.catalog.messages.keys() {
            assert_eq!(
                checked.localizer.text(&locale.lang, id),
                full.localizer.text(&locale.lang, id),
                "{}: {id}",
                locale.lang
            );
        }
    }
}

#[test]
fn a_screen_parses_no_locale_file_and_a_message_with_variables_parses_only_its_own() {
    let checked = common::checked_built_in();
    let tree = checked.tree.as_ref().unwrap();
    let session = Session::new(tree);
    let english = Screen::of(&session, &checked.localizer, "en");
    let french = Screen::of(&session, &checked.localizer, "fr");
    assert_eq!(english.topic, "Azure sign-up and billing");
    assert_eq!(french.topic, "Inscription et facturation Azure");
    // The first screen's words were formatted when the binary was built.
    assert_eq!(parsed(&checked, "en").0, 0);
    assert_eq!(parsed(&checked, "fr").0, 0);
    // A message with a variable is formatted now: its file (and what it references) is parsed.
    let mut args = FluentArgs::new();
    args.set("count", 3);
    let prompt = checked.localizer.text_with("en", ui::PROMPT, Some(&args));
    assert!(prompt.contains("1 to 3"), "{prompt}");
    let (parsed_now, files) = parsed(&checked, "en");
    assert!(
        (1..=2).contains(&parsed_now),
        "{parsed_now} of {files} English files parsed"
    );
    assert_eq!(parsed(&checked, "fr").0, 0, "French is not spoken yet");
}
