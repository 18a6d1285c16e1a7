//! `repr()`, `str()`, `format()` and `%`-formatting of values.

use std::rc::Rc;

use num_bigint::BigInt;

use super::errors::*;
use super::Vm;
use crate::runtime::numfmt;
use crate::runtime::objects::*;
use crate::runtime::str::{repr_str, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => numfmt::int_decimal(*i),
            Value::BigInt(b) => bigint_to_string(b)?,
            Value::Float(f) => numfmt::float_repr(f.get()),
            Value::Str(s) => repr_str(s.as_str()),
            Value::List(l) => {
                let items = l.snapshot();
                self.repr_seq(v, &items, "[", "]")?
            }
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    // Through the recursion guard like any tuple; a tuple
                    // met again inside itself shows as "(...)", no comma.
                    let s = self.repr_seq(v, &t.items, "(", ",)")?;
                    if s == "(...,)" {
                        "(...)".into()
                    } else {
                        s
                    }
                } else {
                    self.repr_seq(v, &t.items, "(", ")")?
                }
            }
            Value::Dict(d) => self.repr_dict(v, d)?,
            Value::Set(s) => {
                let items: Vec<Value> = s.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                if items.is_empty() {
                    if s.frozen { "frozenset()".into() } else { "set()".into() }
                } else if s.frozen {
                    format!("frozenset({})", self.repr_seq(v, &items, "{", "}")?)
                } else {
                    self.repr_seq(v, &items, "{", "}")?
                }
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow().as_str(), Rc::as_ptr(f) as usize),
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                None => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let recv = self.repr(&m.receiver)?;
                match &m.func {
                    Value::Builtin(b) => format!("<built-in method {} of {} object at {:#x}>", b.name, self.type_of(&m.receiver).name.as_str(), m.receiver.heap_ptr().unwrap_or(0)),
                    Value::Function(f) => format!("<bound method {} of {}>", f.qualname.borrow().as_str(), recv),
                    _ => format!("<bound method of {}>", recv),
                }
            }
            Value::Class(c) => match self.call_meta(c, "__repr__", &[])? {
                Some(r) => return self.string_result(r, "__repr__"),
                None => super::classes::class_repr(c),
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&static_name("__repr__")) {
                    if !matches!(&m, Value::Builtin(b) if b.owner == Some("object")) {
                        let r = self.call_value(&m, std::slice::from_ref(v), &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_owned()),
                            _ => Err(type_error(format!("__repr__ returned non-string (type {})", self.type_of(&r).name.as_str()))),
                        };
                    }
                }
                if let Some(e) = inst.exc() {
                    let args = e.borrow().args.clone();
                    let inner = if args.len() == 1 {
                        self.repr(&args[0])?
                    } else {
                        let t = self.repr(&Value::tuple(args.clone()))?;
                        if args.is_empty() { String::new() } else { t[1..t.len() - 1].to_owned() }
                    };
                    return Ok(format!("{}({})", inst.class.name.as_str(), inner));
                }
                match &inst.native {
                    NativeData::List(l) => self.repr(&Value::List(l.clone()))?,
                    NativeData::Dict(d) => self.repr(&Value::Dict(d.clone()))?,
                    NativeData::Value(Value::Set(s)) => self.set_subclass_repr(v, &inst.class, s)?,
                    NativeData::Value(n) => self.repr(&n.clone())?,
                    _ if inst.class.builtin => format!("<{} object at {:#x}>", inst.class.name.as_str(), Rc::as_ptr(inst) as usize),
                    _ => {
                        let module = match inst.class.dict.get_str(&static_name("__module__")) {
                            Some(Value::Str(m)) => m.as_str().to_owned(),
                            _ => "__main__".into(),
                        };
                        format!("<{}.{} object at {:#x}>", module, inst.class.qualname.as_str(), Rc::as_ptr(inst) as usize)
                    }
                }
            }
            Value::Module(m) => {
                let name = match m.dict.get_str(&static_name("__name__")) {
                    Some(Value::Str(s)) => s.as_str().to_owned(),
                    _ => m.name.clone(),
                };
                match (m.dict.get_str(&static_name("__file__")), m.dict.get_str(&static_name("__path__"))) {
                    (Some(Value::Str(file)), _) => format!("<module '{}' from '{}'>", name, file.as_str()),
                    (Some(Value::None), Some(_)) => format!("<module '{}' (namespace)>", name),
                    _ => format!("<module '{}' (built-in)>", name),
                }
            }
            Value::Iter(i) => {
                let kind = match &*i.state.borrow() {
                    IterState::Range { .. } => "range_iterator",
                    IterState::Seq { seq: Value::List(_), .. } => "list_iterator",
                    IterState::Seq { seq: Value::Tuple(_), .. } => "tuple_iterator",
                    IterState::Seq { seq: seq @ Value::Other(_), .. } if super::bytes::is_bytes_like(seq) => {
                        if super::bytes::is_bytearray(seq) { "bytearray_iterator" } else { "bytes_iterator" }
                    }
                    IterState::Str { .. } => "str_ascii_iterator",
                    IterState::Enumerate { .. } => "enumerate",
                    IterState::Zip { .. } => "zip",
                    IterState::Map { .. } => "map",
                    IterState::Filter { .. } => "filter",
                    IterState::Reversed { .. } => "list_reverseiterator",
                    _ => "iterator",
                };
                format!("<{} object at {:#x}>", kind, Rc::as_ptr(i) as usize)
            }
            Value::Generator(g) => {
                let what = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{} object {} at {:#x}>", what, g.qualname.as_str(), Rc::as_ptr(g) as usize)
            }
            Value::Cell(c) => format!("<cell at {:#x}>", Rc::as_ptr(c) as usize),
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!("slice({}, {}, {})", self.repr(&s.start)?, self.repr(&s.stop)?, self.repr(&s.step)?),
            Value::Code(c) => crate::bytecode::dis::const_repr(&Value::Code(c.clone())),
            Value::Other(o) => match &**o {
                Other::NotImplemented => "NotImplemented".into(),
                Other::Ellipsis => "Ellipsis".into(),
                Other::Complex { re, im } => super::complex::complex_repr(*re, *im),
                Other::Bytes(_) | Other::ByteArray(_) => super::bytes::repr_of(o).unwrap_or_default(),
                Other::Property { .. } => format!("<property object at {:#x}>", Rc::as_ptr(o) as usize),
                Other::StaticMethod(_) => format!("<staticmethod object at {:#x}>", Rc::as_ptr(o) as usize),
                Other::ClassMethod(_) => format!("<classmethod object at {:#x}>", Rc::as_ptr(o) as usize),
                Other::Super { class, .. } => format!("<super: <class '{}'>, <object>>", class.name.as_str()),
                Other::DictView { dict, kind } => {
                    let name = ["dict_keys", "dict_values", "dict_items"][*kind as usize];
                    let items: Vec<Value> = dict
                        .items()
                        .into_iter()
                        .map(|(k, v)| match kind {
                            0 => k,
                            1 => v,
                            _ => Value::tuple(vec![k, v]),
                        })
                        .collect();
                    format!("{}({})", name, self.repr_seq(v, &items, "[", "]")?)
                }
            },
        })
    }

    fn repr_seq(&mut self, container: &Value, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        let id = container.heap_ptr().unwrap_or(0);
        if self.repr_stack.contains(&id) {
            return Ok(format!("{}...{}", open, close));
        }
        self.enter_nested(" while getting the repr of an object")?;
        self.repr_stack.push(id);
        let mut s = String::from(open);
        let mut result = Ok(());
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            match self.repr(it) {
                Ok(r) => s.push_str(&r),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_stack.pop();
        self.leave_nested();
        result?;
        s.push_str(close);
        Ok(s)
    }

    fn repr_dict(&mut self, container: &Value, d: &PyDict) -> PyResult<String> {
        let id = container.heap_ptr().unwrap_or(0);
        if self.repr_stack.contains(&id) {
            return Ok("{...}".into());
        }
        self.enter_nested(" while getting the repr of an object")?;
        self.repr_stack.push(id);
        let mut s = String::from("{");
        let mut result = Ok(());
        for (i, (k, v)) in d.items().iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            match (self.repr(k), self.repr(v)) {
                (Ok(a), Ok(b)) => {
                    s.push_str(&a);
                    s.push_str(": ");
                    s.push_str(&b);
                }
                (Err(e), _) | (_, Err(e)) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_stack.pop();
        self.leave_nested();
        result?;
        s.push('}');
        Ok(s)
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&static_name("__str__")) {
                    if !matches!(&m, Value::Builtin(b) if b.owner == Some("object")) {
                        let r = self.call_value(&m, std::slice::from_ref(v), &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_owned()),
                            _ => Err(type_error(format!("__str__ returned non-string (type {})", self.type_of(&r).name.as_str()))),
                        };
                    }
                }
                if inst.exc().is_some() {
                    return self.exception_str(inst);
                }
                self.repr(v)
            }
            Value::Class(c) => match self.call_meta(c, "__str__", &[])? {
                Some(r) => self.string_result(r, "__str__"),
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `Name({1, 2})` / `Name()`: the repr of an instance of a set or frozenset subclass.
    pub(crate) fn set_subclass_repr(&mut self, v: &Value, cls: &Class, s: &Rc<PySet>) -> PyResult<String> {
        let items: Vec<Value> = s.table.borrow().iter().map(|(_, k)| k.clone()).collect();
        if items.is_empty() {
            return Ok(format!("{}()", cls.name.as_str()));
        }
        Ok(format!("{}({})", cls.name.as_str(), self.repr_seq(v, &items, "{", "}")?))
    }

    /// The text of what a `__repr__`/`__str__` method returned (a `str`, or a
    /// TypeError naming the method).
    fn string_result(&self, r: Value, method: &str) -> PyResult<String> {
        match r {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            _ => Err(type_error(format!("{} returned non-string (type {})", method, self.type_of(&r).name.as_str()))),
        }
    }

    /// `str()` of an exception: its single argument, the args tuple, the key's
    /// repr for KeyError, or its family's own form (`[Errno N] text` for
    /// OSError, ...; see `builtins::exceptions::family_str`), as CPython.
    pub fn exception_str(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        let args = inst.exc().map(|e| e.borrow().args.clone()).unwrap_or_default();
        if inst.class.is_subclass(&types().key_error) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        if let Some(s) = crate::builtins::exceptions::family_str(self, inst)? {
            return Ok(s);
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str_of(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Int(i) => numfmt::format_small_int_spec(*i, spec),
            Value::BigInt(b) => numfmt::format_int_spec(b, spec),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if b.get() { "True" } else { "False" }.into());
                }
                // Formatted as an int, but CPython's errors name bool.
                numfmt::format_int_spec(&BigInt::from(b.get() as i64), spec).map_err(|e| e.replace("object of type 'int'", "object of type 'bool'"))
            }
            Value::Float(f) => numfmt::format_float_spec(f.get(), spec),
            Value::Str(s) => numfmt::format_str_spec(s.as_str(), spec),
            Value::Other(o) if matches!(&**o, Other::Complex { .. }) => {
                let (re, im) = super::complex::as_complex(v).unwrap_or_default();
                return super::complex::complex_format(re, im, spec);
            }
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&static_name("__format__")) {
                    if !matches!(&m, Value::Builtin(b) if b.owner == Some("object")) {
                        let r = self.call_value(&m, &[v.clone(), Value::str(spec)], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_owned()),
                            other => Err(type_error(format!("__format__ must return a str, not {}", self.type_of(&other).name.as_str()))),
                        };
                    }
                }
                if spec.is_empty() {
                    return self.str_of(v);
                }
                // A subclass of int, float, str, ... formats its value.
                if let Some(n) = super::ops::native_value(v) {
                    return self.format(&n.clone(), spec);
                }
                return Err(type_error(format!("unsupported format string passed to {}.__format__", inst.class.name.as_str())));
            }
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                return Err(type_error(format!("unsupported format string passed to {}.__format__", self.type_of(v).name.as_str())));
            }
        };
        r.map_err(|msg| {
            if msg.contains("too large") || msg.contains("not in range") || msg.contains("too big") {
                overflow_error(msg)
            } else {
                value_error(msg)
            }
        })
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        self.percent_format_impl(fmt, args, false)
    }

    /// `fmt % args` for bytes and bytearray (CPython's `_PyBytes_FormatEx`).
    pub fn bytes_percent_format(&mut self, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
        // Bytes travel as latin-1 chars through the shared formatter.
        let text: String = fmt.iter().map(|&b| b as char).collect();
        let out = self.percent_format_impl(&text, args, true)?;
        Ok(out.chars().map(|c| c as u32 as u8).collect())
    }

    /// The bytes of a `%s` / `%b` argument in bytes formatting.
    fn percent_bytes_arg(&mut self, v: &Value) -> PyResult<String> {
        let data = match super::bytes::as_bytes(v) {
            Some(d) => d,
            None => {
                let Some(f) = self.lookup_special(v, "__bytes__").filter(|_| matches!(v, Value::Instance(_))) else {
                    return Err(type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        self.type_of(v).name.as_str()
                    )));
                };
                let r = self.call_value(&f, std::slice::from_ref(v), &[])?;
                match &r {
                    Value::Other(o) if matches!(&**o, Other::Bytes(_)) => super::bytes::as_bytes(&r).unwrap_or_default(),
                    _ => return Err(type_error(format!("__bytes__ returned non-bytes (type {})", self.type_of(&r).name.as_str()))),
                }
            }
        };
        Ok(data.iter().map(|&b| b as char).collect())
    }

    /// The byte of a `%c` argument in bytes formatting.
    fn percent_bytes_char(&mut self, v: &Value) -> PyResult<String> {
        if let Some(d) = super::bytes::as_bytes(v) {
            if d.len() == 1 {
                return Ok((d[0] as char).to_string());
            }
            return Err(type_error("%c requires an integer in range(256) or a single byte"));
        }
        let n = match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => v.clone(),
            Value::Instance(_) if self.lookup_special(v, "__index__").is_some() => {
                let f = self.lookup_special(v, "__index__").unwrap_or(Value::None);
                self.call_value(&f, std::slice::from_ref(v), &[])?
            }
            _ => return Err(type_error("%c requires an integer in range(256) or a single byte")),
        };
        match n {
            Value::Int(i) if (0..256).contains(&i) => Ok((i as u8 as char).to_string()),
            Value::Bool(b) => Ok((b.get() as u8 as char).to_string()),
            _ => Err(overflow_error("%c arg not in range(256)")),
        }
    }

    fn percent_format_impl(&mut self, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
        use numfmt::{PercentNum, PercentPiece};
        let pieces = if bytes { numfmt::parse_percent_bytes(fmt) } else { numfmt::parse_percent(fmt) }.map_err(value_error)?;
        let (list, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.items.clone(), None),
            Value::Instance(i) if matches!(i.native, NativeData::Value(Value::Tuple(_))) => match &i.native {
                NativeData::Value(Value::Tuple(t)) => (t.items.clone(), None),
                _ => unreachable!(),
            },
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(i) if matches!(i.native, NativeData::Dict(_)) => (vec![args.clone()], Some(args.clone())),
            _ => (vec![args.clone()], None),
        };
        let mut idx = 0;
        let mut out = String::new();
        let next_arg = |idx: &mut usize| -> PyResult<Value> {
            let v = list.get(*idx).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
            *idx += 1;
            Ok(v)
        };
        let mut used_mapping = false;
        for p in pieces {
            match p {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(mut spec) => {
                    let mut width = match spec.width {
                        Some(PercentNum::Fixed(w)) => Some(w),
                        Some(PercentNum::Star) => {
                            let w = next_arg(&mut idx)?;
                            let w = self.to_index(&w, "*").map_err(|_| type_error("* wants int"))?;
                            if w < 0 {
                                spec.flags_minus = true;
                            }
                            Some(w.unsigned_abs() as usize)
                        }
                        None => None,
                    };
                    let prec = match spec.precision {
                        Some(PercentNum::Fixed(p)) => Some(p),
                        Some(PercentNum::Star) => {
                            let p = next_arg(&mut idx)?;
                            let p = self.to_index(&p, "*").map_err(|_| type_error("* wants int"))?;
                            if p < 0 { None } else { Some(p as usize) }
                        }
                        None => None,
                    };
                    if width == Some(0) {
                        width = None;
                    }
                    let v = match &spec.key {
                        Some(k) => {
                            used_mapping = true;
                            // As CPython: after a keyed conversion, unkeyed ones find no arguments.
                            idx = list.len();
                            let m = mapping.clone().ok_or_else(|| type_error("format requires a mapping"))?;
                            let key = if bytes {
                                super::bytes::bytes_val(k.chars().map(|c| c as u32 as u8).collect())
                            } else {
                                Value::str(k)
                            };
                            self.get_item(&m, &key)?
                        }
                        None => next_arg(&mut idx)?,
                    };
                    let s = match spec.conv {
                        's' | 'b' if bytes => numfmt::percent_str(&self.percent_bytes_arg(&v)?, &spec, width, prec),
                        's' => numfmt::percent_str(&self.str_of(&v)?, &spec, width, prec),
                        'r' | 'a' => {
                            let r = self.repr(&v)?;
                            let r = if spec.conv == 'a' || bytes { crate::runtime::str::ascii_escape(&r) } else { r };
                            numfmt::percent_str(&r, &spec, width, prec)
                        }
                        'c' if bytes => {
                            let c = self.percent_bytes_char(&v)?;
                            numfmt::percent_str(&c, &spec, width, None)
                        }
                        'c' => {
                            let c = match &v {
                                Value::Str(s) if s.char_len() == 1 => s.as_str().to_owned(),
                                Value::Int(i) => char::from_u32(*i as u32)
                                    .filter(|_| *i >= 0 && *i < 0x110000)
                                    .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?
                                    .to_string(),
                                _ => return Err(type_error("%c requires int or char")),
                            };
                            numfmt::percent_str(&c, &spec, width, None)
                        }
                        conv => {
                            let v = match &v {
                                Value::Instance(_) => {
                                    // PyNumber_Long for %d/%i/%u, PyNumber_Index for %x/%X/%o.
                                    let names: &[&'static str] = match conv {
                                        'd' | 'i' | 'u' => &["__int__", "__index__"],
                                        'x' | 'X' | 'o' => &["__index__"],
                                        _ => &["__float__", "__index__"],
                                    };
                                    match names.iter().find_map(|m| self.lookup_special(&v, m)) {
                                        Some(f) => self.call_value(&f, std::slice::from_ref(&v), &[])?,
                                        None => v.clone(),
                                    }
                                }
                                _ => v.clone(),
                            };
                            match &v {
                                Value::Int(i) => numfmt::percent_i64(*i, &spec, width, prec),
                                Value::Bool(b) => numfmt::percent_i64(b.get() as i64, &spec, width, prec),
                                Value::BigInt(b) => numfmt::percent_int(b, &spec, width, prec),
                                Value::Float(f) => {
                                    if matches!(conv, 'x' | 'X' | 'o') {
                                        return Err(type_error(format!("%{} format: an integer is required, not float", conv)));
                                    }
                                    if matches!(conv, 'd' | 'i' | 'u') && !f.get().is_finite() {
                                        return Err(if f.get().is_nan() { value_error("cannot convert float NaN to integer") } else { overflow_error("cannot convert float infinity to integer") });
                                    }
                                    numfmt::percent_float(f.get(), &spec, width, prec)
                                }
                                _ => {
                                    let tn = self.type_of(&v).name.as_str().to_owned();
                                    return Err(type_error(if matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') {
                                        if matches!(conv, 'x' | 'X' | 'o') {
                                            format!("%{} format: an integer is required, not {}", conv, tn)
                                        } else {
                                            format!("%{} format: a real number is required, not {}", conv, tn)
                                        }
                                    } else if bytes {
                                        format!("float argument required, not {}", tn)
                                    } else {
                                        format!("must be real number, not {}", tn)
                                    }));
                                }
                            }
                        }
                    };
                    out.push_str(&s);
                }
            }
        }
        if idx < list.len() && !used_mapping && mapping.is_none() {
            return Err(type_error(if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }
}

/// Decimal text of a big int, refusing absurd sizes like CPython's 4300-digit limit
/// would (quicken allows far more, but not unbounded work).
pub fn bigint_to_string(b: &BigInt) -> PyResult<String> {
    let limit = INT_MAX_STR_DIGITS.with(|c| c.get());
    // Cheap pre-check (log10(2) < 0.30103): certainly too many digits.
    if limit > 0 && (b.bits() as f64) * 0.30102999 > limit as f64 + 1.0 {
        return Err(int_str_limit_error(limit));
    }
    let s = b.to_string();
    let digits = s.len() - s.starts_with('-') as usize;
    if limit > 0 && digits > limit {
        return Err(int_str_limit_error(limit));
    }
    Ok(s)
}

thread_local! {
    /// `sys.get_int_max_str_digits()` (0 = unlimited).
    pub static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

fn int_str_limit_error(limit: usize) -> PyErr {
    value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}
