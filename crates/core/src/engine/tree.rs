//! The loaded decision tree: topics (flows) and their nodes in one arena, with every target resolved
//! to a node index. Built by [`super::load`]; read by the session, paths, checks and front ends.

use super::diagnostic::Pos;

/// Index of a node in [`Tree::nodes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct NodeId(pub usize);

/// Index of a flow in [`Tree::flows`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct FlowId(pub usize);

/// Where something was written: file index in [`Tree::files`] and position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Span {
    pub file: usize,
    pub pos: Pos,
}

/// A Fluent message id, and where a flow names it (none for the wizard's own messages).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MsgRef {
    pub id: String,
    pub at: Option<Span>,
}

impl MsgRef {
    pub fn built_in(id: &str) -> MsgRef {
        MsgRef {
            id: id.to_string(),
            at: None,
        }
    }
}

/// How a walk ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Resolved,
    Escalate,
    /// A support request was opened: the problem is with Microsoft support now, not solved.
    HandedOver,
    StartOver,
}

impl Outcome {
    /// Every outcome, in the order reports list them.
    pub const ALL: [Outcome; 4] = [
        Outcome::Resolved,
        Outcome::HandedOver,
        Outcome::Escalate,
        Outcome::StartOver,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Resolved => "resolved",
            Outcome::Escalate => "escalate",
            Outcome::HandedOver => "handed-over",
            Outcome::StartOver => "start-over",
        }
    }
}

/// The severity a support request's summary pre-selects (the portal's levels; C is the default).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Severity {
    C,
    B,
    A,
}

/// Where an answer leads: a node, or straight to an end the wizard draws itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Target {
    Node(NodeId),
    End(Outcome),
}

/// One choice on a question or fix screen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Answer {
    pub id: String,
    pub label: MsgRef,
    pub next: Target,
    pub at: Option<Span>,
}

/// A numbered step of a fix.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub text: MsgRef,
    pub link: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum NodeKind {
    Question {
        text: MsgRef,
        hint: Option<MsgRef>,
        answers: Vec<Answer>,
    },
    /// Steps to try; its answers are always `yes` (resolved) and `no` (the next thing to try).
    Fix {
        title: MsgRef,
        hint: Option<MsgRef>,
        steps: Vec<Step>,
        answers: Vec<Answer>,
    },
    Jump {
        to: Target,
    },
    End {
        outcome: Outcome,
        text: Option<MsgRef>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub flow: FlowId,
    pub id: String,
    pub kind: NodeKind,
    pub at: Span,
    /// A walk through this node is about a service that is down: its support request pre-selects
    /// this severity.
    pub severity: Option<Severity>,
}

impl Node {
    /// A fix whose "Yes" means a support request was opened (`done: handed-over`): it asks whether
    /// the request is created rather than whether the problem is solved.
    pub fn hands_over(&self) -> bool {
        matches!(&self.kind, NodeKind::Fix { answers, .. }
            if answers.first().is_some_and(|a| a.next == Target::End(Outcome::HandedOver)))
    }

    /// The answers a user can choose here (none on jumps and ends).
    pub fn answers(&self) -> &[Answer] {
        match &self.kind {
            NodeKind::Question { answers, .. } | NodeKind::Fix { answers, .. } => answers,
            NodeKind::Jump { .. } | NodeKind::End { .. } => &[],
        }
    }
}

/// A topic: one flow file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Flow {
    pub id: String,
    pub title: MsgRef,
    pub file: usize,
    pub nodes: Vec<NodeId>,
}

/// The whole decision tree.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tree {
    pub files: Vec<String>,
    pub flows: Vec<Flow>,
    pub nodes: Vec<Node>,
    /// The root question's node.
    pub root: NodeId,
    /// Where escalations lead (the support-ticket topic), if the root names it.
    pub escalation: Option<NodeId>,
    /// The choice an escalation end offers: on to the support-ticket topic.
    pub ticket: Option<Answer>,
    /// False when a flow file could not be parsed or a target not resolved: checks that would only
    /// repeat those errors (unreached nodes, unused messages) stand down.
    pub complete: bool,
}

impl Tree {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    pub fn flow(&self, id: FlowId) -> &Flow {
        &self.flows[id.0]
    }

    pub fn flow_of(&self, node: NodeId) -> &Flow {
        self.flow(self.node(node).flow)
    }

    /// `topic:node`, as flows and `check` name nodes.
    pub fn qualified_name(&self, node: NodeId) -> String {
        format!("{}:{}", self.flow_of(node).id, self.node(node).id)
    }

    pub fn find(&self, topic: &str, node: &str) -> Option<NodeId> {
        let flow = self.flows.iter().find(|f| f.id == topic)?;
        flow.nodes.iter().copied().find(|&n| self.node(n).id == node)
    }

    /// Follows jumps from `target` to the node or end a user sees. Jump loops (which `check`
    /// reports) stop after every node has been visited once, at an escalation.
    pub fn settle(&self, mut target: Target) -> Target {
        for _ in 0..=self.nodes.len() {
            match target {
                Target::Node(n) => match self.node(n).kind {
                    NodeKind::Jump { to } => target = to,
                    _ => return target,
                },
                Target::End(_) => return target,
            }
        }
        Target::End(Outcome::Escalate)
    }

    /// Every message id a flow names, with where it is named.
    pub fn messages(&self) -> Vec<&MsgRef> {
        let mut out: Vec<&MsgRef> = self.flows.iter().map(|f| &f.title).collect();
        for node in &self.nodes {
            match &node.kind {
                NodeKind::Question { text, hint, answers } => {
                    out.push(text);
                    out.extend(hint);
                    out.extend(answers.iter().map(|a| &a.label));
                }
                NodeKind::Fix { title, hint, steps, .. } => {
                    out.push(title);
                    out.extend(hint);
                    out.extend(steps.iter().map(|s| &s.text));
                }
                NodeKind::End { text, .. } => out.extend(text),
                NodeKind::Jump { .. } => {}
            }
        }
        out.retain(|m| m.at.is_some());
        out
    }
}
