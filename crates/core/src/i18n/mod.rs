//! Localisation: the Fluent bundles of every locale folder, the language choice (`--lang`, then
//! `LANGUAGE` as gettext reads it, then `LC_ALL`, `LC_MESSAGES`, `LANG`), and the English fallback. A [`Localizer`] is a value passed down.

pub mod agent;
pub mod catalog;
pub mod check;
pub mod facts;
mod ids;
pub mod index;
pub mod journal;
pub mod origin;
pub mod typography;
pub mod ui;

use crate::engine::diagnostic::{Diagnostics, Pos};
use crate::engine::lint::Lint;
use crate::source::{FileSet, SourceFile};
use catalog::Catalog;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use index::{Index, LanguageIndex};
use std::cell::RefCell;
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

/// The language used when a message is missing or the asked language is not loaded.
pub const FALLBACK: &str = "en";
pub use crate::source::MAX_LOCALE_FILE_BYTES;

/// One language: its bundle, and what `check` needs to know of its messages.
pub struct Locale {
    pub lang: String,
    bundle: RefCell<FluentBundle<FluentResource>>,
    pub catalog: Catalog,
    /// The files not parsed yet, for a language made from checked content.
    pending: Option<Pending>,
}

/// A language's files parsed one at a time, as its messages are first asked for.
struct Pending {
    index: LanguageIndex<&'static [u8]>,
    /// Where a file's text is read from, by its path under the locales folder.
    text_of: fn(&str) -> Option<&'static str>,
    /// Which files (in the index's order) are parsed.
    parsed: RefCell<Vec<bool>>,
}

impl Locale {
    fn new(lang: &str, id: LanguageIdentifier) -> Locale {
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        Locale {
            lang: lang.to_string(),
            bundle: RefCell::new(bundle),
            catalog: Catalog::default(),
            pending: None,
        }
    }

    /// Parses the file defining `id`, and the files it needs, if not parsed yet.
    fn prepare(&self, id: &str) {
        if let Some(pending) = &self.pending
            && let Some(file) = pending.index.file_of(id)
        {
            self.parse(pending, file);
        }
    }

    fn parse(&self, pending: &Pending, file: usize) {
        // Marked before its needs are followed, so a cycle of references ends here.
        match pending.parsed.borrow_mut().get_mut(file) {
            Some(parsed) if !*parsed => *parsed = true,
            _ => return,
        }
        let Some(relative) = pending.index.relative(file) else {
            return;
        };
        let text = (pending.text_of)(relative).unwrap_or_default();
        // The content passed every check when it was indexed: nothing here can fail.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
        let _ = self.bundle.borrow_mut().add_resource(resource);
        for &need in pending.index.files.get(file).map_or(&[][..], |f| &f.needs) {
            self.parse(pending, need);
        }
    }

    /// Message `id` as it reads with no variables given, if it reads so without an error (it uses
    /// none); sanitised, as [`Localizer::text`] gives it.
    pub(crate) fn fixed_text(&self, id: &str) -> Option<String> {
        let bundle = self.bundle.borrow();
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| crate::text::sanitize(&text))
    }

    /// How many of the language's files are parsed so far, of how many; `None` when every file was
    /// parsed (and checked) as it was loaded.
    pub fn parsed_files(&self) -> Option<(usize, usize)> {
        let parsed = self.pending.as_ref()?.parsed.borrow();
        Some((parsed.iter().filter(|&&p| p).count(), parsed.len()))
    }
}

/// A tab in the indentation of line `line` (1-based) or the line after it, where Fluent reports
/// the error a tab-indented continuation causes.
fn indenting_tab_near(text: &str, line: u64) -> Option<Pos> {
    let first = usize::try_from(line.max(1) - 1).ok()?;
    text.lines().enumerate().skip(first).take(2).find_map(|(i, l)| {
        let indent = l.len() - l.trim_start_matches([' ', '\t']).len();
        let col = l[..indent].find('\t')?;
        Some(Pos {
            line: i as u64 + 1,
            col: col as u64 + 1,
        })
    })
}

/// Every language, by code (`en`, `fr`). Loaded by [`Localizer::load`], every file is parsed and
/// checked at once; made by [`Localizer::checked_before`], a file is parsed when one of its messages
/// is first asked for.
pub struct Localizer {
    locales: BTreeMap<String, Locale>,
    /// Per language, the messages whose translation records an older English text than today's
    /// (see [`origin`]): the bilingual view marks them. Empty for content checked before (clean).
    older: BTreeMap<String, std::collections::BTreeSet<String>>,
}

/// Why a locale file is not in a language's folder.
#[derive(Debug, thiserror::Error)]
enum Misplaced {
    #[error("a locale file belongs in a language folder, e.g. locales/en/ui.ftl")]
    NoFolder,
    #[error("`{0}` is not a language code (use e.g. `en`, `fr`)")]
    NotALanguage(String),
}

