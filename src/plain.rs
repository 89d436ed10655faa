//! Plain (line) mode: the same screens as plain text, no colours, no box drawing, nothing redrawn, so
//! a screen reader can follow and a script can pipe answers in. Also renders `walk`.

use crate::engine::paths::CodeError;
use crate::i18n::{Localizer, ui};
use crate::screen::{Body, Screen};
use crate::session::{Effect, Msg, Session};
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

/// Runs the wizard line by line until `q` or the end of input.
pub fn run(
    session: &mut Session<'_>,
    localizer: &Localizer,
    lang: &str,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut lines = input.lines();
    let mut show = true;
    loop {
        let screen = Screen::of(session, localizer, lang);
        if show {
            write_screen(out, &screen, localizer, lang)?;
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
        let Some(line) = lines.next().transpose()? else {
            writeln!(out)?;
            writeln!(out, "{}", localizer.text(lang, ui::GOODBYE))?;
            return Ok(());
        };
        let input = line.trim();
        let msg = match input {
            "q" | "Q" => Msg::Quit,
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
            Effect::Ignored | Effect::BadCode(_) => {
                let mut args = FluentArgs::new();
                args.set("input", crate::text::sanitize(input));
                let id = if back { ui::AT_START } else { ui::INVALID };
                writeln!(out, "{}", localizer.text_with(lang, id, Some(&args)))?;
                show = false;
            }
        }
    }
}
