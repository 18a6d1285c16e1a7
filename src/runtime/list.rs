//! `list` with storage strategies (as PyPy's list strategies).
//!
//! A list whose items all share one immediate kind (`None`, `bool`, `int`
//! that fits in i64, `float`) keeps only their 8-byte payloads
//! ([`ListStore::Compact`]): 8 bytes per item instead of a 16-byte
//! [`Value`]. Storing anything of another kind generalizes the list to
//! [`ListStore::Values`] for good (the `generic` flag), so a list never
//! flip-flops between the two forms.
//!
//! Lists built from literals and most constructors start as `Values`; an
//! empty `Values` list that was never generalized takes the compact form
//! when an immediate is pushed onto it (`xs = []; xs.append(1)`,
//! comprehensions), `[imm] * n` and `list(range(...))` are compact from the
//! start, and copies (`xs[:]`, `list(xs)`, slices) keep the strategy.
//!
//! Every method borrows the `RefCell` for its own duration only and never
//! calls back into Python, so callers never hold a borrow across `__eq__`
//! and friends. Cold paths may use [`PyList::values_mut`], which generalizes
//! first and hands out the plain `Vec<Value>`.

use std::cell::{RefCell, RefMut};

use super::gc;
use super::value::{Value, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE};

/// The storage of a list.
///
/// `#[repr(u64)]`: the form is a whole word before the fields, so the `jit`
/// tier's native code can tell the forms apart and read the items directly
/// (`jit::layout` measures where).
#[repr(u64)]
pub enum ListStore {
    /// Any values. `generic` is set once the list left the compact form:
    /// it then never becomes compact again.
    Values {
        /// The items.
        items: Vec<Value>,
        /// True after a generalization.
        generic: bool,
    },
    /// Items all of the immediate kind `tag` (a `Value` tag: `TAG_NONE`,
    /// `TAG_BOOL`, `TAG_INT` or `TAG_FLOAT`), stored as their payloads.
    Compact {
        /// The shared kind.
        tag: Kind,
        /// The payloads (0 for `None`, 0/1 for bools, i64 or f64 bits).
        data: Vec<u64>,
    },
}

/// The kind of the items of a compact list: the `Value` tag of `None`,
/// `bool`, `int` or `float` (only [`raw_of`] makes one, which is what makes
/// [`from_raw`] sound).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Kind(u8);

impl Kind {
    /// The `Value` tag.
    #[inline(always)]
    pub fn tag(self) -> u64 {
        self.0 as u64
    }
}

/// The kind and payload of an immediate that a compact list can hold.
#[inline(always)]
pub fn raw_of(v: &Value) -> Option<(Kind, u64)> {
    match v {
        Value::None => Some((Kind(TAG_NONE as u8), 0)),
        Value::Bool(b) => Some((Kind(TAG_BOOL as u8), b.get() as u64)),
        Value::Int(i) => Some((Kind(TAG_INT as u8), *i as u64)),
        Value::Float(f) => Some((Kind(TAG_FLOAT as u8), f.get().to_bits())),
        _ => None,
    }
}

/// The tag word of a value.
#[inline(always)]
fn tag_word(v: &Value) -> u64 {
    // SAFETY: `Value` is `#[repr(C, u64)]` (see value.rs): every variant
    // starts with its u64 tag at offset 0.
    unsafe { *(v as *const Value as *const u64) }
}

/// The payload of `v` when it is an immediate of kind `tag`; else `v` back.
/// (Consumes `v` so that no drop glue runs for the immediate.)
#[inline(always)]
pub fn take_raw(v: Value, kind: Kind) -> Result<u64, Value> {
    if tag_word(&v) != kind.tag() {
        return Err(v);
    }
    let bits = if kind.tag() == TAG_NONE {
        0
    } else {
        // SAFETY: `v` has the tag of `bool`, `int` or `float` (a `Kind` is
        // one of those or `None`), variants whose payload is a plain
        // initialized u64 (`B64`, `i64`, `F64`) at offset 8 (`#[repr(C, u64)]`).
        unsafe { *(&v as *const Value as *const u64).add(1) }
    };
    // An immediate owns nothing: forgetting it skips the drop call.
    std::mem::forget(v);
    Ok(bits)
}

/// The value with tag `tag` and payload `bits` (inverse of [`raw_of`]).
#[inline(always)]
pub fn from_raw(kind: Kind, bits: u64) -> Value {
    // SAFETY: `Value` is `#[repr(C, u64)]`: a u64 tag at offset 0, the
    // payload at offset 8. A `Kind` only ever holds the tag of `None`,
    // `bool`, `int` or `float` (made by `raw_of` alone), whose payloads are
    // plain u64s (`B64`, `i64`, `F64`; `None` has none, the word is padding),
    // and `bits` came from `raw_of`/`take_raw` for that kind (0/1 for bools).
    unsafe { std::mem::transmute::<[u64; 2], Value>([kind.tag(), bits]) }
}

