//! The edge: arguments, environment, loading, output. Everything else is in the library.

use kyr::cli::{self, Task};
use kyr::i18n::{Localizer, negotiate};
use kyr::pack::{self, Origin};
use kyr::{plain, terminal};
use std::cell::LazyCell;
use std::io::Write;
use std::process::ExitCode;
use unic_langid::LanguageIdentifier;

fn main() -> ExitCode {
    kyr::i18n::install_quiet_hook();
    let wanted = negotiate::from_env(|k| std::env::var(k).ok());
    // `kyr --help --lang ru` should answer in Russian: look for --lang before clap runs.
    let first_lang = |l: String| l.split(',').next().map(str::to_string);
    // Arguments that are not UTF-8 are passed over here; clap reports them as errors below.
    let args = std::env::args_os().map(|a| a.to_string_lossy().into_owned());
    let lead = lang_argument(args).and_then(first_lang);
    // The interface's words are parsed only if something needs saying (help, an error).
    let interface = LazyCell::new(|| interface_for(&wanted, lead.as_deref()));
    let matches = match cli::command(None).try_get_matches() {
        Ok(m) => m,
        Err(_) => {
            // --help, --version and mistakes land here: ask again with the words, so clap
            // prints them in the person's language.
            let Err(e) = cli::command(Some(&interface)).try_get_matches() else {
                return ExitCode::FAILURE;
            };
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    // The interface above already speaks the --lang language (it was read before clap).
    let args = cli::parse(&matches);

    let origin = match &args.content {
        Some(dir) => Origin::Dir(dir.clone()),
        None => Origin::Embedded,
    };
    // `kyr check` validates a pack from files and reports every language's coverage (for the
    // embedded pack, the build has checked it and compiled the coverage in); everything else
    // starts from the compiled pack, its words parsed on demand.
    let load = match args.action {
        Task::Check { .. } => pack::load,
        _ => pack::load_trusted,
    };
    // Left to the system at exit: freeing the pack piece by piece only to end cost a tenth of
    // `kyr list`.
    let mut loaded = match load(&origin) {
        Ok(l) => std::mem::ManuallyDrop::new(l),
        Err(problems) => {
            let report = plain::problems(&problems, &interface);
            // A kiosk stays up, calm, for the operator to fix; the report goes to the log.
            if let (Task::Guide, Some(k)) = (&args.action, &args.kiosk) {
                for line in report.lines() {
                    kyr::log::operator(line);
                }
                let keys = kyr::app::parse_keys(&k.operator_exit).unwrap_or_default();
                return match terminal::out_of_order(keys) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(_) => ExitCode::FAILURE,
                };
            }
            say_error(report.trim_end());
            return ExitCode::FAILURE;
        }
    };

    let available: Vec<LanguageIdentifier> = loaded.l10n.languages();
    // `--lang ht,en` names several languages (for handouts); the first one leads.
    let mut langs = Vec::new();
    for code in args.lang.iter().flat_map(|l| l.split(',')) {
        match find_language(code, &available) {
            Some(i) => langs.push(i),
            None => {
                let list = loaded.l10n.tags().join(", ");
                let args = [("code", code.to_string()), ("list", list)];
                say_error(&interface.ui_args("err-unknown-lang", &args));
                return ExitCode::from(2);
            }
        }
    }
    let chosen = langs.first().copied();
    let preselect = chosen.or_else(|| negotiate::best(&wanted, &available));
    let reference = loaded.l10n.reference();
    loaded.l10n.set_current(preselect.unwrap_or(reference));

    let text = match &args.action {
        Task::Guide => {
            let kiosk = match &args.kiosk {
                None => None,
                Some(k) => match kyr::app::parse_keys(&k.operator_exit) {
                    Some(keys) => Some(kyr::app::Kiosk::new(k.idle_timeout, keys)),
                    None => {
                        let keys = [("keys", k.operator_exit.clone())];
                        say_error(&interface.ui_args("err-operator-exit", &keys));
                        return ExitCode::from(2);
                    }
                },
            };
            let notes = args
                .data_dir
                .clone()
                .or_else(|| kyr::notes::store::Store::default_dir(|k| std::env::var(k).ok()))
                .map(kyr::notes::store::Store::new);
            // A conversation in lines of text for screen readers: when asked, or on a terminal
            // that cannot place the cursor. A kiosk always has its full screen.
            let on_terminal = {
                use std::io::IsTerminal;
                std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
            };
            let term = std::env::var("TERM").ok();
            if kiosk.is_none()
                && kyr::reader::wanted(args.screen_reader, term.as_deref(), on_terminal)
            {
                let options = kyr::reader::Options {
                    lang_given: chosen.is_some(),
                    notes,
                    today: today(),
                    export_dir: std::env::var_os("HOME").map_or_else(|| ".".into(), Into::into),
                };
                kyr::reader::run(std::mem::ManuallyDrop::into_inner(loaded), options);
                return ExitCode::SUCCESS;
            }
            let second = match &args.second {
                None => None,
                Some(code) => match find_language(code, &available) {
                    Some(i) => Some(i),
                    None => {
                        let list = loaded.l10n.tags().join(", ");
                        let args = [("code", code.clone()), ("list", list)];
                        say_error(&interface.ui_args("err-unknown-lang", &args));
                        return ExitCode::from(2);
                    }
                },
            };
            let options = terminal::Options {
                lang_given: chosen.is_some(),
                bidi: args.bidi,
                shaping: args.shaping,
                kiosk,
                notes,
                second,
                workshop: args.workshop,
                speak: args.speak,
                today: today(),
                palette: terminal::palette(
                    args.theme,
                    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
                ),
                // A copy for a lawyer goes where the person will find it: their home folder.
                export_dir: std::env::var_os("HOME").map_or_else(|| ".".into(), Into::into),
            };
            return match terminal::run(std::mem::ManuallyDrop::into_inner(loaded), options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let reason = [("reason", e.to_string())];
                    say_error(&interface.ui_args("err-terminal", &reason));
                    ExitCode::FAILURE
                }
            };
        }
        Task::Notes(action) => {
            let dir = args
                .data_dir
                .clone()
                .or_else(|| kyr::notes::store::Store::default_dir(|k| std::env::var(k).ok()));
            let Some(dir) = dir else {
                say_error(&interface.ui("err-note-no-folder"));
                return ExitCode::FAILURE;
            };
            let store = kyr::notes::store::Store::new(dir);
            match kyr::notes::command::run(action, &store, &loaded.l10n, &mut ask) {
                Ok(text) => text,
                Err(message) => {
                    say_error(&message);
                    return ExitCode::FAILURE;
                }
            }
        }
        Task::List => plain::list(&loaded.pack, &loaded.l10n),
        Task::Version => {
            let pack = &loaded.pack;
            let args = [
                ("id", pack.id.to_string()),
                ("version", pack.version.to_string()),
                ("date", pack.last_reviewed.to_string()),
            ];
            format!(
                "kyr {}\n{}\n",
                env!("CARGO_PKG_VERSION"),
                interface.ui_args("cli-version-pack", &args)
            )
        }
        Task::Card => plain::card(&loaded.pack, &loaded.l10n, &today()),
        Task::Handout {
            scenarios,
            format,
            output,
        } => {
            let mut chosen_scenarios = Vec::new();
            for id in scenarios {
                match scenario(&loaded.pack, &interface, id) {
                    Ok(i) => chosen_scenarios.push(i),
                    Err(code) => return code,
                }
            }
            if chosen_scenarios.is_empty() {
                chosen_scenarios = (0..loaded.pack.scenarios.len()).collect();
            }
            if langs.is_empty() {
                langs.push(loaded.l10n.current());
            }
            let format = *format;
            let text = kyr::handout::handout(
                &loaded.pack,
                &loaded.l10n,
                &chosen_scenarios,
                &langs,
                format,
                &today(),
            );
            match output {
                None => text,
                Some(path) => {
                    if let Err(e) = std::fs::write(path, text) {
                        let args = [
                            ("file", path.display().to_string()),
                            ("reason", e.to_string()),
                        ];
                        say_error(&interface.ui_args("err-handout-write", &args));
                        return ExitCode::FAILURE;
                    }
                    return ExitCode::SUCCESS;
                }
            }
        }
        Task::Contacts => plain::contacts(&loaded.pack, &loaded.l10n),
        Task::Check { strict } => {
            let mut report =
                plain::check_report(&loaded.pack, &loaded.l10n, &loaded.coverage, chosen);
            // Past its review date the content still checks, with a warning.
            if let Some(line) = kyr::notice::out_of_date(&loaded.pack, &loaded.l10n, &today()) {
                report.push_str(&line);
                report.push('\n');
            }
            let code = write_stdout(&report, &interface);
            let incomplete = plain::incomplete(&loaded.l10n, &loaded.coverage);
            if *strict && !incomplete.is_empty() {
                for line in incomplete {
                    say_error(&line);
                }
                return ExitCode::FAILURE;
            }
            return code;
        }
        Task::Mark(mark) => {
            let locales = match &origin {
                Origin::Dir(dir) => dir.join("locales"),
                Origin::Source { locales, .. } => locales.clone(),
                Origin::Embedded => {
                    // The built-in pack's files are where it was built from, if still there.
                    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
                    if !source.is_dir() {
                        let path = [("path", source.display().to_string())];
                        say_error(&interface.ui_args("err-l10n-no-source", &path));
                        return ExitCode::FAILURE;
                    }
                    source
                }
            };
            let reference = loaded.l10n.tag(loaded.l10n.reference());
            let outcome = kyr::i18n::mark::mark(&locales, &reference, mark, &interface);
            if !outcome.ok {
                say_error(outcome.text.trim_end());
                return ExitCode::FAILURE;
            }
            outcome.text
        }
        Task::Audio {
            scenario: id,
            output,
        } => {
            let i = match scenario(&loaded.pack, &interface, id) {
                Ok(i) => i,
                Err(code) => return code,
            };
            let l10n = &loaded.l10n;
            let text = kyr::app::speech::scenario_ssml(&loaded.pack, l10n, i, &today());
            let voices = kyr::app::speech::voices(l10n, l10n.current());
            let voice = voices.first().cloned().unwrap_or_default();
            return match kyr::speech::write_wav(&text, &voice, output) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problem) => {
                    say_error(&problem.render(&interface));
                    ExitCode::FAILURE
                }
            };
        }
        Task::Show(id) => match scenario(&loaded.pack, &interface, id) {
            Ok(i) => plain::show(&loaded.pack, &loaded.l10n, i, &today()),
            Err(code) => return code,
        },
    };
    write_stdout(&text, &interface)
}

