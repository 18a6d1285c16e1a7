//! The `re` module: Python's regular expressions with CPython 3.11's
//! semantics, reprs and errors.
//!
//! Why a matcher of our own rather than a crate: Python's `re` is a
//! backtracking engine (leftmost-first alternation, lazy and possessive
//! repeats, backreferences, variable lookahead, conditionals) whose results
//! differ from the automaton crates (`regex` finds different matches for
//! some alternations, has no backreferences; `fancy-regex` delegates to it
//! and differs on `$`, `\d`, `\b`, case folding and the 3.7+ rules for
//! empty matches), and positions here are code-point indices, not UTF-8
//! byte offsets. `parse.rs` reads the syntax with CPython's error messages,
//! `engine.rs` matches. `Pattern` and `Match` are native classes; the
//! module functions, flags and `re.error` are embedded Python (`re.py`).

pub mod engine;
pub mod parse;

use std::cell::RefCell;
use std::rc::Rc;

use engine::{Matcher, Program, Text};
use parse::{ASCII, LOCALE, UNICODE};

use super::native::{bind, iter_value, native_class, new_native_instance, payload, run_source};
use crate::builtins::{add_method, set};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, PyStr};
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// `re.error`, from the embedded module.
    static ERROR_CLASS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// A compiled pattern (the payload of `re.Pattern`).
struct PatternObj {
    prog: Program,
    /// The source (str or bytes).
    source: Value,
    flags: u32,
    names: Vec<(String, usize)>,
    is_bytes: bool,
}

/// The string being matched, as code points.
enum Subject {
    /// An ASCII str: bytes are code points.
    Ascii(Rc<PyStr>),
    /// A non-ASCII str, decoded once.
    Chars(Rc<[char]>),
    /// A bytes-like object.
    Bytes(Rc<[u8]>),
}

macro_rules! with_text {
    ($subj:expr, $t:ident => $body:expr) => {
        match $subj {
            Subject::Ascii(s) => {
                let $t: &[u8] = s.as_str().as_bytes();
                $body
            }
            Subject::Chars(c) => {
                let $t: &[char] = &c[..];
                $body
            }
            Subject::Bytes(b) => {
                let $t: &[u8] = &b[..];
                $body
            }
        }
    };
}

impl Subject {
    fn len(&self) -> usize {
        with_text!(self, t => t.len())
    }
    /// `string[a:b]` as a value of the subject's type.
    fn slice(&self, a: usize, b: usize) -> Value {
        match self {
            Subject::Ascii(s) => Value::str(&s.as_str()[a..b]),
            Subject::Chars(c) => Value::string(c[a..b].iter().collect()),
            Subject::Bytes(bytes) => bytes_val(bytes[a..b].to_vec()),
        }
    }
    fn is_bytes(&self) -> bool {
        matches!(self, Subject::Bytes(_))
    }
}

thread_local! {
    /// The last non-ASCII string decoded (tokenizers match one string at
    /// many positions).
    static LAST_CHARS: RefCell<Option<(Rc<PyStr>, Rc<[char]>)>> = const { RefCell::new(None) };
}

fn type_name(vm: &Vm, v: &Value) -> String {
    vm.type_of(v).name.as_str().to_owned()
}

/// The subject for `v`, checked against the pattern's kind.
fn subject(vm: &Vm, v: &Value, pattern_is_bytes: bool) -> PyResult<Subject> {
    let subj = match v {
        Value::Str(s) => {
            if s.is_ascii() {
                Subject::Ascii(s.clone())
            } else {
                let cached = LAST_CHARS.with(|c| c.borrow().as_ref().filter(|(k, _)| Rc::ptr_eq(k, s)).map(|(_, v)| v.clone()));
                let chars = cached.unwrap_or_else(|| {
                    let chars: Rc<[char]> = s.as_str().chars().collect();
                    LAST_CHARS.with(|c| *c.borrow_mut() = Some((s.clone(), chars.clone())));
                    chars
                });
                Subject::Chars(chars)
            }
        }
        Value::Instance(i) if matches!(&i.native, NativeData::Value(Value::Str(_))) => {
            let NativeData::Value(s) = &i.native else { unreachable!() };
            return subject(vm, s, pattern_is_bytes);
        }
        _ => match as_bytes(v) {
            Some(b) => Subject::Bytes(b.into()),
            None => return Err(type_error(format!("expected string or bytes-like object, got '{}'", type_name(vm, v)))),
        },
    };
    if subj.is_bytes() != pattern_is_bytes {
        return Err(type_error(if pattern_is_bytes {
            "cannot use a bytes pattern on a string-like object"
        } else {
            "cannot use a string pattern on a bytes-like object"
        }));
    }
    Ok(subj)
}

