//! The command line, with its help text in the person's language.

use crate::app::Palette;
pub use crate::app::{Bidi, Shaping};
use crate::handout::Format;
use crate::i18n::Localizer;
use clap::{Arg, ArgAction, ArgMatches, Command};
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Task {
    Guide,
    /// The program's version and the content pack's: what a kiosk's screen shows.
    Version,
    List,
    Show(String),
    /// `kyr audio SCENARIO -o FILE.wav`: a situation read aloud, to a sound file.
    Audio {
        scenario: String,
        output: PathBuf,
    },
    Check {
        strict: bool,
    },
    Card,
    Contacts,
    Notes(NotesAction),
    Handout {
        scenarios: Vec<String>,
        format: Format,
        output: Option<PathBuf>,
    },
    /// `kyr l10n mark`: translations reviewed against the English they follow.
    Mark(Mark),
}

/// Which messages of a language to mark as translated from the English of today.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mark {
    pub lang: String,
    pub ids: Vec<String>,
    pub all: bool,
    /// Mark even a translation nobody edited since its English changed.
    pub unchanged: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotesAction {
    List,
    Export { id: String, markdown: bool },
    Delete(String),
    Wipe,
}

/// Settings of `--kiosk`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskArgs {
    pub idle_timeout: u64,
    pub operator_exit: String,
}

#[derive(Debug, Clone)]
pub struct Args {
    pub lang: Option<String>,
    pub content: Option<PathBuf>,
    pub bidi: Bidi,
    pub shaping: Shaping,
    /// Colours asked for on the command line; `None` lets kyr ask the terminal.
    pub theme: Option<Palette>,
    pub kiosk: Option<KioskArgs>,
    pub data_dir: Option<PathBuf>,
    pub second: Option<String>,
    pub workshop: bool,
    /// Read each new screen aloud once, by itself.
    pub speak: bool,
    /// `--screen-reader`: the guide as lines of text, answered by typing a number.
    pub screen_reader: bool,
    pub action: Task,
}

pub const DEFAULT_OPERATOR_EXIT: &str = "ctrl-x ctrl-x ctrl-q";

