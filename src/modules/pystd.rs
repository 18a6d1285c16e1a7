//! Standard modules written in embedded Python: `io`, `string`, `copy`,
//! `statistics`, `array`, `__future__`, `contextlib`, `dataclasses`, `traceback`,
//! `warnings`, `timeit`, `fractions`, `numbers`, `types`, `typing`, `abc`, `enum`,
//! `collections.abc`, `linecache`, `getopt`.

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

/// The file label and source of embedded-Python module `name`.
fn source_of(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "io" => ("<frozen io>", include_str!("io.py")),
        "string" => ("<frozen string>", include_str!("string.py")),
        "copy" => ("<frozen copy>", include_str!("copy.py")),
        "statistics" => ("<frozen statistics>", include_str!("statistics.py")),
        "array" => ("<frozen array>", include_str!("array.py")),
        "__future__" => ("<frozen __future__>", include_str!("future.py")),
        "contextlib" => ("<frozen contextlib>", include_str!("contextlib.py")),
        "types" => ("<frozen types>", include_str!("types.py")),
        "dataclasses" => ("<frozen dataclasses>", include_str!("dataclasses.py")),
        "abc" => ("<frozen abc>", include_str!("abc.py")),
        "numbers" => ("<frozen numbers>", include_str!("numbers.py")),
        "collections.abc" => ("<frozen _collections_abc>", include_str!("collections_abc.py")),
        "typing" => ("<frozen typing>", include_str!("typing.py")),
        "enum" => ("<frozen enum>", include_str!("enum.py")),
        "linecache" => ("<frozen linecache>", include_str!("linecache.py")),
        "warnings" => ("<frozen warnings>", include_str!("warnings.py")),
        "traceback" => ("<frozen traceback>", include_str!("traceback.py")),
        "getopt" => ("<frozen getopt>", include_str!("getopt.py")),
        "timeit" => ("<frozen timeit>", include_str!("timeit.py")),
        "fractions" => ("<frozen fractions>", include_str!("fractions.py")),
        _ => return None,
    })
}

/// The file label and source of an embedded module that can run as `__main__`
/// (`-m timeit`): those needing no native parts.
pub fn main_source(name: &str) -> Option<(&'static str, &'static str)> {
    if matches!(name, "io" | "array") {
        return None;
    }
    source_of(name)
}

/// Fills the namespace of embedded-Python module `name`; false when unknown.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>, name: &str) -> bool {
    let Some((file, src)) = source_of(name) else { return false };
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
