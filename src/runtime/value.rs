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

use std::cell::RefCell;
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
    Cell(Rc<RefCell<Value>>) = 19,
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
    /// and are then copied bitwise. Every arm compiles to the same code
    /// (increment the strong count the payload points at), so the whole
    /// clone is a tag test, an increment and a 16-byte copy, inline.
    #[inline(always)]
    fn clone(&self) -> Value {
        // SAFETY: each pointer comes from a live `Rc` owned by `self`; after
        // the increment, the bitwise copy owns the new reference.
        unsafe {
            match_heap!(self, r => Rc::increment_strong_count(Rc::as_ptr(r)), _ => ());
            std::ptr::read(self)
        }
    }
}

impl Value {
    /// True when this is the only reference to a heap value (or an immediate).
    #[inline(always)]
    fn last_reference(&self) -> bool {
        match_heap!(self, r => Rc::strong_count(r) == 1, _ => true)
    }

    /// True for values with no heap part (dropping them is a no-op).
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(self, Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// Drops a value, skipping the out-of-line drop glue for immediates
    /// (used on the eval loop's hot paths).
    #[inline(always)]
    pub fn release(self) {
        if self.is_immediate() {
            std::mem::forget(self);
        } else if self.last_reference() {
            drop(self);
        } else {
            // Not the last reference: just decrement (every arm is the same code).
            // SAFETY: `self` owns one strong reference, which is given up here.
            unsafe { match_heap!(&self, r => Rc::decrement_strong_count(Rc::as_ptr(r)), _ => ()) }
            std::mem::forget(self);
        }
    }
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
    /// Builds a `str` value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    /// Builds a `str` value from an owned string.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    /// Builds a `tuple`.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }
    /// Builds a `list`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
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
