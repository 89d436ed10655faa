//! Every path from the root to an end: visited one at a time without keeping them
//! ([`for_each_path`]), listed up to a limit, or counted without being visited ([`count_paths`]).

use super::super::place::Place;
use super::super::tree::{ChannelId, Outcome, Tree};
use super::{Codes, codes};
use std::fmt;

/// How an enumerated path ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathEnd {
    Outcome(Outcome),
    /// The path came back to a place already on it.
    Loop,
}

impl PathEnd {
    pub fn as_str(self) -> &'static str {
        match self {
            PathEnd::Outcome(o) => o.as_str(),
            PathEnd::Loop => "loop",
        }
    }
}

/// One path from the root to an end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreePath {
    pub codes: Codes,
    pub end: PathEnd,
    pub steps: Vec<(Place, usize)>,
}

/// The most paths `paths` lists, and the most `check` accepts without a warning. The shipped flows
/// have about 500; 100,000 is 200 times that, far more than anyone reviews path by path, yet listing
/// them all streams in well under a second and a few MB of memory. A tree with more paths is almost
/// always a mistake (answers that rejoin, doubling the paths at each question); it still works in the
/// wizard, `walk` and `graph`, which never enumerate paths.
pub const MAX_PATHS: usize = 100_000;

/// A tree has more paths than a limit allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooManyPaths {
    pub limit: usize,
}

impl fmt::Display for TooManyPaths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "stopped at path {}: the flows have more than the limit of {} paths from the root to an end",
            grouped(self.limit as u64 + 1),
            grouped(self.limit as u64)
        )
    }
}

/// Why [`for_each_path`] stopped before the last path.
#[derive(Debug, PartialEq, Eq)]
pub enum PathsStopped<E> {
    /// There are more paths than the limit; every path up to the limit was visited.
    TooMany(TooManyPaths),
    /// The visitor returned this error.
    Visitor(E),
}

/// Calls `visit` with each path from the root to an end (its steps, and how it ends), depth first in
/// answer order, without keeping any path once visited. A path stops at the first end (escalation ends
/// do not follow on into the support-ticket topic) or when it comes back to a place already on it.
/// Iterative, so deep trees cannot overflow the stack; memory grows with the depth only. Returns how
/// many paths were visited, or stops before visiting path `limit + 1`.
pub fn for_each_path<E>(
    tree: &Tree,
    limit: usize,
    mut visit: impl FnMut(&[(Place, usize)], PathEnd) -> Result<(), E>,
) -> Result<usize, PathsStopped<E>> {
    let mut found = 0usize;
    let mut emit = |steps: &[(Place, usize)], end: PathEnd| {
        if found == limit {
            return Err(PathsStopped::TooMany(TooManyPaths { limit }));
        }
        found += 1;
        visit(steps, end).map_err(PathsStopped::Visitor)
    };
    let mut steps: Vec<(Place, usize)> = Vec::new();
    let mut on_path: std::collections::HashSet<Place> = std::collections::HashSet::new();
    // Each frame: a place and the next answer to try there.
    let mut stack: Vec<(Place, usize)> = vec![(tree.start(), 0)];
    on_path.insert(tree.start());
    while let Some(&mut (place, ref mut next)) = stack.last_mut() {
        if *next == 0
            && let Some(outcome) = tree.outcome(place)
        {
            *next = usize::MAX;
            emit(&steps, PathEnd::Outcome(outcome))?;
        }
        let choices = tree.choices(place);
        if *next >= choices.len() || tree.outcome(place).is_some() {
            stack.pop();
            on_path.remove(&place);
            steps.pop();
            continue;
        }
        let index = *next;
        *next += 1;
        let target = tree.arrive(choices[index].next, place.node());
        steps.push((place, index));
        if on_path.contains(&target) {
            emit(&steps, PathEnd::Loop)?;
            steps.pop();
        } else {
            on_path.insert(target);
            stack.push((target, 0));
        }
    }
    Ok(found)
}

/// The desk a path's end hands over or escalates to, as `paths` and `report` name it: `None` for
/// a path that ends solved, starting over or in a loop.
pub fn path_channel(tree: &Tree, steps: &[(Place, usize)], end: PathEnd) -> Option<ChannelId> {
    if end == PathEnd::Loop {
        return None;
    }
    let place = match steps.last() {
        Some(&(place, index)) => tree.choose(place, index)?,
        None => tree.start(),
    };
    tree.channel_at(place)
}

/// Every path from the root to an end (see [`for_each_path`]), or [`TooManyPaths`] past `limit`.
pub fn paths_bounded(tree: &Tree, limit: usize) -> Result<Vec<TreePath>, TooManyPaths> {
    match collect_paths(tree, limit) {
        (paths, None) => Ok(paths),
        (_, Some(too_many)) => Err(too_many),
    }
}

