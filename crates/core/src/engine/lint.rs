//! The name of each kind of finding `check` reports, shown at the end of its line (`[missing-target]`)
//! as cargo's lints are, so an author can look it up in `flows/README.md` and a tree can allow a
//! warning by name (`allow:` in root.yaml). Errors cannot be allowed: the wizard cannot run with them.

use std::fmt;

macro_rules! lints {
    ($($variant:ident = $name:literal, $allowable:literal, $what:literal;)*) => {
        /// A kind of finding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Lint {
            $(#[doc = $what] $variant,)*
        }

        impl Lint {
            /// Every kind, in the order `flows/README.md` lists them.
            pub const ALL: &'static [Lint] = &[$(Lint::$variant,)*];

            /// Its stable name, kebab-case.
            pub fn name(self) -> &'static str {
                match self { $(Lint::$variant => $name,)* }
            }

            /// Whether a tree may allow it: only what is reported as a warning.
            pub fn allowable(self) -> bool {
                match self { $(Lint::$variant => $allowable,)* }
            }

            /// What it finds, in one line.
            pub fn what(self) -> &'static str {
                match self { $(Lint::$variant => $what,)* }
            }
        }
    };
}

lints! {
    YamlSyntax = "yaml-syntax", false, "a flow file that is not YAML: indentation, tabs, quotes, colons";
    UnknownField = "unknown-field", false, "a key the format does not have (a typo, or a key in the wrong place)";
    MissingField = "missing-field", false, "a key the format needs is not there (or not indented under its item)";
    WrongType = "wrong-type", false, "a value of the wrong kind: text where a list belongs, an empty value";
    DuplicateKey = "duplicate-key", false, "the same key twice in one mapping";
    DuplicateId = "duplicate-id", false, "two topics, nodes, answers, channels or messages with one id";
    NotKebabCase = "not-kebab-case", false, "an id that is not lowercase kebab-case";
    TopicFileName = "topic-file-name", false, "a topic whose id is not its file's name";
    NoRoot = "no-root", false, "no root.yaml asking where the user is stuck";
    NoFlows = "no-flows", false, "a flows folder with no YAML file";
    MissingTarget = "missing-target", false, "a `next`, `otherwise`, `jump` or link to a topic or node that does not exist";
    MisplacedKey = "misplaced-key", false, "a key that belongs on another kind of node, or in root.yaml only";
    BadValue = "bad-value", false, "a value outside what the key takes";
    NoAnswers = "no-answers", false, "a question with no answers";
    NoSteps = "no-steps", false, "a fix with no steps";
    NoNodes = "no-nodes", false, "a topic with no nodes";
    BadLink = "bad-link", false, "a link that is not an https, http or mailto address";
    Unreachable = "unreachable", false, "a node no walk from the root reaches";
    DeadEnd = "dead-end", false, "a node from which no end can be reached";
    UnknownChannel = "unknown-channel", false, "a desk name root.yaml does not declare";
    EscalationWithoutDesk = "escalation-without-desk", false, "an escalation whose desk is named nowhere";
    ContactWithoutDesk = "contact-without-desk", false, "a step that sends the customer to a person without naming the desk";
    ContactMarkedResolved = "contact-marked-resolved", false, "a contact step whose \"Yes\" would count as solved";
    FillWithoutField = "fill-without-field", false, "an answer that fills a field no request asks for";
    DateWithoutSource = "date-without-source", false, "a `verified` date with no `source`";
    BadDate = "bad-date", false, "a `verified` date that is not a day, or is after today";
    UnreadableFile = "unreadable-file", false, "a file that cannot be read";
    TooLarge = "too-large", false, "a file over the size limit";
    TooDeep = "too-deep", false, "placeables nested too deep";
    MisplacedFile = "misplaced-file", false, "a locale file outside a language folder";
    FluentSyntax = "fluent-syntax", false, "a locale file that is not Fluent";
    MissingLocale = "missing-locale", false, "a shipped language with no folder";
    MissingMessage = "missing-message", false, "a message or term a flow or message uses that a language does not define";
    ValueMissing = "value-missing", false, "a message with attributes but no text";
    VariablesDiffer = "variables-differ", false, "a translation with other `{ $variables }` than its English";
    FactsDiffer = "facts-differ", false, "a translation with other numbers, links, addresses or commands than its English";
    MessageCycle = "message-cycle", false, "a message or term that refers to itself, through others or not";
    RootWord = "root-word", false, "a first question's code word `walk` does not take";
    FrenchTypography = "french-typography", false, "French punctuation without its no-break space, or the wrong quotes";
    UntranslatedMessage = "untranslated-message", true, "a message a language being started does not have yet";
    UnusedMessage = "unused-message", true, "a message no flow uses";
    UnusedChannel = "unused-channel", true, "a desk nothing names";
    EscalationShortcut = "escalation-shortcut", true, "a step that skips the escalation end and its request summary";
    StaleFix = "stale-fix", true, "a fix verified longer ago than `stale-after-days`";
    StaleTranslation = "stale-translation", true, "a translation made from an older English text";
    UnrecordedTranslation = "unrecorded-translation", true, "a translation that does not record which English it was made from";
    NeedlessLocalised = "needless-localised", true, "a `# localised:` mark with no fact that differs";
    RetiredLink = "retired-link", true, "a link to an address Microsoft has retired";
    LongLink = "long-link", true, "a link too long to read in a terminal";
    TooManyPaths = "too-many-paths", true, "more paths from the root than `paths` lists";
    BadTranscript = "bad-transcript", false, "a saved transcript that cannot be read back";
    BadJournal = "bad-journal", false, "a journal that cannot be read back";
    UnknownAllow = "unknown-allow", false, "an `allow:` entry that names no warning";
}

impl fmt::Display for Lint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Lint {
    /// The kind of finding named `name`, if any.
    pub fn named(name: &str) -> Option<Lint> {
        Lint::ALL.iter().copied().find(|l| l.name() == name)
    }
}
