//! Whole-tree checks that need every file linked: nodes no path reaches, and nodes from which no end
//! can be reached (dead ends, or loops with no way out).

use super::diagnostic::Diagnostics;
use super::place::Place;
use super::tree::{NodeId, NodeKind, Outcome, Target, Tree};
use crate::engine::lint::Lint;
use std::collections::VecDeque;

/// Adds the nodes `node` can move to onto `out`; true when it can also end the walk directly.
fn push_edges(tree: &Tree, node: NodeId, out: &mut Vec<NodeId>) -> bool {
    let mut ends = false;
    let mut follow = |target: Target| match target {
        Target::Node(n) => out.push(n),
        Target::End(outcome) => {
            ends = true;
            // An escalation leads on to its desk's request, as the wizard offers.
            if let Some(Target::Node(n)) = tree.onward(Place::End(outcome, node)).map(|a| a.next) {
                out.push(n);
            }
        }
    };
    match &tree.node(node).kind {
        NodeKind::Question { answers, .. } | NodeKind::Fix { answers, .. } => {
            for answer in answers {
                follow(answer.next);
            }
        }
        NodeKind::Jump { to } => follow(*to),
        NodeKind::End { outcome, .. } => {
            let onward = match outcome {
                Outcome::Escalate => match tree.onward(Place::Node(node)).map(|a| a.next) {
                    Some(Target::Node(n)) => Some(n),
                    _ => None,
                },
                Outcome::StartOver => Some(tree.root),
                Outcome::Resolved | Outcome::HandedOver => None,
            };
            out.extend(onward);
            return true;
        }
    }
    ends
}

/// Every node's edges in two flat lists (compressed rows): node `i`'s neighbours are
/// `targets[starts[i]..starts[i + 1]]`. A few allocations rather than one or two per node, and
/// walks that stay in cache, so the checks take time in proportion to the tree's size.
struct Edges {
    starts: Vec<usize>,
    targets: Vec<NodeId>,
}

impl Edges {
    fn of(&self, node: NodeId) -> &[NodeId] {
        &self.targets[self.starts[node.0]..self.starts[node.0 + 1]]
    }

    /// The same edges, each turned round: for every node, the nodes that lead to it, in order.
    fn reversed(&self) -> Edges {
        let count = self.starts.len() - 1;
        let mut starts = vec![0; count + 1];
        for to in &self.targets {
            starts[to.0 + 1] += 1;
        }
        for i in 0..count {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut targets = vec![NodeId(0); self.targets.len()];
        for from in 0..count {
            for to in self.of(NodeId(from)) {
                targets[next[to.0]] = NodeId(from);
                next[to.0] += 1;
            }
        }
        Edges { starts, targets }
    }
}

/// Marks every node reachable from `start` along `edges`, breadth first.
fn reach(edges: &Edges, start: impl IntoIterator<Item = NodeId>, marked: &mut [bool]) {
    let mut queue: VecDeque<NodeId> = start.into_iter().collect();
    for node in &queue {
        marked[node.0] = true;
    }
    while let Some(node) = queue.pop_front() {
        for &next in edges.of(node) {
            if !marked[next.0] {
                marked[next.0] = true;
                queue.push_back(next);
            }
        }
    }
}

/// Warns where a node outside the root leads straight into the escalation target (a jump, an
/// answer or a fix's `otherwise`): that skips the escalation end, which shows the support request
/// summary before the request questions.
fn check_escalation_shortcuts(tree: &Tree, diags: &mut Diagnostics) {
    let Some(target) = tree.escalation else {
        return;
    };
    let root_flow = tree.node(tree.root).flow;
    for (index, node) in tree.nodes.iter().enumerate() {
        if node.flow == root_flow || node.flow == tree.node(target).flow {
            continue;
        }
        let leads: Vec<Target> = match &node.kind {
            NodeKind::Jump { to } => vec![*to],
            NodeKind::Question { answers, .. } | NodeKind::Fix { answers, .. } => {
                answers.iter().map(|a| a.next).collect()
            }
            NodeKind::End { .. } => Vec::new(),
        };
        if leads.contains(&Target::Node(target)) {
            diags.warning(Lint::EscalationShortcut,
                &tree.files[node.at.file],
                node.at.pos,
                format!(
                    "node `{}` leads straight to `{}`, skipping the escalation end and its support request summary; use a node with `end: escalate`",
                    tree.qualified_name(NodeId(index)),
                    tree.qualified_name(target)
                ),
            );
        }
    }
}

/// Reports unreachable nodes and nodes with no way to an end.
pub fn check_graph(tree: &Tree, diags: &mut Diagnostics) {
    check_escalation_shortcuts(tree, diags);
    super::channels::check_channels(tree, diags);
    let count = tree.nodes.len();
    let mut edges = Edges {
        starts: Vec::with_capacity(count + 1),
        targets: Vec::with_capacity(count * 2),
    };
    let mut can_end = Vec::with_capacity(count);
    edges.starts.push(0);
    for i in 0..count {
        can_end.push(push_edges(tree, NodeId(i), &mut edges.targets));
        edges.starts.push(edges.targets.len());
    }

    let mut reached = vec![false; count];
    reach(&edges, [tree.root], &mut reached);

    let mut ends = vec![false; count];
    let direct = (0..count).filter(|&i| can_end[i]).map(NodeId);
    reach(&edges.reversed(), direct, &mut ends);

    for (index, node) in tree.nodes.iter().enumerate() {
        let file = &tree.files[node.at.file];
        let stuck_question = matches!(&node.kind, NodeKind::Question { answers, .. } if answers.is_empty());
        if !reached[index] {
            if !tree.complete {
                continue;
            }
            diags.error(
                Lint::Unreachable,
                file,
                node.at.pos,
                format!(
                    "node `{}` is never reached: no answer, fix or jump leads to it from the root",
                    tree.qualified_name(NodeId(index))
                ),
            );
        } else if !ends[index] && !stuck_question {
            diags.error(
                Lint::DeadEnd,
                file,
                node.at.pos,
                format!(
                    "no end can be reached from node `{}` (a dead end, or a loop with no way out)",
                    tree.qualified_name(NodeId(index))
                ),
            );
        }
    }
}
