//! Handouts as a printer sees them: rendered by headless Chromium to PDF, read back with
//! pdftotext. Needs `chromium`, `poppler-utils` and Noto fonts (`.ci/run` installs them).
#![allow(
    clippy::cast_possible_truncation,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

#[path = "support/tools.rs"]
mod tools;

use kyr::pack::{self, Origin};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Chromium prints, poppler reads back; without them the tests say so and pass.
fn printing_tools(test: &str) -> bool {
    tools::available(
        test,
        &["chromium", "pdftotext", "pdfinfo", "pdftoppm"],
        "chromium poppler-utils fonts-noto-core fonts-noto-cjk",
    )
}

fn tool(name: &str) -> PathBuf {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .unwrap();
    assert!(
        found.status.success(),
        "{name} is needed: apt-get install -y chromium poppler-utils fonts-noto-core fonts-noto-cjk"
    );
    PathBuf::from(String::from_utf8(found.stdout).unwrap().trim())
}

fn print_pdf(html: &Path, pdf: &Path) {
    print_pdf_with(html, pdf, &["--no-pdf-header-footer"]);
}

/// Prints as Chromium's print window does by default: with its header and footer (the date,
/// the title, the file's address and the page number) unless the page keeps them off.
fn print_pdf_with(html: &Path, pdf: &Path, options: &[&str]) {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(tool("chromium"))
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .args(options)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        status.status.success() && pdf.exists(),
        "chromium printed nothing"
    );
}

fn pdf_text(pdf: &Path, page: Option<usize>) -> String {
    let mut cmd = Command::new(tool("pdftotext"));
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd.arg(pdf).arg("-").output().unwrap();
    // pdftotext marks right-to-left runs with embedding controls; the words are what matter.
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| {
            !('\u{202A}'..='\u{202E}').contains(c) && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn pages(pdf: &Path) -> usize {
    let out = Command::new(tool("pdfinfo")).arg(pdf).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// The letters of a text, without spaces, punctuation or combining marks: PDF text extraction
/// moves Arabic marks and Bengali vowel signs around, and sentence punctuation in
/// right-to-left runs; the letters themselves come out in order.
fn letters(text: &str) -> String {
    let mark = |c: char| {
        matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
            | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0981}'..='\u{0983}'
            | '\u{09BC}'..='\u{09D7}' | '\u{09E2}'..='\u{09E3}')
    };
    text.chars()
        .filter(|c| c.is_alphanumeric() && !mark(*c))
        .collect()
}

/// Every word of `needle` is in `haystack` (words, not their order: extraction may reorder
/// the clauses of a right-to-left line).
fn holds(haystack: &str, needle: &str) -> bool {
    let hay = letters(haystack);
    needle
        .split_whitespace()
        .map(letters)
        .filter(|w| !w.is_empty())
        .all(|w| hay.contains(&w))
}

/// A message in one language, with spaces folded like the PDF text.
fn say(lang: &str, id: &str, attr: Option<&str>) -> String {
    let mut loaded = pack::load(&Origin::Embedded).unwrap();
    let i = loaded.l10n.tags().iter().position(|t| t == lang).unwrap();
    loaded.l10n.set_current(i);
    let text = match attr {
        Some(a) => loaded.l10n.text(id, Some(a)),
        None => loaded.l10n.ui(id),
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn handouts_print_in_both_languages_with_the_card_on_one_page() {
    if !printing_tools("handouts_print_in_both_languages_with_the_card_on_one_page") {
        return;
    }
    let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("handouts");
    std::fs::create_dir_all(&artifacts).unwrap();
    for pair in ["en,es", "ar,en", "zh-Hant,en", "bn,en"] {
        let dir = tempfile::tempdir().unwrap();
        let html = dir.path().join("handout.html");
        let pdf = dir.path().join("handout.pdf");
        let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
            .args([
                "handout", "at-home", "warrant", "--format", "html", "--lang", pair, "-o",
            ])
            .arg(&html)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let source = std::fs::read_to_string(&html).unwrap();
        assert!(
            // Sources print their addresses as text; nothing is loaded from anywhere.
            !source.contains("src=")
                && !source.contains("<link")
                && !source.contains("url(")
                && !source.contains("@import"),
            "the handout fetches nothing"
        );
        print_pdf(&html, &pdf);

        let n = pages(&pdf);
        assert!((2..=5).contains(&n), "{pair}: {n} pages");
        let text = pdf_text(&pdf, None);
        for lang in pair.split(',') {
            let expected = [
                say_title(lang, "at-home"),
                say_title(lang, "warrant"),
                say(lang, "ui-who-to-call", None),
            ];
            for words in expected {
                assert!(
                    holds(&text, &words),
                    "{pair}: {lang} {words:?} not in the PDF:\n{text}"
                );
            }
        }
        // The card: every statement, in English and in the other language, on one page.
        let other = pair.split(',').find(|l| *l != "en").unwrap();
        let card_page = (1..=n)
            .find(|&p| pdf_text(&pdf, Some(p)).contains("I will remain silent."))
            .expect("the card is printed");
        let page = pdf_text(&pdf, Some(card_page));
        for line in [
            "silent",
            "no-search",
            "no-entry",
            "lawyer",
            "no-sign",
            "slide",
        ] {
            let attr = format!("line-{line}");
            for lang in ["en", other] {
                let words = say(lang, "card", Some(&attr));
                assert!(
                    holds(&page, &words),
                    "{pair}: card {lang} {line} {words:?} not on page {card_page}:\n{page}"
                );
            }
        }
        // One picture per pair, kept for people to look at.
        let shot = artifacts.join(format!("handout-{}", pair.replace(',', "+")));
        let _ = Command::new(tool("pdftoppm"))
            .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&pdf)
            .arg(&shot)
            .status();
        assert!(shot.with_extension("png").exists(), "screenshot kept");
    }
}

/// The handout made by `kyr handout SCENARIOS --lang LANGS`, written to `html`.
fn make_handout(scenarios: &[&str], langs: &str, html: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .arg("handout")
        .args(scenarios)
        .args(["--format", "html", "--lang", langs, "-o"])
        .arg(html)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(html).unwrap()
}

/// The PDF's text line by line, in the order it was drawn (`-raw`: `-layout` guesses the
/// order of mixed-direction lines and moves brackets out of place), without the controls
/// pdftotext marks right-to-left runs with.
fn pdf_lines(pdf: &Path) -> Vec<String> {
    let out = Command::new(tool("pdftotext"))
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            line.chars()
                .filter(|c| {
                    !('\u{202A}'..='\u{202E}').contains(c) && !('\u{2066}'..='\u{2069}').contains(c)
                })
                .collect()
        })
        .collect()
}