/// The command line. Without words (`None`) it parses just the same, with empty help: kyr
/// asks for the words only when it has something to print.
pub fn command(l10n: Option<&Localizer>) -> Command {
    let l10n = Help(l10n);
    let lang = Arg::new("lang")
        .long("lang")
        .value_name("CODE")
        .global(true)
        .help(l10n.ui("cli-help-lang"));
    // KYR_CONTENT lets a kiosk's systemd unit name a newer pack without changing its command.
    let content = Arg::new("content")
        .long("content")
        .value_name("DIR")
        .env("KYR_CONTENT")
        .global(true)
        .value_parser(clap::value_parser!(PathBuf))
        .help(l10n.ui("cli-help-content"));
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .global(true)
        .action(ArgAction::Help)
        .help(l10n.ui("cli-help-help"));
    let kyr = Command::new("kyr")
        .version(env!("CARGO_PKG_VERSION"))
        .about(l10n.ui("cli-about"))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::SetTrue)
                .help(l10n.ui("cli-help-version")),
        )
        .arg(lang)
        .arg(
            Arg::new("second")
                .long("second")
                .value_name("CODE")
                .help(l10n.ui("cli-help-second")),
        )
        .arg(content)
        .arg(
            Arg::new("bidi")
                .long("bidi")
                .value_name("WHO")
                .value_parser(["app", "terminal"])
                .default_value("app")
                .help(l10n.ui("cli-help-bidi")),
        )
        .arg(
            Arg::new("shaping")
                .long("shaping")
                .value_name("WHO")
                .value_parser(["app", "terminal"])
                .default_value("app")
                .help(l10n.ui("cli-help-shaping")),
        )
        .arg(
            Arg::new("theme")
                .long("theme")
                .value_name("BACKGROUND")
                .value_parser(["auto", "light", "dark"])
                .default_value("auto")
                .help(l10n.ui("cli-help-theme")),
        )
        .arg(
            Arg::new("workshop")
                .long("workshop")
                .action(ArgAction::SetTrue)
                .help(l10n.ui("cli-help-workshop")),
        )
        .arg(
            Arg::new("speak")
                .long("speak")
                .action(ArgAction::SetTrue)
                .help(l10n.ui("cli-help-speak")),
        )
        .arg(
            Arg::new("screen-reader")
                .long("screen-reader")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["kiosk", "workshop"])
                .help(l10n.ui("cli-help-screen-reader")),
        )
        .arg(
            Arg::new("kiosk")
                .long("kiosk")
                .action(ArgAction::SetTrue)
                .help(l10n.ui("cli-help-kiosk")),
        )
        .arg(
            Arg::new("idle-timeout")
                .long("idle-timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..))
                .default_value("120")
                .help(l10n.ui("cli-help-idle")),
        )
        .arg(
            Arg::new("operator-exit")
                .long("operator-exit")
                .value_name("KEYS")
                .default_value(DEFAULT_OPERATOR_EXIT)
                .help(l10n.ui("cli-help-operator-exit")),
        )
        .arg(help)
        .arg(
            Arg::new("data-dir")
                .long("data-dir")
                .value_name("DIR")
                .global(true)
                .value_parser(clap::value_parser!(PathBuf))
                .help(l10n.ui("cli-help-data-dir")),
        )
        .subcommand(notes_command(l10n))
        .subcommand(
            Command::new("handout")
                .about(l10n.ui("cli-help-handout"))
                .arg(
                    Arg::new("scenarios")
                        .value_name("SCENARIO")
                        .num_args(0..)
                        .help(l10n.ui("cli-help-handout-scenarios")),
                )
                .arg(
                    Arg::new("format")
                        .long("format")
                        // Names other than these are refused by clap, listing these.
                        .value_parser(clap::builder::TypedValueParser::try_map(
                            clap::builder::PossibleValuesParser::new(Format::NAMES),
                            |name| Format::named(&name).ok_or(name),
                        ))
                        .default_value("html")
                        .help(l10n.ui("cli-help-handout-format")),
                )
                .arg(
                    Arg::new("output")
                        .short('o')
                        .long("output")
                        .value_name("FILE")
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(l10n.ui("cli-help-output")),
                ),
        )
        .subcommand(l10n_command(l10n))
        .subcommand(Command::new("card").about(l10n.ui("cli-help-card")))
        .subcommand(Command::new("contacts").about(l10n.ui("cli-help-contacts")))
        .subcommand(Command::new("list").about(l10n.ui("cli-help-list")))
        .subcommand(
            Command::new("audio")
                .about(l10n.ui("cli-help-audio"))
                .arg(
                    Arg::new("scenario")
                        .value_name("SCENARIO")
                        .required(true)
                        .help(l10n.ui("cli-help-audio-scenario")),
                )
                .arg(
                    Arg::new("output")
                        .short('o')
                        .long("output")
                        .value_name("FILE")
                        .required(true)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(l10n.ui("cli-help-audio-output")),
                ),
        )
        .subcommand(
            Command::new("show").about(l10n.ui("cli-help-show")).arg(
                Arg::new("scenario")
                    .value_name("SCENARIO")
                    .required(true)
                    .help(l10n.ui("cli-help-scenario")),
            ),
        )
        .subcommand(
            Command::new("check").about(l10n.ui("cli-help-check")).arg(
                Arg::new("strict")
                    .long("strict")
                    .action(ArgAction::SetTrue)
                    .help(l10n.ui("cli-help-strict")),
            ),
        );
    in_words(kyr, l10n)
}

/// What the template puts where the usage line goes; the person's words surround it.
const USAGE: &str = "{usage}";

/// clap writes its headings ("Usage:", "Commands:", "Options:") and its notes on values
/// ("[default: …]", "[possible values: …]") in English, whatever the help text's language.
/// Templates put the person's headings, with their own punctuation, in place of clap's, and a
/// default is said inside the help text. The values to choose from are not repeated: every help
/// text that offers a choice names the values itself (a test keeps it so).
fn in_words(cmd: Command, l10n: Help) -> Command {
    // Parsing alone (no words given) needs no help texts.
    if l10n.0.is_none() {
        return cmd;
    }
    let styles = cmd.get_styles();
    let (header, usage) = (*styles.get_header(), *styles.get_usage());
    let line = l10n.ui_args("cli-help-usage", &[("usage", USAGE.to_string())]);
    let (heading, after) = line.split_once(USAGE).unwrap_or((&line, ""));
    let label = heading.trim_end();
    let gap = &heading[label.len()..];
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{label}{usage:#}{gap}{USAGE}{after}"
    );
    let mut section = |id: &str, tag: &str| {
        let title = l10n.ui(id);
        template.push_str(&format!("\n\n{header}{title}{header:#}\n{{{tag}}}"));
    };
    if cmd.has_subcommands() {
        section("cli-heading-commands", "subcommands");
    }
    if cmd.get_positionals().next().is_some() {
        section("cli-heading-arguments", "positionals");
    }
    // Every command has options: --help at least, given to subcommands when clap builds them.
    section("cli-heading-options", "options");
    template.push_str("{after-help}");
    cmd.help_template(template)
        .mut_args(|arg| {
            let arg = if arg.get_possible_values().is_empty() {
                arg
            } else {
                arg.hide_possible_values(true)
            };
            let defaults = arg.get_default_values();
            if defaults.is_empty() {
                return arg;
            }
            let value = defaults
                .iter()
                .map(|v| v.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ");
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let help = l10n.ui_args("cli-help-default", &[("help", help), ("value", value)]);
            arg.help(help).hide_default_value(true)
        })
        .mut_subcommands(|sub| in_words(sub, l10n))
}

/// Help texts, or nothing.
#[derive(Clone, Copy)]
struct Help<'a>(Option<&'a Localizer>);

