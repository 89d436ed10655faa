//! Benchmarks of the engine and of drawing a screen (criterion): `cargo bench -p signup-doctor-benches --bench engine`.
//!
//! * `load-1k`, `load-10k`, `load-100k`: `load_tree` + `check_graph` of a generated tree
//!   ([`generate::tree`]) from in-memory files, next to bare YAML parses of the same files —
//!   serde-saphyr into `IgnoredAny` (the scan alone), into a generic `serde_json::Value`, and into
//!   plain structs shaped like the flow format without positions. A table of the ratios closes the run.
//! * `check-1k`, `check-10k`: everything `signup-doctor check` does, in memory: flows and both
//!   locales (the 100k tree only one-shot, below).
//! * `paths`: `all_paths` on wide trees ([`generate::wide`]) and on the shipped tree.
//! * `screen`: `Screen::of`, the plain-mode text, and the full-screen wizard's frame drawn on an
//!   80×24 ratatui `TestBackend` (its public entry point: `App::run` with no events draws one
//!   frame), on the shipped tree.
//!
//! Every generated tree is checked first (flows and locales) and must be clean. BENCHMARKS.md has
//! the figures. Two switches, neither of which runs criterion:
//!
//! * `SIGNUP_DOCTOR_BENCH_TREES=DIR cargo bench -p signup-doctor-benches --bench engine` writes the generated trees to
//!   `DIR/{1k,10k,100k,wide-16}/{flows,locales}`, for `--flows` and `--locales`;
//! * `SIGNUP_DOCTOR_BENCH_ONCE=100k cargo bench -p signup-doctor-benches --bench engine` (or `1k`, `10k`, `100k:flows`) times
//!   each stage once, for a profiler.

// Tests, benchmarks and examples may unwrap: a failing unwrap is a failing run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod generate;

use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput};
use crossterm::event::Event;
use generate::Generated;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde::Deserialize;
use signup_doctor::content::{Sources, load};
use signup_doctor::engine::diagnostic::Diagnostics;
use signup_doctor::engine::load::load_tree;
use signup_doctor::engine::paths::all_paths;
use signup_doctor::engine::tree::Tree;
use signup_doctor::engine::validate::check_graph;
use signup_doctor::i18n::Localizer;
use signup_doctor::i18n::check::check_locales;
use signup_doctor::source::FileSet;
use signup_doctor::tui::App;
use signup_doctor::tui::theme::THEME;
use signup_doctor::wizard::lines::write_screen;
use signup_doctor::wizard::screen::Screen;
use signup_doctor::wizard::session::Session;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

/// The generated tree sizes, and the names their groups carry.
const SIZES: &[(usize, &str)] = &[(1_000, "1k"), (10_000, "10k"), (100_000, "100k")];
/// The wide trees' fan-outs: 3·F³ paths each.
const FANOUTS: &[usize] = &[8, 16];

// ---------------------------------------------------------------------------------------------
// The bare parses: the same YAML, without what the loader adds.

/// The flow format as plain serde types: no positions (`Spanned`), nothing checked but types.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "parsed to be measured, never read")]
struct PlainFlow {
    topic: String,
    title: String,
    #[serde(default)]
    escalation: Option<String>,
    #[serde(default)]
    channels: Option<Vec<PlainChannel>>,
    #[serde(default)]
    channel: Option<String>,
    nodes: Vec<PlainNode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "parsed to be measured, never read")]
struct PlainChannel {
    id: String,
    name: String,
    reach: String,
    problem: String,
    #[serde(default)]
    severity: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "parsed to be measured, never read")]
struct PlainNode {
    id: String,
    #[serde(default)]
    question: Option<String>,
    #[serde(default)]
    answers: Option<Vec<PlainAnswer>>,
    #[serde(default)]
    fix: Option<String>,
    #[serde(default)]
    steps: Option<Vec<PlainStep>>,
    #[serde(default)]
    otherwise: Option<String>,
    #[serde(default)]
    hint: Option<String>,
    #[serde(default)]
    jump: Option<String>,
    #[serde(default)]
    end: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "parsed to be measured, never read")]
struct PlainAnswer {
    id: String,
    label: String,
    next: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code, reason = "parsed to be measured, never read")]
enum PlainStep {
    Text(String),
    Linked { text: String, link: String },
}

