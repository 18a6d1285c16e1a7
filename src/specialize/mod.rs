//! The adaptive tier's specializer (PEP 659 style quickening).
//!
//! A generic instruction counts its executions in its [`Cache`]'s
//! [`Counter`](crate::bytecode::Counter); when the counter triggers, the
//! eval loop asks one of the functions here which specialized form fits the
//! operands it sees. On success the instruction is rewritten in place (opcode
//! and cache, no allocation); on failure the counter backs off
//! exponentially, so a site that cannot be specialized soon costs nothing.
//! Specialized forms guard their assumption with one or two compares of
//! version tags (class versions, dict keys versions, shape ids) and fall back
//! to the generic form on a miss; after [`Counter::COOLDOWN`] misses the
//! instruction is rewritten back to its generic form (a deopt).

pub mod poly;
pub mod stats;

use std::rc::Rc;

use crate::bytecode::{BinOp, Cache, Code, Counter, Instr, Op, SUPERINSTRUCTIONS};
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Why an instruction was not specialized (a failure kind in `--stats`).
pub type Failure = &'static str;

/// What a specializer decided: the new opcode and its cache.
pub type Decision = Result<(Op, Cache), Failure>;

/// Largest int that converts to f64 exactly (int/float mixes are only
/// specialized below it, like the base tier's inline paths).
pub const EXACT_FLOAT_INT: u64 = 1 << 53;

/// Forms superinstructions from the pairs that dominate pair counts
/// ([`SUPERINSTRUCTIONS`]), once per code object, before its first run in the adaptive tier. A
/// superinstruction's first part is the instruction it replaces, so an
/// instruction that is both the second of one pair and the first of the
/// next keeps its meaning whichever way it is reached.
pub fn quicken(code: &Code) {
    code.quickened.set(true);
    for i in 0..code.len().saturating_sub(1) {
        let (first, second) = (code.instr(i), code.instr(i + 1));
        let pair = (first.op, second.op.base_form());
        let Some(&(_, _, fused)) = SUPERINSTRUCTIONS.iter().find(|(a, b, _)| (*a, *b) == pair) else { continue };
        code.set_instr(i, Instr { op: fused, arg: first.arg });
    }
}

/// A new strong reference to the object behind a cache's borrowed pointer
/// (`Cache::ptr`, from `Rc::as_ptr`).
///
/// # Safety
/// The instruction's guards must have passed: they show that the owner the
/// specializer relied on (a class dict, a shape's transition table, a
/// builtin type) still holds a reference to this very object, and `T` must
/// be the type the pointer was made from.
#[inline(always)]
pub unsafe fn borrowed<T>(ptr: usize) -> Rc<T> {
    let ptr = ptr as *const T;
    Rc::increment_strong_count(ptr);
    Rc::from_raw(ptr)
}

/// A cache whose guards are `version` and `aux` with slot `index`. A guard on
/// [`NO_VERSION`] would pass for objects tagged after the tags ran out, so none is made.
fn guarded(version: u32, aux: u32, index: usize) -> Result<Cache, Failure> {
    if version == NO_VERSION {
        return Err("version tags used up");
    }
    let index = u16::try_from(index).map_err(|_| "index out of range")?;
    Ok(Cache { counter: Counter::COOLDOWN, index, version, aux, ..Cache::new() })
}

/// [`guarded`] for the instance forms, whose `aux` guard is a shape id (or for a
/// second tag, like the builtins' keys version): both must be real tags.
fn guarded_pair(version: u32, aux: u32, index: usize) -> Result<Cache, Failure> {
    if aux == NO_VERSION {
        return Err("version tags used up");
    }
    guarded(version, aux, index)
}

/// `LoadGlobal`: module global or builtin, by dict entry index.
pub fn load_global(globals: &PyDict, builtins: &PyDict, name: &Name) -> Decision {
    if let Some(ix) = globals.find_str(name) {
        return Ok((Op::LoadGlobalModule, guarded(globals.version_for_cache(), 0, ix)?));
    }
    match builtins.find_str(name) {
        Some(ix) => Ok((Op::LoadGlobalBuiltin, guarded_pair(globals.version_for_cache(), builtins.version_for_cache(), ix)?)),
        None => Err("not found"),
    }
}

/// True when the class attribute `attr` takes precedence over an instance
/// attribute of the same name (a data descriptor: property or `__set__`).
fn is_data_descriptor(attr: &Value) -> bool {
    match attr {
        Value::Other(o) => matches!(&**o, Other::Property { .. }),
        Value::Instance(d) => {
            d.class.lookup(&crate::runtime::str::static_name("__set__")).is_some()
                || d.class.lookup(&crate::runtime::str::static_name("__delete__")).is_some()
                || d.class.lookup(&crate::runtime::str::static_name("__get__")).is_some()
        }
        _ => false,
    }
}

/// The instance's shape id and the slot of `name`, when its attributes are
/// in shape mode (not a materialized `__dict__`).
fn instance_slot(inst: &Instance, name: &Name) -> Result<(u32, Option<usize>), Failure> {
    let attrs = inst.attrs.borrow();
    if attrs.dict.is_some() {
        return Err("instance dict");
    }
    Ok((attrs.shape.id, attrs.shape.index_of(name)))
}

