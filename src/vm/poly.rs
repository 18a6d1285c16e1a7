//! Polymorphic and megamorphic attribute sites at run time: the hot loop's
//! paths for `LOAD_ATTR_POLY`, `STORE_ATTR_POLY`, `LOAD_METHOD_POLY` and the
//! `*_MEGA` forms, each kept out of line (`#[inline(never)]`) so that the
//! hot loop's register allocation does not pay for them.
//!
//! A polymorphic site keeps up to [`POLY_ENTRIES`](crate::bytecode::POLY_ENTRIES)
//! receiver layouts in its own [`PolyTable`]; a megamorphic site shares the
//! VM's [`MegaCache`], keyed by layout and name, as CPython's type attribute
//! cache is keyed by type version and name. Entries are guarded by the
//! receiver's layout (class version and shape id): versions and shape ids
//! are never handed out twice, so an entry can only match instances of the
//! very class and shape it was made for, unchanged since.

use crate::bytecode::{Cache, Op, PolyEntry, PolyKind, PolyTable};
use crate::runtime::objects::{Attrs, BoundMethod, Builtin, Function, Instance, Name};
use crate::runtime::value::Value;
use crate::specialize::{borrowed, poly};

use super::eval::add_slot;
use super::{PyResult, Vm};

/// The layout key of an instance whose attributes are in shape mode (`None`
/// with a materialized `__dict__`, which no entry covers).
#[inline(always)]
fn layout_of(inst: &Instance, attrs: &Attrs) -> Option<u64> {
    if attrs.dict.is_some() {
        return None;
    }
    Some(Cache::second_layout(inst.class.version.get(), attrs.shape_id))
}

/// The instance's attributes, read without counting a borrow.
///
/// SAFETY (of the unguarded borrow): attribute storage is borrowed mutably
/// only inside single operations, never across an instruction boundary, and
/// callers drop the reference before running anything that could.
#[inline(always)]
fn attrs_of(inst: &Instance) -> Option<&Attrs> {
    unsafe { inst.attrs.try_borrow_unguarded() }.ok()
}

/// What a load entry gives for an instance with attributes `attrs` of the
/// entry's layout (`None`: a deleted slot, or not a load entry).
#[inline(always)]
fn load_entry(attrs: &Attrs, e: PolyEntry) -> Option<Value> {
    match e.kind {
        PolyKind::Slot => match attrs.values.get(e.index as usize) {
            Some(v) if !v.is_null() => Some(v.clone()),
            _ => None,
        },
        // SAFETY: a receiver of the entry's layout exists.
        PolyKind::ClassValue => Some(unsafe { e.borrowed_value() }),
        _ => None,
    }
}

/// The method a method entry caches (a receiver of its layout exists).
#[inline(always)]
fn method_entry(e: PolyEntry) -> Option<Value> {
    // SAFETY: the pointers came from `Rc::as_ptr` of a function or builtin
    // in the dict of a class whose version is unchanged, which holds it.
    match e.kind {
        PolyKind::Method => Some(Value::Function(unsafe { borrowed::<Function>(e.ptr) })),
        PolyKind::BuiltinMethod => Some(Value::Builtin(unsafe { borrowed::<Builtin>(e.ptr) })),
        _ => None,
    }
}

/// Runs store entry `e` (for the instance's layout): moves the value at
/// `value` into the instance and returns true, or leaves it (false).
///
/// # Safety
/// `value` points to an initialized value; on true it has been moved out.
#[inline(always)]
unsafe fn store_entry(inst: &Instance, e: PolyEntry, value: *const Value) -> bool {
    match e.kind {
        PolyKind::Slot => {
            let mut attrs = inst.attrs.borrow_mut();
            let Some(slot) = attrs.values.get_mut(e.index as usize) else { return false };
            let old = std::mem::replace(slot, value.read());
            drop(attrs);
            old.release();
            true
        }
        PolyKind::AddSlot => {
            add_slot(inst, Cache { index: e.index, ptr: e.ptr, ..Cache::new() }, value.read());
            true
        }
        _ => false,
    }
}

/// The polymorphic table a `*_POLY` site's cache points at.
#[inline(always)]
fn table_of(c: &Cache) -> &PolyTable {
    // SAFETY: the site's code object owns the table (`Code::poly_table`)
    // and outlives the instruction running.
    unsafe { &*(c.ptr as *const PolyTable) }
}

/// `LOAD_ATTR_POLY`: the attribute, when `obj` has one of the cached layouts.
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
pub(super) extern "C" fn poly_load_attr(obj: &Value, c: Cache) -> Option<Value> {
    let Value::Instance(inst) = obj else { return None };
    let attrs = attrs_of(inst)?;
    load_entry(attrs, table_of(&c).find(layout_of(inst, attrs)?)?)
}

