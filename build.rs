//! Two jobs. The NYC pack and its locales are checked by the validator `kyr check` runs and
//! compiled into the program (kyr_content::compiled, included by src/embedded.rs): a pack with
//! problems fails the build, naming file and line. And the man pages and the bash, zsh and fish
//! completions are made here, from the very `cli::command` the binary parses with (src/cli.rs,
//! compiled into this script too), with its English help texts.
//!
//! Those are written to OUT_DIR and copied to `target/<profile>/kyr-dist/`, where cargo-deb
//! picks them up (Cargo gives other tools no way to find OUT_DIR): `man/*.1.gz`,
//! `completions/{kyr.bash,_kyr,kyr.fish}`. This runs again only when src/cli.rs, the pack,
//! the locales or this file change.

use clap_complete::Shell;
use flate2::{Compression, GzBuilder};
use std::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The command line itself. It names three of the crate's modules (src/cli.rs says
/// `crate::app`, `crate::handout`, `crate::i18n`); the modules below give it what it uses of
/// them. Only `parse` looks at app's types, and it is not called here.
#[allow(dead_code)]
#[path = "src/cli.rs"]
mod cli;

/// Stand-ins for the types `cli::parse` fills in.
mod app {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Bidi {
        App,
        Terminal,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Shaping {
        App,
        Terminal,
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Palette {
        Dark,
        Light,
    }
}

/// The handout formats as `--format` names them. src/handout.rs holds the real list (with the
/// renderers, which need the whole crate); tests/package.rs checks that the completions offer
/// exactly the names the binary takes.
mod handout {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Format {
        Html,
        Markdown,
        Text,
    }
    impl Format {
        pub const NAMES: [&'static str; 3] = ["html", "md", "txt"];
        pub fn named(name: &str) -> Option<Format> {
            match name {
                "html" => Some(Format::Html),
                "md" => Some(Format::Markdown),
                "txt" => Some(Format::Text),
                _ => None,
            }
        }
    }
}

/// The English help texts, read from locales/en as the binary reads them.
mod i18n {
    pub use kyr_content::i18n::Localizer;
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/cli.rs");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    compile_pack(&out)?;

    let english = kyr_content::compiled::interface_in(Path::new("locales"), "en");
    let mut cmd = cli::command(Some(&english));
    cmd.build();
    // Path below kyr-dist, and contents.
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();

    // One page for kyr and one for each subcommand (kyr-notes-list.1 …), as kyr.1 refers to
    // them. gzip -9 with no name and no time, as Debian wants, and the same bytes every build.
    let mut pages = vec![cmd.clone()];
    while let Some(page) = pages.pop() {
        pages.extend(page.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
        let page = clap_mangen::Man::new(page);
        let mut roff = Vec::new();
        page.render(&mut roff)?;
        let mut gz = GzBuilder::new()
            .mtime(0)
            .write(Vec::new(), Compression::best());
        gz.write_all(&roff)?;
        files.push((format!("man/{}.gz", page.get_filename()), gz.finish()?));
    }
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut cmd, "kyr", &mut script);
        let name = clap_complete::Generator::file_name(&shell, "kyr");
        files.push((format!("completions/{name}"), script));
    }

    let dist = out.join("kyr-dist");
    put(&dist, &files)?;
    // OUT_DIR is target/<profile>/build/kyr-<hash>/out. A layout other than that (a custom
    // build directory) leaves the files in OUT_DIR only.
    let profile = out
        .parent()
        .and_then(Path::parent)
        .filter(|build| build.file_name().is_some_and(|n| n == "build"))
        .and_then(Path::parent);
    if let Some(profile) = profile
        && let Err(e) = put(&profile.join("kyr-dist"), &files)
    {
        println!(
            "cargo:warning=man pages and completions stay in {}: {e}",
            dist.display()
        );
    }
    Ok(())
}

/// The pack in assets/nyc with its words in locales/, checked by the validator `kyr check`
/// runs and compiled for src/embedded.rs. A pack with problems stops the build, each problem
/// on its own line with its file and line.
fn compile_pack(out: &Path) -> Result<(), Box<dyn Error>> {
    let compiled = kyr_content::compiled::compile(Path::new("assets/nyc"), Path::new("locales"));
    let output = match compiled {
        Ok(output) => output,
        Err(report) => {
            for line in report.lines() {
                println!("cargo::error={line}");
            }
            return Err("the content pack has problems (listed above)".into());
        }
    };
    for (name, bytes) in &output.files {
        write_if_changed(&out.join(name), bytes)?;
    }
    write_if_changed(&out.join("compiled.rs"), output.rust.as_bytes())?;
    Ok(())
}

fn write_if_changed(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    std::fs::write(path, bytes)
}

/// Writes the files below `root` and removes any other file in their folders (a page of a
/// subcommand that is gone). A file that already holds its bytes is left alone.
fn put(root: &Path, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    for dir in ["man", "completions"] {
        let dir = root.join(dir);
        std::fs::create_dir_all(&dir)?;
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if !files.iter().any(|(name, _)| root.join(name) == path) {
                std::fs::remove_file(path)?;
            }
        }
    }
    for (name, bytes) in files {
        write_if_changed(&root.join(name), bytes)?;
    }
    Ok(())
}
