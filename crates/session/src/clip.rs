//! What `y` copies: what the screen is for. At an escalation end, the support-ticket summary; on a
//! fix, the link of the step under the cursor (or, without one, the fix as text); elsewhere, the
//! transcript as Markdown. The full screen sends it to the clipboard (OSC 52, see
//! `tui::terminal`); plain mode prints it. Also the base64 that OSC 52 carries.

use crate::engine::tree::Outcome;
use crate::i18n::{Localizer, agent};
use crate::transcript::{Build, Transcript};
use crate::wizard::screen::{Body, Screen};
use crate::wizard::session::Session;

/// What was copied, for the message that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Ticket,
    Link,
    Fix,
    Transcript,
}

impl What {
    /// The id of the message saying this was copied (full screen) or follows (plain mode).
    pub fn message(self) -> &'static str {
        match self {
            What::Ticket => agent::COPIED_TICKET,
            What::Link => agent::COPIED_LINK,
            What::Fix => agent::COPIED_FIX,
            What::Transcript => agent::COPIED_TRANSCRIPT,
        }
    }
}

/// A text to copy, and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clip {
    pub what: What,
    pub text: String,
}

/// What `y` copies on the session's screen in `lang`. `step` is the step of a fix under the
/// cursor, if any; `build` makes the transcript (without it, the screen as plain text stands in).
pub fn of(
    session: &Session<'_>,
    localizer: &Localizer,
    lang: &str,
    build: Option<&Build<'_>>,
    step: Option<usize>,
) -> Clip {
    if session.outcome() == Some(Outcome::Escalate) {
        return Clip {
            what: What::Ticket,
            text: ticket_text(session, localizer, lang),
        };
    }
    let screen = Screen::of(session, localizer, lang);
    if let Body::Fix { title, steps, .. } = &screen.body {
        if let Some(link) = step.and_then(|s| steps.get(s)).and_then(|s| s.link.clone()) {
            return Clip {
                what: What::Link,
                text: link,
            };
        }
        let mut text = format!("{title}\n");
        for (i, step) in steps.iter().enumerate() {
            text.push_str(&format!("{}. {}\n", i + 1, step.text.replace('\n', "\n   ")));
            if let Some(link) = &step.link {
                text.push_str(&format!("   {link}\n"));
            }
        }
        return Clip { what: What::Fix, text };
    }
    let text = if let Some(build) = build {
        // A copy is no save: its Markdown says when it was copied.
        let mut transcript = Transcript::of(session, build, jiff::Timestamp::now());
        transcript.copied = true;
        transcript.markdown(localizer).to_string()
    } else {
        let mut out = Vec::new();
        let _ = crate::wizard::lines::write_screen(&mut out, &screen, localizer, lang);
        String::from_utf8_lossy(&out).into_owned()
    };
    Clip {
        what: What::Transcript,
        text,
    }
}

/// The support-ticket summary as text, one field a line, as plain mode shows it.
pub fn ticket_text(session: &Session<'_>, localizer: &Localizer, lang: &str) -> String {
    let mut text = format!("{}\n", localizer.text(lang, agent::TICKET_HEADING));
    let separator = localizer.text(lang, agent::LABEL_SEPARATOR);
    for field in crate::wizard::ticket::summary(session, localizer, lang) {
        let value = field.value.lines().collect::<Vec<_>>().join("\n    ");
        text.push_str(&format!("  {}{separator}{value}\n", field.label));
    }
    text
}

/// Standard base64 (RFC 4648, with padding), as OSC 52 carries the copied text.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_rfc_4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
    }
}
