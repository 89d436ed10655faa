//! One writer per journal. A process writes a journal only while it holds the file's exclusive
//! lock (`flock` on Unix, `LockFileEx` on Windows), from the moment it makes or reopens the file
//! until its session ends; another process that finds the lock held leaves the file alone (it is
//! not offered at a start, and `--resume` refuses it). The lock is taken on an open file, so a
//! claim also checks that the file it locked is still the one at its path: a journal removed (or
//! replaced) between the open and the lock is not claimed.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

/// A journal this process holds: open for reading and appending, locked, and still the file at
/// its path. The lock goes with the file when this is dropped.
#[derive(Debug)]
pub struct Claimed {
    pub(super) file: File,
    pub(super) path: PathBuf,
}

/// Why a journal cannot be claimed.
#[derive(Debug, thiserror::Error)]
pub enum ClaimError {
    /// Another process holds it: its session is running.
    #[error("it is open in another signup-doctor window (its journal is locked)")]
    Busy,
    /// The file went away (or was replaced) while it was being claimed.
    #[error("it was removed meanwhile")]
    Gone,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl Claimed {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Removes the journal while still holding it, so no other process can claim it in between.
    pub fn remove(self) -> std::io::Result<()> {
        let Claimed { file, path } = self;
        // Windows cannot remove a file that is open; Unix can, and then no start can lock the
        // name before it is gone.
        #[cfg(not(unix))]
        drop(file);
        let removed = std::fs::remove_file(&path);
        #[cfg(unix)]
        drop(file);
        removed
    }
}

/// Opens the journal at `path` and takes its lock, without waiting. Only a regular file is opened
/// (a FIFO would block, a device never end).
pub fn claim(path: &Path) -> Result<Claimed, ClaimError> {
    if !std::fs::metadata(path)?.is_file() {
        return Err(std::io::Error::other("not a regular file").into());
    }
    let file = std::fs::OpenOptions::new().read(true).append(true).open(path)?;
    lock(&file)?;
    if !same_file(&file, path) {
        return Err(ClaimError::Gone);
    }
    Ok(Claimed {
        file,
        path: path.to_path_buf(),
    })
}

/// Takes `file`'s exclusive lock, without waiting.
pub(super) fn lock(file: &File) -> Result<(), ClaimError> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(TryLockError::WouldBlock) => Err(ClaimError::Busy),
        Err(TryLockError::Error(error)) => Err(ClaimError::Io(error)),
    }
}

/// Whether `path` still names the open `file` (not removed, nor replaced by another file).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(open), Ok(named)) => open.nlink() > 0 && open.dev() == named.dev() && open.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    // An open file cannot be removed or replaced on Windows.
    path.is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journal_is_claimed_once_and_free_again_when_let_go() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.journal");
        std::fs::write(&path, "{}\n").unwrap();
        let first = claim(&path).unwrap();
        assert!(matches!(claim(&path), Err(ClaimError::Busy)));
        drop(first);
        let again = claim(&path).unwrap();
        again.remove().unwrap();
        assert!(!path.exists());
        assert!(matches!(claim(&path), Err(ClaimError::Io(_))));
    }

    #[cfg(unix)]
    #[test]
    fn a_journal_removed_while_it_was_being_opened_is_not_claimed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.journal");
        std::fs::write(&path, "{}\n").unwrap();
        let file = std::fs::OpenOptions::new().read(true).append(true).open(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        std::fs::write(&path, "{}\n").unwrap();
        lock(&file).unwrap();
        assert!(!same_file(&file, &path), "the name is another file now");
    }
}
