//! Finding the facts in one message's text: links, e-mail addresses, code spans, commands and
//! numbers with their units, each with its byte offset in the file and a key that is the same for
//! every documented locale form of it (`4 minutes` and `4 min`, `1,5` and `1.5`, `1 000` and
//! `1,000`, a no-break space inside a number).

/// Stands in for a placeable (a variable, a message or term reference): it ends any fact.
pub const HOLE: char = '\u{FFFC}';
const NBSP: char = '\u{00A0}';
const NNBSP: char = '\u{202F}';

/// What kind of fact a [`Fact`] is; the words name it in a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Number,
    Link,
    Email,
    Command,
    Code,
}

impl Kind {
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Link => "link",
            Kind::Email => "e-mail address",
            Kind::Command => "command",
            Kind::Code => "code span",
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            Kind::Number => "numbers",
            Kind::Link => "links",
            Kind::Email => "e-mail addresses",
            Kind::Command => "commands",
            Kind::Code => "code spans",
        }
    }
}

/// One fact: its kind, the key it compares by, how it is written, and where (byte offset in the file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub kind: Kind,
    pub key: String,
    pub shown: String,
    pub offset: usize,
}

/// Units a number may carry, by every form English, French or German writes them in (lowercase),
/// with the unit they all mean.
const UNITS: &[(&str, &[&str])] = &[
    (
        "s",
        &[
            "s", "sec", "second", "seconds", "seconde", "secondes", "sekunde", "sekunden",
        ],
    ),
    ("min", &["min", "mn", "minute", "minutes", "minuten"]),
    (
        "h",
        &[
            "h", "hr", "hrs", "hour", "hours", "heure", "heures", "std", "stunde", "stunden",
        ],
    ),
    ("day", &["day", "days", "jour", "jours", "j", "tag", "tage", "tagen"]),
    ("week", &["week", "weeks", "semaine", "semaines", "woche", "wochen"]),
    ("month", &["month", "months", "mois", "monat", "monate", "monaten"]),
    (
        "year",
        &[
            "year", "years", "an", "ans", "année", "années", "jahr", "jahre", "jahren",
        ],
    ),
    ("%", &["%", "percent", "pourcent"]),
    ("character", &["character", "characters", "caractère", "caractères"]),
    ("digit", &["digit", "digits", "chiffre", "chiffres"]),
    ("KB", &["kb", "ko"]),
    ("MB", &["mb", "mo"]),
    ("GB", &["gb", "go"]),
    ("TB", &["tb"]),
    ("$", &["$", "usd", "dollar", "dollars"]),
    ("€", &["€", "eur", "euro", "euros"]),
];

/// Suffixes of ordinals (`1st`, `1er`, `2e`): the number is the same fact as the cardinal.
const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "ère"];

/// Programs whose name starts a command written on a line of its own.
const PROGRAMS: &[&str] = &["az", "pwsh", "powershell", "winget", "dotnet", "curl"];

fn unit_of(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    UNITS
        .iter()
        .find(|(_, forms)| forms.contains(&lower.as_str()))
        .map(|(unit, _)| *unit)
}

fn is_space(c: char) -> bool {
    c == ' ' || c == NBSP || c == NNBSP || c == '\t'
}

/// Every fact in `chars` (a message's text, each character with its byte offset; placeables are
/// [`HOLE`]s, lines end with `\n`). `decimal_comma`: whether `1,500` reads as one and a half and
/// `1.000` as a thousand (French, German) rather than fifteen hundred and one (English).
pub fn facts(chars: &[(usize, char)], decimal_comma: bool) -> Vec<Fact> {
    let mut text: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let mut found = Vec::new();
    let push = |found: &mut Vec<Fact>, kind, key: String, from: usize, to: usize, text: &[char]| {
        let shown: String = text[from..to].iter().collect();
        found.push(Fact {
            kind,
            key,
            shown,
            offset: chars[from].0,
        });
    };
    // Code spans first: what is inside one is a single fact.
    let mut i = 0;
    while i < text.len() {
        if text[i] == '`'
            && let Some(len) = text[i + 1..].iter().position(|&c| c == '`' || c == '\n' || c == HOLE)
            && text[i + 1 + len] == '`'
            && len > 0
        {
            let inner: String = text[i + 1..i + 1 + len].iter().collect();
            push(&mut found, Kind::Code, inner.trim().to_string(), i, i + len + 2, &text);
            mask(&mut text, i, i + len + 2);
            i += len + 2;
        } else {
            i += 1;
        }
    }
    // Links and e-mail addresses: whole words.
    let mut i = 0;
    while i < text.len() {
        if is_space(text[i]) || text[i] == '\n' || text[i] == HOLE {
            i += 1;
            continue;
        }
        let end = (i..text.len())
            .find(|&j| is_space(text[j]) || text[j] == '\n' || text[j] == HOLE)
            .unwrap_or(text.len());
        let mut from = i;
        while from < end && matches!(text[from], '(' | '«' | '"' | '\'' | '“' | '‘' | '<' | '[') {
            from += 1;
        }
        let mut to = end;
        while to > from
            && matches!(
                text[to - 1],
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '»' | '"' | '\'' | '”' | '’' | '>' | ']'
            )
        {
            to -= 1;
        }
        // Only a word with `@`, `/` or `:` can be a link or an address: the others are not copied.
        let candidate = text[from..to].iter().any(|c| matches!(c, '@' | '/' | ':'));
        let word: String = if candidate {
            text[from..to].iter().collect()
        } else {
            String::new()
        };
        if let Some(kind) = link_or_email(&word).filter(|_| candidate) {
            let key = match kind {
                Kind::Email => word.to_lowercase(),
                _ => word.clone(),
            };
            push(&mut found, kind, key, from, to, &text);
            mask(&mut text, from, to);
        }
        i = end;
    }
    commands(&mut text, &mut found, chars);
    numbers(&text, &mut found, chars, decimal_comma);
    found
}

