//! The tree as a picture: `signup-doctor graph` in Graphviz DOT or Mermaid. One shape per node kind
//! (question, fix, jump, end), ends coloured by outcome, edges labelled with the answers in one
//! language, one cluster per topic, and jumps and escalations drawn across topics.
//!
//! The picture is built once as a small format-neutral model ([`Picture`]) and then written out;
//! every label is escaped for its format, and the output depends only on the tree, the messages and
//! the options, so it can be committed and compared.

mod dot;
mod mermaid;

use crate::engine::place::Place;
use crate::engine::tree::{ChannelId, FlowId, MsgRef, NodeId, NodeKind, Outcome, Target, Tree};
use crate::i18n::{Localizer, ui};
use std::collections::{BTreeMap, HashSet};

/// Labels are wrapped to lines of about this many columns.
const WRAP: usize = 30;

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Graphviz: `dot -Tsvg`.
    Dot,
    /// Mermaid flowchart, as GitHub renders in Markdown.
    Mermaid,
}

/// What to draw.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    pub format: Format,
    /// Only this topic's nodes; what its answers lead to in other topics is drawn as a stub.
    pub topic: Option<&'a str>,
    /// The language of every label.
    pub lang: &'a str,
}

/// Why a picture cannot be drawn.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    /// `--topic` names no topic of the tree; the topics there are.
    #[error("no topic `{}`; the topics are {}", crate::text::sanitize(topic), known.join(", "))]
    UnknownTopic { topic: String, known: Vec<String> },
}

/// The kind of a drawn node, which decides its shape and colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    Question,
    Fix,
    Jump,
    End(Outcome),
    /// A node of a topic not drawn (with `--topic`), standing for that topic.
    Elsewhere,
}

/// Names a drawn node: a node of the tree, or an end the wizard draws itself (a fix answered
/// "yes", or a fix with nothing left to try) — one per topic and outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Node(NodeId),
    End(FlowId, Outcome),
}

/// A drawn node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vertex {
    pub key: Key,
    pub shape: Shape,
    /// The label's lines, already wrapped.
    pub label: Vec<String>,
    /// The topic cluster it is drawn in; `None` for stubs of other topics.
    pub cluster: Option<FlowId>,
}

/// How an edge is drawn: an answer (solid) or a move the user does not choose (dashed: a jump).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    Solid,
    Dashed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: Key,
    pub to: Key,
    pub label: Vec<String>,
    pub line: Line,
}

/// A topic drawn as a cluster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub flow: FlowId,
    pub label: Vec<String>,
}

/// The format-neutral picture: clusters, nodes and edges in a stable order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Picture {
    pub clusters: Vec<Cluster>,
    pub vertices: Vec<Vertex>,
    pub edges: Vec<Edge>,
}

impl Picture {
    /// The vertices of each cluster, and those outside any, in order.
    fn by_cluster(&self) -> (BTreeMap<FlowId, Vec<&Vertex>>, Vec<&Vertex>) {
        let mut inside: BTreeMap<FlowId, Vec<&Vertex>> = BTreeMap::new();
        let mut outside = Vec::new();
        for vertex in &self.vertices {
            match vertex.cluster {
                Some(flow) => inside.entry(flow).or_default().push(vertex),
                None => outside.push(vertex),
            }
        }
        (inside, outside)
    }
}

/// Draws the tree (or one topic) in the chosen format and language.
pub fn render(tree: &Tree, localizer: &Localizer, options: Options<'_>) -> Result<String, GraphError> {
    let picture = picture(tree, localizer, options.lang, options.topic)?;
    Ok(match options.format {
        Format::Dot => dot::dot(tree, &picture),
        Format::Mermaid => mermaid::mermaid(tree, &picture),
    })
}

/// Builds the picture: every topic, or only `topic` with stubs for where it leads.
pub fn picture(tree: &Tree, localizer: &Localizer, lang: &str, topic: Option<&str>) -> Result<Picture, GraphError> {
    let drawn: Vec<FlowId> = match topic {
        None => topic_order(tree),
        Some(wanted) => match tree.flows.iter().position(|f| f.id == wanted) {
            Some(index) => vec![FlowId(index)],
            None => {
                return Err(GraphError::UnknownTopic {
                    topic: wanted.to_string(),
                    known: tree.flows.iter().map(|f| f.id.clone()).collect(),
                });
            }
        },
    };
    let mut builder = Builder {
        tree,
        localizer,
        lang,
        drawn: (0..tree.flows.len()).map(|i| drawn.contains(&FlowId(i))).collect(),
        added: HashSet::new(),
        picture: Picture::default(),
    };
    for flow in drawn {
        builder.flow(flow);
    }
    Ok(builder.picture)
}

