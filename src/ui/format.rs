//! Dates and sizes as people read them, in the local time zone.

use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan as _, Zoned};

/// "14:05" today, "Mon 14:05" this week, "3 Nov" this year, else "3 Nov 2024".
pub fn list_date(unix: i64, now: &Zoned) -> String {
    let Ok(at) = Timestamp::from_second(unix) else {
        return String::new();
    };
    let at = at.to_zoned(now.time_zone().clone());
    if at.date() == now.date() {
        return at.strftime("%H:%M").to_string();
    }
    let six_days_ago = now.date().checked_sub(6.days()).unwrap_or(now.date());
    if at.date() >= six_days_ago && at.date() <= now.date() {
        return at.strftime("%a %H:%M").to_string();
    }
    if at.year() == now.year() {
        return at.strftime("%-d %b").to_string();
    }
    at.strftime("%-d %b %Y").to_string()
}

/// Full local date and time, for the reader's header.
pub fn full_date(unix: i64) -> String {
    match Timestamp::from_second(unix) {
        Ok(at) => at
            .to_zoned(TimeZone::system())
            .strftime("%A %-d %B %Y, %H:%M")
            .to_string(),
        Err(_) => String::new(),
    }
}

/// "just now", "5 minutes ago", "at 14:05" — for the status bar.
pub fn relative_time(unix: i64, now: i64) -> String {
    let seconds = now - unix;
    match seconds {
        s if s.abs() < 60 => "just now".to_owned(),
        s if s > 0 && s < 3600 => plural(s / 60, "minute", "ago"),
        // Rounded up: a check due in 9 min 30 s is "in 10 minutes".
        s if s < 0 && s > -3600 => format!("in {}", plural_bare((-s + 59) / 60, "minute")),
        _ => match Timestamp::from_second(unix) {
            Ok(at) => format!("at {}", at.to_zoned(TimeZone::system()).strftime("%H:%M")),
            Err(_) => String::new(),
        },
    }
}

fn plural(n: i64, unit: &str, suffix: &str) -> String {
    format!("{} {suffix}", plural_bare(n, unit))
}

fn plural_bare(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// "512 B", "12 KB", "3.4 MB".
pub fn size(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if b < KB {
        format!("{bytes} B")
    } else if b < KB * KB {
        format!("{:.0} KB", b / KB)
    } else if b < KB * KB * KB {
        format!("{:.1} MB", b / (KB * KB))
    } else {
        format!("{:.1} GB", b / (KB * KB * KB))
    }
}

pub fn now_zoned() -> Zoned {
    Zoned::now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_dates() {
        let tz = TimeZone::UTC;
        let now = Timestamp::from_second(1_764_000_000).unwrap().to_zoned(tz); // Mon 24 Nov 2025 16:00 UTC
        assert_eq!(list_date(1_764_000_000 - 3600, &now), "15:00");
        assert_eq!(list_date(1_764_000_000 - 2 * 86_400, &now), "Sat 16:00");
        assert_eq!(list_date(1_764_000_000 - 30 * 86_400, &now), "25 Oct");
        assert_eq!(list_date(1_700_000_000, &now), "14 Nov 2023");
    }

    #[test]
    fn sizes() {
        assert_eq!(size(512), "512 B");
        assert_eq!(size(12_345), "12 KB");
        assert_eq!(size(3_500_000), "3.3 MB");
    }

    #[test]
    fn relative() {
        assert_eq!(relative_time(1000, 1030), "just now");
        assert_eq!(relative_time(1000, 1000 + 300), "5 minutes ago");
        assert_eq!(relative_time(1000 + 300, 1000), "in 5 minutes");
        assert_eq!(relative_time(1000 + 599, 1000), "in 10 minutes");
        assert_eq!(relative_time(1000 + 61, 1000), "in 2 minutes");
    }
}
