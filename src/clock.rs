//! The local date and time, from the C library: it reads TZ or /etc/localtime and nothing
//! more. (jiff's `Zoned::now` walked the whole time-zone database to name the zone: three
//! million instructions at every start, a sixth of `kyr show`.)

/// A moment on the local clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Local {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl Local {
    pub fn now() -> Local {
        // SAFETY: `time` with a null pointer only returns the time; `localtime_r` writes the
        // `tm` it is given and, on first use, the C library's own time-zone state (the
        // reentrant form hands back no shared buffer).
        let tm = unsafe {
            let now = libc::time(std::ptr::null_mut());
            let mut tm: libc::tm = std::mem::zeroed();
            if libc::localtime_r(&now, &mut tm).is_null() {
                return Local::EPOCH;
            }
            tm
        };
        let part = |n: libc::c_int| u32::try_from(n).unwrap_or(0);
        Local {
            year: tm.tm_year.saturating_add(1900),
            month: part(tm.tm_mon.saturating_add(1)),
            day: part(tm.tm_mday),
            hour: part(tm.tm_hour),
            minute: part(tm.tm_min),
            second: part(tm.tm_sec),
        }
    }

    const EPOCH: Local = Local {
        year: 1970,
        month: 1,
        day: 1,
        hour: 0,
        minute: 0,
        second: 0,
    };

    /// `2026-12-06`
    pub fn date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `2026-12-06 14:05`
    pub fn minute(&self) -> String {
        format!("{} {:02}:{:02}", self.date(), self.hour, self.minute)
    }

    /// `20261206-140512`, for names that sort by time.
    pub fn stamp(&self) -> String {
        format!(
            "{:04}{:02}{:02}-{:02}{:02}{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

/// Whether `text` is a real day written `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_date("2026-12-06"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2026-02-29"));
        assert!(!is_date("1900-02-29"));
        assert!(is_date("2000-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("2026-12-00"));
        assert!(!is_date("2026-1-06"));
        assert!(!is_date("+026-12-06"));
        assert!(!is_date("２０２６-12-06"));
    }

    #[test]
    fn now_is_a_real_day() {
        assert!(is_date(&Local::now().date()));
    }
}
