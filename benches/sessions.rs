//! Writes realistic saved sessions for `report`'s benchmark (`benches/report.sh`):
//!
//! ```sh
//! cargo bench --bench sessions -- DIR N [--seed S] [--no-flags]
//! ```
//!
//! writes N transcripts (`ID.json`, as the wizard saves them) into DIR, made from real walks of the
//! shipped tree: every path from the root to an end, and the first part of some (sessions left
//! unfinished), each driven answer by answer through the session as a user would (so the log
//! holds each choice), in English or French, some with notes, tried steps and flags. Paths are
//! picked with a long-tailed weight (a few are common, most are rare), sessions spread over the
//! year before 2026-12-01, and the tree is "rewritten" twice in that year: sessions before
//! 2026-04-01 and before 2026-09-01 record other flows/locales hashes, as sessions run on older
//! trees do. `--no-flags` leaves flags out, for builds from before flags (their records refuse the
//! event). Deterministic: the same arguments give the same files.

// Benchmarks may unwrap: a failing unwrap is a failing run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::{SignedDuration, Timestamp};
use signup_doctor::content::{Loaded, load};
use signup_doctor::engine::paths::all_paths;
use signup_doctor::engine::tree::{NodeKind, Tree};
use signup_doctor::transcript::{Build, Transcript};
use signup_doctor::wizard::session::{Msg, Session};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};

/// A small linear congruential generator (Knuth's MMIX constants), as `benches/generate` uses.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: u64) -> u64 {
        (self.next() * n) >> 31
    }
}

/// The session clock while templates are made: every event 37 seconds after the one before.
static CLOCK: AtomicI64 = AtomicI64::new(1_750_000_000);

fn tick() -> Timestamp {
    Timestamp::from_second(CLOCK.fetch_add(37, Ordering::Relaxed)).unwrap()
}

/// What agents write, in the words they use.
const NOTES: [&str; 6] = [
    "customer on a mobile, no laptop at hand",
    "tried twice already yesterday",
    "bank says the card is fine",
    "le client a déjà appelé la banque",
    "customer will call back after lunch",
    "card 4111 1111 1111 1111 read out, removed",
];

/// Why agents flag a step: short, sometimes empty.
const FLAG_REASONS: [&str; 5] = [
    "portal button renamed",
    "link goes to a retired page",
    "",
    "étape obsolète depuis la refonte",
    "step order wrong for CSP accounts",
];

/// A session walked through `steps` (answer positions, 0-based) in `lang`, with `aids` (0–3):
/// notes, tried steps and flags on the way.
fn template<'t>(tree: &'t Tree, steps: &[usize], lang: &str, aids: u64, flags: bool, rng: &mut Lcg) -> Session<'t> {
    let mut session = Session::with_clock(tree, tick).in_language(lang);
    for (i, &answer) in steps.iter().enumerate() {
        if aids > 0 && rng.below(4) == 0 {
            session.update(Msg::ToggleTried(0));
        }
        if aids > 1 && i + 1 == steps.len() {
            let note = NOTES[rng.below(NOTES.len() as u64) as usize];
            session.update(Msg::Note(note.to_string()));
        }
        // Agents flag fixes: the steps that go stale when the portal changes.
        let on_fix = matches!(tree.node(session.place().node()).kind, NodeKind::Fix { .. });
        if flags && on_fix && aids > 1 && rng.below(3) == 0 {
            let reason = FLAG_REASONS[rng.below(FLAG_REASONS.len() as u64) as usize];
            session.update(Msg::Flag(reason.to_string()));
        }
        session.update(Msg::Choose(answer));
    }
    session
}