/// The words of an HTML file as a reader sees them, tags dropped.
fn html_words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
}

#[test]
fn english_names_inside_arabic_print_whole_with_their_brackets() {
    if !printing_tools("english_names_inside_arabic_print_whole_with_their_brackets") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("handout.html");
    let pdf = dir.path().join("handout.pdf");
    let source = make_handout(&["at-home", "warrant"], "ar,en", &html);
    print_pdf(&html, &pdf);
    let lines = pdf_lines(&pdf);
    let printed = |run: &str| lines.iter().map(|l| l.matches(run).count()).sum::<usize>();
    // Each one on a single line, brackets on the right sides, as often as the handout has it.
    for run in ["(Immigrant Defense Project)", "(A-number)", "NYC 311"] {
        let written = html_words(&source).matches(run).count();
        assert!(written > 0, "the handout no longer says {run:?}");
        assert_eq!(
            printed(run),
            written,
            "{run:?} is not printed whole each time:\n{}",
            lines.join("\n")
        );
    }
    assert_eq!(printed("311 NYC"), 0, "{}", lines.join("\n"));
}

#[test]
fn two_situations_in_two_languages_fit_two_pages_on_letter_and_a4() {
    if !printing_tools("two_situations_in_two_languages_fit_two_pages_on_letter_and_a4") {
        return;
    }
    for pair in ["en,es", "ar,en", "zh-Hant,en", "bn,en"] {
        let dir = tempfile::tempdir().unwrap();
        let html = dir.path().join("handout.html");
        let source = make_handout(&["at-home", "warrant"], pair, &html);
        // The paper a printer is set to, as the print window would choose it.
        for (paper, points) in [("letter", "(letter)"), ("A4", "(A4)")] {
            let sized = dir.path().join(format!("{paper}.html"));
            let on_paper = source.replacen(
                "</head>",
                &format!("<style>@page {{ size: {paper}; }}</style></head>"),
                1,
            );
            std::fs::write(&sized, on_paper).unwrap();
            let pdf = dir.path().join(format!("{paper}.pdf"));
            print_pdf(&sized, &pdf);
            let info = Command::new(tool("pdfinfo")).arg(&pdf).output().unwrap();
            let info = String::from_utf8(info.stdout).unwrap();
            assert!(info.contains(points), "{pair}: not on {paper}:\n{info}");
            let n = pages(&pdf);
            assert_eq!(
                n,
                2,
                "{pair} on {paper}: {n} pages; page {n}:\n{}",
                pdf_text(&pdf, Some(n))
            );
            assert!(
                pdf_text(&pdf, Some(2)).contains("I will remain silent."),
                "{pair} on {paper}: the card is not on page 2"
            );
        }
    }
}

#[test]
fn handouts_print_without_the_browsers_header_and_footer() {
    if !printing_tools("handouts_print_without_the_browsers_header_and_footer") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("handout-ar-en.html");
    let pdf = dir.path().join("handout.pdf");
    let source = make_handout(&["at-home", "warrant"], "ar,en", &html);
    print_pdf_with(&html, &pdf, &[]);
    let text = pdf_text(&pdf, None);
    assert!(
        !text.contains("file:") && !text.contains("handout-ar-en"),
        "the file's address is printed:\n{text}"
    );
    // Numbered in the lead language's direction: "2 / 1", read from the right, in Arabic.
    let n = pages(&pdf);
    for page in 1..=n {
        let text = pdf_text(&pdf, Some(page)).replace(' ', "");
        assert!(
            text.contains(&format!("{page}/{n}")) || text.contains(&format!("{n}/{page}")),
            "page {page} has no number"
        );
    }
    // Browsers that print them anyway: the person is told, on screen only, how to turn them off.
    let words = html_words(&source)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for lang in ["ar", "en"] {
        let tip = say(lang, "handout-print-tip", None);
        assert!(words.contains(&tip), "{lang}: {tip:?} not in the handout");
        assert!(!holds(&text, &tip), "{lang}: the printing tip is printed");
    }
}

/// A scenario's title.
fn say_title(lang: &str, id: &str) -> String {
    let mut loaded = pack::load(&Origin::Embedded).unwrap();
    let i = loaded.l10n.tags().iter().position(|t| t == lang).unwrap();
    loaded.l10n.set_current(i);
    let title = loaded.l10n.text(id, None);
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}
