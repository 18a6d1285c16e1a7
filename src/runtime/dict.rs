//! The insertion-ordered hash table behind `dict` (and module/class namespaces).
//!
//! Layout follows CPython's compact dict: a sparse power-of-two index table of
//! `u32` entry numbers plus a dense, insertion-ordered entry vector. Key
//! comparison is supplied by the caller, because comparing instances may run
//! Python code (`__eq__`); see `vm::dictops` for the two-phase lookup that
//! releases borrows before calling back into Python.

use crate::runtime::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// The open-addressing probe sequence over the index table (CPython's
/// perturbation scheme), shared by every lookup and insertion.
struct ProbeSeq {
    mask: usize,
    perturb: u64,
    i: usize,
}

impl ProbeSeq {
    #[inline]
    fn new(hash: i64, size: usize) -> ProbeSeq {
        let mask = size - 1;
        ProbeSeq { mask, perturb: hash as u64, i: (hash as u64 as usize) & mask }
    }

    /// The current slot; then advance.
    #[inline]
    fn next_slot(&mut self) -> usize {
        let slot = self.i;
        self.perturb >>= 5;
        self.i = (self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
        slot
    }
}

/// One stored item. A deleted entry has `key == Value::Null`.
#[derive(Clone)]
pub struct Entry {
    /// The key's Python hash.
    pub hash: i64,
    /// The key, or `Null` when deleted.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// An insertion-ordered open-addressing hash table.
#[derive(Clone, Default)]
pub struct DictTable {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable { indices: Vec::new(), entries: Vec::new(), used: 0 }
    }
    /// Number of live items.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// The entry vector, including deleted (Null-key) slots, in insertion order.
    #[inline]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    /// Live entry at position `i` of the entry vector, if not deleted.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }
    /// Mutable access to a stored value by entry index.
    #[inline]
    pub fn value_mut(&mut self, i: usize) -> &mut Value {
        &mut self.entries[i].value
    }
    /// Iterates over live `(key, value)` pairs in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| (&e.key, &e.value))
    }

    /// Finds the entry index of a key with hash `hash` for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mut probe = ProbeSeq::new(hash, self.indices.len());
        loop {
            let ix = self.indices[probe.next_slot()];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash && eq(&e.key) {
                    return Some(ix as usize);
                }
            }
        }
    }


    /// Entry indices whose stored hash equals `hash`, in probe order. Used when
    /// equality needs Python code and no borrow may be held while comparing.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        let mut probe = ProbeSeq::new(hash, self.indices.len());
        loop {
            let ix = self.indices[probe.next_slot()];
            if ix == EMPTY {
                return out;
            }
            if ix != DUMMY && self.entries[ix as usize].hash == hash {
                out.push(ix as usize);
            }
        }
    }

    fn slot_for_insert(&self, hash: i64) -> usize {
        let mut probe = ProbeSeq::new(hash, self.indices.len());
        loop {
            let slot = probe.next_slot();
            let ix = self.indices[slot];
            if ix == EMPTY || ix == DUMMY {
                return slot;
            }
        }
    }

    fn grow_if_needed(&mut self) {
        // Keep the index table at most 2/3 full, counting deleted entries.
        let needed = (self.entries.len() + 1) * 3 / 2 + 1;
        if self.indices.len() >= needed.max(8) {
            return;
        }
        let mut size = 8;
        while size < (self.used + 1) * 3 {
            size <<= 1;
        }
        // Compact deleted entries away.
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.indices = vec![EMPTY; size];
        for n in 0..self.entries.len() {
            let slot = self.slot_for_insert(self.entries[n].hash);
            self.indices[slot] = n as u32;
        }
    }

    /// Appends a key known to be absent. Returns its entry index.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        self.grow_if_needed();
        let slot = self.slot_for_insert(hash);
        let n = self.entries.len();
        self.indices[slot] = n as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        n
    }

    /// Removes the entry at index `ix` (found by `find`), returning key and value.
    pub fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        let mut probe = ProbeSeq::new(self.entries[ix].hash, self.indices.len());
        loop {
            let slot = probe.next_slot();
            if self.indices[slot] == ix as u32 {
                self.indices[slot] = DUMMY;
                break;
            }
        }
        let e = &mut self.entries[ix];
        let k = std::mem::replace(&mut e.key, Value::Null);
        let v = std::mem::replace(&mut e.value, Value::Null);
        self.used -= 1;
        if self.used == 0 {
            self.clear();
        }
        (k, v)
    }

    /// Removes the last inserted live item (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let r = self.remove_at(ix);
        // Trailing deleted entries can be dropped outright... but indices refer to them, so keep.
        Some(r)
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
    }
}
