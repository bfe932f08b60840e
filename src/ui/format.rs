//! Dates and sizes as people read them: in the local time zone and the
//! app's language (the words and orders live in [`crate::i18n`]).

pub use crate::i18n::{full_date, list_date, relative_time, size};

use jiff::Zoned;

pub fn now_zoned() -> Zoned {
    Zoned::now()
}
