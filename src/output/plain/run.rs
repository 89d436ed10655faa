//! Plain mode's loop: read a line (or the end of input, or a signal), turn it into a message for
//! the session, show what changed; leave as the session says, saving first when it says so.

use super::{write_body, write_choices, write_ticket};
use crate::engine::tree::Outcome;
use crate::i18n::{Localizer, agent, ui};
use crate::text::SafeWriter;
use crate::transcript::journal::Journal;
use crate::transcript::{Leaving, Saver};
use crate::wizard::screen::Screen;
use crate::wizard::session::{Effect, Msg, QuitChoice, Session};
use fluent_bundle::FluentArgs;
use std::io::{self, Write};

/// SIGINT: Ctrl-C at the terminal, an interrupt.
const SIGINT: i32 = 2;

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

/// The answer to the quit question: y (o in French) saves, n discards, anything else stays.
fn quit_answer(line: &str) -> QuitChoice {
    match line.trim() {
        "y" | "Y" | "o" | "O" => QuitChoice::Save,
        "n" | "N" => QuitChoice::Discard,
        _ => QuitChoice::Stay,
    }
}

/// What plain mode needs besides the session: texts, where to save, the journal.
pub struct Aids<'a> {
    pub localizer: &'a Localizer,
    pub saver: &'a Saver<'a>,
    /// Where the session's log goes as it happens, if anywhere.
    pub journal: Option<Journal>,
}

/// Runs the wizard line by line until the session says to leave: `q` (asking first when there are
/// unsaved notes), the end of input or a signal (saving unsaved notes first). Besides answers:
/// `n TEXT` adds a note to this step, `s` saves a transcript. Returns how it left.
pub fn run(
    session: &mut Session<'_>,
    aids: &mut Aids<'_>,
    input: impl Iterator<Item = Input>,
    out: &mut impl Write,
) -> io::Result<Leaving> {
    run_prompting(session, aids, input, out, None)
}

/// Like [`run`], with the prompts written to `prompts` when given (standard error, when standard
/// output is not the terminal the person reads: prompts must reach them).
pub fn run_prompting(
    session: &mut Session<'_>,
    aids: &mut Aids<'_>,
    mut input: impl Iterator<Item = Input>,
    out: &mut impl Write,
    mut prompts: Option<&mut dyn Write>,
) -> io::Result<Leaving> {
    // Notes and texts reopened from a transcript or a journal come from outside: every line out
    // is sanitised, whatever builds it.
    let out = &mut SafeWriter::new(&mut *out);
    let localizer = aids.localizer;
    let mut show = true;
    let mut asking = false;
    // The language `y` last printed the summary in, and the log's length then.
    let mut copied_in: Option<(usize, String)> = None;
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
                    save(session, aids, out)?;
                    continue;
                }
                if let Some(("y" | "Y", rest)) = Some(typed.split_once(' ').unwrap_or((&typed, ""))) {
                    let step = rest.trim().parse::<usize>().ok().and_then(|n| n.checked_sub(1));
                    // The summary in the agent's language, then `y` again in the customer's.
                    let events = session.log().len();
                    let in_lang = match &copied_in {
                        Some((at, last)) if *at == events && *last == agent => lang.clone(),
                        _ if session.outcome() == Some(Outcome::Escalate) => agent.clone(),
                        _ => lang.clone(),
                    };
                    copied_in = Some((events, in_lang.clone()));
                    let clip = crate::output::clip::of(session, localizer, &in_lang, Some(&aids.saver.build), step);
                    writeln!(out)?;
                    writeln!(out, "{}", clip.text.trim_end())?;
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
                        let languages = localizer.languages();
                        let at = languages.iter().position(|l| *l == lang).unwrap_or(0);
                        let next = languages[(at + 1) % languages.len().max(1)].to_string();
                        if session.update(Msg::Language(next)) == Effect::Changed {
                            sync(session, aids, out)?;
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
        let flag = matches!(msg, Some(Msg::Flag(_)));
        let tried = match msg {
            Some(Msg::ToggleTried(step)) => Some(step),
            _ => None,
        };
        let effect = msg.map_or(Effect::Ignored, |msg| session.update(msg));
        sync(session, aids, out)?;
        match effect {
            Effect::Exit(stop) => {
                let leaving = Leaving::from(stop, aids.saver, session);
                if leaving.saved.is_some() && !leaving.keeps_journal() {
                    session.update(Msg::Saved);
                    sync(session, aids, out)?;
                }
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
                None if flag => writeln!(out, "{}", localizer.text(&agent, agent::FLAG_ADDED))?,
                Some(step) => {
                    let on = session.tried_at(session.place()).contains(&step);
                    let mut args = FluentArgs::new();
                    args.set("step", step + 1);
                    let id = if on { agent::PLAIN_TRIED } else { agent::PLAIN_UNTRIED };
                    writeln!(out, "{}", localizer.text_with(&agent, id, Some(&args)))?;
                }
                None => writeln!(out, "{}", localizer.text(&agent, agent::NOTE_ADDED))?,
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

/// Appends the session's new events to the journal; if that fails, says so once and goes on
/// without it.
fn sync(session: &Session<'_>, aids: &mut Aids<'_>, out: &mut impl Write) -> io::Result<()> {
    if let Some(journal) = aids.journal.as_mut()
        && let Err(error) = journal.sync(session)
    {
        aids.journal = None;
        let mut args = FluentArgs::new();
        args.set("reason", crate::text::sanitize(&error.to_string()));
        writeln!(
            out,
            "{}",
            aids.localizer
                .text_with(session.agent_lang(), agent::JOURNAL_OFF, Some(&args))
        )?;
    }
    Ok(())
}

/// Saves a transcript and says where, or why not. True when it was saved.
fn save(session: &mut Session<'_>, aids: &mut Aids<'_>, out: &mut impl Write) -> io::Result<bool> {
    let (localizer, lang) = (aids.localizer, session.agent_lang().to_string());
    let mut args = FluentArgs::new();
    let saved = match aids.saver.save(session) {
        Ok(path) => {
            session.update(Msg::Saved);
            for line in crate::transcript::saved_lines(&path, localizer, &lang) {
                writeln!(out, "{line}")?;
            }
            true
        }
        Err(reason) => {
            args.set("reason", crate::text::sanitize(&reason.to_string()));
            writeln!(out, "{}", localizer.text_with(&lang, agent::SAVE_FAILED, Some(&args)))?;
            false
        }
    };
    sync(session, aids, out)?;
    Ok(saved)
}
