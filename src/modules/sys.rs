//! The `sys` module.

mod flags;


use super::add_fns;
use crate::builtins::{arg_int, check_count, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(vm: &mut Vm, d: &std::rc::Rc<PyDict>) {
    set(d, "argv", Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()));
    set(d, "maxsize", Value::Int(i64::MAX));
    set(d, "platform", Value::str("linux"));
    set(d, "byteorder", Value::str("little"));
    set(d, "version", Value::str("3.11.0 (quicken)"));
    set(d, "executable", Value::str(&std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    let path = vm.sys_path_init.get_or_insert_with(|| crate::run::sys_path_for(&vm.flags, Some(String::new())));
    set(d, "path", Value::list(path.iter().map(|p| Value::str(p)).collect()));
    set(d, "modules", Value::Dict(vm.modules.dict().clone()));
    let [stdin, stdout, stderr] = super::stdio::create(vm);
    for (names, stream) in [(["stdin", "__stdin__"], stdin), (["stdout", "__stdout__"], stdout), (["stderr", "__stderr__"], stderr)] {
        for name in names {
            set(d, name, stream.clone());
        }
    }
    // sys.float_info: attribute access only (no struct-sequence indexing).
    let fi_cls = new_class_raw("float_info", &[&types().object], NativeKind::Object, true);
    let fi = vm.new_instance(&fi_cls);
    if let Value::Instance(i) = &fi {
        for (name, v) in [
            ("max", Value::float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ] {
            i.set_attr(&intern(name), v);
        }
    }
    set(d, "float_info", fi);
    add_fns(
        d,
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("exc_info", exc_info),
            ("exception", exception),
        ],
    );
    add_fns(d, &crate::builtins::introspect::sys_functions());
    flags::fill(vm, d);
    crate::vm::collect::install_unraisablehook(d);
    super::native::run_source(vm, d, "<frozen sys>", include_str!("sys_structs.py"));
    // The embedded source's `__builtins__` entry is not one of sys's attributes.
    d.del_str(&intern("__builtins__"));
}

fn exit(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("exit", args, 0, 1)?;
    Err(PyErr::with_args(&types().system_exit, args.to_vec()))
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("exception", args, 0, 0)?;
    Ok(handled_exception(vm))
}

fn handled_exception(vm: &Vm) -> Value {
    match vm.handled_now() {
        v @ Value::Instance(i) if i.exc().is_some() => v.clone(),
        _ => Value::None,
    }
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
fn exc_info(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("exc_info", args, 0, 0)?;
    let exc = handled_exception(vm);
    if exc.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let cls = Value::Class(vm.type_of(&exc));
    let tb = vm.get_attr(&exc, &intern("__traceback__"))?;
    Ok(Value::tuple(vec![cls, exc, tb]))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("setrecursionlimit", args, 1, 1)?;
    if let Value::Float(_) = &args[0] {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = arg_int(vm, &args[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n.min(100_000_000) as usize;
    Ok(Value::None)
}

fn get_int_max_str_digits(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(crate::vm::INT_MAX_STR_DIGITS.with(|c| c.get()) as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let v = match (args.first(), kwargs.first()) {
        (Some(v), None) if args.len() == 1 => v.clone(),
        (None, Some((k, v))) if kwargs.len() == 1 && k.as_str() == "maxdigits" => v.clone(),
        _ => return Err(type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")),
    };
    let n = arg_int(vm, &v)?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::vm::INT_MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(Value::None)
}
