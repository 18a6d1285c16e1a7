//! The value representation shared by every tier.
//!
//! A [`Value`] is 16 bytes with a fixed layout: a `u64` tag at offset 0 and a
//! 64-bit payload at offset 8 (`#[repr(C, u64)]`). Immediates (`None`, `bool`,
//! `int` that fits in i64, `float`) live entirely in the payload, so arithmetic
//! on them allocates nothing and touches no reference count. Everything else is
//! a reference-counted heap object whose `Rc` pointer is the payload.
//!
//! Native code (the JIT) relies on this layout: it reads [`TAG_INT`] /
//! [`TAG_FLOAT`] at offset 0 and the raw i64 / f64 bits at offset 8.

use std::rc::Rc;

use num_bigint::BigInt;

use super::objects::*;
use super::str::PyStr;

/// A Python value. See the module docs for the layout contract.
#[repr(C, u64)]
pub enum Value {
    /// Internal marker: an unbound local, an empty slot, "no self" for calls.
    /// Never visible to Python code.
    Null = 0,
    /// `None`.
    None = 1,
    /// `True` / `False`.
    Bool(B64) = 2,
    /// An `int` that fits in 64 bits.
    Int(i64) = 3,
    /// A `float` (stored as IEEE bits, see [`F64`]).
    Float(F64) = 4,
    /// An `int` outside the i64 range (always normalized: never fits in i64).
    BigInt(Rc<BigInt>) = 5,
    /// `str`.
    Str(Rc<PyStr>) = 6,
    /// `list`.
    List(Rc<PyList>) = 7,
    /// `tuple`.
    Tuple(Rc<PyTuple>) = 8,
    /// `dict`.
    Dict(Rc<PyDict>) = 9,
    /// `set` and `frozenset`.
    Set(Rc<PySet>) = 10,
    /// A Python function.
    Function(Rc<Function>) = 11,
    /// A function implemented in Rust.
    Builtin(Rc<Builtin>) = 12,
    /// A function bound to its receiver.
    BoundMethod(Rc<BoundMethod>) = 13,
    /// A class (builtin or user-defined).
    Class(Rc<Class>) = 14,
    /// An instance of a user-defined class (including exceptions).
    Instance(Rc<Instance>) = 15,
    /// A module.
    Module(Rc<Module>) = 16,
    /// A builtin iterator.
    Iter(Rc<PyIter>) = 17,
    /// A generator object.
    Generator(Rc<Generator>) = 18,
    /// A closure cell.
    Cell(Rc<PyCell>) = 19,
    /// `range`.
    Range(Rc<Range>) = 20,
    /// `slice`.
    Slice(Rc<Slice>) = 21,
    /// A code object.
    Code(Rc<crate::bytecode::Code>) = 22,
    /// Rarely used kinds: property, staticmethod, classmethod, super, views...
    Other(Rc<Other>) = 23,
}

/// A float payload stored as its IEEE-754 bits. Every payload of [`Value`]
/// is then an 8-byte integer or pointer, which makes `Value` a pair of
/// scalars to the compiler: values travel in two registers instead of
/// through memory.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    /// Wraps a float.
    #[inline(always)]
    pub const fn new(f: f64) -> F64 {
        F64(f.to_bits())
    }
    /// The float.
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// A bool payload widened to 8 bytes (see [`F64`] for why).
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct B64(u64);

impl B64 {
    /// `True`.
    pub const TRUE: B64 = B64(1);
    /// `False`.
    pub const FALSE: B64 = B64(0);
    /// Wraps a bool.
    #[inline(always)]
    pub const fn new(b: bool) -> B64 {
        B64(b as u64)
    }
    /// The bool.
    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// Tag of [`Value::Int`] as stored at offset 0.
pub const TAG_INT: u64 = 3;
/// Tag of [`Value::Float`] as stored at offset 0.
pub const TAG_FLOAT: u64 = 4;
/// Tag of [`Value::Bool`] as stored at offset 0.
pub const TAG_BOOL: u64 = 2;
/// Tag of [`Value::None`] as stored at offset 0.
pub const TAG_NONE: u64 = 1;

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// Matches every heap variant of a [`Value`], binding its `Rc` to `$r` and
/// evaluating `$heap`; immediates evaluate `$imm`. Every arm is the same
/// source, so generic reference-count code is written once.
macro_rules! match_heap {
    ($v:expr, $r:ident => $heap:expr, _ => $imm:expr) => {
        match $v {
            Value::BigInt($r) => $heap,
            Value::Str($r) => $heap,
            Value::List($r) => $heap,
            Value::Tuple($r) => $heap,
            Value::Dict($r) => $heap,
            Value::Set($r) => $heap,
            Value::Function($r) => $heap,
            Value::Builtin($r) => $heap,
            Value::BoundMethod($r) => $heap,
            Value::Class($r) => $heap,
            Value::Instance($r) => $heap,
            Value::Module($r) => $heap,
            Value::Iter($r) => $heap,
            Value::Generator($r) => $heap,
            Value::Cell($r) => $heap,
            Value::Range($r) => $heap,
            Value::Slice($r) => $heap,
            Value::Code($r) => $heap,
            Value::Other($r) => $heap,
            Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => $imm,
        }
    };
}

impl Clone for Value {
    /// Immediates are copied; heap values get their reference count bumped
    /// and are then copied bitwise: a tag test, an increment and a 16-byte
    /// copy, inline, with no dispatch on the variant.
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_immediate() {
            // SAFETY: a heap value's payload is a live `Rc` owned by `self`.
            unsafe {
                let strong = &*self.strong_count_cell();
                strong.set(strong.get() + 1);
            }
        }
        // SAFETY: immediates are plain data; for heap values the copy owns
        // the reference added above.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// The tag word at offset 0.
    #[inline(always)]
    pub fn tag(&self) -> u64 {
        // SAFETY: `#[repr(C, u64)]`: the tag is the first 8 bytes.
        unsafe { *(self as *const Value as *const u64) }
    }

