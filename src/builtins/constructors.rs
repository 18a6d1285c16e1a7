//! Type constructors: calling `int`, `float`, `str`, `list`, `dict`, `range`,
//! `property`, `super`, ... (registered as `__new__` on each builtin class).
//! When the class being built is a user subclass, the constructor makes an
//! instance with native storage and leaves filling it to `__init__`.

use std::rc::Rc;

use num_bigint::BigInt;

use super::add_method;
use super::args::*;
use crate::runtime::numfmt;
use crate::runtime::objects::*;
use crate::runtime::str::repr_str;
use crate::runtime::types::types;
use crate::runtime::value::{B64, Value};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Registers the constructors.
pub fn register() {
    let t = types();
    let ctors: &[(&Rc<Class>, NativeFn)] = &[
        (&t.object, object_new),
        (&t.type_, type_new),
        (&t.int, int_new),
        (&t.bool_, bool_new),
        (&t.float, float_new),
        (&t.str_, str_new),
        (&t.list, list_new),
        (&t.tuple, tuple_new),
        (&t.dict, dict_new),
        (&t.set, set_new),
        (&t.frozenset, frozenset_new),
        (&t.range, range_new),
        (&t.slice, slice_new),
        (&t.property, property_new),
        (&t.staticmethod, staticmethod_new),
        (&t.classmethod, classmethod_new),
        (&t.super_, super_new),
        (&t.base_exception, exception_new),
        (&t.function, function_new),
    ];
    for (cls, f) in ctors {
        add_method(cls, "__new__", *f);
    }
}

/// The class a constructor was called for (args[0]) and whether it is exactly `builtin`.
fn target(args: &[Value], builtin: &Rc<Class>) -> (Rc<Class>, bool) {
    match args.first() {
        Some(Value::Class(c)) => (c.clone(), Rc::ptr_eq(c, builtin)),
        _ => (builtin.clone(), true),
    }
}

fn object_new(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, _) = target(args, &types().object);
    if cls.builtin && !Rc::ptr_eq(&cls, &types().object) {
        return Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", cls.name.as_str(), cls.name.as_str())));
    }
    vm.check_not_abstract(&cls)?;
    Ok(vm.new_instance(&cls))
}

/// `type(x)`, `type(name, bases, dict)` and `type.__new__(meta, ...)`.
fn type_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (meta, _) = target(args, &types().type_);
    if !meta.is_subclass(&types().type_) {
        return Err(type_error(format!("type.__new__({}): {} is not a subtype of type", meta.name.as_str(), meta.name.as_str())));
    }
    vm.type_new(&meta, &args[1..], kwargs)
}

/// Converts a value to an int as `int(x)` does.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(_) | Value::BigInt(_) => v.clone(),
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            crate::runtime::int::f64_to_int(f.get()).unwrap_or(Value::Int(0))
        }
        Value::Str(s) => parse_int_value(s.as_str(), 10)?,
        Value::Instance(_) => {
            // An int, float or str subclass without its own `__int__`: its value.
            if let Some(n) = crate::vm::ops::native_value(v) {
                if !matches!(vm.lookup_special(v, "__int__"), Some(Value::Function(_))) {
                    return to_int(vm, &n.clone());
                }
            }
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_special(v, m) {
                    let r = vm.call_value(&f, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
                        _ => Err(type_error(format!("{} returned non-int (type {})", m, vm.type_of(&r).name.as_str()))),
                    };
                }
            }
            return Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_of(v).name.as_str()
            )));
        }
        _ => match crate::vm::bytes::as_bytes(v) {
            Some(raw) => parse_int_bytes(&raw, 10)?,
            None => {
                return Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_of(v).name.as_str()
                )))
            }
        },
    })
}

/// `int(b'...', base)`: digits in bytes are ASCII, so the bytes are read as
/// latin-1 text; a bad literal is reported as the bytes it was.
fn parse_int_bytes(raw: &[u8], base: u32) -> PyResult<Value> {
    let text: String = raw.iter().map(|&c| c as char).collect();
    parse_int_value(&text, base).map_err(|e| {
        let invalid = matches!(e.args().first(), Some(Value::Str(m)) if m.as_str().starts_with("invalid literal"));
        if !invalid {
            return e;
        }
        value_error(format!("invalid literal for int() with base {}: {}", base, crate::vm::bytes::bytes_repr(raw)))
    })
}

fn parse_int_value(s: &str, base: u32) -> PyResult<Value> {
    if base == 10 {
        if let Some(i) = numfmt::parse_small_decimal(s) {
            return Ok(Value::Int(i));
        }
    }
    if !base.is_power_of_two() {
        let limit = crate::vm::INT_MAX_STR_DIGITS.with(|c| c.get());
        let digits = s.bytes().filter(|c| c.is_ascii_alphanumeric()).count();
        if limit > 0 && digits > limit && numfmt::parse_int(s, base).is_some() {
            return Err(value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                limit, digits
            )));
        }
    }
    match numfmt::parse_int(s, base) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(value_error(format!("invalid literal for int() with base {}: {}", base, repr_str(s)))),
    }
}

