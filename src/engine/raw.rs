//! The flow files' YAML, parsed straight into typed structs that keep each value's line and column
//! (serde-saphyr's `Spanned`). Nothing here is checked beyond its type; [`super::load`] does the rest.

use serde::Deserialize;
use serde_saphyr::Spanned;

/// One flow file: a topic and its nodes (the first node is where the topic starts).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlow {
    pub topic: Spanned<String>,
    pub title: Spanned<String>,
    /// Only in `root.yaml`: where escalations lead.
    #[serde(default)]
    pub escalation: Option<Spanned<String>>,
    pub nodes: Spanned<Vec<RawNode>>,
}

/// A node as written: exactly one of `question`, `fix`, `jump`, `end` says its kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: Spanned<String>,
    #[serde(default)]
    pub question: Option<Spanned<String>>,
    #[serde(default)]
    pub answers: Option<Spanned<Vec<RawAnswer>>>,
    #[serde(default)]
    pub fix: Option<Spanned<String>>,
    #[serde(default)]
    pub steps: Option<Spanned<Vec<Spanned<RawStep>>>>,
    #[serde(default)]
    pub otherwise: Option<Spanned<String>>,
    #[serde(default)]
    pub hint: Option<Spanned<String>>,
    #[serde(default)]
    pub jump: Option<Spanned<String>>,
    #[serde(default)]
    pub end: Option<Spanned<RawOutcome>>,
    #[serde(default)]
    pub text: Option<Spanned<String>>,
}

/// An answer to a question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAnswer {
    pub id: Spanned<String>,
    pub label: Spanned<String>,
    pub next: Spanned<String>,
}

/// A fix's step: a message id, or a message id with a link.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawStep {
    Text(String),
    Linked(RawLinkedStep),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLinkedStep {
    pub text: String,
    pub link: String,
}

/// How an end node ends the walk.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum RawOutcome {
    Resolved,
    Escalate,
    StartOver,
}
