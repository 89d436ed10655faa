//! The tree as a picture: `signup-doctor graph` in Graphviz DOT or Mermaid. One shape per node kind
//! (question, fix, jump, end), ends coloured by outcome, edges labelled with the answers in one
//! language, one cluster per topic, and jumps and escalations drawn across topics.
//!
//! The picture is built once as a small format-neutral model ([`Picture`]) and then written out;
//! every label is escaped for its format, and the output depends only on the tree, the messages and
//! the options, so it can be committed and compared.

use crate::engine::tree::{FlowId, MsgRef, NodeId, NodeKind, Outcome, Target, Tree};
use crate::i18n::{Localizer, ui};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

/// Labels are wrapped to lines of about this many characters.
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
        Format::Dot => dot(tree, &picture),
        Format::Mermaid => mermaid(tree, &picture),
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
            NodeKind::Fix { title, .. } => (Shape::Fix, wrap(&self.text(title))),
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
                (Shape::End(*outcome), wrap(&words))
            }
        }
    }

    fn end_text(&self, outcome: Outcome) -> String {
        let id = match outcome {
            Outcome::Resolved => ui::END_RESOLVED,
            Outcome::Escalate => ui::END_ESCALATE,
            Outcome::HandedOver => ui::END_HANDED_OVER,
            Outcome::StartOver => ui::END_START_OVER,
        };
        self.localizer.text(self.lang, id)
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
                    let words = wrap(&self.end_text(outcome));
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
        let (Outcome::Escalate, Some(ticket), Some(target)) = (outcome, &tree.ticket, tree.escalation) else {
            return;
        };
        if tree.node(target).flow == flow {
            return;
        }
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

/// Splits text into lines of at most about [`WRAP`] characters at spaces, as evenly as the words
/// allow (no lone last word); keeps the text's own line breaks.
pub fn wrap(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let words: Vec<&str> = paragraph.split_whitespace().collect();
        let count = greedy(&words, WRAP).len();
        let length = words.iter().map(|w| w.chars().count() + 1).sum::<usize>();
        let mut width = length.div_ceil(count.max(1));
        while greedy(&words, width).len() > count {
            width += 1;
        }
        lines.extend(greedy(&words, width));
    }
    lines
}

fn greedy(words: &[&str], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in words {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
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

fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Resolved => "resolved",
        Outcome::Escalate => "escalate",
        Outcome::HandedOver => "handed-over",
        Outcome::StartOver => "start-over",
    }
}

// ---------------------------------------------------------------------------------------------
// Graphviz DOT

/// A DOT quoted string: backslashes and quotes escaped, `&` written `&amp;` (Graphviz reads
/// entities such as `&lt;` in labels), lines joined with `\n` (centred lines).
fn dot_string(lines: &[String]) -> String {
    let escaped: Vec<String> = lines
        .iter()
        .map(|line| {
            let mut out = String::new();
            for c in line.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '"' => out.push_str("\\\""),
                    '&' => out.push_str("&amp;"),
                    '\r' | '\n' => out.push(' '),
                    c => out.push(c),
                }
            }
            out
        })
        .collect();
    format!("\"{}\"", escaped.join("\\n"))
}

fn dot_id(tree: &Tree, key: Key) -> String {
    let name = match key {
        Key::Node(node) => tree.qualified_name(node),
        Key::End(flow, outcome) => format!("{}:({})", tree.flow(flow).id, outcome_name(outcome)),
    };
    dot_string(&[name])
}

fn dot_shape(shape: Shape) -> &'static str {
    match shape {
        Shape::Question => "shape=hexagon",
        Shape::Fix => "shape=box",
        Shape::Jump => "shape=cds",
        Shape::End(_) => "shape=box, style=\"rounded,filled,bold\"",
        Shape::Elsewhere => "shape=folder",
    }
}

fn dot(tree: &Tree, picture: &Picture) -> String {
    let mut out = String::new();
    out.push_str("digraph \"signup-doctor\" {\n");
    out.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.25, ranksep=0.5];\n");
    out.push_str("  node [fontname=\"Helvetica\", fontsize=10, style=filled, margin=\"0.15,0.06\"];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
    let vertex = |out: &mut String, indent: &str, v: &Vertex| {
        let (fill, line) = colours(v.shape);
        let _ = writeln!(
            out,
            "{indent}{} [{}, label={}, fillcolor=\"{fill}\", color=\"{line}\"];",
            dot_id(tree, v.key),
            dot_shape(v.shape),
            dot_string(&v.label),
        );
    };
    let (inside, outside) = picture.by_cluster();
    for cluster in &picture.clusters {
        let _ = writeln!(
            out,
            "  subgraph {} {{",
            dot_string(&[format!("cluster_{}", tree.flow(cluster.flow).id)])
        );
        let _ = writeln!(
            out,
            "    label={}; style=\"rounded\"; color=\"#999999\"; fontcolor=\"#333333\";",
            dot_string(&cluster.label)
        );
        for v in inside.get(&cluster.flow).into_iter().flatten() {
            vertex(&mut out, "    ", v);
        }
        out.push_str("  }\n");
    }
    for v in outside {
        vertex(&mut out, "  ", v);
    }
    for edge in &picture.edges {
        let mut attributes = Vec::new();
        if !edge.label.is_empty() {
            attributes.push(format!("label={}", dot_string(&edge.label)));
        }
        if edge.line == Line::Dashed {
            attributes.push("style=dashed".to_string());
        }
        let _ = write!(out, "  {} -> {}", dot_id(tree, edge.from), dot_id(tree, edge.to));
        if !attributes.is_empty() {
            let _ = write!(out, " [{}]", attributes.join(", "));
        }
        out.push_str(";\n");
    }
    out.push_str("}\n");
    out
}

