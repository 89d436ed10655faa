//! Plain (line) mode: the same screens as plain text, no colours, no box drawing, nothing redrawn, so
//! a screen reader can follow and a script can pipe answers in. Also renders `walk`.

use crate::engine::paths::CodeError;
use crate::engine::tree::Outcome;
use crate::i18n::{Localizer, agent, ui};
use crate::screen::{Body, Screen};
use crate::session::{Effect, Msg, Session};
use crate::transcript::Saver;
use fluent_bundle::FluentArgs;
use std::io::{self, BufRead, Write};

/// Writes one screen as plain text.
pub fn write_screen(out: &mut impl Write, screen: &Screen, localizer: &Localizer, lang: &str) -> io::Result<()> {
    writeln!(out, "== {} ==", screen.topic)?;
    let code = if screen.codes.code.is_empty() {
        localizer.text(lang, ui::CODE_START)
    } else {
        format!("{} · {}", screen.codes.code, screen.codes.short)
    };
    writeln!(out, "{}: {code}", localizer.text(lang, ui::CODE))?;
    if !screen.breadcrumb.is_empty() {
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
    for (i, choice) in screen.choices.iter().enumerate() {
        writeln!(out, "  [{}] {choice}", i + 1)?;
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
    let walk = crate::engine::paths::parse_code(session.tree(), code).map_err(WalkError::Code)?;
    session.update(Msg::Restart);
    for &(_, answer) in &walk.steps {
        let screen = Screen::of(session, localizer, lang);
        write_screen(out, &screen, localizer, lang)?;
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
    write_screen(out, &Screen::of(session, localizer, lang), localizer, lang)?;
    Ok(())
}

#[derive(Debug)]
pub enum WalkError {
    Code(CodeError),
    Io(io::Error),
}

impl From<io::Error> for WalkError {
    fn from(e: io::Error) -> Self {
        WalkError::Io(e)
    }
}

/// Runs the wizard line by line until `q` or the end of input. Besides answers: `n TEXT` adds a note
/// to this step, `s` saves a transcript; quitting with unsaved notes asks first, and at the end of
/// input unsaved notes are saved rather than lost.
pub fn run(
    session: &mut Session<'_>,
    localizer: &Localizer,
    lang: &str,
    saver: &Saver<'_>,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut lines = input.lines();
    let mut show = true;
    loop {
        let screen = Screen::of(session, localizer, lang);
        if show {
            write_screen(out, &screen, localizer, lang)?;
            if session.outcome() == Some(Outcome::Escalate) {
                write_ticket(out, session, localizer, lang)?;
            }
        }
        let mut args = FluentArgs::new();
        args.set("count", screen.choices.len());
        let prompt = if screen.choices.is_empty() {
            ui::PROMPT_END
        } else {
            ui::PROMPT
        };
        write!(out, "{} ", localizer.text_with(lang, prompt, Some(&args)))?;
        out.flush()?;
        show = false;
        let Some(line) = lines.next().transpose()? else {
            writeln!(out)?;
            if session.has_unsaved_work() {
                save(session, localizer, lang, saver, out)?;
            }
            writeln!(out, "{}", localizer.text(lang, ui::GOODBYE))?;
            return Ok(());
        };
        let input = line.trim();
        let (command, rest) = input.split_once(' ').unwrap_or((input, ""));
        let msg = match command {
            "q" | "Q" => {
                if session.has_unsaved_work() {
                    write!(out, "{} ", localizer.text(lang, agent::QUIT_UNSAVED))?;
                    out.flush()?;
                    let answer = lines.next().transpose()?.unwrap_or_default();
                    match answer.trim() {
                        "y" | "Y" | "o" | "O" => {
                            if !save(session, localizer, lang, saver, out)? {
                                continue;
                            }
                        }
                        "n" | "N" => {}
                        _ => continue,
                    }
                }
                Msg::Quit
            }
            "s" | "S" => {
                save(session, localizer, lang, saver, out)?;
                continue;
            }
            "n" | "N" => Msg::Note(rest.to_string()),
            "b" | "B" => Msg::Back,
            "r" | "R" => Msg::Restart,
            n => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Msg::Choose(n - 1),
                _ => Msg::Choose(usize::MAX),
            },
        };
        let back = msg == Msg::Back;
        match session.update(msg) {
            Effect::Quit => {
                writeln!(out, "{}", localizer.text(lang, ui::GOODBYE))?;
                return Ok(());
            }
            Effect::Moved => {
                writeln!(out)?;
                show = true;
            }
            Effect::Changed => writeln!(out, "{}", localizer.text(lang, agent::NOTE_ADDED))?,
            Effect::Ignored | Effect::BadCode(_) => {
                let mut args = FluentArgs::new();
                args.set("input", crate::text::sanitize(input));
                let id = if back { ui::AT_START } else { ui::INVALID };
                writeln!(out, "{}", localizer.text_with(lang, id, Some(&args)))?;
            }
        }
    }
}

/// The support-ticket summary, one field a line, ready to copy into the portal.
fn write_ticket(out: &mut impl Write, session: &Session<'_>, localizer: &Localizer, lang: &str) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", localizer.text(lang, agent::TICKET_HEADING))?;
    let separator = localizer.text(lang, agent::LABEL_SEPARATOR);
    for field in crate::ticket::summary(session, localizer, lang) {
        writeln!(out, "  {}{separator}{}", field.label, indent(&field.value, "    "))?;
    }
    Ok(())
}

/// Saves a transcript and says where, or why not. True when it was saved.
fn save(
    session: &mut Session<'_>,
    localizer: &Localizer,
    lang: &str,
    saver: &Saver<'_>,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut args = FluentArgs::new();
    match saver.save(session, lang) {
        Ok(path) => {
            session.update(Msg::Saved);
            args.set("path", crate::text::sanitize(&path.display().to_string()));
            writeln!(out, "{}", localizer.text_with(lang, agent::SAVE_DONE, Some(&args)))?;
            Ok(true)
        }
        Err(reason) => {
            args.set("reason", crate::text::sanitize(&reason));
            writeln!(out, "{}", localizer.text_with(lang, agent::SAVE_FAILED, Some(&args)))?;
            Ok(false)
        }
    }
}
