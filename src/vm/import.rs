//! The import system, following CPython's `importlib._bootstrap` for source files.
//!
//! - `sys.modules` is one dict ([`Modules`]), shared by the VM and the `sys` module, so a
//!   program that stores into it or deletes from it changes what `import` finds.
//! - A top-level name is first a quicken module (`crate::modules::create`: native and
//!   embedded modules play the part of CPython's builtin and frozen ones), then
//!   `NAME/__init__.py` (a package), `NAME.py`, or a directory without `__init__.py`
//!   (a namespace package) in each `sys.path` entry. A submodule is searched in its
//!   parent's `__path__`.
//! - A module is in `sys.modules` before its body runs (circular imports see it partly
//!   initialised) and is removed again when its body raises.
//! - Messages and the `name`/`path` attributes of `ImportError` are CPython 3.11's.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::errors::*;
use super::Vm;
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// `sys.modules`: the dict of loaded modules by name. The same dict object is
/// `sys.modules` in Python, so both sides see every change.
pub struct Modules(Rc<PyDict>);

impl Modules {
    /// An empty module table.
    pub fn new() -> Modules {
        Modules(crate::runtime::gc::new(PyDict::new()))
    }
    /// The module stored under `name` (any object a program put there).
    pub fn get(&self, name: &str) -> Option<Value> {
        self.0.get_str(&intern(name))
    }
    /// True when `name` has an entry.
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
    /// Stores `module` under `name`.
    pub fn insert(&self, name: impl AsRef<str>, module: Value) {
        self.0.set_str(&intern(name.as_ref()), module);
    }
    /// Removes the entry for `name`.
    pub fn remove(&self, name: &str) -> Option<Value> {
        self.0.del_str(&intern(name))
    }
    /// The dict itself (what `sys.modules` is).
    pub fn dict(&self) -> &Rc<PyDict> {
        &self.0
    }
}

impl Default for Modules {
    fn default() -> Self {
        Modules::new()
    }
}

/// Where a module's code comes from.
enum Found {
    /// A quicken module, already created.
    Builtin(Value),
    /// A source file; `package_dir` is set for a package's `__init__.py`.
    Source { file: PathBuf, package_dir: Option<PathBuf> },
    /// Directories named like the package, none with an `__init__.py`.
    Namespace(Vec<PathBuf>),
}

/// Why `python3 -m NAME` cannot run NAME.
pub enum MainModuleError {
    /// A message CPython prints after its program name (`No module named x`).
    Message(String),
    /// An exception raised while importing a parent package, reported as a traceback.
    Raised(PyErr),
}

/// `path` made absolute the way CPython's import system does it: joined to the current
/// directory when relative, without normalising `..` or following links.
pub fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        return path.to_path_buf();
    }
    match std::env::current_dir() {
        Ok(cwd) if path.as_os_str().is_empty() => cwd,
        Ok(cwd) => cwd.join(path),
        Err(_) => path.to_path_buf(),
    }
}