impl Help<'_> {
    fn ui(&self, id: &str) -> String {
        self.0.map(|l| l.ui(id)).unwrap_or_default()
    }

    fn ui_args(&self, id: &str, args: &[(&str, String)]) -> String {
        self.0.map(|l| l.ui_args(id, args)).unwrap_or_default()
    }
}

fn l10n_command(l10n: Help) -> Command {
    Command::new("l10n")
        .about(l10n.ui("cli-help-l10n"))
        .subcommand_required(true)
        .subcommand(
            Command::new("mark")
                .about(l10n.ui("cli-help-l10n-mark"))
                .arg(
                    Arg::new("code")
                        .value_name("CODE")
                        .required(true)
                        .help(l10n.ui("cli-help-l10n-lang")),
                )
                .arg(
                    Arg::new("ids")
                        .value_name("MESSAGE-ID")
                        .num_args(0..)
                        .help(l10n.ui("cli-help-l10n-ids")),
                )
                .arg(
                    Arg::new("all")
                        .long("all")
                        .action(ArgAction::SetTrue)
                        .help(l10n.ui("cli-help-l10n-all")),
                )
                .arg(
                    Arg::new("unchanged")
                        .long("unchanged")
                        .action(ArgAction::SetTrue)
                        .help(l10n.ui("cli-help-l10n-unchanged")),
                ),
        )
}

fn notes_command(l10n: Help) -> Command {
    let id = || {
        Arg::new("id")
            .value_name("ID")
            .required(true)
            .help(l10n.ui("cli-help-note-id"))
    };
    Command::new("notes")
        .about(l10n.ui("cli-help-notes"))
        .subcommand_required(true)
        .subcommand(Command::new("list").about(l10n.ui("cli-help-notes-list")))
        .subcommand(
            Command::new("export")
                .about(l10n.ui("cli-help-notes-export"))
                .arg(id())
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["md", "txt"])
                        .default_value("md")
                        .help(l10n.ui("cli-help-format")),
                ),
        )
        .subcommand(
            Command::new("delete")
                .about(l10n.ui("cli-help-notes-delete"))
                .arg(id()),
        )
        .subcommand(Command::new("wipe").about(l10n.ui("cli-help-notes-wipe")))
}

