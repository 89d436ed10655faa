//! Reading a folder of transcripts for `report`, one file at a time: the folder is listed as it is
//! read (never held whole), each file is read into one reused buffer and parsed into a [`Lean`]
//! record that borrows its strings from that buffer and skips what `report` does not count (the
//! log, the ticket, fingerprints), and is then dropped. Memory stays flat in the number of files.
//!
//! One session, one record: the wizard saves a session as `ID.json`, so a file named after the
//! session it holds is that session's record and is counted at once. A file holding a session under
//! another name (a copy, a file renamed by hand) is remembered — its session id, its save time and
//! its path, nothing more — and settled at the end: the latest save of each session counts, once.

use super::Sign;
use crate::engine::diagnostic::{Diagnostic, Pos};
use crate::engine::tree::Outcome;
use crate::transcript::{MAX_TRANSCRIPT_BYTES, PlaceKind};
use jiff::Timestamp;
use serde::Deserialize;
use serde::de::IgnoredAny;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What `report` reads of a transcript: the same fields the wizard writes (so a file that is not a
/// transcript is refused just the same), its strings borrowed where they hold no escape.
#[derive(Debug, Deserialize)]
pub struct Lean<'a> {
    #[serde(borrow)]
    pub program: Cow<'a, str>,
    #[serde(borrow)]
    pub version: Cow<'a, str>,
    #[serde(default, borrow)]
    pub session: Cow<'a, str>,
    #[serde(borrow)]
    pub lang: Cow<'a, str>,
    pub started: Timestamp,
    pub saved: Timestamp,
    #[serde(borrow)]
    pub flows_hash: Cow<'a, str>,
    #[serde(borrow)]
    pub locales_hash: Cow<'a, str>,
    pub code: IgnoredAny,
    pub short: IgnoredAny,
    pub outcome: Option<Outcome>,
    #[serde(default, borrow)]
    pub channel: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub steps: Vec<LeanStep<'a>>,
    #[serde(borrow)]
    pub stopped_at: LeanPlace<'a>,
    #[serde(default, borrow)]
    pub elsewhere: Vec<LeanPlace<'a>>,
    #[serde(default)]
    pub ticket: IgnoredAny,
    #[serde(default)]
    pub log: IgnoredAny,
}

/// A place as `report` reads it (a step's, where the session stopped, or one off the walk).
#[derive(Debug, Deserialize)]
pub struct LeanPlace<'a> {
    #[serde(borrow)]
    pub topic: Cow<'a, str>,
    #[serde(borrow)]
    pub node: Cow<'a, str>,
    pub kind: PlaceKind,
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    #[serde(default, borrow)]
    pub flags: Vec<Cow<'a, str>>,
    pub fingerprint: IgnoredAny,
}

/// An answered step: its place, and the answer's id.
#[derive(Debug, Deserialize)]
pub struct LeanStep<'a> {
    pub time: IgnoredAny,
    #[serde(borrow)]
    pub topic: Cow<'a, str>,
    #[serde(borrow)]
    pub node: Cow<'a, str>,
    pub kind: PlaceKind,
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    #[serde(default, borrow)]
    pub flags: Vec<Cow<'a, str>>,
    pub fingerprint: IgnoredAny,
    #[serde(borrow)]
    pub answer: Cow<'a, str>,
    pub position: IgnoredAny,
    pub answer_text: IgnoredAny,
}

/// Reads one file into `buffer` as [`crate::transcript::read`] would: a regular file, at most
/// [`MAX_TRANSCRIPT_BYTES`], UTF-8, a byte-order mark dropped; then parses it. The error names the
/// file, and the line and column where it can, in the words `--resume` uses.
pub fn parse<'b>(path: &Path, buffer: &'b mut Vec<u8>) -> Result<Lean<'b>, Diagnostic> {
    let error = crate::transcript::store::unreadable(path);
    fill(path, buffer).map_err(|e| error(Pos::default(), e.to_string()))?;
    let text = std::str::from_utf8(buffer).map_err(|_| error(Pos::default(), "not UTF-8 text".into()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| crate::transcript::store::not_a_transcript(path, &e))
}

fn fill(path: &Path, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let limit = MAX_TRANSCRIPT_BYTES;
    let too_large = || std::io::Error::other(format!("larger than the {} MiB limit", limit >> 20));
    let file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if metadata.len() > limit {
        return Err(too_large());
    }
    buffer.clear();
    (&file).take(limit + 1).read_to_end(buffer)?;
    if buffer.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(())
}

/// A session's record found under a name that is not its own: its latest save, and where.
struct Elsewhere {
    saved: Timestamp,
    path: PathBuf,
}

/// Reads every `*.json` regular file in `dir` (a link is followed to a regular file; FIFOs,
/// devices and folders are passed over) and hands each session's latest record to `count` once
/// ([`Sign::Add`]), or — when a later save of a session already counted turns up under another name —
/// takes the earlier one back ([`Sign::Remove`]) first. Each file that cannot be read goes to
/// `unreadable`, and the rest still count.
pub fn each(
    dir: &Path,
    mut count: impl FnMut(&Lean<'_>, Sign),
    mut unreadable: impl FnMut(Diagnostic),
) -> std::io::Result<()> {
    let mut buffer = Vec::with_capacity(64 * 1024);
    let mut elsewhere: BTreeMap<String, Elsewhere> = BTreeMap::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        if Path::new(&name).extension().is_none_or(|e| e != "json") {
            continue;
        }
        // A name that is not UTF-8 cannot be an id the wizard wrote, but may still hold a session.
        let stem = name.to_str().and_then(|n| n.strip_suffix(".json")).unwrap_or_default();
        let path = entry.path();
        let regular = match entry.file_type() {
            Ok(kind) if kind.is_symlink() => std::fs::metadata(&path).is_ok_and(|m| m.is_file()),
            Ok(kind) => kind.is_file(),
            Err(_) => false,
        };
        if !regular {
            continue;
        }
        match parse(&path, &mut buffer) {
            Ok(record) if record.session.is_empty() || record.session == stem => count(&record, Sign::Add),
            Ok(record) => {
                let later = elsewhere
                    .get(record.session.as_ref())
                    .is_none_or(|kept| record.saved > kept.saved);
                if later {
                    let kept = Elsewhere {
                        saved: record.saved,
                        path,
                    };
                    elsewhere.insert(record.session.into_owned(), kept);
                }
            }
            Err(error) => unreadable(error),
        }
    }
    for (id, kept) in elsewhere {
        // The session's own file, if it is there, names the session it holds, and is readable.
        let own = dir.join(format!("{id}.json"));
        let own_is_id = !id.contains(['/', '\\', '\0']) && id != "." && id != "..";
        if own_is_id
            && let Ok(record) = parse(&own, &mut buffer)
            && record.session == id.as_str()
        {
            if record.saved >= kept.saved {
                continue;
            }
            count(&record, Sign::Remove);
        }
        match parse(&kept.path, &mut buffer) {
            Ok(record) => count(&record, Sign::Add),
            Err(error) => unreadable(error),
        }
    }
    Ok(())
}