fn mask(text: &mut [char], from: usize, to: usize) {
    for c in &mut text[from..to] {
        *c = HOLE;
    }
}

fn link_or_email(word: &str) -> Option<Kind> {
    let lower = word.to_ascii_lowercase();
    if crate::engine::format::grammar::is_link(&lower) {
        return Some(Kind::Link);
    }
    if let Some((local, domain)) = word.split_once('@')
        && !local.is_empty()
        && local.chars().all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.chars().all(|c| c.is_alphanumeric() || ".-".contains(c))
    {
        return Some(Kind::Email);
    }
    // A bare host and path, such as `aka.ms/azsupt`.
    let (host, path) = lower.split_once('/')?;
    let labels: Vec<&str> = host.split('.').collect();
    let is_host = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    (is_host && !path.is_empty()).then_some(Kind::Link)
}

/// PowerShell's approved verbs (the common ones): a cmdlet's name starts with one.
const VERBS: &[&str] = &[
    "Add",
    "Clear",
    "Close",
    "Connect",
    "Copy",
    "Disable",
    "Disconnect",
    "Enable",
    "Enter",
    "Exit",
    "Export",
    "Find",
    "Format",
    "Get",
    "Grant",
    "Import",
    "Install",
    "Invoke",
    "Join",
    "Move",
    "New",
    "Open",
    "Out",
    "Read",
    "Register",
    "Remove",
    "Rename",
    "Reset",
    "Resolve",
    "Restart",
    "Restore",
    "Resume",
    "Revoke",
    "Save",
    "Select",
    "Send",
    "Set",
    "Show",
    "Start",
    "Stop",
    "Suspend",
    "Test",
    "Uninstall",
    "Unregister",
    "Update",
    "Wait",
    "Where",
    "Write",
];

/// A PowerShell cmdlet name: an approved verb, `-`, a capitalised noun (`Connect-MgGraph`), so that
/// a compound word (`Azure-Portal`) is not one.
fn is_cmdlet(word: &str) -> bool {
    let Some((verb, noun)) = word.split_once('-') else {
        return false;
    };
    if !VERBS.contains(&verb) {
        return false;
    }
    let capitalised = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && part.chars().all(|c| c.is_ascii_alphanumeric())
            && part.len() >= 2
    };
    capitalised(verb) && capitalised(noun) && verb.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// Commands: a line that starts with a cmdlet or a known program is one fact (the whole line, its