fn pattern_obj(v: &Value) -> PyResult<&PatternObj> {
    payload::<PatternObj>(v).ok_or_else(|| type_error("descriptor requires a 're.Pattern' object"))
}

/// `_sre_compile(pattern, flags)`: a new `re.Pattern`.
fn sre_compile(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let source = args[0].clone();
    let mut flags = crate::builtins::arg_int(vm, &args[1])? as u32;
    let (src, is_bytes): (Vec<u32>, bool) = match &source {
        Value::Str(s) => (s.as_str().chars().map(|c| c as u32).collect(), false),
        _ => match as_bytes(&source) {
            Some(b) => (b.iter().map(|&b| b as u32).collect(), true),
            None => return Err(type_error("first argument must be string or compiled pattern")),
        },
    };
    if is_bytes {
        if flags & UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if flags & LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII != 0 && flags & UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        }
    }
    let parsed = match parse::parse(&src, flags, is_bytes) {
        Ok(p) => p,
        Err(e) if e.pos == parse::NO_POSITION => return Err(re_error(vm, &e.msg, None, None)),
        Err(e) => return Err(re_error(vm, &e.msg, Some(&source), Some(e.pos))),
    };
    let mut flags = parsed.flags;
    if !is_bytes && flags & ASCII != 0 {
        flags &= !UNICODE;
    }
    let ascii = is_bytes || flags & (ASCII | LOCALE) != 0;
    let prog = engine::compile(&parsed.node, parsed.groups, ascii);
    let obj = PatternObj { prog, source, flags, names: parsed.names, is_bytes };
    Ok(new_native_instance(pattern_class(), Box::new(obj)))
}

/// A `re.error(msg, pattern, pos)`.
fn re_error(vm: &mut Vm, msg: &str, pattern: Option<&Value>, pos: Option<usize>) -> PyErr {
    let cls = ERROR_CLASS.with(|c| c.borrow().clone());
    let Some(cls) = cls else { return value_error(msg.to_owned()) };
    let args = vec![Value::str(msg), pattern.cloned().unwrap_or(Value::None), pos.map(|p| Value::Int(p as i64)).unwrap_or(Value::None)];
    match vm.call_value(&cls, &args, &[]) {
        Ok(Value::Instance(inst)) => PyErr { exc: inst },
        Ok(_) => value_error(msg.to_owned()),
        Err(e) => e,
    }
}

fn pattern_class() -> &'static Rc<Class> {
    native_class("re.Pattern")
}

fn match_class() -> &'static Rc<Class> {
    native_class("re.Match")
}

/// A clamped `pos`/`endpos` argument.
fn position(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = crate::builtins::arg_int(vm, v)?;
            Ok(if i < 0 { 0 } else { (i as usize).min(len) })
        }
    }
}

/// The payload of a `re.Match`.
struct MatchObj {
    pattern: Value,
    string: Value,
    subject: Rc<Subject>,
    spans: Vec<Option<(usize, usize)>>,
    pos: usize,
    endpos: usize,
    lastindex: isize,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    Search,
    Full,
}

