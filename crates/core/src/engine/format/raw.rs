//! The flow files' YAML, parsed straight into typed structs that keep each value's line and column
//! (serde-saphyr's `Spanned`). Nothing here is checked beyond its type; [`crate::engine::load`] does the rest.

use super::grammar::{ID, LINK, MESSAGE, TARGET};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// One flow file: a topic and its nodes (the first node is where the topic starts).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "signup-doctor flow")]
pub struct RawFlow {
    #[schemars(with = "String", pattern(ID))]
    #[schemars(description = "This flow's id: the file name without .yaml (lowercase kebab-case).")]
    pub topic: Spanned<String>,
    #[schemars(with = "String", pattern(MESSAGE))]
    #[schemars(description = "Message id of the topic's name (root answers, title bar, search).")]
    pub title: Spanned<String>,
    /// Only in `root.yaml`: where escalations lead.
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(TARGET))]
    #[schemars(description = "Only in root.yaml: where every escalation leads, as TOPIC:NODE.")]
    pub escalation: Option<Spanned<String>>,
    #[schemars(with = "Vec<RawNode>", length(min = 1))]
    #[schemars(description = "The topic's nodes; the first is where the topic starts.")]
    pub nodes: Spanned<Vec<RawNode>>,
}

/// A node as written: exactly one of `question`, `fix`, `jump`, `end` says its kind.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Node", transform = super::schema::one_kind_per_node)]
pub struct RawNode {
    #[schemars(with = "String", pattern(ID))]
    #[schemars(description = "The node's id, unique in its topic (lowercase kebab-case).")]
    pub id: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(MESSAGE))]
    #[schemars(description = "A question: message id of the question; needs `answers`.")]
    pub question: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawAnswer>>", length(min = 1))]
    #[schemars(description = "A question's answers, each leading on.")]
    pub answers: Option<Spanned<Vec<RawAnswer>>>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(MESSAGE))]
    #[schemars(description = "A fix: message id of its title; needs `steps`, then asks \"Did this solve it?\".")]
    pub fix: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawStep>>", length(min = 1))]
    #[schemars(description = "A fix's numbered steps: message ids, or `text` and `link`.")]
    pub steps: Option<Spanned<Vec<Spanned<RawStep>>>>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(TARGET))]
    #[schemars(description = "Where a fix's \"No\" leads (NODE or TOPIC:NODE); without it, \"No\" escalates.")]
    pub otherwise: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<RawDone>")]
    #[schemars(
        description = "How a fix's \"Yes\" ends the walk: resolved (the default), or handed-over when its steps open a support request."
    )]
    pub done: Option<Spanned<RawDone>>,
    #[serde(default)]
    #[schemars(with = "Option<RawSeverity>")]
    #[schemars(
        description = "On a question: a walk through it is about a service that is down; its support request summary pre-selects this severity (a, b or c)."
    )]
    pub severity: Option<Spanned<RawSeverity>>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(MESSAGE))]
    #[schemars(description = "Message id of a line shown under a question or a fix's title.")]
    pub hint: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(TARGET))]
    #[schemars(description = "A jump: moves straight on to NODE or TOPIC:NODE, asking nothing.")]
    pub jump: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<RawOutcome>")]
    #[schemars(
        description = "An end: resolved, escalate (on to a support request), handed-over (a support request is open) or start-over (back to the first question)."
    )]
    pub end: Option<Spanned<RawOutcome>>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(MESSAGE))]
    #[schemars(description = "Message id of the text an end shows.")]
    pub text: Option<Spanned<String>>,
}

/// An answer to a question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Answer")]
pub struct RawAnswer {
    #[schemars(with = "String", pattern(ID))]
    #[schemars(description = "Unique in its question; forms the path code (lowercase kebab-case).")]
    pub id: Spanned<String>,
    #[schemars(with = "String", pattern(MESSAGE))]
    #[schemars(description = "Message id of the answer's text.")]
    pub label: Spanned<String>,
    #[schemars(with = "String", pattern(TARGET))]
    #[schemars(description = "Where the answer leads: NODE of this topic, or TOPIC:NODE.")]
    pub next: Spanned<String>,
}

/// A fix's step: a message id, or a message id with a link.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Step")]
pub enum RawStep {
    Text(#[schemars(pattern(MESSAGE))] String),
    Linked(RawLinkedStep),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "LinkedStep")]
#[schemars(description = "A step with a link: its message id, and the address shown in full.")]
pub struct RawLinkedStep {
    #[schemars(pattern(MESSAGE), description = "Message id of the step.")]
    pub text: String,
    #[schemars(pattern(LINK), description = "An https, http or mailto address, shown in full.")]
    pub link: String,
}

/// How an end node ends the walk.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "Outcome")]
pub enum RawOutcome {
    Resolved,
    Escalate,
    HandedOver,
    StartOver,
}

/// How a fix's "Yes" ends the walk.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(rename = "Done")]
pub enum RawDone {
    Resolved,
    HandedOver,
}

/// A support request's severity, as the portal names its levels.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Severity")]
pub enum RawSeverity {
    A,
    B,
    C,
}
