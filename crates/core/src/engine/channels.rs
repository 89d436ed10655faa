//! The support desks' rules, checked over the linked tree: every escalation names a desk, a fix
//! whose steps send the customer to a desk says so (so its "Yes" is handed-over, never resolved),
//! and every declared desk is used.

use super::diagnostic::Diagnostics;
use super::place::Place;
use super::tree::{NodeId, NodeKind, Outcome, Target, Tree};
use crate::engine::lint::Lint;

/// Reports escalations with no desk, contact steps in fixes that name none, and unused desks.
pub fn check_channels(tree: &Tree, diags: &mut Diagnostics) {
    let mut used = vec![false; tree.channels.len()];
    for (index, node) in tree.nodes.iter().enumerate() {
        let id = NodeId(index);
        for channel in [node.channel, tree.flow(node.flow).channel].into_iter().flatten() {
            used[channel.0] = true;
        }
        // A broken file or target leaves escalations that are not the author's: stand down.
        if tree.complete {
            check_escalation(tree, id, diags);
        }
        check_contact_steps(tree, id, diags);
    }
    check_fills(tree, diags);
    for (channel, used) in tree.channels.iter().zip(used) {
        if !used && tree.complete {
            diags.warning(
                Lint::UnusedChannel,
                &tree.files[channel.at.file],
                channel.at.pos,
                format!(
                    "channel `{}` is declared but no topic, fix or escalation names it",
                    channel.id
                ),
            );
        }
    }
}

/// An escalation here (an end, or a "No" with no `otherwise`) must have a desk: its own or its
/// topic's.
fn check_escalation(tree: &Tree, id: NodeId, diags: &mut Diagnostics) {
    let node = tree.node(id);
    let file = &tree.files[node.at.file];
    let flow = tree.flow(node.flow);
    match &node.kind {
        NodeKind::End {
            outcome: Outcome::Escalate,
            ..
        } if tree.channel_at(Place::Node(id)).is_none() => diags.error(Lint::EscalationWithoutDesk,
            file,
            node.at.pos,
            format!(
                "escalation end `{}` names no channel, and its topic `{}` names none: add `channel:` to it or at the top of {file} (a desk root.yaml declares)",
                tree.qualified_name(id),
                flow.id
            ),
        ),
        NodeKind::Question { answers, .. } | NodeKind::Fix { answers, .. }
            if flow.channel.is_none() && answers.iter().any(|a| a.next == Target::End(Outcome::Escalate)) =>
        {
            diags.error(Lint::EscalationWithoutDesk,
                file,
                node.at.pos,
                format!(
                    "`{}` escalates (a \"No\" with no `otherwise`), but topic `{}` names no channel: add `channel:` at the top of {file}, or an `otherwise`",
                    tree.qualified_name(id),
                    flow.id
                ),
            );
        }
        _ => {}
    }
}

/// A step whose link is a desk's address, or an e-mail address, sends the customer to a person:
/// its fix must name the desk, so that "Yes" records a hand-off rather than a solved problem.
fn check_contact_steps(tree: &Tree, id: NodeId, diags: &mut Diagnostics) {
    let node = tree.node(id);
    let NodeKind::Fix { steps, .. } = &node.kind else {
        return;
    };
    if node.channel.is_some() {
        return;
    }
    for step in steps {
        let Some(link) = &step.link else { continue };
        let desk = tree
            .channels
            .iter()
            .find(|c| c.link.as_deref().is_some_and(|l| same_address(l, link)));
        let why = match desk {
            Some(desk) => format!("its link is the address of `{}`", desk.id),
            None if link.starts_with("mailto:") => "it writes to a person".to_string(),
            None => continue,
        };
        let at = step.text.at.unwrap_or(node.at);
        diags.error(Lint::ContactWithoutDesk,
            &tree.files[at.file],
            at.pos,
            format!(
                "a step of fix `{}` sends the customer to a person ({why}): name the desk with `channel:` on the fix, so its \"Yes\" is handed-over, never resolved",
                tree.qualified_name(id)
            ),
        );
    }
}

/// Two links to the same page: the same text but for a trailing `/`, in any case.
fn same_address(a: &str, b: &str) -> bool {
    a.trim_end_matches('/').eq_ignore_ascii_case(b.trim_end_matches('/'))
}

/// An answer that fills in a request field names a field some desk or escalation end asks for: a
/// label no request has would fill nothing.
fn check_fills(tree: &Tree, diags: &mut Diagnostics) {
    let asked: std::collections::HashSet<&str> = tree
        .channels
        .iter()
        .flat_map(|c| c.fields.iter().map(|f| f.label.id.as_str()))
        .chain(
            tree.nodes
                .iter()
                .flat_map(|n| n.ask.fields.iter().map(|f| f.id.as_str())),
        )
        .collect();
    for node in &tree.nodes {
        for fill in node.answers().iter().filter_map(|a| a.fills.as_ref()) {
            if !asked.contains(fill.field.id.as_str())
                && let Some(at) = fill.field.at
            {
                diags.error(
                    Lint::FillWithoutField,
                    &tree.files[at.file],
                    at.pos,
                    format!(
                        "`fills` names the field `{}`, which no desk's `fields` nor escalation end's `fields` asks for",
                        fill.field.id
                    ),
                );
            }
        }
    }
}