    /// True for values with no heap part (dropping them is a no-op).
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        self.tag() <= TAG_FLOAT
    }

    /// The strong count of a heap value's allocation.
    ///
    /// # Safety
    /// `self` must be a heap value. Every heap variant holds an `Rc<T>` of a
    /// sized `T` as its payload, and an `Rc` is a pointer to its allocation,
    /// which starts with the strong count (`RcInner` is `#[repr(C)]`:
    /// strong, weak, value). The `refcount_layout` test checks this for
    /// every variant, so all variants share one increment/decrement path.
    #[inline(always)]
    unsafe fn strong_count_cell(&self) -> *const std::cell::Cell<usize> {
        *(self as *const Value as *const *const std::cell::Cell<usize>).add(1)
    }

    /// Drops a value, skipping the out-of-line drop glue unless this was
    /// the last reference (used on the eval loop's hot paths).
    #[inline(always)]
    pub fn release(self) {
        if self.is_immediate() {
            std::mem::forget(self);
            return;
        }
        // SAFETY: heap value (checked above); `self` owns one reference.
        unsafe {
            let strong = &*self.strong_count_cell();
            let n = strong.get();
            if n == 1 {
                drop_last(self);
            } else {
                strong.set(n - 1);
                std::mem::forget(self);
            }
        }
    }
}

/// Frees a heap value whose last reference is going away (the cold path of
/// [`Value::release`]).
#[inline(never)]
fn drop_last(v: Value) {
    drop(v);
}

impl Default for Value {
    fn default() -> Self {
        Value::None
    }
}

impl Value {
    /// Builds a `float`.
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(F64::new(f))
    }
    /// Builds a `bool`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(B64::new(b))
    }
    /// Builds a `str` value (the shared object when empty or one Latin-1 character).
    pub fn str(s: &str) -> Value {
        Value::Str(crate::runtime::str::small_str(s).unwrap_or_else(|| Rc::new(PyStr::new(s))))
    }
    /// Builds a `str` value from an owned string (shared when empty or one Latin-1
    /// character).
    pub fn string(s: String) -> Value {
        Value::Str(crate::runtime::str::small_str(&s).unwrap_or_else(|| Rc::new(PyStr::from_string(s))))
    }
    /// Builds a `str` value from an owned ASCII string (no scan for its
    /// character count; shared when empty or one character).
    pub fn ascii_string(s: String) -> Value {
        debug_assert!(s.is_ascii());
        let n = s.len();
        Value::Str(crate::runtime::str::small_str(&s).unwrap_or_else(|| Rc::new(PyStr::from_string_counted(s, n))))
    }
    /// The `str` of one character (shared for Latin-1, as CPython's).
    #[inline]
    pub fn char(c: char) -> Value {
        Value::Str(crate::runtime::str::char_str(c))
    }
    /// Builds a `tuple`.
    #[inline(never)]
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(crate::runtime::gc::new_tuple(items))
    }
    /// Builds a `list`.
    #[inline(never)]
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(crate::runtime::gc::new(PyList::new(items)))
    }
    /// Builds an int from a bigint, normalizing to the i64 form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(b)),
        }
    }
    /// True for the internal `Null` marker.
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    /// True for `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Object identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
    /// The strong count of a heap object's `Rc` (`sys.getrefcount`); `None`
    /// for immediates.
    pub fn ref_count(&self) -> Option<usize> {
        match_heap!(self, r => Some(Rc::strong_count(r)), _ => None)
    }
    /// The address of the heap object, if any (used for `id()` and identity).
    pub fn heap_ptr(&self) -> Option<usize> {
        match_heap!(self, r => Some(Rc::as_ptr(r) as *const u8 as usize), _ => None)
    }
    /// The string payload, if this is a `str`.
    #[inline]
    pub fn as_str(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

#[cfg(test)]
mod refcount_tests {
    use super::*;

    /// The shared increment/decrement path of `clone`/`release` reads the
    /// strong count through the payload word; check that against `Rc`'s own
    /// count for heap variants of different payload types and alignments.
    #[test]
    fn refcount_layout() {
        let values = vec![
            Value::BigInt(Rc::new(BigInt::from(1u8) << 100)),
            Value::str("abc"),
            Value::list(vec![Value::Int(1)]),
            Value::tuple(vec![Value::None]),
            Value::Dict(crate::runtime::gc::new(PyDict::new())),
            Value::Cell(PyCell::new_rc(Value::Int(3))),
        ];
        for v in &values {
            let copies: Vec<Value> = (0..3).map(|_| v.clone()).collect();
            let via_rc = match_heap!(v, r => Rc::strong_count(r), _ => 0);
            let via_payload = unsafe { (*v.strong_count_cell()).get() };
            assert_eq!(via_rc, 4);
            assert_eq!(via_payload, via_rc);
            for c in copies {
                c.release();
            }
            assert_eq!(match_heap!(v, r => Rc::strong_count(r), _ => 0), 1);
        }
    }
}