/// The language folder a locale file belongs to (`fr` for `fr/ui.ftl`).
fn language_of(file: &SourceFile) -> Result<String, Misplaced> {
    let mut parts = file.relative.components();
    let (Some(first), Some(_)) = (parts.next(), parts.next()) else {
        return Err(Misplaced::NoFolder);
    };
    let lang = first.as_os_str().to_string_lossy().to_string();
    match lang.parse::<LanguageIdentifier>() {
        Ok(_) => Ok(lang),
        Err(_) => Err(Misplaced::NotALanguage(lang)),
    }
}

impl Localizer {
    /// Loads every `LANG/*.ftl` file of the set. Syntax errors and duplicates go to `diags`; what
    /// parsed is still usable.
    pub fn load(set: &FileSet, diags: &mut Diagnostics) -> Localizer {
        for bad in &set.unreadable {
            diags.error(
                Lint::UnreadableFile,
                &bad.name,
                bad.pos,
                format!("cannot read file: {}", bad.reason),
            );
        }
        let mut locales: BTreeMap<String, Locale> = BTreeMap::new();
        for file in &set.files {
            let lang = match language_of(file) {
                Ok(lang) => lang,
                Err(misplaced) => {
                    diags.error(Lint::MisplacedFile, &file.name, Pos::default(), misplaced.to_string());
                    continue;
                }
            };
            if file.text.len() > MAX_LOCALE_FILE_BYTES {
                diags.error(
                    Lint::TooLarge,
                    &file.name,
                    Pos { line: 1, col: 1 },
                    format!(
                        "file is larger than the {} MiB limit for a locale file",
                        MAX_LOCALE_FILE_BYTES >> 20
                    ),
                );
                continue;
            }
            let locale = locales
                .entry(lang.clone())
                .or_insert_with(|| Locale::new(&lang, lang.parse().unwrap_or_default()));
            // The Fluent parser recurses once per nested placeable: refuse deep nesting before it.
            if let Some(offset) = too_deep(&file.text) {
                let pos = Pos::of_offset(&file.text, offset);
                let message = format!("placeables nested more than {MAX_NESTING} deep; the file is not loaded");
                diags.error(Lint::TooDeep, &file.name, pos, message);
                continue;
            }
            let resource = match FluentResource::try_new(file.text.clone()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        let pos = Pos::of_offset(resource.source(), error.pos.start);
                        let (pos, message) = match indenting_tab_near(&file.text, pos.line) {
                            // Fluent's own words never name the tab that caused them.
                            Some(tab) => (
                                tab,
                                "a tab in this line's indentation: Fluent continues a message only on lines indented with spaces; replace the tab with spaces".to_string(),
                            ),
                            None => (pos, format!("Fluent syntax error: {error}")),
                        };
                        diags.error(Lint::FluentSyntax, &file.name, pos, message);
                    }
                    resource
                }
            };
            locale.catalog.add(&file.name, &resource, diags);
            // Duplicates are reported by the catalog; the first definition stays.
            let _ = locale.bundle.get_mut().add_resource(resource);
        }
        Localizer {
            locales,
            older: origin::older_translations(set),
        }
    }

    /// The languages of a set that passed every check before, from the [`Index`] made then (the
    /// built-in locales, from their committed checked form), each file's text read by `text_of`:
    /// nothing is parsed now, nor checked again; a file is parsed when one of its messages is first
    /// asked for. Its catalogs stay empty: `check` loads with [`Localizer::load`].
    pub fn checked_before(index: Index<&'static [u8]>, text_of: fn(&str) -> Option<&'static str>) -> Localizer {
        let mut locales = BTreeMap::new();
        for language in index.languages {
            let lang = language.lang();
            let mut locale = Locale::new(lang, lang.parse().unwrap_or_default());
            locale.pending = Some(Pending {
                parsed: RefCell::new(vec![false; language.files.len()]),
                index: language,
                text_of,
            });
            locales.insert(locale.lang.clone(), locale);
        }
        Localizer {
            locales,
            older: BTreeMap::new(),
        }
    }

    /// Whether the `lang` translation of message `id` was made from an older English text than
    /// today's (`check` warns of it; the bilingual view marks it).
    pub fn is_older_than_english(&self, lang: &str, id: &str) -> bool {
        self.older.get(lang).is_some_and(|ids| ids.contains(id))
    }

    /// The language codes, sorted.
    pub fn languages(&self) -> Vec<&str> {
        self.locales.keys().map(String::as_str).collect()
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.locales.contains_key(lang)
    }

    pub fn locales(&self) -> impl Iterator<Item = &Locale> {
        self.locales.values()
    }

    /// The message in `lang`, else in English, else its id in brackets; never fails.
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.text_with(lang, id, None)
    }

    /// Like [`Localizer::text`], with Fluent variables.
    pub fn text_with(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for code in [lang, FALLBACK] {
            let Some(locale) = self.locales.get(code) else {
                continue;
            };
            if let Some(text) = locale.pending.as_ref().and_then(|p| p.index.text_of(id)) {
                return text.to_string();
            }
            locale.prepare(id);
            let bundle = locale.bundle.borrow();
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return crate::text::sanitize(&text);
            }
        }
        format!("[{id}]")
    }
}

