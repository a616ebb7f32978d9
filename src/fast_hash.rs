//! Fast lookups for the word tables probed once per token (quotes' lexicon, prose's stop
//! words). In: short keys from our own lists. Out: `FastMap` / `FastSet`, and `KeySet` for
//! words of up to 8 bytes packed into integers (`word_key`).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over 8 bytes at a time (FxHash's mixing step): the tables are probed
/// for every token with short keys from our own lists, so the DoS-resistant default SipHash is
/// wasted time (it topped the profile twice), and so was FNV-1a's byte-at-a-time loop.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        let mut word = [0u8; 8];
        for chunk in &mut chunks {
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, byte: u8) {
        self.mix(u64::from(byte));
    }
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// A set of non-zero integer keys, open-addressed: a multiply-shift hash and linear probing in
/// a table kept under a quarter full, so a lookup is one multiply and usually one load.
pub(crate) struct KeySet {
    slots: Vec<u64>,
    shift: u32,
}

impl KeySet {
    pub(crate) fn new(keys: impl Iterator<Item = u64>) -> KeySet {
        let keys: Vec<u64> = keys.filter(|&k| k != 0).collect();
        let bits = (keys.len() * 4).next_power_of_two().trailing_zeros().max(4);
        let mut set = KeySet {
            slots: vec![0; 1 << bits],
            shift: 64 - bits,
        };
        for k in keys {
            let mut i = set.slot(k);
            while set.slots[i] != 0 && set.slots[i] != k {
                i = (i + 1) % set.slots.len();
            }
            set.slots[i] = k;
        }
        set
    }

    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    pub(crate) fn contains(&self, key: u64) -> bool {
        let mut i = self.slot(key);
        loop {
            match self.slots[i] {
                0 => return false,
                k if k == key => return true,
                _ => i = (i + 1) % self.slots.len(),
            }
        }
    }
}

/// A word of up to 8 bytes, ASCII letters lowercased, as an integer (its first byte lowest).
/// Every stop word fits.
pub(crate) fn word_key(word: &[u8]) -> Option<u64> {
    (word.len() <= 8).then(|| {
        word.iter()
            .rev()
            .fold(0, |k, &b| k << 8 | u64::from(b.to_ascii_lowercase()))
    })
}
