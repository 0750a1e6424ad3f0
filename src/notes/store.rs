//! Notes on disk: one file each, readable by its owner only, written so that a crash or a
//! power cut at any moment leaves either the old note or the new one, never half of one.

use super::{MAX_BYTES, Note, lock};
use crate::problem::Problem;
use std::fs::{self, File};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

const PLAIN: &str = "toml";
const LOCKED: &str = "age";

/// The notes folder. Nothing is created until the first note is saved.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// The note this instance has open, and the lock that tells other instances so.
    held: std::rc::Rc<std::cell::RefCell<Option<(String, File)>>>,
}

/// A note file as found in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Plain(Note),
    /// Its words need the passphrase; only its id is known.
    Locked(String),
    /// Could not be read; reported and left untouched.
    Broken(Problem),
}

impl Entry {
    pub fn id(&self) -> Option<&str> {
        match self {
            Entry::Plain(note) => Some(&note.id),
            Entry::Locked(id) => Some(id),
            Entry::Broken(_) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Missing(String),
    WrongPassphrase(String),
    /// A file kyr will not read or write over; the problem says which and why.
    Unreadable(Problem),
    /// Writing failed (disk full, read-only, permissions).
    Write {
        dir: String,
        reason: String,
    },
    /// The folder is not one kyr will write into; the problem says why.
    Folder(Problem),
    /// Open in another kyr.
    Busy(String),
}

impl Error {
    pub fn problem(&self) -> Problem {
        match self {
            Error::Missing(id) => Problem::new("", 0, "err-note-missing").arg("id", id),
            Error::WrongPassphrase(id) => Problem::new("", 0, "err-note-passphrase").arg("id", id),
            Error::Unreadable(p) | Error::Folder(p) => p.clone(),
            Error::Busy(id) => Problem::new("", 0, "err-note-busy").arg("id", id),
            Error::Write { dir, reason } => Problem::new("", 0, "err-note-write")
                .arg("dir", dir)
                .arg("reason", reason),
        }
    }
}

impl Store {
    pub fn new(dir: PathBuf) -> Self {
        Store {
            dir,
            held: Default::default(),
        }
    }

    /// Marks a note as open here, so that a second kyr does not overwrite it unseen: an
    /// advisory lock (`flock`) on `.ID.lock`, released by `release` or when kyr ends, even
    /// killed. A note open elsewhere is refused. Before the folder exists, nothing is locked
    /// (nothing can be open elsewhere either) and nothing is created.
    pub fn hold(&self, id: &str) -> Result<(), Error> {
        use std::os::fd::AsRawFd;
        self.release();
        if !valid_id(id) {
            return Err(Error::Missing(id.to_string()));
        }
        if !self.dir.is_dir() {
            return Ok(());
        }
        let path = self.dir.join(format!(".{id}.lock"));
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .custom_flags(libc::O_NOFOLLOW)
            .mode(0o600)
            .open(&path)
            .map_err(|e| self.write_error(&e))?;
        // SAFETY: flock on a descriptor this function owns; no memory is involved.
        let locked = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if locked != 0 {
            return Err(Error::Busy(id.to_string()));
        }
        *self.held.borrow_mut() = Some((id.to_string(), file));
        Ok(())
    }

    /// The open note is closed: its lock goes.
    pub fn release(&self) {
        self.held.borrow_mut().take();
    }

    /// `$XDG_DATA_HOME/kyr`, else `$HOME/.local/share/kyr`.
    pub fn default_dir(get: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
        let nonempty = |k: &str| get(k).filter(|v| !v.is_empty());
        nonempty("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| nonempty("HOME").map(|h| Path::new(&h).join(".local/share")))
            .map(|base| base.join("kyr"))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A fresh id from the local time, unique in the folder: `20261126-181503`.
    pub fn new_id(&self, stamp: &str) -> String {
        let mut id = stamp.to_string();
        let mut n = 2;
        while self.path(&id, PLAIN).exists() || self.path(&id, LOCKED).exists() {
            id = format!("{stamp}-{n}");
            n += 1;
        }
        id
    }

    fn path(&self, id: &str, ext: &str) -> PathBuf {
        self.dir.join(format!("{id}.{ext}"))
    }

    /// Saves atomically; a passphrase stores the note locked (and removes an unlocked copy).
    pub fn save(&self, note: &Note, passphrase: Option<&str>) -> Result<(), Error> {
        let write_error = |e: &dyn std::fmt::Display| Error::Write {
            dir: self.dir.display().to_string(),
            reason: e.to_string(),
        };
        if !valid_id(&note.id) {
            return Err(Error::Missing(note.id.clone()));
        }
        let plain = note.to_toml();
        let (bytes, ext, other) = match passphrase {
            Some(p) => (
                lock::lock(plain.as_bytes(), p).map_err(|e| write_error(&e))?,
                LOCKED,
                PLAIN,
            ),
            None => (plain.into_bytes(), PLAIN, LOCKED),
        };
        self.ensure_dir()?;
        write_atomic(&self.dir, &format!("{}.{ext}", note.id), &bytes)
            .map_err(|e| write_error(&e))?;
        match fs::remove_file(self.path(&note.id, other)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(write_error(&e)),
            _ => Ok(()),
        }
    }

    /// The folder, created private if it is not there. One that is there is used as it is,
    /// never changed: a folder others can write to (they could plant links), a folder the
    /// person made read-only, and a link to somewhere else are refused, each saying why.
    fn ensure_dir(&self) -> Result<(), Error> {
        let shown = self.dir.display().to_string();
        match fs::symlink_metadata(&self.dir) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(parent) = self.dir.parent() {
                    fs::create_dir_all(parent).map_err(|e| self.write_error(&e))?;
                }
                fs::DirBuilder::new()
                    .mode(0o700)
                    .create(&self.dir)
                    .map_err(|e| self.write_error(&e))
            }
            Err(e) => Err(self.write_error(&e)),
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&self.dir)
                    .map(|t| t.display().to_string())
                    .unwrap_or_default();
                Err(Error::Folder(
                    Problem::new("", 0, "err-note-folder-link")
                        .arg("dir", shown)
                        .arg("target", target),
                ))
            }
            Ok(meta) if !meta.is_dir() => {
                Err(self.write_error(&io::Error::from(io::ErrorKind::NotADirectory)))
            }
            Ok(meta) if meta.permissions().mode() & 0o022 != 0 => Err(Error::Folder(
                Problem::new("", 0, "err-note-folder-open").arg("dir", shown),
            )),
            Ok(meta) if meta.permissions().mode() & 0o200 == 0 => Err(Error::Folder(
                Problem::new("", 0, "err-note-folder-read-only").arg("dir", shown),
            )),
            Ok(_) => Ok(()),
        }
    }

