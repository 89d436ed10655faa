//! One node's kind from its YAML keys — question, fix, jump or end — with its messages, and the
//! targets it names ([`Pending`]), left for the linker to resolve.

use super::super::diagnostic::{Diagnostics, Pos};
use super::super::format::grammar::is_kebab_case;
use super::super::format::raw::{RawDone, RawNode, RawOutcome, RawStep};
use super::super::tree::{Answer, Fill, FlowId, MsgRef, NodeKind, Outcome, Span, Step, Target};
use super::{FIX_NO, FIX_YES, REQUEST_NO, REQUEST_YES, msg, span_pos};
use crate::engine::lint::Lint;
use serde_saphyr::Spanned;
use std::collections::HashMap;

/// A target as written, waiting for every node to be known.
pub(super) struct Pending {
    pub(super) file: usize,
    pub(super) flow: FlowId,
    pub(super) text: String,
    pub(super) pos: Pos,
}

pub(super) fn node_kind(
    file: usize,
    flow: FlowId,
    name: &str,
    raw: RawNode,
    diags: &mut Diagnostics,
) -> (NodeKind, Vec<Option<Pending>>) {
    let node_pos = span_pos(&raw.id);
    let pending = |s: &Spanned<String>| {
        Some(Pending {
            file,
            flow,
            text: s.value.clone(),
            pos: span_pos(s),
        })
    };
    let kinds: Vec<&str> = [
        raw.question.as_ref().map(|_| "question"),
        raw.fix.as_ref().map(|_| "fix"),
        raw.jump.as_ref().map(|_| "jump"),
        raw.end.as_ref().map(|_| "end"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if kinds.len() != 1 {
        let message = if kinds.is_empty() {
            format!(
                "node `{}` needs one of `question`, `fix`, `jump` or `end`",
                raw.id.value
            )
        } else {
            format!(
                "node `{}` has more than one kind ({}); keep one",
                raw.id.value,
                kinds.join(", ")
            )
        };
        diags.error(Lint::MisplacedKey, name, node_pos, message);
    }
    let stray = |key: &str, present: bool, diags: &mut Diagnostics| {
        if present {
            diags.error(
                Lint::MisplacedKey,
                name,
                node_pos,
                format!(
                    "`{key}` does not belong on a {} node (node `{}`)",
                    kinds.first().unwrap_or(&"kindless"),
                    raw.id.value
                ),
            );
        }
    };
    if raw.question.is_none() {
        stray("severity", raw.severity.is_some(), diags);
    }
    if raw.fix.is_none() {
        stray("done", raw.done.is_some(), diags);
    }
    let escalation_end = raw.end.as_ref().is_some_and(|e| e.value == RawOutcome::Escalate);
    if raw.fix.is_none() && !escalation_end {
        stray("channel", raw.channel.is_some(), diags);
    }
    if !escalation_end {
        stray("problem", raw.problem.is_some(), diags);
        stray("fields", raw.fields.is_some(), diags);
    }
    if let Some(question) = &raw.question {
        stray("steps", raw.steps.is_some(), diags);
        stray("otherwise", raw.otherwise.is_some(), diags);
        stray("text", raw.text.is_some(), diags);
        let answers = raw.answers.as_ref().map_or(&[][..], |a| &a.value[..]);
        if answers.is_empty() {
            let pos = raw.answers.as_ref().map_or(node_pos, span_pos);
            diags.error(
                Lint::NoAnswers,
                name,
                pos,
                format!("question `{}` has no answers", raw.id.value),
            );
        }
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        let mut list = Vec::new();
        let mut targets = Vec::new();
        for answer in answers {
            let pos = span_pos(&answer.id);
            if let Some(first) = seen.get(answer.id.value.as_str()) {
                diags.error(
                    Lint::DuplicateId,
                    name,
                    pos,
                    format!(
                        "duplicate answer id `{}` in question `{}` (first at line {}:{})",
                        answer.id.value, raw.id.value, first.line, first.col
                    ),
                );
            }
            seen.insert(&answer.id.value, pos);
            if !is_kebab_case(&answer.id.value) {
                diags.error(
                    Lint::NotKebabCase,
                    name,
                    pos,
                    format!("answer id `{}` is not lowercase kebab-case", answer.id.value),
                );
            }
            let fills = answer.fills.as_ref().map(|fill| {
                let at = Some(Span {
                    file,
                    pos: span_pos(fill),
                });
                Fill {
                    field: MsgRef {
                        id: fill.value.field.clone(),
                        at,
                    },
                    value: MsgRef {
                        id: fill.value.value.clone(),
                        at,
                    },
                }
            });
            list.push(Answer {
                id: answer.id.value.clone(),
                label: msg(file, &answer.label),
                next: Target::End(Outcome::Escalate),
                at: Some(Span { file, pos }),
                fills,
            });
            targets.push(pending(&answer.next));
        }
        let kind = NodeKind::Question {
            text: msg(file, question),
            hint: raw.hint.as_ref().map(|h| msg(file, h)),
            answers: list,
        };
        return (kind, targets);
    }
    if let Some(title) = &raw.fix {
        stray("answers", raw.answers.is_some(), diags);
        stray("text", raw.text.is_some(), diags);
        let raw_steps = raw.steps.as_ref().map_or(&[][..], |s| &s.value[..]);
        if raw_steps.is_empty() {
            diags.error(
                Lint::NoSteps,
                name,
                raw.steps.as_ref().map_or(node_pos, span_pos),
                format!("fix `{}` has no steps", raw.id.value),
            );
        }
        let steps = raw_steps
            .iter()
            .map(|step| {
                let at = Some(Span {
                    file,
                    pos: span_pos(step),
                });
                match &step.value {
                    RawStep::Text(text) => Step {
                        text: MsgRef { id: text.clone(), at },
                        link: None,
                    },
                    RawStep::Linked(linked) => {
                        if !crate::engine::format::grammar::is_link(&linked.link) {
                            diags.error(
                                Lint::BadLink,
                                name,
                                span_pos(step),
                                format!("link `{}` is not an https, http or mailto address", linked.link),
                            );
                        }
                        Step {
                            text: MsgRef {
                                id: linked.text.clone(),
                                at,
                            },
                            link: Some(linked.link.clone()),
                        }
                    }
                }
            })
            .collect();
        let done = raw.done.as_ref().map(|d| (d.value, span_pos(d)));
        match (done, &raw.channel) {
            (Some((RawDone::HandedOver, pos)), None) => diags.error(Lint::ContactWithoutDesk,
                name,
                pos,
                format!(
                    "fix `{}` hands the customer over to a person: name the desk with `channel:` (one of root.yaml's `channels`)",
                    raw.id.value
                ),
            ),
            (Some((RawDone::Resolved, pos)), Some(channel)) => diags.error(Lint::ContactMarkedResolved,
                name,
                pos,
                format!(
                    "fix `{}` sends the customer to `{}`, a person: its \"Yes\" is handed-over, never resolved; remove `done: resolved`",
                    raw.id.value, channel.value
                ),
            ),
            _ => {}
        }
        let hands_over = raw.channel.is_some() || done.is_some_and(|(d, _)| d == RawDone::HandedOver);
        let (yes, no, done) = if hands_over {
            (REQUEST_YES, REQUEST_NO, Outcome::HandedOver)
        } else {
            (FIX_YES, FIX_NO, Outcome::Resolved)
        };
        let answers = vec![
            Answer {
                id: "yes".into(),
                label: MsgRef::built_in(yes),
                next: Target::End(done),
                at: None,
                fills: None,
            },
            Answer {
                id: "no".into(),
                label: MsgRef::built_in(no),
                next: Target::End(Outcome::Escalate),
                at: None,
                fills: None,
            },
        ];
        let kind = NodeKind::Fix {
            title: msg(file, title),
            hint: raw.hint.as_ref().map(|h| msg(file, h)),
            steps,
            answers,
        };
        return (kind, vec![raw.otherwise.as_ref().and_then(pending)]);
    }
    for (key, present) in [
        ("answers", raw.answers.is_some()),
        ("steps", raw.steps.is_some()),
        ("otherwise", raw.otherwise.is_some()),
        ("hint", raw.hint.is_some()),
    ] {
        stray(key, present, diags);
    }
    if let Some(jump) = &raw.jump {
        stray("text", raw.text.is_some(), diags);
        return (
            NodeKind::Jump {
                to: Target::End(Outcome::Escalate),
            },
            vec![pending(jump)],
        );
    }
    let outcome = match raw.end.as_ref().map(|e| e.value) {
        Some(RawOutcome::Resolved) => Outcome::Resolved,
        Some(RawOutcome::StartOver) => Outcome::StartOver,
        Some(RawOutcome::HandedOver) => Outcome::HandedOver,
        Some(RawOutcome::Escalate) | None => Outcome::Escalate,
    };
    (
        NodeKind::End {
            outcome,
            text: raw.text.as_ref().map(|t| msg(file, t)),
        },
        Vec::new(),
    )
}
