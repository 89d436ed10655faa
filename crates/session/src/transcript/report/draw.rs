//! The report as text for people: aligned tables (columns measured in terminal cells, so a CJK
//! topic is as wide as it shows), the outcomes of each topic drawn as a bar, the flagged steps with
//! their reasons, and, when asked, versions or months side by side. Headings are in the report's
//! language; outcomes keep their ids, as in the JSON and the transcripts. Bars are block characters,
//! or plain ASCII under a locale that is not UTF-8 ([`Style::ascii`]); colour only when asked
//! ([`Style::colour`]: a terminal, and no `NO_COLOR`). Every text from a transcript is [`Safe`].

use super::{By, OUTCOMES, Report};
use crate::i18n::{Localizer, agent};
use crate::text::Safe;
use fluent_bundle::FluentArgs;

/// How many rows the "stopped at", "failed fixes" and "flagged" lists show.
const TOP: usize = 10;
/// How many reasons a flagged step shows.
const TOP_REASONS: usize = 3;
/// How wide a bar is, in cells.
const BAR: usize = 40;

/// How the report is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    /// Plain ASCII bars (a locale that is not UTF-8).
    pub ascii: bool,
    /// Colour the bars (ANSI, 16 colours).
    pub colour: bool,
}

impl Style {
    /// Each outcome's fill, in [`OUTCOMES`] order: shapes that tell outcomes apart without colour.
    fn fills(self) -> [char; 5] {
        if self.ascii {
            ['#', '=', '+', '-', '.']
        } else {
            ['█', '▓', '▒', '░', '·']
        }
    }

    fn paint(self, outcome: usize, cells: &str) -> String {
        // Green, blue, yellow, magenta; unfinished dim.
        const COLOURS: [&str; 5] = ["32", "34", "33", "35", "2"];
        if self.colour && !cells.is_empty() {
            format!("\u{1b}[{}m{cells}\u{1b}[0m", COLOURS[outcome])
        } else {
            cells.to_string()
        }
    }
}

/// Splits `width` cells among `counts` in proportion (largest remainders), so the parts always
/// fill the bar exactly.
pub fn cells(counts: &[usize], width: usize) -> Vec<usize> {
    let total: usize = counts.iter().sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let mut parts: Vec<usize> = counts.iter().map(|&n| n * width / total).collect();
    let mut left = width - parts.iter().sum::<usize>();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(counts[i] * width % total), i));
    for i in order {
        if left == 0 {
            break;
        }
        if counts[i] > 0 {
            parts[i] += 1;
            left -= 1;
        }
    }
    parts
}

/// An outcome as the report names it in `lang` (in English, its id: `handed-over`; the JSON keeps
/// the ids whatever the language).
fn outcome_name(localizer: &Localizer, lang: &str, outcome: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("outcome", outcome.to_string());
    localizer.text_with(lang, agent::REPORT_OUTCOME, Some(&args))
}

