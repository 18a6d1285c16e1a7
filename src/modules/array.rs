//! The `array` module: `array.array`, a sequence of machine values of one
//! C type (its typecode), stored unboxed in native byte order as CPython's.
//!
//! The class is native (`NativeData::Any` carrying an [`ArrayData`]), so
//! its methods are builtins that `LOAD_METHOD_INSTANCE_BUILTIN` caches, and
//! `a[i]` / `a[i] = x` with an int index run in the hot loop
//! (`BINARY_SUBSCR_ARRAY_INT`, `STORE_SUBSCR_ARRAY_INT`) through
//! [`item_fast`] and [`store_fast`]. Item conversions and their errors are
//! CPython's, typecode by typecode (which C conversion each setter uses
//! decides the words of its OverflowError). Arrays are buffers: `bytes()`,
//! `memoryview()` (reads and writes go through to the array), `frombytes`.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::native::{iter_value, native_class, new_native_instance, payload};
use crate::builtins::{add_method, arg_int, builtin_fn, set};
use crate::bytecode::{Cache, CmpOp};
use crate::runtime::list::PyList;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

/// The typecodes, in CPython's order (`array.typecodes`).
const TYPECODES: &str = "bBuhHiIlLqQfd";

/// Bytes `tofile` writes per call of the file's `write` (CPython's block size).
const FILE_BLOCK: usize = 64 * 1024;

/// An array's item type: one of [`TYPECODES`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TypeCode(u8);

/// An integer being converted to an item: its value when it fits an
/// `i128`, else only its sign (every typecode rejects it).
#[derive(Clone, Copy)]
enum Integer {
    Fits(i128),
    Huge { negative: bool },
}

impl TypeCode {
    fn parse(c: char) -> Option<TypeCode> {
        (c.is_ascii() && TYPECODES.contains(c)).then_some(TypeCode(c as u8))
    }

    /// The item size in bytes (CPython's on 64-bit Linux: `l`/`L` are 8
    /// bytes, `u` is UCS-4).
    #[inline(always)]
    pub fn size(self) -> usize {
        match self.0 {
            b'b' | b'B' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' | b'u' => 4,
            _ => 8,
        }
    }

    fn as_char(self) -> char {
        self.0 as char
    }

    /// The `struct` format a memoryview of such an array shows (`u` is `w`).
    pub fn buffer_format(self) -> u8 {
        if self.0 == b'u' {
            b'w'
        } else {
            self.0
        }
    }

    fn is_float(self) -> bool {
        matches!(self.0, b'f' | b'd')
    }

    /// The ints an integer typecode takes, capped to `i64` (the values the
    /// fast paths store without a check beyond the range).
    #[inline(always)]
    fn int_range(self) -> Option<(i64, i64)> {
        Some(match self.0 {
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

    /// The machine bits of `v` when it is an item this typecode takes as it
    /// is (an int in range; a float or int for `f`/`d`); `None` for what
    /// needs conversion or an error ([`encode`]).
    #[inline(always)]
    fn encode_fast(self, v: &Value) -> Option<u64> {
        match (self.0, v) {
            (b'd', Value::Float(f)) => Some(f.get().to_bits()),
            (b'd', Value::Int(i)) => Some((*i as f64).to_bits()),
            (b'f', Value::Float(f)) => Some((f.get() as f32).to_bits() as u64),
            (b'f', Value::Int(i)) => Some(((*i as f64) as f32).to_bits() as u64),
            (_, Value::Int(i)) => {
                let (lo, hi) = self.int_range()?;
                (lo..=hi).contains(i).then_some(*i as u64)
            }
            _ => None,
        }
    }

    /// The bits of an integer item, or CPython's OverflowError for this
    /// typecode (each uses another C conversion, hence other words).
    fn int_bits(self, n: Integer) -> PyResult<u64> {
        let range = |lo: i128, hi: i128, what: &str| -> PyResult<()> {
            match n {
                Integer::Fits(x) if x < lo => Err(overflow_error(format!("{} is less than minimum", what))),
                Integer::Fits(x) if x > hi => Err(overflow_error(format!("{} is greater than maximum", what))),
                _ => Ok(()),
            }
        };
        let long = match n {
            Integer::Fits(x) if i64::try_from(x).is_ok() => Some(x),
            _ => None,
        };
        let negative = match n {
            Integer::Fits(x) => x < 0,
            Integer::Huge { negative } => negative,
        };
        let unsigned = match n {
            Integer::Fits(x) => u64::try_from(x).ok(),
            Integer::Huge { .. } => None,
        };
        let long_error = || overflow_error("Python int too large to convert to C long");
        match self.0 {
            b'b' | b'B' | b'h' | b'H' | b'i' | b'l' => {
                let x = long.ok_or_else(long_error)?;
                match self.0 {
                    b'b' => {
                        range(i16::MIN as i128, i16::MAX as i128, "signed short integer")?;
                        range(i8::MIN as i128, i8::MAX as i128, "signed char")?;
                    }
                    b'B' => range(0, u8::MAX as i128, "unsigned byte integer")?,
                    b'h' => range(i16::MIN as i128, i16::MAX as i128, "signed short integer")?,
                    b'H' => {
                        range(i32::MIN as i128, i32::MAX as i128, "signed integer")?;
                        range(0, u16::MAX as i128, "unsigned short")?;
                    }
                    b'i' => range(i32::MIN as i128, i32::MAX as i128, "signed integer")?,
                    _ => {}
                }
                Ok(x as i64 as u64)
            }
            b'q' => long.map(|x| x as i64 as u64).ok_or_else(|| overflow_error("int too big to convert")),
            b'I' | b'L' => {
                if negative {
                    return Err(overflow_error("can't convert negative value to unsigned int"));
                }
                let x = unsigned.ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))?;
                if self.0 == b'I' && x > u32::MAX as u64 {
                    return Err(overflow_error("unsigned int is greater than maximum"));
                }
                Ok(x)
            }
            _ => {
                if negative {
                    return Err(overflow_error("can't convert negative int to unsigned"));
                }
                unsigned.ok_or_else(|| overflow_error("int too big to convert"))
            }
        }
    }

    /// The item at the start of `b` (at least [`TypeCode::size`] bytes), or
    /// `None` for a `u` item that is not a character.
    #[inline(always)]
    fn decode(self, b: &[u8]) -> Option<Value> {
        Some(match self.0 {
            b'd' => Value::float(f64::from_ne_bytes(b[..8].try_into().ok()?)),
            b'f' => Value::float(f32::from_ne_bytes(b[..4].try_into().ok()?) as f64),
            b'b' => Value::Int(b[0] as i8 as i64),
            b'B' => Value::Int(b[0] as i64),
            b'h' => Value::Int(i16::from_ne_bytes(b[..2].try_into().ok()?) as i64),
            b'H' => Value::Int(u16::from_ne_bytes(b[..2].try_into().ok()?) as i64),
            b'i' => Value::Int(i32::from_ne_bytes(b[..4].try_into().ok()?) as i64),
            b'I' => Value::Int(u32::from_ne_bytes(b[..4].try_into().ok()?) as i64),
            b'l' | b'q' => Value::Int(i64::from_ne_bytes(b[..8].try_into().ok()?)),
            b'L' | b'Q' => {
                let x = u64::from_ne_bytes(b[..8].try_into().ok()?);
                match i64::try_from(x) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::from_bigint(BigInt::from(x)),
                }
            }
            _ => Value::Str(crate::runtime::str::char_str(char::from_u32(u32::from_ne_bytes(b[..4].try_into().ok()?))?)),
        })
    }