    fn write_error(&self, e: &dyn std::fmt::Display) -> Error {
        Error::Write {
            dir: self.dir.display().to_string(),
            reason: e.to_string(),
        }
    }

    /// Half-saved copies of a note left by a crash in the middle of a save.
    fn leftovers(&self, id: Option<&str>) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|path| {
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                leftover_of(name).is_some_and(|of| id.is_none_or(|id| of == id))
            })
            .collect()
    }

    /// Every note file, newest first; unreadable ones as problems, never touched.
    pub fn list(&self) -> Vec<Entry> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<(String, Entry)> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let path = e.path();
                let name = path.file_name()?.to_str()?.to_string();
                let (id, ext) = name.rsplit_once('.')?;
                if name.starts_with('.') || !valid_id(id) || (ext != PLAIN && ext != LOCKED) {
                    return None;
                }
                let entry = match read(&path) {
                    Err(e) => Entry::Broken(e.problem()),
                    Ok(bytes) if ext == LOCKED && lock::is_locked(&bytes) => {
                        Entry::Locked(id.into())
                    }
                    Ok(bytes) => match parse(id, &path, &bytes) {
                        Ok(note) => Entry::Plain(note),
                        Err(e) => Entry::Broken(e.problem()),
                    },
                };
                Some((id.to_string(), entry))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0));
        let mut list: Vec<Entry> = found.into_iter().map(|(_, e)| e).collect();
        for path in self.leftovers(None) {
            let file = path.display().to_string();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let id = leftover_of(name).unwrap_or_default().to_string();
            list.push(Entry::Broken(
                Problem::new(&file, 0, "err-note-leftover").arg("id", id),
            ));
        }
        list
    }

    /// One note; a locked one needs its passphrase.
    pub fn load(&self, id: &str, passphrase: Option<&str>) -> Result<Note, Error> {
        if !valid_id(id) {
            return Err(Error::Missing(id.to_string()));
        }
        let plain = self.path(id, PLAIN);
        if plain.exists() {
            return parse(id, &plain, &read(&plain)?);
        }
        let locked = self.path(id, LOCKED);
        if !locked.exists() {
            return Err(Error::Missing(id.to_string()));
        }
        let bytes = read(&locked)?;
        let opened = passphrase.and_then(|p| lock::unlock(&bytes, p));
        let Some(plain_bytes) = opened else {
            return Err(Error::WrongPassphrase(id.to_string()));
        };
        parse(id, &locked, &plain_bytes)
    }

    pub fn is_locked(&self, id: &str) -> bool {
        valid_id(id) && self.path(id, LOCKED).exists()
    }

    pub fn delete(&self, id: &str) -> Result<(), Error> {
        if !valid_id(id) {
            return Err(Error::Missing(id.to_string()));
        }
        let mut removed = false;
        // A crash in the middle of a save can leave the newest words in a temporary copy:
        // deleting a note deletes those too.
        for path in self.leftovers(Some(id)) {
            fs::remove_file(&path).map_err(|e| self.write_error(&e))?;
            removed = true;
        }
        let _ = fs::remove_file(self.dir.join(format!(".{id}.lock")));
        for ext in [PLAIN, LOCKED] {
            match fs::remove_file(self.path(id, ext)) {
                Ok(()) => removed = true,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(Error::Write {
                        dir: self.dir.display().to_string(),
                        reason: e.to_string(),
                    });
                }
            }
        }
        if removed {
            sync_dir(&self.dir).ok();
            Ok(())
        } else {
            Err(Error::Missing(id.to_string()))
        }
    }

    /// Deletes every note, readable or not; returns how many files went.
    pub fn wipe(&self) -> Result<usize, Error> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Ok(0);
        };
        let mut count = 0;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let note = path.extension().is_some_and(|e| e == PLAIN || e == LOCKED);
            let leftover = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with('.') && (n.contains(".tmp-") || n.ends_with(".lock"))
            });
            if note || leftover {
                fs::remove_file(&path).map_err(|e| Error::Write {
                    dir: self.dir.display().to_string(),
                    reason: e.to_string(),
                })?;
                count += usize::from(note);
            }
        }
        sync_dir(&self.dir).ok();
        Ok(count)
    }
}

