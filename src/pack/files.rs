//! Where a pack's files come from: the copy embedded in the binary or a folder on disk.

use include_dir::{Dir, include_dir};
use std::path::{Path, PathBuf};

static NYC: Dir = include_dir!("$CARGO_MANIFEST_DIR/assets/nyc");
static LOCALES: Dir = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A file's text, or why it could not be read.
pub type Read = Result<String, Refusal>;

/// Why a pack file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The system's own reason (permission denied, not UTF-8, ...).
    Io(String),
    /// A FIFO, a device, a socket: reading it could block or never end.
    NotRegular,
    /// A link that leads out of the pack's folder.
    Outside(String),
    TooLarge(u64),
}

impl Refusal {
    /// The problem to report for `file`.
    pub fn problem(&self, file: &str) -> crate::problem::Problem {
        use crate::problem::Problem;
        match self {
            Refusal::Io(reason) => Problem::new(file, 0, "err-read").arg("reason", reason.clone()),
            Refusal::NotRegular => Problem::new(file, 0, "err-not-regular"),
            Refusal::Outside(target) => {
                Problem::new(file, 0, "err-outside-pack").arg("target", target.clone())
            }
            Refusal::TooLarge(size) => Problem::new(file, 0, "err-too-large")
                .arg("size", size.to_string())
                .arg("max", MAX_FILE.to_string()),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Origin {
    Embedded,
    Dir(PathBuf),
}

impl Origin {
    /// The name a person sees for a pack file (`scenarios/at-home.toml`).
    pub fn display(&self, rel: &str) -> String {
        match self {
            Origin::Embedded => format!("assets/nyc/{rel}"),
            Origin::Dir(dir) => dir.join(rel).display().to_string(),
        }
    }

    fn locale_display(&self, lang: &str, name: &str) -> String {
        match self {
            Origin::Embedded => format!("locales/{lang}/{name}"),
            Origin::Dir(dir) => dir
                .join("locales")
                .join(lang)
                .join(name)
                .display()
                .to_string(),
        }
    }

    /// A data file of the pack, or `None` when it does not exist.
    pub fn data(&self, rel: &str) -> Option<Read> {
        match self {
            Origin::Embedded => NYC.get_file(rel).map(|f| utf8(f.contents())),
            Origin::Dir(dir) => read_disk(dir, &dir.join(rel)),
        }
    }

    /// Another file of a language's folder (tracking state), with its display name; `None`
    /// when it does not exist.
    pub fn locale_file(&self, lang: &str, name: &str) -> (String, Option<Read>) {
        let display = self.locale_display(lang, name);
        let read = match self {
            Origin::Embedded => LOCALES
                .get_file(format!("{lang}/{name}"))
                .map(|f| utf8(f.contents())),
            Origin::Dir(dir) => read_disk(dir, &dir.join("locales").join(lang).join(name)),
        };
        (display, read)
    }

    /// The pack's Fluent files for one language, sorted by name: (display name, text).
    pub fn locale_files(&self, lang: &str) -> Option<Vec<(String, Read)>> {
        let mut files: Vec<(String, Read)> = match self {
            Origin::Embedded => LOCALES
                .get_dir(lang)?
                .files()
                .filter(|f| is_ftl(f.path()))
                .map(|f| {
                    let name = file_name(f.path());
                    (self.locale_display(lang, &name), utf8(f.contents()))
                })
                .collect(),
            Origin::Dir(dir) => {
                let folder = dir.join("locales").join(lang);
                let entries = match std::fs::read_dir(&folder) {
                    Ok(entries) => entries,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
                    // A folder that is there but cannot be listed says why (permissions).
                    Err(e) => {
                        let shown = folder.display().to_string();
                        return Some(vec![(shown, Err(Refusal::Io(e.to_string())))]);
                    }
                };
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| is_ftl(p))
                    .filter_map(|p| {
                        let read = read_disk(dir, &p)?;
                        Some((self.locale_display(lang, &file_name(&p)), read))
                    })
                    .collect()
            }
        };
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Some(files)
    }
}

/// The embedded pack's Fluent files for one language, without copying (or decoding) them.
pub fn embedded_locale_files(lang: &str) -> Option<Vec<(String, &'static [u8])>> {
    let mut files: Vec<(String, &'static [u8])> = LOCALES
        .get_dir(lang)?
        .files()
        .filter(|f| is_ftl(f.path()))
        .map(|f| {
            let name = file_name(f.path());
            (format!("locales/{lang}/{name}"), f.contents())
        })
        .collect();
    files.sort();
    Some(files)
}

/// The interface's own Fluent files for a language (`ui.ftl`, `errors.ftl`), which every
/// pack can use: a pack brings content, the program brings its interface.
pub fn interface_files(lang: &str) -> Vec<(String, &'static str)> {
    let Some(dir) = LOCALES.get_dir(lang) else {
        return Vec::new();
    };
    let mut files: Vec<(String, &'static str)> = INTERFACE_FILES
        .iter()
        .filter_map(|name| {
            let file = dir.get_file(format!("{lang}/{name}"))?;
            Some((format!("locales/{lang}/{name}"), file.contents_utf8()?))
        })
        .collect();
    files.sort();
    files
}

/// Languages the program's interface is written in.
pub fn interface_languages() -> Vec<String> {
    LOCALES.dirs().map(|d| file_name(d.path())).collect()
}

pub const INTERFACE_FILES: [&str; 3] = ["ui.ftl", "errors.ftl", "notes.ftl"];

fn is_ftl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ftl")
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn utf8(bytes: &[u8]) -> Read {
    String::from_utf8(bytes.to_vec()).map_err(|e| Refusal::Io(e.to_string()))
}

/// No content file needs more; a bigger one is refused before it is read.
pub const MAX_FILE: u64 = 4 << 20;

/// A file of the pack in `root`, or `None` when it does not exist. Only a regular file inside
/// the pack is read, and never more than `MAX_FILE` bytes of it: a FIFO would block, a device
/// would never end, a link could show a file from elsewhere on the machine.
fn read_disk(root: &Path, path: &Path) -> Option<Read> {
    use std::io::Read as _;
    use std::os::unix::fs::OpenOptionsExt;
    let io = |e: std::io::Error| Some(Err(Refusal::Io(e.to_string())));
    // Opening a FIFO for reading waits for a writer unless it is opened without blocking.
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => return io(e),
    };
    // The type of what was opened, not of the name: the name could change in between.
    let meta = match file.metadata() {
        Ok(m) => m,
        Err(e) => return io(e),
    };
    if !meta.is_file() {
        return Some(Err(Refusal::NotRegular));
    }
    if let (Ok(real), Ok(real_root)) = (path.canonicalize(), root.canonicalize()) {
        if !real.starts_with(&real_root) {
            return Some(Err(Refusal::Outside(real.display().to_string())));
        }
    }
    if meta.len() > MAX_FILE {
        return Some(Err(Refusal::TooLarge(meta.len())));
    }
    let mut bytes = Vec::new();
    if let Err(e) = file.take(MAX_FILE + 1).read_to_end(&mut bytes) {
        return io(e);
    }
    if bytes.len() as u64 > MAX_FILE {
        return Some(Err(Refusal::TooLarge(bytes.len() as u64)));
    }
    Some(utf8(&bytes))
}
