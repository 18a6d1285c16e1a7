//! Standard modules written in embedded Python: `io`, `string`, `copy`,
//! `statistics`, `array`, `__future__`.

use std::rc::Rc;

use super::native::run_source;
use crate::builtins::set;
use crate::runtime::value::Value;

#[path = "stringio.rs"]
mod stringio;
#[path = "bytesio.rs"]
mod bytesio;
use crate::runtime::objects::*;
use crate::vm::Vm;

/// Fills the namespace of embedded-Python module `name`; false when unknown.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>, name: &str) -> bool {
    let (file, src) = match name {
        "io" => ("<frozen io>", include_str!("io.py")),
        "string" => ("<frozen string>", include_str!("string.py")),
        "copy" => ("<frozen copy>", include_str!("copy.py")),
        "statistics" => ("<frozen statistics>", include_str!("statistics.py")),
        "array" => ("<frozen array>", include_str!("array.py")),
        "__future__" => ("<frozen __future__>", include_str!("future.py")),
        "weakref" => ("<frozen weakref>", include_str!("weakref.py")),
        _ => return false,
    };
    if name == "array" {
        super::array::add_helpers(d);
    }
    if name == "io" {
        set(d, "StringIO", Value::Class(stringio::class()));
        set(d, "_BytesIO", Value::Class(bytesio::class()));
    }
    run_source(vm, d, file, src);
    if name == "io" {
        stringio::finish(d);
    }
    if name == "array" {
        super::array::register(d);
    }
    true
}
