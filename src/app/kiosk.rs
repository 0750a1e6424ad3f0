//! Kiosk mode: a visitor cannot leave, an idle kiosk asks "Still there?" and then forgets
//! everything, and only an operator's key sequence closes it.

use super::Key;

/// Seconds "Still there?" waits before starting over (less for very short idle timeouts).
pub const COUNTDOWN: u64 = 15;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without input before "Still there?".
    pub idle_timeout: u64,
    /// Seconds left while "Still there?" shows.
    pub countdown: Option<u64>,
    exit: Vec<Key>,
    typed: usize,
}

impl Kiosk {
    pub fn new(idle_timeout: u64, exit: Vec<Key>) -> Self {
        Kiosk {
            idle_timeout,
            countdown: None,
            exit,
            typed: 0,
        }
    }

    /// The same kiosk, with nothing typed and no countdown running.
    pub fn fresh(&self) -> Self {
        Kiosk::new(self.idle_timeout, self.exit.clone())
    }

    /// Follows the operator's exit sequence; true when it is complete.
    pub fn typed(&mut self, key: Key) -> bool {
        if self.exit.get(self.typed) == Some(&key) {
            self.typed += 1;
        } else {
            self.typed = usize::from(self.exit.first() == Some(&key));
        }
        !self.exit.is_empty() && self.typed == self.exit.len()
    }

    /// A quarter of the idle time, between 3 and `COUNTDOWN` seconds.
    pub fn countdown_seconds(&self) -> u64 {
        (self.idle_timeout / 4).clamp(3, COUNTDOWN)
    }

    /// One tick: the idle timeout starts the countdown, later ticks count it down. True when
    /// it ran out and everything must be forgotten.
    pub fn tick(&mut self) -> bool {
        match self.countdown {
            None => {
                self.countdown = Some(self.countdown_seconds());
                false
            }
            Some(left) if left <= 1 => {
                self.countdown = None;
                true
            }
            Some(left) => {
                self.countdown = Some(left - 1);
                false
            }
        }
    }
}

/// `"ctrl-x ctrl-x ctrl-q"` or `"f x"`: keys separated by spaces; `ctrl-` for control keys.
pub fn parse_keys(text: &str) -> Option<Vec<Key>> {
    let keys: Option<Vec<Key>> = text
        .split_whitespace()
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            let single = |s: &str| {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            };
            match lower
                .strip_prefix("ctrl-")
                .or_else(|| lower.strip_prefix("ctrl+"))
            {
                Some(rest) => single(rest).map(Key::Ctrl),
                None => single(word).map(Key::Char),
            }
        })
        .collect();
    keys.filter(|k| !k.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_key_sequences() {
        assert_eq!(
            parse_keys("ctrl-x Ctrl+X q"),
            Some(vec![Key::Ctrl('x'), Key::Ctrl('x'), Key::Char('q')])
        );
        assert_eq!(parse_keys(""), None);
        assert_eq!(parse_keys("ctrl-xy"), None);
    }

    #[test]
    fn exit_sequence_must_be_typed_in_a_row() {
        let mut k = Kiosk::new(5, parse_keys("ctrl-x ctrl-x ctrl-q").unwrap());
        assert!(!k.typed(Key::Ctrl('x')));
        assert!(!k.typed(Key::Char('1')));
        assert!(!k.typed(Key::Ctrl('x')));
        assert!(!k.typed(Key::Ctrl('x')));
        assert!(k.typed(Key::Ctrl('q')));
    }

    #[test]
    fn a_repeated_first_key_keeps_the_sequence_going() {
        let mut k = Kiosk::new(5, parse_keys("ctrl-x ctrl-q").unwrap());
        assert!(!k.typed(Key::Ctrl('x')));
        assert!(!k.typed(Key::Ctrl('x')));
        assert!(k.typed(Key::Ctrl('q')));
    }

    #[test]
    fn countdown_runs_out_after_its_seconds() {
        let mut k = Kiosk::new(120, Vec::new());
        assert!(!k.tick());
        assert_eq!(k.countdown, Some(COUNTDOWN));
        for _ in 1..COUNTDOWN {
            assert!(!k.tick());
        }
        assert!(k.tick());
        assert_eq!(k.countdown, None);
        assert_eq!(Kiosk::new(5, Vec::new()).countdown_seconds(), 3);
    }
}