// ---------------------------------------------------------------------------------------------
// Mermaid

/// Mermaid-safe id: ids are kebab-case, so `-` becomes `_` and anything else an `_xHH_` escape;
/// a topic and its node are joined by `__`, and an end the wizard draws gets `___OUTCOME`.
fn mermaid_name(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(c),
            '-' => out.push('_'),
            c => {
                let _ = write!(out, "_x{:x}_", u32::from(c));
            }
        }
    }
    out
}

fn mermaid_id(tree: &Tree, key: Key) -> String {
    match key {
        Key::Node(node) => format!(
            "{}__{}",
            mermaid_name(&tree.flow_of(node).id),
            mermaid_name(&tree.node(node).id)
        ),
        Key::End(flow, outcome) => format!(
            "{}___{}",
            mermaid_name(&tree.flow(flow).id),
            mermaid_name(outcome_name(outcome))
        ),
    }
}

/// A Mermaid quoted label, lines joined with `<br/>`. Characters Mermaid or HTML would read — quotes,
/// `#`, `<`, `>`, `&`, backticks, `%` (directives) — become entity codes (`#quot;`). Mermaid strips
/// the last `;` of any line where `style` or `classDef` comes before `:` and then `#`, which would
/// break a code, so a label holding codes has its colons written as codes too.
fn mermaid_string(lines: &[String]) -> String {
    let code = |c: char| match c {
        '#' => Some("#35;"),
        '"' => Some("#quot;"),
        '<' => Some("#lt;"),
        '>' => Some("#gt;"),
        '&' => Some("#amp;"),
        '`' => Some("#96;"),
        '%' => Some("#37;"),
        _ => None,
    };
    let coded = lines.iter().any(|line| line.chars().any(|c| code(c).is_some()));
    let escaped: Vec<String> = lines
        .iter()
        .map(|line| {
            let mut out = String::new();
            for c in line.chars() {
                match (code(c), c) {
                    (Some(entity), _) => out.push_str(entity),
                    (None, ':') if coded => out.push_str("#58;"),
                    (None, '\r' | '\n') => out.push(' '),
                    (None, c) => out.push(c),
                }
            }
            out
        })
        .collect();
    format!("\"{}\"", escaped.join("<br/>"))
}

fn mermaid_class(shape: Shape) -> &'static str {
    match shape {
        Shape::Question => "question",
        Shape::Fix => "fix",
        Shape::Jump => "jump",
        Shape::End(Outcome::Resolved) => "resolved",
        Shape::End(Outcome::Escalate) => "escalate",
        Shape::End(Outcome::HandedOver) => "handedover",
        Shape::End(Outcome::StartOver) => "startover",
        Shape::Elsewhere => "elsewhere",
    }
}

fn mermaid_node(shape: Shape, label: &str) -> String {
    match shape {
        Shape::Question => format!("{{{{{label}}}}}"),
        Shape::Fix => format!("[{label}]"),
        Shape::Jump => format!(">{label}]"),
        Shape::End(_) => format!("([{label}])"),
        Shape::Elsewhere => format!("[[{label}]]"),
    }
}

fn mermaid(tree: &Tree, picture: &Picture) -> String {
    let mut out = String::new();
    out.push_str("flowchart LR\n");
    let mut used: Vec<Shape> = Vec::new();
    let vertex = |out: &mut String, indent: &str, v: &Vertex| {
        let _ = writeln!(
            out,
            "{indent}{}{}:::{}",
            mermaid_id(tree, v.key),
            mermaid_node(v.shape, &mermaid_string(&v.label)),
            mermaid_class(v.shape)
        );
    };
    let (inside, outside) = picture.by_cluster();
    for cluster in &picture.clusters {
        let _ = writeln!(
            out,
            "  subgraph topic_{}[{}]",
            mermaid_name(&tree.flow(cluster.flow).id),
            mermaid_string(&cluster.label)
        );
        for v in inside.get(&cluster.flow).into_iter().flatten() {
            vertex(&mut out, "    ", v);
        }
        out.push_str("  end\n");
    }
    for v in outside {
        vertex(&mut out, "  ", v);
    }
    for edge in &picture.edges {
        let arrow = match edge.line {
            Line::Solid => "-->",
            Line::Dashed => "-.->",
        };
        let label = if edge.label.is_empty() {
            String::new()
        } else {
            format!("|{}|", mermaid_string(&edge.label))
        };
        let _ = writeln!(
            out,
            "  {} {arrow}{label} {}",
            mermaid_id(tree, edge.from),
            mermaid_id(tree, edge.to)
        );
    }
    for v in &picture.vertices {
        if !used.contains(&v.shape) {
            used.push(v.shape);
        }
    }
    used.sort_by_key(|s| mermaid_class(*s));
    for shape in used {
        let (fill, line) = colours(shape);
        let dash = if shape == Shape::Elsewhere {
            ",stroke-dasharray:4 3"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  classDef {} fill:{fill},stroke:{line},color:#1a1a1a{dash}",
            mermaid_class(shape)
        );
    }
    out
}