/// `LOAD_ATTR_POLY` past [`poly_load_attr`]: the getter of the property
/// entry for `obj`'s layout, which the hot loop calls inline (null when
/// `obj` has no cached layout or its entry is no property).
#[inline(never)]
// `extern "C"`: as `poly_load_attr`.
#[allow(improper_ctypes_definitions)]
pub(super) extern "C" fn poly_property_getter(obj: &Value, c: Cache) -> *const Function {
    let Value::Instance(inst) = obj else { return std::ptr::null() };
    match attrs_of(inst).and_then(|attrs| layout_of(inst, attrs)).and_then(|layout| table_of(&c).find(layout)) {
        Some(PolyEntry { kind: PolyKind::Property, ptr, .. }) => ptr as *const Function,
        _ => std::ptr::null(),
    }
}

/// `LOAD_METHOD_POLY`: the method, when `obj` has one of the cached layouts.
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
pub(super) extern "C" fn poly_load_method(obj: &Value, c: Cache) -> Option<Value> {
    let Value::Instance(inst) = obj else { return None };
    let layout = layout_of(inst, attrs_of(inst)?)?;
    method_entry(table_of(&c).find(layout)?)
}

/// The function a `super().name` site caches for super object `v`, with the
/// instance the super object is bound to, when the guards pass.
#[inline(always)]
fn super_method(v: &Value, c: &Cache) -> Option<(Value, Value)> {
    let (func, inst) = crate::specialize::super_fits(v, c)?;
    // SAFETY: the guards passed: a class dict on the MRO of the instance's
    // class (unchanged) holds the function.
    Some((Value::Function(unsafe { borrowed::<Function>(func) }), inst))
}

/// `LOAD_ATTR_SUPER` (the bound method replaces the super object at
/// `top - 1`) or, with `method`, `LOAD_METHOD_SUPER` (the function replaces
/// it and the instance goes to `top`, the call's `self`), when the guards
/// of cache `c` pass; false (nothing changed) otherwise.
///
/// # Safety
/// `top - 1` is an initialized value; with `method`, `top` is within the
/// stack's capacity (uninitialized).
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
pub(super) unsafe extern "C" fn super_load(top: *mut Value, c: Cache, method: bool) -> bool {
    let Some((func, inst)) = super_method(&*top.sub(1), &c) else { return false };
    let v = if method {
        top.write(inst);
        func
    } else {
        Value::BoundMethod(BoundMethod::new_rc(func, inst))
    };
    std::mem::replace(&mut *top.sub(1), v).release();
    true
}

/// `STORE_ATTR_POLY`: stores the value at `value` when `obj` has one of
/// the cached layouts (true), else leaves it.
///
/// # Safety
/// As [`store_entry`].
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
pub(super) unsafe extern "C" fn poly_store_attr(obj: &Value, c: Cache, value: *const Value) -> bool {
    let Value::Instance(inst) = obj else { return false };
    let Some(layout) = attrs_of(inst).and_then(|attrs| layout_of(inst, attrs)) else { return false };
    match table_of(&c).find(layout) {
        Some(e) => store_entry(inst, e, value),
        None => false,
    }
}

/// log2 of the number of [`MegaCache`] sets (of two entries each).
const MEGA_BITS: u32 = 9;

/// One entry of the megamorphic cache: the name (an interned string's
/// address) with the family in its low bits, and what to do.
#[derive(Clone, Copy)]
struct MegaEntry {
    key: usize,
    entry: PolyEntry,
}

/// The megamorphic sites' shared cache: a table of (layout, name, family)
/// → [`PolyEntry`], two-way set associative (the most recently filled entry
/// of a set first), so that two hot keys that share a set do not evict each
/// other on every use. Names are interned strings, which live as long as
/// the program, so an address names one string.
pub struct MegaCache {
    entries: Box<[MegaEntry]>,
}

impl Default for MegaCache {
    fn default() -> MegaCache {
        MegaCache { entries: vec![MegaEntry { key: 0, entry: PolyEntry::EMPTY }; 2 << MEGA_BITS].into_boxed_slice() }
    }
}

impl MegaCache {
    /// The key of `name` in `family` (`None` for a name that is not interned,
    /// whose address could later be another string's).
    #[inline(always)]
    fn key(name: &Name, family: Op) -> Option<usize> {
        if !name.is_interned() {
            return None;
        }
        let tag = match family {
            Op::LoadAttr => 1,
            Op::StoreAttr => 2,
            _ => 3,
        };
        // `Rc` pointers are aligned to 8: the low bits are free.
        Some(std::rc::Rc::as_ptr(name) as usize | tag)
    }