/// spaces collapsed); elsewhere, a cmdlet's name is one.
fn commands(text: &mut [char], found: &mut Vec<Fact>, chars: &[(usize, char)]) {
    let mut start = 0;
    while start < text.len() {
        let end = (start..text.len()).find(|&j| text[j] == '\n').unwrap_or(text.len());
        let mut from = start;
        while from < end && is_space(text[from]) {
            from += 1;
        }
        // Only a line whose first word could start a command is copied.
        let first_end = (from..end)
            .find(|&j| is_space(text[j]) || text[j] == HOLE)
            .unwrap_or(end);
        let could_start = from < end
            && (text[from].is_ascii_uppercase() && text[from..first_end].contains(&'-')
                || text[from].is_ascii_lowercase() && first_end - from <= 10);
        if !could_start {
            start = end + 1;
            continue;
        }
        let line: String = text[from..end].iter().collect();
        let first = line.split(|c: char| is_space(c) || c == HOLE).next().unwrap_or("");
        if (is_cmdlet(first) || PROGRAMS.contains(&first)) && !line.contains(HOLE) {
            let key = line
                .split(is_space)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            found.push(Fact {
                kind: Kind::Command,
                key: key.clone(),
                shown: key,
                offset: chars[from].0,
            });
            for c in &mut text[from..end] {
                *c = HOLE;
            }
        }
        start = end + 1;
    }
    let mut i = 0;
    while i < text.len() {
        let boundary = |c: char| !(c.is_alphanumeric() || c == '-' || c == '_');
        if boundary(text[i]) || (i > 0 && !boundary(text[i - 1])) {
            i += 1;
            continue;
        }
        let end = (i..text.len()).find(|&j| boundary(text[j])).unwrap_or(text.len());
        // A cmdlet starts with a capital and holds a dash: other words are not copied.
        if !(text[i].is_ascii_uppercase() && text[i..end].contains(&'-')) {
            i = end;
            continue;
        }
        let word: String = text[i..end].iter().collect();
        if is_cmdlet(&word) {
            found.push(Fact {
                kind: Kind::Command,
                key: word.clone(),
                shown: word,
                offset: chars[i].0,
            });
        }
        i = end;
    }
}