/// Every path from the root to an end, depth first in answer order (see [`for_each_path`]), for
/// trees that `check` passes without a path-count warning, such as the shipped one. On a tree with
/// more than [`MAX_PATHS`] paths the list stops at the first [`MAX_PATHS`]: use [`paths_bounded`] to
/// know.
pub fn all_paths(tree: &Tree) -> Vec<TreePath> {
    collect_paths(tree, MAX_PATHS).0
}

/// The paths [`for_each_path`] visits up to `limit`, and whether it stopped there.
fn collect_paths(tree: &Tree, limit: usize) -> (Vec<TreePath>, Option<TooManyPaths>) {
    let mut out = Vec::new();
    let result = for_each_path(tree, limit, |steps, end| {
        out.push(TreePath {
            codes: codes(tree, steps),
            end,
            steps: steps.to_vec(),
        });
        Ok::<(), std::convert::Infallible>(())
    });
    match result {
        Ok(_) => (out, None),
        Err(PathsStopped::TooMany(too_many)) => (out, Some(too_many)),
        Err(PathsStopped::Visitor(never)) => match never {},
    }
}

/// How many paths lead from the root to an end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathCount {
    Exactly(u64),
    /// At least this many: counting stopped there.
    AtLeast(u64),
}

impl PathCount {
    /// Whether the count is over `limit`.
    pub fn exceeds(self, limit: usize) -> bool {
        match self {
            PathCount::Exactly(n) | PathCount::AtLeast(n) => n > limit as u64,
        }
    }
}

impl fmt::Display for PathCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PathCount::Exactly(n) => write!(f, "{}", grouped(n)),
            PathCount::AtLeast(n) => write!(f, "at least {}", grouped(n)),
        }
    }
}

/// Counts the paths [`for_each_path`] would visit, without visiting them. When no loop can be
/// reached from the root, the paths from a node do not depend on how it was reached, so each node's
/// count is the sum of its answers' counts, computed once (time in proportion to the tree's size,
/// whatever the count; it saturates at `u64::MAX`). With a loop that does not hold, and the paths are
/// walked instead, stopping past `limit`.
pub fn count_paths(tree: &Tree, limit: usize) -> PathCount {
    match count_without_loops(tree) {
        Some(count) => count,
        None => match for_each_path(tree, limit, |_, _| Ok::<(), std::convert::Infallible>(())) {
            Ok(found) => PathCount::Exactly(found as u64),
            Err(_) => PathCount::AtLeast(limit as u64 + 1),
        },
    }
}

/// The path count by dynamic programming over the nodes reachable from the root, or `None` when a
/// loop is reachable. Iterative depth-first post-order, so deep trees cannot overflow the stack.
fn count_without_loops(tree: &Tree) -> Option<PathCount> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum State {
        New,
        /// On the current way down from the root: meeting it again is a loop.
        Open,
        Done(u64),
    }
    let mut state = vec![State::New; tree.nodes.len()];
    let start = tree.start();
    let root = match start {
        Place::Node(n) if tree.outcome(start).is_none() => n,
        _ => return Some(PathCount::Exactly(1)),
    };
    // Each frame: a node, the next answer to count there, and the paths counted so far.
    let mut stack = vec![(root, 0usize, 0u64)];
    state[root.0] = State::Open;
    while let Some(&mut (node, ref mut next, ref mut total)) = stack.last_mut() {
        let place = Place::Node(node);
        let Some(answer) = tree.choices(place).get(*next) else {
            state[node.0] = State::Done(*total);
            stack.pop();
            continue;
        };
        let target = tree.arrive(answer.next, node);
        let onward = match target {
            Place::Node(n) if tree.outcome(target).is_none() => n,
            _ => {
                *total = total.saturating_add(1);
                *next += 1;
                continue;
            }
        };
        match state[onward.0] {
            State::Done(count) => {
                *total = total.saturating_add(count);
                *next += 1;
            }
            State::Open => return None,
            State::New => {
                state[onward.0] = State::Open;
                stack.push((onward, 0, 0));
            }
        }
    }
    match state[root.0] {
        State::Done(u64::MAX) => Some(PathCount::AtLeast(u64::MAX)),
        State::Done(count) => Some(PathCount::Exactly(count)),
        State::New | State::Open => None,
    }
}

/// `1234567` as `1,234,567`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A warning at the root question when more paths lead from it to an end than `paths` lists. The
/// count is cheap (see [`count_paths`]), and the wizard, `walk` and `graph` never need it, so
/// only `check` pays for it.
pub fn path_count_warning(tree: &Tree, diagnostics: &mut crate::engine::diagnostic::Diagnostics) {
    let count = count_paths(tree, MAX_PATHS);
    if count.exceeds(MAX_PATHS) {
        let root = &tree.node(tree.root).at;
        diagnostics.warning(
            crate::engine::lint::Lint::TooManyPaths,
            &tree.files[root.file],
            root.pos,
            format!(
                "{count} paths lead from the root question to an end, more than the {} that `paths` lists \
                 (answers that lead to the same place double the paths at each question)",
                grouped(MAX_PATHS as u64)
            ),
        );
    }
}