/// What `base.__new__(cls, ...)` returns for a subclass `cls` of a builtin
/// type whose instances hold a value fixed at creation (int, float, str,
/// bytes, frozenset; a set's items come later, from `set.__init__`).
pub fn subclass_instance(cls: &Rc<Class>, base: &Rc<Class>, value: Value) -> PyResult<Value> {
    if !cls.is_subclass(base) {
        let (c, b) = (cls.name.as_str(), base.name.as_str());
        return Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", b, c, c, b)));
    }
    Ok(Vm::instance_with(cls, NativeData::Value(value)))
}

fn int_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, exact) = target(args, &types().int);
    let v = int_value(vm, args, kwargs)?;
    if exact {
        return Ok(v);
    }
    subclass_instance(&cls, &types().int, v)
}

/// `int(...)`'s value.
fn int_value(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("int", kwargs, &["base"])?;
    let rest = &args[1..];
    if rest.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", rest.len())));
    }
    let base = rest.get(1).cloned().or_else(|| kwarg(kwargs, "base").cloned());
    match (rest.first(), base) {
        (None, None) => Ok(Value::Int(0)),
        (None, Some(_)) => Err(type_error("int() missing string argument")),
        (Some(v), None) => to_int(vm, v),
        (Some(v), Some(b)) => {
            let b = arg_int(vm, &b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match crate::vm::ops::native_value(v).unwrap_or(v) {
                Value::Str(s) => parse_int_value(s.as_str(), b as u32),
                other => match crate::vm::bytes::as_bytes(other) {
                    Some(raw) => parse_int_bytes(&raw, b as u32),
                    None => Err(type_error("int() can't convert non-string with explicit base")),
                },
            }
        }
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("bool", kwargs)?;
    check_count("bool", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::Bool(B64::FALSE)),
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
    }
}

/// Converts a value to a float as `float(x)` does.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Str(s) => numfmt::parse_float(s.as_str()).ok_or_else(|| value_error(format!("could not convert string to float: {}", repr_str(s.as_str())))),
        Value::Instance(_) => {
            // A float, int or str subclass without its own `__float__`: its value.
            if let Some(n) = crate::vm::ops::native_value(v) {
                if !matches!(vm.lookup_special(v, "__float__"), Some(Value::Function(_))) {
                    return to_float(vm, &n.clone());
                }
            }
            if let Some(f) = vm.lookup_special(v, "__float__") {
                let r = vm.call_value(&f, std::slice::from_ref(v), &[])?;
                return match r {
                    Value::Float(x) => Ok(x.get()),
                    _ => Err(type_error(format!("{}.__float__ returned non-float (type {})", vm.type_of(v).name.as_str(), vm.type_of(&r).name.as_str()))),
                };
            }
            if let Some(f) = vm.lookup_special(v, "__index__") {
                let r = vm.call_value(&f, std::slice::from_ref(v), &[])?;
                return arg_f64(vm, &r);
            }
            Err(type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_of(v).name.as_str())))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => arg_f64(vm, v),
        _ => match crate::vm::bytes::as_bytes(v) {
            // float(b'1.5'): the bytes as ASCII text, reported as bytes.
            Some(raw) => {
                let parsed = std::str::from_utf8(&raw).ok().and_then(numfmt::parse_float);
                parsed.ok_or_else(|| value_error(format!("could not convert string to float: {}", crate::vm::bytes::bytes_repr(&raw))))
            }
            None => Err(type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_of(v).name.as_str()))),
        },
    }
}

fn float_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("float", kwargs)?;
    let (cls, exact) = target(args, &types().float);
    check_count("float", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => Value::float(0.0),
        Some(v) => Value::float(to_float(vm, v)?),
    };
    if exact {
        return Ok(v);
    }
    subclass_instance(&cls, &types().float, v)
}

fn str_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, exact) = target(args, &types().str_);
    let v = str_value(vm, args, kwargs)?;
    if exact {
        return Ok(v);
    }
    // A subclass instance holds an exact str.
    let v = match crate::vm::ops::native_of(&v) {
        Some(inner @ Value::Str(_)) => inner,
        _ => v,
    };
    subclass_instance(&cls, &types().str_, v)
}

