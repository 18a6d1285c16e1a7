//! Calling: argument binding, Python function frames, classes as
//! constructors, bound methods and builtins; plus class creation.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::errors::*;
use super::eval::FrameExit;
use super::frame::Frame;
use super::Vm;
use crate::bytecode::flags;
use crate::runtime::gc::{self, GcHead};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::{c3_mro, types};
use crate::runtime::value::Value;

/// Headroom kept on the native stack below which calls raise RecursionError.
const STACK_RESERVE: usize = 256 * 1024;

impl Vm {
    /// Calls any callable with positional and keyword arguments.
    pub fn call_value(&mut self, func: &Value, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
        match func {
            Value::Function(f) => self.call_function(f, args, kwargs),
            Value::Builtin(b) => (b.func)(self, args, kwargs),
            Value::BoundMethod(m) => {
                let first = m.receiver.clone();
                                self.call_prepended(&m.func, &first, args, kwargs)
            }
            Value::Class(c) => self.call_class(c, args, kwargs),
            Value::Instance(_) => {
                let call = self.lookup_special(func, "__call__").ok_or_else(|| self.not_callable(func))?;
                let first = func.clone();
                                self.call_prepended(&call, &first, args, kwargs)
            }
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) | Other::ClassMethod(f) => {
                    let f = f.clone();
                    self.call_value(&f, args, kwargs)
                }
                _ => Err(self.not_callable(func)),
            },
            _ => Err(self.not_callable(func)),
        }
    }

    /// Calls `func(first, *args)` without allocating for short argument lists
    /// (bound methods, `__init__`, `__call__`).
    pub fn call_prepended(&mut self, func: &Value, first: &Value, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
        const N: usize = 8;
        if args.len() < N {
            let mut buf: [std::mem::MaybeUninit<Value>; N] = [const { std::mem::MaybeUninit::uninit() }; N];
            buf[0].write(first.clone());
            for (slot, a) in buf[1..].iter_mut().zip(args) {
                slot.write(a.clone());
            }
            let n = args.len() + 1;
            // SAFETY: the first `n` entries were initialized above.
            let full = unsafe { std::slice::from_raw_parts(buf.as_ptr() as *const Value, n) };
            let r = self.call_value(func, full, kwargs);
            for v in &buf[..n] {
                // SAFETY: initialized above, released exactly once here.
                unsafe { v.assume_init_read() }.release();
            }
            return r;
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(first.clone());
        full.extend_from_slice(args);
        self.call_value(func, &full, kwargs)
    }

    fn not_callable(&self, v: &Value) -> PyErr {
        type_error(format!("'{}' object is not callable", self.type_of(v).name.as_str()))
    }

    /// Looks a special method up on the type (not the instance), as Python does.
    pub fn lookup_special(&self, v: &Value, name: &'static str) -> Option<Value> {
        let name = static_name(name);
        match v {
            Value::Instance(i) => i.class.lookup(&name),
            _ => self.type_of(v).lookup(&name),
        }
    }

    /// Calls a Python function: binds arguments into a fresh frame and runs it
    /// (or wraps it in a generator object).
    pub fn call_function(&mut self, func: &Rc<Function>, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
        let mut frame = self.frame_for_call(func, args, kwargs)?;
        if func.code.is_generator() {
            return Ok(Value::Generator(gc::new(Generator {
                frame: RefCell::new(Some(Box::new(frame))),
                running: Cell::new(false),
                name: func.name.borrow().clone(),
                qualname: func.qualname.borrow().clone(),
                started: Cell::new(false),
                gc: GcHead::new(),
            })));
        }
        let r = self.run_guarded(&mut frame);
        self.recycle(frame);
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(runtime_error("yield outside generator")),
        }
    }

    /// A fresh frame for calling `func` with these arguments bound (buffers
    /// come from the frame pool).
    #[inline]
    pub(crate) fn frame_for_call(&mut self, func: &Rc<Function>, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Frame> {
        let code = &func.code;
        let simple = kwargs.is_empty()
            && args.len() == code.argcount as usize
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        let mut frame = if simple {
            self.exact_frame(func, args)
        } else {
            let buffer = self.frame_pool.pop().unwrap_or_default();
            Frame::with_buffer(code.clone(), func.globals.clone(), buffer)
        };
        if !simple {
            if let Err(e) = self.bind_args(func, &mut frame, args, kwargs) {
                self.recycle(frame);
                return Err(e);
            }
        }
        if code.has_cells {
            self.init_cells(func, &mut frame);
        }
        Ok(frame)
    }

    /// A frame for a call whose positional arguments are exactly the
    /// parameters, on a buffer from the frame pool (arguments copied in, the
    /// other fixed slots unbound).
    #[inline(always)]
    fn exact_frame(&mut self, func: &Rc<Function>, args: &[Value]) -> Frame {
        let mut frame = Frame::vacant(func);
        frame.slots = self.frame_pool.pop().unwrap_or_default();
        // SAFETY: the arguments are cloned, not moved.
        unsafe { frame.bind(func, args, false) };
        frame
    }

    /// Returns a finished frame's slot buffer to the pool.
    #[inline]
    pub(crate) fn recycle(&mut self, mut frame: Frame) {
        frame.vacate();
        let slots = std::mem::take(&mut frame.slots);
        if self.frame_pool.len() < 256 && slots.capacity() <= 1024 {
            self.frame_pool.push(slots);
        }
        if super::signals::breaker() {
            // A generator suspended in `try` died with the frame.
            self.run_finalizers();
        }
    }

    /// Runs a frame one level deeper, enforcing the recursion limit and the
    /// native stack reserve.
    pub fn run_guarded(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let r = self.run_frame(frame);
        self.depth -= 1;
        r
    }

    /// Enters a nested native operation on a container (repr, comparison,
    /// hashing of nested values): counts against the recursion limit like a
    /// call, so deeply nested data raises RecursionError instead of
    /// overflowing the native stack. Pair with [`Vm::leave_nested`].
    pub fn enter_nested(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit || self.native_stack_low() {
            return Err(recursion_error(format!("maximum recursion depth exceeded{}", what)));
        }
        self.depth += 1;
        Ok(())
    }

    /// Leaves a nested operation entered with [`Vm::enter_nested`].
    #[inline]
    pub fn leave_nested(&mut self) {
        self.depth -= 1;
    }

    #[inline]
    fn native_stack_low(&self) -> bool {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        self.stack_floor != 0 && here < self.stack_floor + STACK_RESERVE
    }

    pub(super) fn init_cells(&mut self, func: &Function, frame: &mut Frame) {
        let code = &func.code;
        let nlocals = code.varnames.len();
        for (i, arg) in code.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => std::mem::replace(&mut frame.slots[*a as usize], Value::Null),
                None => Value::Null,
            };
            frame.slots[nlocals + i] = Value::Cell(PyCell::new_rc(init));
        }
        let ncell = code.cellvars.len();
        for (i, c) in func.closure.iter().enumerate() {
            frame.slots[nlocals + ncell + i] = c.clone();
        }
    }

    /// General argument binding with CPython's error messages.
    fn bind_args(&mut self, func: &Function, frame: &mut Frame, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
        let code = &func.code;
        let qual = func.qualname.borrow().as_str().to_owned();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let defaults = func.defaults.borrow();
        let nposargs = args.len().min(argcount);
        for i in 0..nposargs {
            frame.slots[i] = args[i].clone();
        }
        let mut idx = argcount + kwonly;
        if has_varargs {
            let extra = if args.len() > argcount { args[argcount..].to_vec() } else { Vec::new() };
            frame.slots[idx] = Value::tuple(extra);
            idx += 1;
        } else if args.len() > argcount {
            let ndef = defaults.len();
            let given_kw = kwargs.iter().filter(|(k, _)| code.varnames[..argcount].iter().any(|v| **v == **k)).count();
            let takes = if ndef > 0 {
                format!("from {} to {} positional argument{}", argcount - ndef, argcount, if argcount == 1 { "" } else { "s" })
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if given_kw > 0 {
                format!("{} positional argument{} (and {} keyword-only argument{})", args.len(), if args.len() == 1 { "" } else { "s" }, given_kw, if given_kw == 1 { "" } else { "s" })
            } else {
                format!("{} {}", args.len(), if args.len() == 1 { "was" } else { "were" })
            };
            let msg = if given_kw > 0 {
                format!("{}() takes {} but {} were given", qual, takes, given)
            } else {
                format!("{}() takes {} but {} given", qual, takes, given)
            };
            return Err(type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = crate::runtime::gc::new(PyDict::new());
            frame.slots[idx] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        for (name, value) in kwargs {
            let pos = code.varnames[code.posonlyargcount as usize..argcount + kwonly]
                .iter()
                .position(|v| Rc::ptr_eq(v, name) || **v == **name)
                .map(|p| p + code.posonlyargcount as usize);
            match pos {
                Some(p) => {
                    if !frame.slots[p].is_null() {
                        return Err(type_error(format!("{}() got multiple values for argument '{}'", qual, name.as_str())));
                    }
                    frame.slots[p] = value.clone();
                }
                None => match &kwdict {
                    Some(d) => d.set_str(name, value.clone()),
                    None if code.varnames[..code.posonlyargcount as usize].iter().any(|v| **v == **name) => {
                        let posonly = &code.varnames[..code.posonlyargcount as usize];
                        let names: Vec<&str> = kwargs
                            .iter()
                            .filter(|(k, _)| posonly.iter().any(|v| **v == **k))
                            .map(|(k, _)| k.as_str())
                            .collect();
                        return Err(type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qual,
                            names.join(", ")
                        )));
                    }
                    None => {
                        return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", qual, name.as_str())));
                    }
                },
            }
        }
        // Defaults and missing arguments.
        let ndef = defaults.len();
        let first_default = argcount - ndef.min(argcount);
        let mut missing = Vec::new();
        for i in nposargs..argcount {
            if frame.slots[i].is_null() {
                if i >= first_default {
                    frame.slots[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].as_str().to_owned());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow();
        for i in argcount..argcount + kwonly {
            if frame.slots[i].is_null() {
                let name = &code.varnames[i];
                match kwdefaults.iter().find(|(k, _)| **k == **name) {
                    Some((_, v)) => frame.slots[i] = v.clone(),
                    None => missing.push(name.as_str().to_owned()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(())
    }

    /// Calls a class: builtin constructors, or `__new__` + `__init__` for user classes.
    pub fn call_class(&mut self, cls: &Rc<Class>, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
        let new = cls.lookup(&static_name("__new__"));
        let obj = match &new {
            Some(Value::Builtin(b)) if cls.builtin || cls.native != NativeKind::Object || b.name != "__new__" => {
                let first = Value::Class(cls.clone());
                                let obj = self.call_prepended(&Value::Builtin(b.clone()), &first, args, kwargs)?;
                if cls.builtin {
                    return Ok(obj);
                }
                obj
            }
            Some(Value::Other(o)) if matches!(&**o, Other::StaticMethod(_)) => {
                let first = Value::Class(cls.clone());
                                let f = match &**o {
                    Other::StaticMethod(f) => f.clone(),
                    _ => unreachable!(),
                };
                self.call_prepended(&f, &first, args, kwargs)?
            }
            Some(f @ Value::Function(_)) => {
                let first = Value::Class(cls.clone());
                                self.call_prepended(f, &first, args, kwargs)?
            }
            _ => self.new_instance(cls),
        };
        if !self.isinstance(&obj, cls) {
            return Ok(obj);
        }
        match cls.lookup(&static_name("__init__")) {
            Some(init) if !matches!(&init, Value::Builtin(b) if b.name == "__init__" && b.owner == Some("object")) => {
                let first = obj.clone();
                                let r = self.call_prepended(&init, &first, args, kwargs)?;
                if !r.is_none() {
                    return Err(type_error(format!("__init__() should return None, not '{}'", self.type_of(&r).name.as_str())));
                }
            }
            _ => {
                let custom_new = matches!(new, Some(Value::Function(_)) | Some(Value::Other(_)));
                if (!args.is_empty() || !kwargs.is_empty()) && !custom_new && cls.native == NativeKind::Object {
                    return Err(type_error(format!("{}() takes no arguments", cls.name.as_str())));
                }
            }
        }
        Ok(obj)
    }

    /// A bare instance of `cls` with the native storage its base type needs.
    pub fn new_instance(&self, cls: &Rc<Class>) -> Value {
        let native = match cls.native {
            NativeKind::List => NativeData::List(crate::runtime::gc::new(PyList::new(Vec::new()))),
            NativeKind::Dict => NativeData::Dict(crate::runtime::gc::new(PyDict::new())),
            NativeKind::Exception => NativeData::Exception(RefCell::new(ExcData::default())),
            NativeKind::Tuple => NativeData::Value(Value::tuple(Vec::new())),
            _ => NativeData::None,
        };
        Self::instance_with(cls, native)
    }

    /// A bare instance of `cls` carrying `native` (e.g. the items of a
    /// tuple-subclass instance, fixed at creation).
    pub fn instance_with(cls: &Rc<Class>, native: NativeData) -> Value {
        Value::Instance(Instance::new_rc(cls.clone(), Attrs::new(cls.root_shape.clone()), native))
    }

    /// `class` statement: runs the body in a fresh namespace and creates the class.
    pub fn build_class(&mut self, body: Value, name: Value, bases: Vec<Value>, globals: &Rc<PyDict>) -> PyResult<Value> {
        let name_s = match &name {
            Value::Str(s) => s.clone(),
            _ => return Err(type_error("class name must be a string")),
        };
        let mut base_classes = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                _ => return Err(type_error("bases must be types")),
            }
        }
        if base_classes.is_empty() {
            base_classes.push(types().object.clone());
        }
        let ns = crate::runtime::gc::new(PyDict::new());
        let Value::Function(bf) = &body else { return Err(type_error("bad class body")) };
        ns.set_str(&static_name("__module__"), globals.get_str(&static_name("__name__")).unwrap_or(Value::None));
        ns.set_str(&static_name("__qualname__"), Value::Str(bf.qualname.borrow().clone()));
        let mut frame = Frame::new(bf.code.clone(), bf.globals.clone(), Some(ns.clone()));
        self.init_cells(bf, &mut frame);
        let class_cell = match self.run_guarded(&mut frame)? {
            FrameExit::Return(v) => v,
            FrameExit::Yield(_) => Value::None,
        };
        let cls = self.new_class(name_s, base_classes, &ns)?;
        if let Value::Cell(c) = class_cell {
            *c.borrow_mut() = Value::Class(cls.clone());
        }
        Ok(Value::Class(cls))
    }

    /// Refuses to give a class a special method quicken would ignore
    /// (see [`UNSUPPORTED_HOOKS`]).
    pub fn check_class_attribute(name: &str) -> PyResult<()> {
        if UNSUPPORTED_HOOKS.contains(&name) {
            return Err(unsupported_hook(name));
        }
        Ok(())
    }

    /// Creates a class object from a namespace.
    pub fn new_class(&mut self, name: Name, bases: Vec<Rc<Class>>, ns: &PyDict) -> PyResult<Rc<Class>> {
        let mro = c3_mro(&bases).ok_or_else(|| {
            let names: Vec<&str> = bases.iter().map(|b| b.name.as_str()).collect();
            type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")))
        })?;
        for name in UNSUPPORTED_HOOKS {
            if ns.get_str(&static_name(name)).is_some() {
                return Err(unsupported_hook(name));
            }
        }
        let mut native = NativeKind::Object;
        for c in std::iter::once(&bases[0]).chain(mro.iter()) {
            let k = if c.builtin {
                let t = types();
                if Rc::ptr_eq(c, &t.list) {
                    NativeKind::List
                } else if Rc::ptr_eq(c, &t.dict) {
                    NativeKind::Dict
                } else if Rc::ptr_eq(c, &t.tuple) {
                    NativeKind::Tuple
                } else if c.native == NativeKind::Exception {
                    NativeKind::Exception
                } else if Rc::ptr_eq(c, &t.object) {
                    NativeKind::Object
                } else {
                    return Err(not_implemented_error(format!(
                        "subclassing the builtin type '{}' is not supported by quicken",
                        c.name.as_str()
                    )));
                }
            } else {
                c.native
            };
            if k != NativeKind::Object {
                native = k;
                break;
            }
        }
        let slots = match ns.get_str(&static_name("__slots__")) {
            Some(v) => {
                let items = match &v {
                    Value::Str(s) => vec![Value::Str(s.clone())],
                    _ => self.collect(&v)?,
                };
                let mut names: Vec<Name> = Vec::new();
                for it in items {
                    match it {
                        // Private slot names are mangled like private identifiers.
                        Value::Str(s) => match crate::compiler::mangle::mangle(Some(name.as_str()), s.as_str()) {
                            Some(m) => names.push(intern(&m)),
                            None => names.push(intern(s.as_str())),
                        },
                        _ => return Err(type_error("__slots__ items must be strings")),
                    }
                }
                // Inherited slots, unless a base allows arbitrary attributes.
                let mut all = names;
                let mut restricted = true;
                for b in &bases {
                    if b.builtin && Rc::ptr_eq(b, &types().object) {
                        continue;
                    }
                    match &b.slots {
                        Some(s) => all.extend(s.iter().cloned()),
                        None => restricted = false,
                    }
                }
                if all.iter().any(|n| n.as_str() == "__dict__") {
                    restricted = false;
                }
                if restricted { Some(all) } else { None }
            }
            None => None,
        };
        let dict = PyDict::new();
        for (k, v) in ns.items() {
            if let Value::Str(s) = &k {
                dict.set_str(&intern(s.as_str()), v);
            }
        }
        let qualname = match dict.get_str(&static_name("__qualname__")) {
            Some(Value::Str(s)) => intern(s.as_str()),
            _ => name.clone(),
        };
        let cls = Class::create(ClassSpec {
            name: intern(name.as_str()),
            qualname,
            bases,
            mro,
            dict,
            native,
            slots,
            builtin: false,
        });
        // Descriptors learn their attribute name, then the parent class hears
        // about the new subclass (an implicit classmethod).
        for (k, v) in cls.dict.items() {
            if let (Value::Other(o), Value::Str(n)) = (&v, &k) {
                if matches!(&**o, Other::Property { .. }) {
                    self.set_property_name(o, intern(n.as_str()));
                }
            }
            if let Value::Instance(inst) = &v {
                if let Some(set_name) = inst.class.lookup(&static_name("__set_name__")) {
                    self.call_value(&set_name, &[v.clone(), Value::Class(cls.clone()), k], &[])?;
                }
            }
        }
        if let Some(parent) = cls.mro.first() {
            if let Some(init_sub) = parent.lookup(&static_name("__init_subclass__")) {
                let f = match &init_sub {
                    Value::Other(o) => match &**o {
                        Other::ClassMethod(f) => Some(f.clone()),
                        _ => None,
                    },
                    Value::Function(_) => Some(init_sub.clone()),
                    _ => None,
                };
                if let Some(f) = f {
                    self.call_value(&f, &[Value::Class(cls.clone())], &[])?;
                }
            }
        }
        Ok(cls)
    }
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments.
fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Special methods quicken never calls: `__getattribute__` (attribute loads
/// go straight to the instance and class). A class defining one is refused
/// rather than silently run without it.
const UNSUPPORTED_HOOKS: [&str; 1] = ["__getattribute__"];

fn unsupported_hook(name: &str) -> PyErr {
    not_implemented_error(&format!("{} methods are not supported by quicken", name))
}