fn path_str(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// An `ImportError` (or subclass) with CPython's `name` and `path` attributes.
pub fn import_error_with(cls: &Rc<Class>, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    let mut err = PyErr::new(cls, msg);
    if let Some(n) = name {
        err = with_name(err, n);
    }
    if let Some(p) = path {
        crate::builtins::exceptions::set_field(&err.exc, "path", &Value::str(p));
    }
    err
}

fn not_found(msg: String, name: &str) -> PyErr {
    import_error_with(&types().module_not_found_error, msg, Some(name), None)
}

impl Vm {
    /// `IMPORT_NAME` and `__import__(name, globals, None, fromlist, level)`: imports the
    /// module (resolving a relative name against `globals`) and returns what the statement
    /// binds: the top-level package for `import a.b`, the module itself when there is a
    /// fromlist (whose submodules are imported when they are not attributes).
    pub fn import_name(&mut self, name: &str, globals: Option<&PyDict>, fromlist: &Value, level: usize) -> PyResult<Value> {
        let abs_name = if level > 0 {
            self.resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(value_error("Empty module name"));
            }
            name.to_owned()
        };
        let module = self.import_module(&abs_name)?;
        let has_from = match fromlist {
            Value::None => false,
            v => self.truthy(&v.clone())?,
        };
        if !has_from {
            if level == 0 || !name.is_empty() {
                return match name.find('.') {
                    None => Ok(module),
                    Some(dot) if level == 0 => self.import_module(&name[..dot]),
                    Some(dot) => {
                        let cut_off = name.len() - dot;
                        let to_return = &abs_name[..abs_name.len() - cut_off];
                        self.modules.get(to_return).ok_or_else(|| key_error(Value::string(format!("'{}' not in sys.modules as expected", to_return))))
                    }
                };
            }
            return Ok(module);
        }
        if self.module_attr(&module, "__path__").is_some() {
            let items = self.collect(fromlist)?;
            self.handle_fromlist(&module, &items, false)?;
        }
        Ok(module)
    }

    /// `importlib._bootstrap._handle_fromlist`: imports the submodules a fromlist names
    /// that are not yet attributes of package `module` (`*` means its `__all__`).
    fn handle_fromlist(&mut self, module: &Value, items: &[Value], recursive: bool) -> PyResult<()> {
        for x in items {
            let Value::Str(x) = x else {
                let where_ = if recursive {
                    format!("{}.__all__", self.module_name(module).unwrap_or_default())
                } else {
                    "``from list''".to_owned()
                };
                return Err(type_error(format!("Item in {} must be str, not {}", where_, self.type_of(x).name.as_str())));
            };
            if x.as_str() == "*" {
                if !recursive {
                    if let Some(all) = self.module_attr(module, "__all__") {
                        let all = self.collect(&all)?;
                        self.handle_fromlist(module, &all, true)?;
                    }
                }
            } else if self.module_attr(module, x.as_str()).is_none() {
                let from_name = format!("{}.{}", self.module_name(module).unwrap_or_default(), x.as_str());
                if let Err(e) = self.import_module(&from_name) {
                    let missing_here = e.matches(&types().module_not_found_error)
                        && matches!(crate::builtins::exceptions::field(&e.exc, "name"), Some(Value::Str(n)) if n.as_str() == from_name)
                        && !matches!(self.modules.get(&from_name), Some(Value::None));
                    if !missing_here {
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }

    /// The absolute name of a relative import of `name` with `level` leading dots from
    /// the module whose namespace is `globals` (CPython's `resolve_name`).
    pub fn resolve_relative(&mut self, name: &str, globals: Option<&PyDict>, level: usize) -> PyResult<String> {
        let Some(globals) = globals else {
            return Err(key_error(Value::str("'__name__' not in globals")));
        };
        let no_parent = || import_error("attempted relative import with no known parent package");
        let package = match globals.get_str(&static_name("__package__")) {
            Some(Value::Str(p)) => p.as_str().to_owned(),
            Some(Value::None) | None => match globals.get_str(&static_name("__spec__")) {
                Some(spec) if !spec.is_none() => match self.get_attr(&spec, &intern("parent"))? {
                    Value::Str(p) => p.as_str().to_owned(),
                    _ => return Err(type_error("__spec__.parent must be a string")),
                },
                _ => {
                    let module_name = match globals.get_str(&static_name("__name__")) {
                        Some(Value::Str(n)) => n.as_str().to_owned(),
                        Some(_) => return Err(type_error("__name__ must be a string")),
                        None => return Err(key_error(Value::str("'__name__' not in globals"))),
                    };
                    if globals.get_str(&static_name("__path__")).is_some() {
                        module_name
                    } else {
                        match module_name.rfind('.') {
                            Some(dot) => module_name[..dot].to_owned(),
                            None => return Err(no_parent()),
                        }
                    }
                }
            },
            Some(_) => return Err(type_error("package must be a string")),
        };
        if package.is_empty() {
            return Err(no_parent());
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rfind('.') {
                Some(dot) => base = &base[..dot],
                None => return Err(import_error("attempted relative import beyond top-level package")),
            }
        }
        Ok(if name.is_empty() { base.to_owned() } else { format!("{}.{}", base, name) })
    }

    /// Imports the module with absolute dotted `name` (its parents first) and returns
    /// it, as `importlib.import_module(name)` does.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            if m.is_none() {
                return Err(not_found(format!("import of {} halted; None in sys.modules", name), name));
            }
            return Ok(m);
        }
        let (parent, child) = match name.rfind('.') {
            Some(dot) => (Some(&name[..dot]), &name[dot + 1..]),
            None => (None, name),
        };
        let found = match parent {
            Some(parent) => {
                if !self.modules.contains_key(parent) {
                    self.import_module(parent)?;
                }
                // Importing the parent may have imported this module too.
                if let Some(m) = self.modules.get(name) {
                    return Ok(m);
                }
                // A builtin submodule (`collections.abc`).
                if let Some(m) = crate::modules::create(self, name) {
                    let module = self.load(name, Found::Builtin(m))?;
                    if let Some(parent_module) = self.modules.get(parent) {
                        let _ = self.set_attr(&parent_module, &intern(child), module.clone());
                    }
                    return Ok(module);
                }
                let parent_module = self.modules.get(parent).unwrap_or(Value::None);
                let Some(search) = self.module_attr(&parent_module, "__path__") else {
                    return Err(not_found(format!("No module named '{}'; '{}' is not a package", name, parent), name));
                };
                let dirs = self.path_entries(&search)?;
                find_in_dirs(child, &dirs)
            }
            None => match crate::modules::create(self, name) {
                Some(m) => Some(Found::Builtin(m)),
                None => {
                    let dirs = self.sys_path_entries()?;
                    find_in_dirs(name, &dirs)
                }
            },
        };
        let Some(found) = found else {
            if parent.is_none() && crate::modules::is_known_unsupported(name) {
                return Err(not_found(format!("No module named '{}' (this standard module is not available in quicken)", name), name));
            }
            return Err(not_found(format!("No module named '{}'", name), name));
        };
        let module = self.load(name, found)?;
        if let Some(parent) = parent {
            if let Some(parent_module) = self.modules.get(parent) {
                // CPython only warns when the parent refuses the attribute.
                let _ = self.set_attr(&parent_module, &intern(child), module.clone());
            }
        }
        Ok(module)
    }

    /// Creates the module for `found`, registers it in `sys.modules` and runs its body;
    /// returns what `sys.modules` holds afterwards (a module may replace itself there).
    fn load(&mut self, name: &str, found: Found) -> PyResult<Value> {
        let (file, package_dir, namespace) = match found {
            Found::Builtin(m) => {
                if let Value::Module(md) = &m {
                    if name == "sys" {
                        self.sys_dict = Some(md.dict.clone());
                    }
                }
                self.modules.insert(name, m.clone());
                return Ok(m);
            }
            Found::Source { file, package_dir } => (Some(file), package_dir, Vec::new()),
            Found::Namespace(dirs) => (None, None, dirs),
        };
        let is_package = package_dir.is_some() || !namespace.is_empty();
        let package = if is_package { name.to_owned() } else { name.rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default() };
        let file_str = file.as_deref().map(path_str);
        let d = crate::runtime::gc::new(PyDict::new());
        let set = |k: &'static str, v: Value| d.set_str(&static_name(k), v);
        set("__name__", Value::str(name));
        set("__doc__", Value::None);
        set("__package__", Value::str(&package));
        set("__loader__", Value::None);
        set("__spec__", Value::None);
        if is_package {
            let dirs: Vec<Value> = match &package_dir {
                Some(dir) => vec![Value::string(path_str(dir))],
                None => namespace.iter().map(|p| Value::string(path_str(p))).collect(),
            };
            set("__path__", Value::list(dirs));
        }
        set("__file__", file_str.as_deref().map(Value::str).unwrap_or(Value::None));
        set("__builtins__", Value::Dict(self.builtins.clone()));
        let module = Value::Module(Module::new_rc(name.to_owned(), d.clone()));
        self.modules.insert(name, module.clone());
        let (Some(file), Some(file_str)) = (file, file_str) else {
            return Ok(module);
        };
        self.initializing.push(name.to_owned());
        let result = self.exec_source_file(&file, &file_str, d);
        if let Some(i) = self.initializing.iter().rposition(|n| n == name) {
            self.initializing.remove(i);
        }
        if let Err(e) = result {
            self.modules.remove(name);
            return Err(e);
        }
        Ok(self.modules.get(name).unwrap_or(module))
    }

    /// Reads, compiles and runs source file `file` in namespace `globals` (the source is
    /// kept for tracebacks). `globals()` answers `globals` while the body runs.
    pub(crate) fn exec_source_file(&mut self, file: &Path, file_str: &str, globals: Rc<PyDict>) -> PyResult<()> {
        let bytes = std::fs::read(file).map_err(|e| {
            let msg = format!("[Errno {}] {}: '{}'", e.raw_os_error().unwrap_or(2), e, file_str);
            import_error_with(&types().import_error, msg, None, Some(file_str))
        })?;
        let source = String::from_utf8_lossy(&bytes).into_owned();
        let code = crate::compiler::compile(&source, file_str, crate::compiler::Mode::Exec)
            .map_err(|e| crate::builtins::evalexec::syntax_error_in(&e, &source, file_str))?;
        self.sources.insert(file_str.into(), source.into());
        let outer = self.main_globals.replace(globals.clone());
        let result = crate::run::run_code(self, code, globals);
        self.main_globals = outer;
        result.map(|_| ())
    }

    /// `IMPORT_FROM`: attribute `name` of `module`, else the submodule of that name in
    /// `sys.modules` (a circular import), else CPython's `ImportError`.
    pub fn import_from(&mut self, module: &Value, name: &Name) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !e.matches(&types().attribute_error) => return Err(e),
            Err(_) => {}
        }
        let Some(module_name) = self.module_name(module) else {
            return Err(import_error_with(
                &types().import_error,
                format!("cannot import name '{}' from '<unknown module name>'", name.as_str()),
                None,
                None,
            ));
        };
        if let Some(m) = self.modules.get(&format!("{}.{}", module_name, name.as_str())) {
            return Ok(m);
        }
        let path = match self.module_attr(module, "__file__") {
            Some(Value::Str(p)) => Some(p.as_str().to_owned()),
            _ => None,
        };
        let msg = match &path {
            None => format!("cannot import name '{}' from '{}' (unknown location)", name.as_str(), module_name),
            Some(p) if self.is_initializing(&module_name) => format!(
                "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                name.as_str(),
                module_name,
                p
            ),
            Some(p) => format!("cannot import name '{}' from '{}' ({})", name.as_str(), module_name, p),
        };
        Err(import_error_with(&types().import_error, msg, Some(&module_name), path.as_deref()))
    }

    /// `from module import *`: the names and values to bind, `__all__` when the module
    /// has it, else its public (not underscore) names.
    pub fn import_star(&mut self, module: &Value) -> PyResult<Vec<(Name, Value)>> {
        let module_name = self.module_name(module).unwrap_or_else(|| "?".into());
        let (names, skip_private, what) = match self.module_attr(module, "__all__") {
            Some(all) => (self.collect(&all)?, false, "__all__"),
            None => {
                let dict = self.get_attr(module, &static_name("__dict__"))?;
                let Value::Dict(d) = dict else {
                    return Err(import_error("from-import-* object has no __dict__ and no __all__"));
                };
                (d.keys(), true, "__dict__")
            }
        };
        let mut out = Vec::with_capacity(names.len());
        for n in names {
            let Value::Str(s) = &n else {
                let kind = if what == "__all__" { "Item" } else { "Key" };
                return Err(type_error(format!("{} in {}.{} must be str, not {}", kind, module_name, what, self.type_of(&n).name.as_str())));
            };
            if skip_private && s.as_str().starts_with('_') {
                continue;
            }
            let name = intern(s.as_str());
            let v = self.get_attr(module, &name)?;
            out.push((name, v));
        }
        Ok(out)
    }

    /// True while the body of module `name` runs (it is partially initialised).
    pub(crate) fn is_initializing(&self, name: &str) -> bool {
        self.initializing.iter().any(|n| n == name)
    }

    /// `module.__name__` when it is a str.
    fn module_name(&mut self, module: &Value) -> Option<String> {
        match self.module_attr(module, "__name__") {
            Some(Value::Str(s)) => Some(s.as_str().to_owned()),
            _ => None,
        }
    }

    /// Attribute `name` of any object, `None` when it has none (or raises).
    fn module_attr(&mut self, module: &Value, name: &str) -> Option<Value> {
        match module {
            Value::Module(m) => m.dict.get_str(&intern(name)),
            _ => self.get_attr(module, &intern(name)).ok(),
        }
    }

    /// The directories of a `__path__` or `sys.path` value (non-str items are skipped,
    /// as CPython's path finder does).
    fn path_entries(&mut self, path: &Value) -> PyResult<Vec<String>> {
        Ok(self
            .collect(path)?
            .into_iter()
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.as_str().to_owned()),
                _ => None,
            })
            .collect())
    }

    /// The current `sys.path` entries.
    fn sys_path_entries(&mut self) -> PyResult<Vec<String>> {
        let sys = self.sys_module_dict()?;
        match sys.get_str(&static_name("path")) {
            Some(p) => self.path_entries(&p),
            None => Ok(Vec::new()),
        }
    }

    /// The namespace of the `sys` module (created when first needed).
    pub fn sys_module_dict(&mut self) -> PyResult<Rc<PyDict>> {
        if let Some(d) = &self.sys_dict {
            return Ok(d.clone());
        }
        match self.import_module("sys")? {
            Value::Module(m) => {
                self.sys_dict = Some(m.dict.clone());
                Ok(m.dict.clone())
            }
            _ => Err(runtime_error("lost sys module")),
        }
    }

    /// `runpy._get_module_details` for `python3 -m name`: imports the parent packages and
    /// finds the file to run as `__main__` (a package's `__main__` submodule); returns the
    /// file and the `__package__` it runs with.
    pub fn find_main_module(&mut self, name: &str) -> Result<(PathBuf, String), MainModuleError> {
        use MainModuleError::*;
        let spec_error = |vm: &mut Vm, e: &PyErr| {
            let text = vm.str_of(&Value::Instance(e.exc.clone())).unwrap_or_default();
            let mut msg = format!("Error while finding module specification for '{}' ({}: {})", name, e.class().name.as_str(), text);
            if let Some(stem) = name.strip_suffix(".py") {
                msg.push_str(&format!(". Try using '{}' instead of '{}' as the module name.", stem, name));
            }
            Message(msg)
        };
        if name.is_empty() || name.starts_with('.') {
            return Err(Message("Relative module names not supported".into()));
        }
        let (parent, child) = match name.rfind('.') {
            Some(dot) => (Some(&name[..dot]), &name[dot + 1..]),
            None => (None, name),
        };
        let found = match parent {
            Some(parent) => {
                let parent_module = match self.import_module(parent) {
                    Ok(m) => m,
                    Err(e) if e.matches(&types().import_error) => return Err(spec_error(self, &e)),
                    Err(e) => return Err(Raised(e)),
                };
                let Some(search) = self.module_attr(&parent_module, "__path__") else {
                    let msg = format!("__path__ attribute not found on '{}' while trying to find '{}'", parent, name);
                    return Err(spec_error(self, &not_found(msg, name)));
                };
                let dirs = self.path_entries(&search).map_err(Raised)?;
                find_in_dirs(child, &dirs)
            }
            None if crate::modules::create(self, name).is_some() => {
                return Err(Message(format!("No code object available for {}", name)));
            }
            None => {
                let dirs = self.sys_path_entries().map_err(Raised)?;
                find_in_dirs(name, &dirs)
            }
        };
        match found {
            None | Some(Found::Builtin(_)) => Err(Message(format!("No module named {}", name))),
            Some(Found::Source { file, package_dir: None }) => Ok((file, parent.unwrap_or("").to_owned())),
            Some(Found::Source { package_dir: Some(_), .. } | Found::Namespace(_)) => {
                if name == "__main__" || name.ends_with(".__main__") {
                    return Err(Message("Cannot use package as __main__ module".into()));
                }
                let main_name = format!("{}.__main__", name);
                match self.find_main_module(&main_name) {
                    Err(Message(m)) if m.starts_with("No module named") => Err(Message(format!(
                        "{}; '{}' is a package and cannot be directly executed",
                        m, name
                    ))),
                    other => other,
                }
            }
        }
    }

    /// `importlib.reload(module)`: runs the module's source file again in its namespace.
    pub fn reload_module(&mut self, module: &Value) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(type_error("reload() argument must be a module"));
        };
        let name = self.module_name(module).unwrap_or_else(|| m.name.clone());
        match self.modules.get(&name) {
            Some(Value::Module(cur)) if Rc::ptr_eq(&cur, m) => {}
            _ => return Err(import_error_with(&types().import_error, format!("module {} not in sys.modules", name), Some(&name), None)),
        }
        let Some(Value::Str(file)) = m.dict.get_str(&static_name("__file__")) else {
            return Ok(module.clone());
        };
        let file = file.as_str().to_owned();
        self.initializing.push(name.clone());
        let result = self.exec_source_file(Path::new(&file), &file, m.dict.clone());
        self.initializing.pop();
        result?;
        Ok(self.modules.get(&name).unwrap_or_else(|| module.clone()))
    }
}

/// CPython's path-based finder for one name: in each directory, a package
/// (`tail/__init__.py`) before a module (`tail.py`); directories without `__init__.py`
/// make a namespace package when nothing else is found.
fn find_in_dirs(tail: &str, dirs: &[String]) -> Option<Found> {
    if tail.is_empty() || tail.contains('/') || tail.contains('\0') {
        return None;
    }
    let mut namespace = Vec::new();
    for entry in dirs {
        let dir = absolute(Path::new(entry));
        let package_dir = dir.join(tail);
        if package_dir.is_dir() {
            let init = package_dir.join("__init__.py");
            if init.is_file() {
                return Some(Found::Source { file: init, package_dir: Some(package_dir) });
            }
            namespace.push(package_dir);
        }
        let file = dir.join(format!("{}.py", tail));
        if file.is_file() {
            return Some(Found::Source { file, package_dir: None });
        }
    }
    if namespace.is_empty() {
        None
    } else {
        Some(Found::Namespace(namespace))
    }
}