/// `LoadAttr`: an instance slot or a module attribute.
pub fn load_attr(obj: &Value, name: &Name) -> Decision {
    match obj {
        Value::Instance(inst) => {
            if inst.exc().is_some() {
                return Err("exception instance");
            }
            if let Some(attr) = inst.class.lookup(name) {
                if let Value::Other(o) = &attr {
                    if let Other::Property { fget: Value::Function(fget), .. } = &**o {
                        if !takes_exactly(fget, 1) {
                            return Err("property getter with defaults or varargs");
                        }
                        // `aux`: the shape id, which only a polymorphic entry
                        // made of this cache guards (`poly::entry_of`); none for
                        // an instance with a materialized `__dict__`.
                        let shape = instance_slot(inst, name).map_or(NO_VERSION, |(shape, _)| shape);
                        let mut cache = guarded(inst.class.version.get(), shape, 0)?;
                        // Borrowed: the property in the class dict (version
                        // unchanged) keeps its getter.
                        cache.ptr = Rc::as_ptr(fget) as usize;
                        return Ok((Op::LoadAttrProperty, cache));
                    }
                }
                if is_data_descriptor(&attr) {
                    return Err("descriptor");
                }
            }
            match instance_slot(inst, name)? {
                (shape, Some(ix)) => Ok((Op::LoadAttrInstance, guarded_pair(inst.class.version.get(), shape, ix)?)),
                (shape, None) => match inst.class.lookup(name) {
                    Some(v) if is_plain_class_attr(&v, false) => {
                        let mut cache = guarded_pair(inst.class.version.get(), shape, 0)?;
                        cache.borrow_value(&v);
                        Ok((Op::LoadAttrClassAttr, cache))
                    }
                    Some(Value::Function(_)) => match load_method(obj, name)? {
                        (Op::LoadMethodInstance, cache) => Ok((Op::LoadAttrMethod, cache)),
                        _ => Err("method"),
                    },
                    Some(_) => Err("method or descriptor"),
                    None => Err("not found"),
                },
            }
        }
        Value::Module(m) => match m.dict.find_str(name) {
            Some(ix) => Ok((Op::LoadAttrModule, guarded(m.dict.version_for_cache(), 0, ix)?)),
            None => Err("not found"),
        },
        // A metaclass's data descriptor would win over the class attribute
        // (changes to the metaclass bump the class's version).
        Value::Class(cls) if cls.metaclass.as_ref().and_then(|m| m.lookup(name)).is_some_and(|v| is_data_descriptor(&v)) => {
            Err("metaclass descriptor")
        }
        Value::Other(o) if matches!(&**o, Other::Super { .. }) => super_method(o, name, Op::LoadAttrSuper),
        Value::Class(cls) => match cls.lookup(name) {
            Some(v) if is_plain_class_attr(&v, true) => {
                let mut cache = guarded(cls.version.get(), 0, 0)?;
                cache.borrow_value(&v);
                Ok((Op::LoadAttrClass, cache))
            }
            Some(_) => Err("class descriptor"),
            None => Err("class special attribute"),
        },
        _ => Err("other type"),
    }
}

/// True for a class attribute that attribute access returns as it is (no
/// binding, no descriptor call), so a cache may hand it out: data values,
/// and functions when read from the class itself.
fn is_plain_class_attr(v: &Value, on_class: bool) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::BigInt(_) => true,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => true,
        Value::Class(_) | Value::Module(_) => true,
        Value::Function(_) => on_class,
        // An instance whose class has no `__get__` (an enum member, a
        // sentinel): giving its class a `__get__` later bumps every class's
        // version (`Class::attribute_changed`).
        Value::Instance(i) => i.class.lookup(&crate::runtime::str::static_name("__get__")).is_none(),
        _ => false,
    }
}

/// `StoreAttr`: a store into an existing instance slot.
pub fn store_attr(obj: &Value, name: &Name) -> Decision {
    let Value::Instance(inst) = obj else { return Err("other type") };
    if inst.exc().is_some() {
        return Err("exception instance");
    }
    if inst.class.custom_setattr().is_some() {
        return Err("__setattr__");
    }
    if let Some(attr) = inst.class.lookup(name) {
        if is_data_descriptor(&attr) {
            return Err("descriptor");
        }
    }
    match instance_slot(inst, name)? {
        (shape, Some(ix)) => Ok((Op::StoreAttrInstance, guarded_pair(inst.class.version.get(), shape, ix)?)),
        (_, None) if inst.class.slots.as_ref().is_some_and(|slots| !slots.iter().any(|s| **s == **name)) => Err("not in __slots__"),
        (shape_id, None) => {
            let shape = inst.attrs.borrow().shape.clone();
            let next = shape.with_key(name);
            if !Rc::ptr_eq(&next, &shape.with_key(name)) {
                // The transition table is full: nothing keeps `next` alive.
                return Err("too many layouts");
            }
            let mut cache = guarded_pair(inst.class.version.get(), shape_id, shape.keys.len())?;
            // Borrowed: the old shape (alive while an instance has it, which
            // the guard checks) keeps its transition to `next`.
            cache.ptr = Rc::as_ptr(&next) as usize;
            Ok((Op::StoreAttrAddInstance, cache))
        }
    }
}

