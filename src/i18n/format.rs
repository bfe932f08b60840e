//! Dates, times, sizes and numbers written the way the reader's language
//! writes them.
//!
//! The order of day, month and year and the month and weekday names come
//! from the .ftl files, so translators control them. Digit grouping and
//! the decimal mark come from the small table in [`Numbers`] (CLDR's
//! values for the languages we ship), applied to every number Fluent
//! prints through [`fluent_number`].

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use intl_memoizer::Memoizable;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan as _, Zoned};

use super::LOADER;

/// How a language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbers {
    group: &'static str,
    decimal: &'static str,
    /// Smallest number of digits before grouping starts: Spanish writes
    /// "1234" but "12.345".
    min_grouping: usize,
}

impl Numbers {
    pub fn for_language(language: &LanguageIdentifier) -> Numbers {
        match language.language.as_str() {
            "de" | "it" | "pt" => Numbers {
                group: ".",
                decimal: ",",
                min_grouping: 4,
            },
            "es" => Numbers {
                group: ".",
                decimal: ",",
                min_grouping: 5,
            },
            // A narrow no-break space, as CLDR has it for French.
            "fr" => Numbers {
                group: "\u{202F}",
                decimal: ",",
                min_grouping: 4,
            },
            _ => Numbers {
                group: ",",
                decimal: ".",
                min_grouping: 4,
            },
        }
    }

    /// `12345` as "12,345" (English) or "12.345" (German).
    pub fn integer(&self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
        if value < 0 {
            out.push('-');
        }
        if digits.len() < self.min_grouping {
            out.push_str(&digits);
            return out;
        }
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(digit);
        }
        out
    }

    /// `value` with `places` decimals: "3.4" or "3,4".
    pub fn decimal(&self, value: f64, places: usize) -> String {
        if !value.is_finite() {
            return String::new();
        }
        let text = format!("{:.*}", places, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let whole = whole.parse::<i64>().map(|n| self.integer(n)).unwrap_or_default();
        let sign = if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            "-"
        } else {
            ""
        };
        if fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}{}{fraction}", self.decimal)
        }
    }
}

/// Lets Fluent's per-bundle memoizer hand us the bundle's language.
impl Memoizable for Numbers {
    type Args = ();
    type Error = ();

    fn construct(language: LanguageIdentifier, _: ()) -> Result<Numbers, ()> {
        Ok(Numbers::for_language(&language))
    }
}

/// Fluent's hook for printing numbers: whole numbers get the language's
/// digit grouping ("12.345 Nachrichten"). Anything else keeps Fluent's own
/// formatting.
pub(super) fn fluent_number(
    value: &fluent_bundle::FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.fract() != 0.0 || number.value.abs() >= 1e15 {
        return None;
    }
    memoizer
        .with_try_get::<Numbers, _, _>((), |numbers| numbers.integer(number.value as i64))
        .ok()
}

/// The words for dates, sizes and times, from one loader (the app's, or a
/// test's own).
pub struct Clock<'a> {
    loader: &'a FluentLanguageLoader,
}

