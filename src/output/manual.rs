//! What the shell needs, generated from the clap definition: `signup-doctor completions SHELL`
//! (clap_complete) and `signup-doctor man` (clap_mangen) — one manual page with the global options,
//! then every command with its own synopsis and options (no separate `signup-doctor-walk(1)` pages to
//! install), then exit status and environment.

use crate::ending::Ending;
use std::io::{self, Write};

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, mut cmd: clap::Command) -> String {
    let name = cmd.get_name().to_string();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, &name, &mut out);
    let script = String::from_utf8_lossy(&out).into_owned();
    if shell != clap_complete::Shell::Bash {
        return script;
    }
    // clap_complete's bash script spells a hyphenated program's state one way where it is set
    // (`signup__doctor__subcmd__walk`) and another in the `case` arms that read it
    // (`signup__subcmd__doctor__subcmd__walk`), so no command's options ever complete
    // (clap-rs/clap#6421). Spell the arms the way the state is set.
    script.replace(&name.replace('-', "__subcmd__"), &name.replace('-', "__"))
}

/// The whole manual page for `cmd` (the program's clap command), as roff.
/// `variables`: the environment the program reads, and what each variable does.
pub fn render(mut cmd: clap::Command, variables: &[(&[&str], &str)]) -> io::Result<String> {
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    writeln!(out, ".SH COMMANDS")?;
    writeln!(out, "Without a command, {} runs the wizard.", escape(cmd.get_name()))?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        if sub.get_name() == "help" {
            continue;
        }
        // Global options are described once, above; every command takes --help.
        let sub = sub.clone().mut_args(|arg| {
            if arg.is_global_set() || arg.get_id() == "help" {
                arg.hide(true)
            } else {
                arg
            }
        });
        let page = clap_mangen::Man::new(sub.clone());
        writeln!(out, ".SS {}", escape(sub.get_name()))?;
        for part in [
            section(|w| page.render_synopsis_section(w))?,
            ".PP\n".to_string(),
            section(|w| page.render_description_section(w))?,
            section(|w| page.render_options_section(w))?,
        ] {
            out.extend_from_slice(part.as_bytes());
        }
    }
    out.extend_from_slice(exit_status().as_bytes());
    out.extend_from_slice(environment(variables).as_bytes());
    out.extend_from_slice(EXTRA.as_bytes());
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// A section rendered by clap_mangen without its `.SH` heading, to sit under a command's `.SS`.
fn section(render: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<String> {
    let mut buffer = Vec::new();
    render(&mut buffer)?;
    let text = String::from_utf8_lossy(&buffer);
    let mut out = String::with_capacity(text.len());
    for line in text.lines().filter(|line| !line.starts_with(".SH ")) {
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// Text safe in a roff line: backslashes doubled, hyphens as `\-`, no leading `.` or `'`.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// EXIT STATUS, from the one table of exit codes ([`Ending::TABLE`]); a signal's row names the
/// codes of the signals people meet.
fn exit_status() -> String {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGPIPE, SIGTERM};
    let mut out = String::from(".SH \"EXIT STATUS\"\n");
    for (ending, what) in Ending::TABLE {
        let code = match ending {
            Ending::Signal(_) => "128 + \\fIsignal\\fR".to_string(),
            other => other.code().to_string(),
        };
        out.push_str(&format!(".TP\n{code}\n{what}"));
        if let Ending::Signal(_) = ending {
            let named = [
                (SIGHUP, "SIGHUP, also a closed terminal"),
                (SIGINT, "SIGINT: a second Ctrl\\-C"),
                (SIGPIPE, "SIGPIPE: its output went away"),
                (SIGTERM, "SIGTERM"),
            ]
            .map(|(signal, name)| format!("{} ({name})", Ending::Signal(signal).code()));
            out.push_str(&format!(" For example {}.", named.join(", ")));
        }
        out.push('\n');
    }
    out
}

/// ENVIRONMENT, from the table of variables read (`cli::environment`).
fn environment(variables: &[(&[&str], &str)]) -> String {
    let mut out = String::from(".SH ENVIRONMENT\n");
    for (names, what) in variables {
        let names: Vec<String> = names.iter().map(|n| format!("\\fB{}\\fR", escape(n))).collect();
        out.push_str(&format!(".TP\n{}\n{what}\n", names.join(", ")));
    }
    out
}

const EXTRA: &str = r".SH FILES
.TP
\fB~/.local/share/signup\-doctor/transcripts/\fIID\fB.md\fR, \fIID\fB.json\fR
A saved session (\fBs\fR): the Markdown to paste into a support request, the JSON that \fB\-\-resume\fR reopens and \fBreport\fR counts; files 0600, one pair per session.
.TP
\fB~/.local/state/signup\-doctor/\fIID\fB.journal\fR
The log of a session as it runs (notes and the note being typed, card numbers removed), so a crash or a closed terminal loses nothing; removed when the session ends saved or is quit on purpose, else offered at the next start.
.SH EXAMPLES
.TP
\fBsignup\-doctor walk verification/no\-sms/no \-\-lang fr\fR
Every screen along a path, in French.
.TP
\fBsignup\-doctor graph \-\-format dot | dot \-Tsvg > tree.svg\fR
The whole tree as a picture.
.TP
\fBsignup\-doctor export my\-tree\fR
A copy of the built\-in flows and locales in my\-tree/flows and my\-tree/locales, to start a tree of your own from.
.TP
\fBsignup\-doctor snapshot snapshots \-\-flows flows \-\-locales locales\fR
In CI: compare every screen of your tree with the files stored in snapshots/ (exit 1 and a diff when they differ); \fB\-\-update\fR stores them.
.TP
\fBsignup\-doctor completions bash > ~/.local/share/bash\-completion/completions/signup\-doctor\fR
Completion for bash; also zsh, fish, powershell and elvish.
";
