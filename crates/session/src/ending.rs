//! How the program ends, and the one table of exit codes: the command line, the session (its
//! [`Stop`](crate::wizard::session::Stop) and what leaving did), and the watchdog that ends a wizard
//! stuck on a stalled terminal all say how they end as an [`Ending`], and only [`Ending::code`]
//! turns that into a number. The manual's EXIT STATUS is written from [`Ending::TABLE`], so it
//! cannot say otherwise.

/// How the program ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Done as asked.
    Ok,
    /// The input was read and found wrong: findings, a code that does not fit, screens that differ.
    Findings,
    /// The command line was wrong (an unknown option, a language not loaded).
    Usage,
    /// A file, a folder, the output or the terminal failed.
    Io,
    /// The wizard ended normally, but the work it had to save on the way out could not be saved
    /// where it belongs (the transcript went elsewhere, or to standard error).
    SaveMissed,
    /// A signal stopped the wizard (after saving what was not saved): 128 + its number.
    Signal(i32),
}

impl Ending {
    /// The exit code.
    pub const fn code(self) -> u8 {
        match self {
            Ending::Ok => 0,
            Ending::Findings => 1,
            Ending::Usage | Ending::Io | Ending::SaveMissed => 2,
            Ending::Signal(signal) if signal > 0 && signal < 128 => (128 + signal) as u8,
            Ending::Signal(_) => 2,
        }
    }

    /// Every way of ending, with what the manual says of it.
    pub const TABLE: &[(Ending, &str)] = &[
        (Ending::Ok, "Success."),
        (
            Ending::Findings,
            "The input was read and found wrong: \\fBcheck\\fR findings, a path code that does not fit the tree, a record the flows no longer have, or screens that differ from those \\fBsnapshot\\fR stored.",
        ),
        (
            Ending::Usage,
            "A usage error, such as an unknown option or a language that is not loaded.",
        ),
        (
            Ending::Io,
            "An I/O error: a file or folder that cannot be read or written, output that cannot be written, a terminal that fails.",
        ),
        (
            Ending::SaveMissed,
            "The wizard ended, but what it had to save on the way out could not go to the transcripts folder: it went to another folder, or was printed on standard error (the journal is kept).",
        ),
        (
            Ending::Signal(1),
            "The wizard was stopped by a signal, after saving what was not saved: 128 + the signal's number.",
        ),
    ];
}

#[cfg(test)]
mod tests {
    use super::Ending;

    #[test]
    fn a_signal_ends_with_128_plus_its_number_and_nothing_else_overflows() {
        assert_eq!(Ending::Signal(1).code(), 129);
        assert_eq!(Ending::Signal(15).code(), 143);
        assert_eq!(Ending::Signal(0).code(), 2);
        assert_eq!(Ending::Signal(200).code(), 2);
        assert_eq!(Ending::SaveMissed.code(), 2);
    }
}
