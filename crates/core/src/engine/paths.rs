//! Path codes and path enumeration. A path code names a walk by answer ids (`verification/no-sms/no`);
//! the short code by 1-based positions (`1.1.2`). Every command that takes a code takes either form.

use super::place::Place;
use super::tree::{Outcome, Tree};
use std::fmt;

/// A walk from the root: the places stood on and the answer index chosen at each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walk {
    pub steps: Vec<(Place, usize)>,
    pub last: Option<Place>,
}

/// Both spellings of a walk's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Codes {
    pub code: String,
    pub short: String,
}

/// Builds both codes from the places and answers of a walk.
pub fn codes(tree: &Tree, steps: &[(Place, usize)]) -> Codes {
    let ids: Vec<&str> = steps
        .iter()
        .map(|&(place, i)| tree.choices(place)[i].id.as_str())
        .collect();
    let positions: Vec<String> = steps.iter().map(|(_, i)| (i + 1).to_string()).collect();
    Codes {
        code: ids.join("/"),
        short: positions.join("."),
    }
}

/// Why a code does not fit the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeError {
    /// The part that does not fit, and its 1-based position in the code.
    pub part: String,
    pub index: usize,
    /// The answers offered where it was tried (id, position), empty at an end.
    pub offered: Vec<String>,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let part = crate::text::sanitize(&self.part);
        if self.offered.is_empty() {
            write!(
                f,
                "part {} `{part}` does not fit: the walk has already ended there",
                self.index
            )
        } else {
            write!(
                f,
                "part {} `{part}` does not fit: the answers there are {}",
                self.index,
                self.offered.join(", ")
            )
        }
    }
}

/// The words the root screen shows as its code (`ui-code-start` in each shipped language, which
/// `check` holds to this list): each is a code for the empty walk, so what the screen shows can be
/// read out and typed back. An answer of the root with the same id comes first.
pub const ROOT_WORDS: &[&str] = &["start", "début", "debut"];

/// Whether `code` is one of [`ROOT_WORDS`], in any case.
pub fn is_root_word(code: &str) -> bool {
    let code = code.trim().to_lowercase();
    ROOT_WORDS.contains(&code.as_str())
}

/// Follows a code (either form, or a mix) from the root.
pub fn parse_code(tree: &Tree, code: &str) -> Result<Walk, CodeError> {
    let mut place = tree.start();
    let mut walk = Walk::default();
    let code = code.trim();
    let root_answer = tree.choices(place).iter().any(|a| a.id == code);
    let parts: Vec<&str> = if code.is_empty() || (is_root_word(code) && !root_answer) {
        Vec::new()
    } else {
        code.split(['/', '.']).collect()
    };
    for (n, part) in parts.iter().enumerate() {
        let choices = tree.choices(place);
        let index = match part.parse::<usize>() {
            Ok(position) if (1..=choices.len()).contains(&position) => Some(position - 1),
            Ok(_) => None,
            Err(_) => choices.iter().position(|a| a.id == *part),
        };
        let Some(index) = index else {
            let offered = choices
                .iter()
                .enumerate()
                .map(|(i, a)| format!("{} ({})", a.id, i + 1))
                .collect();
            return Err(CodeError {
                part: part.to_string(),
                index: n + 1,
                offered,
            });
        };
        walk.steps.push((place, index));
        place = tree.choose(place, index).unwrap_or(place);
    }
    walk.last = Some(place);
    Ok(walk)
}

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

/// Every path from the root to an end (see [`for_each_path`]), or [`TooManyPaths`] past `limit`.
pub fn paths_bounded(tree: &Tree, limit: usize) -> Result<Vec<TreePath>, TooManyPaths> {
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
        Ok(_) => Ok(out),
        Err(PathsStopped::TooMany(too_many)) => Err(too_many),
        Err(PathsStopped::Visitor(never)) => match never {},
    }
}

