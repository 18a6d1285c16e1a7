//! Hot-loop support for `array.array` (the class itself is embedded Python,
//! `array.py`: a typecode in slot `_tc` and a list of checked items in slot
//! `_a`). `a[i]` and `a[i] = x` with an int index are specialized
//! (`BINARY_SUBSCR_ARRAY_INT`, `STORE_SUBSCR_ARRAY_INT`) to read and write
//! that list directly, with the typecode's range check done here; anything
//! else (slices, conversions, errors) runs the Python methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Cache;
use crate::runtime::list::PyList;
use crate::runtime::objects::{Class, Instance, PyDict};
use crate::runtime::str::static_name;
use crate::runtime::value::Value;

thread_local! {
    /// The `array` class of the loaded module and its version then (a
    /// class changed afterwards is not specialized on).
    static ARRAY_CLASS: RefCell<Option<(Rc<Class>, u32)>> = const { RefCell::new(None) };
}

/// Remembers the `array` class of a freshly run `array` module namespace.
pub(super) fn register(d: &Rc<PyDict>) {
    if let Some(Value::Class(cls)) = d.get_str(&static_name("array")) {
        let version = cls.version.get();
        ARRAY_CLASS.with(|c| *c.borrow_mut() = Some((cls, version)));
    }
}

/// The cache of an array subscript site for receiver `inst`: `version` the
/// class version, `aux` the layout, `index` the slot of the item list and
/// `ptr` the slot of the typecode; `None` unless `inst` is an exact, fully
/// initialized `array.array` whose class is unchanged.
pub fn subscript_cache(inst: &Instance) -> Option<Cache> {
    let fits = ARRAY_CLASS.with(|c| match &*c.borrow() {
        Some((cls, version)) => Rc::ptr_eq(cls, &inst.class) && inst.class.version.get() == *version,
        None => false,
    });
    if !fits || inst.class.version.get() == crate::runtime::objects::NO_VERSION {
        return None;
    }
    let attrs = inst.attrs.borrow();
    if attrs.dict.is_some() {
        return None;
    }
    let items = attrs.shape.index_of(&static_name("_a"))?;
    let typecode = attrs.shape.index_of(&static_name("_tc"))?;
    match (attrs.values.get(items), attrs.values.get(typecode)) {
        (Some(Value::List(_)), Some(Value::Str(_))) => {}
        _ => return None,
    }
    let mut cache = Cache::new();
    cache.version = inst.class.version.get();
    cache.aux = attrs.shape_id;
    cache.index = u16::try_from(items).ok()?;
    cache.ptr = typecode;
    Some(cache)
}

/// The item list and typecode of `v` when it is an array of the layout in
/// `c` (see [`subscript_cache`]).
#[inline(always)]
pub fn parts<'a>(v: &'a Value, c: &Cache) -> Option<(&'a PyList, u8)> {
    let Value::Instance(inst) = v else { return None };
    if inst.class.version.get() != c.version {
        return None;
    }
    // SAFETY: attribute storage is borrowed mutably only inside single
    // operations, never across an instruction boundary (so never now).
    let attrs = unsafe { inst.attrs.try_borrow_unguarded() }.ok()?;
    if attrs.shape_id != c.aux {
        return None;
    }
    match (attrs.values.get(c.index as usize), attrs.values.get(c.ptr)) {
        (Some(Value::List(l)), Some(Value::Str(tc))) => Some((&**l, *tc.as_str().as_bytes().first()?)),
        _ => None,
    }
}

/// The item `array.py` would store for `v` in an array of typecode `tc`,
/// for the cases decided without Python code: an int within the integer
/// typecode's range, or a float or int for `'d'`. `None` for everything
/// else (out of range, other types, `'f'` and `'u'`): the slow path then
/// converts or raises.
#[inline(always)]
pub fn checked_item(tc: u8, v: &Value) -> Option<Value> {
    let (lo, hi) = match (tc, v) {
        (b'd', Value::Float(_)) => return Some(v.clone()),
        (b'd', Value::Int(i)) => return Some(Value::float(*i as f64)),
        (_, Value::Int(_)) => int_range(tc)?,
        _ => return None,
    };
    match v {
        Value::Int(i) if (lo..=hi).contains(i) => Some(v.clone()),
        _ => None,
    }
}

/// The range of ints that fit a machine-word integer typecode (capped to
/// i64 for the unsigned 64-bit codes).
#[inline(always)]
fn int_range(tc: u8) -> Option<(i64, i64)> {
    Some(match tc {
        b'b' => (i8::MIN as i64, i8::MAX as i64),
        b'B' => (0, u8::MAX as i64),
        b'h' => (i16::MIN as i64, i16::MAX as i64),
        b'H' => (0, u16::MAX as i64),
        b'i' => (i32::MIN as i64, i32::MAX as i64),
        b'I' => (0, u32::MAX as i64),
        b'l' | b'q' => (i64::MIN, i64::MAX),
        b'L' | b'Q' => (0, i64::MAX),
        _ => return None,
    })
}