/// `LoadMethod`: a Python function found on the class (not shadowed by the
/// instance), or a module function.
pub fn load_method(obj: &Value, name: &Name) -> Decision {
    match obj {
        Value::Instance(inst) => {
            let (form, ptr) = match inst.class.lookup(name) {
                Some(Value::Function(func)) => (Op::LoadMethodInstance, Rc::as_ptr(&func) as usize),
                // A method of a native class (`deque.append`).
                Some(Value::Builtin(b)) => (Op::LoadMethodInstanceBuiltin, Rc::as_ptr(&b) as usize),
                _ => return Err("not a function"),
            };
            let (shape, slot) = instance_slot(inst, name)?;
            if slot.is_some() {
                return Err("shadowed by instance attribute");
            }
            let mut cache = guarded_pair(inst.class.version.get(), shape, 0)?;
            // Borrowed: the class dict, unchanged while the version matches,
            // keeps the function alive.
            cache.ptr = ptr;
            Ok((form, cache))
        }
        Value::Module(m) => match m.dict.find_str(name) {
            Some(ix) => Ok((Op::LoadMethodModule, guarded(m.dict.version_for_cache(), 0, ix)?)),
            None => Err("not found"),
        },
        Value::Other(o) if matches!(&**o, Other::Super { .. }) => super_method(o, name, Op::LoadMethodSuper),
        Value::Class(cls) => class_method(cls, name),
        // Types fully determined by the tag, and sets, whose tag is shared by
        // `set` and `frozenset` (`aux` tells them apart); not iterators, ...
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Int(_) | Value::Float(_) | Value::Set(_) => {
            let cls = crate::runtime::types::types().builtin_type_of(obj);
            match cls.dict.get_str(name) {
                Some(Value::Builtin(b)) => {
                    let mut cache = guarded(obj.tag() as u32, frozen_key(obj), 0)?;
                    // Borrowed: builtin type dicts are never modified and live
                    // as long as the program.
                    cache.ptr = Rc::as_ptr(&b) as usize;
                    Ok((Op::LoadMethodBuiltinType, cache))
                }
                _ => Err("not a builtin method"),
            }
        }
        _ => Err("other type"),
    }
}

/// [`LoadMethodClass`](Op::LoadMethodClass)'s `aux` for a classmethod.
pub const CLASS_METHOD_BINDS_CLASS: u32 = 1;
/// [`LoadMethodClass`](Op::LoadMethodClass)'s `aux` for a builtin
/// (`dict.__init__(self)`, `list.append(xs, x)`): `ptr` is a `Builtin`.
pub const CLASS_METHOD_BUILTIN: u32 = 2;

/// `LoadMethod` on class `cls`: a Python function or a builtin (returned
/// as it is), or a function wrapped in `staticmethod` (unwrapped) or
/// `classmethod` (called with the class first), found on the class's MRO
/// and not overridden by a data descriptor of its metaclass (changes to
/// either bump the class version).
fn class_method(cls: &Class, name: &Name) -> Decision {
    if cls.metaclass.as_ref().and_then(|m| m.lookup(name)).is_some_and(|v| is_data_descriptor(&v)) {
        return Err("metaclass descriptor");
    }
    let (ptr, aux) = match cls.lookup(name) {
        Some(Value::Function(func)) => (Rc::as_ptr(&func) as usize, 0),
        Some(Value::Builtin(b)) => (Rc::as_ptr(&b) as usize, CLASS_METHOD_BUILTIN),
        Some(Value::Other(o)) => match &*o {
            Other::StaticMethod(Value::Function(func)) => (Rc::as_ptr(func) as usize, 0),
            Other::ClassMethod(Value::Function(func)) => (Rc::as_ptr(func) as usize, CLASS_METHOD_BINDS_CLASS),
            _ => return Err("class descriptor"),
        },
        _ => return Err("not a function on the class"),
    };
    let mut cache = guarded(cls.version.get(), aux, 0)?;
    // Borrowed: the class dict (version unchanged) holds the function or
    // the staticmethod/classmethod wrapping it, which never changes.
    cache.ptr = ptr;
    Ok((Op::LoadMethodClass, cache))
}

/// `super().name` (form `LoadAttrSuper` or `LoadMethodSuper`) where `name`
/// is a Python function on a class after the super object's class in the
/// MRO of its instance's class. The cache holds the instance's class
/// version (`version`), the super object's class (`ptr2`, compared by
/// address) and the function (`ptr`, borrowed); a second instance class
/// ([`super_widen`]) keeps its version in `aux` and its function in `second`.
fn super_method(sup: &Other, name: &Name, form: Op) -> Decision {
    let Other::Super { class, obj: Value::Instance(inst) } = sup else { return Err("super of a class") };
    let start = &inst.class;
    let mut mro = std::iter::once(start).chain(start.mro.iter());
    if !mro.any(|c| Rc::ptr_eq(c, class)) {
        return Err("super class not in the MRO");
    }
    match mro.find_map(|c| c.dict.get_str(name)) {
        Some(Value::Function(func)) => {
            let mut cache = guarded(start.version.get(), 0, 0)?;
            // Borrowed: a class on the MRO of `start` holds the function
            // while `start`'s version (bumped by changes to any of its bases)
            // is unchanged; that MRO keeps `class` alive, so its address
            // names it.
            cache.ptr = Rc::as_ptr(&func) as usize;
            cache.ptr2 = Rc::as_ptr(class) as usize;
            // No second class yet: a tag never handed out matches no class.
            cache.aux = VERSION_SENTINEL;
            Ok((form, cache))
        }
        Some(_) => Err("super attribute not a function"),
        None => Err("not found"),
    }
}

/// The function a `LoadAttrSuper`/`LoadMethodSuper` cache holds for `v`
/// when its guards pass, with the instance the super object is bound to.
#[inline(always)]
pub fn super_fits(v: &Value, c: &Cache) -> Option<(usize, Value)> {
    let Value::Other(o) = v else { return None };
    let Other::Super { class, obj: obj @ Value::Instance(inst) } = &**o else { return None };
    if Rc::as_ptr(class) as usize != c.ptr2 {
        return None;
    }
    let version = inst.class.version.get();
    if version == c.version {
        Some((c.ptr, obj.clone()))
    } else if version == c.aux {
        Some((c.second as usize, obj.clone()))
    } else {
        None
    }
}

