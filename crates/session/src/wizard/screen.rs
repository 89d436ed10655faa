//! A screen's content in one language: the topic, the codes, the breadcrumb, the question, fix or end,
//! and the choices. Built from a session; plain mode, `walk` and the full-screen UI all draw it.

use crate::engine::paths::Codes;
use crate::engine::place::Place;
use crate::engine::tree::{MsgRef, NodeKind, Outcome, Tree};
use crate::i18n::{Localizer, ui};
use crate::wizard::session::Session;

/// What the main part of a screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    Question {
        text: String,
        hint: Option<String>,
    },
    Fix {
        title: String,
        hint: Option<String>,
        steps: Vec<StepText>,
        question: String,
    },
    End {
        outcome: Outcome,
        heading: String,
        text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepText {
    pub text: String,
    pub link: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen {
    /// The topic's title (the root's title on the root question).
    pub topic: String,
    pub codes: Codes,
    /// The labels of the answers given so far.
    pub breadcrumb: Vec<String>,
    pub body: Body,
    pub choices: Vec<String>,
    /// The answer chosen here before going back, if any.
    pub remembered: Option<usize>,
    /// Whether a text here was led by the mark of a translation older than its English (only
    /// [`Screen::marking_older`] marks any).
    pub marked_older: bool,
}

impl Screen {
    pub fn of(session: &Session<'_>, localizer: &Localizer, lang: &str) -> Screen {
        Screen::marking_older(session, localizer, lang, None)
    }

    /// The screen, each of the tree's texts whose translation is older than its English (see
    /// [`Localizer::is_older_than_english`]) led by `mark`, when given: the bilingual view's.
    pub fn marking_older(session: &Session<'_>, localizer: &Localizer, lang: &str, mark: Option<&str>) -> Screen {
        let tree = session.tree();
        let place = session.place();
        let marked = std::cell::Cell::new(false);
        let t = |m: &MsgRef| text_of(localizer, lang, m, mark, &marked);
        let breadcrumb = session
            .answers()
            .iter()
            .map(|c| t(&tree.choices(c.place)[c.answer].label))
            .collect();
        Screen {
            topic: t(&tree.flow_of(place.node()).title),
            codes: session.codes(),
            breadcrumb,
            body: marked_body(tree, place, localizer, lang, mark, &marked),
            choices: tree.choices(place).iter().map(|a| t(&a.label)).collect(),
            remembered: session.remembered(),
            marked_older: marked.get(),
        }
    }
}

/// A tree's text in `lang`, led by `mark` when one is given and the translation is older than its
/// English (and then `marked` set).
fn text_of(
    localizer: &Localizer,
    lang: &str,
    m: &MsgRef,
    mark: Option<&str>,
    marked: &std::cell::Cell<bool>,
) -> String {
    let text = localizer.text(lang, &m.id);
    match mark {
        Some(mark) if localizer.is_older_than_english(lang, &m.id) => {
            marked.set(true);
            format!("{mark} {text}")
        }
        _ => text,
    }
}

/// What the main part of the screen at `place` shows, in `lang`.
pub fn body(tree: &Tree, place: Place, localizer: &Localizer, lang: &str) -> Body {
    marked_body(tree, place, localizer, lang, None, &std::cell::Cell::new(false))
}

fn marked_body(
    tree: &Tree,
    place: Place,
    localizer: &Localizer,
    lang: &str,
    mark: Option<&str>,
    marked: &std::cell::Cell<bool>,
) -> Body {
    let t = |m: &MsgRef| text_of(localizer, lang, m, mark, marked);
    let end = |outcome: Outcome, text: Option<String>| {
        let desk = tree.channel_at(place).map(|c| t(&tree.channel(c).name));
        let heading = match (outcome, &desk) {
            (Outcome::Resolved | Outcome::StartOver, _) | (Outcome::Escalate | Outcome::HandedOver, None) => {
                localizer.text(lang, ui::end_heading(outcome))
            }
            (Outcome::Escalate | Outcome::HandedOver, Some(desk)) => {
                let id = match outcome {
                    Outcome::HandedOver => ui::END_HANDED_OVER_DESK,
                    _ if tree.onward(place).is_some() => ui::END_ESCALATE_DESK,
                    _ => ui::END_ESCALATE_LAST,
                };
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("desk", desk.as_str());
                localizer.text_with(lang, id, Some(&args))
            }
        };
        Body::End { outcome, heading, text }
    };
    match place {
        Place::End(outcome, _) => end(outcome, None),
        Place::Node(n) => match &tree.node(n).kind {
            NodeKind::Question { text, hint, .. } => Body::Question {
                text: t(text),
                hint: hint.as_ref().map(t),
            },
            NodeKind::Fix { title, hint, steps, .. } => Body::Fix {
                title: t(title),
                hint: hint.as_ref().map(t),
                steps: steps
                    .iter()
                    .map(|s| StepText {
                        text: t(&s.text),
                        link: s.link.as_deref().map(crate::text::sanitize),
                    })
                    .collect(),
                question: localizer.text(
                    lang,
                    if tree.node(n).hands_over() {
                        ui::REQUEST_QUESTION
                    } else {
                        ui::FIX_QUESTION
                    },
                ),
            },
            NodeKind::End { outcome, text } => end(*outcome, text.as_ref().map(t)),
            // A jump is never a place; show where it leads rather than nothing.
            NodeKind::Jump { .. } => end(Outcome::Escalate, None),
        },
    }
}
