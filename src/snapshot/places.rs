//! Where a walk can stand, found without walking the paths: every place breadth first from the root
//! (each with the answer it was first reached by, so the shortest walk there), which of them can
//! still lead to an escalation, and the paths that end escalating (for the tickets), looked for only
//! there. Memory grows with the places, never with the paths.

use crate::engine::place::Place;
use crate::engine::tree::{Outcome, Tree};
use std::collections::{HashMap, VecDeque};

/// A place a walk can stand on, and the answer of the shortest walk there.
#[derive(Clone, Debug)]
pub(super) struct Reached {
    pub place: Place,
    /// The place (its index in the list) and the answer it was first reached by.
    pub from: Option<(usize, usize)>,
}

/// Every place a walk can stand on, breadth first from the root, each with the answer it was first
/// reached by: the shortest walks, earlier answers first. A walk stops at an end, as a path does.
pub(super) fn reachable(tree: &Tree) -> Vec<Reached> {
    let start = tree.start();
    let mut places = vec![Reached {
        place: start,
        from: None,
    }];
    let mut seen: HashMap<Place, usize> = HashMap::from([(start, 0)]);
    let mut queue = VecDeque::from([0usize]);
    while let Some(at) = queue.pop_front() {
        let place = places[at].place;
        if tree.outcome(place).is_some() {
            continue;
        }
        for answer in 0..tree.choices(place).len() {
            if let Some(next) = tree.choose(place, answer)
                && !seen.contains_key(&next)
            {
                seen.insert(next, places.len());
                queue.push_back(places.len());
                places.push(Reached {
                    place: next,
                    from: Some((at, answer)),
                });
            }
        }
    }
    places
}

/// For each place, whether an escalation end can be reached from it.
pub(super) fn escalating(tree: &Tree, places: &[Reached]) -> Vec<bool> {
    let index: HashMap<Place, usize> = places.iter().enumerate().map(|(i, r)| (r.place, i)).collect();
    // Who leads to each place.
    let mut before: Vec<Vec<usize>> = vec![Vec::new(); places.len()];
    for (at, reached) in places.iter().enumerate() {
        if tree.outcome(reached.place).is_some() {
            continue;
        }
        for answer in 0..tree.choices(reached.place).len() {
            if let Some(&to) = tree.choose(reached.place, answer).and_then(|p| index.get(&p)) {
                before[to].push(at);
            }
        }
    }
    let mut escalates = vec![false; places.len()];
    let mut queue: VecDeque<usize> = (0..places.len())
        .filter(|&i| tree.outcome(places[i].place) == Some(Outcome::Escalate))
        .collect();
    for &i in &queue {
        escalates[i] = true;
    }
    while let Some(at) = queue.pop_front() {
        for &from in &before[at] {
            if !escalates[from] {
                escalates[from] = true;
                queue.push_back(from);
            }
        }
    }
    escalates
}

/// Calls `found` with the end and the answers of every path that ends escalating, depth first in
/// answer order, going only where an escalation can be reached (so a tree of 2^40 paths with
/// few escalations is quick). Stops after `limit`; returns whether every one was found.
pub(super) fn escalation_paths(
    tree: &Tree,
    places: &[Reached],
    escalates: &[bool],
    limit: usize,
    mut found: impl FnMut(Place, &[usize]),
) -> bool {
    let index: HashMap<Place, usize> = places.iter().enumerate().map(|(i, r)| (r.place, i)).collect();
    let start = tree.start();
    let Some(&first) = index.get(&start) else {
        return true;
    };
    let mut count = 0usize;
    if tree.outcome(start) == Some(Outcome::Escalate) {
        found(start, &[]);
        return true;
    }
    let mut answers: Vec<usize> = Vec::new();
    let mut on_path = vec![false; places.len()];
    on_path[first] = true;
    // Each frame: a place (by index) and the next answer to try there.
    let mut stack: Vec<(usize, usize)> = vec![(first, 0)];
    while let Some(&mut (at, ref mut next)) = stack.last_mut() {
        let place = places[at].place;
        let choices = tree.choices(place);
        if *next >= choices.len() || tree.outcome(place).is_some() {
            stack.pop();
            on_path[at] = false;
            answers.pop();
            continue;
        }
        let answer = *next;
        *next += 1;
        let target = tree.arrive(choices[answer].next, place.node());
        let Some(&to) = index.get(&target) else { continue };
        if on_path[to] || !escalates[to] {
            continue;
        }
        answers.push(answer);
        if tree.outcome(target) == Some(Outcome::Escalate) {
            if count == limit {
                return false;
            }
            count += 1;
            found(target, &answers);
            answers.pop();
            continue;
        }
        on_path[to] = true;
        stack.push((to, 0));
    }
    true
}
