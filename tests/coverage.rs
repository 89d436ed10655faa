//! `flows/COVERAGE.md` maps every section of every source article to the nodes that carry its
//! remediation. These tests fail when a section is missing from the map or a named node does not exist.

use signup_doctor::app;
use std::collections::BTreeSet;
use std::path::Path;

struct Row {
    article: String,
    section: String,
    nodes: Vec<String>,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows/COVERAGE.md")).unwrap();
    text.lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|---") && !l.starts_with("| article"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 3, "a row has article, section and nodes: {line}");
            let nodes = cells[2].split('`').skip(1).step_by(2).map(str::to_string).collect();
            Row {
                article: cells[0].to_string(),
                section: normalize(cells[1]),
                nodes,
            }
        })
        .collect()
}

fn normalize(heading: &str) -> String {
    heading
        .replace("**", "")
        .replace(['’', '‘'], "'")
        .trim()
        .trim_end_matches('.')
        .trim()
        .to_lowercase()
}

/// The sections of an English original: `##` headings, `###` headings as `PARENT › SUB`, the FAQ's
/// questions; and the `#` title, which stands for the whole article when it has no other heading.
fn sections(article: &str) -> (String, Vec<String>) {
    let mut title = String::new();
    let mut parent: Option<String> = None;
    let mut out = Vec::new();
    let lines: Vec<&str> = article.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.trim_start().starts_with("- question: |") {
            out.push(normalize(lines.get(i + 1).unwrap_or(&"")));
        } else if let Some(text) = line.strip_prefix("### ").filter(|t| !t.contains("YamlMime")) {
            out.push(normalize(&match &parent {
                Some(p) => format!("{p} › {text}"),
                None => text.to_string(),
            }));
        } else if let Some(text) = line.strip_prefix("## ") {
            parent = Some(text.to_string());
            out.push(normalize(text));
        } else if let Some(text) = line.strip_prefix("# ").filter(|t| !t.contains(": (English value")) {
            title = normalize(text);
        }
    }
    if out.is_empty() {
        out.push(title.clone());
    }
    (title, out)
}

#[test]
fn every_node_the_coverage_map_names_exists() {
    let loaded = app::load(Default::default()).unwrap();
    let tree = loaded.tree.unwrap();
    let mut named = 0;
    for row in rows() {
        assert!(
            !row.nodes.is_empty(),
            "{} / {}: names no node",
            row.article,
            row.section
        );
        for node in &row.nodes {
            let (topic, id) = node
                .split_once(':')
                .unwrap_or_else(|| panic!("`{node}` is not topic:node"));
            assert!(
                tree.find(topic, id).is_some(),
                "COVERAGE.md names `{node}`, which does not exist"
            );
            named += 1;
        }
    }
    assert!(named > 0);
}

#[test]
fn every_section_of_every_article_is_in_the_coverage_map() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/en-original");
    let rows = rows();
    let mut articles = 0;
    for entry in std::fs::read_dir(&seeds).expect("the source articles are in ../shared/seeds/en-original") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let (title, wanted) = sections(&std::fs::read_to_string(&path).unwrap());
        let mapped: BTreeSet<&str> = rows
            .iter()
            .filter(|r| r.article == name)
            .map(|r| r.section.as_str())
            .collect();
        for section in &wanted {
            assert!(
                mapped.contains(section.as_str()),
                "{name}: section `{section}` is not in flows/COVERAGE.md"
            );
        }
        for section in mapped {
            assert!(
                section == title || wanted.iter().any(|w| w == section),
                "{name}: COVERAGE.md names `{section}`, which the article does not have"
            );
        }
        articles += 1;
    }
    assert_eq!(articles, 5);
}