fn pad(text: &Safe, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// The report as text, its headings in `lang`.
pub fn table(report: &Report, localizer: &Localizer, lang: &str, style: Style) -> String {
    let t = |id: &str| localizer.text(lang, id);
    let with = |id: &str, args: &FluentArgs| localizer.text_with(lang, id, Some(args));
    let name = |outcome: &str| outcome_name(localizer, lang, outcome);
    let topic_heading = t(agent::REPORT_TOPIC);
    let width = report
        .by_topic
        .keys()
        .map(Safe::width)
        .max()
        .unwrap_or(0)
        .max(topic_heading.chars().count());
    let mut args = FluentArgs::new();
    args.set("count", report.sessions);
    let mut out = format!("{}\n", with(agent::REPORT_SESSIONS, &args));
    if !report.window.is_open() {
        let mut args = FluentArgs::new();
        let day = |d: Option<crate::engine::freshness::Day>| d.map_or("…".to_string(), |d| d.to_string());
        args.set("since", day(report.window.since));
        args.set("until", day(report.window.until));
        args.set("outside", report.outside_window);
        out.push_str(&format!("{}\n", with(agent::REPORT_WINDOW, &args)));
    }
    if report.unreadable > 0 {
        let mut args = FluentArgs::new();
        args.set("count", report.unreadable);
        out.push_str(&format!("{}\n", with(agent::REPORT_UNREADABLE, &args)));
    }
    out.push('\n');
    let mut header = format!("{topic_heading:width$}");
    for outcome in OUTCOMES {
        let shown = name(outcome);
        header.push_str(&format!("  {shown:>8}"));
    }
    out.push_str(&format!("{header}  {:>5}\n", t(agent::REPORT_TOTAL)));
    for (topic, counts) in &report.by_topic {
        let total: usize = counts.values().sum();
        let mut row = pad(topic, width);
        for outcome in OUTCOMES {
            let n = counts.get(outcome).copied().unwrap_or(0);
            row.push_str(&format!("  {n:>w$}", w = name(outcome).chars().count().max(8)));
        }
        out.push_str(&format!("{row}  {total:>5}\n"));
    }
    if !report.by_topic.is_empty() {
        out.push_str(&format!("\n{}\n", t(agent::REPORT_BARS)));
        for (topic, counts) in &report.by_topic {
            let counts: Vec<usize> = OUTCOMES.iter().map(|o| counts.get(o).copied().unwrap_or(0)).collect();
            out.push_str(&format!(
                "  {}  {}  {:>5}\n",
                pad(topic, width),
                bar(&counts, style),
                counts.iter().sum::<usize>()
            ));
        }
        let fills = style.fills();
        let legend: Vec<String> = OUTCOMES
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{} {}", style.paint(i, &fills[i].to_string()), name(o)))
            .collect();
        out.push_str(&format!("  {}\n", legend.join("   ")));
    }
    if !report.by_channel.is_empty() {
        out.push_str(&format!("\n{}\n", t(agent::REPORT_DESKS)));
        let width = report.by_channel.keys().map(Safe::width).max().unwrap_or(0);
        for (channel, counts) in &report.by_channel {
            let mut row = format!("  {}", pad(channel, width));
            for outcome in ["handed-over", "escalate"] {
                let n = counts.get(outcome).copied().unwrap_or(0);
                row.push_str(&format!("  {} {n:>4}", name(outcome)));
            }
            out.push_str(&format!("{row}\n"));
        }
    }
    for (title, list) in [
        (t(agent::REPORT_STOPPED), &report.unresolved_stopped_at),
        (t(agent::REPORT_FAILED), &report.failed_fixes),
    ] {
        out.push_str(&format!("\n{title}\n"));
        if list.is_empty() {
            out.push_str(&format!("  {}\n", t(agent::REPORT_NONE)));
        }
        for c in list.iter().take(TOP) {
            out.push_str(&format!("  {:>4}  {}  {}\n", c.count, c.node, c.text));
        }
    }
    out.push_str(&format!("\n{}\n", t(agent::REPORT_FLAGGED)));
    if report.flagged.is_empty() {
        out.push_str(&format!("  {}\n", t(agent::REPORT_NONE)));
    }
    for f in report.flagged.iter().take(TOP) {
        out.push_str(&format!("  {:>4}  {}  {}\n", f.count, f.node, f.text));
        for r in f.reasons.iter().take(TOP_REASONS) {
            out.push_str(&format!("        {:>4} × “{}”\n", r.count, r.reason));
        }
    }
    let median = report
        .median_steps_to_resolution
        .map_or("–".to_string(), |m| format!("{m}"));
    let mut args = FluentArgs::new();
    args.set("median", median);
    out.push_str(&format!("\n{}\n", with(agent::REPORT_MEDIAN, &args)));
    if let Some(by) = report.by {
        out.push_str(&groups(report, by, localizer, lang, style));
    }
    out
}

fn bar(counts: &[usize], style: Style) -> String {
    let fills = style.fills();
    cells(counts, BAR)
        .iter()
        .enumerate()
        .map(|(i, &n)| style.paint(i, &fills[i].to_string().repeat(n)))
        .collect()
}

/// Versions (or months) side by side: each group's sessions and outcomes as a bar, then the
/// fixes most often failed, how often each solved the problem in each group.
fn groups(report: &Report, by: By, localizer: &Localizer, lang: &str, style: Style) -> String {
    let t = |id: &str| localizer.text(lang, id);
    let heading = match by {
        By::Version => t(agent::REPORT_BY_VERSION),
        By::Month => t(agent::REPORT_BY_MONTH),
    };
    let mut out = format!("\n{heading}\n");
    if report.groups.is_empty() {
        out.push_str(&format!("  {}\n", t(agent::REPORT_NONE)));
        return out;
    }
    let width = report.groups.iter().map(|g| g.name.width()).max().unwrap_or(0);
    for g in &report.groups {
        let counts: Vec<usize> = OUTCOMES
            .iter()
            .map(|o| g.outcomes.get(o).copied().unwrap_or(0))
            .collect();
        let resolved = percent(counts[0], g.sessions);
        let mut args = FluentArgs::new();
        args.set("first", g.first_seen.to_string());
        args.set("last", g.last_seen.to_string());
        out.push_str(&format!(
            "  {}  {}  {:>5}  {resolved:>4} {}  {}\n",
            pad(&g.name, width),
            bar(&counts, style),
            g.sessions,
            outcome_name(localizer, lang, OUTCOMES[0]),
            localizer.text_with(lang, agent::REPORT_SEEN, Some(&args)),
        ));
    }
    // The fixes that failed most over the whole window, their success in each group.
    let fixes: Vec<&super::Count> = report.failed_fixes.iter().take(TOP).collect();
    if fixes.is_empty() {
        return out;
    }
    out.push_str(&format!("\n{}\n", t(agent::REPORT_FIX_SUCCESS)));
    let node_width = fixes.iter().map(|c| c.node.width()).max().unwrap_or(0);
    let column = 18;
    let mut header = format!("  {:node_width$}", "");
    for g in &report.groups {
        let name = crate::text::wrap::shorten_middle(g.name.as_str(), column);
        header.push_str(&format!("  {name:>column$}"));
    }
    out.push_str(&format!("{}\n", header.trim_end()));
    for fix in fixes {
        let mut row = format!("  {}", pad(&fix.node, node_width));
        for g in &report.groups {
            let cell = match g.fixes.iter().find(|f| f.node == fix.node) {
                Some(f) => format!("{} / {}", percent(f.solved, f.solved + f.failed), f.solved + f.failed),
                None => "–".to_string(),
            };
            row.push_str(&format!("  {cell:>column$}"));
        }
        out.push_str(&format!("{row}\n"));
    }
    out
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    format!("{}%", (part * 100 + whole / 2) / whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_is_always_exactly_its_width_and_shows_every_outcome_in_proportion() {
        assert_eq!(cells(&[1, 1, 1, 0, 0], 40), [14, 13, 13, 0, 0]);
        assert_eq!(cells(&[3, 0, 1, 0, 0], 40), [30, 0, 10, 0, 0]);
        assert_eq!(cells(&[0; 5], 40), [0; 5]);
        for counts in [[7, 3, 2, 1, 1], [1000, 1, 1, 1, 1], [1, 2, 3, 4, 5]] {
            assert_eq!(cells(&counts, 40).iter().sum::<usize>(), 40, "{counts:?}");
        }
    }

    #[test]
    fn ascii_bars_hold_nothing_but_ascii_and_colour_only_when_asked() {
        let plain = bar(
            &[2, 1, 1, 0, 0],
            Style {
                ascii: true,
                colour: false,
            },
        );
        assert_eq!(plain, format!("{}{}{}", "#".repeat(20), "=".repeat(10), "+".repeat(10)));
        let blocks = bar(&[2, 1, 1, 0, 0], Style::default());
        assert!(blocks.starts_with('█') && !blocks.contains('\u{1b}'));
        let coloured = bar(
            &[2, 1, 1, 0, 0],
            Style {
                ascii: false,
                colour: true,
            },
        );
        assert!(coloured.starts_with("\u{1b}[32m█"), "{coloured:?}");
    }
}
