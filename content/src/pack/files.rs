//! Where a pack's files come from: a folder on disk, or the source tree the program's own pack
//! is built from. The program's own pack is compiled (`crate::compiled`) and has no files.

use std::path::{Path, PathBuf};

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
    /// The pack compiled into the program.
    Embedded,
    /// A pack in one folder: its data, and its words in `locales/`.
    Dir(PathBuf),
    /// The source tree the program's pack is compiled from: data and words in two folders
    /// (`assets/nyc` and `locales`), named in problems as they are given.
    Source { data: PathBuf, locales: PathBuf },
}

impl Origin {
    /// The name a person sees for a pack file (`scenarios/at-home.toml`).
    pub fn display(&self, rel: &str) -> String {
        match self {
            Origin::Embedded => format!("assets/nyc/{rel}"),
            Origin::Dir(dir) | Origin::Source { data: dir, .. } => {
                dir.join(rel).display().to_string()
            }
        }
    }

    /// Where a language's folder is, if the pack has files.
    fn locales(&self) -> Option<PathBuf> {
        match self {
            Origin::Embedded => None,
            Origin::Dir(dir) => Some(dir.join("locales")),
            Origin::Source { locales, .. } => Some(locales.clone()),
        }
    }

    /// The folder no file may lead out of.
    fn root(&self) -> Option<&Path> {
        match self {
            Origin::Embedded => None,
            Origin::Dir(dir) => Some(dir),
            Origin::Source { data, .. } => Some(data),
        }
    }

    /// The folder no file of a language may lead out of.
    fn locale_root(&self) -> Option<PathBuf> {
        match self {
            Origin::Source { locales, .. } => Some(locales.clone()),
            _ => self.root().map(Path::to_path_buf),
        }
    }

    fn locale_display(&self, lang: &str, name: &str) -> String {
        match self.locales() {
            None => format!("locales/{lang}/{name}"),
            Some(dir) => dir.join(lang).join(name).display().to_string(),
        }
    }

    /// A data file of the pack, or `None` when it does not exist (or the pack is compiled).
    pub fn data(&self, rel: &str) -> Option<Read> {
        let root = self.root()?;
        read_disk(root, &root.join(rel))
    }

    /// Another file of a language's folder (tracking state), with its display name; `None`
    /// when it does not exist.
    pub fn locale_file(&self, lang: &str, name: &str) -> (String, Option<Read>) {
        let display = self.locale_display(lang, name);
        let read = self.locales().and_then(|dir| {
            let root = self.locale_root()?;
            read_disk(&root, &dir.join(lang).join(name))
        });
        (display, read)
    }

    /// The pack's Fluent files for one language, sorted by name: (display name, text).
    pub fn locale_files(&self, lang: &str) -> Option<Vec<(String, Read)>> {
        let folder = self.locales()?.join(lang);
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            // A folder that is there but cannot be listed says why (permissions).
            Err(e) => {
                let shown = folder.display().to_string();
                return Some(vec![(shown, Err(Refusal::Io(e.to_string())))]);
            }
        };
        let root = self.locale_root()?;
        let mut files: Vec<(String, Read)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| is_ftl(p))
            .filter_map(|p| {
                let read = read_disk(&root, &p)?;
                Some((self.locale_display(lang, &file_name(&p)), read))
            })
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Some(files)
    }
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
    if let (Ok(real), Ok(real_root)) = (path.canonicalize(), root.canonicalize())
        && !real.starts_with(&real_root)
    {
        return Some(Err(Refusal::Outside(real.display().to_string())));
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
