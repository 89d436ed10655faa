//! Path codes and path enumeration. A path code names a walk by answer ids (`verification/no-sms/no`);
//! the short code by 1-based positions and a check letter (`1.1.2-K`, see [`check`]). Every command
//! that takes a code takes either form.

mod check;
mod enumerate;

pub use check::{CHECK_LETTERS, check_letter};

pub use enumerate::*;

use super::place::Place;
use super::tree::Tree;
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

/// Builds both codes from the places and answers of a walk: the short code of a walk of one answer
/// or more ends with its check letter (`1.1.2-K`); the empty walk's is empty.
pub fn codes(tree: &Tree, steps: &[(Place, usize)]) -> Codes {
    let ids: Vec<&str> = steps
        .iter()
        .map(|&(place, i)| tree.choices(place)[i].id.as_str())
        .collect();
    let positions: Vec<usize> = steps.iter().map(|(_, i)| i + 1).collect();
    let mut short = positions.iter().map(ToString::to_string).collect::<Vec<_>>().join(".");
    if !steps.is_empty() {
        short.push('-');
        short.push(check_letter(&ids, &positions));
    }
    Codes {
        code: ids.join("/"),
        short,
    }
}

/// Why a code does not fit the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// A part names no answer offered where it is tried.
    NoFit {
        /// The part that does not fit, and its 1-based position in the code.
        part: String,
        index: usize,
        /// The answers offered where it was tried (id, position), empty at an end.
        offered: Vec<String>,
    },
    /// Every part fits, but the check letter given is not the walk's: a digit misheard or two swapped,
    /// or a code made on another version of the tree, whose answers have moved since.
    CheckFails {
        /// The short code as read (`1.2.2`), and the letter given with it.
        short: String,
        given: char,
    },
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::NoFit { part, index, offered } if offered.is_empty() => {
                let part = crate::text::echo(part);
                write!(
                    f,
                    "part {index} `{part}` does not fit: the walk has already ended there"
                )
            }
            CodeError::NoFit { part, index, offered } => {
                let part = crate::text::echo(part);
                write!(
                    f,
                    "part {index} `{part}` does not fit: the answers there are {}",
                    offered.join(", ")
                )
            }
            CodeError::CheckFails { short, given } => write!(
                f,
                "check letter `{given}` does not match `{short}`: a digit may be misheard or two swapped, \
                 or the code comes from another version of the tree; ask for the code again, read from the \
                 screen's status bar, or for the path code in words (`topic/answer/…`)"
            ),
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

