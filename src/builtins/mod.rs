//! The `builtins` module and the methods of builtin types.
//!
//! Each file registers one concern: `functions.rs` the builtin functions,
//! `constructors.rs` the type constructors (`int(...)`, `list(...)`, ...),
//! and one file of methods per builtin type.

mod args;
mod constructors;
mod dict_methods;
mod dunders;
pub(crate) mod evalexec;
pub mod exceptions;
mod functions;
mod generic_alias;
mod protocol_slots;
pub mod introspect;
mod list_methods;
pub mod memoryview;
mod object_methods;
mod set_methods;
mod site;
mod str_methods;

use std::rc::Rc;

pub use args::*;
pub use functions::{is_callable, sort_values, write_to};
pub use set_methods::exact_set_operator;
pub use set_methods::contains_key as set_contains_key;
pub use constructors::subclass_instance;
pub(crate) use str_methods::{is_alnum as str_is_alnum, is_decimal as str_is_decimal, is_space as str_is_space};
pub(crate) use object_methods::{gen_close, gen_send, gen_throw};

use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::{B64, Value};
use crate::vm::Vm;

/// A builtin function value.

pub fn builtin_fn(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin { name, func, owner: None }))
}

/// Registers a method on a builtin class.
pub fn add_method(cls: &Class, name: &'static str, func: NativeFn) {
    cls.dict.set_str(&intern(name), Value::Builtin(Rc::new(Builtin { name, func, owner: Some(leak_name(cls)) })));
    cls.modified();
}

fn leak_name(cls: &Class) -> &'static str {
    Box::leak(cls.name.as_str().to_owned().into_boxed_str())
}

/// Sets a value in a namespace.
pub fn set(ns: &PyDict, name: &str, v: Value) {
    ns.set_str(&intern(name), v);
}

thread_local! {
    static METHODS_INSTALLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Fills `vm.builtins` and (once per thread) the builtin types' methods.
pub fn install(vm: &mut Vm) {
    if !METHODS_INSTALLED.with(|m| m.replace(true)) {
        constructors::register();
        object_methods::register();
        exceptions::register();
        str_methods::register();
        list_methods::register();
        dict_methods::register();
        set_methods::register();
        crate::vm::complex::register();
        crate::vm::bytes::register();
        dunders::register();
        generic_alias::register();
        protocol_slots::register();
        crate::vm::coro::register();
        introspect::register();
    }
    let b = vm.builtins.clone();
    functions::register(&b);
    evalexec::register(&b);
    site::register(&b);
    let t = types();
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("str", &t.str_),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ] {
        set(&b, name, Value::Class(cls.clone()));
    }
    for cls in t.exception_classes() {
        set(&b, cls.name.as_str(), Value::Class(cls.clone()));
    }
    set(&b, "memoryview", Value::Class(memoryview::class().clone()));
    set(&b, "aiter", builtin_fn("aiter", crate::vm::coro::builtin_aiter));
    set(&b, "anext", builtin_fn("anext", crate::vm::coro::builtin_anext));
    // The old names of OSError, kept as aliases (PEP 3151).
    set(&b, "EnvironmentError", Value::Class(t.os_error.clone()));
    set(&b, "IOError", Value::Class(t.os_error.clone()));
    set(&b, "None", Value::None);
    set(&b, "True", Value::Bool(B64::TRUE));
    set(&b, "False", Value::Bool(B64::FALSE));
    set(&b, "NotImplemented", crate::runtime::objects::not_implemented());
    set(&b, "Ellipsis", crate::runtime::objects::ellipsis());
    set(&b, "__name__", Value::str("builtins"));
    set(&b, "__debug__", Value::Bool(B64::TRUE));
}