    /// Writes the item `bits` (as [`TypeCode::encode_fast`] makes them) at
    /// the start of `out`.
    #[inline(always)]
    fn store(self, out: &mut [u8], bits: u64) {
        let size = self.size();
        let raw = bits.to_ne_bytes();
        let low = if cfg!(target_endian = "little") { &raw[..size] } else { &raw[8 - size..] };
        out[..size].copy_from_slice(low);
    }
}

/// The state of one array: its typecode and items' bytes.
pub struct ArrayData {
    code: TypeCode,
    /// log2 of the item size (the hot paths index with a shift).
    shift: u8,
    bytes: RefCell<Vec<u8>>,
}

impl ArrayData {
    fn len(&self) -> usize {
        self.bytes.borrow().len() / self.code.size()
    }

    /// Item `i` (in range), or the error of a `u` item that is no character.
    fn item(&self, i: usize) -> PyResult<Value> {
        let size = self.code.size();
        let bytes = self.bytes.borrow();
        self.code.decode(&bytes[i * size..]).ok_or_else(|| {
            let raw = u32::from_ne_bytes(bytes[i * size..i * size + 4].try_into().unwrap_or_default());
            value_error(format!("character U+{:x} is not in range [U+0000; U+10ffff]", raw))
        })
    }

    /// Every item.
    fn items(&self) -> PyResult<Vec<Value>> {
        (0..self.len()).map(|i| self.item(i)).collect()
    }

    /// Appends encoded items.
    fn push_bits(&self, bits: &[u64]) {
        let size = self.code.size();
        let mut bytes = self.bytes.borrow_mut();
        let at = bytes.len();
        bytes.resize(at + bits.len() * size, 0);
        for (k, b) in bits.iter().enumerate() {
            self.code.store(&mut bytes[at + k * size..], *b);
        }
    }
}

thread_local! {
    static CLASS: OnceCell<&'static Rc<Class>> = const { OnceCell::new() };
}

/// The `array.array` class (made, with its methods, on first use).
pub fn class() -> &'static Rc<Class> {
    CLASS.with(|c| *c.get_or_init(make_class))
}

/// True for the `array.array` class (which Python classes may subclass).
pub fn is_array_class(cls: &Class) -> bool {
    CLASS.with(|c| c.get().is_some_and(|a: &&Rc<Class>| std::ptr::eq(Rc::as_ptr(a), cls)))
}

fn make_class() -> &'static Rc<Class> {
    // CPython's type name is `array.array` (what error messages and the
    // class repr show), its `__name__` and `__qualname__` are `array`.
    let object = &types().object;
    let cls: &'static Rc<Class> = Box::leak(Box::new(Class::create(ClassSpec {
        name: intern("array.array"),
        qualname: intern("array"),
        bases: vec![object.clone()],
        mro: vec![object.clone()],
        dict: PyDict::new(),
        native: NativeKind::Any,
        // No instance attributes (subclasses have them).
        slots: Some(Vec::new()),
        builtin: true,
        metaclass: None,
    })));
    set(&cls.dict, "__module__", Value::str("array"));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", array_new),
        ("__init__", |_vm, _a, _k| Ok(Value::None)),
        ("append", append),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
        ("count", count),
        ("extend", extend),
        ("frombytes", frombytes),
        ("fromfile", fromfile),
        ("fromlist", fromlist),
        ("fromunicode", fromunicode),
        ("index", index),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("tobytes", tobytes),
        ("tofile", tofile),
        ("tolist", tolist),
        ("tounicode", tounicode),
        ("__copy__", copy),
        ("__deepcopy__", deepcopy),
        ("__reduce_ex__", reduce_ex),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__eq__", |vm, a, _k| compare(vm, a, CmpOp::Eq)),
        ("__ne__", |vm, a, _k| compare(vm, a, CmpOp::Ne)),
        ("__lt__", |vm, a, _k| compare(vm, a, CmpOp::Lt)),
        ("__le__", |vm, a, _k| compare(vm, a, CmpOp::Le)),
        ("__gt__", |vm, a, _k| compare(vm, a, CmpOp::Gt)),
        ("__ge__", |vm, a, _k| compare(vm, a, CmpOp::Ge)),
        ("__repr__", repr),
    ];
    for (name, f) in methods {
        add_method(cls, name, *f);
    }
    set(&cls.dict, "__hash__", Value::None);
    let getter = |name: &'static str, f: NativeFn| Value::Other(Rc::new(Other::Property { fget: builtin_fn(name, f), fset: Value::None, fdel: Value::None, doc: Value::None }));
    set(&cls.dict, "typecode", getter("typecode", |vm, a, _k| Ok(Value::str(&data(vm, a, "typecode")?.code.as_char().to_string()))));
    set(&cls.dict, "itemsize", getter("itemsize", |vm, a, _k| Ok(Value::Int(data(vm, a, "itemsize")?.code.size() as i64))));
    let it = native_class("array.arrayiterator");
    add_method(it, "__iter__", |_vm, a, _k| Ok(a[0].clone()));
    add_method(it, "__next__", |vm, a, _k| match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(&types().stop_iteration, vec![])),
    });
    cls.modified();
    cls
}

