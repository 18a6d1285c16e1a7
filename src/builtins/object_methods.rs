//! Methods of `object`, `BaseException`, `property`, `int`, `float` and
//! generators.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::add_method;
use super::args::*;
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::{B64, Value};
use crate::vm::errors::*;
use crate::vm::{GenResume, PyResult, Vm};

/// Registers the methods.
pub fn register() {
    let t = types();
    add_method(&t.object, "__init__", object_init);
    add_method(&t.object, "__eq__", object_eq);
    add_method(&t.object, "__ne__", object_ne);
    add_method(&t.object, "__hash__", object_hash);
    add_method(&t.object, "__repr__", object_repr);
    add_method(&t.object, "__str__", object_str);
    add_method(&t.object, "__setattr__", object_setattr);
    add_method(&t.object, "__getattribute__", object_getattribute);
    add_method(&t.object, "__delattr__", object_delattr);
    add_method(&t.object, "__format__", object_format);
    let init_subclass = Value::Builtin(Rc::new(Builtin { name: "__init_subclass__", func: object_init_subclass, owner: Some("object") }));
    t.object.dict.set_str(&intern("__init_subclass__"), Value::Other(Rc::new(Other::ClassMethod(init_subclass))));
    add_method(&t.base_exception, "__init__", exception_init);
    add_method(&t.base_exception, "__str__", exception_str);
    add_method(&t.base_exception, "__repr__", exception_repr);
    add_method(&t.base_exception, "with_traceback", exception_with_traceback);
    add_method(&t.function, "__get__", function_get);
    add_method(&t.property, "__get__", property_get);
    add_method(&t.property, "__set__", property_set);
    add_method(&t.property, "__delete__", property_delete);
    add_method(&t.classmethod, "__get__", classmethod_get);
    add_method(&t.staticmethod, "__get__", staticmethod_get);
    add_method(&t.property, "setter", property_setter);
    add_method(&t.property, "getter", property_getter);
    add_method(&t.property, "deleter", property_deleter);
    for cls in [&t.int, &t.float, &t.str_, &t.bytes, &t.tuple] {
        add_method(cls, "__getnewargs__", getnewargs);
    }
    add_method(&t.int, "bit_length", int_bit_length);
    add_method(&t.int, "bit_count", int_bit_count);
    add_method(&t.int, "conjugate", int_conjugate);
    add_method(&t.int, "__index__", int_conjugate);
    add_method(&t.int, "__int__", int_conjugate);
    add_method(&t.int, "__float__", number_float);
    add_method(&t.float, "__float__", number_float);
    add_method(&t.float, "is_integer", float_is_integer);
    add_method(&t.float, "as_integer_ratio", float_as_integer_ratio);
    add_method(&t.float, "conjugate", float_conjugate);
    add_method(&t.float, "hex", float_hex);
    let fromhex = Value::Builtin(Rc::new(Builtin { name: "fromhex", func: float_fromhex, owner: Some("float") }));
    t.float.dict.set_str(&intern("fromhex"), Value::Other(Rc::new(Other::ClassMethod(fromhex))));
    add_method(&t.generator, "send", gen_send);
    add_method(&t.generator, "throw", gen_throw);
    add_method(&t.generator, "close", gen_close);
    add_method(&t.generator, "__next__", gen_next);
    for cls in [
        &t.iterator, &t.list_iterator, &t.tuple_iterator, &t.range_iterator, &t.str_iterator, &t.dict_keyiterator,
        &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator, &t.enumerate, &t.zip, &t.map, &t.filter,
        &t.reverse_iterator, &t.callable_iterator,
    ] {
        add_method(cls, "__next__", iter_next);
        add_method(cls, "__iter__", iter_self);
    }
    add_method(&t.generator, "__iter__", iter_self);
    add_method(&t.type_, "mro", type_mro);
    {
        use crate::vm::classes::*;
        add_method(&t.type_, "__init__", type_init);
        add_method(&t.type_, "__call__", type_call);
        add_method(&t.type_, "__instancecheck__", type_instancecheck);
        add_method(&t.type_, "__subclasscheck__", type_subclasscheck);
        add_method(&t.type_, "__subclasses__", type_subclasses);
        add_method(&t.type_, "__repr__", type_repr);
        add_method(&t.type_, "__setattr__", type_setattr);
        add_method(&t.type_, "__delattr__", type_delattr);
        let prepare = Value::Builtin(Rc::new(Builtin { name: "__prepare__", func: type_prepare, owner: Some("type") }));
        t.type_.dict.set_str(&intern("__prepare__"), Value::Other(Rc::new(Other::ClassMethod(prepare))));
    }
    add_method(&t.range, "index", range_index);
    add_method(&t.range, "count", range_count);
}

