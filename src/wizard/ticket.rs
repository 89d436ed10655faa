//! The support-ticket summary shown at an escalation end: the fields the portal's new support request
//! asks for, filled from the topic, the answers, the tried steps and the notes, in one language.

use crate::engine::place::Place;
use crate::engine::tree::NodeKind;
use crate::i18n::{Localizer, agent};
use crate::wizard::session::Session;
use fluent_bundle::FluentArgs;

/// One field of the summary: its label and its value, as the agent types them into the portal.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// The summary's fields, in the portal's order.
pub fn summary(session: &Session<'_>, localizer: &Localizer, lang: &str) -> Vec<Field> {
    let t = |id: &str| localizer.text(lang, id);
    let field = |label: &str, value: String| Field { label: t(label), value };
    let tree = session.tree();
    let topic = session.answers().get(1).map_or(session.place(), |c| c.place).node();
    let mut time = FluentArgs::new();
    time.set("time", session.started().strftime("%Y-%m-%d %H:%M UTC").to_string());
    vec![
        field(agent::TICKET_ISSUE_TYPE, t(agent::TICKET_ISSUE_TYPE_VALUE)),
        field(agent::TICKET_SUBSCRIPTION, t(agent::TICKET_SUBSCRIPTION_VALUE)),
        field(agent::TICKET_SEVERITY, t(agent::TICKET_SEVERITY_VALUE)),
        field(
            agent::TICKET_PROBLEM_TYPE,
            localizer.text(lang, &tree.flow_of(topic).title.id),
        ),
        field(agent::TICKET_DETAILS, details(session, localizer, lang)),
        field(
            agent::TICKET_TIME_FRAME,
            localizer.text_with(lang, agent::TICKET_TIME_FRAME_VALUE, Some(&time)),
        ),
    ]
}

/// The walk as the portal's details box wants it: each answer, then the steps tried and the notes.
fn details(session: &Session<'_>, localizer: &Localizer, lang: &str) -> String {
    let tree = session.tree();
    let mut lines = Vec::new();
    for (i, choice) in session.answers().iter().enumerate() {
        let asked = prompt(session, choice.place, localizer, lang);
        let answer = localizer.text(lang, &tree.choices(choice.place)[choice.answer].label.id);
        lines.push(format!("{}. {asked} → {answer}", i + 1));
        lines.extend(extras(session, choice.place, localizer, lang));
    }
    lines.extend(extras(session, session.place(), localizer, lang));
    let elsewhere = session.noted_off_walk();
    if !elsewhere.is_empty() {
        lines.push(localizer.text(lang, agent::TRANSCRIPT_ELSEWHERE));
        for (place, code) in elsewhere {
            let code = if code.is_empty() { "–".to_string() } else { code };
            lines.push(format!("{code} — {}", prompt(session, place, localizer, lang)));
            lines.extend(extras(session, place, localizer, lang));
        }
    }
    lines.join("\n")
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

/// The tried steps and notes of a place, as indented lines.
pub fn extras(session: &Session<'_>, place: Place, localizer: &Localizer, lang: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let tried = session.tried_at(place);
    if !tried.is_empty() {
        let steps: Vec<String> = tried.iter().map(|s| (s + 1).to_string()).collect();
        let mut args = FluentArgs::new();
        args.set("steps", steps.join(", "));
        lines.push(format!(
            "   {}",
            localizer.text_with(lang, agent::TRANSCRIPT_TRIED, Some(&args))
        ));
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
