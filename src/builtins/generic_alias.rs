//! The runtime forms of type expressions: `list[int]` (the builtin classes'
//! `__class_getitem__`, giving a `types.GenericAlias`) and `int | str`
//! (`type.__or__`/`__ror__`, giving a `types.UnionType`). Both classes are
//! written in Python in the embedded `types` module; these natives build them.

use std::rc::Rc;

use super::add_method;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Adds `__class_getitem__` to the builtin generic classes and `|` to `type`.
pub fn register() {
    let t = types();
    for cls in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_, &t.enumerate] {
        let f = Value::Builtin(Rc::new(Builtin { name: "__class_getitem__", func: class_getitem, owner: Some("type") }));
        cls.dict.set_str(&intern("__class_getitem__"), Value::Other(Rc::new(Other::ClassMethod(f))));
        cls.modified();
    }
    add_method(&t.type_, "__or__", type_or);
    add_method(&t.type_, "__ror__", type_ror);
}

/// Calls `types.<name>(args)`.
fn call_types(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let module = vm.import_module("types")?;
    let f = vm.get_attr(&module, &intern(name))?;
    vm.call_value(&f, args, &[])
}

/// `list[int]`: `types.GenericAlias(list, int)`.
fn class_getitem(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("__class_getitem__() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    call_types(vm, "GenericAlias", args)
}

/// `int | str`: a `types.UnionType`, or NotImplemented for an operand that is
/// not a class, None or an alias.
fn type_or(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("__or__", args, 2, 2)?;
    call_types(vm, "_union", args)
}

fn type_ror(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("__ror__", args, 2, 2)?;
    call_types(vm, "_union", &[args[1].clone(), args[0].clone()])
}
