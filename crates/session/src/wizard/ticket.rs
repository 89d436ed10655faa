//! The support request summary shown at an escalation end: the fields the receiving desk's request
//! asks for — the desk and how to reach it, the problem type in its own words, its fields (fixed
//! values, or blanks the customer fills in), severity where it has one, the details of the walk —
//! then the codes and session id the receiving agent needs to reopen it. In one language; it speaks
//! to the customer, who copies it into the request.

use crate::engine::place::Place;
use crate::engine::tree::{Ask, ChannelId, MsgRef, NodeKind, Outcome, Severity};
use crate::i18n::{Localizer, agent};
use crate::wizard::session::Session;
use fluent_bundle::FluentArgs;

/// What a field the customer must fill in shows: a blank, never an instruction that would be pasted
/// into the request as its value. The same in every language.
pub const BLANK: &str = "____________";

/// One field of the summary: its label and its value, as the customer types them into the form.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// The escalation the summary is about: where the walk stands, or the last one it passed through
/// on its way to a request.
fn escalation_place(session: &Session<'_>) -> Option<Place> {
    let tree = session.tree();
    std::iter::once(session.place())
        .chain(session.answers().iter().rev().map(|c| c.place))
        .find(|&place| tree.outcome(place) == Some(Outcome::Escalate))
}

/// The desk the walk is handed to: where it stands (an escalation, or a contact that took the
/// customer), else the escalation it passed through on the way to a request.
pub fn desk(session: &Session<'_>) -> Option<ChannelId> {
    let tree = session.tree();
    tree.channel_at(session.place())
        .or_else(|| escalation_place(session).and_then(|place| tree.channel_at(place)))
}

/// The summary's fields, in the order of the desk's form, then the codes.
pub fn summary(session: &Session<'_>, localizer: &Localizer, lang: &str) -> Vec<Field> {
    let t = |id: &str| localizer.text(lang, id);
    let m = |message: &MsgRef| localizer.text(lang, &message.id);
    let field = |label: &str, value: String| Field { label: t(label), value };
    let tree = session.tree();
    let mut fields = Vec::new();
    let desk = desk(session).map(|c| tree.channel(c));
    let nothing_asked = Ask::default();
    let asked = escalation_place(session).map_or(&nothing_asked, |place| &tree.node(place.node()).ask);
    if let Some(desk) = desk {
        fields.push(field(agent::TICKET_DESK, m(&desk.name)));
        let reach = match &desk.link {
            Some(link) => format!("{}\n{}", m(&desk.reach), crate::text::sanitize(link)),
            None => m(&desk.reach),
        };
        fields.push(field(agent::TICKET_REACH, reach));
        for asked in &desk.fields {
            let value = match &asked.value {
                Some(value) => m(value),
                None => filled(session, &asked.label.id, localizer, lang),
            };
            fields.push(Field {
                label: m(&asked.label),
                value,
            });
        }
        let problem = asked.problem.as_ref().unwrap_or(&desk.problem);
        fields.push(field(agent::TICKET_PROBLEM_TYPE, m(problem)));
        if desk.severity {
            let mut level = FluentArgs::new();
            level.set(
                "level",
                match severity(session) {
                    Severity::A => "a",
                    Severity::B => "b",
                    Severity::C => "c",
                },
            );
            fields.push(field(
                agent::TICKET_SEVERITY,
                localizer.text_with(lang, agent::TICKET_SEVERITY_VALUE, Some(&level)),
            ));
        }
    }
    for label in &asked.fields {
        fields.push(Field {
            label: m(label),
            value: filled(session, &label.id, localizer, lang),
        });
    }
    fields.push(field(agent::TICKET_TIME_FRAME, BLANK.to_string()));
    fields.push(field(agent::TICKET_DETAILS, details(session, localizer, lang)));
    let codes = session.codes();
    let code = if codes.code.is_empty() {
        t(crate::i18n::ui::CODE_START)
    } else {
        format!("{} ({})", codes.code, codes.short)
    };
    fields.push(field(agent::TICKET_CODE, code));
    if !session.id().is_empty() {
        fields.push(field(agent::TICKET_SESSION, session.id().to_string()));
    }
    fields
}