/// The shared compact tag of `items`, if they are all immediates of one kind
/// (and there is at least one).
pub fn compact_tag(items: &[Value]) -> Option<Kind> {
    let (tag, _) = raw_of(items.first()?)?;
    items.iter().all(|v| matches!(raw_of(v), Some((t, _)) if t == tag)).then_some(tag)
}

/// The payloads of `items`, all known to have a compact tag.
fn payloads(items: &[Value]) -> Vec<u64> {
    items.iter().map(|v| raw_of(v).map_or(0, |(_, b)| b)).collect()
}

/// Removes the `count` items `start, start + step, ...` from `v` (indices
/// as resolved by `slice_indices` for the current length).
fn delete_slice<T>(v: &mut Vec<T>, start: i64, step: i64, count: usize) {
    if count == 0 {
        return;
    }
    let (lo, step) = if step < 0 { (start + step * (count as i64 - 1), -step) } else { (start, step) };
    let (lo, step) = (lo.max(0) as usize, step as usize);
    if step == 1 {
        let hi = lo.saturating_add(count).min(v.len());
        v.drain(lo.min(hi)..hi);
        return;
    }
    let mut k = 0usize;
    v.retain(|_| {
        let i = k;
        k += 1;
        !(i >= lo && (i - lo).is_multiple_of(step) && (i - lo) / step < count)
    });
}

/// The `count` items `start, start + step, ...` of `v` (indices as resolved
/// by `slice_indices`; any past the end, after a concurrent shrink, are
/// skipped). Contiguous and reversed runs copy without per-item checks.
fn pick<T: Clone>(v: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    if count == 0 {
        return Vec::new();
    }
    let last = start as i128 + step as i128 * (count as i128 - 1);
    let in_range = |i: i128| i >= 0 && i < v.len() as i128;
    if in_range(start as i128) && in_range(last) {
        let (start, last) = (start as usize, last as usize);
        return match step {
            1 => v[start..=last].to_vec(),
            -1 => v[last..=start].iter().rev().cloned().collect(),
            _ => {
                let mut out = Vec::with_capacity(count);
                let mut i = start as i64;
                for _ in 0..count {
                    out.push(v[i as usize].clone());
                    i += step;
                }
                out
            }
        };
    }
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        if let Some(x) = usize::try_from(i).ok().and_then(|j| v.get(j)) {
            out.push(x.clone());
        }
        i += step;
    }
    out
}

/// Replaces `v[start..stop]` (clamped) with the items of `src` in place,
/// moving the tail once when the lengths differ.
fn replace_range<T: Copy>(v: &mut Vec<T>, start: usize, stop: usize, src: &[T]) {
    let len = v.len();
    let start = start.min(len);
    let stop = stop.min(len).max(start);
    let (old, new) = (stop - start, src.len());
    if new > old {
        let grow = new - old;
        v.reserve(grow);
        // Fill the new room with copies (of the first source item), then
        // shift the tail right over it.
        v.extend(std::iter::repeat_n(src[0], grow));
        v.copy_within(stop..len, stop + grow);
    } else if new < old {
        v.copy_within(stop..len, start + new);
        v.truncate(len - (old - new));
    }
    v[start..start + new].copy_from_slice(src);
}

impl ListStore {
    /// True in the forms that can hold no container: compact, or plain and
    /// empty (a new list in them starts untracked, see
    /// [`PyList::holds_only_atoms`]).
    #[inline(always)]
    pub fn atoms_form(&self) -> bool {
        match self {
            ListStore::Compact { .. } => true,
            ListStore::Values { items, .. } => items.is_empty(),
        }
    }

    /// Number of items.
    #[inline(always)]
    pub fn len(&self) -> usize {
        match self {
            ListStore::Values { items, .. } => items.len(),
            ListStore::Compact { data, .. } => data.len(),
        }
    }