/// Runs one match of `pat` over `subj[..end]` from `pos`; the group spans.
fn run_once(pat: &PatternObj, subj: &Subject, pos: usize, end: usize, mode: Mode, must_advance: bool) -> Option<(Vec<Option<(usize, usize)>>, isize)> {
    fn go<T: Text + ?Sized>(prog: &Program, t: &T, pos: usize, end: usize, mode: Mode, must_advance: bool) -> Option<(Vec<Option<(usize, usize)>>, isize)> {
        let mut m = Matcher::new(prog, t, end);
        m.match_all = mode == Mode::Full;
        m.must_advance = must_advance;
        let ok = if mode == Mode::Search { m.search(pos) } else { m.match_at(pos) };
        ok.then(|| ((0..=prog.groups).map(|g| m.span(g)).collect(), m.lastindex))
    }
    with_text!(subj, t => go(&pat.prog, t, pos, end, mode, must_advance))
}

fn new_match(pattern: &Value, string: &Value, subject: &Rc<Subject>, found: (Vec<Option<(usize, usize)>>, isize), pos: usize, endpos: usize) -> Value {
    let obj = MatchObj { pattern: pattern.clone(), string: string.clone(), subject: subject.clone(), spans: found.0, pos, endpos, lastindex: found.1 };
    new_native_instance(match_class(), Box::new(obj))
}

/// `Pattern.match/search/fullmatch(string, pos=0, endpos=sys.maxsize)`.
fn match_with(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)], mode: Mode) -> PyResult<Value> {
    let a = bind(name, &args[1..], kwargs, &["string", "pos", "endpos"], 1, 3)?;
    let pat = pattern_obj(&args[0])?;
    let string = a[0].clone().unwrap();
    let subj = Rc::new(subject(vm, &string, pat.is_bytes)?);
    let len = subj.len();
    let pos = position(vm, a[1].as_ref(), len, 0)?;
    let endpos = position(vm, a[2].as_ref(), len, len)?;
    if pos > endpos {
        return Ok(Value::None);
    }
    Ok(match run_once(pat, &subj, pos, endpos, mode, false) {
        Some(found) => new_match(&args[0], &string, &subj, found, pos, endpos),
        None => Value::None,
    })
}

fn p_match(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match_with(vm, "match", args, kwargs, Mode::Match)
}

fn p_search(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match_with(vm, "search", args, kwargs, Mode::Search)
}

fn p_fullmatch(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match_with(vm, "fullmatch", args, kwargs, Mode::Full)
}

/// Successive non-overlapping matches by Python's rules (an empty match
/// may not start where the previous match ended if that was empty too).
struct Scan {
    pos: usize,
    end: usize,
    must_advance: bool,
    done: bool,
}

impl Scan {
    fn next(&mut self, pat: &PatternObj, subj: &Subject) -> Option<(Vec<Option<(usize, usize)>>, isize)> {
        if self.done || self.pos > self.end {
            return None;
        }
        match run_once(pat, subj, self.pos, self.end, Mode::Search, self.must_advance) {
            Some(found) => {
                let (s, e) = found.0[0].unwrap();
                self.must_advance = s == e;
                self.pos = e;
                Some(found)
            }
            None => {
                self.done = true;
                None
            }
        }
    }
}

/// The string, subject and scanner for findall/finditer/split/sub.
fn scan_args(vm: &mut Vm, pat: &PatternObj, string: &Value, pos: Option<&Value>, endpos: Option<&Value>) -> PyResult<(Rc<Subject>, Scan)> {
    let subj = Rc::new(subject(vm, string, pat.is_bytes)?);
    let len = subj.len();
    let pos = position(vm, pos, len, 0)?;
    let end = position(vm, endpos, len, len)?;
    Ok((subj, Scan { pos, end, must_advance: false, done: pos > end }))
}

fn group_value(subj: &Subject, span: Option<(usize, usize)>, default: &Value) -> Value {
    match span {
        Some((a, b)) => subj.slice(a, b),
        None => default.clone(),
    }
}

fn p_findall(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("findall", &args[1..], kwargs, &["string", "pos", "endpos"], 1, 3)?;
    let pat = pattern_obj(&args[0])?;
    let (subj, mut scan) = scan_args(vm, pat, a[0].as_ref().unwrap(), a[1].as_ref(), a[2].as_ref())?;
    let empty = subj.slice(0, 0);
    let mut out = Vec::new();
    while let Some((spans, _)) = scan.next(pat, &subj) {
        out.push(match pat.prog.groups {
            0 => group_value(&subj, spans[0], &empty),
            1 => group_value(&subj, spans[1], &empty),
            n => Value::tuple((1..=n).map(|g| group_value(&subj, spans[g], &empty)).collect()),
        });
    }
    Ok(Value::list(out))
}

