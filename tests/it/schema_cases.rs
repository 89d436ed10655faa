//! Flow files broken one way each, shared by the schema's tests (tests/it/schema.rs, which checks
//! `check` rejects each one, and tests/outside, which checks the JSON Schema does too).

/// A valid two-topic build to break one line at a time.
pub const ROOT: &str = "topic: root\ntitle: t-root\nescalation: help:start\nnodes:\n  - id: where\n    question: t-where\n    answers:\n      - id: help\n        label: t-where-help\n        next: help:start\nchannels:\n  - id: billing\n    name: channel-azure-billing\n    reach: channel-azure-billing-reach\n    problem: channel-azure-billing-problem\n";
pub const HELP: &str = "topic: help\ntitle: t-help\nchannel: billing\nnodes:\n  - id: start\n    fix: t-start\n    steps:\n      - t-start-one\n      - text: t-start-two\n        link: https://example.com/help\n    otherwise: done\n  - id: done\n    end: escalate\n";

/// `HELP` broken one way each: what is broken, and the broken flow file.
pub fn broken() -> Vec<(&'static str, String)> {
    vec![
        ("a typo in a key", HELP.replace("otherwise:", "otherwize:")),
        (
            "two kinds on one node",
            HELP.replace("    end: escalate\n", "    end: escalate\n    jump: start\n"),
        ),
        ("no kind at all", HELP.replace("    end: escalate\n", "")),
        (
            "an id that is not kebab-case",
            HELP.replace("id: done", "id: Done_Node"),
        ),
        (
            "an outcome that does not exist",
            HELP.replace("end: escalate", "end: finished"),
        ),
        (
            "a link that is not https, http or mailto",
            HELP.replace("https://example.com/help", "ftp://example.com"),
        ),
        (
            "a fix without steps",
            HELP.replace(
                "    steps:\n      - t-start-one\n      - text: t-start-two\n        link: https://example.com/help\n",
                "",
            ),
        ),
        (
            "a key its kind does not take",
            HELP.replace("    end: escalate\n", "    end: escalate\n    hint: t-hint\n"),
        ),
        (
            "a target that is not NODE or TOPIC:NODE",
            HELP.replace("otherwise: done", "otherwise: help:done:again"),
        ),
        (
            "a topic without nodes",
            "topic: help\ntitle: t-help\nnodes: []\n".to_string(),
        ),
    ]
}
