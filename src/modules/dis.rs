//! The `dis` module: disassembles functions and code objects.

use super::add_fns;
use crate::builtins::check_count;
use crate::bytecode::dis::disassemble;
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    add_fns(d, &[("dis", dis)]);
}

/// `dis.dis(x, *, adaptive=False)`: with `adaptive=True`, the instructions
/// as the adaptive tier quickened them so far.
fn dis(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("dis", args, 1, 1)?;
    let mut adaptive = false;
    for (k, v) in kwargs {
        match k.as_str() {
            "adaptive" => adaptive = vm.truthy(v)?,
            other => return Err(type_error(format!("dis() got an unexpected keyword argument '{}'", other))),
        }
    }
    let code = match &args[0] {
        Value::Function(f) => f.code.clone(),
        Value::Code(c) => c.clone(),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => f.code.clone(),
            _ => return Err(type_error("don't know how to disassemble builtin methods")),
        },
        v => return Err(type_error(format!("don't know how to disassemble {} objects", vm.type_of(v).name.as_str()))),
    };
    let mut out = String::new();
    disassemble(&code, adaptive, &mut out);
    vm.write_stdout(&out)?;
    Ok(Value::None)
}