/// The lazy iterator of `finditer`.
struct FindIter {
    pattern: Value,
    string: Value,
    subject: Rc<Subject>,
    scan: Scan,
    pos: usize,
}

impl NativeIter for FindIter {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let pat = pattern_obj(&self.pattern)?;
        Ok(self.scan.next(pat, &self.subject).map(|found| new_match(&self.pattern, &self.string, &self.subject, found, self.pos, self.scan.end)))
    }
    fn class(&self) -> &'static Rc<Class> {
        native_class("builtins.callable_iterator")
    }
}

fn p_finditer(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("finditer", &args[1..], kwargs, &["string", "pos", "endpos"], 1, 3)?;
    let pat = pattern_obj(&args[0])?;
    let string = a[0].clone().unwrap();
    let (subj, scan) = scan_args(vm, pat, &string, a[1].as_ref(), a[2].as_ref())?;
    let pos = scan.pos;
    Ok(iter_value(FindIter { pattern: args[0].clone(), string, subject: subj, scan, pos }))
}

fn p_split(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("split", &args[1..], kwargs, &["string", "maxsplit"], 1, 2)?;
    let pat = pattern_obj(&args[0])?;
    let maxsplit = match &a[1] {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 0,
    };
    let (subj, mut scan) = scan_args(vm, pat, a[0].as_ref().unwrap(), None, None)?;
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0;
    while maxsplit <= 0 || n < maxsplit {
        let Some((spans, _)) = scan.next(pat, &subj) else { break };
        let (s, e) = spans[0].unwrap();
        out.push(subj.slice(last, s));
        for g in 1..=pat.prog.groups {
            out.push(group_value(&subj, spans[g], &Value::None));
        }
        last = e;
        n += 1;
    }
    out.push(subj.slice(last, subj.len()));
    Ok(Value::list(out))
}

/// A replacement template: literal text and group references.
enum Piece {
    Text(Vec<u32>),
    Group(usize),
}

