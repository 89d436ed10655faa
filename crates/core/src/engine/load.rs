//! Loading flows: parse every YAML file into typed structs, check each node's shape and ids, resolve
//! targets across files, and build the [`Tree`]. Every problem becomes a diagnostic; none stops the load.

use super::diagnostic::{Diagnostics, Pos};
use super::format::grammar::is_kebab_case;
use super::format::raw::{RawDone, RawFlow, RawNode, RawOutcome, RawSeverity, RawStep};
use super::tree::{Answer, Flow, FlowId, MsgRef, Node, NodeId, NodeKind, Outcome, Severity, Span, Step, Target, Tree};
use crate::source::FileSet;
use serde_saphyr::{Location, Spanned};
use std::collections::HashMap;

/// The topic id of the root flow, `flows/root.yaml`.
pub const ROOT_TOPIC: &str = "root";
/// The wizard's own labels for a fix's two answers.
pub const FIX_YES: &str = "ui-fix-yes";
pub const FIX_NO: &str = "ui-fix-no";
/// A fix that opens a support request (`done: handed-over`) asks whether it is created.
pub const REQUEST_YES: &str = "ui-request-yes";
pub const REQUEST_NO: &str = "ui-request-no";
pub const TICKET: &str = "ui-escalate-ticket";

/// Largest flow file accepted, in bytes.
pub const MAX_FLOW_FILE_BYTES: usize = 4 * 1024 * 1024;

/// Parses and links every flow file. Returns the tree when the files could be linked into one
/// (it may still hold errors, reported in `diags`); `None` when there is no usable root.
pub fn load_tree(files: &FileSet, diags: &mut Diagnostics) -> Option<Tree> {
    let mut linker = Linker {
        complete: files.unreadable.is_empty(),
        ..Linker::default()
    };
    for bad in &files.unreadable {
        diags.error(&bad.name, bad.pos, format!("cannot read file: {}", bad.reason));
        let stem = bad.relative.file_stem().map(|s| s.to_string_lossy().to_string());
        linker.broken_topics.extend(stem);
    }
    for file in &files.files {
        match parse_flow(&file.name, &file.text, diags) {
            // Added as soon as parsed: only one file's raw form is held at a time.
            Some(flow) => linker.add_file(file.name.clone(), &file.relative, flow, diags),
            None => {
                let stem = file.relative.file_stem().map(|s| s.to_string_lossy().to_string());
                linker.broken_topics.extend(stem);
                linker.complete = false;
            }
        }
    }
    if files.files.is_empty() && files.unreadable.is_empty() {
        diags.error("flows", Pos::default(), "no flow files (*.yaml) found");
        return None;
    }
    linker.link(diags)
}

fn parse_flow(name: &str, text: &str, diags: &mut Diagnostics) -> Option<RawFlow> {
    if text.len() > MAX_FLOW_FILE_BYTES {
        diags.error(
            name,
            Pos { line: 1, col: 1 },
            format!(
                "file is larger than the {} MiB limit for a flow",
                MAX_FLOW_FILE_BYTES >> 20
            ),
        );
        return None;
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 64,
            max_aliases: 1_000,
            max_anchors: 1_000,
        },
    };
    match serde_saphyr::from_str_with_options::<RawFlow>(text, options) {
        Ok(flow) => Some(flow),
        Err(err) => {
            let pos = err.location().map_or(Pos { line: 1, col: 1 }, |l| pos_of(&l));
            diags.error(name, pos, yaml_message(&err));
            None
        }
    }
}

/// The error's text without the location and snippet serde-saphyr adds (we print our own).
fn yaml_message(err: &serde_saphyr::Error) -> String {
    let options = serde_saphyr::render_options! {
        snippets: serde_saphyr::SnippetMode::Off,
    };
    let rendered = err.render_with_options(options);
    let first = rendered.lines().next().unwrap_or("invalid YAML").trim();
    let message = match first.rfind(" at line ") {
        Some(i) => &first[..i],
        None => first,
    }
    .trim_end_matches(':');
    // serde-saphyr's wording is written for developers; say it for flow authors.
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        let key = key.split(", set DuplicateKeyPolicy").next().unwrap_or(key);
        return format!("duplicate key `{key}`");
    }
    match message {
        "expected sequence start" => "expected a list here (one `- item` per line)".to_string(),
        "expected mapping start" => "expected keys and values here (`key: value`)".to_string(),
        other => other.to_string(),
    }
}

