//! Class creation with metaclasses, as CPython's `__build_class__` and
//! `type.__new__` do it: PEP 560's `__mro_entries__`, the most derived
//! metaclass of the `metaclass=` keyword and the bases, the namespace its
//! `__prepare__` returns (any mapping: the class body's `LOAD_NAME`/`STORE_NAME`
//! then go through its `__getitem__`/`__setitem__`), the call of the metaclass,
//! `__set_name__` and `__init_subclass__` with the class keywords. Also the
//! lookups of a class's special methods on its metaclass (`for m in Color:`,
//! `len(Color)`, `Color['RED']`, `Color(1)`), and attribute access through the
//! metaclass.

use std::rc::Rc;

use super::errors::*;
use super::eval::FrameExit;
use super::frame::Frame;
use super::Vm;
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// The special method `name` of a class's metaclass when a metaclass written in
/// Python defines (or inherits) it: `None` for classes whose metaclass is `type`
/// and for `type`'s and `object`'s own methods, which the callers implement
/// natively.
#[inline]
pub fn meta_override(cls: &Class, name: &'static str) -> Option<Value> {
    let meta = cls.metaclass.as_ref()?;
    meta_override_slow(meta, name)
}

#[inline(never)]
fn meta_override_slow(meta: &Class, name: &'static str) -> Option<Value> {
    let v = meta.lookup(&static_name(name))?;
    let native = |f: &Value| matches!(f, Value::Builtin(b) if matches!(b.owner, Some("type") | Some("object")));
    match &v {
        f if native(f) => None,
        Value::Other(o) => match &**o {
            Other::ClassMethod(f) | Other::StaticMethod(f) if native(f) => None,
            _ => Some(v),
        },
        _ => Some(v),
    }
}

/// True for a data descriptor found on a metaclass: it takes precedence over the
/// class's own attribute of the same name.
fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Other(o) => matches!(&**o, Other::Property { .. }),
        Value::Instance(d) => d.class.lookup(&static_name("__set__")).is_some() || d.class.lookup(&static_name("__delete__")).is_some(),
        _ => false,
    }
}

/// A name a class namespace is written under (interned, as class dicts keep them).
fn key(name: &Name) -> Value {
    Value::Str(name.clone())
}

impl Vm {
    /// `__build_class__(func, name, *bases, metaclass=..., **kwds)`: the `class`
    /// statement.
    pub fn build_class(&mut self, body: Value, name: Value, bases: Vec<Value>, mut kwargs: Vec<(Name, Value)>) -> PyResult<Value> {
        let Value::Function(bf) = &body else { return Err(type_error("__build_class__: func must be a function")) };
        if !matches!(name, Value::Str(_)) {
            return Err(type_error("__build_class__: name is not a string"));
        }
        let (bases, orig_bases) = self.resolve_mro_entries(bases)?;
        let explicit = kwargs.iter().position(|(k, _)| k.as_str() == "metaclass").map(|i| kwargs.remove(i).1);
        let meta = match explicit {
            Some(m) => m,
            None => Value::Class(match bases.first() {
                Some(b) => self.type_of(b),
                None => types().type_.clone(),
            }),
        };
        let meta = match &meta {
            Value::Class(m) => Value::Class(self.most_derived_metaclass(m, &bases)?),
            _ => meta,
        };
        let bases_tuple = Value::tuple(bases);
        let ns = self.prepare_namespace(&meta, &name, &bases_tuple, &kwargs)?;
        let locals = match &ns {
            Value::Dict(d) => d.clone(),
            Value::Instance(i) => match &i.native {
                NativeData::Dict(d) => d.clone(),
                _ => crate::runtime::gc::new(PyDict::new()),
            },
            _ => crate::runtime::gc::new(PyDict::new()),
        };
        let mapped = !matches!(ns, Value::Dict(_));
        if mapped {
            self.class_namespaces.push((Rc::as_ptr(&locals) as usize, ns.clone()));
        }
        let r = self.run_class_body(bf, &locals);
        if mapped {
            self.class_namespaces.pop();
        }
        let class_cell = r?;
        if let Some(orig) = orig_bases {
            self.namespace_store(&locals, &static_name("__orig_bases__"), orig)?;
        }
        let cls = self.call_value(&meta, &[name, bases_tuple, ns], &kwargs)?;
        if let (Value::Cell(c), Value::Class(_)) = (&class_cell, &cls) {
            c.replace(cls.clone()).release();
        }
        Ok(cls)
    }

