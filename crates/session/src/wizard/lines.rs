//! A screen as lines of plain text: no colours, no box drawing, nothing redrawn, so a screen reader
//! can follow and a script can pipe answers in. Plain mode writes its screens with it, `walk` every
//! screen along a code, and `y` what it copies; the line-by-line loop is the binary's `plain`.

use crate::engine::paths::CodeError;
use crate::engine::tree::Outcome;
use crate::i18n::{Localizer, agent, ui};
use crate::text::SafeWriter;
use crate::wizard::screen::{Body, Screen};
use crate::wizard::session::{Msg, Session};
use std::io::{self, Write};

/// Writes one screen as plain text (sanitised, as everything plain mode writes: [`SafeWriter`]).
pub fn write_screen(out: &mut impl Write, screen: &Screen, localizer: &Localizer, lang: &str) -> io::Result<()> {
    let out = &mut SafeWriter::new(&mut *out);
    write_body(out, screen, localizer, lang, true)?;
    write_choices(out, screen)
}

/// Writes the screen the session stands on: at an escalation end, the support request summary
/// comes before the choices, so the choice is the last thing read.
pub fn write_place(out: &mut impl Write, session: &Session<'_>, localizer: &Localizer, lang: &str) -> io::Result<()> {
    let screen = Screen::of(session, localizer, lang);
    write_body(out, &screen, localizer, lang, true)?;
    if session.outcome() == Some(Outcome::Escalate) {
        write_ticket(out, session, localizer, lang)?;
    }
    write_choices(out, &screen)
}

pub fn write_choices(out: &mut impl Write, screen: &Screen) -> io::Result<()> {
    for (i, choice) in screen.choices.iter().enumerate() {
        writeln!(out, "  [{}] {choice}", i + 1)?;
    }
    Ok(())
}

/// Writes a screen but its answers: the topic, the code, the breadcrumb (if asked for), the text.
pub fn write_body(
    out: &mut impl Write,
    screen: &Screen,
    localizer: &Localizer,
    lang: &str,
    crumbs: bool,
) -> io::Result<()> {
    writeln!(out, "== {} ==", screen.topic)?;
    let code = if screen.codes.code.is_empty() {
        localizer.text(lang, ui::CODE_START)
    } else {
        format!("{} · {}", screen.codes.code, screen.codes.short)
    };
    let separator = localizer.text(lang, agent::LABEL_SEPARATOR);
    writeln!(out, "{}{separator}{code}", localizer.text(lang, ui::CODE))?;
    if crumbs && !screen.breadcrumb.is_empty() {
        writeln!(out, "{}", screen.breadcrumb.join(" › "))?;
    }
    writeln!(out)?;
    match &screen.body {
        Body::Question { text, hint } => {
            writeln!(out, "{text}")?;
            if let Some(hint) = hint {
                writeln!(out, "{hint}")?;
            }
        }
        Body::Fix {
            title,
            hint,
            steps,
            question,
        } => {
            writeln!(out, "{title}")?;
            if let Some(hint) = hint {
                writeln!(out, "{hint}")?;
            }
            for (i, step) in steps.iter().enumerate() {
                writeln!(out, "  {}. {}", i + 1, indent(&step.text, "     "))?;
                if let Some(link) = &step.link {
                    writeln!(out, "     {link}")?;
                }
            }
            writeln!(out)?;
            writeln!(out, "{question}")?;
        }
        Body::End { heading, text, .. } => {
            writeln!(out, "{heading}")?;
            if let Some(text) = text {
                writeln!(out, "{text}")?;
            }
        }
    }
    Ok(())
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines().collect::<Vec<_>>().join(&format!("\n{prefix}"))
}

/// `walk CODE`: every screen along the code, each followed by the answer chosen on it.
pub fn write_walk(
    out: &mut impl Write,
    session: &mut Session<'_>,
    code: &str,
    localizer: &Localizer,
    lang: &str,
) -> Result<(), WalkError> {
    let out = &mut SafeWriter::new(&mut *out);
    let walk = crate::engine::paths::parse_code(session.tree(), code).map_err(WalkError::Code)?;
    session.update(Msg::Restart);
    for &(_, answer) in &walk.steps {
        let screen = Screen::of(session, localizer, lang);
        write_place(out, session, localizer, lang)?;
        writeln!(
            out,
            "> {} [{}] {}",
            localizer.text(lang, ui::CHOSEN),
            answer + 1,
            screen.choices[answer]
        )?;
        writeln!(out)?;
        session.update(Msg::Choose(answer));
    }
    write_place(out, session, localizer, lang)?;
    Ok(())
}

/// Why `walk` stopped: the code does not fit, or the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    #[error("{0}")]
    Code(CodeError),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// The support request summary, one field a line, ready to copy into the portal.
pub fn write_ticket(out: &mut impl Write, session: &Session<'_>, localizer: &Localizer, lang: &str) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", localizer.text(lang, agent::TICKET_HEADING))?;
    let separator = localizer.text(lang, agent::LABEL_SEPARATOR);
    for field in crate::wizard::ticket::summary(session, localizer, lang) {
        writeln!(out, "  {}{separator}{}", field.label, indent(&field.value, "    "))?;
    }
    Ok(())
}
