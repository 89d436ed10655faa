//! The flow files' YAML, parsed straight into typed structs that keep each value's line and column
//! (serde-saphyr's `Spanned`). Nothing here is checked beyond its type; [`crate::engine::load`] does the rest.

use super::grammar::{DATE, ID, LINK, MESSAGE, SOURCE, TARGET};
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
    /// Only in `root.yaml`: the support desks a hand-off can go to, declared once.
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawChannel>>")]
    #[schemars(
        description = "Only in root.yaml: the support desks (channels) every hand-off and escalation names, each declared once with how to reach it and what its request needs."
    )]
    pub channels: Option<Spanned<Vec<RawChannel>>>,
    /// The desk this topic's escalations go to, unless an escalation end names its own.
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(ID))]
    #[schemars(
        description = "The channel (support desk) this topic's escalations go to: escalation ends that name none, and fixes whose \"No\" has no `otherwise`."
    )]
    pub channel: Option<Spanned<String>>,
    /// Only in `root.yaml`: how many days a fix's `verified:` date stays fresh.
    #[serde(default, rename = "stale-after-days")]
    #[schemars(with = "Option<u32>", range(min = 1))]
    #[schemars(
        description = "Only in root.yaml: how many days after a fix's `verified:` date `check` starts warning that it should be checked against its source again (default 365)."
    )]
    pub stale_after_days: Option<Spanned<u32>>,
    /// Only in `root.yaml`: the kinds of warning this tree does not want to hear of.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    #[schemars(
        description = "Only in root.yaml: names of warnings `check` stays quiet about for this tree (each finding ends with its name in brackets, e.g. `unused-message`). Errors cannot be allowed."
    )]
    pub allow: Option<Vec<Spanned<String>>>,
    #[schemars(with = "Vec<RawNode>", length(min = 1))]
    #[schemars(description = "The topic's nodes; the first is where the topic starts.")]
    pub nodes: Spanned<Vec<RawNode>>,
}

/// A node as written: exactly one of `question`, `fix`, `jump`, `end` says its kind.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Node", transform = super::node_keys::one_kind_per_node)]
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
    #[schemars(with = "Option<String>", pattern(ID))]
    #[schemars(
        description = "On a fix: its steps send the customer to this channel (a person), so its \"Yes\" ends handed-over. On an escalation end: the desk the escalation goes to."
    )]
    pub channel: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(MESSAGE))]
    #[schemars(
        description = "On an escalation end: message id of the problem type, in the desk's own wording, when it differs from the channel's."
    )]
    pub problem: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    #[schemars(
        description = "On an escalation end: message ids of fields its request needs besides the channel's (left blank in the summary for the customer to fill)."
    )]
    pub fields: Option<Spanned<Vec<Spanned<String>>>>,
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
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(DATE))]
    #[schemars(
        description = "On a fix: the day (YYYY-MM-DD) its steps were last checked against their `source`; `check` warns once it is older than the tree's limit."
    )]
    pub verified: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<RawSource>")]
    #[schemars(
        description = "On a fix: the page (or list of pages) its steps rest on, checked against on `verified`; without `verified`, no current copy confirmed it yet."
    )]
    pub source: Option<Spanned<RawSource>>,
}

/// A fix's source: one address, or a list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Source")]
pub enum RawSource {
    One(#[schemars(pattern(SOURCE))] String),
    Many(#[schemars(length(min = 1), inner(pattern(SOURCE)))] Vec<String>),
}

/// A support desk, declared once in `root.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(rename = "Channel")]
pub struct RawChannel {
    #[schemars(with = "String", pattern(ID))]
    #[schemars(description = "The channel's id, named by `channel:` on topics, fixes and escalation ends.")]
    pub id: Spanned<String>,
    #[schemars(with = "String", pattern(MESSAGE))]
    #[schemars(description = "Message id of the desk's name, as the customer will see it.")]
    pub name: Spanned<String>,
    #[schemars(with = "String", pattern(MESSAGE))]
    #[schemars(description = "Message id of how to reach the desk (the route through the portal or site).")]
    pub reach: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(LINK))]
    #[schemars(
        description = "The desk's address; a fix step with this link sends the customer there and must name the channel."
    )]
    pub link: Option<Spanned<String>>,
    #[schemars(with = "String", pattern(MESSAGE))]
    #[schemars(description = "Message id of the problem type, in the words the desk's form offers.")]
    pub problem: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<Vec<RawField>>")]
    #[schemars(
        description = "What the desk's request asks for, in its order: fixed values, or blanks for the customer."
    )]
    pub fields: Option<Vec<RawField>>,
    #[serde(default)]
    #[schemars(description = "Whether the desk's request asks for a severity (Azure support's A, B, C).")]
    pub severity: bool,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(TARGET))]
    #[schemars(
        description = "Where the wizard helps open a request with this desk (TOPIC:NODE); without it, root's `escalation`."
    )]
    pub request: Option<Spanned<String>>,
}

/// A field of a desk's request: its label, and its value when the desk's form has a fixed one.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Field")]
pub struct RawField {
    #[schemars(with = "String", pattern(MESSAGE))]
    #[schemars(description = "Message id of the field's label.")]
    pub label: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>", pattern(MESSAGE))]
    #[schemars(description = "Message id of its value; without it, a blank the customer fills.")]
    pub value: Option<Spanned<String>>,
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
    #[serde(default)]
    #[schemars(with = "Option<RawFill>")]
    #[schemars(
        description = "A field of the support request this answer fills in: the field's label (as a desk or an escalation end names it) and the value to give it."
    )]
    pub fills: Option<Spanned<RawFill>>,
}

/// A request field an answer fills in: which field (its label's message id) and with what.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Fill")]
pub struct RawFill {
    #[schemars(pattern(MESSAGE), description = "Message id of the field's label.")]
    pub field: String,
    #[schemars(pattern(MESSAGE), description = "Message id of the value.")]
    pub value: String,
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
