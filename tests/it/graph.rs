//! `signup-doctor graph`: what it draws, checked through the real parsers — Graphviz's `dot` (SVG and
//! JSON output) and the `mermaid` package's own parser under Node — and the README's diagram, which
//! must be exactly what `graph` prints.
//!
//! Needs `dot` (Debian package graphviz) and `npm ci --prefix tests/mermaid` (`.ci/setup` installs
//! both); without them those tests are skipped, except under `CI=true`.
//! `INSTA_UPDATE=always cargo test --locked` rewrites the README's diagram with every other stored
//! expectation (tests/it/golden.rs).

use crate::common::doctor;
use serde_json::Value;
use signup_doctor::content::{self, Loaded, Sources};
use signup_doctor::engine::place::Place;
use signup_doctor::engine::tree::{NodeId, NodeKind, Outcome, Target, Tree};
use signup_doctor::i18n::ui;
use signup_doctor::output::graph::wrap;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::Stdio;

const README_START: &str = "<!-- graph:root start: `signup-doctor graph --format mermaid --topic root --lang en` -->";
const README_END: &str = "<!-- graph:root end -->";

fn graph(args: &[&str]) -> String {
    let output = doctor().arg("graph").args(args).output().unwrap();
    assert!(
        output.status.success(),
        "graph {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Mermaid's parser reads a no-break space (French typography before `:`) as a plain one.
fn no_break_as_space(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// Runs Graphviz's `dot` on `input`; it must succeed without a single warning.
fn run_dot(input: &str, format: &str) -> String {
    let child = std::process::Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = child.unwrap_or_else(|e| {
        panic!("cannot run Graphviz's `dot` ({e}): install it (Debian: apt-get install graphviz), as .ci/run does")
    });
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot -T{format} rejected the graph: {stderr}");
    assert!(stderr.trim().is_empty(), "dot -T{format} warned: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

/// Parses each diagram with the real Mermaid parser (tests/mermaid/parse.mjs); returns, for each,
/// what Mermaid read, or `{"error": …}`.
fn run_mermaid(diagrams: &[String]) -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mermaid");
    assert!(
        dir.join("node_modules/mermaid/package.json").is_file(),
        "the Mermaid parser is not installed: run `npm ci --prefix tests/mermaid` (as .ci/run does)"
    );
    let mut child = std::process::Command::new("node")
        .arg(dir.join("parse.mjs"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run `node`, which runs the Mermaid parser");
    let input = serde_json::to_string(diagrams).unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "the Mermaid parser failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let results: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(results.len(), diagrams.len());
    results
}

fn parsed_ok(result: &Value, what: &str) {
    assert!(
        result.get("error").is_none(),
        "Mermaid rejected {what}: {}",
        result["error"]
    );
    assert_eq!(result["type"], "flowchart-v2", "{what}");
}

/// The text of every `<text>` element of an SVG, as a browser shows it.
fn svg_texts(svg: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        let after = &rest[start..];
        let open_end = after.find('>').unwrap() + 1;
        let close = after.find("</text>").unwrap();
        texts.push(xml_unescape(&after[open_end..close]));
        rest = &after[close..];
    }
    texts
}

fn xml_unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let end = rest[amp..].find(';').unwrap() + amp;
        let entity = &rest[amp + 1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            e if e.starts_with("#x") => char::from_u32(u32::from_str_radix(&e[2..], 16).unwrap()).unwrap(),
            e if e.starts_with('#') => char::from_u32(e[1..].parse().unwrap()).unwrap(),
            e => panic!("unknown entity &{e};"),
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// What a user should find drawn: every node, every end the wizard adds, every edge.
struct Expected {
    /// Nodes of the tree, plus one end per topic and outcome a fix leads to without an end node.
    vertices: usize,
    /// Every answer (fix answers included), every jump, and every escalation end's way on to the
    /// support-ticket topic.
    edges: usize,
    /// Every answer's label, in the language asked for.
    answer_labels: BTreeSet<String>,
}

fn expected(tree: &Tree, loaded: &Loaded, lang: &str) -> Expected {
    let mut added_ends = BTreeSet::new();
    let mut edges = 0;
    let mut answer_labels = BTreeSet::new();
    for (index, node) in tree.nodes.iter().enumerate() {
        let id = NodeId(index);
        for answer in node.answers() {
            edges += 1;
            answer_labels.insert(loaded.localizer.text(lang, &answer.label.id));
            // An end the wizard draws leads on to its desk's request, once per topic.
            if let Target::End(outcome) = answer.next
                && added_ends.insert((node.flow, outcome))
                && tree.onward(Place::End(outcome, id)).is_some()
            {
                edges += 1;
            }
        }
        match node.kind {
            NodeKind::Jump { .. } => edges += 1,
            NodeKind::End {
                outcome: Outcome::Escalate,
                ..
            } if tree.onward(Place::Node(id)).is_some() => edges += 1,
            _ => {}
        }
    }
    Expected {
        vertices: tree.nodes.len() + added_ends.len(),
        edges,
        answer_labels,
    }
}

#[test]
#[ignore = "needs Graphviz (dot): run with `cargo test -- --include-ignored` (CI does)"]
fn graphviz_draws_every_node_and_every_answer_of_the_tree_in_both_languages() {
    if !dot_available() {
        return;
    }
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    for lang in ["en", "fr"] {
        let dot = graph(&["--lang", lang]);
        let want = expected(tree, loaded, lang);
        let svg = run_dot(&dot, "svg");
        assert_eq!(svg.matches("class=\"node\"").count(), want.vertices, "{lang}");
        assert_eq!(svg.matches("class=\"edge\"").count(), want.edges, "{lang}");
        let texts: BTreeSet<String> = svg_texts(&svg).into_iter().collect();
        for label in &want.answer_labels {
            for line in wrap(label) {
                assert!(texts.contains(&line), "{lang}: answer line {line:?} is not drawn");
            }
        }
        let yes = loaded.localizer.text(lang, ui::FIX_YES);
        assert!(texts.contains(&wrap(&yes)[0]), "{lang}: fix edges say {yes:?}");
    }
    let en = graph(&["--lang", "en"]);
    let fr = graph(&["--lang", "fr"]);
    assert!(en.contains("Yes, that solved it") && !en.contains("Oui"));
    assert!(fr.contains(&wrap(&loaded.localizer.text("fr", ui::FIX_YES))[0]) && !fr.contains("Yes, that solved it"));
}

#[test]
#[ignore = "needs Graphviz (dot): run with `cargo test -- --include-ignored` (CI does)"]
fn each_node_kind_has_its_shape_and_each_outcome_its_colour() {
    if !dot_available() {
        return;
    }
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let json: Value = serde_json::from_str(&run_dot(&graph(&[]), "json")).unwrap();
    let objects: BTreeMap<&str, &Value> = json["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["name"].as_str().unwrap(), o))
        .collect();
    let mut fill_by_outcome: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (index, node) in tree.nodes.iter().enumerate() {
        let name = tree.qualified_name(signup_doctor::engine::tree::NodeId(index));
        let object = objects
            .get(name.as_str())
            .unwrap_or_else(|| panic!("{name} is not drawn"));
        let (kind, shape) = match node.kind {
            NodeKind::Question { .. } => ("question", "hexagon"),
            NodeKind::Fix { .. } => ("fix", "box"),
            NodeKind::Jump { .. } => ("jump", "cds"),
            NodeKind::End { outcome, .. } => {
                fill_by_outcome
                    .entry(outcome.as_str())
                    .or_default()
                    .insert(object["fillcolor"].as_str().unwrap());
                ("end", "box")
            }
        };
        assert_eq!(object["shape"], shape, "{kind} {name}");
        if kind == "end" {
            assert!(object["style"].as_str().unwrap().contains("rounded"), "{name}");
        }
    }
    // The ends a fix leads to are drawn per topic, coloured like end nodes of the same outcome.
    for (name, object) in &objects {
        for outcome in ["resolved", "escalate", "start-over", "handed-over"] {
            if name.ends_with(&format!(":({outcome})")) {
                fill_by_outcome
                    .entry(outcome)
                    .or_default()
                    .insert(object["fillcolor"].as_str().unwrap());
            }
        }
    }
    assert_eq!(fill_by_outcome.len(), 3, "{fill_by_outcome:?}");
    let colours: BTreeSet<&str> = fill_by_outcome
        .values()
        .map(|fills| {
            assert_eq!(fills.len(), 1, "one colour per outcome: {fill_by_outcome:?}");
            *fills.first().unwrap()
        })
        .collect();
    assert_eq!(colours.len(), 3, "three outcomes, three colours: {fill_by_outcome:?}");
}

#[test]
#[ignore = "needs Graphviz (dot): run with `cargo test -- --include-ignored` (CI does)"]
fn jumps_and_escalations_are_drawn_across_topics() {
    if !dot_available() {
        return;
    }
    let json: Value = serde_json::from_str(&run_dot(&graph(&[]), "json")).unwrap();
    let names: BTreeMap<u64, &str> = json["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["_gvid"].as_u64().unwrap(), o["name"].as_str().unwrap()))
        .collect();
    let edges: Vec<(&str, &str, &str, &str)> = json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                names[&e["tail"].as_u64().unwrap()],
                names[&e["head"].as_u64().unwrap()],
                e["label"].as_str().unwrap_or(""),
                e["style"].as_str().unwrap_or("solid"),
            )
        })
        .collect();
    assert!(
        edges.contains(&("free-trial:to-benefits", "benefit-plans:start", "", "dashed")),
        "the free account's jump to the benefit plans: {edges:?}"
    );
    for (from, to) in [
        ("card-declined:no-fix", "support-ticket:sign-up-request"),
        ("partner-center:(escalate)", "support-ticket:partner-center-request"),
        ("azure-in-open:no-fix", "support-ticket:licensing-request"),
    ] {
        assert!(
            edges.contains(&(from, to, "Open a support request", "solid")),
            "an escalation leads on to its desk's request: {from} → {to}: {edges:?}"
        );
    }
    assert!(edges.contains(&(
        "root:where",
        "verification:start",
        "Verifying my identity by\\ntext message or phone call",
        "solid"
    )));
}

#[test]
#[ignore = "needs Graphviz (dot): run with `cargo test -- --include-ignored` (CI does)"]
fn one_topic_is_drawn_alone_with_stubs_for_where_it_leads() {
    if !dot_available() {
        return;
    }
    let dot = graph(&["--topic", "verification"]);
    let json: Value = serde_json::from_str(&run_dot(&dot, "json")).unwrap();
    let clusters: Vec<&str> = json["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o.get("nodes").is_some())
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(clusters, ["cluster_verification"]);
    let outside: Vec<(&str, &str)> = json["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o.get("nodes").is_none())
        .map(|o| (o["name"].as_str().unwrap(), o["shape"].as_str().unwrap()))
        .filter(|(name, _)| !name.starts_with("verification:"))
        .collect();
    assert_eq!(outside, [("support-ticket:sign-up-request", "folder")]);

    let output = doctor().args(["graph", "--topic", "no-such-topic"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no topic `no-such-topic`; the topics are ") && stderr.contains("verification"),
        "{stderr}"
    );
}

#[test]
fn the_output_is_the_same_on_every_run() {
    for format in ["dot", "mermaid"] {
        let first = graph(&["--format", format, "--lang", "fr"]);
        for _ in 0..3 {
            assert_eq!(graph(&["--format", format, "--lang", "fr"]), first, "{format}");
        }
    }
}

#[test]
#[ignore = "needs Node.js and Mermaid's parser: run with `cargo test -- --include-ignored` (CI does)"]
fn mermaid_parses_the_tree_every_topic_and_the_root_in_both_languages() {
    if !crate::tools::mermaid() {
        return;
    }
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let mut diagrams = Vec::new();
    let mut names = Vec::new();
    for lang in ["en", "fr"] {
        diagrams.push(graph(&["--format", "mermaid", "--lang", lang]));
        names.push(format!("the whole tree ({lang})"));
        for flow in &tree.flows {
            diagrams.push(graph(&["--format", "mermaid", "--lang", lang, "--topic", &flow.id]));
            names.push(format!("topic {} ({lang})", flow.id));
        }
    }
    let results = run_mermaid(&diagrams);
    for (result, name) in results.iter().zip(&names) {
        parsed_ok(result, name);
    }
    for (lang, result) in [("en", &results[0]), ("fr", &results[tree.flows.len() + 1])] {
        let want = expected(tree, loaded, lang);
        assert_eq!(result["vertices"].as_array().unwrap().len(), want.vertices, "{lang}");
        assert_eq!(result["edges"].as_array().unwrap().len(), want.edges, "{lang}");
        assert_eq!(
            result["subgraphs"].as_array().unwrap().len(),
            tree.flows.len(),
            "{lang}"
        );
        let edge_texts: BTreeSet<String> = result["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| no_break_as_space(&e["text"].as_str().unwrap().replace('\n', " ")))
            .collect();
        for label in &want.answer_labels {
            let label = no_break_as_space(label);
            assert!(edge_texts.contains(&label), "{lang}: no edge says {label:?}");
        }
        let shapes: BTreeMap<&str, BTreeSet<&str>> =
            result["vertices"]
                .as_array()
                .unwrap()
                .iter()
                .fold(BTreeMap::new(), |mut map, v| {
                    map.entry(v["classes"][0].as_str().unwrap())
                        .or_default()
                        .insert(v["shape"].as_str().unwrap());
                    map
                });
        assert_eq!(shapes["question"], BTreeSet::from(["hexagon"]), "{lang}");
        assert_eq!(shapes["fix"], BTreeSet::from(["square"]), "{lang}");
        assert_eq!(shapes["jump"], BTreeSet::from(["odd"]), "{lang}");
        for outcome in ["resolved", "escalate", "handedover"] {
            assert_eq!(shapes[outcome], BTreeSet::from(["stadium"]), "{lang} {outcome}");
        }
    }
}

/// A small tree whose every label holds something DOT or Mermaid would otherwise read as syntax.
fn tricky_build() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join("flows");
    std::fs::create_dir_all(&flows).unwrap();
    let files = [
        (
            "root.yaml",
            "topic: root\ntitle: t-root\nescalation: help:start\nnodes:\n  - id: where\n    question: q-where\n    answers:\n      - id: quotes\n        label: a-quotes\n        next: other:start\n      - id: end\n        label: a-end\n        next: end:start\n      - id: help\n        label: a-help\n        next: help:start\nchannels:\n  - id: desk\n    name: c-desk\n    reach: c-reach\n    problem: c-problem\n",
        ),
        (
            "other.yaml",
            "topic: other\ntitle: t-other\nnodes:\n  - id: start\n    fix: f-start\n    steps:\n      - s-one\n    otherwise: x-ray\n  - id: x-ray\n    jump: end:start\n",
        ),
        (
            "end.yaml",
            "topic: end\ntitle: t-end\nchannel: desk\nnodes:\n  - id: start\n    question: q-end\n    answers:\n      - id: graph\n        label: a-graph\n        next: end\n      - id: subgraph\n        label: a-subgraph\n        next: again\n      - id: stuck\n        label: a-stuck\n        next: stuck\n  - id: end\n    end: resolved\n    text: e-end\n  - id: again\n    end: start-over\n  - id: stuck\n    end: escalate\n",
        ),
        (
            "help.yaml",
            "topic: help\ntitle: t-help\nchannel: desk\nnodes:\n  - id: start\n    fix: f-help\n    steps:\n      - s-one\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(flows.join(name), text).unwrap();
    }
    let messages = r#"t-root = Root "quoted" [brackets] {"{"}braces{"}"} (parens)
q-where = Where <b>are</b> you & why? #1; `tick` |pipe| %% not a comment
a-quotes = He said "hi" \ back\slash \n not a newline
a-end = end %%{"{"}init: {"{"}"theme": "forest"{"}"}{"}"}%% done
a-help = literal #quot; and &amp; stay as typed --> |"x"| ]] ))
t-other = Other: ["a"] --> b
f-start =
    First line of a fix
    second line: "quoted" <i>
s-one = Step one
c-desk = The "desk" [of] <b>last</b> resort --> |x|
c-reach = Reach
c-problem = Problem
t-end = end
q-end = subgraph "x" end
a-graph = graph TD
a-subgraph = classDef x fill:#f00
a-stuck = A:::b ; c
e-end = Ünïcödé ✓ — “curly” ‘quotes’ 💡
t-help = help; style x:"y"; Lifestyle: #1; classDef:"z";
f-help = Help: C:\new\table
"#;
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for lang in ["en", "fr"] {
        let locale = dir.path().join("locales").join(lang);
        std::fs::create_dir_all(&locale).unwrap();
        // The wizard's own messages and terms come from the shipped locales (their topics'
        // messages are then unused: warnings only).
        for entry in std::fs::read_dir(repo.join("locales").join(lang)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), locale.join(entry.file_name())).unwrap();
        }
        // The tricky labels are drawn in English; French, which must be complete and typeset the
        // French way, gets plain words under the same ids.
        let text = if lang == "en" {
            messages.to_string()
        } else {
            french_placeholders(messages)
        };
        std::fs::write(locale.join("tricky.ftl"), text).unwrap();
    }
    dir
}

/// A plain French word for every message of `messages`, by id.
fn french_placeholders(messages: &str) -> String {
    let mut out = String::new();
    for (id, english) in messages
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .filter(|(id, _)| !id.starts_with(' '))
    {
        out.push_str(id);
        out.push_str(" = texte");
        // The facts `check` holds the same in every language: a number, a code span.
        for fact in ["#1", "`tick`"] {
            if english.contains(fact) {
                out.push(' ');
                out.push_str(fact);
            }
        }
        out.push('\n');
    }
    out
}

fn tricky_graph(dir: &Path, format: &str) -> String {
    graph(&[
        "--flows",
        dir.join("flows").to_str().unwrap(),
        "--locales",
        dir.join("locales").to_str().unwrap(),
        "--lang",
        "en",
        "--format",
        format,
    ])
}

/// Every label the tricky tree draws, as its lines, and the node count.
fn tricky_labels(dir: &Path) -> (Vec<Vec<String>>, usize) {
    let flows = dir.join("flows");
    let locales = dir.join("locales");
    let loaded = content::load(Sources {
        flows: Some(&flows),
        locales: Some(&locales),
    })
    .unwrap();
    let errors: Vec<String> = loaded
        .diagnostics
        .sorted()
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    assert!(!loaded.diagnostics.has_errors(), "{}", errors.join("\n"));
    let t = |id: &str| wrap(&loaded.localizer.text("en", id));
    let labels = [
        "t-root",
        "q-where",
        "a-quotes",
        "a-help",
        "t-other",
        "f-start",
        "q-end",
        "a-graph",
        "a-subgraph",
        "a-stuck",
        "e-end",
        "f-help",
        "a-end",
        "t-help",
    ]
    .into_iter()
    .map(t)
    .collect();
    (labels, loaded.tree.unwrap().nodes.len())
}

#[test]
#[ignore = "needs Graphviz (dot): run with `cargo test -- --include-ignored` (CI does)"]
fn labels_with_quotes_brackets_markup_and_line_breaks_come_out_as_written_in_graphviz() {
    if !dot_available() {
        return;
    }
    let dir = tricky_build();
    let (labels, _) = tricky_labels(dir.path());
    assert!(labels.iter().any(|l| l.len() > 1), "some label spans several lines");
    let svg = run_dot(&tricky_graph(dir.path(), "dot"), "svg");
    let texts: BTreeSet<String> = svg_texts(&svg).into_iter().collect();
    for label in &labels {
        for line in label {
            assert!(
                texts.contains(line),
                "{line:?} is not drawn as written; drawn: {texts:?}"
            );
        }
    }
}

#[test]
#[ignore = "needs Node.js and Mermaid's parser: run with `cargo test -- --include-ignored` (CI does)"]
fn labels_with_quotes_brackets_markup_and_line_breaks_come_out_as_written_in_mermaid() {
    if !crate::tools::mermaid() {
        return;
    }
    let dir = tricky_build();
    let (labels, nodes) = tricky_labels(dir.path());
    let result = &run_mermaid(&[tricky_graph(dir.path(), "mermaid")])[0];
    parsed_ok(result, "the tricky tree");
    let mut shown: BTreeSet<String> = BTreeSet::new();
    for key in ["vertices", "edges"] {
        for item in result[key].as_array().unwrap() {
            shown.insert(item["text"].as_str().unwrap().to_string());
        }
    }
    for subgraph in result["subgraphs"].as_array().unwrap() {
        shown.insert(subgraph["title"].as_str().unwrap().to_string());
    }
    for label in &labels {
        let text = label.join("\n");
        assert!(
            shown.contains(&text),
            "{text:?} is not shown as written; shown: {shown:?}"
        );
    }
    // Ids made of Mermaid keywords (`end`, `graph`, `subgraph`) still name distinct nodes.
    let ids: BTreeSet<&str> = result["vertices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains("end__end") && ids.contains("end__start"), "{ids:?}");
    // Two ends the wizard adds (help's "yes" and "no"; other's "yes"), beside the nodes.
    assert_eq!(ids.len(), nodes + 3, "{ids:?}");
}

#[test]
fn the_readme_shows_the_root_diagram_exactly_as_graph_prints_it() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let printed = graph(&["--format", "mermaid", "--topic", "root", "--lang", "en"]);
    crate::golden::assert_block(
        &path,
        README_START,
        README_END,
        &format!("\n```mermaid\n{printed}```\n"),
    );
    // Mermaid's parser reads it in mermaid_parses_the_tree_every_topic_and_the_root_in_both_languages.
    assert!(printed.contains("root__where") && printed.contains("verification__start"));
}

#[test]
#[ignore = "needs Graphviz (dot), Node.js and Mermaid's parser: run with `cargo test -- --include-ignored` (CI does)"]
fn a_verified_fix_shows_its_day_on_one_last_line_of_its_label_in_graphviz_and_mermaid() {
    if !dot_available() {
        return;
    }
    let loaded = crate::common::shipped();
    let tree = loaded.tree.as_ref().unwrap();
    let json: Value = serde_json::from_str(&run_dot(&graph(&["--lang", "en"]), "json")).unwrap();
    let labels: BTreeMap<&str, &str> = json["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| Some((o["name"].as_str()?, o["label"].as_str()?)))
        .collect();
    let mut dated = 0;
    for (index, node) in tree.nodes.iter().enumerate() {
        let name = tree.qualified_name(NodeId(index));
        let label = labels[name.as_str()];
        let day = node.verified.as_ref().and_then(|v| v.on);
        match (&node.kind, day) {
            (NodeKind::Fix { .. }, Some(day)) => {
                dated += 1;
                let last = label.rsplit("\\n").next().unwrap();
                assert_eq!(last, format!("✓ {day}"), "{name}: {label}");
                assert_eq!(label.matches('✓').count(), 1, "{name}: {label}");
            }
            _ => assert!(!label.contains('✓'), "{name} is not a dated fix: {label}"),
        }
    }
    assert!(dated >= 10, "the shipped tree has dated fixes: {dated}");
    // Drawn as a line of its own.
    let texts = svg_texts(&run_dot(&graph(&["--lang", "fr"]), "svg"));
    assert_eq!(
        texts.iter().filter(|t| t.starts_with("✓ 20")).count(),
        dated,
        "{texts:?}"
    );
    if !crate::tools::mermaid() {
        return;
    }
    let results = run_mermaid(&[graph(&["--format", "mermaid", "--lang", "en"])]);
    parsed_ok(&results[0], "the whole tree");
    let shown: Vec<&Value> = results[0]["vertices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["text"].as_str().unwrap().contains('✓'))
        .collect();
    assert_eq!(shown.len(), dated);
    for vertex in shown {
        assert_eq!(vertex["classes"][0], "fix", "{vertex}");
        let last = vertex["text"].as_str().unwrap().lines().last().unwrap();
        assert!(
            last.starts_with("✓ 20") && last.len() == "✓ 2026-12-07".len(),
            "{vertex}"
        );
    }
}

/// Whether Graphviz's `dot` is on the PATH (else the test says what to install, and is skipped).
fn dot_available() -> bool {
    crate::tools::available(
        "dot",
        &["-V"],
        "Graphviz: `apt-get install graphviz` (or `bash .ci/setup`)",
    )
}
