//! The `signal` module, for the signals a script handles: `signal.signal`,
//! `getsignal`, `raise_signal`, `default_int_handler`, `SIG_DFL`, `SIG_IGN`,
//! `SIGINT`, `SIGTERM`. Python handlers run between instructions, at the eval
//! breaker's checks (`crate::vm::signals`). The constants are plain ints
//! (CPython's are `IntEnum` members: equal, but they print differently).

use super::add_fns;
use crate::builtins::{arg_int, check_count, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::signals::{self, Disposition};
use crate::vm::{PyResult, Vm};

/// `SIG_DFL` and `SIG_IGN`, as CPython numbers them.
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    for (name, value) in [("SIG_DFL", SIG_DFL), ("SIG_IGN", SIG_IGN), ("SIGINT", libc::SIGINT as i64), ("SIGTERM", libc::SIGTERM as i64), ("NSIG", 65)] {
        set(d, name, Value::Int(value));
    }
    add_fns(d, &[("signal", signal), ("getsignal", getsignal), ("raise_signal", raise_signal), ("default_int_handler", default_int_handler)]);
}

/// `default_int_handler(signalnum, frame)`: raises `KeyboardInterrupt`.
fn default_int_handler(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Err(signals::keyboard_interrupt())
}

/// The signal number argument, checked as CPython checks it.
fn signal_number(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = arg_int(vm, v)?;
    if !(1..64).contains(&n) {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// This module's `default_int_handler` (the object `getsignal` returns).
fn default_handler_value(vm: &Vm) -> Value {
    match vm.modules.get("signal") {
        Some(Value::Module(m)) => m.dict.get_str(&intern("default_int_handler")).unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn current_handler(vm: &Vm, signal: i32) -> Value {
    if let Some(h) = signals::python_handler(signal) {
        return h;
    }
    match signals::system_action(signal) {
        libc::SIG_DFL => Value::Int(SIG_DFL),
        libc::SIG_IGN => Value::Int(SIG_IGN),
        _ => default_handler_value(vm),
    }
}

fn getsignal(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("getsignal", args, 1, 1)?;
    let signal = signal_number(vm, &args[0])?;
    Ok(current_handler(vm, signal))
}

/// `signal(signalnum, handler)`: sets the handler, returns the old one.
fn signal(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("signal", args, 2, 2)?;
    let signal = signal_number(vm, &args[0])?;
    let handler = &args[1];
    let disposition = match handler {
        Value::Int(SIG_DFL) => Disposition::Default,
        Value::Int(SIG_IGN) => Disposition::Ignore,
        h if signal == libc::SIGINT && h.is(&default_handler_value(vm)) => Disposition::Handle(None),
        h => {
            let callable = vm.builtins.get_str(&intern("callable")).unwrap_or(Value::None);
            let is_callable = vm.call_value(&callable, &[h.clone()], &[])?;
            if !vm.truthy(&is_callable)? {
                return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
            }
            Disposition::Handle(Some(h.clone()))
        }
    };
    let old = current_handler(vm, signal);
    signals::set_disposition(signal, disposition).map_err(|e| crate::vm::stdio::io_error(&e))?;
    Ok(old)
}

/// `raise_signal(signalnum)`: sends the signal to this thread; its handler
/// runs before the call returns.
fn raise_signal(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("raise_signal", args, 1, 1)?;
    let signal = signal_number(vm, &args[0])?;
    // SAFETY: raise sends a signal to the calling thread.
    if unsafe { libc::raise(signal) } != 0 {
        return Err(crate::vm::stdio::io_error(&std::io::Error::last_os_error()));
    }
    vm.check_signals()?;
    Ok(Value::None)
}