/// Position of `x` in range `r`, if it is there (ints by arithmetic, other
/// values by equality with each item, as CPython does).
fn range_find(vm: &mut Vm, r: &Range, x: &Value) -> PyResult<Option<i64>> {
    let n = match x {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(b.get() as i64),
        Value::BigInt(_) => return Ok(None),
        _ => None,
    };
    if let Some(n) = n {
        let (start, step) = (r.start as i128, r.step as i128);
        let off = n as i128 - start;
        if off % step != 0 {
            return Ok(None);
        }
        let i = off / step;
        return Ok(if i >= 0 && i < r.len() as i128 { Some(i as i64) } else { None });
    }
    for i in 0..r.len() {
        let item = Value::Int(r.start + i * r.step);
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn recv_range(args: &[Value], name: &str) -> PyResult<Rc<Range>> {
    match args.first() {
        Some(Value::Range(r)) if args.len() == 2 => Ok(r.clone()),
        Some(Value::Range(_)) => Err(type_error(format!("range.{}() takes exactly one argument ({} given)", name, args.len() - 1))),
        _ => Err(type_error(format!("descriptor '{}' requires a 'range' object", name))),
    }
}

fn range_index(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("index", kwargs)?;
    let r = recv_range(args, "index")?;
    match range_find(vm, &r, &args[1])? {
        Some(i) => Ok(Value::Int(i)),
        None => match &args[1] {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let s = vm.repr(&args[1])?;
                Err(value_error(format!("{} is not in range", s)))
            }
            _ => Err(value_error("sequence.index(x): x not in sequence".to_string())),
        },
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("count", kwargs)?;
    let r = recv_range(args, "count")?;
    Ok(Value::Int(range_find(vm, &r, &args[1])?.is_some() as i64))
}

fn object_init(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
    }
    Ok(Value::None)
}

/// `object.__init_subclass__`: the default hook does nothing and takes no
/// keyword arguments.
fn object_init_subclass(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() || args.len() > 1 {
        let cls = match args.first() {
            Some(Value::Class(c)) => c.qualname.as_str().to_owned(),
            _ => "object".to_owned(),
        };
        return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", cls)));
    }
    Ok(Value::None)
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) { Value::Bool(B64::TRUE) } else { crate::runtime::objects::not_implemented() })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__ne__", args, 2, 2)?;
    let r = vm.eq_value(&args[0], &args[1])?;
    Ok(Value::bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__hash__", args, 1, 1)?;
    let p = args[0].heap_ptr().unwrap_or(0);
    Ok(Value::Int((p >> 4 | p << 60) as i64))
}

/// The default `<module.Class object at 0x...>` repr.
pub fn default_repr(v: &Value) -> String {
    match v {
        Value::Instance(i) => {
            let module = match i.class.dict.get_str(&static_name("__module__")) {
                Some(Value::Str(m)) => m.as_str().to_owned(),
                _ => "__main__".into(),
            };
            format!("<{}.{} object at {:#x}>", module, i.class.qualname.as_str(), Rc::as_ptr(i) as usize)
        }
        _ => format!("<object at {:#x}>", v.heap_ptr().unwrap_or(0)),
    }
}

fn object_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__repr__", args, 1, 1)?;
    if let Value::Instance(i) = &args[0] {
        if let Some(native) = crate::vm::ops::native_of(&args[0]) {
            return Ok(Value::string(vm.repr(&native)?));
        }
        if i.exc().is_some() {
            return exception_repr(vm, args, _kwargs);
        }
        return Ok(Value::string(default_repr(&args[0])));
    }
    Ok(Value::string(vm.repr(&args[0])?))
}