    /// Runs a class body in `locals` (after setting `__module__` and
    /// `__qualname__`); returns its `__class__` cell, if it has one.
    fn run_class_body(&mut self, bf: &Rc<Function>, locals: &Rc<PyDict>) -> PyResult<Value> {
        let module = bf.globals.get_str(&static_name("__name__")).unwrap_or(Value::None);
        self.namespace_store(locals, &static_name("__module__"), module)?;
        self.namespace_store(locals, &static_name("__qualname__"), Value::Str(bf.qualname.borrow().clone()))?;
        let mut frame = Frame::new(bf.code.clone(), bf.globals.clone(), Some(locals.clone()));
        self.init_cells(bf, &mut frame);
        Ok(match self.run_guarded(&mut frame)? {
            FrameExit::Return(v) => v,
            FrameExit::Yield(_) => Value::None,
        })
    }

    /// PEP 560: bases that are not classes but have `__mro_entries__` are
    /// replaced by what it returns; the original bases come back too when any
    /// was replaced (they become `__orig_bases__`).
    fn resolve_mro_entries(&mut self, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
        if bases.iter().all(|b| matches!(b, Value::Class(_))) {
            return Ok((bases, None));
        }
        let orig = Value::tuple(bases.clone());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if matches!(b, Value::Class(_)) {
                out.push(b);
                continue;
            }
            let entries = match self.get_attr(&b, &static_name("__mro_entries__")) {
                Ok(f) => f,
                Err(e) if e.matches(&types().attribute_error) => {
                    out.push(b);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let r = self.call_value(&entries, std::slice::from_ref(&orig), &[])?;
            let Value::Tuple(t) = &r else { return Err(type_error("__mro_entries__ must return a tuple")) };
            out.extend(t.items.iter().cloned());
            changed = true;
        }
        Ok((out, changed.then_some(orig)))
    }

    /// The most derived of `meta` and the metaclasses of `bases` (CPython's
    /// `_PyType_CalculateMetaclass`); a TypeError when none derives from all.
    pub fn most_derived_metaclass(&self, meta: &Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
        let mut winner = meta.clone();
        for b in bases {
            let t = self.type_of(b);
            if winner.is_subclass(&t) {
                continue;
            }
            if t.is_subclass(&winner) {
                winner = t;
                continue;
            }
            return Err(type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// The namespace a class body runs in: a new dict, or what the metaclass's
    /// `__prepare__(name, bases, **kwds)` returns (which must be a mapping).
    fn prepare_namespace(&mut self, meta: &Value, name: &Value, bases: &Value, kwargs: &[(Name, Value)]) -> PyResult<Value> {
        let prepare = match meta {
            Value::Class(m) => match meta_override_slow(m, "__prepare__") {
                Some(_) => Some(self.get_attr(meta, &static_name("__prepare__"))?),
                None => None,
            },
            _ => match self.get_attr(meta, &static_name("__prepare__")) {
                Ok(p) => Some(p),
                Err(e) if e.matches(&types().attribute_error) => None,
                Err(e) => return Err(e),
            },
        };
        let Some(prepare) = prepare else { return Ok(Value::Dict(crate::runtime::gc::new(PyDict::new()))) };
        let ns = self.call_value(&prepare, &[name.clone(), bases.clone()], kwargs)?;
        let mapping = match &ns {
            Value::Dict(_) => true,
            Value::Instance(_) => self.lookup_special(&ns, "__getitem__").is_some(),
            _ => false,
        };
        if !mapping {
            let who = match meta {
                Value::Class(m) => m.name.as_str().to_owned(),
                _ => "<metaclass>".to_owned(),
            };
            return Err(type_error(format!("{}.__prepare__() must return a mapping, not {}", who, self.type_of(&ns).name.as_str())));
        }
        Ok(ns)
    }

    /// The mapping a class body's namespace `locals` stands for, when the
    /// metaclass's `__prepare__` returned something other than a dict.
    #[inline]
    fn namespace_mapping(&self, locals: &Rc<PyDict>) -> Option<Value> {
        if self.class_namespaces.is_empty() {
            return None;
        }
        let p = Rc::as_ptr(locals) as usize;
        self.class_namespaces.iter().rev().find(|(q, _)| *q == p).map(|(_, m)| m.clone())
    }

    /// `LOAD_NAME` in a namespace: `None` when the name is not there.
    pub(crate) fn namespace_load(&mut self, locals: &Rc<PyDict>, name: &Name) -> PyResult<Option<Value>> {
        let Some(mapping) = self.namespace_mapping(locals) else { return Ok(locals.get_str(name)) };
        match self.get_item(&mapping, &key(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `STORE_NAME` in a namespace.
    pub(crate) fn namespace_store(&mut self, locals: &Rc<PyDict>, name: &Name, v: Value) -> PyResult<()> {
        match self.namespace_mapping(locals) {
            None => {
                locals.set_str(name, v);
                Ok(())
            }
            Some(mapping) => self.set_item(&mapping, key(name), v),
        }
    }

    /// `DELETE_NAME` in a namespace: false when the name is not there.
    pub(crate) fn namespace_delete(&mut self, locals: &Rc<PyDict>, name: &Name) -> PyResult<bool> {
        let Some(mapping) = self.namespace_mapping(locals) else { return Ok(locals.del_str(name).is_some()) };
        match self.del_item(&mapping, &key(name)) {
            Ok(()) => Ok(true),
            Err(e) if e.matches(&types().key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `type.__new__(meta, name, bases, ns, **kwds)` and `type(name, bases, ns)`.
    pub fn type_new(&mut self, meta: &Rc<Class>, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
        let exact = Rc::ptr_eq(meta, &types().type_);
        if exact && args.len() == 1 && kwargs.is_empty() {
            return Ok(Value::Class(self.type_of(&args[0])));
        }
        if args.len() != 3 {
            return Err(type_error(if exact {
                "type() takes 1 or 3 arguments".to_owned()
            } else {
                format!("type.__new__() takes exactly 3 arguments ({} given)", args.len())
            }));
        }
        let name = match &args[0] {
            Value::Str(s) => s.clone(),
            v => return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", self.type_of(v).name.as_str()))),
        };
        let Value::Tuple(bases) = &args[1] else {
            return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", self.type_of(&args[1]).name.as_str())));
        };
        let ns = match &args[2] {
            Value::Dict(d) => d.clone(),
            Value::Instance(i) if matches!(i.native, NativeData::Dict(_)) => match &i.native {
                NativeData::Dict(d) => d.clone(),
                _ => unreachable!(),
            },
            v => return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", self.type_of(v).name.as_str()))),
        };
        let winner = self.most_derived_metaclass(meta, &bases.items)?;
        if !Rc::ptr_eq(&winner, meta) {
            // A base's metaclass derives from `meta`: it makes the class.
            if let Some(new) = meta_override_slow(&winner, "__new__") {
                let mut full = vec![Value::Class(winner.clone())];
                full.extend_from_slice(args);
                return self.call_value(&unwrap_static(new), &full, kwargs);
            }
        }
        let mut base_classes = Vec::with_capacity(bases.items.len());
        for b in &bases.items {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                _ => return Err(type_error("bases must be types")),
            }
        }
        if base_classes.is_empty() {
            base_classes.push(types().object.clone());
        }
        if ns.get_str(&static_name("__module__")).is_none() {
            let module = self.current_globals().get_str(&static_name("__name__")).unwrap_or_else(|| Value::str("__main__"));
            ns.set_str(&static_name("__module__"), module);
        }
        let metaclass = (!Rc::ptr_eq(&winner, &types().type_)).then_some(winner);
        Ok(Value::Class(self.new_class(name, base_classes, &ns, metaclass, kwargs)?))
    }

    /// Attribute `name` of class `cls` found through its metaclass (CPython's
    /// `type_getattro`): `Ok(None)` when the metaclass does not have it.
    /// `data_only` asks only for data descriptors (which win over the class's
    /// own attributes).
    pub(crate) fn meta_attr(&mut self, cls: &Rc<Class>, name: &Name, data_only: bool) -> PyResult<Option<Value>> {
        let Some(meta) = &cls.metaclass else { return Ok(None) };
        let Some(v) = meta.lookup(name) else { return Ok(None) };
        if data_only && !is_data_descriptor(&v) {
            return Ok(None);
        }
        let receiver = Value::Class(cls.clone());
        Ok(Some(match &v {
            Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(BoundMethod::new_rc(v, receiver)),
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) => f.clone(),
                Other::ClassMethod(f) => Value::BoundMethod(BoundMethod::new_rc(f.clone(), Value::Class(meta.clone()))),
                Other::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(attribute_error("unreadable attribute"));
                    }
                    let fget = fget.clone();
                    return self.call_value(&fget, &[receiver], &[]).map(Some);
                }
                _ => v,
            },
            Value::Instance(d) => match d.class.lookup(&static_name("__get__")) {
                Some(get) => return self.call_value(&get, &[v.clone(), receiver, Value::Class(meta.clone())], &[]).map(Some),
                None => v,
            },
            _ => v,
        }))
    }

    /// `cls.name = value` when the metaclass may have a say: its Python
    /// `__setattr__`, or a data descriptor of that name. `Ok(false)` when
    /// neither applies.
    pub(crate) fn meta_set_attr(&mut self, cls: &Rc<Class>, name: &Name, value: &Value) -> PyResult<bool> {
        if let Some(hook) = meta_override(cls, "__setattr__") {
            self.call_value(&hook, &[Value::Class(cls.clone()), Value::Str(name.clone()), value.clone()], &[])?;
            return Ok(true);
        }
        let Some(v) = cls.metaclass.as_ref().and_then(|m| m.lookup(name)) else { return Ok(false) };
        match &v {
            Value::Other(o) => match &**o {
                Other::Property { fset, .. } => {
                    if fset.is_none() {
                        return Err(attribute_error(format!("can't set attribute '{}'", name.as_str())));
                    }
                    let fset = fset.clone();
                    self.call_value(&fset, &[Value::Class(cls.clone()), value.clone()], &[])?;
                    Ok(true)
                }
                _ => Ok(false),
            },
            Value::Instance(d) => match d.class.lookup(&static_name("__set__")) {
                Some(set) => {
                    self.call_value(&set, &[v.clone(), Value::Class(cls.clone()), value.clone()], &[])?;
                    Ok(true)
                }
                None => Ok(false),
            },
            _ => Ok(false),
        }
    }

    /// `del cls.name` through the metaclass's Python `__delattr__`; `Ok(false)`
    /// when it has none.
    pub(crate) fn meta_del_attr(&mut self, cls: &Rc<Class>, name: &Name) -> PyResult<bool> {
        match meta_override(cls, "__delattr__") {
            Some(hook) => {
                self.call_value(&hook, &[Value::Class(cls.clone()), Value::Str(name.clone())], &[])?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Calls the metaclass's special method `name` on class `cls` when a
    /// metaclass written in Python defines it: `Ok(None)` otherwise.
    pub(crate) fn call_meta(&mut self, cls: &Rc<Class>, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(m) = meta_override(cls, name) else { return Ok(None) };
        self.call_prepended(&m, &Value::Class(cls.clone()), args, &[]).map(Some)
    }

    /// `object.__new__`'s refusal to instantiate a class whose own
    /// `__abstractmethods__` is not empty (what `abc.ABCMeta` sets).
    pub fn check_not_abstract(&mut self, cls: &Class) -> PyResult<()> {
        let Some(abstracts) = cls.dict.get_str(&static_name("__abstractmethods__")) else { return Ok(()) };
        if !self.truthy(&abstracts)? {
            return Ok(());
        }
        let mut names = Vec::new();
        for n in self.collect(&abstracts)? {
            names.push(self.str_of(&n)?);
        }
        names.sort();
        Err(type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            cls.name.as_str(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )))
    }

    /// `isinstance(v, cls)` with the metaclass's `__instancecheck__`.
    pub fn isinstance_hooked(&mut self, v: &Value, cls: &Rc<Class>) -> PyResult<bool> {
        if cls.metaclass.is_none() {
            return Ok(self.isinstance(v, cls));
        }
        if Rc::ptr_eq(&self.type_of(v), cls) {
            return Ok(true);
        }
        match self.call_meta(cls, "__instancecheck__", std::slice::from_ref(v))? {
            Some(r) => self.truthy(&r),
            None => Ok(self.isinstance(v, cls)),
        }
    }

    /// `issubclass(sub, cls)` with the metaclass's `__subclasscheck__`.
    pub fn issubclass_hooked(&mut self, sub: &Value, cls: &Rc<Class>) -> PyResult<bool> {
        if let Some(r) = self.call_meta(cls, "__subclasscheck__", std::slice::from_ref(sub))? {
            return self.truthy(&r);
        }
        match sub {
            Value::Class(s) => Ok(s.is_subclass(cls)),
            _ => Err(type_error("issubclass() arg 1 must be a class")),
        }
    }
}

/// The function a `staticmethod` wraps (or the value itself).
fn unwrap_static(v: Value) -> Value {
    match &v {
        Value::Other(o) => match &**o {
            Other::StaticMethod(f) => f.clone(),
            _ => v,
        },
        _ => v,
    }
}

/// `type.__init__(cls, name, bases, ns, **kwds)`: checks the arguments only.
pub fn type_init(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if !matches!(args.first(), Some(Value::Class(_))) {
        return Err(descriptor_error(vm, "__init__", args.first()));
    }
    if args.len() != 2 && args.len() != 4 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__`.
pub fn type_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            vm.call_class(&c, &args[1..], kwargs)
        }
        other => Err(descriptor_error(vm, "__call__", other)),
    }
}

/// `type.__prepare__(name, bases, **kwds)`: a new dict.
pub fn type_prepare(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Dict(crate::runtime::gc::new(PyDict::new())))
}

/// `type.__instancecheck__(cls, obj)`.
pub fn type_instancecheck(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args {
        [Value::Class(c), v] => Ok(Value::bool(vm.isinstance(v, c))),
        _ => Err(type_error("__instancecheck__ expected 1 argument")),
    }
}

/// `type.__subclasscheck__(cls, sub)`.
pub fn type_subclasscheck(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args {
        [Value::Class(c), Value::Class(s)] => Ok(Value::bool(s.is_subclass(c))),
        [Value::Class(_), _] => Err(type_error("issubclass() arg 1 must be a class")),
        _ => Err(type_error("__subclasscheck__ expected 1 argument")),
    }
}

/// `type.__subclasses__(cls)`: the live direct subclasses, oldest first.
pub fn type_subclasses(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.first() else { return Err(descriptor_error(vm, "__subclasses__", args.first())) };
    let subs = c.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Class).collect();
    Ok(Value::list(subs))
}

/// `type.__repr__(cls)`: `<class 'module.Name'>`.
pub fn type_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.first() else { return Err(descriptor_error(vm, "__repr__", args.first())) };
    Ok(Value::string(class_repr(c)))
}

/// `type.__setattr__(cls, name, value)`: stores into the class, past any
/// metaclass `__setattr__`.
pub fn type_setattr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args {
        [Value::Class(c), Value::Str(name), value] => {
            let name = intern(name.as_str());
            vm.set_class_attr(c, &name, value.clone())?;
            Ok(Value::None)
        }
        [Value::Class(_), name, _] => {
            Err(type_error(format!("attribute name must be string, not '{}'", vm.type_of(name).name.as_str())))
        }
        _ => Err(descriptor_error(vm, "__setattr__", args.first())),
    }
}

/// `type.__delattr__(cls, name)`.
pub fn type_delattr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args {
        [c @ Value::Class(_), Value::Str(name)] => {
            vm.del_attr_generic(c, &intern(name.as_str()))?;
            Ok(Value::None)
        }
        _ => Err(descriptor_error(vm, "__delattr__", args.first())),
    }
}

/// `<class 'module.Qualname'>` (`<class 'int'>` for builtin types).
pub fn class_repr(c: &Class) -> String {
    if c.builtin {
        return format!("<class '{}'>", c.name.as_str());
    }
    match c.dict.get_str(&static_name("__module__")) {
        Some(Value::Str(m)) if m.as_str() == "builtins" => format!("<class '{}'>", c.qualname.as_str()),
        Some(Value::Str(m)) => format!("<class '{}.{}'>", m.as_str(), c.qualname.as_str()),
        _ => format!("<class '__main__.{}'>", c.qualname.as_str()),
    }
}

/// CPython's error for a `type` method called on something else.
fn descriptor_error(vm: &Vm, name: &str, got: Option<&Value>) -> PyErr {
    match got {
        Some(v) => type_error(format!("descriptor '{}' requires a 'type' object but received a '{}'", name, vm.type_of(v).name.as_str())),
        None => type_error(format!("descriptor '{}' of 'type' object needs an argument", name)),
    }
}