fn parse_all<T: for<'de> Deserialize<'de>>(files: &FileSet) -> Vec<T> {
    files
        .files
        .iter()
        .map(|file| serde_saphyr::from_str::<T>(&file.text).expect("generated YAML parses"))
        .collect()
}

fn load_validate(files: &FileSet) -> (Option<Tree>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let tree = load_tree(files, &mut diags);
    if let Some(tree) = &tree {
        check_graph(tree, &mut diags);
    }
    (tree, diags)
}

/// What `signup-doctor check` does, from memory: flows, locales, and the checks across them.
fn check_all(flows: &FileSet, locales: &FileSet) -> (Option<Tree>, Localizer, Diagnostics) {
    let (tree, mut diags) = load_validate(flows);
    let localizer = Localizer::load(locales, &mut diags);
    check_locales(tree.as_ref(), &localizer, &mut diags);
    (tree, localizer, diags)
}

/// A generated tree must pass `check` with nothing to say, or its figures mean nothing.
fn assert_clean(name: &str, generated: &Generated) {
    let (tree, _, diags) = check_all(&generated.flow_set(), &generated.locale_set());
    let findings: Vec<String> = diags
        .sorted()
        .iter()
        .take(10)
        .map(std::string::ToString::to_string)
        .collect();
    assert!(
        findings.is_empty(),
        "generated tree {name} has findings:\n{}",
        findings.join("\n")
    );
    let tree = tree.expect("a generated tree links");
    assert_eq!(tree.nodes.len(), generated.nodes, "generated tree {name}: node count");
}

/// The largest tree `check` is benchmarked on with criterion. The 100k tree's full check takes
/// seconds an iteration: `SIGNUP_DOCTOR_BENCH_ONCE=100k` times it once instead, stage by stage.
const FULL_CHECK_MAX: usize = 10_000;

