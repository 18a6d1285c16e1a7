//! Inline caches: one per instruction, beside it in the instruction stream
//! ([`Unit`](super::Unit)).
//!
//! The adaptive tier keeps, for every instruction, a [`Counter`] (when to
//! try specializing, when to give up on a specialized form) and the guard
//! data of the specialized form (versions, an index, a pointer). The layout
//! is fixed so the JIT can read a cache without calling Rust.

/// A backoff counter, bit for bit CPython's `_Py_BackoffCounter`: the low
/// 12 bits count down, the top 4 bits are the backoff exponent. It
/// "triggers" at zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(transparent)]
pub struct Counter(pub u16);

impl Counter {
    const VALUE_BITS: u16 = 12;
    const MAX_BACKOFF: u16 = 12;
    /// The largest countdown value (12 bits).
    pub const MAX_VALUE: u16 = (1 << Counter::VALUE_BITS) - 1;

    /// `value` with backoff exponent `backoff`.
    pub const fn new(value: u16, backoff: u16) -> Counter {
        Counter((backoff << Counter::VALUE_BITS) | value)
    }
    /// Before the first attempt: specialize on the second execution (most
    /// types are stable by then).
    pub const WARMUP: Counter = Counter::new(1, 1);
    /// After a successful specialization: misses allowed before the
    /// instruction goes back to its generic form (53, a prime, as CPython).
    pub const COOLDOWN: Counter = Counter::new(52, 0);

    /// The countdown value.
    #[inline(always)]
    pub fn value(self) -> u16 {
        self.0 & ((1 << Counter::VALUE_BITS) - 1)
    }
    /// The backoff exponent.
    #[inline(always)]
    pub fn backoff(self) -> u16 {
        self.0 >> Counter::VALUE_BITS
    }
    /// True when the counter has reached zero.
    #[inline(always)]
    pub fn triggers(self) -> bool {
        self.value() == 0
    }
    /// One step towards zero.
    #[inline(always)]
    pub fn advance(self) -> Counter {
        Counter(self.0 - 1)
    }
    /// After a failed attempt (or a deopt): wait twice as long as last time,
    /// `2^k - 1` executions up to 4095.
    pub fn restart(self) -> Counter {
        let backoff = (self.backoff() + 1).min(Counter::MAX_BACKOFF);
        Counter::new((1 << backoff) - 1, backoff)
    }
}

/// The inline cache of one instruction (40 bytes). Which fields mean what
/// depends on the specialized opcode; see the table in `opcodes.rs`.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Cache {
    /// Adaptive counter.
    pub counter: Counter,
    /// A slot or dict-entry index.
    pub index: u16,
    /// Main guard: a class version or a dict keys version.
    pub version: u32,
    /// Second guard: a shape id or the builtins' keys version.
    pub aux: u32,
    /// A borrowed pointer valid while the guards hold (a cached method).
    pub ptr: usize,
    /// The instance forms' second receiver layout
    /// ([`Cache::second_layout`]; [`Cache::NO_SECOND`] = none yet).
    pub second: u64,
    /// `LOAD_METHOD_INSTANCE`'s method for the second layout.
    pub ptr2: usize,
}

impl Default for Cache {
    fn default() -> Cache {
        Cache::new()
    }
}

impl Cache {
    /// A fresh cache.
    pub const fn new() -> Cache {
        Cache { counter: Counter::WARMUP, index: 0, version: 0, aux: 0, ptr: 0, second: Cache::NO_SECOND, ptr2: 0 }
    }

    /// `second` while no second layout is cached: made of two
    /// [`VERSION_SENTINEL`](crate::runtime::objects::VERSION_SENTINEL)s, tags never
    /// handed out, so no receiver matches it (not even one whose class and shape
    /// were tagged after the tags ran out).
    pub const NO_SECOND: u64 = Cache::second_layout(crate::runtime::objects::VERSION_SENTINEL, crate::runtime::objects::VERSION_SENTINEL);

