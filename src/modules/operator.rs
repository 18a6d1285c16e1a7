//! The `operator` module: the operators as functions, plus the callable
//! objects `itemgetter`, `attrgetter` and `methodcaller`.

use super::native::{native_class, new_native_instance, payload};
use crate::builtins::{add_method, builtin_fn, check_count, no_kwargs, set};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

macro_rules! binops {
    ($($name:ident, $iname:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
                two(stringify!($name), args, kwargs)?;
                vm.binary_op($op, &args[0], &args[1])
            }
            fn $iname(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
                two(stringify!($iname), args, kwargs)?;
                vm.inplace_op($op, args[0].clone(), args[1].clone())
            }
        )*
    };
}

macro_rules! cmpops {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
                two(stringify!($name), args, kwargs)?;
                vm.compare($op, &args[0], &args[1])
            }
        )*
    };
}

fn two(name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    if args.len() != 2 {
        return Err(type_error(format!("{} expected 2 arguments, got {}", name, args.len())));
    }
    Ok(())
}

fn one(name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 1, 1)
}

binops! {
    add, iadd => BinOp::Add;
    sub, isub => BinOp::Sub;
    mul, imul => BinOp::Mul;
    truediv, itruediv => BinOp::TrueDiv;
    floordiv, ifloordiv => BinOp::FloorDiv;
    mod_, imod => BinOp::Mod;
    pow, ipow => BinOp::Pow;
    lshift, ilshift => BinOp::LShift;
    rshift, irshift => BinOp::RShift;
    and_, iand => BinOp::And;
    or_, ior => BinOp::Or;
    xor, ixor => BinOp::Xor;
    matmul, imatmul => BinOp::MatMul;
}

cmpops! {
    lt => CmpOp::Lt;
    le => CmpOp::Le;
    eq => CmpOp::Eq;
    ne => CmpOp::Ne;
    gt => CmpOp::Gt;
    ge => CmpOp::Ge;
}

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("add", add),
        ("sub", sub),
        ("mul", mul),
        ("truediv", truediv),
        ("floordiv", floordiv),
        ("mod", mod_),
        ("pow", pow),
        ("lshift", lshift),
        ("rshift", rshift),
        ("and_", and_),
        ("or_", or_),
        ("xor", xor),
        ("matmul", matmul),
        ("iadd", iadd),
        ("isub", isub),
        ("imul", imul),
        ("itruediv", itruediv),
        ("ifloordiv", ifloordiv),
        ("imod", imod),
        ("ipow", ipow),
        ("ilshift", ilshift),
        ("irshift", irshift),
        ("iand", iand),
        ("ior", ior),
        ("ixor", ixor),
        ("imatmul", imatmul),
        ("lt", lt),
        ("le", le),
        ("eq", eq),
        ("ne", ne),
        ("gt", gt),
        ("ge", ge),
        ("neg", neg),
        ("pos", pos),
        ("abs", abs),
        ("inv", invert),
        ("invert", invert),
        ("not_", not_),
        ("truth", truth),
        ("is_", is_),
        ("is_not", is_not),
        ("index", index),
        ("concat", concat),
        ("iconcat", iconcat),
        ("contains", contains),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("length_hint", length_hint),
    ];
    for (n, f) in fns {
        set(d, n, builtin_fn(n, *f));
        let trimmed = n.trim_end_matches('_');
        if !matches!(*n, "truth" | "is_" | "is_not" | "countOf" | "indexOf" | "length_hint" | "inv") {
            let dunder: &'static str = Box::leak(format!("__{}__", trimmed).into_boxed_str());
            set(d, dunder, builtin_fn(dunder, *f));
        }
    }
    set(d, "__inv__", builtin_fn("__inv__", invert));
    for (name, key, newf, callf) in [
        ("itemgetter", "operator.itemgetter", itemgetter_new as NativeFn, itemgetter_call as NativeFn),
        ("attrgetter", "operator.attrgetter", attrgetter_new, attrgetter_call),
        ("methodcaller", "operator.methodcaller", methodcaller_new, methodcaller_call),
    ] {
        let cls = native_class(key);
        if cls.dict.get_str(&intern("__new__")).is_none() {
            add_method(cls, "__new__", newf);
            add_method(cls, "__call__", callf);
        }
        set(d, name, Value::Class(cls.clone()));
    }
}