fn templates(loaded: &Loaded, flags: bool, rng: &mut Lcg) -> Vec<Transcript> {
    let tree = loaded.tree.as_ref().expect("the shipped tree loads");
    let build = Build {
        localizer: &loaded.localizer,
        hashes: &loaded.hashes,
    };
    let mut out = Vec::new();
    for path in all_paths(tree) {
        let answers: Vec<usize> = path.steps.iter().map(|&(_, a)| a).collect();
        for lang in ["en", "fr"] {
            let aids = rng.below(4);
            let session = template(tree, &answers, lang, aids, flags, rng);
            out.push(Transcript::of(&session, &build, tick()));
            // Some sessions stop before an end: the customer hung up, the agent moved on.
            if answers.len() > 1 && rng.below(3) == 0 {
                let cut = 1 + rng.below(answers.len() as u64 - 1) as usize;
                let session = template(tree, &answers[..cut], lang, aids, flags, rng);
                out.push(Transcript::of(&session, &build, tick()));
            }
        }
    }
    out
}

/// The hashes a session records: the shipped tree's from 2026-09-01, earlier trees' before.
fn hashes_at(day: Timestamp, current: (&str, &str)) -> (String, String) {
    let cut = |s: &str| s.parse::<Timestamp>().unwrap();
    if day >= cut("2026-09-01T00:00:00Z") {
        return (current.0.to_string(), current.1.to_string());
    }
    let era = if day >= cut("2026-04-01T00:00:00Z") { "b" } else { "a" };
    let fake = |s: &str| format!("{era}{}", &s[1..]);
    (fake(current.0), fake(current.1))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let usage = "usage: cargo bench --bench sessions -- DIR N [--seed S] [--no-flags]";
    let flags = !args.iter().any(|a| a == "--no-flags");
    let (Some(dir), Some(n)) = (args.first(), args.get(1)) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let n: u64 = n.parse().unwrap_or_else(|_| {
        eprintln!("{usage}");
        std::process::exit(2)
    });
    let seed = match args.iter().position(|a| a == "--seed") {
        Some(i) => args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(1),
        None => 1,
    };
    std::fs::create_dir_all(&dir).unwrap();
    let loaded = load(Default::default()).expect("the shipped content loads");
    let mut rng = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
    let templates = templates(&loaded, flags, &mut rng);
    // A long tail: the template at rank r is picked with weight 1/(r+1); ranks shuffled once.
    let mut order: Vec<usize> = (0..templates.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let weights: Vec<f64> = (0..templates.len()).map(|r| 1.0 / (r as f64 + 1.0)).collect();
    let total: f64 = weights.iter().sum();
    let mut cumulative = Vec::with_capacity(weights.len());
    let mut sum = 0.0;
    for w in &weights {
        sum += w / total;
        cumulative.push(sum);
    }
    let current = (loaded.hashes.flows().to_string(), loaded.hashes.locales().to_string());
    let year_end = "2026-12-01T00:00:00Z".parse::<Timestamp>().unwrap();
    let year = 365 * 24 * 3600;
    for i in 0..n {
        let pick = (rng.next() as f64) / f64::from(1u32 << 31);
        let rank = cumulative.partition_point(|&c| c < pick).min(templates.len() - 1);
        let mut t = templates[order[rank]].clone();
        let started = year_end - SignedDuration::from_secs((rng.below(year) + 1).cast_signed());
        let shift = started.duration_since(t.started);
        let moved = |at: Timestamp| at.checked_add(shift).unwrap();
        t.started = started;
        t.saved = moved(t.saved);
        for step in &mut t.steps {
            step.time = moved(step.time);
        }
        for event in &mut t.log {
            event.at = moved(event.at);
        }
        t.session = format!("{}-{:06x}", started.strftime("%Y%m%dT%H%M%SZ"), i & 0xff_ffff);
        (t.flows_hash, t.locales_hash) = hashes_at(started, (&current.0, &current.1));
        let json = serde_json::to_string_pretty(&t).unwrap();
        let mut file = std::fs::File::create(dir.join(format!("{}.json", t.session))).unwrap();
        file.write_all(json.as_bytes()).unwrap();
    }
    eprintln!(
        "wrote {n} sessions ({} templates from the shipped tree) to {}",
        templates.len(),
        dir.display()
    );
}