/// Times each stage once, for a profiler: `SIGNUP_DOCTOR_BENCH_ONCE=100k` (a size label), or
/// `100k:flows` to stop before the locales.
fn once(arg: &str) {
    let (label, flows_only) = match arg.split_once(':') {
        Some((label, "flows")) => (label, true),
        _ => (arg, false),
    };
    let &(nodes, _) = SIZES
        .iter()
        .find(|(_, l)| *l == label)
        .expect("a size: 1k, 10k or 100k");
    let time = |what: &str, f: &mut dyn FnMut()| {
        let start = std::time::Instant::now();
        f();
        eprintln!("{label} {what}: {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    };
    let mut generated = None;
    time("generate", &mut || generated = Some(generate::tree(nodes)));
    let generated = generated.expect("generated");
    let (flows, locales) = (generated.flow_set(), generated.locale_set());
    time("parse_value", &mut || {
        drop(black_box(parse_all::<serde_json::Value>(&flows)));
    });
    time("parse_plain", &mut || drop(black_box(parse_all::<PlainFlow>(&flows))));
    let mut diags = Diagnostics::default();
    let mut tree = None;
    time("load_tree", &mut || tree = load_tree(&flows, &mut diags));
    let tree = tree.expect("a generated tree links");
    time("check_graph", &mut || check_graph(&tree, &mut diags));
    if flows_only {
        eprintln!("{label}: {}", diags.summary());
        return;
    }
    let mut localizer = None;
    time("Localizer::load", &mut || {
        localizer = Some(Localizer::load(&locales, &mut diags));
    });
    let localizer = localizer.expect("loaded");
    time("check_locales", &mut || {
        check_locales(Some(&tree), &localizer, &mut diags);
    });
    eprintln!("{label}: {}", diags.summary());
}

// ---------------------------------------------------------------------------------------------
// The benchmarks.

/// Sampling for a tree of this many nodes, to keep the whole `cargo bench` within a few minutes on
/// two cores: the big trees take one iteration per sample (flat sampling), ten samples. The target
/// time is set below ten iterations' worth on purpose: criterion would otherwise round up to two
/// iterations a sample and double the run; it says it "cannot complete 10 samples" instead.
fn size_group(group: &mut BenchmarkGroup<'_, WallTime>, nodes: usize, per_iteration: Duration) {
    group.throughput(Throughput::Elements(nodes as u64));
    group.warm_up_time(Duration::from_secs(1));
    if nodes >= 10_000 {
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .measurement_time(per_iteration * 6);
    } else {
        group.measurement_time(Duration::from_secs(2));
    }
}

fn bench_load(c: &mut Criterion, trees: &[(usize, &str, Generated)]) {
    for (nodes, label, generated) in trees {
        let files = generated.flow_set();
        let mut group = c.benchmark_group(format!("load-{label}"));
        // About 25 µs a node for the slowest function here (see BENCHMARKS.md).
        size_group(&mut group, *nodes, Duration::from_micros(25) * *nodes as u32);
        group.bench_function("parse_ignored", |b| {
            b.iter(|| parse_all::<serde::de::IgnoredAny>(black_box(&files)));
        });
        group.bench_function("parse_value", |b| {
            b.iter(|| parse_all::<serde_json::Value>(black_box(&files)));
        });
        group.bench_function("parse_plain", |b| b.iter(|| parse_all::<PlainFlow>(black_box(&files))));
        group.bench_function("load_validate", |b| b.iter(|| load_validate(black_box(&files))));
        let tree = load_validate(&files).0.expect("a generated tree links");
        // Milliseconds, not seconds: ordinary sampling.
        group
            .sampling_mode(SamplingMode::Auto)
            .sample_size(50)
            .measurement_time(Duration::from_secs(2));
        group.bench_function("check_graph", |b| {
            b.iter(|| {
                let mut diags = Diagnostics::default();
                check_graph(black_box(&tree), &mut diags);
                diags
            });
        });
        group.finish();
    }
}

fn bench_check(c: &mut Criterion, trees: &[(usize, &str, Generated)]) {
    for (nodes, label, generated) in trees.iter().filter(|(n, _, _)| *n <= FULL_CHECK_MAX) {
        let (flows, locales) = (generated.flow_set(), generated.locale_set());
        let mut group = c.benchmark_group(format!("check-{label}"));
        // About 50 µs a node: the flows, then the Fluent parse and checks of two languages.
        size_group(&mut group, *nodes, Duration::from_micros(50) * *nodes as u32);
        group.bench_function("check_all", |b| {
            b.iter(|| check_all(black_box(&flows), black_box(&locales)));
        });
        group.finish();
    }
}

fn bench_paths(c: &mut Criterion, wide: &[(usize, Tree)], shipped: &Tree) {
    let mut group = c.benchmark_group("paths");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (fanout, tree) in wide {
        let count = all_paths(tree).len();
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::new("wide", fanout), tree, |b, tree| {
            b.iter(|| all_paths(black_box(tree)));
        });
    }
    group.throughput(Throughput::Elements(all_paths(shipped).len() as u64));
    group.bench_function("shipped", |b| b.iter(|| all_paths(black_box(shipped))));
    group.finish();
}

fn bench_screen(c: &mut Criterion, tree: &Tree, localizer: &Localizer) {
    let mut group = c.benchmark_group("screen");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    let no_events = Vec::<Event>::new;
    // The root question, and a fix with a hint, four steps and a link.
    for (name, code) in [("root", ""), ("fix", "card-declined/bank-card")] {
        let at = || Session::at_code(tree, code).expect("a code of the shipped tree");
        let session = at();
        group.bench_function(BenchmarkId::new("screen_of", name), |b| {
            b.iter(|| Screen::of(black_box(&session), localizer, "en"));
        });
        group.bench_function(BenchmarkId::new("plain_text", name), |b| {
            b.iter(|| {
                let screen = Screen::of(black_box(&session), localizer, "en");
                let mut out = Vec::with_capacity(2048);
                write_screen(&mut out, &screen, localizer, "en").expect("writes to memory");
                out
            });
        });
        // The full screen's first frame: a new wizard draws once into an empty 80×24 terminal
        // (every cell sent to the backend), then its event source ends.
        group.bench_function(BenchmarkId::new("tui_first_frame", name), |b| {
            b.iter_batched(
                || (at(), Terminal::new(TestBackend::new(80, 24)).expect("a test terminal")),
                |(session, mut terminal)| {
                    let mut app = App::new(session, localizer, "en", THEME);
                    app.run(&mut terminal, no_events()).expect("draws on a test backend");
                    terminal
                },
                BatchSize::SmallInput,
            );
        });
        // The same frame drawn again: laid out and rendered in full, but nothing changed to send.
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
        let mut app = App::new(at(), localizer, "en", THEME);
        app.run(&mut terminal, no_events()).expect("draws on a test backend");
        group.bench_function(BenchmarkId::new("tui_redraw", name), |b| {
            b.iter(|| {
                app.run(black_box(&mut terminal), no_events())
                    .expect("draws on a test backend")
            });
        });
    }
    group.finish();
}

// ---------------------------------------------------------------------------------------------
// The closing table: validation against the bare parses, from criterion's own estimates.

fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from);
    target.join("criterion")
}

