//! What keeping the session's log on disk costs (criterion): `cargo bench -p signup-doctor-benches --bench journal`.
//!
//! * `event/update`: one event in memory — `Session::update` marking a step tried (its projection
//!   applied, the event appended to the log);
//! * `event/update_and_journal`: the same, then `Journal::sync` appending it to the journal file (one
//!   JSON line, one `write` call, no fsync: a killed process or a closed terminal loses nothing the
//!   kernel has; a power cut may lose the last lines);
//! * `replay/N`: reading back and replaying a journal of N events (what `--resume FILE.journal` and
//!   the offer at start do).

// Tests, benchmarks and examples may unwrap: a failing unwrap is a failing run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use signup_doctor::content::{Loaded, load};
use signup_doctor::transcript::Build;
use signup_doctor::transcript::journal::{self, Journal};
use signup_doctor::wizard::session::{Msg, Session};
use std::hint::black_box;

fn shipped() -> Loaded {
    load(Default::default()).expect("the shipped flows load")
}

fn bench_event(c: &mut Criterion) {
    let loaded = shipped();
    let tree = loaded.tree.as_ref().expect("the shipped tree");
    let build = Build {
        localizer: &loaded.localizer,
        hashes: &loaded.hashes,
    };
    let dir = tempfile::tempdir().expect("a scratch folder");
    let mut group = c.benchmark_group("event");
    let mut session = Session::at_code(tree, "card-declined/bank-card").expect("a fix");
    group.bench_function("update", |b| b.iter(|| session.update(black_box(Msg::ToggleTried(0)))));
    let mut session = Session::at_code(tree, "card-declined/bank-card").expect("a fix");
    let mut journal = Journal::start(dir.path(), &session, &build).expect("a journal");
    group.bench_function("update_and_journal", |b| {
        b.iter(|| {
            session.update(black_box(Msg::ToggleTried(0)));
            journal.sync(&session).expect("appends");
        });
    });
    group.finish();

    let mut group = c.benchmark_group("replay");
    for events in [100usize, 1000] {
        let mut session = Session::at_code(tree, "card-declined/bank-card").expect("a fix");
        let journal = Journal::start(dir.path(), &session, &build).expect("a journal");
        let mut journal = journal;
        for i in 0..events {
            session.update(if i % 2 == 0 {
                Msg::ToggleTried(0)
            } else {
                Msg::Note(format!("note {i}"))
            });
        }
        journal.sync(&session).expect("appends");
        let path = journal.path().to_path_buf();
        group.bench_function(events.to_string(), |b| {
            b.iter(|| {
                let read = journal::read(black_box(&path)).expect("reads");
                read.replay(tree).expect("replays")
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_event);
criterion_main!(benches);