    /// True when empty.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i`, if in range.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        match self {
            ListStore::Values { items, .. } => items.get(i).cloned(),
            ListStore::Compact { tag, data } => data.get(i).map(|&b| from_raw(*tag, b)),
        }
    }

    /// The items as a plain vector, generalizing a compact store.
    pub fn values_mut(&mut self) -> &mut Vec<Value> {
        if let ListStore::Compact { tag, data } = self {
            let tag = *tag;
            let items = data.iter().map(|&b| from_raw(tag, b)).collect();
            *self = ListStore::Values { items, generic: true };
        }
        match self {
            ListStore::Values { items, .. } => items,
            ListStore::Compact { .. } => unreachable!("generalized above"),
        }
    }

    /// Stores `v` at `i` (in range); returns the old item.
    #[inline(always)]
    pub fn replace(&mut self, i: usize, v: Value) -> Option<Value> {
        match self {
            ListStore::Values { items, .. } => Some(std::mem::replace(items.get_mut(i)?, v)),
            ListStore::Compact { tag, data } => {
                let slot = data.get_mut(i)?;
                match take_raw(v, *tag) {
                    Ok(b) => Some(from_raw(*tag, std::mem::replace(slot, b))),
                    Err(v) => self.replace_slow(i, v),
                }
            }
        }
    }

    /// [`ListStore::replace`] generalizing the list first.
    #[cold]
    #[inline(never)]
    fn replace_slow(&mut self, i: usize, v: Value) -> Option<Value> {
        Some(std::mem::replace(self.values_mut().get_mut(i)?, v))
    }

    /// Appends `v`, taking the compact form when an immediate lands in an
    /// empty list that was never generalized.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        match self {
            ListStore::Compact { tag, data } => match take_raw(v, *tag) {
                Ok(b) => data.push(b),
                Err(v) => self.push_slow(v),
            },
            ListStore::Values { items, .. } if !items.is_empty() => items.push(v),
            ListStore::Values { .. } => self.push_slow(v),
        }
    }

    /// [`ListStore::push`] that changes the strategy (or may).
    #[cold]
    #[inline(never)]
    fn push_slow(&mut self, v: Value) {
        if let ListStore::Values { items, generic: false } = self {
            if items.is_empty() {
                if let Some((tag, b)) = raw_of(&v) {
                    let mut data = Vec::with_capacity(items.capacity().max(4));
                    data.push(b);
                    *self = ListStore::Compact { tag, data };
                    return;
                }
            }
        }
        self.values_mut().push(v)
    }

    /// Appends all of `new` (one generalization at most).
    pub fn extend(&mut self, new: Vec<Value>) {
        if new.is_empty() {
            return;
        }
        let fits = match self {
            ListStore::Compact { tag, .. } => compact_tag(&new) == Some(*tag),
            ListStore::Values { items, generic } => items.is_empty() && !*generic && compact_tag(&new).is_some(),
        };
        if fits {
            if let ListStore::Values { .. } = self {
                if let Some(tag) = compact_tag(&new) {
                    *self = ListStore::Compact { tag, data: Vec::with_capacity(new.len()) };
                }
            }
            if let ListStore::Compact { data, .. } = self {
                data.extend(new.iter().map(|v| raw_of(v).map_or(0, |(_, b)| b)));
                return;
            }
        }
        self.values_mut().extend(new);
    }

    /// Appends the items of another store.
    pub fn extend_store(&mut self, other: ListStore) {
        match (&mut *self, other) {
            (ListStore::Compact { tag, data }, ListStore::Compact { tag: t, data: more }) if *tag == t => data.extend(more),
            (ListStore::Values { items, generic: false }, ListStore::Compact { tag, data }) if items.is_empty() => {
                *self = ListStore::Compact { tag, data };
            }
            (_, other) => self.extend(other.into_values()),
        }
    }

    /// The items as values (consuming the store).
    pub fn into_values(self) -> Vec<Value> {
        match self {
            ListStore::Values { items, .. } => items,
            ListStore::Compact { tag, data } => data.into_iter().map(|b| from_raw(tag, b)).collect(),
        }
    }

    /// A copy with the same strategy (a fresh list: never `generic`).
    pub fn copy(&self) -> ListStore {
        match self {
            ListStore::Values { items, .. } => ListStore::Values { items: items.clone(), generic: false },
            ListStore::Compact { tag, data } => ListStore::Compact { tag: *tag, data: data.clone() },
        }
    }
}

/// `list`: a [`ListStore`] behind a `RefCell` (never borrowed across Python calls).
pub struct PyList {
    store: RefCell<ListStore>,
    /// The collector's head.
    pub gc: crate::runtime::gc::GcHead,
}

impl Drop for PyList {
    // (Inline into `Rc`'s out-of-line `drop_slow`: nothing else drops a list.)
    #[inline]
    fn drop(&mut self) {
        crate::runtime::gc::untrack(&self.gc);
        // Last item first, as CPython's `list_dealloc` (the order the items'
        // finalizers run in).
        if let ListStore::Values { items, .. } = self.store.get_mut() {
            while let Some(v) = items.pop() {
                v.release();
            }
        }
    }
}

impl PyList {
    /// The storage, for measuring its layout (`jit::layout`): native code
    /// reads it without borrowing, which is sound while no Rust code holds
    /// a borrow, i.e. whenever a compiled trace runs.
    pub fn store_ptr(&self) -> *const ListStore {
        self.store.as_ptr()
    }

