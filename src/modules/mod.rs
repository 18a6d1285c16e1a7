//! Builtin modules (`math`, `sys`, `time`, `dis`, `builtins`, `importlib`, ...),
//! created on first import.

pub(crate) mod array;
pub(crate) mod collections;
mod dis;
mod fileio;
mod functools;
mod gc;
mod itertools;
pub(crate) mod native;
mod operator;
mod os;
mod binascii;
mod bisect;
mod bz2;
mod clisupport;
mod cmath;
pub(crate) mod decimal;
mod hashlib;
mod heapq;
mod importlib;
mod json;
mod math;
mod pystd;
mod random;
mod select;
mod signal;
mod sre;
pub(crate) mod structmod;
pub mod stdio;
mod sys;
mod tbformat;
mod time;
mod weakref;
mod zlib;


use crate::builtins::{builtin_fn, set};
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Creates builtin module `name`, or `None` when there is no such module.
pub fn create(vm: &mut Vm, name: &str) -> Option<Value> {
    let dict = crate::runtime::gc::new(PyDict::new());
    set(&dict, "__name__", Value::str(name));
    let module = Value::Module(Module::new_rc(name, dict.clone()));
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
        "errno" => os::fill_errno(vm, &dict),
        "os" => {
            // In sys.modules before its body runs, as CPython's: os.path
            // (posixpath) imports os back.
            vm.modules.insert(name, module.clone());
            os::fill(vm, &dict)
        }
        "re" => sre::fill(vm, &dict),
        "json" => json::fill(vm, &dict),
        "hashlib" => hashlib::fill(vm, &dict),
        "binascii" => binascii::fill(vm, &dict),
        "zlib" => zlib::fill(vm, &dict),
        "_bz2" => bz2::fill(vm, &dict),
        "struct" => structmod::fill(vm, &dict),
        "_tbformat" => tbformat::fill(&dict),
        "builtins" => return Some(Value::Module(Module::new_rc("builtins", vm.builtins.clone()))),
        "array" => array::fill(&dict),
        "select" => select::fill(vm, &dict),
        "decimal" => decimal::fill(vm, &dict),
        "_clisupport" => clisupport::fill(&dict),
        // The modules written in embedded Python (pystd.rs lists them).
        _ => {
            if !pystd::fill(vm, &dict, name) {
                return None;
            }
        }
    }
    Some(module)
}

pub use fileio::{flush_all as flush_open_files, open};
pub use pystd::main_source as embedded_main_source;

/// Standard modules that exist in CPython but not (yet) in quicken.
pub fn is_known_unsupported(name: &str) -> bool {
    matches!(
        name,
        "threading" | "_thread" | "unittest" | "sqlite3" | "ssl" | "socket"
            | "xml" | "ctypes" | "mmap" | "tkinter" | "asyncore" | "selectors" | "http" | "urllib"
            | "email" | "lzma" | "zipfile" | "tarfile" | "gzip" | "unicodedata" | "locale"
    )
}

/// Registers native functions in a module namespace.
pub fn add_fns(dict: &PyDict, fns: &[(&'static str, NativeFn)]) {
    for (n, f) in fns {
        set(dict, n, builtin_fn(n, *f));
    }
}