/// A `super().name` site (cache `c`) missed for `v`: when `v` is a super
/// object of the same class whose instance is of a second class (the
/// method of a base class reached from two subclasses), the cache for it,
/// which keeps both; `None` when the site has two already or `v` does not fit.
pub fn super_widen(v: &Value, name: &Name, form: Op, c: &Cache) -> Option<Cache> {
    if c.aux != VERSION_SENTINEL {
        return None;
    }
    let Value::Other(o) = v else { return None };
    let (_, other) = super_method(o, name, form).ok()?;
    (other.ptr2 == c.ptr2 && other.version != c.version).then_some(Cache { aux: other.version, second: other.ptr as u64, ..*c })
}

/// `LOAD_METHOD_BUILTIN_TYPE`'s second guard: 1 for a `frozenset`, else 0
/// (the tag alone tells every other type it covers).
#[inline(always)]
pub fn frozen_key(v: &Value) -> u32 {
    match v {
        Value::Set(s) => s.frozen as u32,
        _ => 0,
    }
}

/// `BinaryOp` on the operand types seen.
pub fn binary_op(a: &Value, b: &Value, arg: u32) -> Decision {
    let (op, _) = BinOp::decode(arg);
    let small = |i: i64| i.unsigned_abs() < EXACT_FLOAT_INT;
    let form = match (a, b) {
        (Value::Int(_) | Value::BigInt(_), Value::Int(_) | Value::BigInt(_)) => match op {
            // Exact as CPython's fast path: both convert to f64 exactly, one division.
            BinOp::TrueDiv if matches!((a, b), (Value::Int(x), Value::Int(y)) if small(*x) && small(*y)) => Op::BinaryOpDivInt,
            BinOp::Pow if matches!((a, b), (Value::Int(_), Value::Int(y)) if *y >= 0) => Op::BinaryOpInt,
            BinOp::TrueDiv | BinOp::Pow | BinOp::MatMul => return Err("int true divide, negative or big power"),
            // Either operand big: one form for every operator left.
            _ if matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_)) => Op::BinaryOpBigInt,
            BinOp::Add => Op::BinaryOpAddInt,
            BinOp::Sub => Op::BinaryOpSubInt,
            BinOp::Mul => Op::BinaryOpMulInt,
            _ => Op::BinaryOpInt,
        },
        (Value::Float(_), Value::Float(_)) => match op {
            BinOp::Add => Op::BinaryOpAddFloat,
            BinOp::Sub => Op::BinaryOpSubFloat,
            BinOp::Mul => Op::BinaryOpMulFloat,
            BinOp::TrueDiv => Op::BinaryOpDivFloat,
            BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => Op::BinaryOpFloat,
            _ => return Err("float operator"),
        },
        (Value::Int(i), Value::Float(_)) | (Value::Float(_), Value::Int(i)) => match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow if small(*i) => {
                Op::BinaryOpFloat
            }
            _ => return Err("mixed int and float"),
        },
        _ if crate::vm::complex::complex_binary_fits(op, a, b) => Op::BinaryOpComplex,
        (Value::Str(_), Value::Str(_)) if op == BinOp::Add => Op::BinaryOpAddStr,
        (Value::Set(_), Value::Set(_)) if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => Op::BinaryOpSet,
        // Not `list += list`, which extends the list in place.
        (Value::Tuple(_), Value::Tuple(_)) if op == BinOp::Add => Op::BinaryOpAddSeq,
        (Value::List(_), Value::List(_)) if BinOp::decode(arg) == (BinOp::Add, false) => Op::BinaryOpAddSeq,
        (Value::Instance(inst), _) => return binary_dunder(inst, b, arg),
        (Value::Other(_), Value::Other(_))
            if BinOp::decode(arg) == (BinOp::Add, true) && crate::vm::bytes::is_bytearray(a) && crate::vm::bytes::is_bytes_like(b) =>
        {
            Op::BinaryOpExtendByteArray
        }
        (Value::BigInt(_), _) | (_, Value::BigInt(_)) => return Err("big int and other type"),
        _ if std::mem::discriminant(a) != std::mem::discriminant(b) => return Err("different types"),
        _ => return Err("other types"),
    };
    Ok((form, Cache::new()))
}

/// `CompareOp` on the operand types seen.
pub fn compare_op(a: &Value, b: &Value) -> Decision {
    let small = |i: i64| i.unsigned_abs() < EXACT_FLOAT_INT;
    let form = match (a, b) {
        (Value::Int(_), Value::Int(_)) => Op::CompareOpInt,
        (Value::Float(_), Value::Float(_)) => Op::CompareOpFloat,
        (Value::Int(i), Value::Float(_)) | (Value::Float(_), Value::Int(i)) if small(*i) => Op::CompareOpFloat,
        (Value::Str(_), Value::Str(_)) => Op::CompareOpStr,
        (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) if crate::vm::tuple_compare(crate::bytecode::CmpOp::Eq, a, b).is_some() => {
            Op::CompareOpTuple
        }
        (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) => return Err("sequences of other items"),
        (Value::BigInt(_), Value::Int(_) | Value::BigInt(_)) | (Value::Int(_), Value::BigInt(_)) => Op::CompareOpBigInt,
        (Value::BigInt(_), _) | (_, Value::BigInt(_)) => return Err("big int and other type"),
        _ if std::mem::discriminant(a) != std::mem::discriminant(b) => return Err("different types"),
        _ => return Err("other types"),
    };
    Ok((form, Cache::new()))
}

