//! The loaded decision tree: topics (flows) and their nodes in one arena, with every target resolved
//! to a node index. Built by [`super::load`]; read by the session, paths, checks and front ends.

use super::diagnostic::Pos;

/// Index of a node in [`Tree::nodes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct NodeId(pub usize);

/// Index of a flow in [`Tree::flows`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct FlowId(pub usize);

/// Index of a support desk in [`Tree::channels`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct ChannelId(pub usize);

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
    /// The request field this answer fills in (its label's message id), and the value.
    pub fills: Option<Fill>,
}

/// A request field an answer fills in: the summary shows `value` instead of a blank.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fill {
    pub field: MsgRef,
    pub value: MsgRef,
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

/// A field of a support request: its label, and its value when the desk's form has a fixed one
/// (else a blank the customer fills in).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RequestField {
    pub label: MsgRef,
    pub value: Option<MsgRef>,
}

/// A support desk a hand-off goes to, declared once in `root.yaml`: its name, how to reach it,
/// the problem type in its own words and the fields its request needs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Channel {
    pub id: String,
    pub name: MsgRef,
    pub reach: MsgRef,
    pub link: Option<String>,
    pub problem: MsgRef,
    pub fields: Vec<RequestField>,
    /// The desk's request asks for a severity (Azure support's A, B, C).
    pub severity: bool,
    /// The way on from an escalation end to this desk: where the wizard helps open the request.
    pub request: Option<Answer>,
    pub at: Span,
}

/// What an escalation end adds to its desk's request.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ask {
    /// The problem type, when it differs from the channel's.
    pub problem: Option<MsgRef>,
    /// Blanks the request needs besides the channel's fields.
    pub fields: Vec<MsgRef>,
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
    /// On a fix: the desk its steps send the customer to (its "Yes" ends handed-over). On an
    /// escalation end: the desk it names (else its topic's).
    pub channel: Option<ChannelId>,
    /// On an escalation end: what it adds to the desk's request.
    pub ask: Ask,
    /// On a fix: when its steps were last checked against their source, and that source.
    pub verified: Option<super::freshness::Verified>,
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
    /// The desk this topic's escalations go to, unless an escalation end names its own.
    pub channel: Option<ChannelId>,
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
    /// The choice an escalation end offers when its desk names no request of its own: on to the
    /// support-ticket topic.
    pub ticket: Option<Answer>,
    /// The support desks hand-offs and escalations go to.
    pub channels: Vec<Channel>,
    /// False when a flow file could not be parsed or a target not resolved: checks that would only
    /// repeat those errors (unreached nodes, unused messages) stand down.
    pub complete: bool,
    /// `root.yaml`'s `stale-after-days`: how long a fix's verification stays fresh.
    pub stale_after_days: Option<u32>,
    /// `root.yaml`'s `allow`: the names of the warnings `check` leaves out for this tree.
    pub allow: Vec<String>,
}

impl Tree {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    pub fn flow(&self, id: FlowId) -> &Flow {
        &self.flows[id.0]
    }

    pub fn channel(&self, id: ChannelId) -> &Channel {
        &self.channels[id.0]
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
                    for fill in answers.iter().filter_map(|a| a.fills.as_ref()) {
                        out.push(&fill.field);
                        out.push(&fill.value);
                    }
                }
                NodeKind::Fix { title, hint, steps, .. } => {
                    out.push(title);
                    out.extend(hint);
                    out.extend(steps.iter().map(|s| &s.text));
                }
                NodeKind::End { text, .. } => {
                    out.extend(text);
                    out.extend(&node.ask.problem);
                    out.extend(&node.ask.fields);
                }
                NodeKind::Jump { .. } => {}
            }
        }
        for channel in &self.channels {
            out.push(&channel.name);
            out.push(&channel.reach);
            out.push(&channel.problem);
            for field in &channel.fields {
                out.push(&field.label);
                out.extend(&field.value);
            }
        }
        out.retain(|m| m.at.is_some());
        out
    }
}