/// `str(...)`'s value.
fn str_value(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("str", kwargs, &["object", "encoding", "errors"])?;
    let rest = &args[1..];
    if rest.len() > 1 || kwarg(kwargs, "encoding").is_some() || kwarg(kwargs, "errors").is_some() {
        let obj = rest.first().or_else(|| kwarg(kwargs, "object"));
        let enc = rest.get(1).or_else(|| kwarg(kwargs, "encoding"));
        let errs = rest.get(2).or_else(|| kwarg(kwargs, "errors"));
        let Some(data) = obj.and_then(crate::vm::bytes::as_bytes) else {
            let t = obj.map(|v| vm.type_of(v).name.as_str().to_owned()).unwrap_or_else(|| "str".into());
            return Err(type_error(format!("decoding to str: need a bytes-like object, {} found", t)));
        };
        let enc = match enc {
            Some(v) => arg_str(vm, "str", v)?.to_owned(),
            None => "utf-8".into(),
        };
        let errs = match errs {
            Some(v) => arg_str(vm, "str", v)?.to_owned(),
            None => "strict".into(),
        };
        return Ok(Value::string(crate::vm::bytes::decode_bytes(&data, &enc, &errs)?));
    }
    match rest.first().or_else(|| kwarg(kwargs, "object")) {
        None => Ok(Value::str("")),
        Some(v @ Value::Str(_)) => Ok(v.clone()),
        Some(Value::Int(i)) => Ok(Value::ascii_string(crate::runtime::numfmt::int_decimal(*i))),
        Some(v) => Ok(Value::string(vm.str_of(v)?)),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, exact) = target(args, &types().list);
    if !exact {
        return Ok(vm.new_instance(&cls));
    }
    no_kwargs("list", kwargs)?;
    check_count("list", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::list(Vec::new())),
        // A copy keeps the source's storage strategy; a range gives ints.
        Some(Value::List(l)) => Ok(Value::List(crate::runtime::gc::new(l.copy()))),
        Some(v @ Value::Range(_)) => Ok(Value::List(crate::runtime::gc::new(PyList::new_compacting(vm.collect(v)?)))),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

fn tuple_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, exact) = target(args, &types().tuple);
    if !exact {
        if !cls.is_subclass(&types().tuple) {
            return Err(type_error(format!("tuple.__new__({}): {} is not a subtype of tuple", cls.name.as_str(), cls.name.as_str())));
        }
        no_kwargs("tuple", kwargs)?;
        check_count("tuple", &args[1..], 0, 1)?;
        let items = match args.get(1) {
            None => Value::tuple(Vec::new()),
            Some(v @ Value::Tuple(_)) => v.clone(),
            Some(v) => Value::tuple(vm.collect(v)?),
        };
        return Ok(Vm::instance_with(&cls, NativeData::Value(items)));
    }
    no_kwargs("tuple", kwargs)?;
    check_count("tuple", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::tuple(Vec::new())),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, exact) = target(args, &types().dict);
    if !exact {
        return Ok(vm.new_instance(&cls));
    }
    if args.len() > 2 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    let d = crate::runtime::gc::new(PyDict::new());
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&d, src, false)?;
    }
    for (k, v) in kwargs {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn set_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, exact) = target(args, &types().set);
    if !exact {
        // The items come from `set.__init__`, as in CPython.
        return subclass_instance(&cls, &types().set, Value::Set(crate::runtime::gc::new(PySet::new(false))));
    }
    no_kwargs("set", kwargs)?;
    check_count("set", &args[1..], 0, 1)?;
    match args.get(1) {
        None => Ok(Value::Set(crate::runtime::gc::new(PySet::new(false)))),
        Some(Value::Set(s)) => Ok(Value::Set(vm.set_copy(s, false))),
        Some(v) => {
            let items = vm.collect(v)?;
            Ok(Value::Set(vm.new_set_from(items, false)?))
        }
    }
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, exact) = target(args, &types().frozenset);
    no_kwargs("frozenset", kwargs)?;
    check_count("frozenset", &args[1..], 0, 1)?;
    let v = match args.get(1) {
        None => Value::Set(crate::runtime::gc::new(PySet::new(true))),
        Some(Value::Set(s)) if s.frozen && exact => Value::Set(s.clone()),
        Some(Value::Set(s)) => Value::Set(vm.set_copy(s, true)),
        Some(v) => {
            let items = vm.collect(v)?;
            Value::Set(vm.new_set_from(items, true)?)
        }
    };
    if exact {
        return Ok(v);
    }
    subclass_instance(&cls, &types().frozenset, v)
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(overflow_error("range() arguments beyond 64 bits are not supported by quicken")),
        _ => {
            if let (Value::Instance(_), Some(m)) = (v, vm.lookup_special(v, "__index__")) {
                let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
                return range_arg(vm, &r);
            }
            Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_of(v).name.as_str())))
        }
    }
}

