//! Builtin modules (`math`, `sys`, `time`, `dis`, `builtins`, `importlib`, ...),
//! created on first import.

pub(crate) mod array;
mod collections;
mod dis;
mod fileio;
mod functools;
mod gc;
mod itertools;
pub(crate) mod native;
mod operator;
mod bisect;
mod cmath;
mod heapq;
mod importlib;
mod math;
mod pystd;
mod random;
mod signal;
pub mod stdio;
mod sys;
mod time;
mod weakref;


use crate::builtins::{builtin_fn, set};
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Creates builtin module `name`, or `None` when there is no such module.
pub fn create(vm: &mut Vm, name: &str) -> Option<Value> {
    let dict = crate::runtime::gc::new(PyDict::new());
    set(&dict, "__name__", Value::str(name));
    match name {
        "math" => math::fill(&dict),
        "cmath" => cmath::fill(&dict),
        "sys" => sys::fill(vm, &dict),
        "time" => time::fill(&dict),
        "gc" => gc::fill(&dict),
        "_weakref" => weakref::fill(&dict),
        "dis" => dis::fill(&dict),
        "random" => random::fill(vm, &dict),
        "signal" => signal::fill(&dict),
        "bisect" => bisect::fill(&dict),
        "heapq" => heapq::fill(&dict),
        "itertools" => itertools::fill(&dict),
        "operator" => operator::fill(&dict),
        "functools" => functools::fill(vm, &dict),
        "importlib" => importlib::fill(&dict),
        "collections" => collections::fill(vm, &dict),
        "_fileio" => fileio::fill(vm, &dict),
        "builtins" => return Some(Value::Module(Module::new_rc("builtins", vm.builtins.clone()))),
        "io" | "string" | "copy" | "statistics" | "array" | "__future__" | "weakref" => {
            pystd::fill(vm, &dict, name);
        }
        _ => return None,
    }
    Some(Value::Module(Module::new_rc(name, dict)))
}

pub use fileio::open;

/// Standard modules that exist in CPython but not (yet) in quicken.
pub fn is_known_unsupported(name: &str) -> bool {
    matches!(
        name,
        "os" | "re"
            | "json" | "struct" | "decimal" | "fractions"
            | "typing" | "dataclasses" | "abc" | "enum" | "threading" | "subprocess" | "pathlib" | "unittest"
    )
}

/// Registers native functions in a module namespace.
pub fn add_fns(dict: &PyDict, fns: &[(&'static str, NativeFn)]) {
    for (n, f) in fns {
        set(dict, n, builtin_fn(n, *f));
    }
}