    /// Whether an instance of class version `version` with shape `shape`
    /// passes an instance guard: the cached pair (`version`, `aux`), or the
    /// second one ([`Cache::second_layout`]).
    #[inline(always)]
    pub fn instance_layout_fits(&self, version: u32, shape: u32) -> bool {
        (version == self.version && shape == self.aux) || self.second == Cache::second_layout(version, shape)
    }

    /// The method `LOAD_METHOD_INSTANCE` cached for receivers of class
    /// version `version` and shape `shape` (`ptr` for the first layout,
    /// `ptr2` for the second), if either matches.
    #[inline(always)]
    pub fn method_for(&self, version: u32, shape: u32) -> Option<usize> {
        if version == self.version && shape == self.aux {
            Some(self.ptr)
        } else if self.second == Cache::second_layout(version, shape) {
            Some(self.ptr2)
        } else {
            None
        }
    }

    /// A second receiver layout for the instance forms (`LOAD_ATTR_INSTANCE`,
    /// `STORE_ATTR_INSTANCE`, `LOAD_METHOD_INSTANCE`): a two-entry polymorphic
    /// cache for sites that see two classes (say, subclasses sharing a base's
    /// methods, or overriding one).
    #[inline(always)]
    pub const fn second_layout(version: u32, shape: u32) -> u64 {
        ((version as u64) << 32) | shape as u64
    }

    /// Keeps a borrowed copy of `v` (its tag in `index`, its payload in
    /// `ptr`), for [`Cache::borrowed_value`] while the guards hold.
    pub fn borrow_value(&mut self, v: &crate::runtime::value::Value) {
        // SAFETY: `Value` is `#[repr(C, u64)]`: tag word, then payload word.
        let words: [u64; 2] = unsafe { std::mem::transmute_copy(v) };
        self.index = words[0] as u16;
        self.ptr = words[1] as usize;
    }

    /// A new reference to the value kept by [`Cache::borrow_value`].
    ///
    /// # Safety
    /// The instruction's guards must have passed: they show that the owner
    /// of the value (a class dict whose version is unchanged) still holds it.
    #[inline(always)]
    pub unsafe fn borrowed_value(&self) -> crate::runtime::value::Value {
        let words: [u64; 2] = [self.index as u64, self.ptr as u64];
        let copy: std::mem::ManuallyDrop<crate::runtime::value::Value> = std::mem::transmute(words);
        (*copy).clone()
    }
}

/// How many receiver layouts a polymorphic site keeps ([`PolyTable`]);
/// a site that meets one more becomes megamorphic.
pub const POLY_ENTRIES: usize = 4;

/// What a polymorphic (or megamorphic) attribute entry does for the
/// receivers of its layout. The family tells loads from stores: a `Slot`
/// entry reads the slot for `LOAD_ATTR` and writes it for `STORE_ATTR`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum PolyKind {
    /// No entry.
    Empty,
    /// The instance slot `index`.
    Slot,
    /// A plain class attribute not shadowed by the instance, kept borrowed
    /// (`index` and `ptr` as [`Cache::borrow_value`] keeps a value).
    ClassValue,
    /// A method that is a Python function (`ptr`, borrowed from a class dict).
    Method,
    /// A method that is a builtin (`ptr`, borrowed from a class dict).
    BuiltinMethod,
    /// A store that adds slot `index`: the instance moves to the shape at
    /// `ptr` (borrowed from the old shape's transitions).
    AddSlot,
    /// A property whose getter is a Python function taking exactly the
    /// instance (`ptr`, borrowed from the property in a class dict): the
    /// load calls it.
    Property,
}

/// One receiver layout of a polymorphic site, or of the megamorphic cache.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct PolyEntry {
    /// The receivers' class version and shape id ([`Cache::second_layout`]);
    /// [`Cache::NO_SECOND`] for an empty entry, which no receiver matches.
    pub layout: u64,
    /// A slot index, or the tag of a borrowed class value.
    pub index: u16,
    /// What the entry does.
    pub kind: PolyKind,
    /// A borrowed pointer (method, shape) or a class value's payload, valid
    /// while a receiver of `layout` exists (class versions and shape ids are
    /// never reused, and a class whose version is unchanged still holds
    /// what its dict held).
    pub ptr: usize,
}

