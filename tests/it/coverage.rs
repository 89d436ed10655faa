//! `flows/COVERAGE.md` maps every section of every source article to the nodes that carry its
//! remediation. These tests fail when a section is missing from the map or a named node does not exist,
//! and when a shipped fix has no source, or is neither dated nor listed there as unconfirmed.

use signup_doctor::content;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

struct Row {
    article: String,
    section: String,
    nodes: Vec<String>,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows/COVERAGE.md")).unwrap();
    // The map is the file's first table: it ends at the first section heading.
    text.lines()
        .take_while(|l| !l.starts_with("## "))
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

/// The articles' sections, as committed in tests/data/article-sections.tsv (where it says where they
/// come from): for each article, its title and the headings and FAQ questions the map must name.
fn articles() -> BTreeMap<String, (String, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/article-sections.tsv");
    let mut articles: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let [article, kind, heading] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("not ARTICLE<TAB>KIND<TAB>HEADING: {line}")
        };
        let entry = articles.entry(article.to_string()).or_default();
        match kind {
            "title" => entry.0 = normalize(heading),
            "section" => entry.1.push(normalize(heading)),
            _ => panic!("unknown kind `{kind}` in: {line}"),
        }
    }
    for (title, sections) in articles.values_mut() {
        if sections.is_empty() {
            sections.push(title.clone());
        }
    }
    articles
}

#[test]
fn every_node_the_coverage_map_names_exists() {
    let loaded = content::load(Default::default()).unwrap();
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
    let rows = rows();
    let mut count = 0;
    for (name, (title, wanted)) in articles() {
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
        count += 1;
    }
    assert_eq!(count, 5, "the five source articles");
}

/// The rows of COVERAGE.md's "When each fix was last verified" table: `topic:node` → (the day or
/// `unconfirmed`, the sources).
fn verification_rows() -> BTreeMap<String, (String, Vec<String>)> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows/COVERAGE.md")).unwrap();
    let mut rows = BTreeMap::new();
    let section = text
        .lines()
        .skip_while(|l| !l.starts_with("## When each fix was last verified"))
        .skip(1)
        .take_while(|l| !l.starts_with("## "));
    for line in section.filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        assert_eq!(
            cells.len(),
            4,
            "a row has fix, day, sources and what was checked: {line}"
        );
        let fix = cells[0].trim_matches('`').to_string();
        let sources = cells[2].split('`').skip(1).step_by(2).map(str::to_string).collect();
        let previous = rows.insert(fix.clone(), (cells[1].to_string(), sources));
        assert!(previous.is_none(), "COVERAGE.md lists `{fix}` twice");
    }
    rows
}

#[test]
fn every_shipped_fix_has_a_source_and_is_dated_or_listed_here_as_unconfirmed() {
    use signup_doctor::engine::tree::{NodeId, NodeKind};
    let loaded = content::load(Default::default()).unwrap();
    let tree = loaded.tree.as_ref().unwrap();
    let mut listed = verification_rows();
    let mut fixes = 0;
    for (index, node) in tree.nodes.iter().enumerate() {
        if !matches!(node.kind, NodeKind::Fix { .. }) {
            continue;
        }
        fixes += 1;
        let name = tree.qualified_name(NodeId(index));
        let verified = node
            .verified
            .as_ref()
            .unwrap_or_else(|| panic!("fix `{name}` names no `source:`"));
        assert!(!verified.sources.is_empty(), "fix `{name}` names no `source:`");
        let (day, sources) = listed
            .remove(&name)
            .unwrap_or_else(|| panic!("fix `{name}` is not in COVERAGE.md's verification table"));
        let expected = verified.on.map_or("unconfirmed".to_string(), |d| d.to_string());
        assert_eq!(day, expected, "COVERAGE.md's day for `{name}`");
        assert_eq!(sources, verified.sources, "COVERAGE.md's sources for `{name}`");
        if verified.on.is_none() {
            let row = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows/COVERAGE.md"))
                .unwrap()
                .lines()
                .find(|l| l.starts_with(&format!("| `{name}` |")))
                .map(str::to_string)
                .unwrap();
            assert!(row.contains("**Unconfirmed.**"), "undated `{name}` says why: {row}");
        }
    }
    assert!(
        listed.is_empty(),
        "COVERAGE.md lists fixes the tree does not have: {listed:?}"
    );
    assert_eq!(fixes, 49, "the shipped tree's fixes");
}
