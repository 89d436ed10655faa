//! The short code's check letter: a Damm check digit over the code's positions, started from a
//! digest of the walk's answer ids, written as one of ten letters that are told apart on the phone
//! in English and French and never taken for a digit.
//!
//! Started from the same ids, the Damm quasigroup catches every single wrong digit and every swap
//! of two neighbouring digits. A code read back wrong leads to another walk, and a code made on
//! another version of the tree (answers moved, renamed or added before it) to other ids; either
//! way the letter no longer matches, save about one time in ten when the other ids start the check
//! at the one digit that lands on the same letter (each position digit permutes the ten starts).

/// The ten letters, by check digit: A(0) F H K M R U W X Y(9). None looks like a digit (no O, I,
/// L, S, Z, B, G), and no two rhyme in either language's spelling alphabet (no B/D/P/T/V, M/N, F/S).
pub const CHECK_LETTERS: [char; 10] = ['A', 'F', 'H', 'K', 'M', 'R', 'U', 'W', 'X', 'Y'];

/// Damm's weakly totally anti-symmetric quasigroup of order 10.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The check letter of a walk: its answer ids and their 1-based positions, in order.
pub fn check_letter(ids: &[&str], positions: &[usize]) -> char {
    // FNV-1a over the ids, each ended by `/` so that `a/bc` and `ab/c` differ.
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    for id in ids {
        for byte in id.bytes().chain([b'/']) {
            digest ^= u64::from(byte);
            digest = digest.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let mut interim = (digest % 10) as u8;
    for position in positions {
        for digit in position.to_string().bytes() {
            interim = DAMM[usize::from(interim)][usize::from(digit - b'0')];
        }
    }
    CHECK_LETTERS[usize::from(interim)]
}

/// Whether `c` is a check letter, in either case.
pub fn is_check_letter(c: char) -> bool {
    CHECK_LETTERS.contains(&c.to_ascii_uppercase())
}

/// A code as [`super::as_typed`] gives it, and its check letter when it is a short code that has
/// one (`1.1.2-K`). A code in ids, or mixed, has none: its ids say what they mean.
pub fn split_check(code: &str) -> (&str, Option<char>) {
    if let Some((short, letter)) = code.rsplit_once('-')
        && let [letter] = letter.chars().collect::<Vec<_>>()[..]
        && is_check_letter(letter)
        && !short.is_empty()
        && short.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return (short, Some(letter.to_ascii_uppercase()));
    }
    (code, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_single_wrong_digit_or_swap_of_neighbours_changes_the_letter_for_the_same_ids() {
        let ids = ["verification", "no-sms", "no"];
        for a in 1..=9 {
            for b in 1..=9 {
                for c in 1..=9 {
                    let right = check_letter(&ids, &[a, b, c]);
                    for wrong in 1..=9 {
                        if wrong != b {
                            assert_ne!(
                                check_letter(&ids, &[a, wrong, c]),
                                right,
                                "{a}.{b}.{c} read {a}.{wrong}.{c}"
                            );
                        }
                    }
                    if a != b {
                        assert_ne!(check_letter(&ids, &[b, a, c]), right, "{a}.{b}.{c} read {b}.{a}.{c}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_letter_follows_the_ids_so_moved_answers_are_mostly_caught() {
        // The same positions under other ids (a tree whose answers moved): the letter changes unless
        // the ids' digest lands on the same start, one time in ten.
        let same = (0..1000)
            .filter(|n| {
                let other = format!("answer-{n}");
                check_letter(&["verification", &other], &[1, 2]) == check_letter(&["verification", "no-sms"], &[1, 2])
            })
            .count();
        assert!((50..=150).contains(&same), "{same} of 1000 alike");
    }

    #[test]
    fn only_a_short_code_carries_a_check_letter() {
        assert_eq!(split_check("1.1.2-K"), ("1.1.2", Some('K')));
        assert_eq!(split_check("1.1.2-k"), ("1.1.2", Some('K')));
        assert_eq!(split_check("1.1.2"), ("1.1.2", None));
        assert_eq!(
            split_check("verification/no-sms/no-a"),
            ("verification/no-sms/no-a", None)
        );
        assert_eq!(split_check("-K"), ("-K", None));
        assert_eq!(split_check("1.1.2-B"), ("1.1.2-B", None));
    }
}
