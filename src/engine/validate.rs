//! Whole-tree checks that need every file linked: nodes no path reaches, and nodes from which no end
//! can be reached (dead ends, or loops with no way out).

use super::diagnostic::Diagnostics;
use super::tree::{NodeId, NodeKind, Outcome, Target, Tree};
use std::collections::VecDeque;

/// Where a node leads: the nodes it can move to, and whether it can end the walk directly.
fn edges(tree: &Tree, node: NodeId) -> (Vec<NodeId>, bool) {
    let targets: Vec<Target> = match &tree.node(node).kind {
        NodeKind::Question { answers, .. } | NodeKind::Fix { answers, .. } => answers.iter().map(|a| a.next).collect(),
        NodeKind::Jump { to } => vec![*to],
        NodeKind::End { outcome, .. } => {
            let onward = match outcome {
                Outcome::Escalate => tree.escalation,
                Outcome::StartOver => Some(tree.root),
                Outcome::Resolved => None,
            };
            return (onward.into_iter().collect(), true);
        }
    };
    let mut nodes = Vec::new();
    let mut ends = false;
    for target in targets {
        match target {
            Target::Node(n) => nodes.push(n),
            Target::End(_) => ends = true,
        }
    }
    (nodes, ends)
}

/// Reports unreachable nodes and nodes with no way to an end.
pub fn check_graph(tree: &Tree, diags: &mut Diagnostics) {
    let count = tree.nodes.len();
    let all_edges: Vec<(Vec<NodeId>, bool)> = (0..count).map(|i| edges(tree, NodeId(i))).collect();

    let mut reached = vec![false; count];
    let mut queue = VecDeque::from([tree.root]);
    reached[tree.root.0] = true;
    while let Some(node) = queue.pop_front() {
        for &next in &all_edges[node.0].0 {
            if !reached[next.0] {
                reached[next.0] = true;
                queue.push_back(next);
            }
        }
    }

    let mut incoming: Vec<Vec<NodeId>> = vec![Vec::new(); count];
    for (from, (nodes, _)) in all_edges.iter().enumerate() {
        for to in nodes {
            incoming[to.0].push(NodeId(from));
        }
    }
    let mut ends = vec![false; count];
    let mut queue: VecDeque<NodeId> = (0..count).filter(|&i| all_edges[i].1).map(NodeId).collect();
    for node in &queue {
        ends[node.0] = true;
    }
    while let Some(node) = queue.pop_front() {
        for &from in &incoming[node.0] {
            if !ends[from.0] {
                ends[from.0] = true;
                queue.push_back(from);
            }
        }
    }

    for (index, node) in tree.nodes.iter().enumerate() {
        let file = &tree.files[node.at.file];
        let stuck_question = matches!(&node.kind, NodeKind::Question { answers, .. } if answers.is_empty());
        if !reached[index] {
            if !tree.complete {
                continue;
            }
            diags.error(
                file,
                node.at.pos,
                format!(
                    "node `{}` is never reached: no answer, fix or jump leads to it from the root",
                    tree.qualified_name(NodeId(index))
                ),
            );
        } else if !ends[index] && !stuck_question {
            diags.error(
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