/// Parses a `sub` template (`\1`, `\g<1>`, `\g<name>`, escapes).
fn parse_template(vm: &mut Vm, pat: &PatternObj, repl: &[u32], repl_value: &Value) -> PyResult<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let err = |vm: &mut Vm, msg: String, pos: usize| re_error(vm, &msg, Some(repl_value), Some(pos));
    let mut i = 0;
    let chr = |c: u32| char::from_u32(c).unwrap_or('?');
    let push_group = |pieces: &mut Vec<Piece>, lit: &mut Vec<u32>, g: usize| {
        if !lit.is_empty() {
            pieces.push(Piece::Text(std::mem::take(lit)));
        }
        pieces.push(Piece::Group(g));
    };
    while i < repl.len() {
        let c = repl[i];
        if c != '\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = repl.get(i) else { return Err(err(vm, "bad escape (end of pattern)".into(), start)) };
        i += 1;
        match chr(e) {
            'g' => {
                if repl.get(i) != Some(&('<' as u32)) {
                    return Err(err(vm, "missing <".into(), i));
                }
                let name_start = i + 1;
                let Some(close) = repl[name_start..].iter().position(|&c| c == '>' as u32) else {
                    return Err(err(vm, "missing >, unterminated name".into(), name_start));
                };
                let name: String = repl[name_start..name_start + close].iter().map(|&c| chr(c)).collect();
                i = name_start + close + 1;
                if name.is_empty() {
                    return Err(err(vm, "missing group name".into(), name_start));
                }
                let g = if name.chars().all(|c| c.is_ascii_digit()) {
                    let g: usize = name.parse().unwrap_or(usize::MAX);
                    if g > pat.prog.groups {
                        return Err(err(vm, format!("invalid group reference {}", name), name_start));
                    }
                    g
                } else {
                    let ident = name.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic()) && name.chars().all(|c| c == '_' || c.is_alphanumeric());
                    if !ident {
                        return Err(err(vm, format!("bad character in group name '{}'", name), name_start));
                    }
                    match pat.names.iter().find(|(k, _)| *k == name) {
                        Some(&(_, g)) => g,
                        None => return Err(index_error(format!("unknown group name '{}'", name))),
                    }
                };
                push_group(&mut pieces, &mut lit, g);
            }
            '0' => {
                let mut v = 0;
                let mut k = 0;
                while k < 2 && repl.get(i).is_some_and(|&c| ('0' as u32..='7' as u32).contains(&c)) {
                    v = v * 8 + repl[i] - 48;
                    i += 1;
                    k += 1;
                }
                lit.push(v);
            }
            d if d.is_ascii_digit() => {
                let is_oct = |c: Option<&u32>| c.is_some_and(|&c| ('0' as u32..='7' as u32).contains(&c));
                if is_oct(Some(&e)) && is_oct(repl.get(i)) && is_oct(repl.get(i + 1)) {
                    let v = (e - 48) * 64 + (repl[i] - 48) * 8 + (repl[i + 1] - 48);
                    if v > 0o377 {
                        return Err(err(vm, format!("octal escape value \\{}{}{} outside of range 0-0o377", d, chr(repl[i]), chr(repl[i + 1])), start));
                    }
                    i += 2;
                    lit.push(v);
                    continue;
                }
                let mut g = (e - 48) as usize;
                if repl.get(i).is_some_and(|&c| ('0' as u32..='9' as u32).contains(&c)) {
                    g = g * 10 + (repl[i] - 48) as usize;
                    i += 1;
                }
                if g > pat.prog.groups {
                    return Err(err(vm, format!("invalid group reference {}", g), start + 1));
                }
                push_group(&mut pieces, &mut lit, g);
            }
            'a' => lit.push(7),
            'b' => lit.push(8),
            'f' => lit.push(12),
            'n' => lit.push(10),
            'r' => lit.push(13),
            't' => lit.push(9),
            'v' => lit.push(11),
            '\\' => lit.push('\\' as u32),
            other if other.is_ascii_alphabetic() => return Err(err(vm, format!("bad escape \\{}", other), start)),
            _ => {
                lit.push('\\' as u32);
                lit.push(e);
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Text(lit));
    }
    Ok(pieces)
}

/// Appends code points to the result being built.
fn push_points(out_str: &mut String, out_bytes: &mut Vec<u8>, is_bytes: bool, points: &[u32]) {
    if is_bytes {
        out_bytes.extend(points.iter().map(|&c| c as u8));
    } else {
        out_str.extend(points.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')));
    }
}

fn append_value(out_str: &mut String, out_bytes: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Str(s) => out_str.push_str(s.as_str()),
        _ => {
            if let Some(b) = as_bytes(v) {
                out_bytes.extend_from_slice(&b);
            }
        }
    }
}

/// Expands parsed `pieces` for one match into the output.
fn expand_into(out_str: &mut String, out_bytes: &mut Vec<u8>, subj: &Subject, spans: &[Option<(usize, usize)>], pieces: &[Piece]) {
    for p in pieces {
        match p {
            Piece::Text(t) => push_points(out_str, out_bytes, subj.is_bytes(), t),
            Piece::Group(g) => {
                if let Some((a, b)) = spans[*g] {
                    append_value(out_str, out_bytes, &subj.slice(a, b));
                }
            }
        }
    }
}

/// The code points of a str or bytes template.
fn template_points(v: &Value) -> Option<Vec<u32>> {
    match v {
        Value::Str(s) => Some(s.as_str().chars().map(|c| c as u32).collect()),
        _ => as_bytes(v).map(|b| b.iter().map(|&b| b as u32).collect()),
    }
}