fn object_str(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__str__", args, 1, 1)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

fn object_setattr(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__setattr__", args, 3, 3)?;
    match (&args[0], &args[1]) {
        (Value::Instance(i), Value::Str(name)) => {
            i.set_attr(&intern(name.as_str()), args[2].clone());
            Ok(Value::None)
        }
        _ => Err(type_error("object.__setattr__ requires an instance and a str")),
    }
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__getattribute__", args, 2, 2)?;
    match &args[1] {
        Value::Str(name) => vm.get_attr(&args[0], &intern(name.as_str())),
        _ => Err(type_error("attribute name must be string")),
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__delattr__", args, 2, 2)?;
    match &args[1] {
        Value::Str(name) => {
            vm.del_attr_generic(&args[0], &intern(name.as_str()))?;
            Ok(Value::None)
        }
        _ => Err(type_error("attribute name must be string")),
    }
}

fn object_format(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__format__", args, 2, 2)?;
    let spec = match &args[1] {
        Value::Str(s) => s.as_str().to_owned(),
        _ => return Err(type_error("format spec must be str")),
    };
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", vm.type_of(&args[0]).name.as_str())));
    }
    Ok(Value::string(vm.str_of(&args[0])?))
}

fn exc_of(v: &Value) -> PyResult<&Rc<Instance>> {
    match v {
        Value::Instance(i) if i.exc().is_some() => Ok(i),
        _ => Err(type_error("descriptor requires a 'BaseException' object")),
    }
}

fn exception_init(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let i = exc_of(&args[0])?;
    super::exceptions::init(i, &args[1..], kwargs)?;
    Ok(Value::None)
}

fn exception_str(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let i = exc_of(&args[0])?.clone();
    Ok(Value::string(vm.exception_str(&i)?))
}

fn exception_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let i = exc_of(&args[0])?.clone();
    let a = i.exc().map(|e| e.borrow().args.clone()).unwrap_or_default();
    let inner = match a.len() {
        0 => String::new(),
        1 => vm.repr(&a[0])?,
        _ => {
            let t = vm.repr(&Value::tuple(a))?;
            t[1..t.len() - 1].to_owned()
        }
    };
    Ok(Value::string(format!("{}({})", i.class.name.as_str(), inner)))
}

fn exception_with_traceback(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("with_traceback", &args[1..], 1, 1)?;
    if let Value::Instance(inst) = &args[0] {
        super::introspect::set_traceback(inst, &args[1])?;
    }
    Ok(args[0].clone())
}

fn property_parts(v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    match v {
        Value::Other(o) => match &**o {
            Other::Property { fget, fset, fdel, doc } => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
            _ => Err(type_error("descriptor requires a 'property' object")),
        },
        _ => Err(type_error("descriptor requires a 'property' object")),
    }
}

/// The `(obj, type)` arguments of a `__get__` call after the descriptor.
fn get_args<'a>(args: &'a [Value], what: &str) -> PyResult<(&'a Value, Option<&'a Value>)> {
    match args {
        [_, obj] => Ok((obj, None)),
        [_, obj, ty] => Ok((obj, Some(ty))),
        _ => Err(type_error(format!("{}.__get__ expected 1 or 2 arguments, got {}", what, args.len().saturating_sub(1)))),
    }
}

/// `function.__get__(obj, type=None)`: the function itself for no instance, else a bound method.
fn function_get(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (obj, _) = get_args(args, "function")?;
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::BoundMethod(BoundMethod::new_rc(args[0].clone(), obj.clone())))
}

/// `property.__get__(obj, type=None)`: the property itself for no instance, else the getter's value.
fn property_get(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (obj, _) = get_args(args, "property")?;
    let (fget, ..) = property_parts(&args[0])?;
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    if fget.is_none() {
        return Err(attribute_error("unreadable attribute"));
    }
    vm.call_value(&fget, std::slice::from_ref(obj), &[])
}

/// `property.__set__(obj, value)`.
fn property_set(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__set__", args, 3, 3)?;
    let (_, fset, ..) = property_parts(&args[0])?;
    if fset.is_none() {
        return Err(attribute_error("can't set attribute"));
    }
    vm.call_value(&fset, &args[1..], &[])?;
    Ok(Value::None)
}

/// `property.__delete__(obj)`.
fn property_delete(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__delete__", args, 2, 2)?;
    let (_, _, fdel, _) = property_parts(&args[0])?;
    if fdel.is_none() {
        return Err(attribute_error("can't delete attribute"));
    }
    vm.call_value(&fdel, &args[1..], &[])?;
    Ok(Value::None)
}

