//! Redaction of card numbers from anything a user types (notes), before it is shown or stored.
//!
//! Redaction looks at a note as it will be shown: [`clean_note`] first sanitises it (invisible
//! characters go, so none can hide a number) and folds every run of white space (double spaces,
//! line breaks of a paste, tabs) into one space, then removes card numbers; the text that comes out
//! is the one stored, journalled, summarised, copied and saved, everywhere the same.
//!
//! A card number here is what a payment card carries, and nothing else: 13–19 digits that pass the
//! Luhn check and start with a known issuer prefix for that length, written in one piece or in groups
//! joined by any run of spaces, line breaks, dashes, dots, slashes or underscores (every group but the
//! last has at least 4 digits: 4-4-4-4, 4-6-5, 4-4-4-4-3). A number that is only part of a longer
//! token of digits or letters glued by dashes, dots, slashes or underscores (an order id, a
//! reference) is left whole: nothing is ever cut out of the middle of one. Numbers only set apart
//! by white space are words of their own: a card number between two of them is removed.

/// What a redacted card number becomes, in English (see [`redact_card_numbers_with`] for another).
pub const MARK: &str = "[card number removed]";

/// A note as it is shown, stored and saved: sanitised, its white space folded to single spaces and
/// trimmed, then its card numbers replaced with `placeholder`.
pub fn clean_note(text: &str, placeholder: &str) -> String {
    let shown = crate::text::sanitize(text);
    let mut folded = String::with_capacity(shown.len());
    let mut chars = shown.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_whitespace() {
            folded.push(c);
            continue;
        }
        let mut run = 1;
        while chars.next_if(|c| c.is_whitespace()).is_some() {
            run += 1;
        }
        // A lone no-break space (French typography) stays as it is; any other run is one space.
        folded.push(if run == 1 && c != '\n' { c } else { ' ' });
    }
    redact_card_numbers_with(&folded, placeholder)
}

/// Replaces every card number in `text` with [`MARK`].
pub fn redact_card_numbers(text: &str) -> String {
    redact_card_numbers_with(text, MARK)
}

/// Replaces every card number in `text` with `placeholder` (a localised mark, say).
pub fn redact_card_numbers_with(text: &str, placeholder: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_run = chars[i].is_ascii_digit() && !i.checked_sub(1).is_some_and(|b| chars[b].is_ascii_digit());
        if !starts_run {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let run = Run::at(&chars, i);
        let mut from = i;
        for (start, end) in run.card_numbers(&chars) {
            out.extend(&chars[from..start]);
            out.push_str(placeholder);
            from = end;
        }
        out.extend(&chars[from..run.end]);
        i = run.end;
    }
    out
}