/// Fills the module namespace.
pub fn fill(d: &Rc<PyDict>) {
    let cls = Value::Class(class().clone());
    set(d, "array", cls.clone());
    set(d, "ArrayType", cls);
    set(d, "typecodes", Value::str(TYPECODES));
}

/// The array state of a method's receiver (`args[0]`).
fn data<'a>(vm: &Vm, args: &'a [Value], method: &str) -> PyResult<&'a ArrayData> {
    let recv = args.first().ok_or_else(|| type_error(format!("descriptor '{}' of 'array.array' object needs an argument", method)))?;
    payload::<ArrayData>(recv)
        .ok_or_else(|| type_error(format!("descriptor '{}' for 'array.array' objects doesn't apply to a '{}' object", method, vm.type_of(recv).name.as_str())))
}

/// The array state of `v`, when it is an array (or an instance of a subclass).
fn array_of(v: &Value) -> Option<&ArrayData> {
    payload::<ArrayData>(v)
}

/// A new array of class `cls`.
fn new_array(cls: &Rc<Class>, code: TypeCode, bytes: Vec<u8>) -> Value {
    let shift = code.size().trailing_zeros() as u8;
    new_native_instance(cls, Box::new(ArrayData { code, shift, bytes: RefCell::new(bytes) }))
}

/// A new exact `array.array` (what slicing, `+` and `*` return, as CPython's).
fn new_exact(code: TypeCode, bytes: Vec<u8>) -> Value {
    new_array(class(), code, bytes)
}

// ---- Argument checks, with CPython's words for each calling convention.

fn no_keywords(method: &str, kwargs: &[(Name, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("array.{}() takes no keyword arguments", method)))
    }
}

/// A method taking one argument (`METH_O`).
fn one_arg<'a>(method: &str, args: &'a [Value], kwargs: &[(Name, Value)]) -> PyResult<&'a Value> {
    no_keywords(method, kwargs)?;
    match args {
        [_, v] => Ok(v),
        _ => Err(type_error(format!("array.{}() takes exactly one argument ({} given)", method, args.len().saturating_sub(1)))),
    }
}

/// A method taking no argument (`METH_NOARGS`).
fn no_args(method: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
    no_keywords(method, kwargs)?;
    if args.len() > 1 {
        return Err(type_error(format!("array.{}() takes no arguments ({} given)", method, args.len() - 1)));
    }
    Ok(())
}

/// A method with `n` positional-only parameters whose checks CPython's
/// argument clinic words as `NAME() takes exactly N positional argument(s)`.
fn positional<'a>(method: &str, args: &'a [Value], kwargs: &[(Name, Value)], n: usize) -> PyResult<&'a [Value]> {
    let given = args.len().saturating_sub(1);
    let plural = if n == 1 { "" } else { "s" };
    if given > n {
        return Err(type_error(format!("{}() takes at most {} argument{} ({} given)", method, n, plural, given + kwargs.len())));
    }
    if given < n || !kwargs.is_empty() {
        return Err(type_error(format!("{}() takes exactly {} positional argument{} ({} given)", method, n, plural, given)));
    }
    Ok(&args[1..])
}

/// A method whose parameters CPython's argument clinic checks as
/// `NAME expected ...` (`lo..=hi` of them).
fn clinic<'a>(method: &str, args: &'a [Value], kwargs: &[(Name, Value)], lo: usize, hi: usize) -> PyResult<&'a [Value]> {
    no_keywords(method, kwargs)?;
    let given = args.len().saturating_sub(1);
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if lo == hi && given != lo {
        return Err(type_error(format!("{} expected {} argument{}, got {}", method, lo, plural(lo), given)));
    }
    if given < lo {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", method, lo, plural(lo), given)));
    }
    if given > hi {
        return Err(type_error(format!("{} expected at most {} argument{}, got {}", method, hi, plural(hi), given)));
    }
    Ok(&args[1..])
}

// ---- Conversions.

/// `v` as an integer (int, bool, `__index__`), or CPython's TypeError.
fn to_integer(vm: &mut Vm, v: &Value) -> PyResult<Integer> {
    match v {
        Value::Int(i) => Ok(Integer::Fits(*i as i128)),
        Value::Bool(b) => Ok(Integer::Fits(b.get() as i128)),
        Value::BigInt(b) => Ok(match b.to_i128() {
            Some(x) => Integer::Fits(x),
            None => Integer::Huge { negative: b.is_negative() },
        }),
        Value::Instance(_) if vm.lookup_special(v, "__index__").is_some() => {
            let m = vm.lookup_special(v, "__index__").unwrap_or(Value::None);
            let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
            match r {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_integer(vm, &r),
                _ => Err(type_error(format!("__index__ returned non-int (type {})", vm.type_of(&r).name.as_str()))),
            }
        }
        _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_of(v).name.as_str()))),
    }
}

