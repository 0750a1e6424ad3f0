//! A terminal for tests and benches: vt100 draws, and this answers the questions a program
//! asks a real terminal, at the point in the output where each was asked.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::HashMap;

/// What the terminal answers to kyr's questions. vt100 is an emulator that answers nothing;
/// the harness answers for it as real terminals do: device attributes, cursor positions and
/// the background colour.
pub enum Answering {
    /// Nothing, as some terminals do.
    Silent,
    /// Device attributes (DA1), and cursor position reports from vt100's cursor, except for
    /// clusters given here, which the terminal says it draws this many columns wide.
    Cursor(HashMap<String, u16>),
}

/// What one read of the program's output leaves for the next: reads end anywhere, in the
/// middle of a question or between a cursor move and the cluster written after it.
#[derive(Default)]
pub struct Carry {
    /// The start of a question cut off at the end of the last read.
    held: Vec<u8>,
    /// What was written since the last cursor move.
    since_move: Vec<u8>,
}

const QUESTIONS: [&[u8]; 3] = [b"\x1b[6n", b"\x1b[c", b"\x1b]11;?"];

impl Answering {
    /// Feeds `bytes` to the screen, stopping at each question to answer it where it was asked.
    pub fn process(&self, screen: &mut vt100::Parser, carry: &mut Carry, bytes: &[u8]) -> Vec<u8> {
        let Answering::Cursor(widths) = self else {
            screen.process(bytes);
            return Vec::new();
        };
        let mut data = std::mem::take(&mut carry.held);
        data.extend_from_slice(bytes);
        // A question cut off at the end waits for the rest of it.
        let cut = (1..=5).filter(|&n| n <= data.len()).find(|&n| {
            QUESTIONS
                .iter()
                .any(|q| n < q.len() && q.starts_with(&data[data.len() - n..]))
        });
        if let Some(n) = cut {
            carry.held = data.split_off(data.len() - n);
        }
        let mut answers = Vec::new();
        let mut rest = &data[..];
        loop {
            let cpr = find(rest, b"\x1b[6n");
            let da1 = find(rest, b"\x1b[c");
            let osc11 = find(rest, b"\x1b]11;?");
            let Some(at) = [cpr, da1, osc11].into_iter().flatten().min() else {
                screen.process(rest);
                remember_since_move(carry, rest);
                return answers;
            };
            screen.process(&rest[..at]);
            remember_since_move(carry, &rest[..at]);
            if Some(at) == cpr {
                let (row, mut col) = screen.screen().cursor_position();
                // What was written since the last cursor move: the cluster being measured.
                let before = String::from_utf8_lossy(&carry.since_move);
                if let Some(&w) = widths.get(before.as_ref()) {
                    col = w;
                }
                answers.extend(format!("\x1b[{};{}R", row + 1, col + 1).into_bytes());
                rest = &rest[at + 4..];
            } else if Some(at) == osc11 {
                // A black background, as vt100 draws.
                answers.extend_from_slice(b"\x1b]11;rgb:0000/0000/0000\x1b\\");
                rest = &rest[at + 6..];
            } else {
                answers.extend_from_slice(b"\x1b[?62;22c");
                rest = &rest[at + 3..];
            }
        }
    }
}

/// Keeps what follows the last cursor move (`H`), across reads.
fn remember_since_move(carry: &mut Carry, bytes: &[u8]) {
    match bytes.iter().rposition(|&b| b == b'H') {
        Some(i) => carry.since_move = bytes[i + 1..].to_vec(),
        None => carry.since_move.extend_from_slice(bytes),
    }
    // Only a cluster's few bytes are ever needed.
    if carry.since_move.len() > 64 {
        carry.since_move.drain(..carry.since_move.len() - 64);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