/// Every topic, in the order a reader meets them: the root, then each topic as it is first reached
/// (answers in order, breadth first), then any no path reaches.
fn topic_order(tree: &Tree) -> Vec<FlowId> {
    let mut order = Vec::new();
    let mut listed = vec![false; tree.flows.len()];
    let mut seen = vec![false; tree.nodes.len()];
    let mut queue = std::collections::VecDeque::from([tree.root]);
    seen[tree.root.0] = true;
    while let Some(node) = queue.pop_front() {
        let flow = tree.node(node).flow;
        if !std::mem::replace(&mut listed[flow.0], true) {
            order.push(flow);
        }
        let mut targets: Vec<Target> = tree.node(node).answers().iter().map(|a| a.next).collect();
        if let NodeKind::Jump { to } = tree.node(node).kind {
            targets.push(to);
        }
        for target in targets {
            if let Target::Node(next) = target
                && !seen[next.0]
            {
                seen[next.0] = true;
                queue.push_back(next);
            }
        }
    }
    order.extend((0..tree.flows.len()).filter(|&i| !listed[i]).map(FlowId));
    order
}

struct Builder<'a> {
    tree: &'a Tree,
    localizer: &'a Localizer,
    lang: &'a str,
    /// By flow index: whether the topic is drawn as a cluster.
    drawn: Vec<bool>,
    /// The vertices added so far.
    added: HashSet<Key>,
    picture: Picture,
}

impl Builder<'_> {
    fn text(&self, message: &MsgRef) -> String {
        self.localizer.text(self.lang, &message.id)
    }

    fn flow(&mut self, flow: FlowId) {
        let tree = self.tree;
        let label = wrap(&self.text(&tree.flow(flow).title));
        self.picture.clusters.push(Cluster { flow, label });
        for &node in &tree.flow(flow).nodes {
            let (shape, label) = self.describe(node);
            self.add_vertex(Key::Node(node), shape, label, Some(flow));
        }
        for &node in &tree.flow(flow).nodes {
            match &tree.node(node).kind {
                NodeKind::Question { answers, .. } | NodeKind::Fix { answers, .. } => {
                    for answer in answers {
                        let label = wrap(&self.text(&answer.label));
                        self.edge(Key::Node(node), answer.next, flow, label, Line::Solid);
                    }
                }
                NodeKind::Jump { to } => self.edge(Key::Node(node), *to, flow, Vec::new(), Line::Dashed),
                NodeKind::End { outcome, .. } => self.escalation(Key::Node(node), *outcome, flow),
            }
        }
    }

    /// A node's shape and label as drawn in its own topic.
    fn describe(&self, node: NodeId) -> (Shape, Vec<String>) {
        let tree = self.tree;
        match &tree.node(node).kind {
            NodeKind::Question { text, .. } => (Shape::Question, wrap(&self.text(text))),
            NodeKind::Fix { title, .. } => {
                let mut label = wrap(&self.text(title));
                label.extend(self.desk(tree.node(node).channel));
                // The day its steps were last checked against their source: `✓ 2026-12-07`.
                if let Some(on) = tree.node(node).verified.as_ref().and_then(|v| v.on) {
                    label.push(format!("✓ {on}"));
                }
                (Shape::Fix, label)
            }
            NodeKind::Jump { to } => {
                let target = match to {
                    Target::Node(n) if tree.node(*n).flow != tree.node(node).flow => self.text(&tree.flow_of(*n).title),
                    Target::Node(n) => tree.node(*n).id.clone(),
                    Target::End(outcome) => self.end_text(*outcome),
                };
                (Shape::Jump, wrap(&format!("→ {target}")))
            }
            NodeKind::End { outcome, text } => {
                let words = match text {
                    Some(text) => self.text(text),
                    None => self.end_text(*outcome),
                };
                let mut label = wrap(&words);
                label.extend(self.desk(tree.channel_at(Place::Node(node))));
                (Shape::End(*outcome), label)
            }
        }
    }

    /// The line naming the desk a hand-off or escalation goes to: `→ Partner Center support`.
    fn desk(&self, channel: Option<ChannelId>) -> Vec<String> {
        channel.map_or_else(Vec::new, |c| {
            wrap(&format!("→ {}", self.text(&self.tree.channel(c).name)))
        })
    }

    fn end_text(&self, outcome: Outcome) -> String {
        self.localizer.text(self.lang, ui::end_heading(outcome))
    }

    fn add_vertex(&mut self, key: Key, shape: Shape, label: Vec<String>, cluster: Option<FlowId>) {
        if self.added.insert(key) {
            self.picture.vertices.push(Vertex {
                key,
                shape,
                label,
                cluster,
            });
        }
    }

    /// An edge from `from` (in topic `flow`) to where `target` leads, adding the end or the stub it
    /// needs.
    fn edge(&mut self, from: Key, target: Target, flow: FlowId, label: Vec<String>, line: Line) {
        let (to, new_end) = match target {
            Target::Node(node) => {
                self.reach(node);
                (Key::Node(node), None)
            }
            Target::End(outcome) => {
                let key = Key::End(flow, outcome);
                let new = !self.added.contains(&key);
                if new {
                    let mut words = wrap(&self.end_text(outcome));
                    if outcome == Outcome::Escalate {
                        words.extend(self.desk(self.tree.flow(flow).channel));
                    }
                    self.add_vertex(key, Shape::End(outcome), words, Some(flow));
                }
                (key, new.then_some(outcome))
            }
        };
        self.picture.edges.push(Edge { from, to, label, line });
        if let Some(outcome) = new_end {
            self.escalation(to, outcome, flow);
        }
    }

    /// Makes sure `node` is drawn: it is, in its topic's cluster, or it becomes a stub.
    fn reach(&mut self, node: NodeId) {
        let tree = self.tree;
        let flow = tree.node(node).flow;
        if self.drawn[flow.0] {
            return;
        }
        let mut label = wrap(&self.text(&tree.flow(flow).title));
        if tree.flow(flow).nodes.first() != Some(&node) {
            label.extend(self.describe(node).1);
        }
        self.add_vertex(Key::Node(node), Shape::Elsewhere, label, None);
    }

    /// An escalation end outside the support-ticket topic leads on to it, as the wizard offers.
    fn escalation(&mut self, from: Key, outcome: Outcome, flow: FlowId) {
        let tree = self.tree;
        let place = match from {
            Key::Node(node) => Place::Node(node),
            Key::End(_, outcome) => match tree.flow(flow).nodes.first() {
                Some(&first) => Place::End(outcome, first),
                None => return,
            },
        };
        if outcome != Outcome::Escalate {
            return;
        }
        let Some(ticket) = tree.onward(place) else {
            return;
        };
        let Target::Node(target) = ticket.next else {
            return;
        };
        let label = wrap(&self.text(&ticket.label));
        self.reach(target);
        self.picture.edges.push(Edge {
            from,
            to: Key::Node(target),
            label,
            line: Line::Solid,
        });
    }
}

