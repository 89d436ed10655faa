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

/// Follows a code (either form, or a mix) from the root.
pub fn parse_code(tree: &Tree, code: &str) -> Result<Walk, CodeError> {
    let mut place = tree.start();
    let mut walk = Walk::default();
    let code = code.trim();
    let parts: Vec<&str> = if code.is_empty() {
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

/// Every path from the root to an end, depth first in answer order. A path stops at the first end
/// (escalation ends do not follow on into the support-ticket topic) or when it comes back to a place
/// already on it. Iterative, so deep trees cannot overflow the stack.
pub fn all_paths(tree: &Tree) -> Vec<TreePath> {
    let mut out = Vec::new();
    let mut steps: Vec<(Place, usize)> = Vec::new();
    let mut on_path: std::collections::HashSet<Place> = std::collections::HashSet::new();
    // Each frame: a place and the next answer to try there.
    let mut stack: Vec<(Place, usize)> = vec![(tree.start(), 0)];
    on_path.insert(tree.start());
    while let Some(&mut (place, ref mut next)) = stack.last_mut() {
        if *next == 0
            && let Some(outcome) = tree.outcome(place)
        {
            out.push(TreePath {
                codes: codes(tree, &steps),
                end: PathEnd::Outcome(outcome),
                steps: steps.clone(),
            });
            *next = usize::MAX;
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
            out.push(TreePath {
                codes: codes(tree, &steps),
                end: PathEnd::Loop,
                steps: steps.clone(),
            });
            steps.pop();
        } else {
            on_path.insert(target);
            stack.push((target, 0));
        }
    }
    out
}
