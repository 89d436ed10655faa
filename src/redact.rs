//! Redaction of card numbers from anything a user types (notes): runs of 13–19 digits, spaces or
//! dashes allowed between them, that pass the Luhn check, are replaced before they are shown or stored.

/// What a redacted card number becomes.
pub const MARK: &str = "[card number removed]";

/// Replaces every Luhn-valid run of 13–19 digits (single spaces or dashes between digits allowed).
pub fn redact_card_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            && (i == 0 || !chars[i - 1].is_ascii_digit())
            && let Some(end) = card_number_at(&chars, i)
        {
            out.push_str(MARK);
            i = end;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// If a card number starts at `start`, the index just past it. Tries the longest run first so a
/// 16-digit number is not cut to a Luhn-valid 13-digit prefix.
fn card_number_at(chars: &[char], start: usize) -> Option<usize> {
    let mut digits = Vec::new();
    let mut ends = Vec::new();
    let mut i = start;
    while i < chars.len() && digits.len() < 19 {
        if let Some(d) = chars[i].to_digit(10) {
            digits.push(d);
            ends.push(i + 1);
            i += 1;
        } else if matches!(chars[i], ' ' | '-') && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    let followed_by_digit = |end: usize| chars.get(end).is_some_and(char::is_ascii_digit);
    (13..=digits.len().min(19))
        .rev()
        .find(|&n| luhn_valid(&digits[..n]) && !followed_by_digit(ends[n - 1]))
        .map(|n| ends[n - 1])
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
    use super::{MARK, redact_card_numbers};

    #[test]
    fn card_numbers_in_any_spacing_are_removed() {
        let expected = format!("card {MARK} declined");
        assert_eq!(redact_card_numbers("card 4111111111111111 declined"), expected);
        assert_eq!(redact_card_numbers("card 4111 1111 1111 1111 declined"), expected);
        assert_eq!(redact_card_numbers("card 4111-1111-1111-1111 declined"), expected);
        assert_eq!(redact_card_numbers("amex 378282246310005."), format!("amex {MARK}."));
    }

    #[test]
    fn numbers_that_are_not_card_numbers_stay() {
        // Fails the Luhn check.
        assert_eq!(redact_card_numbers("ref 4111111111111112"), "ref 4111111111111112");
        // Too short, too long, or a phone number.
        assert_eq!(redact_card_numbers("call 0612345678"), "call 0612345678");
        assert_eq!(
            redact_card_numbers("id 41111111111111110000"),
            "id 41111111111111110000"
        );
        assert_eq!(redact_card_numbers("subscription 1234-5678"), "subscription 1234-5678");
    }
}
