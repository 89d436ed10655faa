//! The picture in Graphviz DOT: `dot -Tsvg` draws it.

use super::{Key, Line, Picture, Shape, Vertex, colours};
use crate::engine::tree::Tree;
use std::fmt::Write as _;

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
        Key::End(flow, outcome) => format!(
            "{}:({})",
            tree.flow(flow).id,
            crate::engine::tree::Outcome::as_str(outcome)
        ),
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

pub(super) fn dot(tree: &Tree, picture: &Picture) -> String {
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
