//! The hash table behind `set` and `frozenset`, laid out like CPython's
//! `setobject.c` (linear probing in runs of 9, then perturbation) so that
//! iteration order — which programs print — matches CPython's.

use crate::runtime::value::Value;

const LINEAR_PROBES: usize = 9;
const MIN_SIZE: usize = 8;

/// Slot indices in CPython's set probe order: runs of up to
/// `LINEAR_PROBES + 1` adjacent slots, then a perturbed jump. Infinite; the
/// caller stops at an empty slot.
struct SlotSeq {
    mask: usize,
    perturb: usize,
    run_start: usize,
    offset: usize,
}

impl SlotSeq {
    fn new(hash: i64, mask: usize) -> SlotSeq {
        SlotSeq { mask, perturb: hash as u64 as usize, run_start: (hash as u64 as usize) & mask, offset: 0 }
    }

    #[inline]
    fn next_slot(&mut self) -> usize {
        let run_len = if self.run_start + LINEAR_PROBES <= self.mask { LINEAR_PROBES + 1 } else { 1 };
        if self.offset == run_len {
            self.perturb >>= 5;
            self.run_start = (self.run_start.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb)) & self.mask;
            self.offset = 0;
        }
        let slot = self.run_start + self.offset;
        self.offset += 1;
        slot
    }
}

/// One slot: `key == Null` and `hash == 0` is empty; `dummy` marks a deleted slot.
#[derive(Clone)]
pub struct SetSlot {
    /// The key's hash.
    pub hash: i64,
    /// The key (Null when empty or deleted).
    pub key: Value,
    dummy: bool,
}

/// CPython-compatible set table.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<SetSlot>,
    fill: usize,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// Result of probing for a key.
pub enum Probe {
    /// The key is stored at this slot.
    Found(usize),
    /// Not present; insert at this slot.
    Vacant(usize),
}

impl SetTable {
    /// An empty table of the minimum size.
    pub fn new() -> SetTable {
        SetTable { slots: vec![empty(); MIN_SIZE], fill: 0, used: 0 }
    }
    /// Number of live keys.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Current mask (size - 1).
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }
    /// Live keys with hashes, in table order (Python's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter(|s| !s.key.is_null()).map(|s| (s.hash, &s.key))
    }
    /// Slot at raw position `i` (for iterators that walk the table).
    pub fn slot(&self, i: usize) -> Option<&Value> {
        self.slots.get(i).map(|s| &s.key)
    }
    /// Raw table size.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Probes for a key. `eq` decides equality of a candidate with the same hash.
    pub fn probe(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Probe {
        let mut seq = SlotSeq::new(hash, self.mask());
        let mut freeslot: Option<usize> = None;
        loop {
            let j = seq.next_slot();
            let s = &self.slots[j];
            if s.key.is_null() && !s.dummy {
                return Probe::Vacant(freeslot.unwrap_or(j));
            }
            if s.dummy {
                // CPython remembers the last deleted slot it passed.
                freeslot = Some(j);
            } else if s.hash == hash && eq(&s.key) {
                return Probe::Found(j);
            }
        }
    }

    /// Slots whose hash equals `hash` along the probe path (for Python-level `__eq__`).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let mut seq = SlotSeq::new(hash, self.mask());
        loop {
            let j = seq.next_slot();
            let s = &self.slots[j];
            if s.key.is_null() && !s.dummy {
                return out;
            }
            if !s.dummy && s.hash == hash {
                out.push(j);
            }
        }
    }

    /// Stores a new key at a vacant slot returned by `probe`, resizing as CPython does.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        let s = &mut self.slots[slot];
        let was_dummy = s.dummy;
        s.key = key;
        s.hash = hash;
        s.dummy = false;
        self.used += 1;
        if was_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    /// Removes the key at `slot`, leaving a dummy.
    pub fn remove_at(&mut self, slot: usize) -> Value {
        let s = &mut self.slots[slot];
        let k = std::mem::replace(&mut s.key, Value::Null);
        s.dummy = true;
        s.hash = -1;
        self.used -= 1;
        k
    }

    /// Rebuilds the table with room for `minused` keys (CPython's set_table_resize).
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![empty(); newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for s in old.into_iter() {
            if !s.key.is_null() {
                insert_clean(&mut self.slots, mask, s.hash, s.key);
            }
        }
    }

    /// Adds every key of `other` (CPython's set_merge), given that `other`'s
    /// keys are distinct. `contains` reports whether a key is already here when
    /// this set is not empty; `None` from it means "ask via probe".
    pub fn merge_from(&mut self, other: &SetTable, mut eq: impl FnMut(&Value, &Value) -> bool) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            let mask = self.mask();
            for s in other.slots.iter() {
                if !s.key.is_null() {
                    insert_clean(&mut self.slots, mask, s.hash, s.key.clone());
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return;
        }
        for s in other.slots.iter() {
            if s.key.is_null() {
                continue;
            }
            let k = &s.key;
            if let Probe::Vacant(slot) = self.probe(s.hash, |c| eq(c, k)) {
                self.insert_at(slot, s.hash, k.clone());
            }
        }
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    /// Removes and returns an arbitrary key the way CPython's `set.pop` does
    /// (scanning from a finger that it keeps at the start here).
    pub fn pop_first(&mut self) -> Option<Value> {
        let i = self.slots.iter().position(|s| !s.key.is_null())?;
        Some(self.remove_at(i))
    }
}

fn empty() -> SetSlot {
    SetSlot { hash: 0, key: Value::Null, dummy: false }
}

fn insert_clean(slots: &mut [SetSlot], mask: usize, hash: i64, key: Value) {
    let mut seq = SlotSeq::new(hash, mask);
    loop {
        let j = seq.next_slot();
        if slots[j].key.is_null() {
            slots[j] = SetSlot { hash, key, dummy: false };
            return;
        }
    }
}
