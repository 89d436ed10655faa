//! A transcript as Markdown, to paste into a support case: the codes, the outcome, the final walk
//! with its notes, flags and tried steps, where it stopped, then every note, flag and tried step written on a
//! step the walk no longer passes through (with the code it was written under), and the ticket
//! summary. Every text from the transcript is sanitised and escaped, and the document as a whole is
//! [`Safe`].

use super::{PlaceRecord, Transcript};
use crate::i18n::{Localizer, agent};
use crate::text::Safe;
use fluent_bundle::FluentArgs;

pub(super) fn render(transcript: &Transcript, localizer: &Localizer) -> Safe {
    let lang = &transcript.lang;
    let t = |id: &str| localizer.text(lang, id);
    let sep = t(agent::LABEL_SEPARATOR);
    let mut md = String::new();
    let outcome = transcript.outcome.map_or_else(
        || t(agent::TRANSCRIPT_UNFINISHED),
        |o| {
            // In the transcript's language, as `report` names it (the JSON keeps the id).
            let mut args = FluentArgs::new();
            args.set("outcome", o.as_str());
            localizer.text_with(lang, agent::REPORT_OUTCOME, Some(&args))
        },
    );
    let code = if transcript.code.is_empty() {
        "–".to_string()
    } else {
        format!("{} · {}", code_span(&transcript.code), code_span(&transcript.short))
    };
    md.push_str(&format!("# {}\n\n", t(agent::TRANSCRIPT_TITLE)));
    md.push_str(&format!("- {}{sep}{code}\n", t(agent::TRANSCRIPT_CODE)));
    md.push_str(&format!("- {}{sep}{outcome}\n", t(agent::TRANSCRIPT_OUTCOME)));
    md.push_str(&format!(
        "- {}{sep}{} · {} {} · {}\n\n",
        t(if transcript.copied {
            agent::TRANSCRIPT_COPIED
        } else {
            agent::TRANSCRIPT_SAVED
        }),
        transcript.saved.strftime("%Y-%m-%d %H:%M:%S UTC"),
        escape(&transcript.program),
        escape(&transcript.version),
        escape(lang)
    ));
    md.push_str(&format!("## {}\n\n", t(agent::TRANSCRIPT_STEPS)));
    for (i, step) in transcript.steps.iter().enumerate() {
        md.push_str(&format!(
            "{}. {} — **{}** ({})\n",
            i + 1,
            escape(&step.place.text),
            escape(&step.answer_text),
            step.time.strftime("%H:%M:%S")
        ));
        if let (Some(agent), Some(text), Some(answer)) =
            (&transcript.agent_lang, &step.place.agent_text, &step.agent_answer_text)
        {
            // The walk in the agent's language too, labelled with that language's own name.
            md.push_str(&format!(
                "   - {}{sep}{} — {}\n",
                escape(&localizer.text(agent, crate::i18n::ui::TUI_LANGUAGE)),
                escape(text),
                escape(answer)
            ));
        }
        md.push_str(&extras(&step.place, localizer, lang));
    }
    md.push_str(&format!(
        "\n{}{sep}{}\n",
        t(agent::TRANSCRIPT_STOPPED_AT),
        escape(&transcript.stopped_at.text)
    ));
    if let (Some(agent), Some(text)) = (&transcript.agent_lang, &transcript.stopped_at.agent_text) {
        md.push_str(&format!(
            "   - {}{sep}{}\n",
            escape(&localizer.text(agent, crate::i18n::ui::TUI_LANGUAGE)),
            escape(text)
        ));
    }
    md.push_str(&extras(&transcript.stopped_at, localizer, lang));
    if !transcript.elsewhere.is_empty() {
        md.push_str(&format!("\n## {}\n\n", t(agent::TRANSCRIPT_ELSEWHERE)));
        for aside in &transcript.elsewhere {
            md.push_str(&format!(
                "- {} — {}\n",
                code_span(&aside.code),
                escape(&aside.place.text)
            ));
            md.push_str(&extras(&aside.place, localizer, lang));
        }
    }
    if !transcript.ticket.is_empty() {
        md.push_str(&format!("\n## {}\n\n", t(agent::TICKET_HEADING)));
        for field in &transcript.ticket {
            let value = escape(&field.value).replace('\n', "\n  ");
            md.push_str(&format!("- **{}**{sep}{value}\n", escape(&field.label)));
        }
    }
    Safe::new(&md)
}

/// A place's tried steps, notes and flags, as indented list items.
fn extras(place: &PlaceRecord, localizer: &Localizer, lang: &str) -> String {
    let mut md = String::new();
    if !place.tried.is_empty() {
        let steps: Vec<String> = place.tried.iter().map(usize::to_string).collect();
        let mut args = FluentArgs::new();
        args.set("steps", steps.join(", "));
        args.set("count", place.tried.len());
        md.push_str(&format!(
            "   - {}\n",
            escape(&localizer.text_with(lang, agent::TRANSCRIPT_TRIED, Some(&args)))
        ));
    }
    let sep = localizer.text(lang, agent::LABEL_SEPARATOR);
    for note in &place.notes {
        md.push_str(&format!(
            "   - {}{sep}{}\n",
            localizer.text(lang, agent::TRANSCRIPT_NOTE),
            escape(note)
        ));
    }
    for reason in &place.flags {
        let flagged = localizer.text(lang, agent::TRANSCRIPT_FLAG);
        if reason.trim().is_empty() {
            md.push_str(&format!("   - {}\n", escape(&flagged)));
        } else {
            md.push_str(&format!("   - {}{sep}{}\n", escape(&flagged), escape(reason)));
        }
    }
    md
}

/// Makes text safe inside Markdown: no control characters, and no markup it did not mean.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::sanitize(text).chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A path code as a Markdown code span (backslashes show as typed there, so backticks are dropped).
fn code_span(code: &str) -> String {
    format!("`{}`", crate::text::sanitize(code).replace('`', ""))
}