/// The mean time of one benchmark in nanoseconds, if this run measured it.
fn mean_ns(group: &str, function: &str, since: SystemTime) -> Option<f64> {
    let path = criterion_dir().join(group).join(function).join("new/estimates.json");
    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok()?;
    if modified < since {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    json["mean"]["point_estimate"].as_f64()
}

fn print_ratios(since: SystemTime) {
    let ms = |ns: f64| format!("{:.2} ms", ns / 1e6);
    let mut rows = Vec::new();
    for &(nodes, label) in SIZES {
        let group = format!("load-{label}");
        let get = |f: &str| mean_ns(&group, f, since);
        if let (Some(ignored), Some(value), Some(plain), Some(load)) = (
            get("parse_ignored"),
            get("parse_value"),
            get("parse_plain"),
            get("load_validate"),
        ) {
            rows.push(format!(
                "| {label} | {} | {} | {} | {} | {:.2}× | {:.2}× | {:.2}× | {:.0} ns |",
                ms(ignored),
                ms(value),
                ms(plain),
                ms(load),
                load / value,
                load / plain,
                load / ignored,
                load / nodes as f64
            ));
        }
    }
    if rows.is_empty() {
        return;
    }
    println!();
    println!("load_tree + check_graph against bare YAML parses of the same files (criterion means):");
    println!();
    println!(
        "| tree | parse → IgnoredAny | parse → Value | parse → plain structs | load + validate | ÷ Value | ÷ plain | ÷ IgnoredAny | per node |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
}

// ---------------------------------------------------------------------------------------------

fn write_trees(dir: &std::path::Path) {
    let trees = SIZES
        .iter()
        .map(|&(n, label)| (label.to_string(), generate::tree(n)))
        .chain([("wide-16".to_string(), generate::wide(16))]);
    for (label, generated) in trees {
        assert_clean(&label, &generated);
        let out = dir.join(&label);
        generated.write(&out).expect("writes the generated tree");
        println!(
            "{}: {} nodes, {} flow files ({} KiB), {} locale files ({} KiB)",
            out.display(),
            generated.nodes,
            generated.flows.len(),
            generated.flow_bytes() / 1024,
            generated.locales.len(),
            generated.locale_bytes() / 1024
        );
    }
}

fn main() {
    if let Some(dir) = std::env::var_os("SIGNUP_DOCTOR_BENCH_TREES") {
        write_trees(std::path::Path::new(&dir));
        return;
    }
    if let Ok(label) = std::env::var("SIGNUP_DOCTOR_BENCH_ONCE") {
        once(&label);
        return;
    }
    let since = SystemTime::now();
    let mut c = Criterion::default().configure_from_args();

    let trees: Vec<(usize, &str, Generated)> = SIZES.iter().map(|&(n, label)| (n, label, generate::tree(n))).collect();
    for (_, label, generated) in &trees {
        assert_clean(label, generated);
        eprintln!(
            "tree {label}: {} nodes, {} flow files, {} KiB of YAML, {} KiB of Fluent",
            generated.nodes,
            generated.flows.len(),
            generated.flow_bytes() / 1024,
            generated.locale_bytes() / 1024
        );
    }
    bench_load(&mut c, &trees);
    bench_check(&mut c, &trees);
    drop(trees);

    let wide: Vec<(usize, Tree)> = FANOUTS
        .iter()
        .map(|&fanout| {
            let generated = generate::wide(fanout);
            assert_clean(&format!("wide-{fanout}"), &generated);
            let tree = load_validate(&generated.flow_set()).0.expect("a wide tree links");
            eprintln!(
                "wide tree {fanout}: {} nodes, {} paths",
                tree.nodes.len(),
                all_paths(&tree).len()
            );
            (fanout, tree)
        })
        .collect();
    let shipped = load(Sources::default()).expect("the built-in flows load");
    assert!(!shipped.diagnostics.has_errors(), "the shipped tree checks clean");
    let shipped_tree = shipped.tree.expect("the shipped tree links");
    bench_paths(&mut c, &wide, &shipped_tree);
    bench_screen(&mut c, &shipped_tree, &shipped.localizer);

    c.final_summary();
    print_ratios(since);
}
