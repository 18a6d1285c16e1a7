//! The native core of `json`: the encoder (`_encode`) and the scanner
//! (`_decode`), with CPython's output format, float reprs, error messages
//! and positions (code points). The API around them (`dumps`, `loads`,
//! `JSONEncoder`, `JSONDecoder`, `JSONDecodeError`) is embedded Python,
//! `json.py`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::native::run_source;
use crate::builtins::set;
use crate::bytecode::CmpOp;
use crate::runtime::numfmt::float_repr;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// `json.JSONDecodeError`, from the embedded module.
    static DECODE_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

const SOURCE: &str = include_str!("json.py");

/// Fills the `json` module.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    crate::modules::add_fns(d, &[("_encode", encode), ("_decode", decode)]);
    run_source(vm, d, "<frozen json>", SOURCE);
    if let Some(cls) = d.get_str(&intern("JSONDecodeError")) {
        DECODE_ERROR.with(|c| *c.borrow_mut() = Some(cls));
    }
    set(d, "__name__", Value::str("json"));
}

// ---- encoding ----

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skip_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    default: Value,
    /// Containers being encoded (for circular references).
    markers: Vec<usize>,
    out: String,
}

/// Appends `s` as a JSON string literal.
pub fn quote_into(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) >= 0x7f => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn float(&mut self, x: f64) -> PyResult<()> {
        if x.is_finite() {
            self.out.push_str(&float_repr(x));
            return Ok(());
        }
        if !self.allow_nan {
            return Err(value_error("Out of range float values are not JSON compliant"));
        }
        self.out.push_str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, v: &Value) -> PyResult<()> {
        if self.check_circular {
            let p = v.heap_ptr().unwrap_or(0);
            if self.markers.contains(&p) {
                return Err(value_error("Circular reference detected"));
            }
            self.markers.push(p);
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    /// The text of a dict key, or `None` to skip it.
    fn key_text(&mut self, vm: &mut Vm, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::Str(s) => s.as_str().to_owned(),
            Value::Float(f) => {
                let x = f.get();
                if x.is_finite() {
                    float_repr(x)
                } else if !self.allow_nan {
                    return Err(value_error("Out of range float values are not JSON compliant"));
                } else if x.is_nan() {
                    "NaN".into()
                } else if x > 0.0 {
                    "Infinity".into()
                } else {
                    "-Infinity".into()
                }
            }
            Value::Bool(b) => (if b.get() { "true" } else { "false" }).into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => crate::vm::bigint_to_string(b)?,
            Value::Instance(i) if matches!(&i.native, NativeData::Value(Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => {
                let NativeData::Value(inner) = &i.native else { unreachable!() };
                return self.key_text(vm, &inner.clone());
            }
            _ => {
                if self.skip_keys {
                    return Ok(None);
                }
                return Err(type_error(format!("keys must be str, int, float, bool or None, not {}", vm.type_of(k).name.as_str())));
            }
        }))
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if b.get() { "true" } else { "false" }),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::BigInt(b) => self.out.push_str(&crate::vm::bigint_to_string(b)?),
            Value::Float(f) => self.float(f.get())?,
            Value::Str(s) => quote_into(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::List(l) => {
                let items = l.snapshot();
                self.array(vm, v, &items, level)?;
            }
            Value::Tuple(t) => self.array(vm, v, &t.items, level)?,
            Value::Dict(d) => self.object(vm, v, d, level)?,
            Value::Instance(i) => match &i.native {
                NativeData::List(l) => {
                    let items = l.snapshot();
                    self.array(vm, v, &items, level)?;
                }
                NativeData::Dict(d) => self.object(vm, v, d, level)?,
                NativeData::Value(inner @ (Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Tuple(_))) => {
                    let inner = inner.clone();
                    self.encode(vm, &inner, level)?;
                }
                _ => self.fallback(vm, v, level)?,
            },
            _ => self.fallback(vm, v, level)?,
        }
        Ok(())
    }

    /// An object JSON has no form for: what `default` makes of it.
    fn fallback(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        if self.default.is_none() {
            return Err(type_error(format!("Object of type {} is not JSON serializable", vm.type_of(v).name.as_str())));
        }
        self.enter(v)?;
        let default = self.default.clone();
        let replacement = vm.call_value(&default, std::slice::from_ref(v), &[])?;
        vm.enter_nested("while encoding a JSON object")?;
        let r = self.encode(vm, &replacement, level);
        vm.leave_nested();
        r?;
        self.leave();
        Ok(())
    }

    fn array(&mut self, vm: &mut Vm, v: &Value, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(v)?;
        self.out.push('[');
        self.newline(level + 1);
        vm.enter_nested("while encoding a JSON object")?;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(level + 1);
            }
            if let Err(e) = self.encode(vm, item, level + 1) {
                vm.leave_nested();
                return Err(e);
            }
        }
        vm.leave_nested();
        self.newline(level);
        self.out.push(']');
        self.leave();
        Ok(())
    }

    fn object(&mut self, vm: &mut Vm, v: &Value, d: &PyDict, level: usize) -> PyResult<()> {
        if d.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(v)?;
        let mut items = d.items();
        if self.sort_keys {
            sort_by_key(vm, &mut items)?;
        }
        self.out.push('{');
        self.newline(level + 1);
        vm.enter_nested("while encoding a JSON object")?;
        let mut first = true;
        let r = (|| -> PyResult<()> {
            for (k, val) in &items {
                let Some(key) = self.key_text(vm, k)? else { continue };
                if !first {
                    let sep = std::mem::take(&mut self.item_sep);
                    self.out.push_str(&sep);
                    self.item_sep = sep;
                    self.newline(level + 1);
                }
                first = false;
                quote_into(&mut self.out, &key, self.ensure_ascii);
                let sep = std::mem::take(&mut self.key_sep);
                self.out.push_str(&sep);
                self.key_sep = sep;
                self.encode(vm, val, level + 1)?;
            }
            Ok(())
        })();
        vm.leave_nested();
        r?;
        self.newline(level);
        self.out.push('}');
        self.leave();
        Ok(())
    }
}