/// `v` as a float item (`float(v)`'s rules: `__float__`, then `__index__`).
fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if matches!(v, Value::Instance(_)) && vm.lookup_special(v, "__float__").is_none() && vm.lookup_special(v, "__index__").is_some() {
        return match to_integer(vm, v)? {
            Integer::Fits(x) => Ok(x as f64),
            Integer::Huge { .. } => Err(overflow_error("int too large to convert to float")),
        };
    }
    crate::builtins::arg_f64(vm, v)
}

/// The machine bits of `v` as an item of `code`, converted as CPython's
/// item setters do (running `__index__` or `__float__`), or their error.
fn encode(vm: &mut Vm, code: TypeCode, v: &Value) -> PyResult<u64> {
    if let Some(bits) = code.encode_fast(v) {
        return Ok(bits);
    }
    match code.0 {
        b'd' => Ok(to_f64(vm, v)?.to_bits()),
        b'f' => Ok((to_f64(vm, v)? as f32).to_bits() as u64),
        b'u' => match v {
            Value::Str(s) => {
                let mut chars = s.as_str().chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(c as u64),
                    _ => Err(type_error("array item must be unicode character")),
                }
            }
            _ => Err(type_error("array item must be unicode character")),
        },
        _ => {
            let n = to_integer(vm, v)?;
            code.int_bits(n)
        }
    }
}

/// The encoded items of every value of `values`, or the first error (no
/// item is stored before all converted).
fn encode_all(vm: &mut Vm, code: TypeCode, values: &[Value]) -> PyResult<Vec<u64>> {
    values.iter().map(|v| encode(vm, code, v)).collect()
}

/// An index argument (`__index__`), clamped to `i64`.
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => arg_int(vm, v),
    }
}

/// A subscript: an int index, a slice, or CPython's TypeError.
enum Key {
    Index(i64),
    Slice(Rc<Slice>),
}

fn key_of(vm: &mut Vm, key: &Value) -> PyResult<Key> {
    match key {
        Value::Int(i) => Ok(Key::Index(*i)),
        Value::Slice(s) => Ok(Key::Slice(s.clone())),
        Value::Bool(_) | Value::BigInt(_) => Ok(Key::Index(index_arg(vm, key)?)),
        Value::Instance(_) if vm.lookup_special(key, "__index__").is_some() => Ok(Key::Index(index_arg(vm, key)?)),
        _ => Err(type_error("array indices must be integers")),
    }
}