/// `ForIter` over the iterator seen.
pub fn for_iter(it: &Value) -> Decision {
    match it {
        Value::Iter(i) => match &*i.state.borrow() {
            IterState::Range { .. } => Ok((Op::ForIterRange, Cache::new())),
            IterState::Seq { seq: Value::List(_), .. } => Ok((Op::ForIterList, Cache::new())),
            IterState::Seq { seq: Value::Tuple(_), .. } => Ok((Op::ForIterTuple, Cache::new())),
            _ => Ok((Op::ForIterIter, Cache::new())),
        },
        Value::Generator(_) => Ok((Op::ForIterGen, Cache::new())),
        _ => Err("other type"),
    }
}

/// `BinarySubscr` on the container and key seen.
pub fn binary_subscr(container: &Value, key: &Value) -> Decision {
    match (container, key) {
        (Value::List(_), Value::Int(_)) => Ok((Op::BinarySubscrListInt, Cache::new())),
        (Value::Tuple(_), Value::Int(_)) => Ok((Op::BinarySubscrTupleInt, Cache::new())),
        (Value::Dict(_), _) => Ok((Op::BinarySubscrDict, Cache::new())),
        (Value::Str(_), Value::Int(_)) => Ok((Op::BinarySubscrStrInt, Cache::new())),
        (Value::Other(_), Value::Int(_)) if crate::vm::bytes::is_bytes_like(container) => Ok((Op::BinarySubscrBytesInt, Cache::new())),
        (Value::Instance(inst), _) if matches!(inst.native, NativeData::Dict(_)) => dict_subclass_site(inst, "__getitem__", Op::BinarySubscrDictSubclass),
        (Value::Instance(inst), Value::Int(_)) => array_site(inst, Op::BinarySubscrArrayInt),
        (_, Value::Slice(_)) => Err("slice"),
        _ => Err("other types"),
    }
}

/// `BinaryOp` with an instance on the left: its class's dunder, when that
/// is a plain Python function of two parameters and nothing can go before
/// it (the right operand is not an instance of another class, which could
/// be a subclass with a reflected method; `a op= b` has no in-place dunder).
pub(crate) fn binary_dunder(inst: &Instance, b: &Value, arg: u32) -> Decision {
    let (op, inplace) = BinOp::decode(arg);
    if inst.class.native != NativeKind::Object {
        return Err("builtin base class");
    }
    if let Value::Instance(other) = b {
        if !Rc::ptr_eq(&other.class, &inst.class) {
            return Err("different types");
        }
    }
    let (name, _, iname) = op.dunders();
    if inplace && inst.class.lookup(&crate::runtime::str::static_name(iname)).is_some() {
        return Err("in-place dunder");
    }
    match inst.class.lookup(&crate::runtime::str::static_name(name)) {
        Some(Value::Function(func)) if takes_exactly(&func, 2) => {
            let mut cache = guarded(inst.class.version.get(), 0, 0)?;
            // Borrowed: a class dict on the MRO, unchanged while the version
            // matches (changes to bases bump it too), keeps the function alive.
            cache.ptr = Rc::as_ptr(&func) as usize;
            Ok((Op::BinaryOpDunder, cache))
        }
        _ => Err("dunder not a Python function"),
    }
}

/// `ContainsOp` on the container seen.
pub fn contains_op(container: &Value) -> Decision {
    match container {
        Value::Dict(_) => Ok((Op::ContainsOpDict, Cache::new())),
        Value::Set(_) => Ok((Op::ContainsOpSet, Cache::new())),
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => Ok((Op::ContainsOpSeq, Cache::new())),
        _ => Err("other types"),
    }
}

/// `StoreSubscr` on the container and key seen.
pub fn store_subscr(container: &Value, key: &Value) -> Decision {
    match (container, key) {
        (Value::List(_), Value::Int(_)) => Ok((Op::StoreSubscrListInt, Cache::new())),
        (Value::Dict(_), _) => Ok((Op::StoreSubscrDict, Cache::new())),
        (Value::Other(_), Value::Int(_)) if crate::vm::bytes::is_bytearray(container) => Ok((Op::StoreSubscrByteArrayInt, Cache::new())),
        (Value::Instance(inst), _) if matches!(inst.native, NativeData::Dict(_)) => dict_subclass_site(inst, "__setitem__", Op::StoreSubscrDictSubclass),
        (Value::Instance(inst), Value::Int(_)) => array_site(inst, Op::StoreSubscrArrayInt),
        _ => Err("other types"),
    }
}

/// A subscript (`form`) of an instance of a dict subclass whose class keeps
/// dict's own `dunder` (`__getitem__` or `__setitem__`), guarded by the class
/// version: redefining the dunder or `__missing__` on the class or a base bumps it.
fn dict_subclass_site(inst: &Instance, dunder: &'static str, form: Op) -> Decision {
    match inst.class.lookup(&crate::runtime::str::static_name(dunder)) {
        Some(Value::Builtin(b)) if b.owner == Some("dict") && b.name == dunder => Ok((form, guarded(inst.class.version.get(), 0, 0)?)),
        _ => Err("dict subclass overriding the dunder"),
    }
}

/// An `array.array` subscript with an int index (`form`), when `inst` is one.
fn array_site(inst: &Instance, form: Op) -> Decision {
    match crate::modules::array::subscript_cache(inst) {
        Some(cache) => Ok((form, cache)),
        None => Err("instance"),
    }
}