fn subn_impl(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(Value, usize)> {
    let a = bind(name, &args[1..], kwargs, &["repl", "string", "count"], 2, 3)?;
    let pat = pattern_obj(&args[0])?;
    let repl = a[0].clone().unwrap();
    let string = a[1].clone().unwrap();
    let count = match &a[2] {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 0,
    };
    let (subj, mut scan) = scan_args(vm, pat, &string, None, None)?;
    let callable = !matches!(repl, Value::Str(_)) && as_bytes(&repl).is_none();
    let pieces = if callable {
        None
    } else {
        if subject(vm, &repl, pat.is_bytes).is_err() {
            return Err(type_error(format!("expected {}, got '{}'", if pat.is_bytes { "a bytes-like object" } else { "str instance" }, type_name(vm, &repl))));
        }
        let points = template_points(&repl).unwrap();
        Some(if points.contains(&('\\' as u32)) { parse_template(vm, pat, &points, &repl)? } else { vec![Piece::Text(points)] })
    };
    let mut out_str = String::new();
    let mut out_bytes = Vec::new();
    let mut last = 0;
    let mut n = 0usize;
    let pos0 = scan.pos;
    while count <= 0 || (n as i64) < count {
        let Some(found) = scan.next(pat, &subj) else { break };
        let (s, e) = found.0[0].unwrap();
        append_value(&mut out_str, &mut out_bytes, &subj.slice(last, s));
        match &pieces {
            Some(p) => expand_into(&mut out_str, &mut out_bytes, &subj, &found.0, p),
            None => {
                let m = new_match(&args[0], &string, &subj, found, pos0, scan.end);
                let r = vm.call_value(&repl, &[m], &[])?;
                let ok = if pat.is_bytes { as_bytes(&r).is_some() && !matches!(r, Value::Str(_)) } else { matches!(r, Value::Str(_)) };
                if !ok {
                    return Err(type_error(format!(
                        "{}expected {}, {} found",
                        if pat.is_bytes { "" } else { "sequence item 0: " },
                        if pat.is_bytes { "a bytes-like object" } else { "str instance" },
                        type_name(vm, &r)
                    )));
                }
                append_value(&mut out_str, &mut out_bytes, &r);
            }
        }
        last = e;
        n += 1;
    }
    append_value(&mut out_str, &mut out_bytes, &subj.slice(last, subj.len()));
    let result = if pat.is_bytes { bytes_val(out_bytes) } else { Value::string(out_str) };
    Ok((result, n))
}

fn p_sub(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(subn_impl(vm, "sub", args, kwargs)?.0)
}

fn p_subn(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (v, n) = subn_impl(vm, "subn", args, kwargs)?;
    Ok(Value::tuple(vec![v, Value::Int(n as i64)]))
}

/// CPython's order of flag names in a pattern repr.
const FLAG_NAMES: [(u32, &str); 9] = [
    (1, "re.TEMPLATE"),
    (2, "re.IGNORECASE"),
    (4, "re.LOCALE"),
    (8, "re.MULTILINE"),
    (16, "re.DOTALL"),
    (32, "re.UNICODE"),
    (64, "re.VERBOSE"),
    (128, "re.DEBUG"),
    (256, "re.ASCII"),
];

fn p_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let pat = pattern_obj(&args[0])?;
    let src = vm.repr(&pat.source)?;
    let src: String = src.chars().take(200).collect();
    let mut flags = pat.flags;
    if !pat.is_bytes && flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    if flags == 0 {
        return Ok(Value::string(format!("re.compile({})", src)));
    }
    let mut names: Vec<String> = Vec::new();
    for (bit, name) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_owned());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("{:#x}", flags));
    }
    Ok(Value::string(format!("re.compile({}, {})", src, names.join("|"))))
}

fn p_eq(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (payload::<PatternObj>(&args[0]), payload::<PatternObj>(&args[1])) else {
        return Ok(Value::Other(Rc::new(Other::NotImplemented)));
    };
    Ok(Value::bool(a.flags == b.flags && a.is_bytes == b.is_bytes && vm.eq(&a.source, &b.source)?))
}

fn p_hash(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let pat = pattern_obj(&args[0])?;
    let h = vm.hash(&pat.source)?;
    Ok(Value::Int(h ^ (pat.flags as i64).wrapping_mul(1000003)))
}

fn p_identity(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn p_pattern(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(pattern_obj(&args[0])?.source.clone())
}

fn p_flags(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(pattern_obj(&args[0])?.flags as i64))
}

