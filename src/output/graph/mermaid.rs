//! The picture as a Mermaid flowchart, as GitHub renders it in Markdown.

use super::{Key, Line, Picture, Shape, Vertex, colours};
use crate::engine::tree::{Outcome, Tree};
use std::fmt::Write as _;

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
            mermaid_name(crate::engine::tree::Outcome::as_str(outcome))
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

pub(super) fn mermaid(tree: &Tree, picture: &Picture) -> String {
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
