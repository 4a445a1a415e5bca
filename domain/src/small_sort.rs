//! A stable insertion sort for the app's short lists (at most the 290
//! municipalities, a handful of query pairs). std's sort is several KB of
//! wasm per element type; this is a few hundred bytes, and at these lengths
//! (under 42 000 comparisons, well under a millisecond) just as fast.

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

#[cfg(test)]
mod tests {
    use super::sort_by;

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        for len in 0..300 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = items;
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "length {len}");
        }
    }
}