fn pos_of(location: &Location) -> Pos {
    Pos {
        line: location.line(),
        col: location.column(),
    }
}

fn span_pos<T>(spanned: &Spanned<T>) -> Pos {
    pos_of(&spanned.referenced)
}

/// A target as written, waiting for every node to be known.
struct Pending {
    file: usize,
    flow: FlowId,
    text: String,
    pos: Pos,
}

#[derive(Default)]
struct Linker {
    tree_files: Vec<String>,
    flows: Vec<Flow>,
    nodes: Vec<Node>,
    /// For each node, its raw targets: answers' `next`, a fix's `otherwise`, a jump's `jump`.
    pending: Vec<Vec<Option<Pending>>>,
    escalation: Option<Pending>,
    /// Topics whose file did not parse: targets into them are not reported again.
    broken_topics: Vec<String>,
    /// Each topic added so far: the file and place that defined it.
    topics: HashMap<String, (String, Pos)>,
    complete: bool,
}

impl Linker {
    /// Adds a parsed file's topic and nodes; their targets wait for [`Linker::link`].
    fn add_file(&mut self, name: String, relative: &std::path::Path, raw: RawFlow, diags: &mut Diagnostics) {
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
    fn link(mut self, diags: &mut Diagnostics) -> Option<Tree> {
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
        match index.node(flow, node) {
            Some(n) => Some(Target::Node(n)),
            None => {
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

fn msg(file: usize, spanned: &Spanned<String>) -> MsgRef {
    MsgRef {
        id: spanned.value.clone(),
        at: Some(Span {
            file,
            pos: span_pos(spanned),
        }),
    }
}

fn node_kind(
    file: usize,
    flow: FlowId,
    name: &str,
    raw: RawNode,
    diags: &mut Diagnostics,
) -> (NodeKind, Vec<Option<Pending>>) {
    let node_pos = span_pos(&raw.id);
    let pending = |s: &Spanned<String>| {
        Some(Pending {
            file,
            flow,
            text: s.value.clone(),
            pos: span_pos(s),
        })
    };
    let kinds: Vec<&str> = [
        raw.question.as_ref().map(|_| "question"),
        raw.fix.as_ref().map(|_| "fix"),
        raw.jump.as_ref().map(|_| "jump"),
        raw.end.as_ref().map(|_| "end"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if kinds.len() != 1 {
        let message = if kinds.is_empty() {
            format!(
                "node `{}` needs one of `question`, `fix`, `jump` or `end`",
                raw.id.value
            )
        } else {
            format!(
                "node `{}` has more than one kind ({}); keep one",
                raw.id.value,
                kinds.join(", ")
            )
        };
        diags.error(name, node_pos, message);
    }
    let stray = |key: &str, present: bool, diags: &mut Diagnostics| {
        if present {
            diags.error(
                name,
                node_pos,
                format!(
                    "`{key}` does not belong on a {} node (node `{}`)",
                    kinds.first().unwrap_or(&"kindless"),
                    raw.id.value
                ),
            );
        }
    };
    if raw.question.is_none() {
        stray("severity", raw.severity.is_some(), diags);
    }
    if raw.fix.is_none() {
        stray("done", raw.done.is_some(), diags);
    }
    if let Some(question) = &raw.question {
        stray("steps", raw.steps.is_some(), diags);
        stray("otherwise", raw.otherwise.is_some(), diags);
        stray("text", raw.text.is_some(), diags);
        let answers = raw.answers.as_ref().map_or(&[][..], |a| &a.value[..]);
        if answers.is_empty() {
            let pos = raw.answers.as_ref().map_or(node_pos, span_pos);
            diags.error(name, pos, format!("question `{}` has no answers", raw.id.value));
        }
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        let mut list = Vec::new();
        let mut targets = Vec::new();
        for answer in answers {
            let pos = span_pos(&answer.id);
            if let Some(first) = seen.get(answer.id.value.as_str()) {
                diags.error(
                    name,
                    pos,
                    format!(
                        "duplicate answer id `{}` in question `{}` (first at line {}:{})",
                        answer.id.value, raw.id.value, first.line, first.col
                    ),
                );
            }
            seen.insert(&answer.id.value, pos);
            if !is_kebab_case(&answer.id.value) {
                diags.error(
                    name,
                    pos,
                    format!("answer id `{}` is not lowercase kebab-case", answer.id.value),
                );
            }
            list.push(Answer {
                id: answer.id.value.clone(),
                label: msg(file, &answer.label),
                next: Target::End(Outcome::Escalate),
                at: Some(Span { file, pos }),
            });
            targets.push(pending(&answer.next));
        }
        let kind = NodeKind::Question {
            text: msg(file, question),
            hint: raw.hint.as_ref().map(|h| msg(file, h)),
            answers: list,
        };
        return (kind, targets);
    }
    if let Some(title) = &raw.fix {
        stray("answers", raw.answers.is_some(), diags);
        stray("text", raw.text.is_some(), diags);
        let raw_steps = raw.steps.as_ref().map_or(&[][..], |s| &s.value[..]);
        if raw_steps.is_empty() {
            diags.error(
                name,
                raw.steps.as_ref().map_or(node_pos, span_pos),
                format!("fix `{}` has no steps", raw.id.value),
            );
        }
        let steps = raw_steps
            .iter()
            .map(|step| {
                let at = Some(Span {
                    file,
                    pos: span_pos(step),
                });
                match &step.value {
                    RawStep::Text(text) => Step {
                        text: MsgRef { id: text.clone(), at },
                        link: None,
                    },
                    RawStep::Linked(linked) => {
                        if !["https://", "http://", "mailto:"]
                            .iter()
                            .any(|scheme| linked.link.starts_with(scheme))
                        {
                            diags.error(
                                name,
                                span_pos(step),
                                format!("link `{}` is not an https, http or mailto address", linked.link),
                            );
                        }
                        Step {
                            text: MsgRef {
                                id: linked.text.clone(),
                                at,
                            },
                            link: Some(linked.link.clone()),
                        }
                    }
                }
            })
            .collect();
        let hands_over = raw.done.as_ref().is_some_and(|d| d.value == RawDone::HandedOver);
        let (yes, no, done) = if hands_over {
            (REQUEST_YES, REQUEST_NO, Outcome::HandedOver)
        } else {
            (FIX_YES, FIX_NO, Outcome::Resolved)
        };
        let answers = vec![
            Answer {
                id: "yes".into(),
                label: MsgRef::built_in(yes),
                next: Target::End(done),
                at: None,
            },
            Answer {
                id: "no".into(),
                label: MsgRef::built_in(no),
                next: Target::End(Outcome::Escalate),
                at: None,
            },
        ];
        let kind = NodeKind::Fix {
            title: msg(file, title),
            hint: raw.hint.as_ref().map(|h| msg(file, h)),
            steps,
            answers,
        };
        return (kind, vec![raw.otherwise.as_ref().and_then(pending)]);
    }
    for (key, present) in [
        ("answers", raw.answers.is_some()),
        ("steps", raw.steps.is_some()),
        ("otherwise", raw.otherwise.is_some()),
        ("hint", raw.hint.is_some()),
    ] {
        stray(key, present, diags);
    }
    if let Some(jump) = &raw.jump {
        stray("text", raw.text.is_some(), diags);
        return (
            NodeKind::Jump {
                to: Target::End(Outcome::Escalate),
            },
            vec![pending(jump)],
        );
    }
    let outcome = match raw.end.as_ref().map(|e| e.value) {
        Some(RawOutcome::Resolved) => Outcome::Resolved,
        Some(RawOutcome::StartOver) => Outcome::StartOver,
        Some(RawOutcome::HandedOver) => Outcome::HandedOver,
        Some(RawOutcome::Escalate) | None => Outcome::Escalate,
    };
    (
        NodeKind::End {
            outcome,
            text: raw.text.as_ref().map(|t| msg(file, t)),
        },
        Vec::new(),
    )
}