/// Numbers, each with the unit that follows it (`4 minutes`, `24 business hours`, `10 %`) or
/// precedes it (`$5`). A digit run glued to letters that are neither a unit nor an ordinal suffix is
/// a name (`ms-azr-0111p`, `0x409`), not a number.
fn numbers(text: &[char], found: &mut Vec<Fact>, chars: &[(usize, char)], decimal_comma: bool) {
    let word_char = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    while i < text.len() {
        if !text[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let glued = i > 0
            && (word_char(text[i - 1])
                || (matches!(text[i - 1], '-' | '.' | ',' | '/') && i > 1 && word_char(text[i - 2])));
        let start = i;
        let mut int = String::new();
        while i < text.len() && text[i].is_ascii_digit() {
            int.push(text[i]);
            i += 1;
        }
        let mut frac: Option<String> = None;
        // Group separators and a decimal mark, as each language writes them.
        while i + 1 < text.len() && text[i + 1].is_ascii_digit() {
            let sep = text[i];
            let group_len = text[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let thousands = group_len == 3 && frac.is_none();
            let decimal = frac.is_none()
                && match sep {
                    '.' => !(decimal_comma && group_len == 3),
                    ',' => decimal_comma || group_len != 3,
                    _ => false,
                };
            let grouping = thousands
                && match sep {
                    ' ' | NBSP | NNBSP | '\'' => true,
                    ',' => !decimal_comma,
                    '.' => decimal_comma,
                    _ => false,
                };
            if grouping {
                int.extend(&text[i + 1..i + 1 + group_len]);
            } else if decimal {
                frac = Some(text[i + 1..i + 1 + group_len].iter().collect());
            } else {
                break;
            }
            i += 1 + group_len;
        }
        // Letters glued to the number: an ordinal suffix, a unit, or a name.
        let glued_end = (i..text.len())
            .find(|&j| !(text[j].is_alphabetic() || text[j] == '%'))
            .unwrap_or(text.len());
        let glued_word: String = text[i..glued_end].iter().collect();
        let mut unit = None;
        let mut end = i;
        if !glued_word.is_empty() {
            if let Some(u) = unit_of(&glued_word) {
                unit = Some(u);
                end = glued_end;
            } else if ORDINALS.contains(&glued_word.to_lowercase().as_str()) {
                end = glued_end;
            } else {
                i = glued_end;
                continue;
            }
        }
        if glued || (end < text.len() && text[end].is_ascii_digit()) {
            i = end.max(i + 1);
            continue;
        }
        if unit.is_none() {
            (unit, end) = unit_after(text, end);
        }
        if unit.is_none() && start > 0 {
            let mut before = start - 1;
            if is_space(text[before]) && before > 0 {
                before -= 1;
            }
            if let Some(u) = unit_of(&text[before].to_string()).filter(|u| matches!(*u, "$" | "€")) {
                unit = Some(u);
            }
        }
        let trimmed = int.trim_start_matches('0');
        let mut key = if trimmed.is_empty() {
            "0".to_string()
        } else {
            trimmed.to_string()
        };
        if let Some(frac) = frac
            .as_deref()
            .map(|f| f.trim_end_matches('0'))
            .filter(|f| !f.is_empty())
        {
            key.push('.');
            key.push_str(frac);
        }
        if let Some(unit) = unit {
            key.push(' ');
            key.push_str(unit);
        }
        let shown: String = text[start..end].iter().collect();
        found.push(Fact {
            kind: Kind::Number,
            key,
            shown: shown.replace([NBSP, NNBSP], " "),
            offset: chars[start].0,
        });
        i = end.max(i);
    }
}

/// Words that may stand between a number and its unit (`24 business hours`).
const QUALIFIERS: &[&str] = &["business", "working", "calendar", "full", "whole", "more", "additional"];

/// The unit in the word after a number, or in the one after a qualifier (`24 business hours`): the
/// unit and where its word ends. A unit is a word of its own, after a space.
fn unit_after(text: &[char], from: usize) -> (Option<&'static str>, usize) {
    let mut at = from;
    for _ in 0..2 {
        let word_start = (at..text.len()).find(|&j| !is_space(text[j])).unwrap_or(text.len());
        if word_start == at {
            break;
        }
        let word_end = (word_start..text.len())
            .find(|&j| !(text[j].is_alphabetic() || matches!(text[j], '%' | '$' | '€')))
            .unwrap_or(text.len());
        if word_end == word_start {
            break;
        }
        let word: String = text[word_start..word_end].iter().collect();
        if let Some(unit) = unit_of(&word) {
            return (Some(unit), word_end);
        }
        if !QUALIFIERS.contains(&word.to_lowercase().as_str()) {
            break;
        }
        at = word_end;
    }
    (None, from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, decimal_comma: bool) -> Vec<(Kind, String)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut found: Vec<(Kind, String)> = facts(&chars, decimal_comma)
            .into_iter()
            .map(|f| (f.kind, f.key))
            .collect();
        found.sort();
        found
    }

    fn numbers(text: &str, decimal_comma: bool) -> Vec<String> {
        keys(text, decimal_comma)
            .into_iter()
            .filter(|(k, _)| *k == Kind::Number)
            .map(|(_, key)| key)
            .collect()
    }

    #[test]
    fn locale_forms_of_a_number_read_the_same() {
        assert_eq!(numbers("wait up to 4 minutes", false), ["4 min"]);
        assert_eq!(numbers("attendez 4\u{00A0}min", true), ["4 min"]);
        assert_eq!(numbers("1.5 GB and 1,000 items", false), ["1.5 GB", "1000"]);
        assert_eq!(
            numbers("1,5\u{00A0}Go et 1\u{202F}000 éléments", true),
            ["1.5 GB", "1000"]
        );
        assert_eq!(numbers("1 000 éléments", true), ["1000"]);
        assert_eq!(numbers("1.000 Elemente, 1.5 Go", true), ["1.5 GB", "1000"]);
        assert_eq!(numbers("within 24 business hours", false), ["24 h"]);
        assert_eq!(numbers("sous 24\u{00A0}heures ouvrées", true), ["24 h"]);
        assert_eq!(numbers("on 1 January 2022", false), ["1", "2022"]);
        assert_eq!(numbers("depuis le 1er janvier 2022", true), ["1", "2022"]);
        assert_eq!(numbers("10 %", true), ["10 %"]);
        assert_eq!(numbers("10%", false), ["10 %"]);
    }

    #[test]
    fn names_with_digits_are_not_numbers() {
        assert_eq!(
            numbers("offer MS-AZR-0111P, locale 0x409, Microsoft 365", false),
            ["365"]
        );
        assert_eq!(numbers("a 9 minutes", true), ["9 min"]);
        assert!(keys("Im Azure-Portal, Self-Service", false).is_empty());
    }

    #[test]
    fn links_addresses_commands_and_code_spans_are_whole_facts() {
        let found = keys(
            "See (https://aka.ms/azsupt). Write to help@example.com, run `az login`, then\n    Connect-MgGraph -Scopes Policy.Read\nnot Set-MsolCompanySettings; aka.ms/startuphelp",
            false,
        );
        assert_eq!(
            found,
            [
                (Kind::Link, "aka.ms/startuphelp".to_string()),
                (Kind::Link, "https://aka.ms/azsupt".to_string()),
                (Kind::Email, "help@example.com".to_string()),
                (Kind::Command, "Connect-MgGraph -Scopes Policy.Read".to_string()),
                (Kind::Command, "Set-MsolCompanySettings".to_string()),
                (Kind::Code, "az login".to_string()),
            ]
        );
    }

    #[test]
    fn a_placeable_ends_a_fact() {
        let chars: Vec<(usize, char)> = "from 1 to \u{FFFC}".char_indices().collect();
        assert_eq!(facts(&chars, false).len(), 1);
    }
}