/// Writes a copy the person asked for (an export), readable by them only. Returns its path.
pub fn write_copy(dir: &Path, name: &str, text: &str) -> io::Result<PathBuf> {
    write_atomic(dir, name, text.as_bytes())?;
    Ok(dir.join(name))
}

/// The file name of a note's copy for a lawyer. One name per note, so that kyr can find the
/// copy again when the note is locked: the copy stays plain text.
pub fn copy_name(id: &str) -> String {
    format!("kyr-note-{id}.md")
}

/// The copy of note `id` that kyr saved in `dir`, if it is still there.
pub fn find_copy(dir: &Path, id: &str) -> Option<PathBuf> {
    if !valid_id(id) {
        return None;
    }
    let path = dir.join(copy_name(id));
    // Not following links: what is reported is the file that deleting it would remove.
    fs::symlink_metadata(&path)
        .is_ok_and(|m| m.file_type().is_file())
        .then_some(path)
}

/// Deletes the copy of note `id` in `dir`, only ever when the person asked. Returns its path.
pub fn delete_copy(dir: &Path, id: &str) -> Result<PathBuf, Problem> {
    let path = dir.join(copy_name(id));
    let failed = |reason: String| {
        Problem::new(&path.display().to_string(), 0, "err-note-copy-delete").arg("reason", reason)
    };
    if !valid_id(id) {
        return Err(failed(
            io::Error::from(io::ErrorKind::InvalidInput).to_string(),
        ));
    }
    fs::remove_file(&path).map_err(|e| failed(e.to_string()))?;
    sync_dir(dir).ok();
    Ok(path)
}

/// Ids are what `new_id` makes: digits, letters and hyphens, so no path can be smuggled in.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !id.starts_with('-')
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    let file = path.display().to_string();
    let unreadable = |reason: String| {
        Error::Unreadable(Problem::new(&file, 0, "err-note-corrupt").arg("reason", reason))
    };
    let meta = fs::metadata(path).map_err(|e| unreadable(e.to_string()))?;
    if meta.len() > MAX_BYTES {
        return Err(Error::Unreadable(Problem::new(
            &file,
            0,
            "err-note-too-large",
        )));
    }
    fs::read(path).map_err(|e| unreadable(e.to_string()))
}

fn parse(id: &str, path: &Path, bytes: &[u8]) -> Result<Note, Error> {
    let corrupt = |reason: String| {
        Error::Unreadable(
            Problem::new(&path.display().to_string(), 0, "err-note-corrupt").arg("reason", reason),
        )
    };
    let text = std::str::from_utf8(bytes).map_err(|e| corrupt(e.to_string()))?;
    Note::from_toml(id, text).map_err(corrupt)
}

