//! Attribute access: instances (with shared layouts), classes and
//! descriptors (functions, properties, static and class methods), modules,
//! and the special attributes of builtin objects.

use std::rc::Rc;

use super::errors::*;
use super::Vm;
use crate::runtime::objects::*;
use crate::runtime::str::static_name;
use crate::runtime::types::types;
use crate::runtime::value::Value;

impl Vm {
    /// The name a property got from `__set_name__` (when its class was created), if any.
    pub(crate) fn property_name(&self, prop: &Rc<Other>) -> Option<Name> {
        // An entry for this address is this property: its weak reference keeps the
        // allocation (so the address) from being reused by another object.
        self.property_names.get(&(Rc::as_ptr(prop) as usize)).map(|(_, n)| n.clone())
    }

    /// Records a property's name (`property.__set_name__`).
    pub(crate) fn set_property_name(&mut self, prop: &Rc<Other>, name: Name) {
        let n = self.property_names.len();
        if n >= 1024 && n.is_power_of_two() {
            // Forget dead properties now and then (amortized: at each doubling).
            self.property_names.retain(|_, (w, _)| w.strong_count() > 0);
        }
        self.property_names.insert(Rc::as_ptr(prop) as usize, (Rc::downgrade(prop), name));
    }

    /// CPython 3.11's error for storing to (`deleting` false) or deleting a property
    /// without a setter or deleter.
    fn property_readonly_error(&self, prop: &Rc<Other>, cls: &Class, deleting: bool) -> PyErr {
        // A native getter (a getset descriptor of a builtin type): CPython's words for those.
        if let Other::Property { fget: Value::Builtin(b), .. } = &**prop {
            return attribute_error(format!("attribute '{}' of '{}' objects is not writable", b.name, cls.name.as_str()));
        }
        let what = if deleting { "deleter" } else { "setter" };
        let qualname = cls.qualname.as_str();
        attribute_error(match self.property_name(prop) {
            Some(n) => format!("property '{}' of '{}' object has no {}", n.as_str(), qualname, what),
            None => format!("property of '{}' object has no {}", qualname, what),
        })
    }

    /// True when `name` is declared in the `__slots__` of the class or one of its bases.
    fn is_slot(cls: &Class, name: &Name) -> bool {
        std::iter::once(cls)
            .chain(cls.mro.iter().map(|c| &**c))
            .any(|c| c.slots.as_ref().is_some_and(|s| declares(s, name)))
    }

