//! Shared by the fuzz tests.

pub mod brief;
pub mod ftl;
pub mod search;

/// xorshift64*: a tiny deterministic PRNG, so the fuzz tests need no crates
/// and fail the same way every time.
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
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    // Not every test crate that includes this module picks from a list.
    #[allow(dead_code)]
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}
