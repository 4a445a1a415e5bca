//! The one PRNG of the host tests: xorshift64*, tiny and deterministic, so
//! the fuzz tests need no crates and fail the same way every time. The
//! domain's tests use it as `common::Rng`; the app's `tests/fuzz_inputs.rs`
//! and the unit tests in `domain/src/small_sort.rs` include this file with
//! `#[path]`.
// Not every test that includes this file uses every method.
#![allow(dead_code)]

/// xorshift64* (Vigna): any seed but 0.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`; `n` must not be 0.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}
