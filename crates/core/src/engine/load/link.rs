//! Linking the parsed files into one tree: each file's topic and nodes are added, then every
//! target written as `NODE` or `TOPIC:NODE` is resolved against an index of all of them.

use super::super::diagnostic::{Diagnostics, Pos};
use super::super::format::grammar::is_kebab_case;
use super::super::format::raw::{RawFlow, RawSeverity};
use super::super::tree::{Answer, Flow, FlowId, MsgRef, Node, NodeId, NodeKind, Outcome, Severity, Span, Target, Tree};
use super::kinds::node_kind;
use super::{ROOT_TOPIC, TICKET, msg, span_pos};
use std::collections::HashMap;

/// A target as written, waiting for every node to be known.
pub(super) struct Pending {
    pub(super) file: usize,
    pub(super) flow: FlowId,
    pub(super) text: String,
    pub(super) pos: Pos,
}

#[derive(Default)]
pub(super) struct Linker {
    tree_files: Vec<String>,
    flows: Vec<Flow>,
    nodes: Vec<Node>,
    /// For each node, its raw targets: answers' `next`, a fix's `otherwise`, a jump's `jump`.
    pending: Vec<Vec<Option<Pending>>>,
    escalation: Option<Pending>,
    /// Topics whose file did not parse: targets into them are not reported again.
    pub(super) broken_topics: Vec<String>,
    /// Each topic added so far: the file and place that defined it.
    topics: HashMap<String, (String, Pos)>,
    pub(super) complete: bool,
}

impl Linker {
    /// A linker for a set of files; `complete` says none of them was unreadable.
    pub(super) fn new(complete: bool) -> Linker {
        Linker {
            complete,
            ..Linker::default()
        }
    }

    /// Adds a parsed file's topic and nodes; their targets wait for [`Linker::link`].
    pub(super) fn add_file(&mut self, name: String, relative: &std::path::Path, raw: RawFlow, diags: &mut Diagnostics) {
        let file = self.tree_files.len();
        self.tree_files.push(name.clone());
        let topic = raw.topic.value.clone();
        let stem = relative.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        if !is_kebab_case(&topic) {
            diags.error(
                &name,
                span_pos(&raw.topic),
                format!("topic id `{topic}` is not lowercase kebab-case"),
            );
        }
        if topic != stem {
            diags.error(
                &name,
                span_pos(&raw.topic),
                format!("topic `{topic}` must match its file name `{stem}.yaml`"),
            );
        }
        if let Some((first_file, first_pos)) = self.topics.get(&topic) {
            diags.error(
                &name,
                span_pos(&raw.topic),
                format!(
                    "duplicate topic id `{topic}` (first defined at {first_file}:{}:{})",
                    first_pos.line, first_pos.col
                ),
            );
            return;
        }
        self.topics.insert(topic, (name.clone(), span_pos(&raw.topic)));
        self.add_flow(file, &name, raw, diags);
    }

    /// Resolves every target once all files are added, and builds the tree.
    pub(super) fn link(mut self, diags: &mut Diagnostics) -> Option<Tree> {
        let Some(root_flow) = self.flows.iter().position(|f| f.id == ROOT_TOPIC) else {
            if self.broken_topics.iter().any(|t| t == ROOT_TOPIC) {
                return None;
            }
            diags.error(
                "flows/root.yaml",
                Pos::default(),
                "no root flow: a file `root.yaml` with `topic: root` must ask where the user is stuck",
            );
            return None;
        };
        let &root = self.flows[root_flow].nodes.first()?;
        let index = Index::new(&self.flows, &self.nodes);
        let escalation = self
            .escalation
            .take()
            .and_then(|p| match self.resolve(&index, &p, diags) {
                Some(Target::Node(n)) => Some(n),
                _ => None,
            });
        self.resolve_all(&index, diags);
        let ticket = escalation.map(|n| Answer {
            id: "ticket".into(),
            label: MsgRef::built_in(TICKET),
            next: Target::Node(n),
            at: None,
        });
        Some(Tree {
            files: self.tree_files,
            flows: self.flows,
            nodes: self.nodes,
            root,
            escalation,
            ticket,
            complete: self.complete,
        })
    }