/// Splits a label into lines of at most about [`WRAP`] columns at spaces, as evenly as the words
/// allow (no lone last word; French punctuation kept to its word); keeps the text's own line breaks.
/// A no-break space holds its line together but is written as a plain space: Mermaid's parser reads
/// one in an edge label as the text `&nbsp;`.
pub fn wrap(text: &str) -> Vec<String> {
    crate::text::wrap::balanced(text, WRAP)
        .into_iter()
        .map(|line| line.replace(['\u{a0}', '\u{202f}'], " "))
        .collect()
}

/// Fill and outline colours of a shape.
fn colours(shape: Shape) -> (&'static str, &'static str) {
    match shape {
        Shape::Question => ("#e3edfb", "#2f5f9e"),
        Shape::Fix => ("#ffffff", "#555555"),
        Shape::Jump => ("#f1ecf7", "#6b4f8c"),
        Shape::End(Outcome::Resolved) => ("#d8f0d8", "#2e7d32"),
        Shape::End(Outcome::Escalate) => ("#fbdcdc", "#b3261e"),
        Shape::End(Outcome::HandedOver) => ("#dcebf7", "#1f5c99"),
        Shape::End(Outcome::StartOver) => ("#fdf1cc", "#a86b00"),
        Shape::Elsewhere => ("#eeeeee", "#888888"),
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn a_label_line_never_starts_with_french_punctuation_and_no_break_spaces_print_plain() {
        // The French title has a no-break space before `:` (it was split there before textwrap).
        assert_eq!(
            wrap("Vérification par téléphone\u{a0}: ni SMS ni appel"),
            ["Vérification par", "téléphone : ni SMS ni appel"]
        );
        assert_eq!(wrap("Est-ce réglé ?\n\nOui"), ["Est-ce réglé ?", "Oui"]);
    }
}
