//! `import`: builtin modules are created on first import and cached in
//! `sys.modules`.

use super::errors::*;
use super::Vm;
use crate::runtime::value::Value;

impl Vm {
    /// Imports a module by dotted name.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        match crate::modules::create(self, name) {
            Some(m) => {
                self.modules.insert(name.to_owned(), m.clone());
                Ok(m)
            }
            None => {
                let top = name.split('.').next().unwrap_or(name);
                let missing = if self.modules.contains_key(top) { name } else { top };
                let mut err = module_not_found_error(format!("No module named '{}'", missing));
                if crate::modules::is_known_unsupported(top) {
                    err = module_not_found_error(format!("No module named '{}' (this standard module is not available in quicken)", top));
                }
                // `ImportError.name`: the module that could not be found.
                Err(with_name(err, missing))
            }
        }
    }
}