fn neg(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one("neg", args, kwargs)?;
    vm.neg(&args[0])
}
fn pos(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one("pos", args, kwargs)?;
    vm.pos(&args[0])
}
fn invert(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one("invert", args, kwargs)?;
    vm.invert(&args[0])
}
fn abs(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one("abs", args, kwargs)?;
    let f = vm.builtins.get_str(&intern("abs")).ok_or_else(|| runtime_error("abs missing"))?;
    vm.call_value(&f, args, &[])
}
fn not_(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one("not_", args, kwargs)?;
    Ok(Value::bool(!vm.truthy(&args[0])?))
}
fn truth(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one("truth", args, kwargs)?;
    Ok(Value::bool(vm.truthy(&args[0])?))
}
fn is_(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("is_", args, kwargs)?;
    Ok(Value::bool(args[0].is(&args[1])))
}
fn is_not(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("is_not", args, kwargs)?;
    Ok(Value::bool(!args[0].is(&args[1])))
}
fn index(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one("index", args, kwargs)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        v => match vm.lookup_special(v, "__index__") {
            Some(m) if matches!(v, Value::Instance(_)) => vm.call_value(&m, std::slice::from_ref(v), &[]),
            _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_of(v).name.as_str()))),
        },
    }
}
fn check_seq(vm: &mut Vm, v: &Value) -> PyResult<()> {
    let ok = match v {
        Value::Str(_) | Value::List(_) | Value::Tuple(_) => true,
        Value::Instance(_) => vm.lookup_special(v, "__getitem__").is_some(),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(type_error(format!("'{}' object can't be concatenated", vm.type_of(v).name.as_str())))
    }
}
fn concat(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("concat", args, kwargs)?;
    check_seq(vm, &args[0])?;
    vm.binary_op(BinOp::Add, &args[0], &args[1])
}
fn iconcat(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("iconcat", args, kwargs)?;
    check_seq(vm, &args[0])?;
    vm.inplace_op(BinOp::Add, args[0].clone(), args[1].clone())
}
fn contains(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("contains", args, kwargs)?;
    Ok(Value::bool(vm.contains(&args[0], &args[1])?))
}
fn count_of(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("countOf", args, kwargs)?;
    let it = vm.get_iter(&args[0])?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if v.is(&args[1]) || vm.eq(&v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
fn index_of(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("indexOf", args, kwargs)?;
    let it = vm.get_iter(&args[0])?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if v.is(&args[1]) || vm.eq(&v, &args[1])? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}
fn getitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("getitem", args, kwargs)?;
    vm.get_item(&args[0], &args[1])
}
fn setitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("setitem", kwargs)?;
    if args.len() != 3 {
        return Err(type_error(format!("setitem expected 3 arguments, got {}", args.len())));
    }
    vm.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}
fn delitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    two("delitem", args, kwargs)?;
    vm.del_item(&args[0], &args[1])?;
    Ok(Value::None)
}
fn length_hint(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("length_hint", kwargs)?;
    check_count("length_hint", args, 1, 2)?;
    match vm.len(&args[0]) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) if e.matches(&crate::runtime::types::types().type_error) => Ok(args.get(1).cloned().unwrap_or(Value::Int(0))),
        Err(e) => Err(e),
    }
}

// ---- itemgetter / attrgetter / methodcaller ----

struct ItemGetter(Vec<Value>);
struct AttrGetter(Vec<Vec<Name>>);
struct MethodCaller(Name, Vec<Value>, Vec<(Name, Value)>);

fn itemgetter_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("itemgetter", kwargs)?;
    if args.len() < 2 {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new_native_instance(native_class("operator.itemgetter"), Box::new(ItemGetter(args[1..].to_vec()))))
}

fn itemgetter_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("itemgetter", kwargs)?;
    let g = payload::<ItemGetter>(&args[0]).ok_or_else(|| type_error("expected itemgetter"))?;
    if args.len() != 2 {
        return Err(type_error(format!("itemgetter expected 1 argument, got {}", args.len() - 1)));
    }
    let obj = &args[1];
    if g.0.len() == 1 {
        return vm.get_item(obj, &g.0[0]);
    }
    let keys = g.0.clone();
    let mut out = Vec::with_capacity(keys.len());
    for k in &keys {
        out.push(vm.get_item(obj, k)?);
    }
    Ok(Value::tuple(out))
}

fn attrgetter_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("attrgetter", kwargs)?;
    if args.len() < 2 {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::new();
    for a in &args[1..] {
        match a {
            Value::Str(s) => paths.push(s.as_str().split('.').map(intern).collect()),
            _ => return Err(type_error(format!("attribute name must be a string, not '{}'", vm.type_of(a).name.as_str()))),
        }
    }
    Ok(new_native_instance(native_class("operator.attrgetter"), Box::new(AttrGetter(paths))))
}

fn attrgetter_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("attrgetter", kwargs)?;
    let g = payload::<AttrGetter>(&args[0]).ok_or_else(|| type_error("expected attrgetter"))?;
    if args.len() != 2 {
        return Err(type_error(format!("attrgetter expected 1 argument, got {}", args.len() - 1)));
    }
    let paths = g.0.clone();
    let mut out = Vec::with_capacity(paths.len());
    for p in &paths {
        let mut v = args[1].clone();
        for n in p {
            v = vm.get_attr(&v, n)?;
        }
        out.push(v);
    }
    if out.len() == 1 {
        Ok(out.pop().unwrap())
    } else {
        Ok(Value::tuple(out))
    }
}

fn methodcaller_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(type_error("methodcaller needs at least one argument, the method name"));
    }
    let name = match &args[1] {
        Value::Str(s) => intern(s.as_str()),
        v => return Err(type_error(format!("method name must be a string, not '{}'", vm.type_of(v).name.as_str()))),
    };
    Ok(new_native_instance(native_class("operator.methodcaller"), Box::new(MethodCaller(name, args[2..].to_vec(), kwargs.to_vec()))))
}

fn methodcaller_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("methodcaller", kwargs)?;
    let g = payload::<MethodCaller>(&args[0]).ok_or_else(|| type_error("expected methodcaller"))?;
    if args.len() != 2 {
        return Err(type_error(format!("methodcaller expected 1 argument, got {}", args.len() - 1)));
    }
    let (name, cargs, ckw) = (g.0.clone(), g.1.clone(), g.2.clone());
    let m = vm.get_attr(&args[1], &name)?;
    vm.call_value(&m, &cargs, &ckw)
}