/// Every path from the root to an end, depth first in answer order (see [`for_each_path`]), for
/// trees that `check` passes without a path-count warning, such as the shipped one. On a tree with
/// more than [`MAX_PATHS`] paths the list stops at the first [`MAX_PATHS`]: use [`paths_bounded`] to
/// know.
pub fn all_paths(tree: &Tree) -> Vec<TreePath> {
    let mut out = Vec::new();
    let _ = for_each_path(tree, MAX_PATHS, |steps, end| {
        out.push(TreePath {
            codes: codes(tree, steps),
            end,
            steps: steps.to_vec(),
        });
        Ok::<(), std::convert::Infallible>(())
    });
    out
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

/// The shortest walk from the root to `target`, choosing earlier answers first among walks of the
/// same length; `None` when no walk reaches it. A breadth-first search over the answers offered at
/// each place (the way on from an escalation end included), so it ends on any tree, loops and all.
pub fn shortest_walk_to(tree: &Tree, target: Place) -> Option<Walk> {
    let start = tree.start();
    // Each place reached, with the place and answer it was first reached by.
    let mut reached: std::collections::HashMap<Place, Option<(Place, usize)>> = std::collections::HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    reached.insert(start, None);
    while let Some(place) = queue.pop_front() {
        if place == target {
            let mut steps = Vec::new();
            let mut at = place;
            while let Some(Some((from, answer))) = reached.get(&at).copied() {
                steps.push((from, answer));
                at = from;
            }
            steps.reverse();
            return Some(Walk {
                steps,
                last: Some(target),
            });
        }
        for index in 0..tree.choices(place).len() {
            if let Some(next) = tree.choose(place, index)
                && !reached.contains_key(&next)
            {
                reached.insert(next, Some((place, index)));
                queue.push_back(next);
            }
        }
    }
    None
}

/// The codes of the shortest walk from the root to the question, fix or end `node` (see
/// [`shortest_walk_to`]); `None` when no walk reaches it, or it is a jump (never a place).
pub fn shortest_code_to(tree: &Tree, node: super::tree::NodeId) -> Option<Codes> {
    let walk = shortest_walk_to(tree, Place::Node(node))?;
    Some(codes(tree, &walk.steps))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::diagnostic::Diagnostics;
    use crate::engine::load::load_tree;
    use crate::source::{FileSet, Kind, SourceFile};

    fn tree(files: &[(&str, &str)]) -> Tree {
        let files = files
            .iter()
            .map(|(name, text)| SourceFile {
                name: name.to_string(),
                relative: name.into(),
                text: text.to_string(),
            })
            .collect();
        let set = FileSet {
            files,
            unreadable: Vec::new(),
        };
        let mut diags = Diagnostics::default();
        let tree = load_tree(&set, &mut diags).unwrap();
        assert!(!diags.has_errors(), "{:?}", diags.sorted());
        tree
    }

    /// root → a (long way: a1 → a2 → target) or b (short way: straight to target); c loops back.
    fn two_ways() -> Tree {
        tree(&[
            (
                "root.yaml",
                "topic: root\ntitle: t\nnodes:\n  - id: where\n    question: q\n    answers:\n      \
                 - id: a\n        label: l\n        next: x:a1\n      - id: b\n        label: l\n        \
                 next: x:short\n      - id: c\n        label: l\n        next: where\n",
            ),
            (
                "x.yaml",
                "topic: x\ntitle: t\nnodes:\n  - id: a1\n    question: q\n    answers:\n      \
                 - id: on\n        label: l\n        next: a2\n  - id: a2\n    question: q\n    answers:\n      \
                 - id: on\n        label: l\n        next: target\n  - id: short\n    jump: target\n  \
                 - id: target\n    question: q\n    answers:\n      - id: done\n        label: l\n        \
                 next: end\n  - id: end\n    end: resolved\n  - id: lost\n    end: resolved\n",
            ),
        ])
    }

    #[test]
    fn the_shortest_walk_takes_the_fewest_answers_and_follows_jumps() {
        let tree = two_ways();
        let target = tree.find("x", "target").unwrap();
        let codes = shortest_code_to(&tree, target).unwrap();
        assert_eq!(codes.code, "b");
        assert_eq!(codes.short, "2");
        let end = tree.find("x", "end").unwrap();
        assert_eq!(shortest_code_to(&tree, end).unwrap().code, "b/done");
        let a2 = tree.find("x", "a2").unwrap();
        assert_eq!(shortest_code_to(&tree, a2).unwrap().short, "1.1");
        let walk = parse_code(&tree, "1.1").unwrap();
        assert_eq!(walk.last, Some(Place::Node(a2)), "the code leads back to the node");
    }

    #[test]
    fn the_root_is_the_empty_walk_and_unreachable_nodes_and_jumps_have_none() {
        let tree = two_ways();
        let root = tree.find("root", "where").unwrap();
        assert_eq!(shortest_code_to(&tree, root).unwrap().code, "");
        assert_eq!(shortest_code_to(&tree, tree.find("x", "lost").unwrap()), None);
        assert_eq!(shortest_code_to(&tree, tree.find("x", "short").unwrap()), None);
    }

    #[test]
    fn every_place_a_built_in_path_stands_on_has_a_walk_no_longer_than_that_path() {
        let mut diags = Diagnostics::default();
        let tree = load_tree(&FileSet::built_in(Kind::Flows), &mut diags).unwrap();
        for path in all_paths(&tree) {
            for (depth, &(place, _)) in path.steps.iter().enumerate() {
                let walk = shortest_walk_to(&tree, place).unwrap();
                assert!(walk.steps.len() <= depth, "{}", path.codes.code);
                let code = codes(&tree, &walk.steps);
                assert_eq!(parse_code(&tree, &code.code).unwrap().last, Some(place));
            }
        }
    }

    #[test]
    fn counting_agrees_with_walking_with_and_without_loops() {
        let mut diags = Diagnostics::default();
        let shipped = load_tree(&FileSet::built_in(Kind::Flows), &mut diags).unwrap();
        let walked = for_each_path(&shipped, MAX_PATHS, |_, _| Ok::<(), ()>(())).unwrap();
        assert_eq!(count_paths(&shipped, MAX_PATHS), PathCount::Exactly(walked as u64));
        assert_eq!(all_paths(&shipped).len(), walked);
        // `two_ways` loops back to the root: counted by walking.
        let looping = two_ways();
        assert_eq!(count_paths(&looping, MAX_PATHS), PathCount::Exactly(3));
        assert_eq!(count_paths(&looping, 2), PathCount::AtLeast(3));
    }

    #[test]
    fn walking_past_the_limit_stops_before_the_next_path() {
        let tree = two_ways();
        let mut seen = Vec::new();
        let stopped = for_each_path(&tree, 2, |steps, end| {
            seen.push((codes(&tree, steps).code, end));
            Ok::<(), ()>(())
        });
        assert_eq!(stopped, Err(PathsStopped::TooMany(TooManyPaths { limit: 2 })));
        assert_eq!(seen.len(), 2);
        assert_eq!(paths_bounded(&tree, 2), Err(TooManyPaths { limit: 2 }));
        assert_eq!(paths_bounded(&tree, 3).map(|p| p.len()), Ok(3));
        assert_eq!(grouped(1_099_511_627_776), "1,099,511,627,776");
        assert_eq!(grouped(999), "999");
    }
}
