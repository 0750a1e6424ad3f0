//! What a person sees in a real terminal: the kiosk as deployed (see `support/compositor.rs`),
//! photographed and read back by Tesseract, and its codes to scan read by zbarimg. The
//! yardstick for the words is Chromium: the same words, in the same fonts, laid out by a
//! browser and read back by the same OCR.
//!
//! The goal is a terminal that misreads at most 1.5 times as many characters as the browser.
//! foot 1.13 (Debian 12) does not reach it for Bengali, Arabic or Chinese (see the README's
//! terminal table): a letter is drawn in one cell whatever its glyph's width, so wide glyphs
//! overlap and conjuncts show their parts. Until a terminal that does reach it is the kiosk's,
//! the rates measured with foot 1.13 are kept from getting worse, and the report lands in
//! `target/screens/report.txt`.
//!
//! The pictures stay in `target/screens/` to look at. Needs sway, foot, grim, wtype,
//! tesseract-ocr (with -ben, -ara, -chi-sim), zbar-tools and chromium; without them each test
//! says what it skipped, unless `KYR_REQUIRE_TOOLS=1`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_precision_loss
)]

#[path = "support/tools.rs"]
mod tools;

#[path = "support/compositor.rs"]
mod compositor;

use compositor::{Kiosk, ocr, screens_dir};
use std::path::PathBuf;
use std::process::Command;

const APT: &str = "sway foot grim wtype tesseract-ocr tesseract-ocr-ben tesseract-ocr-ara \
                   tesseract-ocr-chi-sim zbar-tools chromium";

fn tools_here(test: &str) -> bool {
    tools::available(
        test,
        &[
            "sway",
            "foot",
            "grim",
            "wtype",
            "tesseract",
            "zbarimg",
            "chromium",
            "setpriv",
        ],
        APT,
    ) && compositor::kiosk_fonts(test)
}

/// The same words laid out by Chromium, white on black in the kiosk's fonts, as a picture.
fn browser_picture(lines: &[String], lang: &str, rtl: bool, name: &str) -> PathBuf {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("words.html");
    let body: String = lines
        .iter()
        .map(|l| format!("<p>{}</p>", l.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    std::fs::write(
        &html,
        format!(
            "<!doctype html><html lang=\"{lang}\" dir=\"{}\"><meta charset=\"utf-8\">\
             <body style=\"background:#111;color:#ddd;margin:24px;font:27px 'Noto Sans Mono',\
             'Noto Sans Arabic','Noto Sans Bengali','Noto Sans CJK SC',sans-serif\">{body}</body>",
            if rtl { "rtl" } else { "ltr" }
        ),
    )
    .unwrap();
    let png = screens_dir().join(format!("{name}-chromium.png"));
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1920,1080",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        status.status.success() && png.exists(),
        "chromium drew nothing"
    );
    png
}

/// Edits to turn `pattern` into the closest stretch of `text` (approximate substring match):
/// the words may sit anywhere on the screen, among boxes and numbers.
fn edits_to_nearest(pattern: &[char], text: &[char]) -> usize {
    let mut prev = vec![0; text.len() + 1];
    for (i, p) in pattern.iter().enumerate() {
        let mut cur = vec![i + 1; text.len() + 1];
        for (j, t) in text.iter().enumerate() {
            cur[j + 1] = (prev[j + 1] + 1)
                .min(cur[j] + 1)
                .min(prev[j] + usize::from(p != t));
        }
        prev = cur;
    }
    prev.into_iter().min().unwrap_or(0)
}

/// Compatibility forms (Arabic letters joined into presentation forms) read as the letters
/// they are; spacing does not count.
fn normalized(text: &str) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// Characters misread, per character expected: each line looked for in what was read.
fn error_rate(expected: &[String], read: &str) -> f64 {
    let text = normalized(read);
    let (mut edits, mut total) = (0, 0);
    for line in expected {
        let line = normalized(line);
        edits += edits_to_nearest(&line, &text);
        total += line.len();
    }
    edits as f64 / total.max(1) as f64
}

/// The situations' names, as `kyr list` gives them (logical order).
fn situation_names(lang: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["list", "--lang", lang])
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, name)| name.to_string()))
        .collect()
}

