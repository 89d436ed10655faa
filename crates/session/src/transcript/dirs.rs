//! Where signup-doctor keeps its files when no folder is given: `signup-doctor` in the user's data
//! folder (transcripts) and state folder (journals).
//!
//! - Linux, macOS and other Unix: the XDG base directories, read through an `env` function (so
//!   tests give their own): `$XDG_DATA_HOME` or `$XDG_STATE_HOME`, else `~/.local/share` or
//!   `~/.local/state` under `$HOME`, each used only when it is an absolute path (the XDG rule: a
//!   relative value is ignored), and no folder at all without one.
//! - Windows, where HOME is not set: the known folders through `etcetera`'s Windows strategy —
//!   roaming AppData for data, local AppData for state (`%APPDATA%`, `%LOCALAPPDATA%`, else the
//!   Known Folder API, which needs FFI this crate forbids writing).
//!
//! Not etcetera on Unix too: its XDG strategy is this same rule, but it reads the process's own
//! environment (a test could not give its own), and with HOME unset it falls back to the password
//! database's home, where this says there is no folder.

use etcetera::BaseStrategy;
use std::path::PathBuf;

/// Which of the user's folders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// What the user keeps: transcripts.
    Data,
    /// What outlives a run but is not kept: journals.
    State,
}

/// `signup-doctor` in the user's `base` folder; `None` when there is none.
pub fn app_dir(env: impl Fn(&str) -> Option<String>, base: Base) -> Option<PathBuf> {
    let dir = if cfg!(windows) {
        known_folder(base)
    } else {
        xdg(env, base)
    }?;
    Some(dir.join("signup-doctor"))
}

/// The XDG base directory for `base`, if `env` names an absolute one.
fn xdg(env: impl Fn(&str) -> Option<String>, base: Base) -> Option<PathBuf> {
    let (var, under_home) = match base {
        Base::Data => ("XDG_DATA_HOME", ".local/share"),
        Base::State => ("XDG_STATE_HOME", ".local/state"),
    };
    let absolute = |value: Option<String>| value.map(PathBuf::from).filter(|p| p.is_absolute());
    absolute(env(var)).or_else(|| absolute(env("HOME")).map(|home| home.join(under_home)))
}

/// Windows's known folder for `base`, if etcetera finds an absolute one.
fn known_folder(base: Base) -> Option<PathBuf> {
    let windows = etcetera::base_strategy::Windows::new().ok()?;
    let dir = match base {
        Base::Data => windows.data_dir(),
        // etcetera gives Windows no state folder: local (not roaming) AppData is where a machine's
        // own state goes.
        Base::State => windows.cache_dir(),
    };
    Some(dir).filter(|dir| dir.is_absolute())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |key| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_string())
    }

    #[test]
    fn xdg_folders_then_home_each_only_when_absolute() {
        let both = env(&[("XDG_DATA_HOME", "/d"), ("XDG_STATE_HOME", "/s"), ("HOME", "/h")]);
        assert_eq!(xdg(&both, Base::Data), Some(PathBuf::from("/d")));
        assert_eq!(xdg(&both, Base::State), Some(PathBuf::from("/s")));
        let relative = env(&[("XDG_DATA_HOME", "d"), ("HOME", "/h")]);
        assert_eq!(xdg(&relative, Base::Data), Some(PathBuf::from("/h/.local/share")));
        assert_eq!(xdg(&relative, Base::State), Some(PathBuf::from("/h/.local/state")));
        assert_eq!(xdg(env(&[("HOME", "h")]), Base::Data), None);
        assert_eq!(xdg(env(&[]), Base::State), None, "no HOME, no folder");
    }

    #[test]
    fn windows_known_folders_are_roaming_appdata_for_data_and_local_for_state() {
        // etcetera's Windows strategy runs anywhere: off Windows, without %APPDATA% and
        // %LOCALAPPDATA%, it puts its folders under the home folder.
        if std::env::var_os("APPDATA").is_some() || std::env::var_os("LOCALAPPDATA").is_some() {
            return;
        }
        let data = known_folder(Base::Data).unwrap();
        let state = known_folder(Base::State).unwrap();
        assert!(data.ends_with(Path::new("AppData").join("Roaming")), "{data:?}");
        assert!(state.ends_with(Path::new("AppData").join("Local")), "{state:?}");
    }
}