    /// `getattr(obj, name)`.
    #[inline]
    pub fn get_attr(&mut self, obj: &Value, name: &Name) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            // Without data descriptors on the class, the instance's own
            // attribute wins over anything the class has: no class lookup.
            let own_first = !inst.class.has_data_descriptors();
            if own_first {
                if let Some(v) = inst.get_attr(name) {
                    return Ok(v);
                }
            }
            return self.instance_attr(obj, inst, name, own_first);
        }
        self.get_attr_slow(obj, name)
    }

    /// `getattr(obj, name)` with `None` for a missing attribute (`hasattr`,
    /// `getattr` with a default): builtin values answer without building the
    /// AttributeError that would be discarded.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Name) -> PyResult<Option<Value>> {
        let found = if matches!(obj, Value::Instance(_) | Value::Class(_) | Value::Module(_)) {
            self.get_attr(obj, name)
        } else {
            // `get_attr_slow`'s arm for builtin values, a miss answered as `None`.
            match self.builtin_special_attr(obj, name) {
                Ok(Some(v)) => return Ok(Some(v)),
                Ok(None) => {
                    let cls = self.type_of(obj);
                    return Ok(cls.lookup(name).map(|v| self.bind_descriptor(v, obj, &cls)));
                }
                Err(e) => Err(e),
            }
        };
        match found {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// [`Vm::get_attr`] on an instance after the fast path: `own_checked`
    /// when the instance is known not to have `name` itself.
    #[inline(never)]
    fn instance_attr(&mut self, obj: &Value, inst: &Rc<Instance>, name: &Name, own_checked: bool) -> PyResult<Value> {
        let own = |inst: &Instance| if own_checked { None } else { inst.get_attr(name) };
        let cls_attr = inst.class.lookup(name);
        if let Some(Value::Other(o)) = &cls_attr {
            if let Other::Property { fget, .. } = &**o {
                if fget.is_none() {
                    return Err(attribute_error(format!("property '{}' of '{}' object has no getter", name.as_str(), inst.class.name.as_str())));
                }
                let fget = fget.clone();
                return self.call_value(&fget, std::slice::from_ref(obj), &[]);
            }
        }
        if let Some(Value::Instance(d)) = &cls_attr {
            if let Some(get) = d.class.lookup(&static_name("__get__")) {
                let data = d.class.lookup(&static_name("__set__")).is_some() || d.class.lookup(&static_name("__delete__")).is_some();
                if data || own(inst).is_none() {
                    let descr = Value::Instance(d.clone());
                    return self.call_value(&get, &[descr, obj.clone(), Value::Class(inst.class.clone())], &[]);
                }
            }
        }
        if let Some(v) = own(inst) {
            return Ok(v);
        }
        if let Some(v) = cls_attr {
            return Ok(self.bind_descriptor(v, obj, &inst.class));
        }
        if let Some(v) = self.instance_special_attr(inst, name)? {
            return Ok(v);
        }
        if let Some(ga) = inst.class.lookup(&static_name("__getattr__")) {
            return self.call_value(&ga, &[obj.clone(), Value::Str(name.clone())], &[]);
        }
        Err(no_attribute(obj, name, format!("'{}' object has no attribute '{}'", inst.class.name.as_str(), name.as_str())))
    }

    /// A module attribute that its namespace lacks: `__dict__` (the namespace), the
    /// module's `__getattr__` (PEP 562) when it defines one, else CPython's
    /// AttributeError (which suspects a circular import while the module's body runs).
    #[cold]
    fn module_missing_attr(&mut self, obj: &Value, m: &Module, name: &Name) -> PyResult<Value> {
        if name.as_str() == "__dict__" {
            return Ok(Value::Dict(m.dict.clone()));
        }
        // A module without annotations gets an empty `__annotations__` on first read.
        if name.as_str() == "__annotations__" {
            let d = Value::Dict(crate::runtime::gc::new(PyDict::new()));
            m.dict.set_str(name, d.clone());
            return Ok(d);
        }
        if let Some(getattr) = m.dict.get_str(&static_name("__getattr__")) {
            return self.call_value(&getattr, &[Value::Str(name.clone())], &[]);
        }
        let module_name = match m.dict.get_str(&static_name("__name__")) {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => m.name.clone(),
        };
        let msg = if self.is_initializing(&module_name) {
            format!(
                "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                module_name,
                name.as_str()
            )
        } else {
            format!("module '{}' has no attribute '{}'", module_name, name.as_str())
        };
        Err(no_attribute(obj, name, msg))
    }

    /// [`Vm::get_attr`] on anything but an instance (which
    /// [`Vm::instance_attr`] serves).
    #[inline(never)]
    fn get_attr_slow(&mut self, obj: &Value, name: &Name) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_attr(obj, inst, name, false),
            Value::Class(cls) if cls.metaclass.is_some() => match self.class_attr(cls, name) {
                // A metaclass's `__getattr__` runs whenever the lookup raised
                // AttributeError (a descriptor's included), as CPython's hook does.
                Err(e) if e.matches(&types().attribute_error) => match super::classes::meta_override(cls, "__getattr__") {
                    Some(getattr) => self.call_value(&getattr, &[obj.clone(), Value::Str(name.clone())], &[]),
                    None => Err(e),
                },
                r => r,
            },
            Value::Class(cls) => self.class_attr(cls, name),
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None => self.module_missing_attr(obj, m, name),
            },
            _ => {
                if let Some(v) = self.builtin_special_attr(obj, name)? {
                    return Ok(v);
                }
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(v) => Ok(self.bind_descriptor(v, obj, &cls)),
                    None => Err(no_attribute(obj, name, format!("'{}' object has no attribute '{}'", cls.name.as_str(), name.as_str()))),
                }
            }
        }
    }

    /// Binds a class attribute found for `obj`: functions become bound
    /// methods, classmethods bind the class, staticmethods unwrap.
    /// `with mgr:` entered, as CPython 3.11's `BEFORE_WITH`: `__enter__`
    /// and `__exit__` are looked up on the type (an instance's own attributes
    /// do not count), `__enter__` is called, and the bound `__exit__` comes
    /// back with its result. A Python `__enter__` is called without a bound
    /// method being made for it.
    pub(super) fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let Value::Instance(inst) = mgr else { return self.enter_context_generic(mgr) };
        let cls = &inst.class;
        let enter = cls.lookup(&static_name("__enter__"));
        let exit = cls.lookup(&static_name("__exit__"));
        let (enter, exit) = match (enter, exit) {
            (None, _) => return Err(no_context_protocol(cls, "")),
            (Some(_), None) => return Err(no_context_protocol(cls, " (missed __exit__ method)")),
            // A descriptor object binds through its own __get__.
            (Some(Value::Instance(_)), _) | (_, Some(Value::Instance(_))) => return self.enter_context_generic(mgr),
            (Some(enter), Some(exit)) => (enter, exit),
        };
        let exit = self.bind_descriptor(exit, mgr, cls);
        let entered = match &enter {
            Value::Function(f) => self.call_function(f, std::slice::from_ref(mgr), &[])?,
            _ => {
                let enter = self.bind_descriptor(enter, mgr, cls);
                self.call_value(&enter, &[], &[])?
            }
        };
        Ok((exit, entered))
    }

    /// [`Vm::enter_context`] for managers that are not plain instances.
    #[inline(never)]
    fn enter_context_generic(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(mgr);
        let missing = |e: PyErr, detail: &str| if e.matches(&types().attribute_error) { no_context_protocol(&cls, detail) } else { e };
        let enter = self.get_attr(mgr, &static_name("__enter__")).map_err(|e| missing(e, ""))?;
        let exit = self.get_attr(mgr, &static_name("__exit__")).map_err(|e| missing(e, " (missed __exit__ method)"))?;
        let entered = self.call_value(&enter, &[], &[])?;
        Ok((exit, entered))
    }

    pub(super) fn bind_descriptor(&mut self, v: Value, obj: &Value, cls: &Rc<Class>) -> Value {
        match &v {
            Value::Function(_) | Value::Builtin(_) => {
                Value::BoundMethod(BoundMethod::new_rc(v, obj.clone()))
            }
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) => f.clone(),
                Other::ClassMethod(f) => Value::BoundMethod(BoundMethod::new_rc(f.clone(), Value::Class(cls.clone()))),
                _ => v,
            },
            _ => v,
        }
    }

    /// Attribute of a class object (`Cls.x`): a data descriptor of its
    /// metaclass, the class's own (or inherited) attribute, the metaclass's
    /// other attributes, then the metaclass's `__getattr__`.
    fn class_attr(&mut self, cls: &Rc<Class>, name: &Name) -> PyResult<Value> {
        if cls.metaclass.is_some() {
            if let Some(v) = self.meta_attr(cls, name, true)? {
                return Ok(v);
            }
        }
        if !cls.builtin && name.as_str() == "__annotations__" {
            return Ok(own_annotations(cls, name));
        }
        if let Some(v) = cls.lookup(name) {
            if let Value::Instance(d) = &v {
                if let Some(get) = d.class.lookup(&static_name("__get__")) {
                    return self.call_value(&get, &[v.clone(), Value::None, Value::Class(cls.clone())], &[]);
                }
            }
            return Ok(match &v {
                Value::Other(o) => match &**o {
                    Other::StaticMethod(f) => f.clone(),
                    Other::ClassMethod(f) => Value::BoundMethod(BoundMethod::new_rc(f.clone(), Value::Class(cls.clone()))),
                    _ => v,
                },
                _ => v,
            });
        }
        if cls.metaclass.is_some() {
            if let Some(v) = self.meta_attr(cls, name, false)? {
                return Ok(v);
            }
        }
        let v = match name.as_str() {
            "__class__" => Value::Class(self.type_of(&Value::Class(cls.clone()))),
            // A builtin type's name may be its module's too (`array.array`,
            // what messages and its repr show); `__name__` is the last part.
            "__name__" if cls.builtin && cls.name.as_str().contains('.') => Value::str(cls.name.as_str().rsplit('.').next().unwrap_or_default()),
            "__name__" => Value::Str(cls.name.clone()),
            "__qualname__" => Value::Str(cls.qualname.clone()),
            "__mro__" => {
                let mut m = vec![Value::Class(cls.clone())];
                m.extend(cls.mro.iter().map(|c| Value::Class(c.clone())));
                Value::tuple(m)
            }
            "__bases__" => Value::tuple(cls.bases.iter().map(|c| Value::Class(c.clone())).collect()),
            "__base__" => cls.bases.first().map(|c| Value::Class(c.clone())).unwrap_or(Value::None),
            "__dict__" => {
                let d = crate::runtime::gc::new(PyDict::new());
                for (k, v) in cls.dict.items() {
                    d.table.borrow_mut().insert_new(self.hash(&k)?, k, v);
                }
                Value::Dict(d)
            }
            "__doc__" => Value::None,
            "__module__" => Value::str("builtins"),
            _ if types().type_.dict.get_str(name).is_some() => {
                let f = types().type_.dict.get_str(name).unwrap_or(Value::None);
                Value::BoundMethod(BoundMethod::new_rc(f, Value::Class(cls.clone())))
            }
            _ => {
                return Err(no_attribute(&Value::Class(cls.clone()), name, format!("type object '{}' has no attribute '{}'", cls.name.as_str(), name.as_str())));
            }
        };
        Ok(v)
    }

    fn instance_special_attr(&mut self, inst: &Rc<Instance>, name: &Name) -> PyResult<Option<Value>> {
        Ok(Some(match name.as_str() {
            "__class__" => Value::Class(inst.class.clone()),
            "__dict__" if inst.class.slots.is_none() => Value::Dict(inst.dict()),
            // The first weak reference to the instance (the shared one, if any).
            "__weakref__" if !inst.class.builtin && inst.class.slots.as_ref().is_none_or(|s| s.iter().any(|n| n.as_str() == "__weakref__")) => {
                crate::runtime::weakref::refs_of(&Value::Instance(inst.clone())).into_iter().next().unwrap_or(Value::None)
            }
            "args" if inst.exc().is_some() => Value::tuple(inst.exc().map(|e| e.borrow().args.clone()).unwrap_or_default()),
            "__cause__" if inst.exc().is_some() => inst.exc().map(|e| e.borrow().cause.clone()).unwrap_or(Value::None),
            "__context__" if inst.exc().is_some() => inst.exc().map(|e| e.borrow().context.clone()).unwrap_or(Value::None),
            "__traceback__" if inst.exc().is_some() => crate::builtins::introspect::traceback_of(inst),
            "__suppress_context__" if inst.exc().is_some() => Value::bool(inst.exc().map(|e| e.borrow().suppress_context).unwrap_or(false)),
            _ if inst.exc().is_some() => match crate::builtins::exceptions::get_field(inst, name.as_str())? {
                Some(v) => v,
                None => return Ok(None),
            },
            // `real`, `imag`, ... of an int or float subclass instance: its value's.
            _ => match &inst.native {
                NativeData::Value(v) => return self.builtin_special_attr(&v.clone(), name),
                _ => return Ok(None),
            },
        }))
    }

    fn builtin_special_attr(&mut self, obj: &Value, name: &Name) -> PyResult<Option<Value>> {
        let n = name.as_str();
        Ok(Some(match (obj, n) {
            (_, "__class__") => Value::Class(self.type_of(obj)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => match obj {
                Value::Bool(b) => Value::Int(b.get() as i64),
                _ => obj.clone(),
            },
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
            (Value::Float(_), "real") => obj.clone(),
            (Value::Float(_), "imag") => Value::float(0.0),
            (Value::Other(o), "real" | "imag") if matches!(&**o, Other::Complex { .. }) => {
                let (re, im) = super::complex::as_complex(obj).unwrap_or_default();
                Value::float(if n == "real" { re } else { im })
            }
            (Value::Function(f), "__name__") => Value::Str(f.name.borrow().clone()),
            (Value::Function(f), "__qualname__") => Value::Str(f.qualname.borrow().clone()),
            (Value::Function(f), "__module__") => f.module.clone(),
            (Value::Function(f), "__doc__") => f.doc.borrow().clone(),
            (Value::Function(f), "__defaults__") => {
                let d = f.defaults.borrow();
                if d.is_empty() { Value::None } else { Value::tuple(d.clone()) }
            }
            (Value::Function(f), "__code__") => Value::Code(f.code.clone()),
            (Value::Function(f), "__closure__") => {
                if f.closure.is_empty() { Value::None } else { Value::tuple(f.closure.clone()) }
            }
            (Value::Cell(c), "cell_contents") => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return Err(value_error("Cell is empty"));
                }
                v
            }
            (Value::Function(f), "__annotations__") => {
                f.annotations.borrow_mut().get_or_insert_with(|| Value::Dict(crate::runtime::gc::new(PyDict::new()))).clone()
            }
            (Value::Function(f), "__kwdefaults__") => {
                let kw = f.kwdefaults.borrow();
                if kw.is_empty() {
                    Value::None
                } else {
                    let d = crate::runtime::gc::new(PyDict::new());
                    for (k, v) in kw.iter() {
                        d.set_str(k, v.clone());
                    }
                    Value::Dict(d)
                }
            }
            (Value::Function(f), "__dict__") => {
                let mut d = f.dict.borrow_mut();
                Value::Dict(d.get_or_insert_with(|| crate::runtime::gc::new(PyDict::new())).clone())
            }
            (Value::Function(f), _) => match f.dict.borrow().as_ref().and_then(|d| d.get_str(name)) {
                Some(v) => v,
                None => return Ok(None),
            },
            (Value::Builtin(b), "__name__" | "__qualname__") => Value::str(b.name),
            (Value::BoundMethod(m), "__self__") => m.receiver.clone(),
            (Value::BoundMethod(m), "__func__") => m.func.clone(),
            (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__") => return self.get_attr(&m.func.clone(), name).map(Some),
            (Value::Generator(g), "__name__") => Value::Str(g.name.clone()),
            (Value::Generator(g), "__qualname__") => Value::Str(g.qualname.clone()),
            (Value::Generator(g), _) => match (g.kind, n) {
                (GenKind::Generator, "gi_running") | (GenKind::Coroutine, "cr_running") => Value::bool(g.running.get()),
                (GenKind::AsyncGenerator, "ag_running") => Value::bool(g.running_async.get()),
                (GenKind::Generator, "gi_yieldfrom") | (GenKind::Coroutine, "cr_await") | (GenKind::AsyncGenerator, "ag_await") => {
                    let frame = g.frame.borrow();
                    match frame.as_ref().filter(|_| g.started.get()).and_then(|f| super::coro::suspended_sub(f)) {
                        Some(sub) => sub.clone(),
                        None => Value::None,
                    }
                }
                _ => return Ok(None),
            },
            (Value::Range(r), "start") => Value::Int(r.start),
            (Value::Range(r), "stop") => Value::Int(r.stop),
            (Value::Range(r), "step") => Value::Int(r.step),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Code(c), "co_name") => Value::Str(c.name.clone()),
            (Value::Code(c), "co_filename") => Value::str(&c.filename),
            (Value::Code(c), "co_argcount") => Value::Int(c.argcount as i64),
            (Value::Code(c), "co_varnames") => Value::tuple(c.varnames.iter().map(|n| Value::Str(n.clone())).collect()),
            (Value::Code(c), "co_qualname") => Value::Str(c.qualname.clone()),
            (Value::Code(c), "co_firstlineno") => Value::Int(c.firstlineno as i64),
            (Value::Code(c), "co_flags") => Value::Int(c.cpython_flags() as i64),
            (Value::Code(c), "co_posonlyargcount") => Value::Int(c.posonlyargcount as i64),
            (Value::Code(c), "co_kwonlyargcount") => Value::Int(c.kwonlyargcount as i64),
            (Value::Code(c), "co_nlocals") => Value::Int(c.varnames.len() as i64),
            (Value::Code(c), "co_names") => Value::tuple(c.names.iter().map(|n| Value::Str(n.clone())).collect()),
            (Value::Code(c), "co_cellvars") => Value::tuple(c.cellvars.iter().map(|n| Value::Str(n.clone())).collect()),
            (Value::Code(c), "co_freevars") => Value::tuple(c.freevars.iter().map(|n| Value::Str(n.clone())).collect()),
            (Value::Code(c), "co_consts") => Value::tuple(c.consts.to_vec()),
            (Value::Code(c), "co_stacksize") => Value::Int(c.stacksize as i64),
            (Value::Module(m), "__dict__") => Value::Dict(m.dict.clone()),
            (Value::Other(o), _) => match (&**o, n) {
                (Other::Property { fget, .. }, "fget") => fget.clone(),
                (Other::Property { fset, .. }, "fset") => fset.clone(),
                (Other::Property { doc, .. }, "__doc__") => doc.clone(),
                // Abstract when an accessor (or the wrapped function) is: what
                // `abc.ABCMeta` looks at.
                (Other::Property { fget, fset, fdel, .. }, "__isabstractmethod__") => {
                    let (fget, fset, fdel) = (fget.clone(), fset.clone(), fdel.clone());
                    for f in [fget, fset, fdel] {
                        if self.is_abstract(&f)? {
                            return Ok(Some(Value::bool(true)));
                        }
                    }
                    Value::bool(false)
                }
                (Other::StaticMethod(f) | Other::ClassMethod(f), "__isabstractmethod__") => {
                    let f = f.clone();
                    Value::bool(self.is_abstract(&f)?)
                }
                (Other::StaticMethod(f) | Other::ClassMethod(f), "__func__") => f.clone(),
                (Other::Super { class, obj: sobj }, _) => return self.super_attr(class, sobj, name).map(Some),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    /// Whether `f.__isabstractmethod__` is true (false when absent).
    fn is_abstract(&mut self, f: &Value) -> PyResult<bool> {
        if f.is_none() {
            return Ok(false);
        }
        match self.get_attr(f, &static_name("__isabstractmethod__")) {
            Ok(v) => self.truthy(&v),
            Err(e) if e.matches(&types().attribute_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Attribute lookup through `super()`: search the MRO of the object's type
    /// after `class`.
    fn super_attr(&mut self, class: &Rc<Class>, obj: &Value, name: &Name) -> PyResult<Value> {
        // `super(C, cls)` in a class method searches `cls`'s MRO and binds
        // nothing; `super(M, cls)` in a metaclass method, where `cls` is an
        // instance of `M`, searches `type(cls)`'s and binds `cls`.
        let class_mode = matches!(obj, Value::Class(c) if c.is_subclass(class));
        let start_cls = match obj {
            Value::Class(c) if class_mode => c.clone(),
            _ => self.type_of(obj),
        };
        // The classes after `class` on the MRO of `start_cls` (none when it is not there).
        let mut mro = std::iter::once(&start_cls).chain(start_cls.mro.iter());
        let found = mro.any(|c| Rc::ptr_eq(c, class));
        for c in mro.filter(|_| found) {
            if let Some(v) = c.dict.get_str(name) {
                return Ok(match &v {
                    Value::Function(_) | Value::Builtin(_) => match obj {
                        Value::Class(_) if class_mode => v,
                        _ => Value::BoundMethod(BoundMethod::new_rc(v, obj.clone())),
                    },
                    Value::Other(o) => match &**o {
                        Other::StaticMethod(f) => f.clone(),
                        Other::ClassMethod(f) => Value::BoundMethod(BoundMethod::new_rc(f.clone(), Value::Class(start_cls.clone()))),
                        Other::Property { .. } if class_mode => v,
                        Other::Property { fget, .. } => {
                            let fget = fget.clone();
                            return self.call_value(&fget, std::slice::from_ref(obj), &[]);
                        }
                        _ => v,
                    },
                    Value::Instance(d) => match d.class.lookup(&static_name("__get__")) {
                        Some(get) => {
                            let inst = if class_mode { Value::None } else { obj.clone() };
                            return self.call_value(&get, &[v.clone(), inst, Value::Class(start_cls.clone())], &[]);
                        }
                        None => v,
                    },
                    _ => v,
                });
            }
        }
        Err(attribute_error(format!("'super' object has no attribute '{}'", name.as_str())))
    }

    /// `obj.name` for a call: returns (function, receiver) without allocating a
    /// bound method when possible, else (attribute, Null).
    #[inline]
    pub fn load_method(&mut self, obj: Value, name: &Name) -> PyResult<(Value, Value)> {
        if let Value::Instance(inst) = &obj {
            // A function on the class is not a data descriptor: unless the
            // instance shadows it, it is the method.
            if let Some(v) = inst.class.lookup(name) {
                if matches!(v, Value::Function(_) | Value::Builtin(_)) && inst.get_attr(name).is_none() {
                    return Ok((v, obj));
                }
            }
        }
        self.load_method_slow(obj, name)
    }

    /// [`Vm::load_method`] past its instance fast path.
    #[inline(never)]
    fn load_method_slow(&mut self, obj: Value, name: &Name) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(_) | Value::Class(_) | Value::Module(_) => {}
            Value::Other(o) if matches!(&**o, Other::Super { .. }) => {}
            _ => {
                let cls = types().builtin_type_of(&obj);
                if let Some(v @ Value::Builtin(_)) = cls.dict.get_str(name) {
                    return Ok((v, obj));
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// `setattr(obj, name, value)`.
    #[inline]
    pub fn set_attr(&mut self, obj: &Value, name: &Name, value: Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if inst.class.stores_plainly(name) {
                inst.set_attr(name, value);
                return Ok(());
            }
        }
        self.set_attr_slow(obj, name, value)
    }

    /// [`Vm::set_attr`] when something else than the instance's own
    /// attributes may have a say: descriptors, hooks, `__slots__`, or
    /// objects other than instances.
    #[inline(never)]
    fn set_attr_slow(&mut self, obj: &Value, name: &Name, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls_attr = inst.class.lookup(name);
                if let Some(Value::Instance(d)) = &cls_attr {
                    if let Some(set) = d.class.lookup(&static_name("__set__")) {
                        self.call_value(&set, &[Value::Instance(d.clone()), obj.clone(), value], &[])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Other(o)) = &cls_attr {
                    if let Other::Property { fset, .. } = &**o {
                        if fset.is_none() {
                            return Err(self.property_readonly_error(o, &inst.class, false));
                        }
                        let fset = fset.clone();
                        self.call_value(&fset, &[obj.clone(), value], &[])?;
                        return Ok(());
                    }
                }
                if let Some(sa) = inst.class.custom_setattr() {
                    self.call_value(&sa, &[obj.clone(), Value::Str(name.clone()), value], &[])?;
                    return Ok(());
                }
                if name.as_str() == "__class__" {
                    return Err(not_implemented_error("assigning to __class__ of an instance is not supported by quicken"));
                }
                if let Some(e) = inst.exc() {
                    match name.as_str() {
                        "__cause__" => {
                            let mut e = e.borrow_mut();
                            e.cause = value;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.borrow_mut().context = value;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            let b = self.truthy(&value)?;
                            e.borrow_mut().suppress_context = b;
                            return Ok(());
                        }
                        "args" => {
                            let items = self.collect(&value)?;
                            e.borrow_mut().args = items;
                            return Ok(());
                        }
                        "__traceback__" => return crate::builtins::introspect::set_traceback(inst, &value),
                        n if crate::builtins::exceptions::is_readonly_field(inst, n) => return Err(attribute_error("readonly attribute")),
                        n if crate::builtins::exceptions::set_field(inst, n, &value) => return Ok(()),
                        _ => {}
                    }
                }
                if let Some(slots) = &inst.class.slots {
                    if !declares(slots, name) {
                        // No instance dict: a class attribute of that name cannot be shadowed.
                        let cls = inst.class.name.as_str();
                        return Err(attribute_error(match cls_attr {
                            Some(_) => format!("'{}' object attribute '{}' is read-only", cls, name.as_str()),
                            None => format!("'{}' object has no attribute '{}'", cls, name.as_str()),
                        }));
                    }
                }
                inst.set_attr(name, value);
                Ok(())
            }
            Value::Class(cls) => {
                if cls.metaclass.is_some() && self.meta_set_attr(cls, name, &value)? {
                    return Ok(());
                }
                self.set_class_attr(cls, name, value)
            }
            Value::Module(m) => {
                m.dict.set_str(name, value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__annotations__" => {
                        *f.annotations.borrow_mut() = match &value {
                            Value::Dict(_) => Some(value),
                            Value::None => None,
                            _ => return Err(type_error("__annotations__ must be set to a dict object")),
                        };
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match &value {
                            Value::None => Vec::new(),
                            Value::Tuple(t) => t.items.clone(),
                            _ => return Err(type_error("__defaults__ must be set to a tuple object")),
                        };
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match &value {
                            Value::None => Vec::new(),
                            Value::Dict(d) => d
                                .items()
                                .into_iter()
                                .filter_map(|(k, v)| match k {
                                    Value::Str(s) => Some((crate::runtime::str::intern(s.as_str()), v)),
                                    _ => None,
                                })
                                .collect(),
                            _ => return Err(type_error("__kwdefaults__ must be set to a dict object")),
                        };
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        d.get_or_insert_with(|| crate::runtime::gc::new(PyDict::new())).set_str(name, value);
                    }
                }
                Ok(())
            }
            _ => {
                let cls = self.type_of(obj);
                Err(if cls.lookup(name).is_some() {
                    attribute_error(format!("'{}' object attribute '{}' is read-only", cls.name.as_str(), name.as_str()))
                } else {
                    attribute_error(format!("'{}' object has no attribute '{}'", cls.name.as_str(), name.as_str()))
                })
            }
        }
    }

    /// `type.__setattr__`: binds `name` in the class's own namespace.
    pub fn set_class_attr(&mut self, cls: &Rc<Class>, name: &Name, value: Value) -> PyResult<()> {
        if cls.builtin {
            return Err(type_error(format!("cannot set '{}' attribute of immutable type '{}'", name.as_str(), cls.name.as_str())));
        }
        Vm::check_class_attribute(name.as_str())?;
        cls.dict.set_str(name, value);
        cls.attribute_changed(name);
        Ok(())
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&mut self, obj: &Value, name: &Name) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some(hook) = inst.class.lookup(&static_name("__delattr__")) {
                if !matches!(hook, Value::Builtin(_)) {
                    self.call_value(&hook, &[obj.clone(), Value::Str(name.clone())], &[])?;
                    return Ok(());
                }
            }
        }
        if let Value::Class(cls) = obj {
            if cls.metaclass.is_some() && self.meta_del_attr(cls, name)? {
                return Ok(());
            }
        }
        self.del_attr_generic(obj, name)
    }

    /// `object.__delattr__`: deletion without a class's `__delattr__` hook.
    pub fn del_attr_generic(&mut self, obj: &Value, name: &Name) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls_attr = inst.class.lookup(name);
                if let Some(Value::Instance(d)) = &cls_attr {
                    if let Some(del) = d.class.lookup(&static_name("__delete__")) {
                        self.call_value(&del, &[Value::Instance(d.clone()), obj.clone()], &[])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Other(o)) = &cls_attr {
                    if let Other::Property { fdel, .. } = &**o {
                        if fdel.is_none() {
                            return Err(self.property_readonly_error(o, &inst.class, true));
                        }
                        let fdel = fdel.clone();
                        self.call_value(&fdel, std::slice::from_ref(obj), &[])?;
                        return Ok(());
                    }
                }
                if inst.del_attr(name) {
                    return Ok(());
                }
                let cls = inst.class.name.as_str();
                Err(attribute_error(if Self::is_slot(&inst.class, name) {
                    // An unset slot: CPython's member descriptor says just the name.
                    name.as_str().to_owned()
                } else if inst.class.slots.is_some() && cls_attr.is_some() {
                    format!("'{}' object attribute '{}' is read-only", cls, name.as_str())
                } else {
                    format!("'{}' object has no attribute '{}'", cls, name.as_str())
                }))
            }
            Value::Class(cls) if !cls.builtin => {
                if cls.dict.del_str(name).is_none() {
                    return Err(attribute_error(format!("type object '{}' has no attribute '{}'", cls.name.as_str(), name.as_str())));
                }
                cls.attribute_changed(name);
                Ok(())
            }
            Value::Module(m) => m.dict.del_str(name).map(|_| ()).ok_or_else(|| {
                attribute_error(format!("module '{}' has no attribute '{}'", m.name, name.as_str()))
            }),
            // `del f.__annotations__` empties them; other names leave the function's dict.
            Value::Function(f) if name.as_str() == "__annotations__" => {
                *f.annotations.borrow_mut() = None;
                Ok(())
            }
            Value::Function(f) if f.dict.borrow().as_ref().is_some_and(|d| d.del_str(name).is_some()) => Ok(()),
            _ => Err(attribute_error(format!("'{}' object has no attribute '{}'", self.type_of(obj).name.as_str(), name.as_str()))),
        }
    }
}

/// `Cls.__annotations__`: the class's own (never a base's), created empty on
/// first read when its body annotated nothing, as CPython 3.10+ does.
fn own_annotations(cls: &Rc<Class>, name: &Name) -> Value {
    if let Some(v) = cls.dict.get_str(name) {
        return v;
    }
    let d = Value::Dict(crate::runtime::gc::new(PyDict::new()));
    cls.dict.set_str(name, d.clone());
    cls.attribute_changed(name);
    d
}

/// The AttributeError of a failed `obj.name` lookup, with `.name` and
/// `.obj` set as CPython's getattr sets them.
fn no_attribute(obj: &Value, name: &Name, msg: String) -> PyErr {
    let err = attribute_error(msg);
    crate::builtins::exceptions::set_field(&err.exc, "name", &Value::Str(name.clone()));
    crate::builtins::exceptions::set_field(&err.exc, "obj", obj);
    err
}

/// `SyntaxError.msg`, `.filename`, `.lineno`, ...: the fields its
/// constructor set from args `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`; None when absent.
pub fn syntax_error_field(inst: &Instance, name: &str) -> Value {
    crate::builtins::exceptions::field(inst, name).unwrap_or(Value::None)
}

/// CPython's TypeError for a `with` on an object without `__enter__` or
/// `__exit__`.
fn no_context_protocol(cls: &Class, detail: &str) -> PyErr {
    type_error(format!("'{}' object does not support the context manager protocol{}", cls.name.as_str(), detail))
}
