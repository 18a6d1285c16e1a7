//! `_tbformat`: the interpreter's own exception report for the `traceback`
//! module, so that `traceback.format_exc()` and `print_exc()` print exactly
//! what an uncaught exception prints (source lines, carets, chains, groups).

use crate::builtins::check_count;
use crate::runtime::objects::*;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};
use crate::runtime::value::Value;

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    super::add_fns(d, &[("format_exception", format_exception), ("format_exception_only", format_exception_only)]);
}

fn exception_arg(v: &Value, fname: &str) -> PyResult<std::rc::Rc<Instance>> {
    match v {
        Value::Instance(i) if i.exc().is_some() => Ok(i.clone()),
        _ => Err(type_error(format!("{}() argument must be an exception", fname))),
    }
}

/// `format_exception(exc, chain)`: the full report as one string.
fn format_exception(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("format_exception", args, 2, 2)?;
    let exc = exception_arg(&args[0], "format_exception")?;
    let chain = vm.truthy(&args[1])?;
    Ok(Value::string(vm.format_exception_of(&exc, chain)))
}

/// `format_exception_only(exc)`: the `Type: message` lines (a SyntaxError's
/// located report, notes).
fn format_exception_only(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("format_exception_only", args, 1, 1)?;
    let exc = exception_arg(&args[0], "format_exception_only")?;
    Ok(Value::string(vm.format_exception_only_of(&exc)))
}
