//! Calling: argument binding, Python function frames, classes as
//! constructors, bound methods and builtins; plus class creation.

use std::cell::RefCell;
use std::rc::Rc;

use super::errors::*;
use super::eval::FrameExit;
use super::frame::Frame;
use super::Vm;
use crate::bytecode::flags;
use crate::runtime::gc;
use crate::runtime::objects::*;
use crate::runtime::str::{intern, intern_rc, static_name};
use crate::runtime::types::{c3_mro, types};
use crate::runtime::value::Value;

/// Releases the values of `stack` from `len` on.
fn release_from(stack: &mut Vec<Value>, len: usize) {
    for v in stack.drain(len..) {
        v.release();
    }
}

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
            Value::Class(c) => match super::classes::meta_override(c, "__call__") {
                Some(call) => self.call_prepended(&call, func, args, kwargs),
                None => self.call_class(c, args, kwargs),
            },
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
        let frame = self.frame_for_call(func, args, kwargs)?;
        self.run_function_frame(func, frame)
    }

    /// Runs a frame made for a call of `func` (or wraps it in a generator
    /// object).
    fn run_function_frame(&mut self, func: &Rc<Function>, frame: Frame) -> PyResult<Value> {
        if func.code.is_generator() {
            return Ok(new_generator(func, frame));
        }
        self.run_call_frame(frame)
    }

    /// Runs the frame of a call (not a generator's) to its return, then
    /// gives its buffer back to the pool.
    pub(crate) fn run_call_frame(&mut self, mut frame: Frame) -> PyResult<Value> {
        let r = self.run_guarded(&mut frame);
        self.recycle(frame);
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(runtime_error("yield outside generator")),
        }
    }

    /// Calling generator function `func` with positional arguments that
    /// bind (see [`generator_takes`](crate::specialize::generator_takes)):
    /// the generator object, its frame holding copies of the arguments.
    pub(crate) fn call_generator(&mut self, func: &Rc<Function>, args: &[Value]) -> PyResult<Value> {
        let frame = self.frame_for_call(func, args, &[])?;
        Ok(new_generator(func, frame))
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

    /// A call run by `step` (`CALL`, `CALL_METHOD`, `CALL_KW`): calls
    /// `stack[callable]` with the positional arguments `stack[first..]` and
    /// `kwargs`; the stack ends at `callable` afterwards. A Python function,
    /// and a plain class whose Python `__init__` the arguments bind exactly,
    /// run once the caller's references to the arguments are gone (their
    /// frame holds its own), as after the hot loop's inline calls (which move
    /// them) and CPython's calls (which steal them): inside the callee an
    /// argument is held by its parameter, not also by the caller's stack, so
    /// `sys.getrefcount` counts the same in every tier. Other callables get
    /// the arguments while the stack holds them.
    pub(crate) fn call_on_stack(&mut self, stack: &mut Vec<Value>, callable: usize, first: usize, kwargs: Vec<(Name, Value)>) -> PyResult<Value> {
        let nargs = stack.len() - first;
        // The function to run in a new frame, where its arguments start, and
        // the instance a class call makes.
        let plain = match &stack[callable] {
            Value::Function(func) => Some((func.clone(), first, None)),
            Value::Class(cls) if kwargs.is_empty() && first > callable => crate::specialize::plain_python_init(cls, nargs).ok().map(|init| {
                // `[self, args...]`: the instance takes the slot before the
                // arguments (the class's, or a method call's NULL).
                let obj = self.new_instance(cls);
                (init, first - 1, Some(obj))
            }),
            _ => None,
        };
        let Some((func, from, instance)) = plain else {
            let r = self.call_value(&stack[callable], &stack[first..], &kwargs);
            release_from(stack, callable);
            return r;
        };
        if let Some(obj) = &instance {
            std::mem::replace(&mut stack[from], obj.clone()).release();
        }
        let frame = self.frame_for_call(&func, &stack[from..], &kwargs);
        drop(kwargs);
        release_from(stack, callable);
        let v = self.run_function_frame(&func, frame?)?;
        match instance {
            None => Ok(v),
            Some(obj) if v.is_none() => Ok(obj),
            Some(_) => Err(type_error(format!("__init__() should return None, not '{}'", self.type_of(&v).name.as_str()))),
        }
    }

    /// `func(*args, **kwargs)` (`CALL_EX`): a tuple is passed as it is, any
    /// other iterable collected; the keyword dict's names (interned
    /// identifiers as a rule) are reused without re-interning.
    pub(crate) fn call_ex(&mut self, func: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
        let collected;
        let positional: &[Value] = match args {
            Value::Tuple(t) => &t.items,
            _ => {
                collected = match self.collect(args) {
                    Ok(items) => items,
                    Err(e) => return Err(self.starred_error(e, args, Some(func))),
                };
                &collected
            }
        };
        let Value::Dict(d) = kwargs else { return self.call_value(func, positional, &[]) };
        let Some(kw) = keyword_pairs(d) else { return Err(type_error("keywords must be strings")) };
        self.call_value(func, positional, &kw)
    }

    /// `DICT_MERGE` of a call's `**m` into its keyword dict `d`: a name
    /// given twice is an error (the caller names the function).
    pub(crate) fn dict_merge_keywords(&mut self, d: &PyDict, m: &Value) -> PyResult<()> {
        self.dict_update_from(d, m, true)
    }

    /// The error of a call's `**m` that is no mapping or repeats a keyword,
    /// worded as CPython's (`f() argument after ** must be a mapping, not
    /// int`, `f() got multiple values for keyword argument 'x'`).
    #[cold]
    pub(crate) fn keywords_error(&mut self, e: PyErr, func: &Value, m: &Value) -> PyErr {
        if !e.matches(&types().type_error) {
            return e;
        }
        let text = e.value();
        let msg = self.str_of(&text).unwrap_or_default();
        if let Some(rest) = msg.strip_prefix("got multiple values for keyword argument") {
            return type_error(format!("{} got multiple values for keyword argument{}", self.function_str(func), rest));
        }
        let is_mapping = matches!(m, Value::Dict(_)) || self.get_attr_opt(m, &static_name("keys")).ok().flatten().is_some();
        if is_mapping {
            return e;
        }
        type_error(format!("{} argument after ** must be a mapping, not {}", self.function_str(func), self.type_of(m).name.as_str()))
    }

    /// The error of collecting a `*it` argument or display item: when `it`
    /// is not iterable at all, CPython's wording (`Value after * must be an
    /// iterable, not int`, or for a call's single `*it`, `f() argument after
    /// * must be an iterable, not int`); an error raised while iterating
    /// stays as it is.
    #[cold]
    pub(crate) fn starred_error(&mut self, e: PyErr, it: &Value, func: Option<&Value>) -> PyErr {
        if !e.matches(&types().type_error) || self.iterable_kind(it) {
            return e;
        }
        let kind = self.type_of(it).name.as_str().to_owned();
        match func {
            Some(func) => type_error(format!("{} argument after * must be an iterable, not {}", self.function_str(func), kind)),
            None => type_error(format!("Value after * must be an iterable, not {}", kind)),
        }
    }

    /// True when `v`'s type makes iterators (`__iter__`, or a sequence's
    /// `__getitem__`), whether or not making one succeeds.
    fn iterable_kind(&mut self, v: &Value) -> bool {
        match v {
            Value::Instance(i) => {
                i.class.lookup(&static_name("__iter__")).is_some()
                    || i.class.lookup(&static_name("__getitem__")).is_some()
                    || !matches!(i.native, NativeData::None)
            }
            Value::Class(c) => super::classes::meta_override(c, "__iter__").is_some(),
            _ => self.get_iter(v).is_ok(),
        }
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, `qualname()` for builtins, else `type object`.
    pub(crate) fn function_str(&mut self, func: &Value) -> String {
        let qualname = match self.get_attr_opt(func, &static_name("__qualname__")) {
            Ok(Some(q)) => self.str_of(&q).unwrap_or_default(),
            _ => return format!("{} object", self.type_of(func).name.as_str()),
        };
        match self.get_attr_opt(func, &static_name("__module__")) {
            Ok(Some(Value::Str(m))) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), qualname),
            _ => format!("{}()", qualname),
        }
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
    pub(super) fn bind_args(&mut self, func: &Function, frame: &mut Frame, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
        let code = &func.code;
        // Only error messages name the function: no copy on the way that succeeds.
        let qual = || func.qualname.borrow().as_str().to_owned();
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
                format!("{}() takes {} but {} were given", qual(), takes, given)
            } else {
                format!("{}() takes {} but {} given", qual(), takes, given)
            };
            return Err(type_error(msg));
        }
        let kwdict = if has_varkw {
            // Sized for every keyword (most go to `**kwargs` in forwarding
            // wrappers), so that it does not grow and rehash while filled.
            let d = crate::runtime::gc::new(PyDict::with_table(crate::runtime::dict::DictTable::with_capacity(kwargs.len())));
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
                        return Err(type_error(format!("{}() got multiple values for argument '{}'", qual(), name.as_str())));
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
                            qual(),
                            names.join(", ")
                        )));
                    }
                    None => {
                        return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", qual(), name.as_str())));
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
                qual(),
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
                qual(),
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
            _ => {
                self.check_not_abstract(cls)?;
                self.new_instance(cls)
            }
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
            NativeKind::Int => NativeData::Value(Value::Int(0)),
            NativeKind::Float => NativeData::Value(Value::float(0.0)),
            NativeKind::Str => NativeData::Value(Value::str("")),
            NativeKind::Bytes => NativeData::Value(crate::vm::bytes::bytes_val(Vec::new())),
            NativeKind::Set => NativeData::Value(Value::Set(crate::runtime::gc::new(PySet::new(false)))),
            NativeKind::FrozenSet => NativeData::Value(Value::Set(crate::runtime::gc::new(PySet::new(true)))),
            _ => return Value::Instance(Instance::new_bare(cls)),
        };
        Self::instance_with(cls, native)
    }

    /// A bare instance of `cls` carrying `native` (e.g. the items of a
    /// tuple-subclass instance, fixed at creation).
    pub fn instance_with(cls: &Rc<Class>, native: NativeData) -> Value {
        Value::Instance(Instance::new_rc(cls.clone(), Attrs::new(cls.root_shape.clone()), native))
    }

    /// Refuses to give a class a special method quicken would ignore
    /// (see [`UNSUPPORTED_HOOKS`]).
    pub fn check_class_attribute(name: &str) -> PyResult<()> {
        if UNSUPPORTED_HOOKS.contains(&name) {
            return Err(unsupported_hook(name));
        }
        Ok(())
    }

    /// Creates a class object from a namespace (`type.__new__`'s work once the
    /// arguments are checked): `metaclass` is `None` for `type`; `kwargs` go to
    /// `__init_subclass__`.
    pub fn new_class(&mut self, name: Name, bases: Vec<Rc<Class>>, ns: &PyDict, metaclass: Option<Rc<Class>>, kwargs: &[(Name, Value)]) -> PyResult<Rc<Class>> {
        let mro = c3_mro(&bases).ok_or_else(|| {
            let names: Vec<&str> = bases.iter().map(|b| b.name.as_str()).collect();
            type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")))
        })?;
        for name in UNSUPPORTED_HOOKS {
            if ns.get_str(&static_name(name)).is_some() {
                return Err(unsupported_hook(name));
            }
        }
        let native = instance_layout(&bases)?;
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
                // Variable-size instances (int, bytes, tuple) have no room for slots.
                let var_sized = match native {
                    NativeKind::Int => Some("int"),
                    NativeKind::Bytes => Some("bytes"),
                    NativeKind::Tuple => Some("tuple"),
                    _ => None,
                };
                if let (Some(base), false) = (var_sized, names.is_empty()) {
                    return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{}'", base)));
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
                // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
                let v = match (s.as_str(), &v) {
                    ("__init_subclass__" | "__class_getitem__", Value::Function(_)) => Value::Other(Rc::new(Other::ClassMethod(v))),
                    _ => v,
                };
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
            metaclass,
        });
        self.set_names(&cls)?;
        // `super(cls, cls).__init_subclass__(**kwargs)`: the first class after
        // `cls` in its MRO that defines it.
        let hook = cls.mro.iter().find_map(|c| c.dict.get_str(&static_name("__init_subclass__")));
        let receiver = Value::Class(cls.clone());
        match hook {
            Some(Value::Other(o)) => match &*o {
                Other::ClassMethod(f) => {
                    self.call_value(f, std::slice::from_ref(&receiver), kwargs)?;
                }
                Other::StaticMethod(f) => {
                    self.call_value(f, &[], kwargs)?;
                }
                _ => {}
            },
            Some(f @ (Value::Function(_) | Value::Builtin(_))) => {
                self.call_value(&f, std::slice::from_ref(&receiver), kwargs)?;
            }
            _ => {}
        }
        Ok(cls)
    }
}