fn p_groups(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(pattern_obj(&args[0])?.prog.groups as i64))
}

fn p_groupindex(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = PyDict::new();
    for (n, g) in &pattern_obj(&args[0])?.names {
        d.set_str(&intern(n), Value::Int(*g as i64));
    }
    Ok(Value::Dict(Rc::new(d)))
}

// ---- Match ----

fn match_obj(v: &Value) -> PyResult<&MatchObj> {
    payload::<MatchObj>(v).ok_or_else(|| type_error("descriptor requires a 're.Match' object"))
}

/// The group number of `g` (an int or a group name).
fn group_index(vm: &mut Vm, m: &MatchObj, g: &Value) -> PyResult<usize> {
    let pat = pattern_obj(&m.pattern)?;
    let idx = match g {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(b.get() as i64),
        Value::Str(s) => pat.names.iter().find(|(k, _)| k == s.as_str()).map(|&(_, g)| g as i64),
        Value::Instance(_) => crate::builtins::arg_int(vm, g).ok(),
        _ => None,
    };
    match idx {
        Some(i) if i >= 0 && (i as usize) <= pat.prog.groups => Ok(i as usize),
        _ => Err(index_error("no such group")),
    }
}

fn m_group(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let m = match_obj(&args[0])?;
    let one = |vm: &mut Vm, g: &Value| -> PyResult<Value> {
        let i = group_index(vm, m, g)?;
        Ok(group_value(&m.subject, m.spans[i], &Value::None))
    };
    match args.len() {
        1 => one(vm, &Value::Int(0)),
        2 => one(vm, &args[1]),
        _ => {
            let mut out = Vec::new();
            for g in &args[1..] {
                out.push(one(vm, g)?);
            }
            Ok(Value::tuple(out))
        }
    }
}

fn m_getitem(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("__getitem__", &args[1..], 1, 1)?;
    m_group(vm, args, &[])
}

fn m_groups(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("groups", &args[1..], kwargs, &["default"], 0, 1)?;
    let m = match_obj(&args[0])?;
    let default = a[0].clone().unwrap_or(Value::None);
    Ok(Value::tuple(m.spans[1..].iter().map(|s| group_value(&m.subject, *s, &default)).collect()))
}

fn m_groupdict(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("groupdict", &args[1..], kwargs, &["default"], 0, 1)?;
    let m = match_obj(&args[0])?;
    let default = a[0].clone().unwrap_or(Value::None);
    let d = PyDict::new();
    for (n, g) in &pattern_obj(&m.pattern)?.names {
        d.set_str(&intern(n), group_value(&m.subject, m.spans[*g], &default));
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn span_of(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(i64, i64)> {
    crate::builtins::check_count(name, &args[1..], 0, 1)?;
    let m = match_obj(&args[0])?;
    let g = match args.get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(m.spans[g].map(|(a, b)| (a as i64, b as i64)).unwrap_or((-1, -1)))
}

fn m_start(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, "start", args)?.0))
}

fn m_end(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, "end", args)?.1))
}

fn m_span(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (a, b) = span_of(vm, "span", args)?;
    Ok(Value::tuple(vec![Value::Int(a), Value::Int(b)]))
}

fn m_expand(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("expand", &args[1..], 1, 1)?;
    let m = match_obj(&args[0])?;
    let pat = pattern_obj(&m.pattern)?;
    let Some(points) = template_points(&args[1]) else {
        return Err(type_error(format!("expected str instance, {} found", type_name(vm, &args[1]))));
    };
    let pieces = parse_template(vm, pat, &points, &args[1])?;
    let (mut s, mut b) = (String::new(), Vec::new());
    expand_into(&mut s, &mut b, &m.subject, &m.spans, &pieces);
    Ok(if pat.is_bytes { bytes_val(b) } else { Value::string(s) })
}

fn m_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let m = match_obj(&args[0])?;
    let (a, b) = m.spans[0].unwrap();
    let text = vm.repr(&m.subject.slice(a, b))?;
    Ok(Value::string(format!("<re.Match object; span=({}, {}), match={}>", a, b, text)))
}

