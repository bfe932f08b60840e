//! One knob for every property-based fuzz test: `POSTIE_FUZZ_CASES`.
//!
//! The normal run uses [`DEFAULT_CASES`] per property; the long mode is
//! `POSTIE_FUZZ_CASES=1000000 cargo test --test pop3 props` (and the same
//! for `--test sync reader_props`).
//!
//! Failure persistence is off: proptest would otherwise write
//! `proptest-regressions/*.txt` seed files into the source tree on the
//! first failure (surprising in a shared checkout, and meaningless without
//! the generator that made them). A failure prints the minimised input
//! instead, and the rule is to turn it into a plain `#[test]` next to the
//! property, which documents the bug and runs whatever the case count.

use std::time::{Duration, Instant};

use proptest::test_runner::Config;

/// Cases per property in a normal `cargo test`.
pub const DEFAULT_CASES: u32 = 10_000;

/// A generous bound on one case, so that a quadratic blow-up (or a hang)
/// fails instead of passing slowly. Debug builds of a busy 2-core machine
/// run each case in well under a tenth of this.
pub const CASE_TIME_LIMIT: Duration = Duration::from_secs(2);

/// The case count: `POSTIE_FUZZ_CASES` if set (a positive number), else
/// [`DEFAULT_CASES`].
pub fn cases() -> u32 {
    match std::env::var("POSTIE_FUZZ_CASES") {
        Ok(value) => match value.trim().replace('_', "").parse::<u32>() {
            Ok(n) if n > 0 => n,
            _ => panic!("POSTIE_FUZZ_CASES must be a positive number, not {value:?}"),
        },
        Err(_) => DEFAULT_CASES,
    }
}

/// The proptest configuration of every fuzz property.
pub fn config() -> Config {
    Config {
        cases: cases(),
        // Filters reject a share of every run's cases; proptest's fixed cap
        // (65,536) would end the long mode early.
        max_local_rejects: cases().max(65_536),
        failure_persistence: None,
        // Shrinking a slow failure must not itself take forever.
        max_shrink_time: 60_000,
        ..Config::default()
    }
}

/// Runs `f` and fails if it took longer than [`CASE_TIME_LIMIT`].
pub fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(
        took <= CASE_TIME_LIMIT,
        "{what} took {took:?} (limit {CASE_TIME_LIMIT:?})"
    );
    out
}