impl Vm {
    /// Calls `__set_name__(cls, name)` on each attribute of a new class whose
    /// type defines it (properties record their name natively), wrapping an
    /// error as CPython 3.11 does.
    fn set_names(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        for (k, v) in cls.dict.items() {
            if let (Value::Other(o), Value::Str(n)) = (&v, &k) {
                if matches!(&**o, Other::Property { .. }) {
                    self.set_property_name(o, intern(n.as_str()));
                }
            }
            let Value::Instance(inst) = &v else { continue };
            let Some(set_name) = inst.class.lookup(&static_name("__set_name__")) else { continue };
            if let Err(e) = self.call_value(&set_name, &[v.clone(), Value::Class(cls.clone()), k.clone()], &[]) {
                let k = self.repr(&k)?;
                let err = runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    inst.class.name.as_str(),
                    k,
                    cls.name.as_str()
                ));
                if let Some(data) = err.exc.exc() {
                    let mut data = data.borrow_mut();
                    data.cause = e.value();
                    data.suppress_context = true;
                }
                return Err(err);
            }
        }
        Ok(())
    }
}

/// The native storage a builtin class gives its subclasses' instances.
fn builtin_layout(c: &Class) -> PyResult<NativeKind> {
    let t = types();
    let kinds: [(&Rc<Class>, NativeKind); 11] = [
        (&t.object, NativeKind::Object),
        (&t.list, NativeKind::List),
        (&t.dict, NativeKind::Dict),
        (&t.tuple, NativeKind::Tuple),
        (&t.int, NativeKind::Int),
        (&t.float, NativeKind::Float),
        (&t.str_, NativeKind::Str),
        (&t.bytes, NativeKind::Bytes),
        (&t.set, NativeKind::Set),
        (&t.frozenset, NativeKind::FrozenSet),
        (&t.type_, NativeKind::Type),
    ];
    if let Some((_, k)) = kinds.iter().find(|(cls, _)| std::ptr::eq(&***cls, c)) {
        return Ok(*k);
    }
    if c.native == NativeKind::Exception {
        return Ok(NativeKind::Exception);
    }
    if crate::modules::array::is_array_class(c) {
        // Instances carry the array's state (`NativeData::Any`).
        return Ok(NativeKind::Any);
    }
    if crate::modules::decimal::is_embedded_builtin(c) {
        return Ok(NativeKind::Object);
    }
    // CPython's types without Py_TPFLAGS_BASETYPE refuse subclasses; the others
    // (complex, bytearray, property, deque, ...) are subclassable there but not here yet.
    let final_types = [
        &t.bool_, &t.none, &t.range, &t.slice, &t.function, &t.builtin_function, &t.method, &t.generator, &t.cell, &t.code,
        &t.not_implemented, &t.ellipsis, &t.dict_keys, &t.dict_values, &t.dict_items, &t.list_iterator, &t.tuple_iterator,
        &t.range_iterator, &t.str_iterator, &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator,
        &t.callable_iterator, &t.reverse_iterator,
    ];
    if final_types.iter().any(|f| std::ptr::eq(&***f, c)) || std::ptr::eq(&**crate::builtins::memoryview::class(), c) {
        return Err(type_error(format!("type '{}' is not an acceptable base type", c.name.as_str())));
    }
    Err(not_implemented_error(format!("subclassing the builtin type '{}' is not supported by quicken", c.name.as_str())))
}

