//! Linking the parsed files into one tree: each file's topic and nodes are added, then every
//! target written as `NODE` or `TOPIC:NODE` is resolved against an index of all of them.

use super::super::diagnostic::{Diagnostics, Pos};
use super::super::format::grammar::is_kebab_case;
use super::super::format::raw::{RawChannel, RawFlow, RawSeverity};
use super::super::tree::{
    Answer, Ask, Channel, ChannelId, Flow, FlowId, MsgRef, Node, NodeId, NodeKind, Outcome, RequestField, Severity,
    Span, Target, Tree,
};
use super::kinds::{Pending, node_kind};
use super::{ROOT_TOPIC, TICKET, msg, span_pos};
use crate::engine::lint::Lint;
use std::collections::HashMap;

#[derive(Default)]
pub(super) struct Linker {
    tree_files: Vec<String>,
    flows: Vec<Flow>,
    nodes: Vec<Node>,
    /// For each node, its raw targets: answers' `next`, a fix's `otherwise`, a jump's `jump`.
    pending: Vec<Vec<Option<Pending>>>,
    escalation: Option<Pending>,
    /// Root's `channels`, as written, and the file they are in.
    channels: Option<(usize, Vec<RawChannel>)>,
    /// The channel each node names (`channel:`), waiting for the channels to be known.
    node_channels: Vec<Option<Pending>>,
    /// The channel each flow names for its escalations.
    flow_channels: Vec<Option<Pending>>,
    /// Topics whose file did not parse: targets into them are not reported again.
    pub(super) broken_topics: Vec<String>,
    /// Each topic added so far: the file and place that defined it.
    topics: HashMap<String, (String, Pos)>,
    pub(super) complete: bool,
    /// Root's `stale-after-days`.
    stale_after_days: Option<u32>,
    /// Root's `allow`: names of warnings, each checked.
    allow: Vec<String>,
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
                Lint::NotKebabCase,
                &name,
                span_pos(&raw.topic),
                format!("topic id `{topic}` is not lowercase kebab-case"),
            );
        }
        if topic != stem {
            diags.error(
                Lint::TopicFileName,
                &name,
                span_pos(&raw.topic),
                format!("topic `{topic}` must match its file name `{stem}.yaml`"),
            );
        }
        if let Some((first_file, first_pos)) = self.topics.get(&topic) {
            diags.error(
                Lint::DuplicateId,
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
                Lint::NoRoot,
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
            fills: None,
        });
        let channels = self.link_channels(&index, diags);
        Some(Tree {
            files: self.tree_files,
            flows: self.flows,
            nodes: self.nodes,
            root,
            escalation,
            ticket,
            channels,
            complete: self.complete,
            stale_after_days: self.stale_after_days,
            allow: self.allow,
        })
    }

    /// Builds root's channels (each id once, each request resolved), then gives every node and
    /// flow that names one its index; a name no channel has is an error listing those there are.
    fn link_channels(&mut self, index: &Index, diags: &mut Diagnostics) -> Vec<Channel> {
        let mut channels = Vec::new();
        let mut by_id: HashMap<String, ChannelId> = HashMap::new();
        if let Some((file, raws)) = self.channels.take() {
            let name = self.tree_files[file].clone();
            let root_flow = self
                .flows
                .iter()
                .position(|f| f.id == ROOT_TOPIC)
                .map_or(FlowId(0), FlowId);
            for raw in raws {
                let pos = span_pos(&raw.id);
                if !is_kebab_case(&raw.id.value) {
                    diags.error(
                        Lint::NotKebabCase,
                        &name,
                        pos,
                        format!("channel id `{}` is not lowercase kebab-case", raw.id.value),
                    );
                }
                if by_id.contains_key(&raw.id.value) {
                    diags.error(
                        Lint::DuplicateId,
                        &name,
                        pos,
                        format!("duplicate channel id `{}`", raw.id.value),
                    );
                    continue;
                }
                if let Some(link) = &raw.link
                    && !crate::engine::format::grammar::is_link(&link.value)
                {
                    diags.error(
                        Lint::BadLink,
                        &name,
                        span_pos(link),
                        format!("link `{}` is not an https, http or mailto address", link.value),
                    );
                }
                let request = raw.request.as_ref().and_then(|r| {
                    let pending = Pending {
                        file,
                        flow: root_flow,
                        text: r.value.clone(),
                        pos: span_pos(r),
                    };
                    match self.resolve(index, &pending, diags) {
                        Some(target @ Target::Node(_)) => Some(Answer {
                            id: "ticket".into(),
                            label: MsgRef::built_in(TICKET),
                            next: target,
                            at: None,
                            fills: None,
                        }),
                        _ => None,
                    }
                });
                by_id.insert(raw.id.value.clone(), ChannelId(channels.len()));
                channels.push(Channel {
                    id: raw.id.value.clone(),
                    name: msg(file, &raw.name),
                    reach: msg(file, &raw.reach),
                    link: raw.link.map(|l| l.value),
                    problem: msg(file, &raw.problem),
                    fields: raw
                        .fields
                        .unwrap_or_default()
                        .iter()
                        .map(|f| RequestField {
                            label: msg(file, &f.label),
                            value: f.value.as_ref().map(|v| msg(file, v)),
                        })
                        .collect(),
                    severity: raw.severity,
                    request,
                    at: Span { file, pos },
                });
            }
        }
        let known: Vec<&str> = channels.iter().map(|c| c.id.as_str()).collect();
        let find = |pending: &Option<Pending>, files: &[String], diags: &mut Diagnostics| {
            let pending = pending.as_ref()?;
            let found = by_id.get(&pending.text).copied();
            if found.is_none() {
                let declared = if known.is_empty() {
                    "root.yaml declares none (`channels:`)".to_string()
                } else {
                    format!("root.yaml declares {}", known.join(", "))
                };
                diags.error(
                    Lint::UnknownChannel,
                    &files[pending.file],
                    pending.pos,
                    format!(
                        "`{}` is not a channel: {declared}{}",
                        pending.text,
                        crate::engine::suggest::did_you_mean(&pending.text, known.iter().copied())
                    ),
                );
            }
            found
        };
        for (node, pending) in self.node_channels.iter().enumerate() {
            self.nodes[node].channel = find(pending, &self.tree_files, diags);
        }
        for (flow, pending) in self.flow_channels.iter().enumerate() {
            self.flows[flow].channel = find(pending, &self.tree_files, diags);
        }
        channels
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
                diags.error(
                    Lint::MisplacedKey,
                    name,
                    span_pos(&esc),
                    "`escalation` belongs in root.yaml only",
                );
            }
        }
        if let Some(limit) = raw.stale_after_days {
            if raw.topic.value != ROOT_TOPIC {
                diags.error(
                    Lint::MisplacedKey,
                    name,
                    span_pos(&limit),
                    "`stale-after-days` belongs in root.yaml only",
                );
            } else if limit.value == 0 {
                diags.error(
                    Lint::BadValue,
                    name,
                    span_pos(&limit),
                    "`stale-after-days` must be at least 1",
                );
            } else {
                self.stale_after_days = Some(limit.value);
            }
        }
        for allowed in raw.allow.iter().flatten() {
            let pos = span_pos(allowed);
            let typed = allowed.value.as_str();
            if raw.topic.value != ROOT_TOPIC {
                diags.error(Lint::MisplacedKey, name, pos, "`allow` belongs in root.yaml only");
                break;
            }
            match Lint::named(typed) {
                Some(lint) if lint.allowable() => self.allow.push(typed.to_string()),
                Some(_) => diags.error(
                    Lint::UnknownAllow,
                    name,
                    pos,
                    format!(
                        "`{typed}` is an error, not a warning: the wizard cannot run with it, so it cannot be allowed"
                    ),
                ),
                None => {
                    let warnings = Lint::ALL.iter().filter(|l| l.allowable()).map(|l| l.name());
                    diags.error(
                        Lint::UnknownAllow,
                        name,
                        pos,
                        format!(
                            "`{typed}` names no warning of `check`{}",
                            crate::engine::suggest::did_you_mean(typed, warnings)
                        ),
                    );
                }
            }
        }
        if let Some(channels) = raw.channels {
            if raw.topic.value == ROOT_TOPIC {
                self.channels = Some((file, channels.value));
            } else {
                diags.error(
                    Lint::MisplacedKey,
                    name,
                    span_pos(&channels),
                    "`channels` belong in root.yaml only",
                );
            }
        }
        let pending_name = |s: &serde_saphyr::Spanned<String>| Pending {
            file,
            flow: flow_id,
            text: s.value.clone(),
            pos: span_pos(s),
        };
        self.flow_channels.push(raw.channel.as_ref().map(pending_name));
        if raw.nodes.value.is_empty() {
            diags.error(
                Lint::NoNodes,
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
            channel: None,
        };
        let mut seen: HashMap<String, Pos> = HashMap::new();
        for raw_node in raw.nodes.value {
            let pos = span_pos(&raw_node.id);
            let id = raw_node.id.value.clone();
            if let Some(first) = seen.get(&id) {
                diags.error(
                    Lint::DuplicateId,
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
                diags.error(
                    Lint::NotKebabCase,
                    name,
                    pos,
                    format!("node id `{id}` is not lowercase kebab-case"),
                );
            }
            let severity = raw_node.severity.as_ref().map(|s| match s.value {
                RawSeverity::A => Severity::A,
                RawSeverity::B => Severity::B,
                RawSeverity::C => Severity::C,
            });
            self.node_channels.push(raw_node.channel.as_ref().map(pending_name));
            let ask = Ask {
                problem: raw_node.problem.as_ref().map(|p| msg(file, p)),
                fields: raw_node
                    .fields
                    .as_ref()
                    .map(|f| f.value.iter().map(|m| msg(file, m)).collect())
                    .unwrap_or_default(),
            };
            let verified = super::super::freshness::verified_of(file, name, &raw_node, diags);
            let (kind, targets) = node_kind(file, flow_id, name, raw_node, diags);
            flow.nodes.push(NodeId(self.nodes.len()));
            self.nodes.push(Node {
                flow: flow_id,
                id,
                kind,
                at: Span { file, pos },
                severity,
                channel: None,
                ask,
                verified,
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
                Lint::MissingTarget,
                name,
                pending.pos,
                format!(
                    "`{}` leads to topic `{topic}`, which does not exist{}",
                    pending.text,
                    crate::engine::suggest::did_you_mean(topic, index.topics.keys().map(String::as_str))
                ),
            );
            return None;
        };
        if let Some(n) = index.node(flow, node) {
            Some(Target::Node(n))
        } else {
            diags.error(
                Lint::MissingTarget,
                name,
                pending.pos,
                format!(
                    "`{}` leads to node `{node}`, which topic `{topic}` does not have{}",
                    pending.text,
                    crate::engine::suggest::did_you_mean(node, index.nodes[flow.0].keys().map(String::as_str))
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