/// `UnpackSequence` of the value seen into `n` targets.
pub fn unpack_sequence(v: &Value, n: u32) -> Decision {
    match v {
        Value::Tuple(t) if t.items.len() == n as usize => {
            Ok((if n == 2 { Op::UnpackSequenceTwoTuple } else { Op::UnpackSequenceTuple }, Cache::new()))
        }
        Value::List(l) if l.len() == n as usize => Ok((Op::UnpackSequenceList, Cache::new())),
        Value::Tuple(_) | Value::List(_) => Err("wrong length"),
        _ => Err("other type"),
    }
}

/// True for a Python function that a call with `nargs` positional
/// arguments binds without defaults, `*args` or keywords.
pub fn takes_exactly(func: &Function, nargs: usize) -> bool {
    let code = &func.code;
    code.argcount as usize == nargs
        && code.kwonlyargcount == 0
        && code.flags & (crate::bytecode::flags::VARARGS | crate::bytecode::flags::VARKEYWORDS | crate::bytecode::flags::GENERATOR) == 0
}

/// True for a Python function that `nargs` positional arguments bind with
/// defaults filling the missing trailing parameters (no `*args`, keywords
/// or generator).
pub fn takes_with_defaults(func: &Function, nargs: usize) -> bool {
    let code = &func.code;
    let argcount = code.argcount as usize;
    nargs <= argcount && nargs + func.defaults.borrow().len() >= argcount && plain_parameters(func)
}

/// True for a generator (or coroutine, async generator) function that
/// `nargs` positional arguments bind, exactly or with defaults filling the
/// missing trailing parameters (no `*args`, `**kwargs`, keyword-only ones).
pub fn generator_takes(func: &Function, nargs: usize) -> bool {
    let code = &func.code;
    let argcount = code.argcount as usize;
    code.is_generator()
        && code.kwonlyargcount == 0
        && code.flags & (crate::bytecode::flags::VARARGS | crate::bytecode::flags::VARKEYWORDS) == 0
        && nargs <= argcount
        && nargs + func.defaults.borrow().len() >= argcount
}

/// Most keywords a `CallKwPy` site maps (one byte each in `Cache::ptr2`).
pub const MAX_KW_PY: usize = 8;

/// True for a Python function whose parameters are all positional-or-keyword
/// (or positional-only): no `*args`, `**kwargs`, keyword-only ones; not a
/// generator.
fn plain_parameters(func: &Function) -> bool {
    func.code.kwonlyargcount == 0
        && func.code.flags & (crate::bytecode::flags::VARARGS | crate::bytecode::flags::VARKEYWORDS | crate::bytecode::flags::GENERATOR) == 0
}

/// True for a failure of attribute family `family` that the receiver's type
/// decides, so that the site would fail again each time it retried (an
/// attribute of a function or an exception, a class's special attribute,
/// a class descriptor): such sites take the megamorphic form.
fn lasting_attribute_failure(family: Op, kind: Failure) -> bool {
    matches!(family, Op::LoadAttr | Op::StoreAttr | Op::LoadMethod)
        && matches!(kind, "other type" | "exception instance" | "class special attribute" | "class descriptor")
}

/// `CallKw` of the callable seen with `nargs` values, the last of them
/// named by `kwnames`: a plain Python function ([`plain_parameters`]) whose
/// keywords name parameters after the positional arguments (not
/// positional-only ones), the parameters no argument fills having defaults.
/// The cache holds the code object (`ptr`), its `argcount` (`aux`), how many
/// defaults the call takes at least (`index`) and keyword `j`'s parameter
/// as an offset from the first parameter after the positional arguments, in
/// byte `j` of `ptr2`.
pub fn call_kw(callable: &Value, kwnames: &Value, nargs: usize) -> Decision {
    match (call_kw_placed(callable, kwnames, nargs), callable) {
        // Parameters the keywords cannot be placed in directly (`*args`,
        // `**kwargs`, keyword-only ones): the general binder, inline.
        (Err(_), Value::Function(func)) if !func.code.is_generator() && matches!(kwnames, Value::Tuple(_)) => Ok((Op::CallKwPyBound, Cache::new())),
        (Err(_), Value::Builtin(_)) if matches!(kwnames, Value::Tuple(_)) => Ok((Op::CallKwBuiltin, Cache::new())),
        // A class whose `__init__` can run inline: the site keeps it
        // (borrowed, guarded by the class version; `ptr` 0: none).
        (Err(_), Value::Class(cls)) if matches!(kwnames, Value::Tuple(_)) => {
            let mut cache = Cache::new();
            if let Ok(PlainInit::Python(init)) = plain_instance_init(cls) {
                if !init.code.is_generator() && cls.version.get() != NO_VERSION {
                    cache.version = cls.version.get();
                    cache.ptr = Rc::as_ptr(&init) as usize;
                }
            }
            Ok((Op::CallKwOther, cache))
        }
        (Err(_), Value::BoundMethod(_) | Value::Instance(_) | Value::Other(_)) if matches!(kwnames, Value::Tuple(_)) => {
            Ok((Op::CallKwOther, Cache::new()))
        }
        (decision, _) => decision,
    }
}