/// `i` resolved against `len` (negative from the end), if in range.
fn in_range(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

// ---- Construction.

/// `array(typecode[, initializer])`.
fn array_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let cls = super::native::new_target(args, class());
    let rest = &args[1.min(args.len())..];
    if !kwargs.is_empty() && Rc::ptr_eq(&cls, class()) {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    if rest.is_empty() {
        return Err(type_error("array() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 2 {
        return Err(type_error(format!("array() takes at most 2 arguments ({} given)", rest.len())));
    }
    let code = match &rest[0] {
        Value::Str(s) if s.as_str().chars().count() == 1 => s.as_str().chars().next().and_then(TypeCode::parse),
        v => {
            let what = match v {
                Value::Str(_) => "str".to_owned(),
                _ => vm.type_of(v).name.as_str().to_owned(),
            };
            return Err(type_error(format!("array() argument 1 must be a unicode character, not {}", what)));
        }
    };
    let code = code.ok_or_else(|| value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"))?;
    let init = rest.get(1).filter(|v| !v.is_none());
    let bytes = match init {
        None => Vec::new(),
        Some(Value::Str(s)) => {
            if code.0 != b'u' {
                return Err(type_error(format!("cannot use a str to initialize an array with typecode '{}'", code.as_char())));
            }
            unicode_bytes(s.as_str())
        }
        Some(v @ Value::Other(o)) if matches!(&**o, Other::Bytes(_) | Other::ByteArray(_)) => {
            let raw = crate::vm::bytes::as_bytes(v).unwrap_or_default();
            whole_items(code, raw)?
        }
        Some(v) => {
            if let Some(other) = array_of(v) {
                if other.code.0 == b'u' && code.0 != b'u' {
                    return Err(type_error(format!("cannot use a unicode array to initialize an array with typecode '{}'", code.as_char())));
                }
                if other.code == code {
                    other.bytes.borrow().clone()
                } else {
                    let items = other.items()?;
                    bits_to_bytes(code, &encode_all(vm, code, &items)?)
                }
            } else {
                let items = vm.collect(v)?;
                bits_to_bytes(code, &encode_all(vm, code, &items)?)
            }
        }
    };
    Ok(new_array(&cls, code, bytes))
}

/// The items' bytes of encoded items.
fn bits_to_bytes(code: TypeCode, bits: &[u64]) -> Vec<u8> {
    let size = code.size();
    let mut out = vec![0; bits.len() * size];
    for (k, b) in bits.iter().enumerate() {
        code.store(&mut out[k * size..], *b);
    }
    out
}

/// The bytes of a `u` array holding the characters of `s`.
fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
}

/// `raw` as whole items of `code`, or CPython's ValueError.
fn whole_items(code: TypeCode, raw: Vec<u8>) -> PyResult<Vec<u8>> {
    if raw.len() % code.size() != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    Ok(raw)
}

// ---- The sequence protocol.

fn len(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(data(vm, args, "__len__")?.len() as i64))
}

/// `a[key]`.
fn getitem(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__getitem__")?;
    let key = args.get(1).ok_or_else(|| type_error("expected 1 argument, got 0"))?;
    match key_of(vm, key)? {
        Key::Index(i) => match in_range(i, a.len()) {
            Some(i) => a.item(i),
            None => Err(index_error("array index out of range")),
        },
        Key::Slice(s) => {
            let (start, _, step, count) = vm.slice_indices(&s, a.len())?;
            let size = a.code.size();
            let bytes = a.bytes.borrow();
            let mut out = Vec::with_capacity(count * size);
            for k in 0..count as i64 {
                let at = (start + k * step) as usize * size;
                out.extend_from_slice(&bytes[at..at + size]);
            }
            Ok(new_exact(a.code, out))
        }
    }
}

/// `a[key] = value`.
fn setitem(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__setitem__")?;
    let [_, key, value] = args else { return Err(type_error(format!(" expected 2 arguments, got {}", args.len().saturating_sub(1)))) };
    match key_of(vm, key)? {
        Key::Index(i) => {
            let bits = encode(vm, a.code, value)?;
            let i = in_range(i, a.len()).ok_or_else(|| index_error("array assignment index out of range"))?;
            a.code.store(&mut a.bytes.borrow_mut()[i * a.code.size()..], bits);
            Ok(Value::None)
        }
        Key::Slice(s) => {
            let Some(other) = array_of(value) else {
                return Err(type_error(format!("can only assign array (not \"{}\") to array slice", vm.type_of(value).name.as_str())));
            };
            if other.code != a.code {
                return Err(type_error("bad argument type for built-in operation"));
            }
            // A copy first: `a[i:j] = a` reads what it writes.
            let src = other.bytes.borrow().clone();
            assign_slice(vm, a, &s, &src)?;
            Ok(Value::None)
        }
    }
}

/// `a[s] = other` with `src` the other array's bytes (empty: `del a[s]`).
fn assign_slice(vm: &mut Vm, a: &ArrayData, s: &Slice, src: &[u8]) -> PyResult<()> {
    let size = a.code.size();
    let n = src.len() / size;
    let (start, stop, step, count) = vm.slice_indices(s, a.len())?;
    let mut bytes = a.bytes.borrow_mut();
    if step == 1 {
        let (lo, hi) = (start as usize, (stop.max(start)) as usize);
        bytes.splice(lo * size..hi * size, src.iter().copied());
        return Ok(());
    }
    if n == 0 {
        // Deleting an extended slice: keep the items it does not select.
        let mut selected = vec![false; bytes.len() / size];
        for k in 0..count as i64 {
            selected[(start + k * step) as usize] = true;
        }
        let kept: Vec<u8> = bytes.chunks(size).zip(selected).filter(|(_, s)| !s).flat_map(|(c, _)| c.iter().copied()).collect();
        *bytes = kept;
        return Ok(());
    }
    if n != count {
        return Err(value_error(format!("attempt to assign array of size {} to extended slice of size {}", n, count)));
    }
    for k in 0..count {
        let at = (start + k as i64 * step) as usize * size;
        bytes[at..at + size].copy_from_slice(&src[k * size..(k + 1) * size]);
    }
    Ok(())
}

/// `del a[key]`.
fn delitem(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__delitem__")?;
    let key = args.get(1).ok_or_else(|| type_error("expected 1 argument, got 0"))?;
    match key_of(vm, key)? {
        Key::Index(i) => {
            let i = in_range(i, a.len()).ok_or_else(|| index_error("array assignment index out of range"))?;
            let size = a.code.size();
            a.bytes.borrow_mut().drain(i * size..(i + 1) * size);
        }
        Key::Slice(s) => assign_slice(vm, a, &s, &[])?,
    }
    Ok(Value::None)
}

/// Whether item `i` of `a` equals `v` (numbers compared natively, anything
/// else by `==`, which may run Python code).
fn item_equals(vm: &mut Vm, a: &ArrayData, i: usize, v: &Value) -> PyResult<bool> {
    let item = a.item(i)?;
    match (&item, v) {
        (Value::Int(x), Value::Int(y)) => Ok(x == y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() == y.get()),
        _ => vm.eq(&item, v),
    }
}

/// The first index in `lo..hi` of an item equal to `v`.
fn find(vm: &mut Vm, a: &ArrayData, v: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let mut i = lo;
    // (The array may shrink while `==` runs Python code.)
    while i < hi.min(a.len()) {
        if item_equals(vm, a, i, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn contains(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__contains__")?;
    let v = args.get(1).ok_or_else(|| type_error("expected 1 argument, got 0"))?;
    Ok(Value::bool(find(vm, a, v, 0, usize::MAX)?.is_some()))
}

/// The iterator of an array: reads the item at its index on each step, so
/// it sees items appended meanwhile (as CPython's).
struct ArrayIter {
    array: Value,
    index: usize,
}

impl NativeIter for ArrayIter {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(a) = array_of(&self.array) else { return Ok(None) };
        if self.index >= a.len() {
            return Ok(None);
        }
        self.index += 1;
        a.item(self.index - 1).map(Some)
    }
    fn class(&self) -> &'static Rc<Class> {
        native_class("array.arrayiterator")
    }
}

fn iter(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    data(vm, args, "__iter__")?;
    Ok(iter_value(ArrayIter { array: args[0].clone(), index: 0 }))
}

// ---- Methods.

fn append(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let v = one_arg("append", args, kwargs)?;
    let a = data(vm, args, "append")?;
    let bits = encode(vm, a.code, v)?;
    a.push_bits(&[bits]);
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_args("buffer_info", args, kwargs)?;
    let a = data(vm, args, "buffer_info")?;
    let address = a.bytes.borrow().as_ptr() as i64;
    Ok(Value::tuple(vec![Value::Int(address), Value::Int(a.len() as i64)]))
}

fn byteswap(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_args("byteswap", args, kwargs)?;
    let a = data(vm, args, "byteswap")?;
    let size = a.code.size();
    for item in a.bytes.borrow_mut().chunks_mut(size) {
        item.reverse();
    }
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let v = one_arg("count", args, kwargs)?;
    let a = data(vm, args, "count")?;
    let mut n = 0;
    let mut i = 0;
    while i < a.len() {
        n += item_equals(vm, a, i, v)? as i64;
        i += 1;
    }
    Ok(Value::Int(n))
}

/// Appends the items of `it`: another array of the same typecode, or any
/// iterable (items converted one by one: those before a bad one stay).
fn extend_from(vm: &mut Vm, a: &ArrayData, it: &Value) -> PyResult<()> {
    if let Some(other) = array_of(it) {
        if other.code != a.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let src = other.bytes.borrow().clone();
        a.bytes.borrow_mut().extend_from_slice(&src);
        return Ok(());
    }
    let iter = vm.get_iter(it)?;
    while let Some(v) = vm.next(&iter)? {
        let bits = encode(vm, a.code, &v)?;
        a.push_bits(&[bits]);
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let [it] = positional("extend", args, kwargs, 1)? else { unreachable!("one argument checked") };
    let a = data(vm, args, "extend")?;
    extend_from(vm, a, it)?;
    Ok(Value::None)
}

fn frombytes(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let v = one_arg("frombytes", args, kwargs)?;
    let a = data(vm, args, "frombytes")?;
    let raw = buffer_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str())))?;
    let raw = whole_items(a.code, raw)?;
    a.bytes.borrow_mut().extend_from_slice(&raw);
    Ok(Value::None)
}

/// The bytes of a buffer (bytes, bytearray, memoryview, array).
fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    crate::vm::bytes::as_bytes(v)
}