/// Deepest nesting of `{ … }` placeables a locale file may have.
pub const MAX_NESTING: usize = 32;

/// The byte offset of the first `{` nested deeper than [`MAX_NESTING`], if any.
pub(crate) fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(offset);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The language code in a locale name, as `--lang` and `LANG` are read: `fr_FR.UTF-8`, `FR`, `fr-CA`
/// and `fr_FR@euro` give `fr`.
pub fn language_code(value: &str) -> String {
    value
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Picks the language: `--lang`, else the first of `LANGUAGE`'s list that is loaded (as gettext
/// programs read it, but not in the `C` locale), else the first set of `LC_ALL`, `LC_MESSAGES`,
/// `LANG`. `fr_FR.UTF-8` and `fr-CA` give `fr`; a language not loaded gives English. The choice
/// among the loaded languages is fluent-langneg's (lookup, English as the default).
pub fn pick_language(arg: Option<&str>, env: impl Fn(&str) -> Option<String>, available: &[&str]) -> String {
    use fluent_langneg::{NegotiationStrategy, negotiate_languages};
    use unic_langid::LanguageIdentifier;
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&env)
        .find(|v| !v.is_empty());
    let wanted: Vec<String> = if let Some(arg) = arg {
        vec![arg.to_string()]
    } else {
        // gettext ignores `LANGUAGE` in the `C` locale (or with none).
        let listed = locale
            .as_deref()
            .filter(|l| !matches!(*l, "C" | "POSIX") && !l.starts_with("C."))
            .and_then(|_| env("LANGUAGE"))
            .map_or_else(Vec::new, |list| list.split(':').map(str::to_string).collect());
        listed.into_iter().chain(locale).collect()
    };
    let parse = |code: &str| language_code(code).parse::<LanguageIdentifier>().ok();
    let requested: Vec<LanguageIdentifier> = wanted.iter().filter_map(|w| parse(w)).collect();
    let loaded: Vec<LanguageIdentifier> = available.iter().filter_map(|a| parse(a)).collect();
    let fallback = parse(FALLBACK);
    let chosen = negotiate_languages(&requested, &loaded, fallback.as_ref(), NegotiationStrategy::Lookup);
    chosen
        .first()
        .map_or_else(|| FALLBACK.to_string(), |id| id.language.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::{language_code, pick_language};

    #[test]
    fn a_language_code_is_read_from_any_spelling_of_a_locale() {
        for value in ["fr", "FR", "fr_FR", "fr_FR.UTF-8", "FR_fr.utf8", "fr-CA", "fr_FR@euro"] {
            assert_eq!(language_code(value), "fr", "{value}");
        }
        assert_eq!(language_code("../../etc"), "");
    }

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn french_locales_in_any_spelling_pick_french() {
        let langs = ["en", "fr"];
        assert_eq!(pick_language(None, env(&[("LANG", "fr_FR.UTF-8")]), &langs), "fr");
        assert_eq!(pick_language(None, env(&[("LC_ALL", "fr-CA")]), &langs), "fr");
        assert_eq!(pick_language(Some("fr"), env(&[]), &langs), "fr");
    }

    #[test]
    fn language_is_honoured_as_gettext_does_but_not_in_the_c_locale() {
        let langs = ["en", "fr"];
        let both = env(&[("LANGUAGE", "fr"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(pick_language(None, both, &langs), "fr");
        let list = env(&[("LANGUAGE", "de:fr_CA:en"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(pick_language(None, list, &langs), "fr");
        assert_eq!(
            pick_language(None, env(&[("LANGUAGE", "fr"), ("LANG", "C")]), &langs),
            "en"
        );
        assert_eq!(pick_language(None, env(&[("LANGUAGE", "fr")]), &langs), "en");
        let arg = env(&[("LANGUAGE", "fr"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(pick_language(Some("en"), arg, &langs), "en");
    }

    #[test]
    fn lc_all_wins_over_lang_and_unknown_languages_fall_back_to_english() {
        let langs = ["en", "fr"];
        assert_eq!(
            pick_language(None, env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "fr_FR")]), &langs),
            "en"
        );
        assert_eq!(pick_language(None, env(&[("LC_MESSAGES", "de_DE")]), &langs), "en");
        assert_eq!(
            pick_language(None, env(&[("LC_ALL", ""), ("LANG", "fr")]), &langs),
            "fr"
        );
        assert_eq!(pick_language(None, env(&[]), &langs), "en");
    }
}