fn m_getter(vm: &mut Vm, args: &[Value], which: &str) -> PyResult<Value> {
    let m = match_obj(&args[0])?;
    let _ = vm;
    Ok(match which {
        "pos" => Value::Int(m.pos as i64),
        "endpos" => Value::Int(m.endpos as i64),
        "re" => m.pattern.clone(),
        "string" => m.string.clone(),
        "lastindex" => {
            if m.lastindex < 0 {
                Value::None
            } else {
                Value::Int(m.lastindex as i64)
            }
        }
        "lastgroup" => {
            let pat = pattern_obj(&m.pattern)?;
            match pat.names.iter().find(|(_, g)| *g as isize == m.lastindex) {
                Some((n, _)) => Value::str(n),
                None => Value::None,
            }
        }
        _ => {
            let spans = m.spans.iter().map(|s| {
                let (a, b) = s.map(|(a, b)| (a as i64, b as i64)).unwrap_or((-1, -1));
                Value::tuple(vec![Value::Int(a), Value::Int(b)])
            });
            Value::tuple(spans.collect())
        }
    })
}

fn add_getters(cls: &Class, owner: &'static str, getters: &[(&'static str, NativeFn)]) {
    for (n, getter) in getters {
        let fget = Value::Builtin(Rc::new(Builtin { name: n, func: *getter, owner: Some(owner) }));
        let prop = Other::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
        cls.dict.set_str(&intern(n), Value::Other(Rc::new(prop)));
    }
}

macro_rules! match_getters {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
            m_getter(vm, args, $name)
        })*
    };
}

match_getters! {
    mg_pos => "pos",
    mg_endpos => "endpos",
    mg_re => "re",
    mg_string => "string",
    mg_lastindex => "lastindex",
    mg_lastgroup => "lastgroup",
    mg_regs => "regs",
}

const SOURCE: &str = include_str!("re.py");

/// Fills the `re` module.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    let pcls = pattern_class();
    if pcls.dict.get_str(&intern("match")).is_none() {
        let methods: &[(&'static str, NativeFn)] = &[
            ("match", p_match),
            ("search", p_search),
            ("fullmatch", p_fullmatch),
            ("findall", p_findall),
            ("finditer", p_finditer),
            ("split", p_split),
            ("sub", p_sub),
            ("subn", p_subn),
            ("__repr__", p_repr),
            ("__eq__", p_eq),
            ("__hash__", p_hash),
            ("__copy__", p_identity),
            ("__deepcopy__", p_identity),
        ];
        for (n, f) in methods {
            add_method(pcls, n, *f);
        }
        add_getters(pcls, "Pattern", &[("pattern", p_pattern), ("flags", p_flags), ("groups", p_groups), ("groupindex", p_groupindex)]);
        pcls.modified();
        let mcls = match_class();
        let methods: &[(&'static str, NativeFn)] = &[
            ("group", m_group),
            ("__getitem__", m_getitem),
            ("groups", m_groups),
            ("groupdict", m_groupdict),
            ("start", m_start),
            ("end", m_end),
            ("span", m_span),
            ("expand", m_expand),
            ("__repr__", m_repr),
            ("__copy__", p_identity),
            ("__deepcopy__", p_identity),
        ];
        for (n, f) in methods {
            add_method(mcls, n, *f);
        }
        add_getters(
            mcls,
            "Match",
            &[
                ("pos", mg_pos),
                ("endpos", mg_endpos),
                ("re", mg_re),
                ("string", mg_string),
                ("lastindex", mg_lastindex),
                ("lastgroup", mg_lastgroup),
                ("regs", mg_regs),
            ],
        );
        mcls.modified();
    }
    set(d, "Pattern", Value::Class(pcls.clone()));
    set(d, "Match", Value::Class(match_class().clone()));
    crate::modules::add_fns(d, &[("_sre_compile", sre_compile)]);
    run_source(vm, d, "<frozen re>", SOURCE);
    if let Some(err) = d.get_str(&intern("error")) {
        ERROR_CLASS.with(|c| *c.borrow_mut() = Some(err));
    }
}