    fn add_flow(&mut self, file: usize, name: &str, raw: RawFlow, diags: &mut Diagnostics) {
        let flow_id = FlowId(self.flows.len());
        if let Some(esc) = raw.escalation {
            if raw.topic.value == ROOT_TOPIC {
                self.escalation = Some(Pending {
                    file,
                    flow: flow_id,
                    text: esc.value.clone(),
                    pos: span_pos(&esc),
                });
            } else {
                diags.error(name, span_pos(&esc), "`escalation` belongs in root.yaml only");
            }
        }
        if raw.nodes.value.is_empty() {
            diags.error(
                name,
                span_pos(&raw.nodes),
                format!("topic `{}` has no nodes", raw.topic.value),
            );
        }
        let mut flow = Flow {
            id: raw.topic.value.clone(),
            title: msg(file, &raw.title),
            file,
            nodes: Vec::new(),
        };
        let mut seen: HashMap<String, Pos> = HashMap::new();
        for raw_node in raw.nodes.value {
            let pos = span_pos(&raw_node.id);
            let id = raw_node.id.value.clone();
            if let Some(first) = seen.get(&id) {
                diags.error(
                    name,
                    pos,
                    format!(
                        "duplicate node id `{id}` (first defined at line {}:{})",
                        first.line, first.col
                    ),
                );
                continue;
            }
            seen.insert(id.clone(), pos);
            if !is_kebab_case(&id) {
                diags.error(name, pos, format!("node id `{id}` is not lowercase kebab-case"));
            }
            let severity = raw_node.severity.as_ref().map(|s| match s.value {
                RawSeverity::A => Severity::A,
                RawSeverity::B => Severity::B,
                RawSeverity::C => Severity::C,
            });
            let (kind, targets) = node_kind(file, flow_id, name, raw_node, diags);
            flow.nodes.push(NodeId(self.nodes.len()));
            self.nodes.push(Node {
                flow: flow_id,
                id,
                kind,
                at: Span { file, pos },
                severity,
            });
            self.pending.push(targets);
        }
        self.flows.push(flow);
    }

    fn resolve(&mut self, index: &Index, pending: &Pending, diags: &mut Diagnostics) -> Option<Target> {
        let target = self.lookup(index, pending, diags);
        self.complete &= target.is_some();
        target
    }

    fn lookup(&self, index: &Index, pending: &Pending, diags: &mut Diagnostics) -> Option<Target> {
        let name = &self.tree_files[pending.file];
        let (topic, node) = match pending.text.split_once(':') {
            Some((topic, node)) => (topic, node),
            None => (
                self.flows.get(pending.flow.0).map_or("", |f| f.id.as_str()),
                pending.text.as_str(),
            ),
        };
        let Some(flow) = index.flow(topic) else {
            if self.broken_topics.iter().any(|t| t == topic) {
                return None;
            }
            diags.error(
                name,
                pending.pos,
                format!("`{}` leads to topic `{topic}`, which does not exist", pending.text),
            );
            return None;
        };
        if let Some(n) = index.node(flow, node) {
            Some(Target::Node(n))
        } else {
            diags.error(
                name,
                pending.pos,
                format!(
                    "`{}` leads to node `{node}`, which topic `{topic}` does not have",
                    pending.text
                ),
            );
            None
        }
    }

    fn resolve_all(&mut self, index: &Index, diags: &mut Diagnostics) {
        let pending = std::mem::take(&mut self.pending);
        for (node, targets) in pending.iter().enumerate() {
            let resolved: Vec<Option<Target>> = targets
                .iter()
                .map(|p| {
                    p.as_ref()
                        .map(|p| self.resolve(index, p, diags).unwrap_or(Target::End(Outcome::Escalate)))
                })
                .collect();
            match &mut self.nodes[node].kind {
                NodeKind::Question { answers, .. } => {
                    for (answer, target) in answers.iter_mut().zip(resolved) {
                        answer.next = target.unwrap_or(Target::End(Outcome::Escalate));
                    }
                }
                NodeKind::Fix { answers, .. } => {
                    if let Some(Some(target)) = resolved.first() {
                        answers[1].next = *target;
                    }
                }
                NodeKind::Jump { to } => {
                    if let Some(Some(target)) = resolved.first() {
                        *to = *target;
                    }
                }
                NodeKind::End { .. } => {}
            }
        }
    }
}

/// Every topic and node by id, so that resolving a target takes constant time rather than a scan of
/// the topics and of the topic's nodes (which grew with the square of the tree's size). Topic ids
/// and a topic's node ids are unique here (duplicates are reported and left out), and the first
/// entry wins anyway, as a scan in order would find it.
struct Index {
    topics: HashMap<String, FlowId>,
    /// For each flow, its nodes by id.
    nodes: Vec<HashMap<String, NodeId>>,
}

impl Index {
    fn new(flows: &[Flow], nodes: &[Node]) -> Index {
        let mut topics = HashMap::with_capacity(flows.len());
        for (i, flow) in flows.iter().enumerate() {
            topics.entry(flow.id.clone()).or_insert(FlowId(i));
        }
        let nodes = flows
            .iter()
            .map(|flow| {
                let mut by_id = HashMap::with_capacity(flow.nodes.len());
                for &n in &flow.nodes {
                    by_id.entry(nodes[n.0].id.clone()).or_insert(n);
                }
                by_id
            })
            .collect();
        Index { topics, nodes }
    }

    fn flow(&self, topic: &str) -> Option<FlowId> {
        self.topics.get(topic).copied()
    }

    fn node(&self, flow: FlowId, node: &str) -> Option<NodeId> {
        self.nodes[flow.0].get(node).copied()
    }
}
