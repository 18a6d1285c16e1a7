//! The `select` module: `select.select` over `poll(2)`, for programs that wait
//! on pipes (multiprocessing's queues use it for `get(timeout=...)`).

use super::add_fns;
use crate::builtins::{arg_f64, check_count};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(vm: &mut Vm, d: &std::rc::Rc<PyDict>) {
    add_fns(d, &[("select", select)]);
    // select.error is OSError, as in CPython.
    let os_error = vm.builtins.get_str(&intern("OSError")).unwrap_or(Value::None);
    crate::builtins::set(d, "error", os_error);
}

/// The descriptor of an entry of a `select` list: an int or an object with `fileno()`.
fn descriptor(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::Int(n) => *n,
        Value::Bool(_) | Value::BigInt(_) => crate::builtins::arg_int(vm, v)?,
        _ => {
            let Ok(fileno) = vm.get_attr(v, &intern("fileno")) else {
                return Err(type_error("argument must be an int, or have a fileno() method."));
            };
            let r = vm.call_value(&fileno, &[], &[])?;
            match r {
                Value::Int(n) => n,
                _ => return Err(type_error("fileno() returned a non-integer")),
            }
        }
    };
    if n < 0 {
        return Err(value_error(format!("file descriptor cannot be a negative integer ({})", n)));
    }
    i32::try_from(n).map_err(|_| overflow_error("fd is greater than maximum"))
}

/// `select.select(rlist, wlist, xlist[, timeout])`: the entries of each list that are ready.
fn select(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("select", args, 3, 4)?;
    let timeout_ms: i32 = match args.get(3) {
        None | Some(Value::None) => -1,
        Some(v) => {
            let secs = arg_f64(vm, v).map_err(|_| type_error("timeout must be a float or None"))?;
            if secs < 0.0 {
                return Err(value_error("timeout must be non-negative"));
            }
            (secs * 1000.0).ceil().min(i32::MAX as f64) as i32
        }
    };
    const EVENTS: [i16; 3] = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut entries: Vec<(usize, Value)> = Vec::new();
    let mut polls: Vec<libc::pollfd> = Vec::new();
    for (list, events) in EVENTS.iter().enumerate() {
        for v in vm.collect(&args[list])? {
            let fd = descriptor(vm, &v)?;
            polls.push(libc::pollfd { fd, events: *events, revents: 0 });
            entries.push((list, v));
        }
    }
    loop {
        // SAFETY: polls is a valid array of polls.len() pollfd structures.
        let n = unsafe { libc::poll(polls.as_mut_ptr(), polls.len() as libc::nfds_t, timeout_ms) };
        if n >= 0 {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(crate::builtins::exceptions::os_error_from_io(&e, None));
        }
        vm.check_signals()?;
    }
    let mut ready: [Vec<Value>; 3] = Default::default();
    for (p, (list, v)) in polls.iter().zip(entries) {
        // A closed or failed peer counts as readable (a read then sees EOF), as with select(2).
        let wanted = p.events | if list == 0 { libc::POLLHUP | libc::POLLERR } else { 0 };
        if p.revents & wanted != 0 {
            ready[list].push(v);
        }
    }
    let [r, w, x] = ready;
    Ok(Value::tuple(vec![Value::list(r), Value::list(w), Value::list(x)]))
}
