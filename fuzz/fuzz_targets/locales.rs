//! Any bytes as a locale file: loading, checking and formatting every message must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signup_doctor_core::engine::diagnostic::Diagnostics;
use signup_doctor_core::source::{FileSet, SourceFile};
use signup_doctor_core::i18n::Localizer;
use signup_doctor_core::i18n::check::check_locales;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let set = FileSet {
        files: vec![SourceFile { name: "locales/en/fuzz.ftl".into(), relative: "en/fuzz.ftl".into(), text: text.to_string() }],
        unreadable: Vec::new(),
    };
    let mut diags = Diagnostics::default();
    let localizer = Localizer::load(&set, &mut diags);
    check_locales(None, &localizer, &mut diags);
    for locale in localizer.locales() {
        for id in locale.catalog.messages.keys() {
            let _ = localizer.text("en", id);
        }
    }
});