/// A code as people say or paste it, in the form [`parse_code`] reads: the status bar's whole line
/// (`Code: verification/no-sms · 1.1-H`: the answer ids are kept, the short code is the same walk)
/// and short codes read out with spaces, dashes or commas, their check letter in either case and
/// with or without a separator (`1 1 2 k`, `1-1-2-K`, `1,1,2`, `1.1.2K` are `1.1.2-K`, `1.1.2`).
pub fn as_typed(code: &str) -> String {
    let mut code = code.trim();
    // The status bar's line: a label before `:` (codes themselves hold none), ids before `·`.
    if let Some((_, rest)) = code.split_once(':') {
        code = rest.trim();
    }
    if let Some((ids, short)) = code.split_once('·') {
        let ids = ids.trim();
        code = if ids.is_empty() { short.trim() } else { ids };
    }
    let (digits, letter) = match code.chars().last() {
        Some(last) if check::is_check_letter(last) => (&code[..code.len() - last.len_utf8()], Some(last)),
        _ => (code, None),
    };
    let spoken = digits
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | ',' | '.'))
        && digits.chars().any(|c| c.is_ascii_digit());
    if !spoken {
        return code.to_string();
    }
    let mut short = digits
        .split([' ', '-', ',', '.'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(".");
    if let Some(letter) = letter {
        short.push('-');
        short.push(letter.to_ascii_uppercase());
    }
    short
}

/// Follows a code (either form, or a mix, as people say or paste it: [`as_typed`]) from the root.
pub fn parse_code(tree: &Tree, code: &str) -> Result<Walk, CodeError> {
    let mut place = tree.start();
    let mut walk = Walk::default();
    let code = as_typed(code);
    let (code, given) = check::split_check(&code);
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
            return Err(CodeError::NoFit {
                part: part.to_string(),
                index: n + 1,
                offered,
            });
        };
        walk.steps.push((place, index));
        place = tree.choose(place, index).unwrap_or(place);
    }
    if let Some(given) = given {
        let ids: Vec<&str> = walk
            .steps
            .iter()
            .map(|&(place, i)| tree.choices(place)[i].id.as_str())
            .collect();
        let positions: Vec<usize> = walk.steps.iter().map(|(_, i)| i + 1).collect();
        if check_letter(&ids, &positions) != given {
            return Err(CodeError::CheckFails {
                short: code.to_string(),
                given,
            });
        }
    }
    walk.last = Some(place);
    Ok(walk)
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

    #[test]
    fn codes_are_read_as_people_say_or_paste_them() {
        for said in ["1 1 2", "1-1-2", "1,1,2", " 1 . 1 . 2 ", "1.1.2"] {
            assert_eq!(as_typed(said), "1.1.2", "{said:?}");
        }
        for said in ["1 1 2 k", "1-1-2-K", "1,1,2,K", "1.1.2K", "1.1.2-k", "1 1 2 - K"] {
            assert_eq!(as_typed(said), "1.1.2-K", "{said:?}");
        }
        // A letter that is no check letter, or ids: left as they are, for parse_code to name.
        assert_eq!(as_typed("1.1.2-B"), "1.1.2-B");
        assert_eq!(as_typed("verification/no-sms/x"), "verification/no-sms/x");
        assert_eq!(as_typed("Code: verification/no-sms · 1.1"), "verification/no-sms");
        assert_eq!(as_typed("Code : verification/no-sms · 1.1"), "verification/no-sms");
        assert_eq!(as_typed("verification/no-sms/no"), "verification/no-sms/no");
        assert_eq!(as_typed("start"), "start");
        assert_eq!(as_typed("Code: start · 1"), "start");
    }
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
    fn a_short_code_is_read_with_or_without_its_letter_and_refused_when_the_letter_is_wrong() {
        let tree = two_ways();
        let short = codes(&tree, &parse_code(&tree, "a/on").unwrap().steps).short;
        let (bare, letter) = short.split_once('-').unwrap();
        assert_eq!(bare, "1.1");
        for typed in [
            short.clone(),
            bare.to_string(),
            format!("1 1 {}", letter.to_lowercase()),
        ] {
            assert_eq!(
                parse_code(&tree, &typed).unwrap(),
                parse_code(&tree, "a/on").unwrap(),
                "{typed}"
            );
        }
        let wrong = CHECK_LETTERS.iter().find(|&&c| c.to_string() != letter).unwrap();
        let error = parse_code(&tree, &format!("1.1-{wrong}")).unwrap_err();
        assert_eq!(
            error,
            CodeError::CheckFails {
                short: "1.1".into(),
                given: *wrong
            }
        );
        assert!(error.to_string().contains("another version of the tree"), "{error}");
    }

    #[test]
    fn the_shortest_walk_takes_the_fewest_answers_and_follows_jumps() {
        let tree = two_ways();
        let target = tree.find("x", "target").unwrap();
        let codes = shortest_code_to(&tree, target).unwrap();
        assert_eq!(codes.code, "b");
        assert_eq!(codes.short, format!("2-{}", check_letter(&["b"], &[2])));
        let end = tree.find("x", "end").unwrap();
        assert_eq!(shortest_code_to(&tree, end).unwrap().code, "b/done");
        let a2 = tree.find("x", "a2").unwrap();
        assert_eq!(
            shortest_code_to(&tree, a2).unwrap().short,
            format!("1.1-{}", check_letter(&["a", "on"], &[1, 1]))
        );
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
