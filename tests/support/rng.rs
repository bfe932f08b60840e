//! xorshift64: a small deterministic generator for the randomised tests.
//! Its seed is printed, so that a failing run can be repeated.
#![allow(dead_code)]

pub struct Rng(u64);

impl Rng {
    /// Seeded from the clock.
    pub fn from_time() -> Rng {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
            | 1;
        eprintln!("random seed: {seed}");
        Rng(seed)
    }

    /// Seeded from `POSTIE_PROXY_SEED` or the clock, printed with the
    /// name of the `test`.
    pub fn seeded(test: &str) -> Rng {
        let seed = std::env::var("POSTIE_PROXY_SEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
            });
        eprintln!("{test}: seed {seed} (POSTIE_PROXY_SEED={seed} repeats this run)");
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}