fn fromfile(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let [f, n] = positional("fromfile", args, kwargs, 2)? else { unreachable!("two arguments checked") };
    let a = data(vm, args, "fromfile")?;
    let n = arg_int(vm, n)?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let size = a.code.size();
    let wanted = (n as usize).checked_mul(size).ok_or_else(|| memory_error())?;
    let read = vm.get_attr(f, &intern("read"))?;
    let got = vm.call_value(&read, &[Value::Int(wanted as i64)], &[])?;
    let raw = match &got {
        Value::Other(o) if matches!(&**o, Other::Bytes(_)) => crate::vm::bytes::as_bytes(&got).unwrap_or_default(),
        _ => return Err(type_error("read() didn't return bytes")),
    };
    let whole = raw.len() / size * size;
    a.bytes.borrow_mut().extend_from_slice(&raw[..whole]);
    if raw.len() < wanted {
        return Err(PyErr::with_args(&types().eof_error, vec![Value::str("read() didn't return enough bytes")]));
    }
    Ok(Value::None)
}

fn memory_error() -> PyErr {
    PyErr::with_args(&types().memory_error, vec![])
}

fn fromlist(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let v = one_arg("fromlist", args, kwargs)?;
    let a = data(vm, args, "fromlist")?;
    let Value::List(l) = v else { return Err(type_error("arg must be list")) };
    let bits = encode_all(vm, a.code, &l.snapshot())?;
    a.push_bits(&bits);
    Ok(Value::None)
}

fn fromunicode(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let v = one_arg("fromunicode", args, kwargs)?;
    let a = data(vm, args, "fromunicode")?;
    let Value::Str(s) = v else { return Err(type_error(format!("fromunicode() argument must be str, not {}", vm.type_of(v).name.as_str()))) };
    if a.code.0 != b'u' {
        return Err(value_error("fromunicode() may only be called on unicode type arrays"));
    }
    a.bytes.borrow_mut().extend(unicode_bytes(s.as_str()));
    Ok(Value::None)
}

