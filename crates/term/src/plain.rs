//! Plain mode, the front end that asks line by line: read a line (or the end of input, or a
//! signal), turn it into a message for the session, show what changed; leave as the session says,
//! saving first when it says so. Its screens are written by [`crate::wizard::lines`].

use crate::desk::{Desk, Said};
use crate::engine::tree::Outcome;
use crate::i18n::{agent, ui};
use crate::text::SafeWriter;
use crate::transcript::Leaving;
use crate::wizard::lines::{write_body, write_choices, write_ticket};
use crate::wizard::screen::Screen;
use crate::wizard::session::{Effect, Msg, QuitChoice, Session};
use fluent_bundle::FluentArgs;
use std::io::{self, Write};

use signal_hook::consts::SIGINT;

/// What plain mode reads: a line, the end of input, or a signal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Line(String),
    End,
    Signal(i32),
}

/// Plain mode's commands besides numbers, one table for parsing and for the prompt's words.
const COMMANDS: &[(&str, Command)] = &[
    ("q", Command::Quit),
    ("s", Command::Save),
    ("n", Command::Note),
    ("f", Command::Flag),
    ("b", Command::Back),
    ("r", Command::Restart),
    ("y", Command::Copy),
    ("t", Command::Tried),
    ("l", Command::Language),
    ("p", Command::Path),
    ("?", Command::Help),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Command {
    Quit,
    Save,
    Note,
    /// `f [REASON]`: flag this step as wrong or out of date.
    Flag,
    Back,
    Restart,
    /// Print what the full screen's `y` copies (`y N`: the link of step N).
    Copy,
    /// `t N`: mark step N of a fix as tried, or not any more.
    Tried,
    /// Switch to the next language.
    Language,
    /// Read the path so far (the breadcrumb) again.
    Path,
    /// List the commands.
    Help,
}

/// The message a typed line asks for, if any.
fn parse(line: &str) -> Option<Msg> {
    let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
    let command = COMMANDS.iter().find(|(key, _)| key.eq_ignore_ascii_case(word));
    match command.map(|(_, c)| *c) {
        Some(Command::Quit) => Some(Msg::Quit),
        Some(Command::Tried) => rest
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .map(|n| Msg::ToggleTried(n - 1)),
        Some(Command::Save | Command::Copy | Command::Language | Command::Path | Command::Help) => None,
        Some(Command::Note) => Some(Msg::Note(rest.to_string())),
        Some(Command::Flag) => Some(Msg::Flag(rest.to_string())),
        Some(Command::Back) => Some(Msg::Back),
        Some(Command::Restart) => Some(Msg::Restart),
        None => word
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .map(|n| Msg::Choose(n - 1)),
    }
}

/// The answer to the quit question: yes (y, o, oui) saves, n discards, anything else stays.
fn quit_answer(line: &str) -> QuitChoice {
    match line.trim() {
        typed if crate::desk::is_yes(typed) => QuitChoice::Save,
        "n" | "N" => QuitChoice::Discard,
        _ => QuitChoice::Stay,
    }
}

/// Runs the wizard line by line until the session says to leave: `q` (asking first when there are
/// unsaved notes), the end of input or a signal (saving unsaved notes first). Besides answers:
/// `n TEXT` adds a note to this step, `s` saves a transcript. Returns how it left.
pub fn run(
    session: &mut Session<'_>,
    desk: &mut Desk<'_>,
    input: impl Iterator<Item = Input>,
    out: &mut impl Write,
) -> io::Result<Leaving> {
    run_prompting(session, desk, input, out, None)
}

/// Like [`run`], with the prompts written to `prompts` when given (standard error, when standard
/// output is not the terminal the person reads: prompts must reach them).
pub fn run_prompting(
    session: &mut Session<'_>,
    desk: &mut Desk<'_>,
    mut input: impl Iterator<Item = Input>,
    out: &mut impl Write,
    mut prompts: Option<&mut dyn Write>,
) -> io::Result<Leaving> {
    // Notes and texts reopened from a transcript or a journal come from outside: every line out
    // is sanitised, whatever builds it.
    let out = &mut SafeWriter::new(&mut *out);
    let localizer = desk.localizer;
    let mut show = true;
    let mut asking = false;
    // The whole prompt the first time, and again after an empty line; the short one otherwise.
    let mut whole_prompt = true;
    loop {
        // The screens in the customer's language; prompts, help and what is said in the agent's.
        let lang = session.lang().to_string();
        let agent = session.agent_lang().to_string();
        let screen = Screen::of(session, localizer, &lang);
        if show {
            // The breadcrumb is read again only on `p`; the ticket summary comes before the answer.
            write_body(out, &screen, localizer, &lang, false)?;
            if session.outcome() == Some(Outcome::Escalate) {
                write_ticket(out, session, localizer, &lang)?;
                writeln!(out)?;
            }
            write_choices(out, &screen)?;
        }
        show = false;
        let mut args = FluentArgs::new();
        args.set("count", screen.choices.len());
        let prompt = match (asking, screen.choices.is_empty()) {
            (true, _) => localizer.text(&agent, agent::QUIT_UNSAVED),
            (false, true) if whole_prompt => localizer.text_with(&agent, ui::PROMPT_END, Some(&args)),
            (false, false) if whole_prompt => localizer.text_with(&agent, ui::PROMPT, Some(&args)),
            (false, true) => localizer.text(&agent, ui::PROMPT_END_SHORT),
            (false, false) => localizer.text_with(&agent, ui::PROMPT_SHORT, Some(&args)),
        };
        whole_prompt = false;
        out.flush()?;
        let prompt_to: &mut dyn Write = match prompts.as_mut() {
            Some(prompts) => *prompts,
            None => out,
        };
        write!(prompt_to, "{prompt} ")?;
        prompt_to.flush()?;
        let next = input.next().unwrap_or(Input::End);
        if matches!(next, Input::End | Input::Signal(_)) {
            writeln!(prompt_to)?;
        }
        let (msg, typed) = match next {
            Input::End => (Some(Msg::EndOfInput), String::new()),
            Input::Signal(signal) if signal == SIGINT => (Some(Msg::Interrupt), String::new()),
            Input::Signal(signal) => (Some(Msg::Signal(signal)), String::new()),
            Input::Line(line) if asking => (Some(Msg::QuitAnswer(quit_answer(&line))), String::new()),
            Input::Line(line) => {
                let typed = line.trim().to_string();
                if typed.is_empty() {
                    // Nothing typed: the whole prompt again, not a complaint about nothing.
                    whole_prompt = true;
                    continue;
                }
                if COMMANDS
                    .iter()
                    .any(|(k, c)| *c == Command::Save && k.eq_ignore_ascii_case(&typed))
                {
                    save(session, desk, out)?;
                    continue;
                }
                if let Some(("y" | "Y", rest)) = Some(typed.split_once(' ').unwrap_or((&typed, ""))) {
                    let step = rest.trim().parse::<usize>().ok().and_then(|n| n.checked_sub(1));
                    let copied = desk.copy(session, step, None);
                    writeln!(out)?;
                    writeln!(out, "{}", copied.clip.text.trim_end())?;
                    writeln!(out)?;
                    continue;
                }
                match COMMANDS
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(&typed))
                    .map(|(_, c)| *c)
                {
                    Some(Command::Help) => {
                        writeln!(out, "{}", localizer.text(&agent, ui::PLAIN_HELP))?;
                        continue;
                    }
                    Some(Command::Path) => {
                        let mut crumbs = vec![localizer.text(&agent, ui::TUI_START)];
                        crumbs.extend(Screen::of(session, localizer, &agent).breadcrumb);
                        writeln!(out, "{}", crumbs.join(" › "))?;
                        continue;
                    }
                    Some(Command::Language) => {
                        if desk.switch_language(session) == Effect::Changed {
                            keep(session, desk, out)?;
                            writeln!(out)?;
                            show = true;
                        }
                        continue;
                    }
                    _ => {}
                }
                (parse(&typed), typed)
            }
        };
        asking = false;
        let back = msg == Some(Msg::Back);
        let tried = match msg {
            Some(Msg::ToggleTried(step)) => Some(step),
            _ => None,
        };
        let (effect, said) = msg.map_or((Effect::Ignored, None), |msg| desk.send(session, msg));
        keep(session, desk, out)?;
        match effect {
            Effect::Exit(stop) => {
                let leaving = desk.leave(session, stop);
                keep(session, desk, out)?;
                // The Markdown of a failed save is for the caller to put where it cannot be lost.
                if let Some((line, _)) = leaving.message(localizer, &agent) {
                    writeln!(out, "{line}")?;
                }
                writeln!(out, "{}", localizer.text(&agent, ui::GOODBYE))?;
                return Ok(leaving);
            }
            Effect::ConfirmQuit => asking = true,
            Effect::Moved => {
                writeln!(out)?;
                show = true;
            }
            Effect::Changed => match tried {
                Some(step) => {
                    let on = session.tried_at(session.place()).contains(&step);
                    let mut args = FluentArgs::new();
                    args.set("step", step + 1);
                    let id = if on { agent::PLAIN_TRIED } else { agent::PLAIN_UNTRIED };
                    writeln!(out, "{}", localizer.text_with(&agent, id, Some(&args)))?;
                }
                None => {
                    if let Some(said) = said {
                        writeln!(out, "{}", said.words(localizer, &agent))?;
                    }
                }
            },
            Effect::Ignored | Effect::BadCode(_) => {
                let mut args = FluentArgs::new();
                args.set("input", crate::text::sanitize(&typed));
                let no_steps = tried.is_some() && !matches!(screen.body, crate::wizard::screen::Body::Fix { .. });
                let id = match (back, no_steps) {
                    (true, _) => ui::AT_START,
                    (false, true) => ui::NO_STEPS,
                    (false, false) => ui::INVALID,
                };
                writeln!(out, "{}", localizer.text_with(&agent, id, Some(&args)))?;
            }
        }
    }
}

/// Keeps the session's new events in the journal; if that fails, says so once and goes on without.
fn keep(session: &Session<'_>, desk: &mut Desk<'_>, out: &mut impl Write) -> io::Result<()> {
    match desk.keep(session, "") {
        Some(said) => say(out, desk, session, &said),
        None => Ok(()),
    }
}

fn say(out: &mut impl Write, desk: &Desk<'_>, session: &Session<'_>, said: &Said) -> io::Result<()> {
    writeln!(out, "{}", said.words(desk.localizer, session.agent_lang()))
}

/// `s`: saves a transcript and says where, or why not.
fn save(session: &mut Session<'_>, desk: &mut Desk<'_>, out: &mut impl Write) -> io::Result<()> {
    match desk.save(session) {
        Ok(path) => {
            for line in crate::transcript::saved_lines(&path, desk.localizer, session.agent_lang()) {
                writeln!(out, "{line}")?;
            }
        }
        Err(failed) => say(out, desk, session, &failed.said())?,
    }
    keep(session, desk, out)
}