/// Whether `c` may stand between the digit groups of a card number.
fn separates(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '/' | '_' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Whether `c` makes the digits next to it part of a word or an id.
fn joins(c: char) -> bool {
    c.is_alphanumeric()
}

/// Digit groups one after another, each two joined by a run of separators.
struct Run {
    /// Each group's first index and the index just past it.
    groups: Vec<(usize, usize)>,
    /// Just past the last group.
    end: usize,
    /// Glued to a word or id before it (a letter, or a letter then a dash, dot, slash…).
    glued_before: bool,
    /// Glued to a word or id after it.
    glued_after: bool,
}

impl Run {
    /// The run whose first digit is at `start`. Takes time in proportion to its length.
    fn at(chars: &[char], start: usize) -> Run {
        let at = |i: usize| chars.get(i).copied();
        let digits_from = |mut i: usize| {
            while at(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            i
        };
        let mut groups = vec![(start, digits_from(start))];
        loop {
            let last = groups[groups.len() - 1].1;
            let mut next = last;
            while at(next).is_some_and(separates) {
                next += 1;
            }
            if next > last && at(next).is_some_and(|c| c.is_ascii_digit()) {
                groups.push((next, digits_from(next)));
            } else {
                break;
            }
        }
        let end = groups[groups.len() - 1].1;
        // Before: a letter right there, or a run of dashes, dots… (no white space) after one.
        let mut before = start;
        while before > 0 && separates(chars[before - 1]) && !chars[before - 1].is_whitespace() {
            before -= 1;
        }
        // (A digit there cannot be: its run would have taken this one in.)
        let glued_before = before > 0 && joins(chars[before - 1]);
        let mut after = end;
        while at(after).is_some_and(|c| separates(c) && !c.is_whitespace()) {
            after += 1;
        }
        let glued_after = at(after).is_some_and(joins);
        Run {
            groups,
            end,
            glued_before,
            glued_after,
        }
    }

    /// Whether the separator between group `i` and the next holds white space: the two are words
    /// of their own.
    fn spaced_after(&self, chars: &[char], i: usize) -> bool {
        chars[self.groups[i].1..self.groups[i + 1].0]
            .iter()
            .any(|c| c.is_whitespace())
    }

    /// The card numbers in the run, left to right, as (first index, index just past): the whole
    /// run, or groups of it set apart by white space from the rest, the longest first.
    fn card_numbers(&self, chars: &[char]) -> Vec<(usize, usize)> {
        let n = self.groups.len();
        let mut found = Vec::new();
        let mut first = 0;
        while first < n {
            let starts_free = if first == 0 {
                !self.glued_before
            } else {
                self.spaced_after(chars, first - 1)
            };
            let mut best = None;
            if starts_free {
                let mut digits: Vec<u32> = Vec::new();
                for last in first..n {
                    let (from, to) = self.groups[last];
                    if last > first && self.groups[last - 1].1 - self.groups[last - 1].0 < 4 {
                        // Every group but the last has at least 4 digits.
                        break;
                    }
                    digits.extend(chars[from..to].iter().filter_map(|c| c.to_digit(10)));
                    if digits.len() > 19 {
                        break;
                    }
                    let ends_free = if last == n - 1 {
                        !self.glued_after
                    } else {
                        self.spaced_after(chars, last)
                    };
                    if ends_free && issued(&digits) && luhn_valid(&digits) {
                        best = Some(last);
                    }
                }
            }
            match best {
                Some(last) => {
                    found.push((self.groups[first].0, self.groups[last].1));
                    first = last + 1;
                }
                None => first += 1,
            }
        }
        found
    }
}

/// Whether a card issuer gives out numbers of this length with this prefix: Visa, Mastercard,
/// American Express, Discover, JCB, Diners Club, UnionPay and Maestro.
fn issued(digits: &[u32]) -> bool {
    let length = digits.len();
    if !(13..=19).contains(&length) {
        return false;
    }
    let prefix = |n: usize| digits[..n].iter().fold(0, |value, d| value * 10 + d);
    match digits[0] {
        // Visa
        4 => matches!(length, 13 | 16 | 19),
        // Mastercard's 2-series
        2 => (2221..=2720).contains(&prefix(4)) && length == 16,
        3 => {
            let amex = matches!(prefix(2), 34 | 37) && length == 15;
            let diners = ((300..=305).contains(&prefix(3)) || matches!(prefix(2), 36 | 38 | 39) || prefix(4) == 3095)
                && length >= 14;
            let jcb = (3528..=3589).contains(&prefix(4)) && length >= 16;
            amex || diners || jcb
        }
        // Mastercard 51–55; Maestro 50 and 56–59
        5 => match prefix(2) {
            51..=55 => length == 16,
            _ => true,
        },
        // Discover (6011, 644–649, 65), UnionPay (62), Maestro (the rest of 6)
        6 => true,
        _ => false,
    }
}

fn luhn_valid(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::{MARK, clean_note, redact_card_numbers, redact_card_numbers_with};

    #[test]
    fn any_run_of_separators_between_groups_still_makes_a_card_number() {
        let expected = format!("C={MARK} D={MARK} E={MARK} F={MARK}");
        assert_eq!(
            redact_card_numbers(
                "C=4111  1111 1111 1111 D=5555/5555/5555/4444 E=4111_1111_1111_1111 F=3782 - 822463 - 10005"
            ),
            expected
        );
        assert_eq!(redact_card_numbers("4111 1111\n1111 1111"), MARK);
        assert_eq!(redact_card_numbers("4111 1111 \r\n 1111\t1111"), MARK);
        assert_eq!(redact_card_numbers("4111.-1111/ 1111 1111."), format!("{MARK}."));
    }

    #[test]
    fn a_card_number_among_other_numbers_set_apart_by_spaces_is_removed() {
        assert_eq!(
            redact_card_numbers("card 4111 1111 1111 1111 12/28 cvv 123"),
            format!("card {MARK} 12/28 cvv 123")
        );
        assert_eq!(
            redact_card_numbers("ticket 2024 4111111111111111"),
            format!("ticket 2024 {MARK}")
        );
    }

    #[test]
    fn a_note_is_cleaned_as_it_will_be_shown_then_redacted() {
        // A double space, a line break of a paste, an invisible character hiding a number.
        assert_eq!(
            clean_note("  C=4111  1111 1111 1111\n\nthen 4111\u{200B}1111 1111 1111  ", MARK),
            format!("C={MARK} then {MARK}")
        );
        // French no-break spaces stay; a run of anything else is one space.
        assert_eq!(
            clean_note("appel\u{a0}: rappeler   demain", MARK),
            "appel\u{a0}: rappeler demain"
        );
        // Cleaning twice changes nothing.
        let once = clean_note("a  4111-1111-1111-1111\n b", MARK);
        assert_eq!(clean_note(&once, MARK), once);
    }

    #[test]
    fn card_numbers_in_any_spacing_are_removed() {
        let expected = format!("card {MARK} declined");
        assert_eq!(redact_card_numbers("card 4111111111111111 declined"), expected);
        assert_eq!(redact_card_numbers("card 4111 1111 1111 1111 declined"), expected);
        assert_eq!(redact_card_numbers("card 4111-1111-1111-1111 declined"), expected);
        assert_eq!(redact_card_numbers("card 4111.1111.1111.1111 declined"), expected);
        assert_eq!(redact_card_numbers("amex 378282246310005."), format!("amex {MARK}."));
    }

    #[test]
    fn the_placeholder_is_the_callers() {
        assert_eq!(
            redact_card_numbers_with("carte 4111 1111 1111 1111", "[numéro de carte retiré]"),
            "carte [numéro de carte retiré]"
        );
    }

    #[test]
    fn numbers_that_are_not_card_numbers_stay() {
        for text in [
            // Fails the Luhn check.
            "ref 4111111111111112",
            // Too short, too long, or a phone number.
            "call 0612345678",
            "id 41111111111111110000",
            "subscription 1234-5678",
            // Short numbers that together pass the Luhn check.
            "orders 00015 00016 00017",
            // A card number at the start of a longer id, or glued to one.
            "4111-1111-1111-1111-2222",
            "order_4111111111111111",
            "ref-4111111111111111.pdf",
            "id4111 1111 1111 1111",
        ] {
            assert_eq!(redact_card_numbers(text), text);
        }
    }
}