/// `classmethod.__get__(obj, type=None)`: the function bound to the class.
fn classmethod_get(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (obj, ty) = get_args(args, "classmethod")?;
    let Value::Other(o) = &args[0] else { return Err(type_error("descriptor '__get__' requires a 'classmethod' object")) };
    let Other::ClassMethod(f) = &**o else { return Err(type_error("descriptor '__get__' requires a 'classmethod' object")) };
    let receiver = match ty {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Class(vm.type_of(obj)),
    };
    Ok(Value::BoundMethod(BoundMethod::new_rc(f.clone(), receiver)))
}

/// `staticmethod.__get__(obj, type=None)`: the function.
fn staticmethod_get(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    get_args(args, "staticmethod")?;
    match &args[0] {
        Value::Other(o) => match &**o {
            Other::StaticMethod(f) => Ok(f.clone()),
            _ => Err(type_error("descriptor '__get__' requires a 'staticmethod' object")),
        },
        _ => Err(type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

/// The copy made by `getter`/`setter`/`deleter` keeps the property's name, as in CPython.
fn property_copy(vm: &mut Vm, old: &Value, new: Other) -> Value {
    let new = Rc::new(new);
    if let Value::Other(o) = old {
        if let Some(n) = vm.property_name(o) {
            vm.set_property_name(&new, n);
        }
    }
    Value::Other(new)
}

fn property_setter(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("setter", args, 2, 2)?;
    let (g, _, d, doc) = property_parts(&args[0])?;
    Ok(property_copy(vm, &args[0], Other::Property { fget: g, fset: args[1].clone(), fdel: d, doc }))
}

fn property_getter(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("getter", args, 2, 2)?;
    let (_, s, d, doc) = property_parts(&args[0])?;
    Ok(property_copy(vm, &args[0], Other::Property { fget: args[1].clone(), fset: s, fdel: d, doc }))
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("deleter", args, 2, 2)?;
    let (g, s, _, doc) = property_parts(&args[0])?;
    Ok(property_copy(vm, &args[0], Other::Property { fget: g, fset: s, fdel: args[1].clone(), doc }))
}

/// `int.__getnewargs__` and its kin: `(value,)`, the arguments `__new__` takes
/// to make the value again (what `copy` uses for subclass instances).
fn getnewargs(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__getnewargs__", args, 1, 1)?;
    let v = match crate::vm::ops::native_value(&args[0]).unwrap_or(&args[0]) {
        Value::Bool(b) => Value::Int(b.get() as i64),
        v => v.clone(),
    };
    Ok(Value::tuple(vec![v]))
}

fn int_of(v: &Value) -> PyResult<BigInt> {
    let v = crate::vm::ops::native_value(v).unwrap_or(v);
    crate::runtime::int::to_bigint(v).ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

fn int_bit_length(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("bit_length", args, 1, 1)?;
    if let Value::Int(i) = &args[0] {
        return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    Ok(Value::Int(int_of(&args[0])?.bits() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("bit_count", args, 1, 1)?;
    let b = int_of(&args[0])?.abs();
    Ok(Value::Int(b.to_u64_digits().1.iter().map(|d| d.count_ones() as i64).sum()))
}

/// `int.conjugate`, `__int__`, `__index__`: the exact int.
fn int_conjugate(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("conjugate", args, 1, 1)?;
    Ok(match crate::vm::ops::native_value(&args[0]).unwrap_or(&args[0]) {
        Value::Bool(b) => Value::Int(b.get() as i64),
        v @ (Value::Int(_) | Value::BigInt(_)) => v.clone(),
        v => return Err(type_error(format!("descriptor 'conjugate' requires a 'int' object but received a '{}'", _vm.type_of(v).name.as_str()))),
    })
}

fn number_float(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__float__", args, 1, 1)?;
    Ok(Value::float(arg_f64(vm, &args[0])?))
}

fn float_of(v: &Value) -> PyResult<f64> {
    match crate::vm::ops::native_value(v).unwrap_or(v) {
        Value::Float(f) => Ok(f.get()),
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("is_integer", args, 1, 1)?;
    let f = float_of(&args[0])?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("conjugate", args, 1, 1)?;
    Ok(Value::float(float_of(&args[0])?))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("as_integer_ratio", args, 1, 1)?;
    let f = float_of(&args[0])?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = crate::runtime::int::frexp(f);
    let mut mant = m;
    let mut exp = e;
    for _ in 0..300 {
        if mant.fract() == 0.0 {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let mut num = crate::runtime::int::bigint_from_f64(mant);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

fn float_hex(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("hex", args, 1, 1)?;
    let f = float_of(&args[0])?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{}0x0.0p+0", sign)));
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let digits = format!("{:013x}", mant);
    Ok(Value::string(format!("{}0x{}.{}p{}{}", sign, lead, digits, if e >= 0 { "+" } else { "" }, e)))
}

/// `float.fromhex(s)`, a classmethod.
fn float_fromhex(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("fromhex", args, 2, 2)?;
    let s = match &args[1] {
        Value::Str(s) => s.as_str().trim().to_ascii_lowercase(),
        _ => return Err(type_error("fromhex() argument must be str")),
    };
    let bad = || value_error("invalid hexadecimal floating-point string");
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    match body {
        "inf" | "infinity" => return Ok(Value::float(sign * f64::INFINITY)),
        "nan" => return Ok(Value::float(f64::NAN)),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().map_err(|_| bad())?),
        None => (body, 0),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return Err(bad());
    }
    let mut m = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(bad)?;
        m = m * 16 + d;
    }
    let e = exp - 4 * fp.len() as i64;
    let too_big = || overflow_error("hexadecimal value too large to represent as a float");
    let r = if m.is_zero() {
        0.0
    } else if e >= 0 {
        if e > 2000 {
            return Err(too_big());
        }
        crate::runtime::int::bigint_to_f64(&(m << e as usize)).ok_or_else(too_big)?
    } else {
        // Keep 64 significant bits, then scale by a power of two.
        let extra = m.bits() as i64 - 64;
        let (m, e) = if extra > 0 { (m >> extra as usize, e + extra) } else { (m, e) };
        let f = num_traits::ToPrimitive::to_f64(&m).unwrap_or(0.0);
        if e < -1074 - 64 { 0.0 } else { f * 2f64.powi(e.max(-1022) as i32) * 2f64.powi((e - e.max(-1022)) as i32) }
    };
    Ok(Value::float(sign * r))
}

fn gen_of(v: &Value) -> PyResult<Rc<Generator>> {
    match v {
        Value::Generator(g) => Ok(g.clone()),
        _ => Err(type_error("descriptor requires a 'generator' object")),
    }
}

fn finish(r: GenResume) -> PyResult<Value> {
    match r {
        GenResume::Yield(v) => Ok(v),
        GenResume::Return(v) => Err(if v.is_none() { PyErr::with_args(&types().stop_iteration, vec![]) } else { PyErr::with_args(&types().stop_iteration, vec![v]) }),
    }
}

/// `generator.send(value)` (coroutines share it).
pub(crate) fn gen_send(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("send", args, 2, 2)?;
    let g = gen_of(&args[0])?;
    let r = vm.gen_resume(&g, args[1].clone())?;
    finish(r)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__next__", args, 1, 1)?;
    let g = gen_of(&args[0])?;
    let r = vm.gen_resume(&g, Value::None)?;
    finish(r)
}

/// `generator.throw(typ[, val[, tb]])` (coroutines share it).
pub(crate) fn gen_throw(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("throw", args, 2, 4)?;
    let g = gen_of(&args[0])?;
    let err = crate::vm::coro::thrown(vm, &args[1..])?;
    let r = vm.gen_resume_with(&g, Err(err))?;
    finish(r)
}

/// `generator.close()` (coroutines share it).
pub(crate) fn gen_close(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("close", args, 1, 1)?;
    let g = gen_of(&args[0])?;
    vm.close_generator(&g)?;
    Ok(Value::None)
}

fn iter_next(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__next__", args, 1, 1)?;
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(&types().stop_iteration, vec![])),
    }
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let mut m = vec![Value::Class(c.clone())];
            m.extend(c.mro.iter().map(|x| Value::Class(x.clone())));
            Ok(Value::list(m))
        }
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    }
}

#[allow(dead_code)]
fn is_negative(b: &BigInt) -> bool {
    b.is_negative()
}
