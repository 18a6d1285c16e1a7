//! The hash table behind `set` and `frozenset`, laid out like CPython's
//! `setobject.c` (linear probing in runs of 9, then perturbation) so that
//! iteration order — which programs print — matches CPython's.

use crate::runtime::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// Walks `slots` in CPython's set probe order — runs of up to
/// `LINEAR_PROBES + 1` adjacent slots, then a perturbed jump — until `visit`
/// returns a result (the table always has an empty slot, where callers stop).
#[inline(always)]
fn walk<R>(slots: &[SetSlot], hash: i64, mut visit: impl FnMut(usize, &SetSlot) -> Option<R>) -> R {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64 as usize;
    let mut i = perturb & mask;
    loop {
        // The run is `i..=i + LINEAR_PROBES` when it fits below the mask, else
        // the single slot `i` (CPython's `probes = 0`): every index is <= mask.
        let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
        for j in i..=last {
            // SAFETY: `j <= mask`, and `mask + 1 == slots.len()` (a power of two).
            if let Some(r) = visit(j, unsafe { slots.get_unchecked(j) }) {
                return r;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
    }
}

/// `n` empty slots. Only each slot's hash and key tag are written (two
/// stores a slot): a `memset` of the whole table would also clear the
/// payload words no one reads, and `vec![slot; n]` clones slot by slot.
fn empty_slots(n: usize) -> Vec<SetSlot> {
    let mut v: Vec<SetSlot> = Vec::with_capacity(n);
    for s in v.spare_capacity_mut() {
        s.write(SetSlot { hash: 0, key: Value::Null });
    }
    // SAFETY: the first `n` slots (the whole capacity asked for) were written above.
    unsafe { v.set_len(n) };
    v
}

/// Stores `key` in a slot known to hold no key (empty or a dummy), without
/// running the drop glue of the `Null` it replaces.
#[inline(always)]
fn fill_slot(s: &mut SetSlot, hash: i64, key: Value) {
    debug_assert!(s.key.is_null());
    s.hash = hash;
    std::mem::forget(std::mem::replace(&mut s.key, key));
}

/// One slot, as CPython's `setentry`: a live key (not Null) with its hash;
/// empty is a Null key with hash 0, deleted (a dummy) a Null key with hash -1.
#[derive(Clone)]
pub struct SetSlot {
    /// The key's hash (0 when empty, -1 when deleted).
    pub hash: i64,
    /// The key (Null when empty or deleted).
    pub key: Value,
}

impl SetSlot {
    #[inline(always)]
    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == -1
    }
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
        SetTable { slots: empty_slots(MIN_SIZE), fill: 0, used: 0 }
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
    /// Slots holding a deleted key's marker (CPython's dummies).
    pub fn dummies(&self) -> usize {
        self.fill - self.used
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
    /// The first live key at raw position `from` or after, with its
    /// position (iterators resume after it). Skips empty and deleted slots
    /// without touching their (null) keys' reference counts.
    #[inline]
    pub fn next_live(&self, from: usize) -> Option<(usize, &Value)> {
        let rest = self.slots.get(from..)?;
        let k = rest.iter().position(|s| !s.key.is_null())?;
        Some((from + k, &rest[k].key))
    }
    /// Bytes of the table (for `__sizeof__`).
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<SetSlot>()
    }
    /// Raw table size.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Probes for a key. `eq` decides equality of a candidate with the same hash.
    #[inline]
    pub fn probe(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Probe {
        let mut freeslot: Option<usize> = None;
        walk(&self.slots, hash, |j, s| {
            if s.key.is_null() {
                if s.hash == 0 {
                    return Some(Probe::Vacant(freeslot.unwrap_or(j)));
                }
                // A dummy: CPython remembers the last one it passed.
                freeslot = Some(j);
            } else if s.hash == hash && eq(&s.key) {
                return Some(Probe::Found(j));
            }
            None
        })
    }

    /// Whether the int `i` is a key, when int keys alone decide it: `None`
    /// when the probe meets another kind of key with `i`'s hash (a float or
    /// bool that may equal it, or an object whose `__eq__` would run).
    #[inline]
    pub fn contains_int(&self, i: i64) -> Option<bool> {
        let mut undecided = false;
        let probe = self.probe(crate::runtime::int::hash_i64(i), |k| match k {
            Value::Int(j) => *j == i,
            _ => {
                undecided = true;
                true
            }
        });
        (!undecided).then_some(matches!(probe, Probe::Found(_)))
    }

    /// Slots whose hash equals `hash` along the probe path (for Python-level `__eq__`).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        walk(&self.slots, hash, |j, s| {
            if s.key.is_null() {
                return (s.hash == 0).then_some(());
            }
            if s.hash == hash {
                out.push(j);
            }
            None
        });
        out
    }

    /// Stores a new key at a vacant slot returned by `probe`, resizing as CPython does.
    #[inline]
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        let s = &mut self.slots[slot];
        let was_dummy = s.is_dummy();
        fill_slot(s, hash, key);
        self.used += 1;
        if was_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.grow();
        }
    }

    /// The resize after an insertion fills 3/5 of the table (CPython's `set_add_entry`).
    #[cold]
    fn grow(&mut self) {
        let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
        self.resize(minused);
    }

    /// Removes the key at `slot`, leaving a dummy.
    pub fn remove_at(&mut self, slot: usize) -> Value {
        let s = &mut self.slots[slot];
        let k = std::mem::replace(&mut s.key, Value::Null);
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
        let mut old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        let mask = newsize - 1;
        for s in old.iter_mut() {
            if !s.key.is_null() {
                let key = std::mem::replace(&mut s.key, Value::Null);
                insert_clean(&mut self.slots, mask, s.hash, key);
            }
        }
        // SAFETY: every key left in `old` is `Null`, which owns nothing, so
        // forgetting the slots instead of dropping them one by one leaks
        // nothing (the buffer itself is still freed).
        unsafe { old.set_len(0) };
    }

    /// Adds every key of `other` (CPython's set_merge), given that `other`'s
    /// keys are distinct. `contains` reports whether a key is already here when
    /// this set is not empty; `None` from it means "ask via probe".
    pub fn merge_from(&mut self, other: &SetTable, mut eq: impl FnMut(&Value, &Value) -> bool) {
        let done = self.merge_from_until(other, |a, b| Some(eq(a, b)));
        debug_assert!(done.is_none(), "an equality that always decides never stops the merge");
    }

    /// [`SetTable::merge_from`] with an equality that may not decide (`None`: Python
    /// code would): the merge stops there and returns the raw position in `other`
    /// of the key it did not add; the keys before it are added (none of their
    /// probes needed an undecided comparison).
    pub fn merge_from_until(&mut self, other: &SetTable, mut eq: impl FnMut(&Value, &Value) -> Option<bool>) -> Option<usize> {
        if other.used == 0 {
            return None;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return None;
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
            return None;
        }
        for (at, s) in other.slots.iter().enumerate() {
            if s.key.is_null() {
                continue;
            }
            let k = &s.key;
            let mut undecided = false;
            let probe = self.probe(s.hash, |c| {
                eq(c, k).unwrap_or_else(|| {
                    undecided = true;
                    true
                })
            });
            if undecided {
                return Some(at);
            }
            if let Probe::Vacant(slot) = probe {
                self.insert_at(slot, s.hash, k.clone());
            }
        }
        None
    }

    /// The live keys at raw position `from` and after, in table order.
    pub fn keys_from(&self, from: usize) -> Vec<Value> {
        self.slots[from..].iter().filter(|s| !s.key.is_null()).map(|s| s.key.clone()).collect()
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

/// Stores a key known to be absent in a table with no dummies (CPython's
/// `set_insert_clean`): the first empty slot on its probe path takes it.
fn insert_clean(slots: &mut [SetSlot], mask: usize, hash: i64, key: Value) {
    debug_assert_eq!(mask + 1, slots.len());
    let j = walk(slots, hash, |j, s| s.key.is_null().then_some(j));
    fill_slot(&mut slots[j], hash, key);
}

impl Drop for SetTable {
    /// Releases the live keys only: most slots are empty, and the generic
    /// drop of the slot vector would run the drop glue on each of them.
    fn drop(&mut self) {
        for s in self.slots.iter_mut() {
            if !s.key.is_immediate() {
                drop(std::mem::replace(&mut s.key, Value::Null));
            }
        }
        // SAFETY: every key left is an immediate, which owns nothing; the
        // buffer itself is still freed by the vector's own drop.
        unsafe { self.slots.set_len(0) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Growing through several resizes keeps every key.
    #[test]
    fn resizes_keep_every_key() {
        let mut t = SetTable::new();
        for i in 0..100 {
            if let Probe::Vacant(slot) = t.probe(i, |_| false) {
                t.insert_at(slot, i, Value::Int(i));
            }
        }
        assert_eq!(t.len(), 100);
        assert_eq!(t.iter().count(), 100);
    }

    /// A fresh table is all empty slots (neither keys nor dummies).
    #[test]
    fn fresh_slots_are_empty() {
        let slots = empty_slots(4);
        assert!(slots.iter().all(|s| s.key.is_null() && s.hash == 0 && !s.is_dummy()));
    }
}
