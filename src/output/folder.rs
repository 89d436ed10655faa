//! Files read and written inside a folder the user named (`export`, `snapshot`): never through a
//! symbolic link and never over anything but a plain file, so nothing outside the folder is read or
//! written whatever the folder holds; each file written whole (a new file next to it, then renamed
//! over it), so an interrupted run leaves no half-written file.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// What went wrong in the folder, naming the path.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "{} is a symbolic link: signup-doctor reads and writes only plain files and folders inside the folder, never through a link",
        shown(path)
    )]
    Link { path: PathBuf },
    #[error("{} is not a plain file", shown(path))]
    NotFile { path: PathBuf },
    #[error("{} is not a folder", shown(path))]
    NotFolder { path: PathBuf },
    #[error("{} is larger than {} MiB", shown(path), limit >> 20)]
    TooBig { path: PathBuf, limit: u64 },
    #[error("cannot read {}: {source}", shown(path))]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {}: {source}", shown(path))]
    Write { path: PathBuf, source: std::io::Error },
}

fn shown(path: &Path) -> String {
    crate::text::sanitize(&path.display().to_string())
}

/// What is at a path, the link itself looked at rather than followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Nothing,
    File,
    Folder,
}

/// What is at `path`: nothing, a plain file or a folder. A symbolic link (wherever it points) and
/// anything else (a pipe, a device, a socket) are refused.
pub fn look(path: &Path) -> Result<Found, Error> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Found::Nothing),
        Err(source) => Err(Error::Read {
            path: path.to_path_buf(),
            source,
        }),
        Ok(meta) if meta.file_type().is_symlink() => Err(Error::Link {
            path: path.to_path_buf(),
        }),
        Ok(meta) if meta.is_dir() => Ok(Found::Folder),
        Ok(meta) if meta.is_file() => Ok(Found::File),
        Ok(_) => Err(Error::NotFile {
            path: path.to_path_buf(),
        }),
    }
}

/// Checks that every folder of `relative` under `dir` is a real folder or does not exist yet
/// (`dir` itself, which the user named, may be a link to a folder); with `create`, creates the missing
/// ones.
pub fn folders(dir: &Path, relative: &Path, create: bool) -> Result<(), Error> {
    if create {
        std::fs::create_dir_all(dir).map_err(|source| Error::Write {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let mut at = dir.to_path_buf();
    for part in relative.components() {
        at.push(part);
        match look(&at)? {
            Found::Folder => {}
            Found::File => return Err(Error::NotFolder { path: at }),
            Found::Nothing if create => std::fs::create_dir(&at).map_err(|source| Error::Write {
                path: at.clone(),
                source,
            })?,
            Found::Nothing => return Ok(()),
        }
    }
    Ok(())
}

/// The text of the plain file at `path`, `None` when there is nothing there; a link or anything but
/// a plain file is refused, and so is a file of more than `limit` bytes (looked at before reading).
/// Bytes that are not UTF-8 are read as U+FFFD, so the file reads as different, not as an error.
pub fn read(path: &Path, limit: u64) -> Result<Option<String>, Error> {
    match look(path)? {
        Found::Nothing => return Ok(None),
        Found::Folder => {
            return Err(Error::NotFile {
                path: path.to_path_buf(),
            });
        }
        Found::File => {}
    }
    let failed = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(failed)?;
    if file.metadata().map_err(failed)?.len() > limit {
        return Err(Error::TooBig {
            path: path.to_path_buf(),
            limit,
        });
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(failed)?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooBig {
            path: path.to_path_buf(),
            limit,
        });
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// Writes `bytes` to `path` whole: into a new file next to it (created, never opened through a
/// link), then renamed over it. A link or anything but a plain file at `path` is refused.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if look(path)? == Found::Folder {
        return Err(Error::NotFile {
            path: path.to_path_buf(),
        });
    }
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.new", std::process::id()));
    let failed = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()));
    if let Err(e) = written.and_then(|()| std::fs::rename(&temporary, path)) {
        let _ = std::fs::remove_file(&temporary);
        return Err(failed(e));
    }
    Ok(())
}

/// Removes the plain file at `path` (a link is refused, not followed).
pub fn remove(path: &Path) -> Result<(), Error> {
    match look(path)? {
        Found::Nothing => Ok(()),
        Found::Folder => Err(Error::NotFile {
            path: path.to_path_buf(),
        }),
        Found::File => std::fs::remove_file(path).map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        }),
    }
}
