//! The `time` module.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::add_fns;
use crate::builtins::{arg_f64, check_count};
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

thread_local! {
    static START: Instant = Instant::now();
}

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    START.with(|_| ());
    add_fns(
        d,
        &[
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("time", time),
            ("time_ns", time_ns),
            ("process_time", process_time),
            ("sleep", sleep),
        ],
    );
}

fn elapsed() -> std::time::Duration {
    START.with(|s| s.elapsed())
}

fn perf_counter(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::float(elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(elapsed().as_nanos() as i64))
}

fn now() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::float(now().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(now().as_nanos() as i64))
}

fn process_time(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    // CPU time of the process, from /proc where available.
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
        if fields.len() > 13 {
            let utime: f64 = fields[11].parse().unwrap_or(0.0);
            let stime: f64 = fields[12].parse().unwrap_or(0.0);
            return Ok(Value::float((utime + stime) / 100.0));
        }
    }
    Ok(Value::float(elapsed().as_secs_f64()))
}

fn sleep(vm: &mut Vm, args: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    check_count("sleep", args, 1, 1)?;
    let s = arg_f64(vm, &args[0])?;
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::vm::signals::sleep(s.min(1e9), &mut || vm.check_signals())?;
    Ok(Value::None)
}
