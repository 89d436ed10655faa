//! Redaction of card numbers from anything a user types (notes), before it is shown or stored.
//!
//! A card number here is what a payment card carries, and nothing else: 13–19 digits that pass the
//! Luhn check and start with a known issuer prefix for that length, written in one piece or in groups
//! joined by single spaces, dashes or dots (one kind per number; every group but the last has at least
//! 4 digits: 4-4-4-4, 4-6-5, 4-4-4-4-3). A number that is only part of a longer run of digits, groups
//! or letters (an order id, a reference) is left whole: nothing is ever cut out of the middle of one.

/// What a redacted card number becomes, in English (see [`redact_card_numbers_with`] for another).
pub const MARK: &str = "[card number removed]";

/// The separators allowed between the groups of a card number.
const SEPARATORS: [char; 3] = [' ', '-', '.'];

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
        if let Some(end) = card_number_at(&chars, i) {
            out.push_str(placeholder);
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Whether `c` makes the digits next to it part of a word or an id.
fn joins(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// If a card number starts at `start`, the index just past it. Looks at 19 digits at most, so a
/// long text takes time in proportion to its length.
fn card_number_at(chars: &[char], start: usize) -> Option<usize> {
    let at = |i: usize| chars.get(i).copied();
    let before = start.checked_sub(1).and_then(at);
    if !chars[start].is_ascii_digit() || before.is_some_and(joins) {
        return None;
    }
    let digit_at = |i: usize| at(i).is_some_and(|c| c.is_ascii_digit());
    // The groups from here, joined by the first separator met, as long as they go on.
    let mut groups: Vec<usize> = vec![0];
    let mut digits: Vec<u32> = Vec::new();
    let mut separator = None;
    let mut i = start;
    while let Some(c) = at(i) {
        if let Some(d) = c.to_digit(10) {
            if digits.len() == 19 {
                return None;
            }
            digits.push(d);
            if let Some(last) = groups.last_mut() {
                *last += 1;
            }
        } else if SEPARATORS.contains(&c) && separator.is_none_or(|s| s == c) && digit_at(i + 1) {
            separator = Some(c);
            groups.push(0);
        } else {
            break;
        }
        i += 1;
    }
    let end = i;
    // Glued to what comes before (a letter or digit is ruled out above): a dash or dot after one, or
    // the same separator after a digit (then this is a later group of a longer run).
    let before_that = start.checked_sub(2).and_then(at);
    let glued_before = match before {
        Some(c) if c == '-' || c == '.' => before_that.is_some_and(joins),
        Some(c) if separator.is_none_or(|s| s == c) && SEPARATORS.contains(&c) => {
            before_that.is_some_and(|c| c.is_ascii_digit())
        }
        _ => false,
    };
    let glued_after = match at(end) {
        Some(c) if joins(c) => true,
        Some(c) if c == '-' || c == '.' => at(end + 1).is_some_and(joins),
        _ => false,
    };
    let grouped = groups[..groups.len() - 1].iter().all(|&g| g >= 4);
    (!glued_before && !glued_after && grouped && issued(&digits) && luhn_valid(&digits)).then_some(end)
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
    use super::{MARK, redact_card_numbers, redact_card_numbers_with};

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
            // A card number at the start of a longer id.
            "4111-1111-1111-1111-2222",
        ] {
            assert_eq!(redact_card_numbers(text), text);
        }
    }
}
