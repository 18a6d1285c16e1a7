//! Hot-loop support for `array.array` (the class itself is embedded Python,
//! `array.py`: a typecode in slot `_tc` and a list of checked items in slot
//! `_a`). `a[i]` and `a[i] = x` with an int index are specialized
//! (`BINARY_SUBSCR_ARRAY_INT`, `STORE_SUBSCR_ARRAY_INT`) to read and write
//! that list directly, with the typecode's range check done here; anything
//! else (slices, conversions, errors) runs the Python methods. Also the
//! native helpers `_pack`/`_unpack` behind `tobytes`, `frombytes` and
//! `byteswap`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::bytecode::Cache;
use crate::runtime::list::PyList;
use crate::runtime::objects::{Class, Instance, Name, PyDict};
use crate::runtime::str::static_name;
use crate::runtime::value::Value;
use crate::vm::errors::{overflow_error, type_error, value_error};
use crate::vm::{PyResult, Vm};

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

/// The item size in bytes of typecode `tc` (CPython's on 64-bit Linux:
/// `l`/`L` are 8 bytes, `u` is UCS-4).
fn item_size(tc: u8) -> Option<usize> {
    Some(match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// The typecode and item size named by a helper's first argument.
fn typecode_arg(args: &[Value]) -> PyResult<(u8, usize)> {
    let tc = match args.first() {
        Some(Value::Str(s)) if s.as_str().len() == 1 => s.as_str().as_bytes()[0],
        _ => return Err(type_error("array helper: expected a typecode")),
    };
    let size = item_size(tc).ok_or_else(|| value_error("bad typecode"))?;
    Ok((tc, size))
}

/// `_pack(typecode, items)`: the machine representation (native byte
/// order, as CPython's `tobytes`) of a list of items already checked by
/// `array.py`.
fn pack(_vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (tc, size) = typecode_arg(args)?;
    let Some(Value::List(items)) = args.get(1) else { return Err(type_error("array helper: expected a list")) };
    let mut out = Vec::with_capacity(items.len() * size);
    for k in 0..items.len() {
        let Some(item) = items.get(k) else { break };
        let bits: u64 = match (tc, &item) {
            (b'd', Value::Float(f)) => f.get().to_bits(),
            (b'f', Value::Float(f)) => (f.get() as f32).to_bits() as u64,
            (b'u', Value::Str(s)) => s.as_str().chars().next().map_or(0, |c| c as u64),
            // Two's complement: the low `size` bytes of a signed item are its representation.
            (_, Value::Int(i)) => *i as u64,
            (_, Value::BigInt(b)) => b.to_u64().ok_or_else(|| overflow_error("int too big to convert"))?,
            _ => return Err(type_error("array helper: item of the wrong type")),
        };
        out.extend_from_slice(&bits.to_le_bytes()[..size]);
    }
    if cfg!(target_endian = "big") {
        for chunk in out.chunks_mut(size) {
            chunk.reverse();
        }
    }
    Ok(crate::vm::bytes::bytes_val(out))
}

/// `_unpack(typecode, data, swap)`: the items whose machine representation
/// is the bytes-like `data` (each item's bytes reversed first when `swap`
/// is true, for `byteswap`).
fn unpack(_vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (tc, size) = typecode_arg(args)?;
    let swap = matches!(args.get(2), Some(Value::Bool(b)) if b.get());
    let data = args.get(1).and_then(crate::vm::bytes::as_bytes).ok_or_else(|| type_error("a bytes-like object is required"))?;
    if data.len() % size != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    let mut items = Vec::with_capacity(data.len() / size);
    for chunk in data.chunks(size) {
        let mut raw = [0u8; 8];
        raw[..size].copy_from_slice(chunk);
        if swap != cfg!(target_endian = "big") {
            raw[..size].reverse();
        }
        let bits = u64::from_le_bytes(raw);
        // Sign-extends the low `size` bytes.
        let signed = ((bits << (64 - 8 * size)) as i64) >> (64 - 8 * size);
        items.push(match tc {
            b'd' => Value::float(f64::from_bits(bits)),
            b'f' => Value::float(f32::from_bits(bits as u32) as f64),
            b'u' => match char::from_u32(bits as u32) {
                Some(c) => Value::str(&c.to_string()),
                None => return Err(value_error(format!("character U+{:x} is not in range [U+0000; U+10ffff]", bits))),
            },
            b'b' | b'h' | b'i' | b'l' | b'q' => Value::Int(signed),
            _ if bits > i64::MAX as u64 => Value::from_bigint(BigInt::from(bits)),
            _ => Value::Int(bits as i64),
        });
    }
    Ok(Value::List(crate::runtime::gc::new(PyList::new_compacting(items))))
}

/// `_item(typecode, v)`: [`checked_item`], or None for the slow path.
fn item(_vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (tc, _) = typecode_arg(args)?;
    Ok(args.get(1).and_then(|v| checked_item(tc, v)).unwrap_or(Value::None))
}

/// `_items(typecode, seq)`: a new list of the checked items of a list or
/// tuple when every one passes [`checked_item`], else None.
fn items(_vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (tc, _) = typecode_arg(args)?;
    let values = match args.get(1) {
        Some(Value::List(l)) => (0..l.len()).filter_map(|k| l.get(k)).collect::<Vec<_>>(),
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => return Ok(Value::None),
    };
    let checked: Option<Vec<Value>> = values.iter().map(|v| checked_item(tc, v)).collect();
    Ok(checked.map_or(Value::None, |items| Value::List(crate::runtime::gc::new(PyList::new_compacting(items)))))
}

/// Adds the native helpers `array.py` uses to a fresh module namespace.
pub(super) fn add_helpers(d: &Rc<PyDict>) {
    crate::modules::add_fns(d, &[("_pack", pack), ("_unpack", unpack), ("_item", item), ("_items", items)]);
}