    /// A list owning `items` (the plain form).
    pub fn new(items: Vec<Value>) -> PyList {
        PyList::from_store(ListStore::Values { items, generic: false })
    }

    /// Bytes of the item buffer (16 per slot, 8 in the compact form), for
    /// `__sizeof__`.
    pub fn heap_bytes(&self) -> usize {
        match &*self.store.borrow() {
            ListStore::Values { items, .. } => items.capacity() * std::mem::size_of::<Value>(),
            ListStore::Compact { data, .. } => data.capacity() * std::mem::size_of::<u64>(),
        }
    }

    /// A list owning `items`, compact when they all share one immediate kind.
    pub fn new_compacting(items: Vec<Value>) -> PyList {
        match compact_tag(&items) {
            Some(tag) => PyList::from_store(ListStore::Compact { tag, data: payloads(&items) }),
            None => PyList::new(items),
        }
    }

    /// A list with the given storage.
    pub fn from_store(store: ListStore) -> PyList {
        PyList { store: RefCell::new(store), gc: crate::runtime::gc::GcHead::new() }
    }

    /// Whether a new list can be left untracked by the collector: it is
    /// compact (numbers, bools or `None`) or empty, so it holds no container.
    /// It stays so while it is given only atoms (numbers, strings, tuples of
    /// them...): every store checks, for a list left untracked only (one
    /// test of the head on the fast paths), and registers the list when the
    /// item may be a container ([`PyList::note_items`]).
    #[inline]
    pub fn holds_only_atoms(&self) -> bool {
        self.store.borrow().atoms_form()
    }

    /// Before `v` is stored: registers a list the collector left untracked
    /// if `v` may be a container.
    #[inline(always)]
    fn note_item(&self, v: &Value) {
        if self.gc.is_deferred() {
            self.note_item_untracked(v);
        }
    }

    /// [`PyList::note_item`] of an untracked list (out of line: the fast
    /// paths of stores keep one test).
    #[cold]
    #[inline(never)]
    fn note_item_untracked(&self, v: &Value) {
        if gc::may_be_tracked(v) {
            gc::track_deferred_list(self);
        }
    }

