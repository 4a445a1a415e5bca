//! A stable insertion sort for the app's short lists (at most the 290
//! municipalities, a handful of query pairs), and at these lengths (under
//! 42 000 comparisons, well under a millisecond) as fast as std's. Not for
//! anything longer: it is quadratic.
//!
//! The reason is wasm size, measured 2026-12-02 in the release split build
//! (wasm-opt -Oz, brotli -q 11). `url_state::to_query` runs in the first
//! view, whose budget is 120 KB brotli: std's `sort_by` there added 4.5 KB
//! raw, 1.7 KB brotli to it, a `BTreeMap` of the pairs 2.8 KB raw, 0.8 KB
//! brotli. The search and the staff overview sort in the pages chunk: std's
//! sort there added 7.2 KB raw, 2.3 KB brotli to a 102 KB chunk.

use std::cmp::Ordering;

pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The host tests' one PRNG (`domain/tests/common/rng.rs`).
#[cfg(test)]
#[path = "../tests/common/rng.rs"]
mod rng;

#[cfg(test)]
mod tests {
    use super::rng::Rng;
    use super::sort_by;

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for len in 0..300 {
            let items: Vec<(u8, usize)> = (0..len).map(|i| (rng.below(7) as u8, i)).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = items;
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "length {len}");
        }
    }
}
