//! The environment variables the program reads, and what each does: the one table the manual's
//! ENVIRONMENT is written from. A test reads the sources for every variable read and finds it
//! here, so a variable cannot be read without being documented (nor documented and not read).

/// Each row: the variables (read in this order where there are several), and what they do (roff).
pub const VARIABLES: &[(&[&str], &str)] = &[
    (
        &["LC_ALL", "LC_MESSAGES", "LANG"],
        "The language when \\fB\\-\\-lang\\fR is not given, the first one set: fr_FR.UTF\\-8 or fr\\-CA give French; a language that is not loaded gives English.",
    ),
    (
        &["LANGUAGE"],
        "A list of languages in order of preference (fr:en), read first as gettext programs read it: the first one loaded is used, except in the C locale.",
    ),
    (
        &["LC_ALL", "LC_CTYPE", "LANG"],
        "The character set: when the first one set is C, POSIX or names one other than UTF\\-8 (fr_FR.ISO\\-8859\\-1), everything is written in plain ASCII (but the files \\fBsnapshot\\fR writes and its diffs, always UTF\\-8, the same on every machine); when it names another character set, the wizard asks line by line, reading what is typed in that set.",
    ),
    (
        &["NO_COLOR"],
        "Set to anything but the empty string: no colour, neither in the wizard (only bold and reverse video, and a mark on the selection) nor in the diffs \\fBsnapshot\\fR prints.",
    ),
    (
        &["TERM"],
        "dumb: the wizard runs line by line, as \\fB\\-\\-plain\\fR does, and \\fBsnapshot\\fR prints no colour; linux (the console): \\fBy\\fR says it cannot reach the clipboard instead of sending what the console would show as garbage.",
    ),
    (
        &["SIGNUP_DOCTOR_PLAIN"],
        "Set to anything but the empty string or 0: run the wizard line by line, as \\fB\\-\\-plain\\fR does.",
    ),
    (
        &["XDG_DATA_HOME"],
        "Where transcripts are saved: \\fB$XDG_DATA_HOME/signup\\-doctor/transcripts\\fR (else under \\fBHOME\\fR, see FILES).",
    ),
    (
        &["XDG_STATE_HOME"],
        "Where the journal of a running session is kept: \\fB$XDG_STATE_HOME/signup\\-doctor\\fR (else under \\fBHOME\\fR).",
    ),
    (
        &["HOME"],
        "The base of both folders when the XDG variables are not set (relative values are ignored); written \\fB~\\fR in the paths the wizard shows.",
    ),
    (
        &["APPDATA", "LOCALAPPDATA"],
        "On Windows, the bases of the transcripts and journal folders.",
    ),
    (
        &["SIGNUP_DOCTOR_TODAY"],
        "YYYY\\-MM\\-DD: the day \\fBcheck\\fR dates each fix's \\fBverified:\\fR against (else today, in UTC).",
    ),
    (
        &["SIGNUP_DOCTOR_TEST_PANIC"],
        "For the project's own tests: the full screen fails on purpose, to show the terminal is given back.",
    ),
];

#[cfg(test)]
mod tests {
    use super::VARIABLES;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Every `"NAME"` in a source line that reads the environment (`var`, `var_os`, an `env`
    /// closure, a list of locale variables), outside test modules.
    fn read_in(dir: &Path, names: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read_in(&path, names);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("environment.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                let reads = ["var(", "var_os(", "env(", "[\"LC_", "(\"XDG_"]
                    .iter()
                    .any(|r| line.contains(r));
                if !reads {
                    continue;
                }
                for quoted in line.split('"').skip(1).step_by(2) {
                    let name = quoted.len() > 2
                        && quoted.chars().all(|c| c.is_ascii_uppercase() || c == '_')
                        && quoted.chars().any(|c| c.is_ascii_uppercase());
                    if name {
                        names.insert(quoted.to_string());
                    }
                }
            }
        }
    }

    #[test]
    fn every_variable_read_is_documented_and_every_one_documented_is_read() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut read = BTreeSet::new();
        for dir in ["src", "crates/core/src", "crates/session/src", "crates/term/src"] {
            read_in(&root.join(dir), &mut read);
        }
        // Read for us by etcetera, on Windows (transcript::dirs).
        read.extend(["APPDATA", "LOCALAPPDATA"].map(String::from));
        let documented: BTreeSet<String> = VARIABLES
            .iter()
            .flat_map(|(names, _)| names.iter().map(|n| (*n).to_string()))
            .collect();
        assert_eq!(read, documented);
    }
}