/// Sorts dict items by key with Python's `<` (a stable merge sort).
fn sort_by_key(vm: &mut Vm, items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let mut keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Insertion into a sorted prefix by binary search: few comparisons, and
    // every comparison can raise.
    let mut sorted: Vec<usize> = Vec::with_capacity(order.len());
    for i in order.drain(..) {
        let (mut lo, mut hi) = (0, sorted.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let less = vm.compare(CmpOp::Lt, &keys[i], &keys[sorted[mid]])?;
            if vm.truthy(&less)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        sorted.insert(lo, i);
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<(Value, Value)>> = old.into_iter().map(Some).collect();
    *items = sorted.into_iter().map(|i| slots[i].take().unwrap()).collect();
    keys.clear();
    Ok(())
}

fn arg_str(v: &Value) -> String {
    match v {
        Value::Str(s) => s.as_str().to_owned(),
        _ => String::new(),
    }
}

/// `_encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys,
/// ensure_ascii, allow_nan, check_circular, default)`.
fn encode(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("_encode", args, 10, 10)?;
    let mut enc = Encoder {
        indent: if args[1].is_none() { None } else { Some(arg_str(&args[1])) },
        item_sep: arg_str(&args[2]),
        key_sep: arg_str(&args[3]),
        sort_keys: vm.truthy(&args[4])?,
        skip_keys: vm.truthy(&args[5])?,
        ensure_ascii: vm.truthy(&args[6])?,
        allow_nan: vm.truthy(&args[7])?,
        check_circular: vm.truthy(&args[8])?,
        default: args[9].clone(),
        markers: Vec::new(),
        out: String::new(),
    };
    enc.encode(vm, &args[0], 0)?;
    Ok(Value::string(enc.out))
}

// ---- decoding ----

struct Decoder<'a> {
    /// The document's UTF-8 bytes.
    s: &'a [u8],
    text: &'a str,
    doc: Value,
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

/// A decoding failure: a message and a byte offset (or a Python error).
enum Fail {
    At(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type DResult<T> = Result<T, Fail>;

impl<'a> Decoder<'a> {
    fn ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && matches!(self.s[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        let Some(&c) = self.s.get(i) else { return Err(Fail::At("Expecting value", i)) };
        match c {
            b'"' => {
                let (s, e) = self.string(i + 1)?;
                Ok((Value::string(s), e))
            }
            b'{' => {
                vm.enter_nested("while decoding a JSON object from a unicode string").map_err(Fail::Py)?;
                let r = self.object(vm, i + 1);
                vm.leave_nested();
                r
            }
            b'[' => {
                vm.enter_nested("while decoding a JSON array from a unicode string").map_err(Fail::Py)?;
                let r = self.array(vm, i + 1);
                vm.leave_nested();
                r
            }
            b'n' if self.s[i..].starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if self.s[i..].starts_with(b"true") => Ok((Value::bool(true), i + 4)),
            b'f' if self.s[i..].starts_with(b"false") => Ok((Value::bool(false), i + 5)),
            b'N' if self.s[i..].starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if self.s[i..].starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            b'-' if self.s[i..].starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Err(Fail::At("Expecting value", i)),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, x: f64) -> DResult<Value> {
        if self.parse_constant.is_none() {
            return Ok(Value::float(x));
        }
        Ok(vm.call_value(&self.parse_constant, &[Value::str(name)], &[])?)
    }

    fn number(&self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let s = self.s;
        let mut i = start;
        if s[i] == b'-' {
            i += 1;
        }
        let digits = |mut i: usize| {
            while i < s.len() && s[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        match s.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return Err(Fail::At("Expecting value", start)),
        }
        let mut is_float = false;
        if s.get(i) == Some(&b'.') && s.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if s.get(j).is_some_and(|c| c.is_ascii_digit()) {
                i = digits(j);
                is_float = true;
            }
        }
        let text = &self.text[start..i];
        let v = if is_float {
            if self.parse_float.is_none() {
                Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call_value(&self.parse_float, &[Value::str(text)], &[])?
            }
        } else if self.parse_int.is_none() {
            match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_bigint(text.parse::<BigInt>().map_err(|_| Fail::At("Expecting value", start))?),
            }
        } else {
            vm.call_value(&self.parse_int, &[Value::str(text)], &[])?
        };
        Ok((v, i))
    }

    /// A string body after its opening quote; the text and the end.
    fn string(&self, start: usize) -> DResult<(String, usize)> {
        let s = self.s;
        let mut out = String::new();
        let mut i = start;
        loop {
            // Copy a run of plain characters.
            let run = i;
            while i < s.len() && s[i] != b'"' && s[i] != b'\\' && (s[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&self.text[run..i]);
            let Some(&c) = s.get(i) else { return Err(Fail::At("Unterminated string starting at", start - 1)) };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = s.get(i + 1) else { return Err(Fail::At("Unterminated string starting at", start - 1)) };
                    i += 2;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\x08'),
                        b'f' => out.push('\x0c'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4(i)?;
                            i += 4;
                            let mut cp = hi;
                            if (0xd800..0xdc00).contains(&hi) && s.get(i) == Some(&b'\\') && s.get(i + 1) == Some(&b'u') {
                                if let Ok(lo) = self.hex4(i + 2) {
                                    if (0xdc00..0xe000).contains(&lo) {
                                        cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                        i += 6;
                                    }
                                }
                            }
                            // quicken's str holds no lone surrogates.
                            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(Fail::At("Invalid \\escape", i - 2)),
                    }
                }
                _ => return Err(Fail::At("Invalid control character at", i)),
            }
        }
    }

    fn hex4(&self, i: usize) -> DResult<u32> {
        let h = self.s.get(i..i + 4).filter(|h| h.iter().all(|c| c.is_ascii_hexdigit()));
        match h {
            Some(h) => Ok(u32::from_str_radix(std::str::from_utf8(h).unwrap(), 16).unwrap()),
            None => Err(Fail::At("Invalid \\uXXXX escape", i - 1)),
        }
    }

    fn object(&self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.ws(start);
        if self.s.get(i) != Some(&b'}') {
            loop {
                if self.s.get(i) != Some(&b'"') {
                    return Err(Fail::At("Expecting property name enclosed in double quotes", i));
                }
                let (key, e) = self.string(i + 1)?;
                i = self.ws(e);
                if self.s.get(i) != Some(&b':') {
                    return Err(Fail::At("Expecting ':' delimiter", i));
                }
                i = self.ws(i + 1);
                let (v, e) = self.value(vm, i)?;
                pairs.push((Value::Str(intern_key(key)), v));
                i = self.ws(e);
                match self.s.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.ws(i + 1),
                    _ => return Err(Fail::At("Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        if !self.pairs_hook.is_none() {
            let list = Value::list(pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect());
            return Ok((vm.call_value(&self.pairs_hook, &[list], &[])?, end));
        }
        let d = crate::runtime::gc::new(PyDict::new());
        for (k, v) in pairs {
            vm.dict_set(&d, k, v)?;
        }
        let mut obj = Value::Dict(d);
        if !self.object_hook.is_none() {
            obj = vm.call_value(&self.object_hook, &[obj], &[])?;
        }
        Ok((obj, end))
    }

    fn array(&self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.ws(start);
        if self.s.get(i) != Some(&b']') {
            loop {
                let (v, e) = self.value(vm, i)?;
                items.push(v);
                i = self.ws(e);
                match self.s.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.ws(i + 1),
                    _ => return Err(Fail::At("Expecting ',' delimiter", i)),
                }
            }
        }
        Ok((Value::list(items), i + 1))
    }

    /// The Python error for a failure.
    fn error(&self, vm: &mut Vm, f: Fail) -> PyErr {
        match f {
            Fail::Py(e) => e,
            Fail::At(msg, byte_pos) => {
                let pos = self.text[..byte_pos.min(self.text.len())].chars().count();
                decode_error(vm, msg, &self.doc, pos)
            }
        }
    }
}

/// Keys are interned when short (objects in a list repeat their keys).
fn intern_key(key: String) -> Rc<crate::runtime::str::PyStr> {
    if key.len() <= 16 {
        intern(&key)
    } else {
        Rc::new(crate::runtime::str::PyStr::from_string(key))
    }
}

fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let cls = DECODE_ERROR.with(|c| c.borrow().clone());
    let Some(cls) = cls else { return value_error(msg.to_owned()) };
    match vm.call_value(&cls, &[Value::str(msg), doc.clone(), Value::Int(pos as i64)], &[]) {
        Ok(Value::Instance(inst)) => PyErr { exc: inst },
        Ok(_) => value_error(msg.to_owned()),
        Err(e) => e,
    }
}

/// `_decode(s, idx, whole, strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant)`: `(value, end)`; with `whole`,
/// the document must hold nothing else but whitespace.
fn decode(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("_decode", args, 9, 9)?;
    let Value::Str(doc) = &args[0] else {
        return Err(type_error(format!("the JSON object must be str, bytes or bytearray, not {}", vm.type_of(&args[0]).name.as_str())));
    };
    let text = doc.as_str();
    let idx = crate::builtins::arg_int(vm, &args[1])?;
    let whole = vm.truthy(&args[2])?;
    let dec = Decoder {
        s: text.as_bytes(),
        text,
        doc: args[0].clone(),
        strict: vm.truthy(&args[3])?,
        object_hook: args[4].clone(),
        pairs_hook: args[5].clone(),
        parse_float: args[6].clone(),
        parse_int: args[7].clone(),
        parse_constant: args[8].clone(),
    };
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let start = doc.byte_offset(idx as usize);
    if whole && text.starts_with('\u{feff}') {
        return Err(decode_error(vm, "Unexpected UTF-8 BOM (decode using utf-8-sig)", &args[0], 0));
    }
    let start = if whole { dec.ws(start) } else { start };
    let (v, end) = match dec.value(vm, start) {
        Ok(r) => r,
        Err(f) => return Err(dec.error(vm, f)),
    };
    let end = if whole {
        let e = dec.ws(end);
        if e != text.len() {
            return Err(dec.error(vm, Fail::At("Extra data", e)));
        }
        end
    } else {
        end
    };
    let end_chars = if doc.is_ascii() { end } else { text[..end].chars().count() };
    Ok(Value::tuple(vec![v, Value::Int(end_chars as i64)]))
}
