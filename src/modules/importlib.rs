//! The `importlib` module: `import_module`, `reload` and `invalidate_caches`, on the
//! VM's import system (`src/vm/import.rs`).

use super::add_fns;
use super::native::bind;
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    add_fns(d, &[("import_module", import_module), ("reload", reload), ("invalidate_caches", invalidate_caches)]);
}

/// `importlib.import_module(name, package=None)`: the module itself (not its top-level
/// package); a name with leading dots is relative to `package`.
fn import_module(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("import_module", args, kwargs, &["name", "package"], 1, 2)?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(v) => return Err(type_error(format!("module name must be str, not {}", vm.type_of(v).name.as_str()))),
        None => unreachable!("bind checks required arguments"),
    };
    if name.is_empty() {
        return Err(value_error("Empty module name"));
    }
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        return vm.import_module(&name);
    }
    let package = match &a[1] {
        Some(Value::Str(p)) => p.as_str().to_owned(),
        _ => {
            return Err(type_error(format!(
                "the 'package' argument is required to perform a relative import for '{}'",
                name
            )))
        }
    };
    // Resolve against `package` as if imported from inside it.
    let globals = PyDict::new();
    globals.set_str(&crate::runtime::str::static_name("__package__"), Value::str(&package));
    let absolute = vm.resolve_relative(&name[level..], Some(&globals), level)?;
    vm.import_module(&absolute)
}

/// `importlib.reload(module)`.
fn reload(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("reload", args, kwargs, &["module"], 1, 1)?;
    let module = a[0].clone().unwrap_or(Value::None);
    vm.reload_module(&module)
}

/// `importlib.invalidate_caches()`: quicken's finder keeps no caches.
fn invalidate_caches(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    bind("invalidate_caches", args, kwargs, &[], 0, 0)?;
    Ok(Value::None)
}