/// [`call_kw`]'s `CallKwPy` decision.
fn call_kw_placed(callable: &Value, kwnames: &Value, nargs: usize) -> Decision {
    let Value::Function(func) = callable else { return Err("not a Python function") };
    let Value::Tuple(names) = kwnames else { return Err("keyword names") };
    let code = &func.code;
    let (nkw, argcount) = (names.items.len(), code.argcount as usize);
    if nkw > MAX_KW_PY || !plain_parameters(func) || nargs > argcount || argcount - nargs > u8::MAX as usize {
        return Err("keywords, varargs or too many arguments");
    }
    let npos = nargs - nkw;
    // Keywords may name the parameters after the positional arguments,
    // except positional-only ones.
    let start = npos.max(code.posonlyargcount as usize);
    let mut offsets = 0u64;
    let mut filled = vec![false; argcount - npos];
    for (j, name) in names.items.iter().enumerate() {
        let Value::Str(name) = name else { return Err("keyword names") };
        let Some(p) = code.varnames[start.min(argcount)..argcount].iter().position(|v| v.as_str() == name.as_str()) else {
            return Err("keyword not a parameter after the positional ones");
        };
        let offset = start + p - npos;
        filled[offset] = true;
        offsets |= (offset as u64) << (8 * j);
    }
    // The first parameter left to its default fixes how many the call takes.
    let needed = filled.iter().position(|f| !f).map_or(0, |hole| argcount - (npos + hole));
    if needed > func.defaults.borrow().len() {
        return Err("missing arguments");
    }
    Ok((Op::CallKwPy, Cache { ptr: Rc::as_ptr(code) as usize, aux: argcount as u32, index: needed as u16, ptr2: offsets as usize, ..Cache::new() }))
}

/// Whether a `CallKwPy` site's cache fits `func` called with `nargs` values
/// of which `names` are keywords: the cached code object and parameter
/// count, enough defaults, and (so that no stale cache can misplace a value)
/// each keyword naming the parameter its offset gives.
#[inline]
pub fn call_kw_fits(func: &Function, names: &[Value], nargs: usize, c: Cache) -> bool {
    let code = &func.code;
    if Rc::as_ptr(code) as usize != c.ptr
        || code.argcount != c.aux
        || !plain_parameters(func)
        || nargs > c.aux as usize
        || func.defaults.borrow().len() < c.index as usize
        || names.len() > MAX_KW_PY
    {
        return false;
    }
    let npos = nargs - names.len();
    names.iter().enumerate().all(|(j, name)| {
        let param = npos + (c.ptr2 as u64 >> (8 * j)) as u8 as usize;
        match (name, code.varnames.get(param)) {
            (Value::Str(name), Some(p)) if param < code.argcount as usize && param >= code.posonlyargcount as usize => {
                Rc::ptr_eq(name, p) || name.as_str() == p.as_str()
            }
            _ => false,
        }
    })
}

/// `Call`/`CallMethod` of the callable seen with `nargs` arguments.
pub fn call(family: Op, callable: &Value, nargs: usize) -> Decision {
    let method = family == Op::CallMethod;
    match callable {
        Value::Function(f) if takes_exactly(f, nargs) => {
            Ok((if method { Op::CallMethodPyExact } else { Op::CallPyExact }, Cache::new()))
        }
        Value::Function(f) if takes_with_defaults(f, nargs) => {
            Ok((if method { Op::CallMethodPyDefaults } else { Op::CallPyDefaults }, Cache::new()))
        }
        Value::Function(f) if generator_takes(f, nargs) => Ok((if method { Op::CallMethodPyGen } else { Op::CallPyGen }, Cache::new())),
        Value::Function(f) if f.code.is_generator() => Err("generator function with keywords or varargs"),
        Value::Function(_) if !method => Ok((Op::CallPyBound, Cache::new())),
        Value::Function(_) => Err("keywords or varargs"),
        Value::Builtin(_) => Ok((if method { Op::CallMethodBuiltin } else { Op::CallBuiltin }, Cache::new())),
        Value::BoundMethod(_) if !method => Ok((Op::CallBoundMethod, Cache::new())),
        Value::BoundMethod(_) => Err("bound method"),
        Value::Instance(inst) if !method => match python_call_method(&inst.class) {
            Some(call) => {
                let mut cache = guarded(inst.class.version.get(), 0, 0)?;
                // Borrowed: the class dict keeps `__call__` alive while the
                // class version is unchanged.
                cache.ptr = Rc::as_ptr(&call) as usize;
                Ok((Op::CallPyInstance, cache))
            }
            None => Err("instance without a Python __call__"),
        },
        Value::Class(cls) if !method => class_init(cls, nargs).or(Ok((Op::CallClass, Cache::new()))),
        Value::Class(_) => Err("class"),
        _ => Err("other callable"),
    }
}

/// The `__call__` of instances of `cls` when it is a Python function (not a
/// generator function).
pub(crate) fn python_call_method(cls: &Class) -> Option<Rc<Function>> {
    match cls.lookup(&crate::runtime::str::static_name("__call__")) {
        Some(Value::Function(call)) if !call.code.is_generator() => Some(call),
        _ => None,
    }
}

/// `Call` of a class: plain instance creation followed by a Python
/// `__init__` that takes exactly `nargs` arguments after `self`.
pub(crate) fn class_init(cls: &Rc<Class>, nargs: usize) -> Decision {
    use crate::runtime::str::static_name;
    if cls.builtin {
        return match cls.lookup(&static_name("__new__")) {
            Some(Value::Builtin(new)) => {
                let mut cache = guarded(cls.version.get(), 0, 0)?;
                // Borrowed: builtin classes are never modified.
                cache.ptr = Rc::as_ptr(&new) as usize;
                Ok((Op::CallBuiltinClass, cache))
            }
            _ => Err("builtin class without __new__"),
        };
    }
    let init = plain_python_init(cls, nargs)?;
    // `aux` 1: some parameters take their defaults, which `__defaults__` may
    // change without the class's version: the site checks them each time.
    let with_defaults = !takes_exactly(&init, nargs + 1);
    let mut cache = guarded(cls.version.get(), with_defaults as u32, 0)?;
    // Borrowed: the class dict keeps `__init__` alive while the class
    // version is unchanged.
    cache.ptr = Rc::as_ptr(&init) as usize;
    Ok((Op::CallClassInit, cache))
}