impl<'a> Clock<'a> {
    pub fn new(loader: &'a FluentLanguageLoader) -> Clock<'a> {
        Clock { loader }
    }

    fn numbers(&self) -> Numbers {
        Numbers::for_language(&i18n_embed::LanguageLoader::current_language(self.loader))
    }

    fn time_of_day(&self, at: &Zoned) -> String {
        let loader = self.loader;
        crate::t_in!(
            loader,
            "time-of-day",
            hour = format!("{:02}", at.hour()),
            minute = format!("{:02}", at.minute())
        )
    }

    fn month(&self, at: &Zoned, long: bool) -> String {
        let loader = self.loader;
        let month = at.month();
        if long {
            crate::t_in!(loader, "month-long", month = month)
        } else {
            crate::t_in!(loader, "month-short", month = month)
        }
    }

    fn weekday(&self, at: &Zoned, long: bool) -> String {
        let loader = self.loader;
        // 1 = Monday … 7 = Sunday, as ISO 8601 counts.
        let weekday = at.weekday().to_monday_one_offset();
        if long {
            crate::t_in!(loader, "weekday-long", weekday = weekday)
        } else {
            crate::t_in!(loader, "weekday-short", weekday = weekday)
        }
    }

    /// For the message list: the time today, weekday and time this week,
    /// day and month this year, else day, month and year.
    pub fn list_date(&self, unix: i64, now: &Zoned) -> String {
        let loader = self.loader;
        let Ok(at) = Timestamp::from_second(unix) else {
            return String::new();
        };
        let at = at.to_zoned(now.time_zone().clone());
        if at.date() == now.date() {
            return self.time_of_day(&at);
        }
        let six_days_ago = now.date().checked_sub(6.days()).unwrap_or(now.date());
        if at.date() >= six_days_ago && at.date() <= now.date() {
            return crate::t_in!(
                loader,
                "date-weekday-time",
                weekday = self.weekday(&at, false),
                time = self.time_of_day(&at)
            );
        }
        let day = at.day().to_string();
        if at.year() == now.year() {
            return crate::t_in!(loader, "date-day-month", day = day, month = self.month(&at, false));
        }
        crate::t_in!(
            loader,
            "date-day-month-year",
            day = day,
            month = self.month(&at, false),
            year = at.year().to_string()
        )
    }

    /// The full date and time, for the reader's header.
    pub fn full_date(&self, unix: i64, zone: TimeZone) -> String {
        let loader = self.loader;
        let Ok(at) = Timestamp::from_second(unix) else {
            return String::new();
        };
        let at = at.to_zoned(zone);
        crate::t_in!(
            loader,
            "date-full",
            weekday = self.weekday(&at, true),
            day = at.day().to_string(),
            month = self.month(&at, true),
            year = at.year().to_string(),
            time = self.time_of_day(&at)
        )
    }

    /// "just now", "5 minutes ago", "in 10 minutes", "at 14:05", for the
    /// status bar.
    pub fn relative_time(&self, unix: i64, now: i64, zone: TimeZone) -> String {
        let loader = self.loader;
        let seconds = now.saturating_sub(unix);
        match seconds {
            s if s.abs() < 60 => crate::t_in!(loader, "time-just-now"),
            s if s > 0 && s < 3600 => {
                let minutes: i64 = s / 60;
                crate::t_in!(loader, "time-minutes-ago", minutes = minutes)
            }
            s if s < 0 && s > -3600 => {
                // Rounded up: a check due in 9 min 30 s is "in 10 minutes".
                let minutes: i64 = (-s + 59) / 60;
                crate::t_in!(loader, "time-in-minutes", minutes = minutes)
            }
            _ => match Timestamp::from_second(unix) {
                Ok(at) => crate::t_in!(loader, "time-at", time = self.time_of_day(&at.to_zoned(zone))),
                Err(_) => String::new(),
            },
        }
    }

    /// "512 B", "12 KB", "3.4 MB" (binary multiples, as file managers on
    /// Linux show mail sizes).
    pub fn size(&self, bytes: u64) -> String {
        let loader = self.loader;
        const KB: f64 = 1024.0;
        let numbers = self.numbers();
        let b = bytes as f64;
        if b < KB {
            crate::t_in!(loader, "size-bytes", size = numbers.integer(bytes as i64))
        } else if b < KB * KB {
            crate::t_in!(loader, "size-kilobytes", size = numbers.decimal(b / KB, 0))
        } else if b < KB * KB * KB {
            crate::t_in!(loader, "size-megabytes", size = numbers.decimal(b / (KB * KB), 1))
        } else {
            crate::t_in!(loader, "size-gigabytes", size = numbers.decimal(b / (KB * KB * KB), 1))
        }
    }
}

/// [`Clock::list_date`] in the app's language.
pub fn list_date(unix: i64, now: &Zoned) -> String {
    Clock::new(&LOADER).list_date(unix, now)
}

/// [`Clock::full_date`] in the app's language and the system time zone.
pub fn full_date(unix: i64) -> String {
    Clock::new(&LOADER).full_date(unix, TimeZone::system())
}

/// [`Clock::relative_time`] in the app's language and the system time zone.
pub fn relative_time(unix: i64, now: i64) -> String {
    Clock::new(&LOADER).relative_time(unix, now, TimeZone::system())
}

/// [`Clock::size`] in the app's language.
pub fn size(bytes: u64) -> String {
    Clock::new(&LOADER).size(bytes)
}

/// A whole number grouped as the app's language groups digits.
pub fn integer(value: i64) -> String {
    Numbers::for_language(&super::current()).integer(value)
}

/// A number with `places` decimals, in the app's language.
pub fn decimal(value: f64, places: usize) -> String {
    Numbers::for_language(&super::current()).decimal(value, places)
}