pub fn parse(matches: &ArgMatches) -> Args {
    let action = match matches.subcommand() {
        _ if matches.get_flag("version") => Task::Version,
        Some(("list", _)) => Task::List,
        Some(("audio", sub)) => Task::Audio {
            scenario: sub
                .get_one::<String>("scenario")
                .cloned()
                .unwrap_or_default(),
            output: sub
                .get_one::<PathBuf>("output")
                .cloned()
                .unwrap_or_default(),
        },
        Some(("show", sub)) => Task::Show(
            sub.get_one::<String>("scenario")
                .cloned()
                .unwrap_or_default(),
        ),
        Some(("check", sub)) => Task::Check {
            strict: sub.get_flag("strict"),
        },
        Some(("notes", sub)) => {
            let id = |m: &ArgMatches| m.get_one::<String>("id").cloned().unwrap_or_default();
            Task::Notes(match sub.subcommand() {
                Some(("export", m)) => NotesAction::Export {
                    id: id(m),
                    markdown: m.get_one::<String>("format").is_none_or(|f| f == "md"),
                },
                Some(("delete", m)) => NotesAction::Delete(id(m)),
                Some(("wipe", _)) => NotesAction::Wipe,
                _ => NotesAction::List,
            })
        }
        Some(("handout", m)) => Task::Handout {
            scenarios: m
                .get_many::<String>("scenarios")
                .map(|v| v.cloned().collect())
                .unwrap_or_default(),
            format: m
                .get_one::<Format>("format")
                .copied()
                .unwrap_or(Format::Html),
            output: m.get_one::<PathBuf>("output").cloned(),
        },
        Some(("card", _)) => Task::Card,
        Some(("contacts", _)) => Task::Contacts,
        Some(("l10n", sub)) => {
            let m = sub.subcommand().map(|(_, m)| m).unwrap_or(sub);
            Task::Mark(Mark {
                lang: m.get_one::<String>("code").cloned().unwrap_or_default(),
                ids: m
                    .get_many::<String>("ids")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
                all: m.get_flag("all"),
                unchanged: m.get_flag("unchanged"),
            })
        }
        _ => Task::Guide,
    };
    // Global arguments may come before or after the subcommand.
    let sub = matches.subcommand().map(|(_, m)| m);
    let get_lang = |m: &ArgMatches| m.get_one::<String>("lang").cloned();
    let get_content = |m: &ArgMatches| m.get_one::<PathBuf>("content").cloned();
    // Global options may follow a nested subcommand (`kyr notes list --data-dir D`).
    let deepest = sub.and_then(|m| m.subcommand().map(|(_, n)| n));
    let get_dir = |m: &ArgMatches| m.get_one::<PathBuf>("data-dir").cloned();
    Args {
        lang: deepest
            .and_then(get_lang)
            .or_else(|| sub.and_then(get_lang))
            .or_else(|| get_lang(matches)),
        data_dir: deepest
            .and_then(get_dir)
            .or_else(|| sub.and_then(get_dir))
            .or_else(|| get_dir(matches)),
        content: sub.and_then(get_content).or_else(|| get_content(matches)),
        second: matches.get_one::<String>("second").cloned(),
        workshop: matches.get_flag("workshop"),
        speak: matches.get_flag("speak"),
        screen_reader: matches.get_flag("screen-reader"),
        kiosk: matches.get_flag("kiosk").then(|| KioskArgs {
            idle_timeout: matches
                .get_one::<u64>("idle-timeout")
                .copied()
                .unwrap_or(120),
            operator_exit: matches
                .get_one::<String>("operator-exit")
                .cloned()
                .unwrap_or_else(|| DEFAULT_OPERATOR_EXIT.to_string()),
        }),
        bidi: match matches.get_one::<String>("bidi").map(String::as_str) {
            Some("terminal") => Bidi::Terminal,
            _ => Bidi::App,
        },
        shaping: match matches.get_one::<String>("shaping").map(String::as_str) {
            Some("terminal") => Shaping::Terminal,
            _ => Shaping::App,
        },
        theme: match matches.get_one::<String>("theme").map(String::as_str) {
            Some("light") => Some(Palette::Light),
            Some("dark") => Some(Palette::Dark),
            _ => None,
        },
        action,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::LanguageIdentifier;

    fn args(argv: &[&str]) -> Args {
        let en: LanguageIdentifier = "en".parse().unwrap();
        let m = command(Some(&crate::i18n::interface(&en)))
            .try_get_matches_from(argv)
            .unwrap();
        parse(&m)
    }

    #[test]
    fn commands_and_global_options() {
        assert_eq!(args(&["kyr"]).action, Task::Guide);
        assert!(!args(&["kyr"]).screen_reader);
        assert!(args(&["kyr", "--screen-reader", "--lang", "ar"]).screen_reader);
        let a = args(&["kyr", "show", "at-home", "--lang", "es"]);
        assert_eq!(a.action, Task::Show("at-home".into()));
        assert_eq!(a.lang.as_deref(), Some("es"));
        let a = args(&["kyr", "--content", "/tmp/p", "check", "--strict"]);
        assert_eq!(a.action, Task::Check { strict: true });
        assert_eq!(a.bidi, Bidi::App);
        assert_eq!(args(&["kyr", "--bidi", "terminal"]).bidi, Bidi::Terminal);
        assert_eq!(a.shaping, Shaping::App);
        assert_eq!(
            args(&["kyr", "--shaping", "terminal"]).shaping,
            Shaping::Terminal
        );
        assert_eq!(a.theme, None);
        assert_eq!(
            args(&["kyr", "--theme", "light"]).theme,
            Some(Palette::Light)
        );
        assert_eq!(args(&["kyr", "--theme", "dark"]).theme, Some(Palette::Dark));
        assert_eq!(a.content, Some(PathBuf::from("/tmp/p")));
        let a = args(&["kyr", "l10n", "mark", "es", "a", "b", "--unchanged"]);
        let want = Mark {
            lang: "es".into(),
            ids: vec!["a".into(), "b".into()],
            all: false,
            unchanged: true,
        };
        assert_eq!(a.action, Task::Mark(want));
    }

    #[test]
    fn command_is_consistent() {
        let en: LanguageIdentifier = "en".parse().unwrap();
        command(Some(&crate::i18n::interface(&en))).debug_assert();
        command(None).debug_assert();
    }

    /// Help hides clap's English "[possible values: …]": the help text must name them instead.
    #[test]
    fn every_choice_is_named_in_its_help() {
        fn walk(cmd: &Command, checked: &mut usize) {
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                for value in arg.get_possible_values() {
                    assert!(
                        help.contains(value.get_name()),
                        "{} --{}: {help}",
                        cmd.get_name(),
                        arg.get_id()
                    );
                    *checked += 1;
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, checked);
            }
        }
        let en: LanguageIdentifier = "en".parse().unwrap();
        let mut checked = 0;
        walk(&command(Some(&crate::i18n::interface(&en))), &mut checked);
        assert!(checked >= 12, "{checked}");
    }
}