    /// [`PyList::note_item`] for several items (scanned only while the list
    /// is untracked).
    #[inline]
    fn note_items<'a>(&self, items: impl IntoIterator<Item = &'a Value>) {
        if self.gc.is_deferred() && items.into_iter().any(gc::may_be_tracked) {
            gc::track_deferred_list(self);
        }
    }

    /// [`PyList::note_items`] for the items of a store (a compact one holds
    /// only numbers).
    fn note_store(&self, store: &ListStore) {
        if let ListStore::Values { items, .. } = store {
            self.note_items(items);
        }
    }

    /// Passes the items to `f`, last first (CPython's `list_traverse` order);
    /// the items of a compact list only when `immediates` (they are never
    /// containers). Nothing while the list is borrowed for writing.
    pub fn for_each_rev(&self, immediates: bool, mut f: impl FnMut(&Value)) {
        let Ok(s) = self.store.try_borrow() else { return };
        match &*s {
            ListStore::Values { items, .. } => items.iter().rev().for_each(f),
            ListStore::Compact { tag, data } if immediates => data.iter().rev().for_each(|&b| f(&from_raw(*tag, b))),
            ListStore::Compact { .. } => {}
        }
    }

    /// Takes the storage out, leaving the list empty (the collector's clear);
    /// `None` while it is borrowed.
    pub fn try_take_values(&self) -> Option<ListStore> {
        let mut s = self.store.try_borrow_mut().ok()?;
        Some(std::mem::replace(&mut *s, ListStore::Values { items: Vec::new(), generic: false }))
    }

    /// Number of items.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.store.borrow().len()
    }

    /// True when empty.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// When the list has exactly `n` items, passes clones of them to `sink`
    /// last first (the order `UNPACK_SEQUENCE` pushes them) and returns
    /// true; otherwise false, without calling `sink`.
    #[inline(always)]
    pub fn unpack_exact(&self, n: usize, mut sink: impl FnMut(Value)) -> bool {
        match &*self.store.borrow() {
            ListStore::Values { items, .. } if items.len() == n => items.iter().rev().for_each(|v| sink(v.clone())),
            ListStore::Compact { tag, data } if data.len() == n => data.iter().rev().for_each(|&b| sink(from_raw(*tag, b))),
            _ => return false,
        }
        true
    }

    /// Item `i`, if in range.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.store.borrow().get(i)
    }

    /// Item `i` counting from the end when negative (`xs[i]`), if in range.
    #[inline(always)]
    pub fn get_index(&self, i: i64) -> Option<Value> {
        // A negative index still negative after adding the length wraps to
        // a huge usize: out of range like any other.
        let at = |len: usize| (if i < 0 { i.wrapping_add(len as i64) } else { i }) as usize;
        match &*self.store.borrow() {
            ListStore::Compact { tag, data } => data.get(at(data.len())).map(|&b| from_raw(*tag, b)),
            ListStore::Values { items, .. } => items.get(at(items.len())).cloned(),
        }
    }

    /// `xs[i] = v` with `i` counting from the end when negative; gives `v`
    /// back when `i` is out of range. The old item is dropped after the
    /// borrow ends.
    #[inline(always)]
    pub fn set_index(&self, i: i64, v: Value) -> Result<(), Value> {
        let at = |len: usize| (if i < 0 { i.wrapping_add(len as i64) } else { i }) as usize;
        let mut s = self.store.borrow_mut();
        let old = match &mut *s {
            ListStore::Compact { tag, data } => {
                let j = at(data.len());
                let Some(slot) = data.get_mut(j) else { return Err(v) };
                match take_raw(v, *tag) {
                    Ok(b) => {
                        *slot = b;
                        return Ok(());
                    }
                    Err(v) => {
                        self.note_item(&v);
                        s.replace_slow(j, v)
                    }
                }
            }
            ListStore::Values { items, .. } => {
                let j = at(items.len());
                let Some(slot) = items.get_mut(j) else { return Err(v) };
                self.note_item(&v);
                Some(std::mem::replace(slot, v))
            }
        };
        drop(s);
        if let Some(old) = old {
            old.release();
        }
        Ok(())
    }

    /// Replaces item `i` (in range), returning the old item.
    pub fn replace(&self, i: usize, v: Value) -> Option<Value> {
        self.note_item(&v);
        self.store.borrow_mut().replace(i, v)
    }

    /// Appends `v`.
    #[inline(always)]
    pub fn push(&self, v: Value) {
        let mut s = self.store.borrow_mut();
        match &mut *s {
            ListStore::Compact { tag, data } => match take_raw(v, *tag) {
                Ok(b) => data.push(b),
                Err(v) => self.push_slow(&mut s, v),
            },
            ListStore::Values { items, .. } if !items.is_empty() => {
                self.note_item(&v);
                items.push(v)
            }
            ListStore::Values { .. } => self.push_slow(&mut s, v),
        }
    }

    /// [`PyList::push`] that changes the strategy (or may).
    #[cold]
    #[inline(never)]
    fn push_slow(&self, s: &mut ListStore, v: Value) {
        self.note_item(&v);
        s.push_slow(v);
    }

    /// Appends all of `items`.
    pub fn extend(&self, items: Vec<Value>) {
        self.note_items(&items);
        self.store.borrow_mut().extend(items);
    }

    /// Appends the items of `other` (which may be `self`).
    pub fn extend_list(&self, other: &PyList) {
        let more = other.store.borrow().copy();
        self.note_store(&more);
        self.store.borrow_mut().extend_store(more);
    }

    /// Inserts `v` before index `i` (clamped to the length).
    pub fn insert(&self, i: usize, v: Value) {
        self.note_item(&v);
        let mut s = self.store.borrow_mut();
        let i = i.min(s.len());
        match &mut *s {
            ListStore::Compact { tag, data } => match take_raw(v, *tag) {
                Ok(b) => data.insert(i, b),
                Err(v) => s.values_mut().insert(i, v),
            },
            ListStore::Values { items, .. } if !items.is_empty() => items.insert(i, v),
            ListStore::Values { .. } => s.push(v),
        }
    }

    /// Removes and returns item `i`, if in range.
    pub fn remove(&self, i: usize) -> Option<Value> {
        let mut s = self.store.borrow_mut();
        if i >= s.len() {
            return None;
        }
        Some(match &mut *s {
            ListStore::Values { items, .. } => items.remove(i),
            ListStore::Compact { tag, data } => from_raw(*tag, data.remove(i)),
        })
    }

    /// Removes and returns the last item.
    pub fn pop(&self) -> Option<Value> {
        match &mut *self.store.borrow_mut() {
            ListStore::Values { items, .. } => items.pop(),
            ListStore::Compact { tag, data } => data.pop().map(|b| from_raw(*tag, b)),
        }
    }

    /// Swaps items `i` and `j`; false when either is out of range.
    pub fn swap(&self, i: usize, j: usize) -> bool {
        let mut s = self.store.borrow_mut();
        if i >= s.len() || j >= s.len() {
            return false;
        }
        match &mut *s {
            ListStore::Values { items, .. } => items.swap(i, j),
            ListStore::Compact { data, .. } => data.swap(i, j),
        }
        true
    }

    /// Reverses in place.
    pub fn reverse(&self) {
        match &mut *self.store.borrow_mut() {
            ListStore::Values { items, .. } => items.reverse(),
            ListStore::Compact { data, .. } => data.reverse(),
        }
    }

    /// Removes every item (the strategy is kept). The old items are
    /// dropped after the borrow ends.
    pub fn clear(&self) {
        let old = {
            let mut s = self.store.borrow_mut();
            let fresh = match &*s {
                ListStore::Values { generic, .. } => ListStore::Values { items: Vec::new(), generic: *generic },
                ListStore::Compact { tag, .. } => ListStore::Compact { tag: *tag, data: Vec::new() },
            };
            std::mem::replace(&mut *s, fresh)
        };
        drop(old);
    }

    /// Takes the whole storage, leaving an empty plain list with no
    /// capacity (`list.sort` detects mutations made meanwhile by it).
    pub fn take(&self) -> ListStore {
        std::mem::replace(&mut *self.store.borrow_mut(), ListStore::Values { items: Vec::new(), generic: false })
    }

    /// Puts back a storage taken by [`PyList::take`]; returns true (and
    /// discards what was there) when the list was modified in between.
    pub fn put_back(&self, store: ListStore) -> bool {
        self.note_store(&store);
        let old = std::mem::replace(&mut *self.store.borrow_mut(), store);
        let meddled = !matches!(&old, ListStore::Values { items, .. } if items.capacity() == 0);
        drop(old);
        meddled
    }

    /// `f` of the items when the list holds values (`None` for a compact
    /// list). `f` must not touch the list.
    pub fn with_values<R>(&self, f: impl FnOnce(&[Value]) -> R) -> Option<R> {
        match &*self.store.borrow() {
            ListStore::Values { items, .. } => Some(f(items)),
            ListStore::Compact { .. } => None,
        }
    }

    /// A snapshot of the items as values (the list keeps its strategy).
    pub fn snapshot(&self) -> Vec<Value> {
        match &*self.store.borrow() {
            ListStore::Values { items, .. } => items.clone(),
            ListStore::Compact { tag, data } => data.iter().map(|&b| from_raw(*tag, b)).collect(),
        }
    }

    /// A shallow copy with the same strategy.
    pub fn copy(&self) -> PyList {
        PyList::from_store(self.store.borrow().copy())
    }

    /// The `count` items `start, start + step, ...` as a new list with the
    /// same strategy (indices past the end, after a concurrent shrink, are
    /// skipped).
    pub fn slice(&self, start: i64, step: i64, count: usize) -> PyList {
        PyList::from_store(match &*self.store.borrow() {
            ListStore::Values { items, .. } => ListStore::Values { items: pick(items, start, step, count), generic: false },
            ListStore::Compact { tag, data } => ListStore::Compact { tag: *tag, data: pick(data, start, step, count) },
        })
    }

    /// `self + other` as a new list (compact when both are compact alike).
    pub fn concat(&self, other: &PyList) -> PyList {
        let (a, b) = (self.store.borrow(), other.store.borrow());
        if let (ListStore::Compact { tag, data }, ListStore::Compact { tag: t, data: more }) = (&*a, &*b) {
            if tag == t {
                let mut d = Vec::with_capacity(data.len() + more.len());
                d.extend_from_slice(data);
                d.extend_from_slice(more);
                return PyList::from_store(ListStore::Compact { tag: *tag, data: d });
            }
        }
        let mut v = Vec::with_capacity(a.len() + b.len());
        for s in [&*a, &*b] {
            match s {
                ListStore::Values { items, .. } => v.extend(items.iter().cloned()),
                ListStore::Compact { tag, data } => v.extend(data.iter().map(|&x| from_raw(*tag, x))),
            }
        }
        PyList::new(v)
    }

    /// The storage of `self * n` (compact when the items share one
    /// immediate kind, so `[False] * n` takes 8 bytes per item).
    pub fn repeated(&self, n: usize) -> ListStore {
        fn rep<T: Clone>(v: &[T], n: usize) -> Vec<T> {
            let mut out = Vec::with_capacity(v.len() * n);
            for _ in 0..n {
                out.extend_from_slice(v);
            }
            out
        }
        match &*self.store.borrow() {
            ListStore::Compact { tag, data } => ListStore::Compact { tag: *tag, data: rep(data, n) },
            ListStore::Values { items, .. } => match compact_tag(items) {
                Some(tag) => ListStore::Compact { tag, data: rep(&payloads(items), n) },
                None => ListStore::Values { items: rep(items, n), generic: false },
            },
        }
    }

    /// `self *= n` in place.
    pub fn repeat_in_place(&self, n: usize) {
        let new = self.repeated(n);
        let old = {
            let mut s = self.store.borrow_mut();
            let generic = matches!(&*s, ListStore::Values { generic: true, .. });
            let new = match new {
                ListStore::Compact { tag, data } if !generic => ListStore::Compact { tag, data },
                other => ListStore::Values { items: other.into_values(), generic },
            };
            std::mem::replace(&mut *s, new)
        };
        // (The same items: an untracked list stays so.)
        drop(old);
    }

    /// Replaces items `start..stop` with `new` (`xs[a:b] = new`). The
    /// replaced items are dropped after the borrow ends.
    pub fn splice(&self, start: usize, stop: usize, new: Vec<Value>) {
        self.note_items(&new);
        let removed: Vec<Value> = {
            let mut s = self.store.borrow_mut();
            let len = s.len();
            let (start, stop) = (start.min(len), stop.min(len).max(start.min(len)));
            if let ListStore::Compact { tag, data } = &mut *s {
                let tag = *tag;
                if new.iter().all(|v| matches!(raw_of(v), Some((t, _)) if t == tag)) {
                    let raw = new.iter().map(|v| raw_of(v).map_or(0, |(_, b)| b));
                    if stop - start == new.len() {
                        for (slot, b) in data[start..stop].iter_mut().zip(raw) {
                            *slot = b;
                        }
                    } else {
                        data.splice(start..stop, raw);
                    }
                    // Immediates: nothing to drop.
                    return;
                }
            }
            let items = s.values_mut();
            if stop - start == new.len() {
                // Same length: swap in place; `new` then holds the old items.
                let mut new = new;
                items[start..stop].swap_with_slice(&mut new);
                new
            } else {
                items.splice(start..stop, new).collect()
            }
        };
        drop(removed);
    }

    /// `self[start:stop:step] = src` for a list `src` (which may be `self`),
    /// with the indices resolved by `slice_indices` for the current length
    /// (`stop` only matters for `step == 1`). Compact lists of one kind copy
    /// payloads in place; a plain list takes the items in place (no
    /// temporary vectors), dropping the replaced ones after the borrows end.
    /// `Err(len(src))` when an extended slice has another size.
    pub fn assign_slice(&self, start: i64, stop: i64, step: i64, count: usize, src: &PyList) -> Result<(), usize> {
        if std::ptr::eq(self, src) {
            let copy = PyList::from_store(src.store.borrow().copy());
            return self.assign_slice(start, stop, step, count, &copy);
        }
        self.note_store(&src.store.borrow());
        let (lo, hi) = (start.max(0) as usize, stop.max(start).max(0) as usize);
        let removed: Option<Vec<Value>> = {
            let from = src.store.borrow();
            let n = from.len();
            if step != 1 && n != count {
                return Err(n);
            }
            let mut to = self.store.borrow_mut();
            match (&mut *to, &*from) {
                (ListStore::Compact { tag, data }, ListStore::Compact { tag: t, data: d }) if tag == t => {
                    if step == 1 {
                        replace_range(data, lo, hi, d);
                    } else {
                        let mut i = start;
                        for &b in d.iter() {
                            if let Some(slot) = usize::try_from(i).ok().and_then(|j| data.get_mut(j)) {
                                *slot = b;
                            }
                            i += step;
                        }
                    }
                    return Ok(());
                }
                (ListStore::Values { items, .. }, from) => {
                    // Only heap items need dropping later: immediates
                    // replaced by immediates allocate nothing here.
                    let mut removed = Vec::new();
                    let mut put = |slot: &mut Value, v: Value| {
                        let old = std::mem::replace(slot, v);
                        if !old.is_immediate() {
                            removed.push(old);
                        }
                    };
                    let item = |k: usize| from.get(k).unwrap_or(Value::None);
                    if step == 1 {
                        let len = items.len();
                        let (lo, hi) = (lo.min(len), hi.min(len).max(lo.min(len)));
                        if hi - lo == n {
                            for (k, slot) in items[lo..hi].iter_mut().enumerate() {
                                put(slot, item(k));
                            }
                        } else {
                            let old: Vec<Value> = items.splice(lo..hi, (0..n).map(item)).collect();
                            removed.extend(old);
                        }
                    } else {
                        let mut i = start;
                        for k in 0..n {
                            if let Some(slot) = usize::try_from(i).ok().and_then(|j| items.get_mut(j)) {
                                put(slot, item(k));
                            }
                            i += step;
                        }
                    }
                    Some(removed)
                }
                // A compact list taking items of another kind.
                _ => None,
            }
        };
        if let Some(removed) = removed {
            drop(removed);
            return Ok(());
        }
        let new = src.snapshot();
        if step == 1 {
            self.splice(lo, hi, new);
        } else {
            let mut i = start;
            for v in new {
                if let Ok(j) = usize::try_from(i) {
                    drop(self.replace(j, v));
                }
                i += step;
            }
        }
        Ok(())
    }

    /// Removes the `count` items `start, start + step, ...` (`del xs[a:b:c]`).
    pub fn delete_slice(&self, start: i64, step: i64, count: usize) {
        match &mut *self.store.borrow_mut() {
            ListStore::Compact { data, .. } => delete_slice(data, start, step, count),
            ListStore::Values { items, .. } => delete_slice(items, start, step, count),
        }
    }

    /// Runs `f` on the payloads of a compact `int`, `float` or `bool` list
    /// with the native `<` of that kind (`None` for other lists): heap
    /// algorithms then compare without building values or running Python
    /// code. `f` must not touch the list through other paths.
    pub fn with_numbers<R>(&self, f: impl FnOnce(&mut [u64], fn(u64, u64) -> bool) -> R) -> Option<R> {
        let mut s = self.store.borrow_mut();
        let ListStore::Compact { tag, data } = &mut *s else { return None };
        let lt: fn(u64, u64) -> bool = match tag.tag() {
            crate::runtime::value::TAG_INT => |a, b| (a as i64) < (b as i64),
            crate::runtime::value::TAG_FLOAT => |a, b| f64::from_bits(a) < f64::from_bits(b),
            crate::runtime::value::TAG_BOOL => |a, b| a < b,
            _ => return None,
        };
        Some(f(data, lt))
    }

    /// `x in self` answered without running Python code, when the list is
    /// compact and `x` an immediate of the same kind (else `None`).
    pub fn contains_fast(&self, x: &Value) -> Option<bool> {
        let s = self.store.borrow();
        let ListStore::Compact { tag, data } = &*s else { return None };
        let (t, bits) = raw_of(x)?;
        if t != *tag {
            return None;
        }
        Some(if tag.tag() == TAG_FLOAT {
            let f = f64::from_bits(bits);
            data.iter().any(|&b| b == bits || f64::from_bits(b) == f)
        } else {
            data.contains(&bits)
        })
    }

    /// The order of two lists as sequences: the first pair of items that
    /// `item_order` finds unequal decides, else the lengths; `None` as soon
    /// as `item_order` gives none. `item_order` must not modify a list.
    pub fn order_with(&self, other: &PyList, mut item_order: impl FnMut(&Value, &Value) -> Option<std::cmp::Ordering>) -> Option<std::cmp::Ordering> {
        let (a, b) = (self.store.borrow(), other.store.borrow());
        for i in 0..a.len().min(b.len()) {
            let order = item_order(&a.get(i)?, &b.get(i)?)?;
            if order != std::cmp::Ordering::Equal {
                return Some(order);
            }
        }
        Some(a.len().cmp(&b.len()))
    }

    /// `self == other` answered without running Python code, when both are
    /// compact of the same kind (else `None`).
    pub fn eq_fast(&self, other: &PyList) -> Option<bool> {
        let (a, b) = (self.store.borrow(), other.store.borrow());
        match (&*a, &*b) {
            (ListStore::Compact { tag, data }, ListStore::Compact { tag: t, data: d }) if tag == t => Some(if tag.tag() == TAG_FLOAT {
                data.len() == d.len() && data.iter().zip(d.iter()).all(|(&x, &y)| x == y || f64::from_bits(x) == f64::from_bits(y))
            } else {
                data == d
            }),
            _ => None,
        }
    }

    /// Sorts in place without running Python code when the list is compact
    /// with a natively ordered kind (ints, bools, floats without NaN);
    /// false when the caller must sort generically.
    pub fn sort_fast(&self, reverse: bool) -> bool {
        let mut s = self.store.borrow_mut();
        let ListStore::Compact { tag, data } = &mut *s else { return false };
        match tag.tag() {
            TAG_INT => {
                // Equal ints are indistinguishable: stability does not matter.
                data.sort_unstable_by_key(|&b| b as i64);
                if reverse {
                    data.reverse();
                }
            }
            TAG_BOOL => {
                data.sort_unstable();
                if reverse {
                    data.reverse();
                }
            }
            TAG_FLOAT if data.iter().all(|&b| !f64::from_bits(b).is_nan()) => {
                // Stable, as CPython: 0.0 and -0.0 compare equal but differ,
                // and equal items keep their order (also when reversed).
                let key = |b: &u64| f64::from_bits(*b);
                let eq = std::cmp::Ordering::Equal;
                if reverse {
                    data.sort_by(|x, y| key(y).partial_cmp(&key(x)).unwrap_or(eq));
                } else {
                    data.sort_by(|x, y| key(x).partial_cmp(&key(y)).unwrap_or(eq));
                }
            }
            _ => return false,
        }
        true
    }

    /// The items as a plain vector, generalizing the list first (for cold
    /// paths; the list stays generalized).
    pub fn values_mut(&self) -> RefMut<'_, Vec<Value>> {
        // The caller may store anything.
        gc::track_deferred_list(self);
        RefMut::map(self.store.borrow_mut(), |s| s.values_mut())
    }
}