impl PolyEntry {
    /// An entry that matches nothing.
    pub const EMPTY: PolyEntry = PolyEntry { layout: Cache::NO_SECOND, index: 0, kind: PolyKind::Empty, ptr: 0 };

    /// A new reference to the class value kept by a [`PolyKind::ClassValue`] entry.
    ///
    /// # Safety
    /// A receiver of the entry's layout exists (so its class dict, unchanged,
    /// holds the value).
    #[inline(always)]
    pub unsafe fn borrowed_value(&self) -> crate::runtime::value::Value {
        Cache { index: self.index, ptr: self.ptr, ..Cache::new() }.borrowed_value()
    }
}

/// The entries of one polymorphic site, in the order they were added. The
/// site's [`Cache::ptr`] points at it; its code object owns it
/// ([`Code::poly_table`](super::Code::poly_table)).
pub struct PolyTable {
    entries: [std::cell::Cell<PolyEntry>; POLY_ENTRIES],
}

impl Default for PolyTable {
    fn default() -> PolyTable {
        PolyTable { entries: [const { std::cell::Cell::new(PolyEntry::EMPTY) }; POLY_ENTRIES] }
    }
}

impl PolyTable {
    /// The entry for receivers of `layout`, if any.
    #[inline(always)]
    pub fn find(&self, layout: u64) -> Option<PolyEntry> {
        self.entries.iter().map(|e| e.get()).find(|e| e.layout == layout)
    }

    /// Adds `entry` in the first free place; false when the table is full
    /// or already has the entry's layout.
    pub fn add(&self, entry: PolyEntry) -> bool {
        if self.find(entry.layout).is_some() {
            return false;
        }
        match self.entries.iter().find(|e| e.get().kind == PolyKind::Empty) {
            Some(free) => {
                free.set(entry);
                true
            }
            None => false,
        }
    }

    /// Empties every entry (a site made polymorphic again).
    pub fn clear(&self) {
        for e in &self.entries {
            e.set(PolyEntry::EMPTY);
        }
    }

    /// The entries in use.
    pub fn entries(&self) -> impl Iterator<Item = PolyEntry> + '_ {
        self.entries.iter().map(|e| e.get()).filter(|e| e.kind != PolyKind::Empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_4095() {
        let mut c = Counter::WARMUP;
        assert_eq!(c.value(), 1);
        let mut gaps = Vec::new();
        for _ in 0..14 {
            c = c.restart();
            gaps.push(c.value());
        }
        assert_eq!(&gaps[..4], &[3, 7, 15, 31]);
        assert_eq!(*gaps.last().unwrap(), 4095);
    }

    #[test]
    fn poly_table_keeps_distinct_layouts_up_to_its_size() {
        let t = PolyTable::default();
        let entry = |n: u32| PolyEntry { layout: Cache::second_layout(n, n + 1), index: n as u16, kind: PolyKind::Slot, ptr: 0 };
        for n in 1..=POLY_ENTRIES as u32 {
            assert!(t.add(entry(n)));
            assert!(!t.add(entry(n)), "a layout is kept once");
        }
        assert!(!t.add(entry(99)), "full");
        assert_eq!(t.find(Cache::second_layout(3, 4)).map(|e| e.index), Some(3));
        assert!(t.find(Cache::NO_SECOND).is_none(), "empty entries match nothing");
        t.clear();
        assert_eq!(t.entries().count(), 0);
    }

    #[test]
    fn counter_triggers_at_zero() {
        let c = Counter::new(2, 0);
        assert!(!c.triggers());
        assert!(!c.advance().triggers());
        assert!(c.advance().advance().triggers());
    }
}
