//! The insertion-ordered hash table behind `dict` (and module/class namespaces).
//!
//! Layout follows CPython's compact dict: a sparse power-of-two index table of
//! `u32` entry numbers plus a dense, insertion-ordered entry vector. Key
//! comparison is supplied by the caller, because comparing instances may run
//! Python code (`__eq__`); see `vm::dictops` for the two-phase lookup that
//! releases borrows before calling back into Python.

use std::sync::atomic::{AtomicU64, Ordering};

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

/// The outcome of [`DictTable::lookup`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The key is stored at entry `ix`, referenced from index-table slot `slot`.
    Found { ix: usize, slot: usize },
    /// The key is absent; `slot` is where [`DictTable::insert_vacant`] puts
    /// it (the first deleted or empty slot of its probe sequence), or
    /// [`NO_SLOT`] when the index table is not allocated yet.
    Vacant { slot: usize },
    /// A stored key with the same hash needs Python code to compare.
    Unknown,
}

/// `Lookup::Vacant` of a table without an index table.
pub const NO_SLOT: usize = usize::MAX;

/// What one slot of the index table holds (see [`DictTable::slot`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Never used: ends every probe sequence through it.
    Empty,
    /// Held an entry that was deleted.
    Dummy,
    /// Refers to the entry with this index.
    Entry(usize),
}

/// Hands out [`DictTable`] generations: unique across tables, so that a
/// table replaced wholesale (`clear`, `copy` into it) never looks unchanged.
static NEXT_GENERATION: AtomicU64 = AtomicU64::new(1);

fn next_generation() -> u64 {
    NEXT_GENERATION.fetch_add(1, Ordering::Relaxed)
}

/// An insertion-ordered open-addressing hash table.
#[derive(Default)]
pub struct DictTable {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Changes whenever the index table is rebuilt or dropped (resize,
    /// compaction, clear), i.e. whenever entry indices and probe
    /// sequences observed before stop being valid (CPython compares the
    /// keys object for this). 0 while there is no index table; otherwise
    /// unique to this table.
    generation: u64,
}

impl Clone for DictTable {
    fn clone(&self) -> DictTable {
        DictTable {
            indices: self.indices.clone(),
            entries: self.entries.clone(),
            used: self.used,
            generation: if self.indices.is_empty() { 0 } else { next_generation() },
        }
    }
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable { indices: Vec::new(), entries: Vec::new(), used: 0, generation: 0 }
    }
    /// An empty table with room for `n` entries without growing (a dict
    /// display of `n` items, as CPython's `_PyDict_NewPresized`): growing
    /// from empty would reallocate both vectors and rehash several times.
    pub fn with_capacity(n: usize) -> DictTable {
        if n == 0 {
            return DictTable::new();
        }
        // What `needs_grow` asks for at the `n`th insertion.
        let size = (n * 3 / 2 + 1).max(8).next_power_of_two();
        DictTable { indices: vec![EMPTY; size], entries: Vec::with_capacity(n), used: 0, generation: next_generation() }
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

    /// Bytes of the index table and the entries (for `__sizeof__`).
    pub fn heap_bytes(&self) -> usize {
        self.indices.capacity() * std::mem::size_of::<u32>() + self.entries.capacity() * std::mem::size_of::<Entry>()
    }

    /// See the field `generation`.
    #[inline]
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Size of the index table (0 before the first insertion).
    #[inline]
    pub fn index_size(&self) -> usize {
        self.indices.len()
    }

    /// What index-table slot `slot` (< [`DictTable::index_size`]) holds.
    #[inline]
    pub fn slot(&self, slot: usize) -> Slot {
        match self.indices[slot] {
            EMPTY => Slot::Empty,
            DUMMY => Slot::Dummy,
            ix => Slot::Entry(ix as usize),
        }
    }

    /// One probe for a key with hash `hash`, deciding equality natively:
    /// `eq(stored)` answers `Some(equal)`, or `None` when Python code must
    /// compare (then the lookup stops with `Unknown`, so that the caller can
    /// redo it comparing in probe order). Stored keys whose hash differs are
    /// never passed to `eq`.
    #[inline]
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(&Value) -> Option<bool>) -> Lookup {
        let size = self.indices.len();
        if size == 0 {
            return Lookup::Vacant { slot: NO_SLOT };
        }
        let mask = size - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free = NO_SLOT;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Lookup::Vacant { slot: if free == NO_SLOT { i } else { free } };
            }
            if ix == DUMMY {
                if free == NO_SLOT {
                    free = i;
                }
            } else {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    match eq(&e.key) {
                        Some(true) => return Lookup::Found { ix: ix as usize, slot: i },
                        Some(false) => {}
                        None => return Lookup::Unknown,
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Adds a key that [`DictTable::lookup`] reported `Vacant { slot }`
    /// (with no change to the table since). Returns its entry index.
    #[inline]
    pub fn insert_vacant(&mut self, slot: usize, hash: i64, key: Value, value: Value) -> usize {
        let slot = if self.needs_grow() {
            self.grow();
            self.slot_for_insert(hash)
        } else {
            slot
        };
        let n = self.entries.len();
        self.indices[slot] = n as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        n
    }

    /// Removes the entry `ix` that [`DictTable::lookup`] found in index
    /// slot `slot` (with no change to the table since).
    #[inline]
    pub fn remove_found(&mut self, ix: usize, slot: usize) -> (Value, Value) {
        debug_assert_eq!(self.indices[slot], ix as u32);
        self.indices[slot] = DUMMY;
        self.take_entry(ix)
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

    /// True when one more entry would fill the index table beyond 2/3
    /// (counting deleted entries).
    #[inline]
    fn needs_grow(&self) -> bool {
        let needed = (self.entries.len() + 1) * 3 / 2 + 1;
        self.indices.len() < needed.max(8)
    }

    fn grow_if_needed(&mut self) {
        if self.needs_grow() {
            self.grow();
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let mut size = 8;
        while size < (self.used + 1) * 3 {
            size <<= 1;
        }
        // Compact deleted entries away.
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.indices = vec![EMPTY; size];
        self.generation = next_generation();
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
        self.take_entry(ix)
    }

    /// Marks entry `ix` deleted (its index slot already is) and returns its
    /// key and value.
    #[inline]
    fn take_entry(&mut self, ix: usize) -> (Value, Value) {
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
        self.generation = 0;
    }
}