/// The value an answer on the walk gave the field labelled `label` (the latest, if several did),
/// else a blank.
fn filled(session: &Session<'_>, label: &str, localizer: &Localizer, lang: &str) -> String {
    let tree = session.tree();
    session
        .answers()
        .iter()
        .rev()
        .filter_map(|choice| tree.choices(choice.place).get(choice.answer)?.fills.as_ref())
        .find(|fill| fill.field.id == label)
        .map_or_else(|| BLANK.to_string(), |fill| localizer.text(lang, &fill.value.id))
}

/// The severity the walk calls for: the highest any node on it names (`severity:` in the flows),
/// else C, minimal business impact.
pub fn severity(session: &Session<'_>) -> Severity {
    let tree = session.tree();
    session
        .answers()
        .iter()
        .map(|c| c.place)
        .chain(std::iter::once(session.place()))
        .filter_map(|place| match place {
            Place::Node(n) => tree.node(n).severity,
            Place::End(..) => None,
        })
        .max()
        .unwrap_or(Severity::C)
}

/// The walk as the portal's details box wants it: each question and its answer, the steps tried
/// (by their words) and the notes, then notes and tried steps written on steps off the final
/// path. One line each, none empty; the choice that leads on from an escalation end is left out.
fn details(session: &Session<'_>, localizer: &Localizer, lang: &str) -> String {
    let tree = session.tree();
    let mut lines = Vec::new();
    for choice in session.answers() {
        if tree.outcome(choice.place).is_some() {
            continue;
        }
        let asked = prompt(session, choice.place, localizer, lang);
        let answer = localizer.text(lang, &tree.choices(choice.place)[choice.answer].label.id);
        lines.push(format!("{asked} → {answer}"));
        lines.extend(extras(session, choice.place, localizer, lang));
    }
    lines.extend(extras(session, session.place(), localizer, lang));
    let elsewhere = session.noted_off_walk();
    if !elsewhere.is_empty() {
        lines.push(localizer.text(lang, agent::TRANSCRIPT_ELSEWHERE));
        for (place, _) in elsewhere {
            lines.push(format!("– {}", prompt(session, place, localizer, lang)));
            lines.extend(extras(session, place, localizer, lang));
        }
    }
    lines
        .iter()
        .map(|line| one_line(line))
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text on one line: line breaks become spaces, runs of ordinary spaces one (non-breaking spaces,
/// which French typography needs, are kept).
fn one_line(text: &str) -> String {
    let indent = text.len() - text.trim_start_matches(' ').len();
    let words: Vec<&str> = text
        .split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    format!("{}{}", " ".repeat(indent), words.join(" "))
}

/// A place's question, fix title or end heading.
fn prompt(session: &Session<'_>, place: Place, localizer: &Localizer, lang: &str) -> String {
    match (place, &session.tree().node(place.node()).kind) {
        (Place::Node(_), NodeKind::Question { text, .. }) => localizer.text(lang, &text.id),
        (Place::Node(_), NodeKind::Fix { title, .. }) => localizer.text(lang, &title.id),
        _ => match crate::wizard::screen::body(session.tree(), place, localizer, lang) {
            crate::wizard::screen::Body::End { heading, .. } => heading,
            _ => String::new(),
        },
    }
}

/// The tried steps (named by their words) and the notes of a place, as indented lines.
pub fn extras(session: &Session<'_>, place: Place, localizer: &Localizer, lang: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let tried = session.tried_at(place);
    if !tried.is_empty() {
        let mut args = FluentArgs::new();
        args.set("count", tried.len());
        lines.push(format!(
            "   {}",
            localizer.text_with(lang, agent::TICKET_TRIED, Some(&args))
        ));
        if let NodeKind::Fix { steps, .. } = &session.tree().node(place.node()).kind {
            for step in tried.iter().filter_map(|&i| steps.get(i)) {
                // A step that leads into its link ends with a colon; the summary has no link.
                let text = localizer.text(lang, &step.text.id);
                let text = text.trim_end().trim_end_matches(':').trim_end();
                lines.push(format!("   – {text}"));
            }
        }
    }
    for note in session.notes_at(place) {
        let sep = localizer.text(lang, agent::LABEL_SEPARATOR);
        lines.push(format!(
            "   {}{sep}{note}",
            localizer.text(lang, agent::TRANSCRIPT_NOTE)
        ));
    }
    lines
}