/// Temporary file beside the target, fsync, rename over it, fsync the folder: after a crash the
/// target holds the old or the new note, whole. The temporary file is created new (never
/// opened through a link someone planted) under an unpredictable name, readable by its owner
/// only.
fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.tmp-"))
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(dir.join(name)).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// The note id a temporary copy (`.ID.toml.tmp-XXXX`) belongs to.
fn leftover_of(name: &str) -> Option<&str> {
    let rest = name.strip_prefix('.')?;
    let (file, _) = rest.split_once(".tmp-")?;
    let (id, ext) = file.rsplit_once('.')?;
    (valid_id(id) && (ext == PLAIN || ext == LOCKED)).then_some(id)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::new(tmp.path().join("kyr"));
        (tmp, store)
    }

    #[test]
    fn saves_privately_and_reads_back() {
        let (_tmp, store) = store();
        let mut note = Note::new(store.new_id("20261126-181503"), "2026-11-26 18:15");
        note.set("place", "Flatbush Ave".into());
        store.save(&note, None).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(store.dir()), 0o700);
        assert_eq!(mode(&store.dir().join("20261126-181503.toml")), 0o600);
        assert_eq!(store.load(&note.id, None).unwrap(), note);
        assert_eq!(store.list(), vec![Entry::Plain(note.clone())]);
        assert_eq!(store.new_id("20261126-181503"), "20261126-181503-2");
    }

    #[test]
    fn a_planted_link_where_a_temporary_file_could_go_is_never_followed() {
        let (tmp, store) = store();
        let mut note = Note::new("20261126-181503".into(), "2026-11-26 18:15");
        note.set("place", "Flatbush Ave".into());
        store.save(&note, None).unwrap();
        let outside = tmp.path().join("outside.txt");
        fs::write(&outside, "someone else's file").unwrap();
        // The old names were predictable: `.ID.toml.tmp-PID`.
        let name = format!(".{}.toml.tmp-{}", note.id, std::process::id());
        std::os::unix::fs::symlink(&outside, store.dir().join(name)).unwrap();
        note.set("place", "Jackson Heights".into());
        store.save(&note, None).unwrap();
        assert_eq!(fs::read_to_string(&outside).unwrap(), "someone else's file");
        let target = store.dir().join("20261126-181503.toml");
        assert!(
            !fs::symlink_metadata(&target)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(store.load(&note.id, None).unwrap(), note);
    }

    #[test]
    fn folders_kyr_will_not_write_into_are_left_as_they_are() {
        let note = Note::new("20261126-181503".into(), "2026-11-26 18:15");
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let set = |p: &Path, m: u32| fs::set_permissions(p, fs::Permissions::from_mode(m)).unwrap();
        // Others can write to it: they could plant files and links.
        let (_tmp, store) = store();
        fs::create_dir(store.dir()).unwrap();
        set(store.dir(), 0o777);
        let refused = store.save(&note, None).unwrap_err();
        assert_eq!(refused.problem().id, "err-note-folder-open");
        assert_eq!(mode(store.dir()), 0o777);
        // The person made it read-only: respected, not undone.
        set(store.dir(), 0o500);
        let refused = store.save(&note, None).unwrap_err();
        assert_eq!(refused.problem().id, "err-note-folder-read-only");
        assert_eq!(mode(store.dir()), 0o500);
        assert!(fs::read_dir(store.dir()).unwrap().next().is_none());
        set(store.dir(), 0o700);
        // A link: kyr says where it points instead of writing through it.
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("real");
        fs::create_dir(&real).unwrap();
        let link = tmp.path().join("kyr");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let refused = Store::new(link).save(&note, None).unwrap_err().problem();
        assert_eq!(refused.id, "err-note-folder-link");
        assert!(refused.args.iter().any(|(_, v)| v.contains("real")));
    }

    #[test]
    fn half_saved_copies_are_reported_and_deleted_with_their_note() {
        let (_tmp, store) = store();
        let note = Note::new("20261126-181503".into(), "2026-11-26 18:15");
        store.save(&note, None).unwrap();
        let leftover = store.dir().join(".20261126-181503.toml.tmp-4242");
        fs::write(&leftover, "the newest words").unwrap();
        let list = store.list();
        assert!(
            list.iter()
                .any(|e| matches!(e, Entry::Broken(p) if p.id == "err-note-leftover")),
            "{list:?}"
        );
        store.delete(&note.id).unwrap();
        assert!(!leftover.exists());
        assert!(store.list().is_empty());
        // Only the leftover is there (killed before the first save finished): delete works.
        fs::write(&leftover, "the newest words").unwrap();
        store.delete(&note.id).unwrap();
        assert!(!leftover.exists());
    }

    #[test]
    fn a_note_open_in_one_kyr_is_refused_to_another() {
        let (_tmp, first) = store();
        let note = Note::new("20261126-181503".into(), "x");
        first.save(&note, None).unwrap();
        first.hold(&note.id).unwrap();
        let second = Store::new(first.dir().to_path_buf());
        assert_eq!(second.hold(&note.id), Err(Error::Busy(note.id.clone())));
        first.release();
        second.hold(&note.id).unwrap();
    }

    #[test]
    fn nothing_is_written_until_a_note_is_saved() {
        let (_tmp, store) = store();
        assert!(store.list().is_empty());
        assert!(!store.dir().exists());
    }

    #[test]
    fn locking_replaces_the_plain_copy() {
        let (_tmp, store) = store();
        let mut note = Note::new("20261126-181503".into(), "2026-11-26 18:15");
        note.set("said", "secret words".into());
        store.save(&note, None).unwrap();
        store.save(&note, Some("pass phrase")).unwrap();
        assert!(!store.dir().join("20261126-181503.toml").exists());
        let raw = fs::read(store.dir().join("20261126-181503.age")).unwrap();
        assert!(!String::from_utf8_lossy(&raw).contains("secret"));
        assert_eq!(store.list(), vec![Entry::Locked(note.id.clone())]);
        assert_eq!(
            store.load(&note.id, Some("wrong")),
            Err(Error::WrongPassphrase(note.id.clone()))
        );
        assert_eq!(
            fs::read(store.dir().join("20261126-181503.age")).unwrap(),
            raw
        );
        assert_eq!(store.load(&note.id, Some("pass phrase")).unwrap(), note);
    }

    #[test]
    fn damaged_files_are_reported_and_left_alone() {
        let (_tmp, store) = store();
        store
            .save(&Note::new("20260101-000000".into(), "x"), None)
            .unwrap();
        let dir = store.dir();
        let cases: [(&str, Vec<u8>); 4] = [
            (
                "20260102-000000.toml",
                b"version = 1\ncreated = \"x\"\n[fields\nplace = ".to_vec(),
            ),
            ("20260103-000000.toml", vec![0xff, 0xfe, 0x00, 0x41]),
            (
                "20260104-000000.toml",
                vec![b'#'; usize::try_from(MAX_BYTES + 1).unwrap()],
            ),
            ("20260105-000000.toml", b"".to_vec()),
        ];
        for (name, bytes) in &cases {
            fs::write(dir.join(name), bytes).unwrap();
        }
        let entries = store.list();
        let broken = entries
            .iter()
            .filter(|e| matches!(e, Entry::Broken(_)))
            .count();
        assert_eq!(broken, 4, "{entries:?}");
        assert!(entries.iter().any(|e| e.id() == Some("20260101-000000")));
        for (name, bytes) in &cases {
            assert_eq!(
                &fs::read(dir.join(name)).unwrap(),
                bytes,
                "{name} untouched"
            );
        }
    }

    #[test]
    fn ids_cannot_escape_the_folder() {
        let (_tmp, store) = store();
        assert!(matches!(
            store.load("../../etc/passwd", None),
            Err(Error::Missing(_))
        ));
        assert!(matches!(store.delete("../x"), Err(Error::Missing(_))));
    }

    #[test]
    fn a_read_only_folder_is_a_clear_error_and_keeps_the_old_note() {
        let (_tmp, store) = store();
        let mut note = Note::new("20261126-181503".into(), "x");
        store.save(&note, None).unwrap();
        fs::set_permissions(store.dir(), fs::Permissions::from_mode(0o500)).unwrap();
        note.set("place", "new".into());
        let result = store.save(&note, None);
        fs::set_permissions(store.dir(), fs::Permissions::from_mode(0o700)).unwrap();
        // Refused from the folder's mode, so even root (who may write anywhere) does not.
        assert!(matches!(result, Err(Error::Folder(_))), "{result:?}");
        assert_eq!(store.load(&note.id, None).unwrap().get("place"), "");
    }

    #[test]
    fn wipe_removes_everything() {
        let (_tmp, store) = store();
        store.save(&Note::new("a1".into(), "x"), None).unwrap();
        store.save(&Note::new("a2".into(), "x"), Some("p")).unwrap();
        assert_eq!(store.wipe().unwrap(), 2);
        assert!(store.list().is_empty());
    }
}