fn range_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("range", kwargs)?;
    let rest = &args[1..];
    let (start, stop, step) = match rest.len() {
        1 => (0, range_arg(vm, &rest[0])?, 1),
        2 => (range_arg(vm, &rest[0])?, range_arg(vm, &rest[1])?, 1),
        3 => (range_arg(vm, &rest[0])?, range_arg(vm, &rest[1])?, range_arg(vm, &rest[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

fn slice_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("slice", kwargs)?;
    let rest = &args[1..];
    let (start, stop, step) = match rest.len() {
        1 => (Value::None, rest[0].clone(), Value::None),
        2 => (rest[0].clone(), rest[1].clone(), Value::None),
        3 => (rest[0].clone(), rest[1].clone(), rest[2].clone()),
        0 => return Err(type_error("slice expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("slice expected at most 3 arguments, got {}", n))),
    };
    Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
}

fn property_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("property", kwargs, &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, name: &str| args.get(i + 1).cloned().or_else(|| kwarg(kwargs, name).cloned()).unwrap_or(Value::None);
    Ok(Value::Other(Rc::new(Other::Property { fget: get(0, "fget"), fset: get(1, "fset"), fdel: get(2, "fdel"), doc: get(3, "doc") })))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`:
/// a function running `code` against `globals` (what `def` builds, with
/// other globals).
fn function_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const PARAMS: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];
    only_kwargs("function", kwargs, &PARAMS)?;
    check_count("function", &args[1..], 0, 5)?;
    let given = |i: usize| args.get(i + 1).cloned().or_else(|| kwarg(kwargs, PARAMS[i]).cloned());
    for (i, name) in PARAMS.iter().enumerate().take(2) {
        if given(i).is_none() {
            return Err(type_error(format!("function() missing required argument '{}' (pos {})", name, i + 1)));
        }
    }
    let get = |i: usize| given(i).unwrap_or(Value::None);
    let type_name = |vm: &Vm, v: &Value| vm.type_of(v).name.as_str().to_owned();
    let Value::Code(code) = get(0) else {
        return Err(type_error(format!("function() argument 'code' must be code, not {}", type_name(vm, &get(0)))));
    };
    let Value::Dict(globals) = get(1) else {
        return Err(type_error(format!("function() argument 'globals' must be dict, not {}", type_name(vm, &get(1)))));
    };
    let name = match get(2) {
        Value::None => code.name.clone(),
        Value::Str(s) => crate::runtime::str::intern(s.as_str()),
        _ => return Err(type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match get(3) {
        Value::None => Vec::new(),
        Value::Tuple(t) => t.items.clone(),
        _ => return Err(type_error("arg 4 (defaults) must be None or tuple")),
    };
    let closure = match get(4) {
        Value::Tuple(t) => t.items.clone(),
        Value::None if code.freevars.is_empty() => Vec::new(),
        _ => return Err(type_error("arg 5 (closure) must be tuple")),
    };
    if closure.len() != code.freevars.len() {
        return Err(value_error(format!("{} requires closure of length {}, not {}", code.name.as_str(), code.freevars.len(), closure.len())));
    }
    if let Some(bad) = closure.iter().find(|c| !matches!(c, Value::Cell(_))) {
        return Err(type_error(format!("arg 5 (closure) expected cell, found {}", type_name(vm, bad))));
    }
    Ok(Value::Function(crate::runtime::gc::new(crate::runtime::objects::Function::new(code, globals, name, defaults, closure))))
}

fn staticmethod_new(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("staticmethod", &args[1..], 1, 1)?;
    Ok(Value::Other(Rc::new(Other::StaticMethod(args[1].clone()))))
}

fn classmethod_new(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("classmethod", &args[1..], 1, 1)?;
    Ok(Value::Other(Rc::new(Other::ClassMethod(args[1].clone()))))
}

fn super_new(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let rest = &args[1..];
    match rest.len() {
        0 => Err(runtime_error("super(): no arguments")),
        2 => {
            let Value::Class(cls) = &rest[0] else {
                return Err(type_error(format!("super() argument 1 must be a type, not {}", vm.type_of(&rest[0]).name.as_str())));
            };
            let ok = match &rest[1] {
                Value::Class(c) => c.is_subclass(cls) || vm.isinstance(&rest[1], cls),
                v => vm.isinstance(v, cls),
            };
            if !ok {
                return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            Ok(Value::Other(Rc::new(Other::Super { class: cls.clone(), obj: rest[1].clone() })))
        }
        _ => Err(not_implemented_error("super() with one argument is not supported by quicken")),
    }
}

fn exception_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (cls, _) = target(args, &types().base_exception);
    super::exceptions::new(vm, &cls, &args[1..], kwargs)
}

#[allow(dead_code)]
fn big(i: i64) -> BigInt {
    BigInt::from(i)
}