/// A `start`/`stop` bound of `index` resolved against `len` (as list.index).
fn bound(vm: &mut Vm, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = index_arg(vm, v)?;
    Ok(if i < 0 { (i.saturating_add(len as i64)).max(0) as usize } else { (i as usize).min(len) })
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let rest = clinic("index", args, kwargs, 1, 3)?;
    let a = data(vm, args, "index")?;
    let len = a.len();
    let lo = bound(vm, rest.get(1), 0, len)?;
    let hi = bound(vm, rest.get(2), len, len)?;
    match find(vm, a, &rest[0], lo, hi)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let rest = clinic("insert", args, kwargs, 2, 2)?;
    let a = data(vm, args, "insert")?;
    let i = index_arg(vm, &rest[0])?;
    let bits = encode(vm, a.code, &rest[1])?;
    let len = a.len() as i64;
    let at = if i < 0 { (i.saturating_add(len)).max(0) } else { i.min(len) } as usize;
    let size = a.code.size();
    let mut item = vec![0; size];
    a.code.store(&mut item, bits);
    a.bytes.borrow_mut().splice(at * size..at * size, item);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let rest = clinic("pop", args, kwargs, 0, 1)?;
    let a = data(vm, args, "pop")?;
    let i = match rest.first() {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    if a.len() == 0 {
        return Err(index_error("pop from empty array"));
    }
    let i = in_range(i, a.len()).ok_or_else(|| index_error("pop index out of range"))?;
    let v = a.item(i)?;
    let size = a.code.size();
    a.bytes.borrow_mut().drain(i * size..(i + 1) * size);
    Ok(v)
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let v = one_arg("remove", args, kwargs)?;
    let a = data(vm, args, "remove")?;
    match find(vm, a, v, 0, usize::MAX)? {
        Some(i) => {
            let size = a.code.size();
            a.bytes.borrow_mut().drain(i * size..(i + 1) * size);
            Ok(Value::None)
        }
        None => Err(value_error("array.remove(x): x not in array")),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_args("reverse", args, kwargs)?;
    let a = data(vm, args, "reverse")?;
    let size = a.code.size();
    let mut bytes = a.bytes.borrow_mut();
    let reversed: Vec<u8> = bytes.chunks(size).rev().flatten().copied().collect();
    *bytes = reversed;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_args("tobytes", args, kwargs)?;
    let a = data(vm, args, "tobytes")?;
    Ok(crate::vm::bytes::bytes_val(a.bytes.borrow().clone()))
}

fn tofile(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let [f] = positional("tofile", args, kwargs, 1)? else { unreachable!("one argument checked") };
    let a = data(vm, args, "tofile")?;
    let bytes = a.bytes.borrow().clone();
    let write = vm.get_attr(f, &intern("write"))?;
    for block in bytes.chunks(FILE_BLOCK) {
        vm.call_value(&write, &[crate::vm::bytes::bytes_val(block.to_vec())], &[])?;
    }
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_args("tolist", args, kwargs)?;
    let a = data(vm, args, "tolist")?;
    Ok(Value::List(crate::runtime::gc::new(PyList::new_compacting(a.items()?))))
}

fn tounicode(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_args("tounicode", args, kwargs)?;
    let a = data(vm, args, "tounicode")?;
    if a.code.0 != b'u' {
        return Err(value_error("tounicode() may only be called on unicode type arrays"));
    }
    Ok(Value::string(unicode_text(a)?))
}

/// The characters of a `u` array as a string.
fn unicode_text(a: &ArrayData) -> PyResult<String> {
    let mut s = String::with_capacity(a.len());
    for item in a.items()? {
        if let Value::Str(c) = item {
            s.push_str(c.as_str());
        }
    }
    Ok(s)
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_args("__copy__", args, kwargs)?;
    let a = data(vm, args, "__copy__")?;
    Ok(new_exact(a.code, a.bytes.borrow().clone()))
}

fn deepcopy(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one_arg("__deepcopy__", args, kwargs)?;
    let a = data(vm, args, "__deepcopy__")?;
    Ok(new_exact(a.code, a.bytes.borrow().clone()))
}

/// `__reduce_ex__(protocol)`: `(type, (typecode, items), None)`, CPython's
/// form for protocols below 3 (what `copy` and `pickle` can rebuild from).
fn reduce_ex(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    positional("__reduce_ex__", args, kwargs, 1)?;
    let a = data(vm, args, "__reduce_ex__")?;
    let code = Value::str(&a.code.as_char().to_string());
    let items = Value::List(crate::runtime::gc::new(PyList::new_compacting(a.items()?)));
    Ok(Value::tuple(vec![Value::Class(vm.type_of(&args[0])), Value::tuple(vec![code, items]), Value::None]))
}

// ---- Operators.

fn add(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__add__")?;
    let other = args.get(1).ok_or_else(|| type_error("expected 1 argument, got 0"))?;
    let Some(b) = array_of(other) else {
        return Err(type_error(format!("can only append array (not \"{}\") to array", vm.type_of(other).name.as_str())));
    };
    if a.code != b.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut bytes = a.bytes.borrow().clone();
    bytes.extend_from_slice(&b.bytes.borrow());
    Ok(new_exact(a.code, bytes))
}

fn iadd(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__iadd__")?;
    let other = args.get(1).ok_or_else(|| type_error("expected 1 argument, got 0"))?;
    if array_of(other).is_none() {
        return Err(type_error(format!("can only extend array with array (not \"{}\")", vm.type_of(other).name.as_str())));
    }
    extend_from(vm, a, other)?;
    Ok(args[0].clone())
}

/// The repetition count of `a * n`, `None` when `n` is no integer and
/// defines a reflected `__rmul__` (which then gets its turn, as in CPython
/// where number slots go before sequence repetition).
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(Some(index_arg(vm, n)?)),
        Value::Instance(_) if vm.lookup_special(n, "__index__").is_some() => Ok(Some(index_arg(vm, n)?)),
        Value::Instance(_) if vm.lookup_special(n, "__rmul__").is_some() => Ok(None),
        _ => Err(type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_of(n).name.as_str()))),
    }
}

/// `a` repeated `n` times (none for `n <= 0`).
fn repeated(a: &ArrayData, n: i64) -> PyResult<Vec<u8>> {
    let bytes = a.bytes.borrow();
    let n = n.max(0) as usize;
    if n > 0 && bytes.len().checked_mul(n).is_none_or(|total| total > isize::MAX as usize) {
        return Err(memory_error());
    }
    Ok(bytes.repeat(n))
}

fn mul(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__mul__")?;
    let n = args.get(1).ok_or_else(|| type_error(" expected 1 argument, got 0"))?;
    match repeat_count(vm, n)? {
        Some(n) => Ok(new_exact(a.code, repeated(a, n)?)),
        None => Ok(Value::Other(Rc::new(Other::NotImplemented))),
    }
}

fn imul(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__imul__")?;
    let n = args.get(1).ok_or_else(|| type_error(" expected 1 argument, got 0"))?;
    let n = index_arg(vm, n)?;
    let bytes = repeated(a, n)?;
    *a.bytes.borrow_mut() = bytes;
    Ok(args[0].clone())
}

/// A rich comparison of two arrays: item by item (natively for one
/// typecode, else as Python values), then by length; `NotImplemented`
/// when the other operand is not an array.
fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first().and_then(array_of), args.get(1).and_then(array_of)) else {
        return Ok(Value::Other(Rc::new(Other::NotImplemented)));
    };
    let (la, lb) = (a.len(), b.len());
    if la != lb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    if a.code == b.code && a.code.0 != b'u' && !a.code.is_float() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        // Equal integer items have equal bytes.
        let same = *a.bytes.borrow() == *b.bytes.borrow();
        return Ok(Value::bool(same == (op == CmpOp::Eq)));
    }
    let (xs, ys) = (a.items()?, b.items()?);
    for (x, y) in xs.iter().zip(ys.iter()) {
        if !vm.eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(Value::bool(false)),
                CmpOp::Ne => Ok(Value::bool(true)),
                _ => vm.compare(op, x, y),
            };
        }
    }
    Ok(Value::bool(op.holds(la.cmp(&lb))))
}