    /// The index of the first entry of the set of `layout` and `key`.
    #[inline(always)]
    fn set(layout: u64, key: usize) -> usize {
        let h = (layout ^ (key as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        2 * (h >> (64 - MEGA_BITS)) as usize
    }

    /// The entry for `layout` and `key`, if cached.
    #[inline(always)]
    fn find(&self, layout: u64, key: usize) -> Option<PolyEntry> {
        let set = MegaCache::set(layout, key);
        self.entries[set..set + 2].iter().find(|e| e.key == key && e.entry.layout == layout).map(|e| e.entry)
    }

    /// Caches `entry` for `key` first in its set (the set's older entry goes).
    fn fill(&mut self, key: usize, entry: PolyEntry) {
        let set = MegaCache::set(entry.layout, key);
        self.entries[set + 1] = self.entries[set];
        self.entries[set] = MegaEntry { key, entry };
    }
}

impl Vm {
    /// A megamorphic site's lookup missed for an instance of `layout`:
    /// caches what the specializer makes of the receiver, when it has an
    /// entry for it; then (always) counts the generic operation the caller runs.
    #[cold]
    #[inline(never)]
    fn mega_fill(&mut self, family: Op, obj: &Value, name: &Name, layout: Option<u64>) {
        if let (Some(layout), Some(key)) = (layout, MegaCache::key(name, family)) {
            if let Some(entry) = poly::decide(family, obj, name) {
                if entry.layout == layout {
                    self.mega.fill(key, entry);
                }
            }
        }
        if let Some(stats) = &mut self.stats {
            stats.family(family).generic += 1;
        }
    }

    /// The layout of `obj` when it is an instance in shape mode.
    #[inline(always)]
    fn instance_layout(obj: &Value) -> Option<u64> {
        let Value::Instance(inst) = obj else { return None };
        layout_of(inst, attrs_of(inst)?)
    }

    /// `LOAD_ATTR_MEGA`: `obj.name` through the megamorphic cache, else generically.
    #[inline(never)]
    pub(super) fn mega_load_attr(&mut self, obj: &Value, name: &Name) -> PyResult<Value> {
        let layout = Vm::instance_layout(obj);
        if let (Some(layout), Some(key), Value::Instance(inst)) = (layout, MegaCache::key(name, Op::LoadAttr), obj) {
            if let Some(e) = self.mega.find(layout, key) {
                if e.kind == PolyKind::Property {
                    // SAFETY: a receiver of the entry's layout exists, whose
                    // class dict holds the property holding the getter.
                    let getter = unsafe { borrowed::<Function>(e.ptr) };
                    return self.call_function(&getter, std::slice::from_ref(obj), &[]);
                }
                if let Some(v) = attrs_of(inst).and_then(|attrs| load_entry(attrs, e)) {
                    return Ok(v);
                }
            }
        }
        self.mega_fill(Op::LoadAttr, obj, name, layout);
        self.get_attr(obj, name)
    }

    /// `LOAD_METHOD_MEGA`: `[method, obj]` through the megamorphic cache,
    /// else the generic method load.
    #[inline(never)]
    pub(super) fn mega_load_method(&mut self, obj: Value, name: &Name) -> PyResult<(Value, Value)> {
        let layout = Vm::instance_layout(&obj);
        if let (Some(layout), Some(key)) = (layout, MegaCache::key(name, Op::LoadMethod)) {
            if let Some(m) = self.mega.find(layout, key).and_then(method_entry) {
                return Ok((m, obj));
            }
        }
        self.mega_fill(Op::LoadMethod, &obj, name, layout);
        self.load_method(obj, name)
    }

    /// `STORE_ATTR_MEGA`: `obj.name = value` through the megamorphic cache,
    /// else generically.
    #[inline(never)]
    pub(super) fn mega_store_attr(&mut self, obj: &Value, name: &Name, value: Value) -> PyResult<()> {
        let mut value = value;
        let layout = Vm::instance_layout(obj);
        if let (Some(layout), Some(key), Value::Instance(inst)) = (layout, MegaCache::key(name, Op::StoreAttr), obj) {
            if let Some(e) = self.mega.find(layout, key) {
                let kept = std::mem::ManuallyDrop::new(value);
                // SAFETY: `kept` is initialized; a store that takes it leaves
                // nothing to drop here, else it is taken back.
                if unsafe { store_entry(inst, e, &*kept) } {
                    return Ok(());
                }
                value = std::mem::ManuallyDrop::into_inner(kept);
            }
        }
        self.mega_fill(Op::StoreAttr, obj, name, layout);
        self.set_attr(obj, name, value)
    }
}
