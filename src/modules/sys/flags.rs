//! What `sys` shows of the command line: `sys.flags`, `sys.warnoptions`, `sys._xoptions`,
//! read from `vm.flags` when `sys` is first imported.


use crate::builtins::{add_method, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::{Value, B64};
use crate::vm::errors::*;
use crate::vm::{Flags, PyResult, Vm};

/// A `sys.flags` field's value: most are ints, `dev_mode` and `safe_path` are bools.
enum Field {
    Int(i64),
    Bool(bool),
}

/// `sys.flags`' fields in CPython 3.11's order.
fn fields(f: &Flags) -> [(&'static str, Field); 18] {
    use Field::{Bool, Int};
    let int = |b: bool| Int(b as i64);
    [
        ("debug", Int(f.debug as i64)),
        ("inspect", int(f.inspect)),
        ("interactive", int(f.interactive)),
        ("optimize", Int(f.optimize as i64)),
        ("dont_write_bytecode", int(f.dont_write_bytecode)),
        ("no_user_site", int(f.no_user_site)),
        ("no_site", int(f.no_site)),
        ("ignore_environment", int(f.ignore_environment)),
        ("verbose", Int(f.verbose as i64)),
        ("bytes_warning", Int(f.bytes_warning as i64)),
        ("quiet", int(f.quiet)),
        // quicken's str hashes are not randomized (no PYTHONHASHSEED needed for repeatability).
        ("hash_randomization", Int(0)),
        ("isolated", int(f.isolated)),
        ("dev_mode", Bool(f.dev_mode)),
        ("utf8_mode", int(f.utf8_mode)),
        ("warn_default_encoding", int(f.warn_default_encoding)),
        ("safe_path", Bool(f.safe_path)),
        ("int_max_str_digits", Int(f.int_max_str_digits.map_or(-1, |n| n as i64))),
    ]
}

/// Adds `flags`, `warnoptions` and `_xoptions` to the `sys` namespace.
pub fn fill(vm: &mut Vm, d: &PyDict) {
    set(d, "warnoptions", Value::list(vm.flags.warnoptions.iter().map(|w| Value::str(w)).collect()));
    // `-X name=value` maps name to 'value', a bare `-X name` to True.
    let xoptions = PyDict::new();
    for option in &vm.flags.xoptions {
        let (name, value) = match option.split_once('=') {
            Some((n, v)) => (n, Value::str(v)),
            None => (option.as_str(), Value::Bool(B64::TRUE)),
        };
        xoptions.set_str(&intern(name), value);
    }
    set(d, "_xoptions", Value::Dict(crate::runtime::gc::new(xoptions)));
    let class = new_class_raw("flags", &[&types().object], NativeKind::Object, true);
    add_method(&class, "__repr__", flags_repr);
    let flags = vm.new_instance(&class);
    if let Value::Instance(i) = &flags {
        for (name, field) in fields(&vm.flags) {
            let value = match field {
                Field::Int(n) => Value::Int(n),
                Field::Bool(b) => Value::Bool(if b { B64::TRUE } else { B64::FALSE }),
            };
            i.set_attr(&intern(name), value);
        }
    }
    set(d, "flags", flags);
}

/// `repr(sys.flags)`: `sys.flags(debug=0, inspect=0, ...)`, as CPython's struct sequence.
fn flags_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(Value::Instance(this)) = args.first() else {
        return Err(type_error("sys.flags.__repr__ needs the flags object"));
    };
    let mut parts = Vec::new();
    for (name, _) in fields(&vm.flags) {
        let value = this.get_attr(&intern(name)).unwrap_or(Value::None);
        parts.push(format!("{}={}", name, vm.repr(&value)?));
    }
    Ok(Value::str(&format!("sys.flags({})", parts.join(", "))))
}