/// The native storage of instances of a class with `bases`: the one base
/// layout other than `object`'s along their MROs (two different ones conflict,
/// as in CPython).
fn instance_layout(bases: &[Rc<Class>]) -> PyResult<NativeKind> {
    let mut native = NativeKind::Object;
    for b in bases {
        let mut kind = NativeKind::Object;
        for c in std::iter::once(b).chain(b.mro.iter()) {
            let k = if c.builtin { builtin_layout(c)? } else { c.native };
            if k != NativeKind::Object {
                kind = k;
                break;
            }
        }
        if kind == NativeKind::Object {
            continue;
        }
        if native != NativeKind::Object && native != kind {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
        native = kind;
    }
    Ok(native)
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

/// The generator (coroutine, async generator) object that a call of
/// generator function `func` makes of its bound `frame`.
fn new_generator(func: &Function, frame: Frame) -> Value {
    let kind = func.code.gen_kind();
    Value::Generator(gc::new(Generator::new(frame, func.name.borrow().clone(), func.qualname.borrow().clone(), kind)))
}

/// The keyword arguments of a call's `**` dict as (name, value) pairs
/// (names interned, as binding compares them by identity first); `None`
/// when a key is not a string.
pub(crate) fn keyword_pairs(d: &PyDict) -> Option<Vec<(Name, Value)>> {
    // Read in place (no snapshot of the items): cloning keys and values and
    // interning names run no Python code, so the dict cannot change meanwhile.
    let table = d.table.borrow();
    let mut kw: Vec<(Name, Value)> = Vec::with_capacity(table.len());
    for (k, v) in table.iter() {
        match super::ops::native_value(k).unwrap_or(k) {
            Value::Str(s) => kw.push((intern_rc(s), v.clone())),
            _ => return None,
        }
    }
    Some(kw)
}