fn repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = data(vm, args, "__repr__")?;
    let name = vm.type_of(&args[0]).qualname.clone();
    let code = a.code.as_char();
    if a.len() == 0 {
        return Ok(Value::string(format!("{}('{}')", name.as_str(), code)));
    }
    let body = if code == 'u' {
        crate::runtime::str::repr_str(&unicode_text(a)?)
    } else {
        let list = Value::List(crate::runtime::gc::new(PyList::new_compacting(a.items()?)));
        vm.repr(&list)?
    };
    Ok(Value::string(format!("{}('{}', {})", name.as_str(), code, body)))
}

// ---- Buffers (memoryview, bytes()).

/// A copy of the bytes of `v` when it is an array.
pub fn array_bytes(v: &Value) -> Option<Vec<u8>> {
    Some(array_of(v)?.bytes.borrow().clone())
}

/// Runs `f` on the bytes of array `v` (`None`: not an array). `f` must
/// not run Python code.
pub fn with_array_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    Some(f(&array_of(v)?.bytes.borrow()))
}

/// Runs `f` on the bytes of array `v`, writable (`None`: not an array).
pub fn with_array_bytes_mut<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    Some(f(&mut array_of(v)?.bytes.borrow_mut()))
}

/// The item count and typecode of array `v` (for `memoryview(v)`).
pub fn buffer_shape(v: &Value) -> Option<(usize, TypeCode)> {
    let a = array_of(v)?;
    Some((a.len(), a.code))
}

// ---- The hot loop's paths (`BINARY_SUBSCR_ARRAY_INT`, `STORE_SUBSCR_ARRAY_INT`).

/// The cache of an array subscript site for receiver `inst`: `ptr` the
/// exact `array.array` class (subclasses may override `__getitem__`),
/// `ptr2` the payload's vtable word ([`exact_data`]); `None` for anything else.
pub fn subscript_cache(inst: &Instance) -> Option<Cache> {
    if !Rc::ptr_eq(&inst.class, class()) {
        return None;
    }
    Some(Cache { ptr: Rc::as_ptr(&inst.class) as usize, ptr2: array_vtable(inst)?, ..Cache::new() })
}

/// The words of a `&dyn Any` (data pointer and vtable pointer, in the
/// order rustc lays them out).
#[inline(always)]
fn any_words(b: &dyn std::any::Any) -> [usize; 2] {
    // SAFETY: a `*const dyn Any` is two words; any bits are valid `usize`s.
    unsafe { std::mem::transmute::<*const dyn std::any::Any, [usize; 2]>(b) }
}

/// The vtable word of the payload of `inst` when that is an
/// [`ArrayData`] (checked through `type_id`), for [`exact_data`]'s guard.
/// Every array is made by [`new_array`], so they all share it.
fn array_vtable(inst: &Instance) -> Option<usize> {
    match &inst.native {
        NativeData::Any(b) if b.is::<ArrayData>() => Some(any_words(&**b)[1]),
        _ => None,
    }
}

/// The array state of `v` when it is an instance of the exact class whose
/// address `class` is, its payload's vtable word being `vtable` (see
/// [`array_vtable`]). A class check alone would not do: another native
/// type's `__new__` called with the array class makes an instance of it
/// with another payload. Comparing the vtable word instead of calling
/// `type_id` through it keeps this check a load and a compare; a payload
/// of another type has another vtable (its `type_id` entry differs), and
/// another copy of `ArrayData`'s vtable (codegen units may each have one)
/// only fails the check (the slow path then runs).
#[inline(always)]
fn exact_data(v: &Value, class: usize, vtable: usize) -> Option<&ArrayData> {
    let Value::Instance(inst) = v else { return None };
    if Rc::as_ptr(&inst.class) as usize != class {
        return None;
    }
    match &inst.native {
        NativeData::Any(b) if any_words(&**b)[1] == vtable => {
            // SAFETY: the vtable is `ArrayData`'s, so the data is one.
            Some(unsafe { &*(&**b as *const dyn std::any::Any as *const ArrayData) })
        }
        _ => None,
    }
}

/// `a[i]` for an exact array (`c`: the site's cache, from
/// [`subscript_cache`]) and an index in range; `None` for the slow path
/// (other receivers, out of range, a `u` item).
#[inline(always)]
pub fn item_fast(container: &Value, i: i64, c: &Cache) -> Option<Value> {
    let a = exact_data(container, c.ptr, c.ptr2)?;
    // SAFETY: the bytes are borrowed mutably only inside single operations,
    // never while this runs.
    let bytes = unsafe { a.bytes.try_borrow_unguarded() }.ok()?;
    let n = (bytes.len() >> a.shift) as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return None;
    }
    a.code.decode(&bytes[(j as usize) << a.shift..])
}

/// `a[i] = v` for an exact array (`c` as for [`item_fast`]), an index in
/// range and a value the typecode takes as it is: stores it and returns
/// true, else false (nothing changed).
#[inline(always)]
pub fn store_fast(container: &Value, i: i64, v: &Value, c: &Cache) -> bool {
    let Some(a) = exact_data(container, c.ptr, c.ptr2) else { return false };
    let Some(bits) = a.code.encode_fast(v) else { return false };
    let Ok(mut bytes) = a.bytes.try_borrow_mut() else { return false };
    let n = (bytes.len() >> a.shift) as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return false;
    }
    a.code.store(&mut bytes[(j as usize) << a.shift..], bits);
    true
}

/// The cache [`item_fast`] and [`store_fast`] take, for the base tier's
/// generic subscripts (no site cache).
pub fn exact_cache() -> Cache {
    thread_local! {
        static CACHE: Cache = {
            let witness = new_array(class(), TypeCode(b'b'), Vec::new());
            let Value::Instance(inst) = &witness else { unreachable!("new_array makes an instance") };
            subscript_cache(inst).unwrap_or_default()
        };
    }
    CACHE.with(|c| *c)
}