/// The first step of at-home, as `kyr show` gives it: its title and the lines of its body.
fn first_step_lines(lang: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_kyr"))
        .args(["show", "at-home", "--lang", lang])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines().skip_while(|l| !l.starts_with("1. "));
    let title = lines.next().unwrap().trim_start_matches("1. ").to_string();
    let mut body: Vec<String> = lines
        .take_while(|l| !l.starts_with("  1)"))
        .map(String::from)
        .collect();
    body.pop(); // the heading of the choices
    std::iter::once(title).chain(body).collect()
}

#[test]
fn bengali_arabic_and_chinese_read_back_from_the_kiosk_terminal_nearly_as_from_a_browser() {
    if !tools_here("screens") {
        return;
    }
    let mut report = Vec::new();
    // The home screens (the situations' names) and a Bengali step (its title and body). The
    // most each may misread: what foot 1.13 gave on 2026-12-06 (see report.txt), with room for
    // a character or two.
    for (name, lang, ocr_lang, rtl, keys, ceiling) in [
        ("home-bn", "bn", "ben", false, "", 0.16),
        ("home-ar", "ar", "ara", true, "", 0.28),
        ("home-zh-Hans", "zh-Hans", "chi_sim", false, "", 0.10),
        ("step-bn", "bn", "ben", false, "1", 0.16),
    ] {
        let expected = if keys.is_empty() {
            situation_names(lang)
        } else {
            first_step_lines(lang)
        };
        assert!(expected.len() > 3, "{expected:?}");
        let kiosk = Kiosk::start(&["--lang", lang]);
        let mut terminal = kiosk.settled(name);
        if !keys.is_empty() {
            kiosk.press(keys);
            terminal = kiosk.settled(name);
        }
        drop(kiosk);
        let browser = browser_picture(&expected, lang, rtl, name);
        let in_terminal = error_rate(&expected, &ocr(&terminal, ocr_lang));
        let in_browser = error_rate(&expected, &ocr(&browser, ocr_lang));
        report.push((name, in_terminal, in_browser, ceiling, terminal));
    }
    let summary: Vec<String> = report
        .iter()
        .map(|(name, t, b, _, _)| {
            let goal = if *t <= 1.5 * b.max(0.02) {
                "met"
            } else {
                "not met"
            };
            format!("{name}: foot {t:.3}, chromium {b:.3} (1.5x goal {goal})")
        })
        .collect();
    std::fs::write(screens_dir().join("report.txt"), summary.join("\n") + "\n").unwrap();
    eprintln!("character error rates: {}", summary.join("; "));
    for (name, in_terminal, _, ceiling, picture) in report {
        assert!(
            in_terminal <= ceiling,
            "{name}: the terminal misreads {in_terminal:.3} of the characters, more than \
             {ceiling}; see {}",
            picture.display()
        );
    }
}

#[test]
fn bengali_in_the_order_it_is_seen_reads_better_than_in_the_order_it_is_written() {
    if !tools_here("screens") {
        return;
    }
    let names = situation_names("bn");
    let rate = |args: &[&str], name: &str| {
        let kiosk = Kiosk::start(args);
        let picture = kiosk.settled(name);
        error_rate(&names, &ocr(&picture, "ben"))
    };
    // foot without grapheme shaping draws character by character, as the kiosk's foot.ini
    // sets it; `--shaping terminal` sends the logical order a shaping terminal would need.
    let seen = rate(&["--lang", "bn"], "home-bn-visual");
    let written = rate(
        &["--lang", "bn", "--shaping", "terminal"],
        "home-bn-logical",
    );
    eprintln!("bn misread: in visual order {seen:.3}, in logical order {written:.3}");
    assert!(
        seen < written,
        "visual order misreads {seen:.3}, logical order {written:.3}"
    );
}

#[test]
fn a_hotline_code_on_the_kiosk_screen_scans_as_its_number() {
    if !tools_here("screens") {
        return;
    }
    let kiosk = Kiosk::start(&["--lang", "en"]);
    kiosk.settled("qr-before");
    // The hotlines, then the first one's code.
    kiosk.press("n");
    kiosk.settled("qr-hotlines");
    kiosk.press("1");
    let picture = kiosk.settled("qr-hotline");
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&picture)
        .output()
        .unwrap();
    let read = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        read.trim(),
        "tel:+18003540365",
        "zbarimg read {read:?} in {}",
        picture.display()
    );
}