/// How a call of a plain user class (instances made by `object.__new__`, no
/// native base, no metaclass `__call__`, not abstract) initializes the new
/// instance.
pub(crate) enum PlainInit {
    /// Its `__init__`, a Python function.
    Python(Rc<Function>),
    /// `object.__init__` (the class defines none): the call, without
    /// arguments, is the bare instance.
    Object,
}

/// How instances of `cls` are made plainly (see [`PlainInit`]), whatever
/// the arguments, or why not.
pub(crate) fn plain_instance_init(cls: &Rc<Class>) -> Result<PlainInit, &'static str> {
    use crate::runtime::str::static_name;
    if cls.builtin || cls.native != NativeKind::Object {
        return Err("native base");
    }
    if crate::vm::classes::meta_override(cls, "__call__").is_some() {
        return Err("metaclass __call__");
    }
    if cls.dict.get_str(&static_name("__abstractmethods__")).is_some() {
        return Err("abstract class");
    }
    match cls.lookup(&static_name("__new__")) {
        Some(Value::Builtin(b)) if b.name == "__new__" => {}
        _ => return Err("custom __new__"),
    }
    match cls.lookup(&static_name("__init__")) {
        Some(Value::Function(init)) => Ok(PlainInit::Python(init)),
        Some(Value::Builtin(b)) if b.name == "__init__" && b.owner == Some("object") => Ok(PlainInit::Object),
        _ => Err("no Python __init__"),
    }
}

/// How instances of `cls` are made plainly by a call with `nargs`
/// positional arguments: a Python `__init__` they bind after `self`
/// (exactly, or with defaults for the missing trailing parameters), or no
/// `__init__` and no arguments.
pub(crate) fn plain_class_init(cls: &Rc<Class>, nargs: usize) -> Result<PlainInit, &'static str> {
    match plain_instance_init(cls)? {
        PlainInit::Python(init) if takes_exactly(&init, nargs + 1) || takes_with_defaults(&init, nargs + 1) => Ok(PlainInit::Python(init)),
        PlainInit::Python(_) => Err("__init__ with defaults or varargs"),
        // `object.__init__` with arguments raises (`call_class` says which error).
        PlainInit::Object if nargs == 0 => Ok(PlainInit::Object),
        PlainInit::Object => Err("no Python __init__"),
    }
}

/// The `__init__` of a user class whose instances are made plainly
/// (`object.__new__`, no native base) when it is a Python function that
/// `nargs` positional arguments after `self` bind (exactly, or with defaults
/// for the missing trailing parameters).
pub(crate) fn plain_python_init(cls: &Rc<Class>, nargs: usize) -> Result<Rc<Function>, &'static str> {
    match plain_class_init(cls, nargs)? {
        PlainInit::Python(init) => Ok(init),
        PlainInit::Object => Err("no Python __init__"),
    }
}

impl Vm {
    /// Writes the outcome of a specialization attempt for the instruction
    /// at `pc` (family `family`): the new opcode and cache, or a backoff.
    pub(crate) fn specialized(&mut self, code: &Code, pc: usize, family: Op, decision: Decision) {
        let cell = code.cache(pc);
        match decision {
            Ok((op, mut cache)) => {
                cache.counter = Counter::COOLDOWN;
                cell.set(cache);
                let arg = code.instr(pc).arg;
                code.set_instr(pc, Instr { op, arg });
                if let Some(stats) = &mut self.stats {
                    stats.family(family).success += 1;
                }
            }
            Err(kind) => {
                if lasting_attribute_failure(family, kind) {
                    // The megamorphic form runs such sites in the hot loop, by
                    // the generic lookup (instances through the shared cache),
                    // without specializing again.
                    cell.set(Cache { counter: Counter::COOLDOWN, ..Cache::new() });
                    let arg = code.instr(pc).arg;
                    code.set_instr(pc, Instr { op: poly::mega_form(family), arg });
                } else {
                    let old = cell.get();
                    cell.set(Cache { counter: old.counter.restart(), ..old });
                }
                if let Some(stats) = &mut self.stats {
                    let fam = stats.family(family);
                    fam.failure += 1;
                    *fam.failure_kinds.entry(kind).or_insert(0) += 1;
                }
            }
        }
    }

    /// A specialized instruction's guard failed: count down, and once the
    /// counter runs out rewrite the instruction back to its generic form.
    pub(crate) fn missed(&mut self, code: &Code, pc: usize, op: Op) {
        let cell = code.cache(pc);
        let cache = cell.get();
        let deopt = cache.counter.triggers();
        if deopt {
            let arg = code.instr(pc).arg;
            code.set_instr(pc, Instr { op: op.family(), arg });
            cell.set(Cache { counter: cache.counter.restart(), ..Cache::new() });
        } else {
            cell.set(Cache { counter: cache.counter.advance(), ..cache });
        }
        if let Some(stats) = &mut self.stats {
            let fam = stats.family(op.family());
            fam.miss += 1;
            if deopt {
                fam.deopt += 1;
            }
        }
    }

    /// A generic instruction of a family ran without attempting to
    /// specialize (its counter had not triggered).
    pub(crate) fn deferred(&mut self, family: Op) {
        if let Some(stats) = &mut self.stats {
            stats.family(family).deferred += 1;
        }
    }
}