/// Today's date (ISO), for the content's review date: `KYR_TODAY` when set (tests), else the
/// local calendar.
fn today() -> String {
    std::env::var("KYR_TODAY")
        .ok()
        .filter(|d| kyr::clock::is_date(d))
        .unwrap_or_else(|| kyr::clock::Local::now().date())
}

/// Writes an error line. Unlike `eprintln!`, a closed terminal is not a reason to panic.
fn say_error(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// A scenario by id, or the error that lists the valid ones.
fn scenario(pack: &kyr::pack::Pack, interface: &Localizer, id: &str) -> Result<usize, ExitCode> {
    pack.scenario_index(id).ok_or_else(|| {
        let ids: Vec<&str> = pack.scenarios.iter().map(|s| s.id.as_str()).collect();
        let args = [("id", id.to_string()), ("list", ids.join(", "))];
        say_error(&interface.ui_args("err-unknown-scenario", &args));
        ExitCode::from(2)
    })
}

/// The pack's language that best matches a code given on the command line.
fn find_language(code: &str, available: &[LanguageIdentifier]) -> Option<usize> {
    let asked: Vec<LanguageIdentifier> = code.parse().into_iter().collect();
    negotiate::best(&asked, available)
}

/// Asks on the terminal (typing hidden for secrets), or reads a line from piped input.
fn ask(prompt: &str, secret: bool) -> Option<String> {
    use std::io::{BufRead, IsTerminal};
    let _ = write!(std::io::stderr(), "{prompt} ");
    let _ = std::io::stderr().flush();
    let stdin = std::io::stdin();
    if secret && stdin.is_terminal() {
        let line = read_hidden();
        let _ = writeln!(std::io::stderr());
        return line;
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).ok()?;
    Some(line.trim_end_matches(['\r', '\n']).to_string())
}

/// A line typed without echo: raw mode, one key at a time.
fn read_hidden() -> Option<String> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    crossterm::terminal::enable_raw_mode().ok()?;
    let mut line = String::new();
    let result = loop {
        match read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Some(line),
                KeyCode::Esc => break None,
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => break None,
                KeyCode::Backspace => {
                    line.pop();
                }
                KeyCode::Char(c) => line.push(c),
                _ => {}
            },
            Ok(Event::Paste(text)) => line.push_str(&text),
            Ok(_) => {}
            Err(_) => break None,
        }
    };
    let _ = crossterm::terminal::disable_raw_mode();
    result
}

/// The value of `--lang CODE` or `--lang=CODE`, if given.
fn lang_argument(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            return args.next();
        }
        if let Some(code) = arg.strip_prefix("--lang=") {
            return Some(code.to_string());
        }
    }
    None
}

/// The interface's words in the language asked for (`--lang`, else the environment).
fn interface_for(wanted: &[LanguageIdentifier], lang: Option<&str>) -> Localizer {
    let mut asked: Vec<LanguageIdentifier> =
        lang.and_then(|l| l.parse().ok()).into_iter().collect();
    asked.extend_from_slice(wanted);
    let available: Vec<LanguageIdentifier> = pack::interface_languages()
        .iter()
        .filter_map(|t| t.parse().ok())
        .collect();
    let pick = negotiate::best(&asked, &available)
        .map(|i| available[i].clone())
        .unwrap_or_default();
    kyr::i18n::interface(&pick)
}

/// A reader that stops early (`kyr show at-home | head -1`) is not an error.
/// The interface's words are only needed, and so only parsed, if writing fails.
fn write_stdout(text: &str, interface: &impl std::ops::Deref<Target = Localizer>) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say_error(&interface.ui_args("err-output", &[("reason", e.to_string())]));
            ExitCode::FAILURE
        }
    }
}
