//! The methods of `str`, with CPython 3.11 semantics and error messages.
//!
//! Python indexes strings by code point while [`PyStr`] stores UTF-8, so the
//! methods that take or return positions (`find`, `count`, `startswith`, ...)
//! convert between code-point and byte offsets (trivially for ASCII strings).
//! Methods that only produce pieces (`split`, `replace`, `partition`, ...)
//! work on the UTF-8 text directly: a match of a valid UTF-8 needle always
//! starts and ends on character boundaries.
//!
//! Character classes follow Python 3.11 (Unicode 14.0): Rust's `char`
//! predicates provide the bulk and small generated tables (at the end of the
//! file, produced by comparing against CPython 3.11 for every assigned code
//! point) correct the differences.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::Sign;

use super::args::*;
use super::{add_method, builtin_fn, set};
use crate::runtime::objects::*;
use crate::runtime::str::{ascii_escape, intern, PyStr};
use crate::runtime::strsearch;
use crate::runtime::types::types;
use crate::runtime::value::{B64, Value};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Registers the methods on the `str` class.
pub fn register() {
    let t = types();
    let methods: &[(&'static str, NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
    ];
    for (name, f) in methods {
        add_method(&t.str_, name, *f);
    }
    // `maketrans` is a static method: `str.maketrans(...)` and `s.maketrans(...)`.
    set(&t.str_.dict, "maketrans", Value::Other(Rc::new(Other::StaticMethod(builtin_fn("maketrans", maketrans)))));
}

// ---------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------

/// The `str` payload of a value: a `str` or an instance of a `str` subclass.
fn str_payload(v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::Value(Value::Str(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver (`args[0]`) of method `name`, checked like CPython's method descriptors.
fn recv(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Rc<PyStr>> {
    match args.first() {
        None => Err(type_error(format!("unbound method str.{}() needs an argument", name))),
        Some(v) => str_payload(v).ok_or_else(|| {
            type_error(format!("descriptor '{}' for 'str' objects doesn't apply to a '{}' object", name, vm.type_of(v).name.as_str()))
        }),
    }
}

/// The type name of a value, for messages.
fn tname(vm: &Vm, v: &Value) -> String {
    vm.type_of(v).name.as_str().to_owned()
}

/// A `str` argument with CPython's generic message "must be str, not int".
fn str_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    str_payload(v).ok_or_else(|| type_error(format!("must be str, not {}", tname(vm, v))))
}

/// A positional `str` argument of an Argument-Clinic method:
/// "replace() argument 1 must be str, not int".
fn str_arg_n(vm: &Vm, fname: &str, n: usize, v: &Value) -> PyResult<Rc<PyStr>> {
    str_payload(v).ok_or_else(|| type_error(format!("{}() argument {} must be str, not {}", fname, n, tname(vm, v))))
}

/// Parses the arguments (after the receiver) of an Argument-Clinic method
/// whose parameters are all optional and may be passed by keyword.
fn parse_optional<const N: usize>(
    fname: &str,
    args: &[Value],
    kwargs: &[(Name, Value)],
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let total = args.len() + kwargs.len();
    if total > N {
        return Err(type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            N,
            if N == 1 { "" } else { "s" },
            total
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k.as_str(), fname))),
            Some(i) if i < args.len() => {
                return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, k.as_str(), i + 1)))
            }
            Some(i) => out[i] = Some(v.clone()),
        }
    }
    Ok(out)
}

/// An argument converted to a C `int` (`tabsize`, `keepends`).
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let too_large = || overflow_error("Python int too large to convert to C int");
    if let Value::BigInt(_) = v {
        return Err(too_large());
    }
    let i = arg_int(vm, v)?;
    if i32::try_from(i).is_err() {
        return Err(too_large());
    }
    Ok(i)
}

/// A slice bound (`start`/`end` of `find`, `count`, ...): None, or an index
/// clamped to the i64 range like `_PyEval_SliceIndex`.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(b.get() as i64)),
        Value::BigInt(b) => Ok(Some(if b.sign() == Sign::Minus { i64::MIN } else { i64::MAX })),
        Value::Instance(_) => match vm.lookup_special(v, "__index__") {
            Some(m) => {
                let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
                match r {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => slice_bound(vm, &r),
                    _ => Err(type_error(format!("__index__ returned non-int (type {})", tname(vm, &r)))),
                }
            }
            None => Err(slice_bound_error()),
        },
        _ => Err(slice_bound_error()),
    }
}

fn slice_bound_error() -> PyErr {
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// Parses `(sub, start=None, end=None)` of the find family; returns the
/// argument value and the adjusted code-point range `[start, end)` (which
/// may be empty or have `start > len`, as in CPython's `ADJUST_INDICES`).
fn find_args(vm: &mut Vm, fname: &str, s: &PyStr, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(Value, i64, i64)> {
    no_str_kwargs(fname, kwargs)?;
    let rest = &args[1..];
    if rest.is_empty() {
        return Err(type_error(format!("{}() takes at least 1 argument (0 given)", fname)));
    }
    if rest.len() > 3 {
        return Err(type_error(format!("{}() takes at most 3 arguments ({} given)", fname, rest.len())));
    }
    let len = s.char_len() as i64;
    let start = match rest.get(1) {
        Some(v) => slice_bound(vm, v)?,
        None => None,
    };
    let end = match rest.get(2) {
        Some(v) => slice_bound(vm, v)?,
        None => None,
    };
    let (start, end) = adjust_indices(start.unwrap_or(0), end.unwrap_or(i64::MAX), len);
    Ok((rest[0].clone(), start, end))
}

/// CPython's `ADJUST_INDICES`: clamps `end` to `len`, resolves negatives.
fn adjust_indices(mut start: i64, mut end: i64, len: i64) -> (i64, i64) {
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len);
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start = start.saturating_add(len);
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// Byte offsets of the code-point range `[start, end)` (`0 <= start <= end <= len`).
fn byte_range(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start, end);
    }
    (s.byte_offset(start), s.byte_offset(end))
}

/// Number of code points in `text[..byte]`.
fn chars_before(text: &str, byte: usize, ascii: bool) -> usize {
    if ascii {
        byte
    } else {
        text[..byte].chars().count()
    }
}

/// An empty string with room for `bytes` bytes; MemoryError instead of an
/// abort when the allocation fails (`"a".center(10**15)`).
fn string_with_capacity(bytes: usize) -> PyResult<String> {
    let mut out = String::new();
    out.try_reserve_exact(bytes).map_err(|_| memory_error(""))?;
    Ok(out)
}

// ---------------------------------------------------------------------------
// Character classes (Python 3.11 / Unicode 14.0)
// ---------------------------------------------------------------------------

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < u);
    i < table.len() && table[i].0 <= u
}

/// `str.isspace` for one character (includes the separators U+001C..U+001F).
pub(crate) fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x1f' | ' ' => true,
        c if (c as u32) < 0x80 => false,
        c => c.is_whitespace(),
    }
}

/// The value of a decimal digit (category Nd).
fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u - '0' as u32);
    }
    if u < 0x660 {
        return None;
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    let zero = DECIMAL_ZEROS[i - 1];
    if u - zero < 10 {
        Some(u - zero)
    } else {
        None
    }
}

pub(crate) fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || ((c as u32) >= 0x80 && in_ranges(DIGIT_EXTRA, c))
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.is_numeric() != in_ranges(NUMERIC_DIFF, c)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !in_ranges(NOT_ALPHA, c)
}

pub(crate) fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

fn is_titlecase(c: char) -> bool {
    (c as u32) >= 0x1c5 && in_ranges(TITLECASE_LETTERS, c)
}

/// The Lowercase property as of Unicode 14 (Rust's tables are newer: a few
/// letters gained or lost the property since).
fn is_lower(c: char) -> bool {
    match c as u32 {
        0x295 => true,
        0x10fc | 0xa7f2..=0xa7f4 | 0xab69 => false,
        _ => c.is_lowercase(),
    }
}

fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

/// Lowercase letters whose uppercase partner was only added after Unicode 14.
fn keeps_case(c: char) -> bool {
    matches!(c as u32, 0x19b | 0x264 | 0xa7d3 | 0xa7d5)
}

/// Appends the full uppercase mapping of `c`.
fn push_upper(out: &mut String, c: char) {
    if keeps_case(c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

fn is_xid_start(c: char) -> bool {
    is_alpha(c) != in_ranges(XID_START_DIFF, c)
}

fn is_xid_continue(c: char) -> bool {
    (is_xid_start(c) || c.is_alphabetic() || is_decimal(c)) != in_ranges(XID_CONTINUE_DIFF, c)
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(NON_PRINTABLE, c)
}

/// Line boundaries recognized by `splitlines` (besides `\r\n`).
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

// ---------------------------------------------------------------------------
// Case mappings
// ---------------------------------------------------------------------------

/// Appends the full titlecase mapping of `c`.
fn push_title(out: &mut String, c: char) {
    let u = c as u32;
    if let Ok(i) = TITLE_EXCEPTIONS.binary_search_by_key(&u, |&(k, _)| k) {
        out.push_str(TITLE_EXCEPTIONS[i].1);
        return;
    }
    if (0x10d0..=0x10ff).contains(&u) {
        // Georgian Mkhedruli letters are their own titlecase.
        out.push(c);
        return;
    }
    if (0x1f80..=0x1faf).contains(&u) {
        // Greek letters with ypogegrammeni titlecase to the prosgegrammeni form.
        out.push(char::from_u32(u | 8).unwrap_or(c));
        return;
    }
    if keeps_case(c) {
        out.push(c);
        return;
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
    }
    for rest in up {
        out.extend(rest.to_lowercase());
    }
}

/// True when the capital sigma at `chars[i]` ends a word (Unicode's
/// Final_Sigma condition). Delegates to `str::to_lowercase`, which
/// implements the same rule, on a window around the sigma.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    const WINDOW: usize = 64;
    let lo = i.saturating_sub(WINDOW);
    let hi = (i + 1 + WINDOW).min(chars.len());
    let prefix: String = chars[lo..i].iter().collect();
    let mut probe = prefix.clone();
    probe.push('\u{3a3}');
    probe.extend(&chars[i + 1..hi]);
    // Only sigma is context-dependent and both its lowercase forms are two
    // bytes, so the prefix lowercases to the same length inside the probe.
    let offset = prefix.to_lowercase().len();
    probe.to_lowercase()[offset..].starts_with('\u{3c2}')
}

/// Appends the lowercase mapping of `chars[i]` (with the final-sigma rule).
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) { '\u{3c2}' } else { '\u{3c3}' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the full case folding of `c`.
fn push_casefold(out: &mut String, c: char) {
    let u = c as u32;
    if (0x13a0..=0x13fd).contains(&u) || (0xab70..=0xabbf).contains(&u) {
        // Cherokee folds to its uppercase letters.
        out.extend(c.to_uppercase());
    } else if u == 0x131 || keeps_case(c) {
        out.push(c);
    } else if u == 0x1e9e {
        out.push_str("ss");
    } else {
        for up in c.to_uppercase() {
            out.extend(up.to_lowercase());
        }
    }
}

// ---------------------------------------------------------------------------
// join / split / splitlines / partition
// ---------------------------------------------------------------------------

fn join(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let sep = recv(vm, "join", args)?;
    no_kwargs("str.join", kwargs)?;
    check_count("str.join", &args[1..], 1, 1)?;
    let fast = match &args[1] {
        Value::List(l) => join_plain(&sep, l.len(), |i| l.get(i)),
        Value::Tuple(t) => join_plain(&sep, t.items.len(), |i| t.items.get(i).cloned()),
        _ => None,
    };
    if let Some(v) = fast {
        return Ok(v);
    }
    let items = match &args[1] {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.clone(),
        v => {
            let it = vm.get_iter(v).map_err(|e| {
                if e.matches(&types().type_error) {
                    type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            vm.collect(&it)?
        }
    };
    let mut parts: Vec<Rc<PyStr>> = Vec::with_capacity(items.len());
    let mut total = 0;
    for (i, item) in items.iter().enumerate() {
        match str_payload(item) {
            Some(s) => {
                total += s.as_str().len();
                parts.push(s);
            }
            None => {
                return Err(type_error(format!("sequence item {}: expected str instance, {} found", i, tname(vm, item))));
            }
        }
    }
    if parts.len() == 1 && matches!(items[0], Value::Str(_)) {
        return Ok(items[0].clone());
    }
    let sep = sep.as_str();
    let mut out = String::with_capacity(total + sep.len() * parts.len().saturating_sub(1));
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_str());
    }
    Ok(Value::string(out))
}

/// `sep.join(items)` for a list or tuple whose items are all plain `str`s:
/// no copy of the sequence, one allocation for the text and the character
/// count summed from the parts. `None` when an item is anything else (the
/// general path then reports it).
fn join_plain(sep: &PyStr, len: usize, get: impl Fn(usize) -> Option<Value>) -> Option<Value> {
    if len == 0 {
        return None;
    }
    let (mut bytes, mut chars) = (0, 0);
    for i in 0..len {
        match get(i) {
            Some(Value::Str(s)) => {
                if len == 1 {
                    return Some(Value::Str(s));
                }
                bytes += s.as_str().len();
                chars += s.char_len();
            }
            _ => return None,
        }
    }
    bytes += sep.as_str().len() * (len - 1);
    chars += sep.char_len() * (len - 1);
    let mut out = String::with_capacity(bytes);
    for i in 0..len {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match get(i) {
            Some(Value::Str(s)) => out.push_str(s.as_str()),
            _ => return None,
        }
    }
    Some(Value::Str(Rc::new(PyStr::from_string_counted(out, chars))))
}

/// Parses `(sep=None, maxsplit=-1)`.
fn split_args(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(Option<Rc<PyStr>>, i64)> {
    let [sep, maxsplit] = parse_optional(fname, &args[1..], kwargs, ["sep", "maxsplit"])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => match str_payload(&v) {
            Some(s) => Some(s),
            None => return Err(type_error(format!("must be str or None, not {}", tname(vm, &v)))),
        },
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => arg_int(vm, &v)?,
    };
    if let Some(s) = &sep {
        if s.as_str().is_empty() {
            return Err(value_error("empty separator"));
        }
    }
    Ok((sep, maxsplit))
}

/// A new `str` of `part`, a piece of `parent`'s text: a piece of ASCII text
/// is ASCII, so its characters are not counted again.
fn piece_of(parent: &PyStr, part: &str) -> Value {
    if parent.is_ascii() {
        Value::ascii_string(part.to_owned())
    } else {
        Value::str(part)
    }
}

/// The list of the pieces `parts` of `parent`'s text.
fn str_list(parent: &PyStr, parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(|p| piece_of(parent, p)).collect())
}

fn split(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "split", args)?;
    let (sep, maxsplit) = split_args(vm, "split", args, kwargs)?;
    let text = s.as_str();
    let parts: Vec<&str> = match &sep {
        Some(sep) => {
            let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
            strsearch::split(text, sep.as_str(), limit)
        }
        None => split_whitespace(text, maxsplit),
    };
    Ok(str_list(&s, parts))
}

fn rsplit(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "rsplit", args)?;
    let (sep, maxsplit) = split_args(vm, "rsplit", args, kwargs)?;
    let text = s.as_str();
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => {
            if maxsplit < 0 {
                text.rsplit(sep.as_str()).collect()
            } else {
                text.rsplitn((maxsplit as usize).saturating_add(1), sep.as_str()).collect()
            }
        }
        None => rsplit_whitespace(text, maxsplit),
    };
    if sep.is_some() {
        parts.reverse();
    }
    Ok(str_list(&s, parts))
}

/// `split()` with no separator: runs of whitespace separate, leading and
/// trailing whitespace is dropped; after `maxsplit` splits the remainder
/// (minus its leading whitespace) is the last item.
fn split_whitespace(text: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if left == 0 {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// `rsplit()` with no separator (items in order).
fn rsplit_whitespace(text: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut rest = text.trim_end_matches(is_space);
    while !rest.is_empty() {
        if left == 0 {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + w..]);
                rest = rest[..i].trim_end_matches(is_space);
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn splitlines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "splitlines", args)?;
    let [keepends] = parse_optional("splitlines", &args[1..], kwargs, ["keepends"])?;
    let keepends = match keepends {
        None => false,
        Some(v) => c_int_arg(vm, &v)? != 0,
    };
    let text = s.as_str();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' && bytes.get(eol) == Some(&b'\n') {
            iter.next();
            eol += 1;
        }
        out.push(Value::str(&text[start..if keepends { eol } else { i }]));
        start = eol;
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(Value::list(out))
}

fn partition(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kwargs, "partition", "str.partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kwargs, "rpartition", "str.rpartition", true)
}

/// `str.partition` / `str.rpartition`; `fname` is the qualified name for
/// messages (a literal: this runs per call, where formatting it cost more
/// than the search).
fn partition_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], name: &str, fname: &str, right: bool) -> PyResult<Value> {
    let s = recv(vm, name, args)?;
    no_kwargs(fname, kwargs)?;
    check_count(fname, &args[1..], 1, 1)?;
    let sep = str_arg(vm, &args[1])?;
    let sep = sep.as_str();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right { strsearch::rfind(text, sep) } else { strsearch::find(text, sep) };
    Ok(match found {
        // The separator object itself, as CPython (a str subclass stays one).
        Some(i) => Value::tuple(vec![piece_of(&s, &text[..i]), args[1].clone(), piece_of(&s, &text[i + sep.len()..])]),
        None if right => Value::tuple(vec![Value::str(""), Value::str(""), unchanged(&args[0], &s)]),
        None => Value::tuple(vec![unchanged(&args[0], &s), Value::str(""), Value::str("")]),
    })
}

/// The receiver returned unchanged: the same object for an exact `str`, a
/// plain `str` for a subclass instance (as CPython does).
fn unchanged(receiver: &Value, s: &Rc<PyStr>) -> Value {
    match receiver {
        Value::Str(_) => receiver.clone(),
        _ => Value::Str(s.clone()),
    }
}

// ---------------------------------------------------------------------------
// strip / replace / prefixes
// ---------------------------------------------------------------------------

fn strip(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kwargs, "rstrip", false, true)
}

fn strip_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = recv(vm, name, args)?;
    no_str_kwargs(name, kwargs)?;
    check_count(name, &args[1..], 0, 1)?;
    let text = s.as_str();
    let out = match args.get(1) {
        None | Some(Value::None) => {
            let t = if left { text.trim_start_matches(is_space) } else { text };
            if right {
                t.trim_end_matches(is_space)
            } else {
                t
            }
        }
        Some(v) => {
            let chars = match str_payload(v) {
                Some(c) => c,
                None => return Err(type_error(format!("{} arg must be None or str", name))),
            };
            let set: Vec<char> = chars.as_str().chars().collect();
            let pred = |c: char| set.contains(&c);
            let t = if left { text.trim_start_matches(pred) } else { text };
            if right {
                t.trim_end_matches(pred)
            } else {
                t
            }
        }
    };
    if out.len() == text.len() {
        return Ok(unchanged(&args[0], &s));
    }
    Ok(Value::str(out))
}

fn replace(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "replace", args)?;
    no_kwargs("str.replace", kwargs)?;
    check_count("replace", &args[1..], 2, 3)?;
    let old = str_arg_n(vm, "replace", 1, &args[1])?;
    let new = str_arg_n(vm, "replace", 2, &args[2])?;
    let count = match args.get(3) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    let (old, new) = (old.as_str(), new.as_str());
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if limit == 0 {
        return Ok(unchanged(&args[0], &s));
    }
    if old.is_empty() {
        // Insert `new` before every character and at the end, `limit` times.
        let mut out = String::with_capacity(text.len() + new.len() * (s.char_len() + 1).min(limit));
        let mut done = 0;
        for c in text.chars() {
            if done < limit {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.push_str(new);
        }
        return Ok(Value::string(out));
    }
    match strsearch::replace(text, old, new, limit) {
        Some(out) => Ok(Value::string(out)),
        None => Ok(unchanged(&args[0], &s)),
    }
}

fn removeprefix(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "removeprefix", args)?;
    no_kwargs("str.removeprefix", kwargs)?;
    check_count("str.removeprefix", &args[1..], 1, 1)?;
    let p = str_payload(&args[1])
        .ok_or_else(|| type_error(format!("removeprefix() argument must be str, not {}", tname(vm, &args[1]))))?;
    match s.as_str().strip_prefix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Ok(Value::str(rest)),
        _ => Ok(unchanged(&args[0], &s)),
    }
}

fn removesuffix(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "removesuffix", args)?;
    no_kwargs("str.removesuffix", kwargs)?;
    check_count("str.removesuffix", &args[1..], 1, 1)?;
    let p = str_payload(&args[1])
        .ok_or_else(|| type_error(format!("removesuffix() argument must be str, not {}", tname(vm, &args[1]))))?;
    match s.as_str().strip_suffix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Ok(Value::str(rest)),
        _ => Ok(unchanged(&args[0], &s)),
    }
}

// ---------------------------------------------------------------------------
// find / index / count / startswith / endswith
// ---------------------------------------------------------------------------

/// Code-point index of `sub` in `s[start:end]`, searching from the left or right.
fn find_in(s: &PyStr, sub: &PyStr, start: i64, end: i64, right: bool) -> Option<i64> {
    let sub_len = sub.char_len() as i64;
    if end - start < sub_len {
        return None;
    }
    if sub_len == 0 {
        return Some(if right { end } else { start });
    }
    let (b0, b1) = byte_range(s, start as usize, end as usize);
    let hay = &s.as_str()[b0..b1];
    let pos = if right { strsearch::rfind(hay, sub.as_str()) } else { strsearch::find(hay, sub.as_str()) }?;
    Some(start + chars_before(hay, pos, s.is_ascii()) as i64)
}

fn find_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let s = recv(vm, name, args)?;
    let (sub, start, end) = find_args(vm, name, &s, args, kwargs)?;
    let sub = str_arg(vm, &sub)?;
    match find_in(&s, &sub, start, end, right) {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    find_impl(vm, args, kwargs, "find", false, false)
}

fn rfind(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    find_impl(vm, args, kwargs, "rfind", true, false)
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    find_impl(vm, args, kwargs, "index", false, true)
}

fn rindex(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    find_impl(vm, args, kwargs, "rindex", true, true)
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "count", args)?;
    let (sub, start, end) = find_args(vm, "count", &s, args, kwargs)?;
    let sub = str_arg(vm, &sub)?;
    let sub_len = sub.char_len() as i64;
    if end - start < sub_len {
        return Ok(Value::Int(0));
    }
    if sub_len == 0 {
        return Ok(Value::Int(end - start + 1));
    }
    let (b0, b1) = byte_range(&s, start as usize, end as usize);
    Ok(Value::Int(strsearch::count(&s.as_str()[b0..b1], sub.as_str()) as i64))
}

/// Whether `sub` matches `s[start:end]` at its start (or end), like CPython's `tailmatch`.
fn tailmatch(s: &PyStr, sub: &PyStr, start: i64, end: i64, at_end: bool) -> bool {
    let sub_len = sub.char_len() as i64;
    if end - sub_len < start {
        return false;
    }
    if sub_len == 0 {
        return true;
    }
    let (b0, b1) = byte_range(s, start as usize, end as usize);
    let hay = &s.as_str()[b0..b1];
    if at_end {
        hay.ends_with(sub.as_str())
    } else {
        hay.starts_with(sub.as_str())
    }
}

fn affix_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], name: &str, at_end: bool) -> PyResult<Value> {
    let s = recv(vm, name, args)?;
    let (prefix, start, end) = find_args(vm, name, &s, args, kwargs)?;
    if let Some(Value::Tuple(t)) = crate::vm::ops::tuple_of(&prefix) {
        for item in &t.items {
            let sub = str_payload(item).ok_or_else(|| {
                type_error(format!("tuple for {} must only contain str, not {}", name, tname(vm, item)))
            })?;
            if tailmatch(&s, &sub, start, end, at_end) {
                return Ok(Value::Bool(B64::TRUE));
            }
        }
        return Ok(Value::Bool(B64::FALSE));
    }
    let sub = str_payload(&prefix).ok_or_else(|| {
        type_error(format!("{} first arg must be str or a tuple of str, not {}", name, tname(vm, &prefix)))
    })?;
    Ok(Value::bool(tailmatch(&s, &sub, start, end, at_end)))
}

fn startswith(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, kwargs, "endswith", true)
}

// ---------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------

/// Receiver of a method taking no arguments.
fn no_args(vm: &Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Rc<PyStr>> {
    let s = recv(vm, name, args)?;
    if !kwargs.is_empty() || args.len() != 1 {
        let fname = format!("str.{}", name);
        no_kwargs(&fname, kwargs)?;
        check_count(&fname, &args[1..], 0, 0)?;
    }
    Ok(s)
}

/// [`no_kwargs`] for the method `str.NAME`, naming it only when it raises
/// (formatting the name on every call cost more than most methods' work).
fn no_str_kwargs(name: &str, kwargs: &[(Name, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        return Ok(());
    }
    no_kwargs(&format!("str.{}", name), kwargs)
}

fn upper(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "upper", args, kwargs)?;
    if s.is_ascii() {
        return Ok(Value::string(s.as_str().to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        push_upper(&mut out, c);
    }
    Ok(Value::string(out))
}

fn lower(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "lower", args, kwargs)?;
    // `str::to_lowercase` applies the final-sigma rule exactly like CPython.
    Ok(Value::string(if s.is_ascii() { s.as_str().to_ascii_lowercase() } else { s.as_str().to_lowercase() }))
}

fn casefold(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "casefold", args, kwargs)?;
    if s.is_ascii() {
        return Ok(Value::string(s.as_str().to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        push_casefold(&mut out, c);
    }
    Ok(Value::string(out))
}

fn title(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "title", args, kwargs)?;
    let mut prev_cased = false;
    if s.is_ascii() {
        let mut out = String::with_capacity(s.as_str().len());
        for c in s.as_str().chars() {
            out.push(if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
            prev_cased = c.is_ascii_alphabetic();
        }
        return Ok(Value::string(out));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(Value::string(out))
}

fn capitalize(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "capitalize", args, kwargs)?;
    if s.is_ascii() {
        let mut out = s.as_str().to_ascii_lowercase();
        if let Some(first) = out.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        return Ok(Value::string(out));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    Ok(Value::string(out))
}

fn swapcase(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "swapcase", args, kwargs)?;
    if s.is_ascii() {
        let out: String = s
            .as_str()
            .chars()
            .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect();
        return Ok(Value::string(out));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

/// Parses `(width, fillchar=' ')` of center/ljust/rjust.
fn pad_args(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(Rc<PyStr>, i64, char)> {
    let s = recv(vm, name, args)?;
    no_str_kwargs(name, kwargs)?;
    check_count(name, &args[1..], 1, 2)?;
    let width = arg_int(vm, &args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => {
            let f = str_payload(v).ok_or_else(|| {
                type_error(format!("The fill character must be a unicode character, not {}", tname(vm, v)))
            })?;
            if f.char_len() != 1 {
                return Err(type_error("The fill character must be exactly one character long"));
            }
            f.char_at(0)
        }
    };
    Ok((s, width, fill))
}

/// `s` padded with `left` and `right` fill characters.
fn padded(s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or_else(|| overflow_error("padded string is too long"))?;
    let mut out = string_with_capacity(size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn center(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, "center", args, kwargs)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(&args[0], &s));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    padded(s.as_str(), left as usize, (marg - left) as usize, fill)
}

fn ljust(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, "ljust", args, kwargs)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(&args[0], &s));
    }
    padded(s.as_str(), 0, (width - len) as usize, fill)
}

fn rjust(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, "rjust", args, kwargs)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(&args[0], &s));
    }
    padded(s.as_str(), (width - len) as usize, 0, fill)
}

fn zfill(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "zfill", args)?;
    no_kwargs("str.zfill", kwargs)?;
    check_count("str.zfill", &args[1..], 1, 1)?;
    let width = arg_int(vm, &args[1])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(&args[0], &s));
    }
    let text = s.as_str();
    let zeros = (width - len) as usize;
    let mut out = string_with_capacity(text.len().saturating_add(zeros))?;
    let body = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(body);
    Ok(Value::string(out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "expandtabs", args)?;
    let [tabsize] = parse_optional("expandtabs", &args[1..], kwargs, ["tabsize"])?;
    let tabsize = match tabsize {
        None => 8,
        Some(v) => c_int_arg(vm, &v)?,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(unchanged(&args[0], &s));
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut col: i64 = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = (tabsize - col % tabsize) as usize;
                    out.try_reserve(n).map_err(|_| memory_error(""))?;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n as i64;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

/// A predicate true when the string is non-empty and every character satisfies `pred`.
fn all_chars(vm: &Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)], ascii: fn(u8) -> bool, pred: fn(char) -> bool) -> PyResult<Value> {
    let s = no_args(vm, name, args, kwargs)?;
    let text = s.as_str();
    if text.is_empty() {
        return Ok(Value::Bool(B64::FALSE));
    }
    Ok(Value::bool(if s.is_ascii() { text.bytes().all(ascii) } else { text.chars().all(pred) }))
}

fn isdigit(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, "isdigit", args, kwargs, |b| b.is_ascii_digit(), is_digit)
}

fn isdecimal(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, "isdecimal", args, kwargs, |b| b.is_ascii_digit(), is_decimal)
}

fn isnumeric(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, "isnumeric", args, kwargs, |b| b.is_ascii_digit(), is_numeric)
}

fn isalpha(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, "isalpha", args, kwargs, |b| b.is_ascii_alphabetic(), is_alpha)
}

fn isalnum(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, "isalnum", args, kwargs, |b| b.is_ascii_alphanumeric(), is_alnum)
}

fn isspace(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    all_chars(vm, "isspace", args, kwargs, |b| is_space(b as char), is_space)
}

fn isupper(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isupper", args, kwargs)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_lower(c) || is_titlecase(c) {
            return Ok(Value::Bool(B64::FALSE));
        }
        cased |= is_upper(c);
    }
    Ok(Value::bool(cased))
}

fn islower(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "islower", args, kwargs)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase(c) {
            return Ok(Value::Bool(B64::FALSE));
        }
        cased |= is_lower(c);
    }
    Ok(Value::bool(cased))
}

fn istitle(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "istitle", args, kwargs)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(B64::FALSE));
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(B64::FALSE));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn isidentifier(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isidentifier", args, kwargs)?;
    let mut chars = s.as_str().chars();
    let ok = match chars.next() {
        None => false,
        Some(first) => (first == '_' || is_xid_start(first)) && chars.all(is_xid_continue),
    };
    Ok(Value::bool(ok))
}

fn isprintable(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isprintable", args, kwargs)?;
    Ok(Value::bool(s.as_str().chars().all(is_printable)))
}

fn isascii(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = no_args(vm, "isascii", args, kwargs)?;
    Ok(Value::bool(s.is_ascii()))
}

// ---------------------------------------------------------------------------
// encode / translate / maketrans
// ---------------------------------------------------------------------------

fn encode(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "encode", args)?;
    let [enc, errs] = parse_optional("encode", &args[1..], kwargs, ["encoding", "errors"])?;
    let enc = match &enc {
        None => "utf-8".to_owned(),
        Some(v) => crate::builtins::arg_str(vm, "encode", v)?.to_owned(),
    };
    let errs = match &errs {
        None => "strict".to_owned(),
        Some(v) => crate::builtins::arg_str(vm, "encode", v)?.to_owned(),
    };
    Ok(crate::vm::bytes::bytes_val(crate::vm::bytes::encode_str(s.as_str(), &enc, &errs)?))
}

/// What `translate` does with one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(Rc<PyStr>),
}

fn translate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "translate", args)?;
    no_kwargs("str.translate", kwargs)?;
    check_count("str.translate", &args[1..], 1, 1)?;
    let table = args[1].clone();
    let lookup_error = types().lookup_error.clone();
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let key = Value::Int(c as i64);
                let r = match &table {
                    Value::Dict(d) => match vm.dict_get(d, &key)? {
                        Some(v) => Ok(v),
                        None => Err(None),
                    },
                    _ => vm.get_item(&table, &key).map_err(Some),
                };
                let m = match r {
                    Ok(v) => mapped_value(&v)?,
                    Err(None) => Mapped::Keep,
                    Err(Some(e)) if e.matches(&lookup_error) => Mapped::Keep,
                    Err(Some(e)) => return Err(e),
                };
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(r) => out.push(r),
            Mapped::Text(t) => out.push_str(t.as_str()),
        }
    }
    Ok(Value::string(out))
}

/// Interprets a translation table entry.
fn mapped_value(v: &Value) -> PyResult<Mapped> {
    let range_error = || value_error("character mapping must be in range(0x110000)");
    match v {
        Value::None => Ok(Mapped::Delete),
        Value::Int(i) => {
            if *i < 0 || *i > 0x10ffff {
                return Err(range_error());
            }
            match char::from_u32(*i as u32) {
                Some(c) => Ok(Mapped::Char(c)),
                None => Err(not_implemented_error("lone surrogates are not supported by quicken")),
            }
        }
        Value::Bool(b) => Ok(Mapped::Char(if b.get() { '\u{1}' } else { '\0' })),
        Value::BigInt(_) => Err(overflow_error("Python int too large to convert to C long")),
        _ => match str_payload(v) {
            Some(t) => Ok(Mapped::Text(t)),
            None => Err(type_error("character mapping must return integer, None or str")),
        },
    }
}

fn maketrans(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("str.maketrans", kwargs)?;
    check_count("maketrans", args, 1, 3)?;
    let y = match args.get(1) {
        Some(v) => Some(str_arg_n(vm, "maketrans", 2, v)?),
        None => None,
    };
    let z = match args.get(2) {
        Some(v) => Some(str_arg_n(vm, "maketrans", 3, v)?),
        None => None,
    };
    let out = crate::runtime::gc::new(PyDict::new());
    match y {
        None => {
            let src = match &args[0] {
                Value::Dict(d) => d.clone(),
                Value::Instance(i) => match &i.native {
                    NativeData::Dict(d) => d.clone(),
                    _ => return Err(type_error("if you give only one argument to maketrans it must be a dict")),
                },
                _ => return Err(type_error("if you give only one argument to maketrans it must be a dict")),
            };
            for (k, v) in src.items() {
                let key = match &k {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                    _ => match str_payload(&k) {
                        Some(ks) => {
                            if ks.char_len() != 1 {
                                return Err(value_error("string keys in translate table must be of length 1"));
                            }
                            Value::Int(ks.char_at(0) as i64)
                        }
                        None => return Err(type_error("keys in translate table must be strings or integers")),
                    },
                };
                vm.dict_set(&out, key, v)?;
            }
        }
        Some(y) => {
            let x = str_payload(&args[0])
                .ok_or_else(|| type_error("first maketrans argument must be a string if there is a second argument"))?;
            if x.char_len() != y.char_len() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                vm.dict_set(&out, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = z {
                for c in z.as_str().chars() {
                    vm.dict_set(&out, Value::Int(c as i64), Value::None)?;
                }
            }
        }
    }
    Ok(Value::Dict(out))
}

// ---------------------------------------------------------------------------
// str.format / str.format_map
// ---------------------------------------------------------------------------

/// Automatic (`{}`) versus manual (`{0}`) field numbering, which cannot be mixed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// Where `{name}` fields are looked up.
enum Keywords<'a> {
    /// `format(**kwargs)`.
    Args(&'a [(Name, Value)]),
    /// `format_map(mapping)`: `mapping[name]`.
    Mapping(Value),
}

/// State shared by a format string and its nested format specs.
struct Formatter<'a> {
    /// Positional arguments (`None` for `format_map`).
    args: Option<&'a [Value]>,
    kwargs: Keywords<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// One replacement field, as byte ranges into the format string.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

fn format(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "format", args)?;
    let mut f = Formatter { args: Some(&args[1..]), kwargs: Keywords::Args(kwargs), numbering: Numbering::Unset, next_auto: 0 };
    Ok(Value::string(f.build(vm, s.as_str(), 2)?))
}

fn format_map(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, "format_map", args)?;
    no_kwargs("str.format_map", kwargs)?;
    check_count("str.format_map", &args[1..], 1, 1)?;
    let mut f = Formatter { args: None, kwargs: Keywords::Mapping(args[1].clone()), numbering: Numbering::Unset, next_auto: 0 };
    Ok(Value::string(f.build(vm, s.as_str(), 2)?))
}

/// The value of a field-name part made only of decimal digits (`None` otherwise).
fn field_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

impl Formatter<'_> {
    /// Expands `fmt` (CPython's `build_string`); `depth` limits nesting of
    /// replacement fields inside format specs.
    fn build(&mut self, vm: &mut Vm, fmt: &str, depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let n = b.len();
        let mut out = String::with_capacity(n + 16);
        let mut pos = 0;
        while pos < n {
            // Literal text up to the first '{' or '}'.
            let start = pos;
            let mut c = 0u8;
            let mut markup = false;
            while pos < n {
                c = b[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= n;
            let mut len = pos - start;
            if markup && c == b'}' && (at_end || b[pos] != b'}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if markup && at_end && c == b'{' {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if !at_end {
                if b[pos] == c {
                    // An escaped brace: keep one, no field follows.
                    pos += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            out.push_str(&fmt[start..start + len]);
            if !markup {
                continue;
            }
            let field = parse_field(fmt, &mut pos)?;
            self.output_field(vm, fmt, &field, depth, &mut out)?;
        }
        Ok(out)
    }

    fn output_field(&mut self, vm: &mut Vm, fmt: &str, field: &Field, depth: i32, out: &mut String) -> PyResult<()> {
        let obj = self.field_object(vm, &fmt[field.name.0..field.name.1])?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => Value::string(vm.repr(&obj)?),
            Some('s') => Value::string(vm.str_of(&obj)?),
            Some('a') => Value::string(ascii_escape(&vm.repr(&obj)?)),
            Some(c) => {
                let n = c as u32;
                return Err(value_error(if n > 32 && n < 127 {
                    format!("Unknown conversion specifier {}", c)
                } else {
                    format!("Unknown conversion specifier \\x{:x}", n)
                }));
            }
        };
        let raw_spec = &fmt[field.spec.0..field.spec.1];
        let expanded;
        let spec = if field.spec_needs_expanding {
            expanded = self.build(vm, raw_spec, depth - 1)?;
            expanded.as_str()
        } else {
            raw_spec
        };
        if spec.is_empty() {
            match &obj {
                Value::Str(s) => out.push_str(s.as_str()),
                Value::Int(i) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{}", i);
                }
                _ => out.push_str(&vm.format(&obj, "")?),
            }
        } else {
            out.push_str(&vm.format(&obj, spec)?);
        }
        Ok(())
    }

    /// Resolves a field name (`0`, `name`, `0.attr[key]`, or empty for automatic numbering).
    fn field_object(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let rest = &name[first_end..];
        let mut index = field_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty { Numbering::Auto } else { Numbering::Manual };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            Some(i) => match self.args {
                None => return Err(value_error("Format string contains positional fields")),
                Some(args) => match args.get(i) {
                    Some(v) => v.clone(),
                    None => return Err(index_error(format!("Replacement index {} out of range for positional args tuple", i))),
                },
            },
            None => match &self.kwargs {
                Keywords::Args(kw) => match kw.iter().find(|(k, _)| k.as_str() == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(key_error(Value::str(first))),
                },
                Keywords::Mapping(m) => {
                    let m = m.clone();
                    vm.get_item(&m, &Value::str(first))?
                }
            },
        };
        let rb = rest.as_bytes();
        let mut p = 0;
        while p < rb.len() {
            let c = rb[p];
            p += 1;
            match c {
                b'.' => {
                    let s = p;
                    while p < rb.len() && rb[p] != b'.' && rb[p] != b'[' {
                        p += 1;
                    }
                    let attr = &rest[s..p];
                    if attr.is_empty() {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    obj = vm.get_attr(&obj, &intern(attr))?;
                }
                b'[' => {
                    let s = p;
                    while p < rb.len() && rb[p] != b']' {
                        p += 1;
                    }
                    if p >= rb.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    let key = &rest[s..p];
                    p += 1;
                    let key_index = field_integer(key)?;
                    if key.is_empty() {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    let key = match key_index {
                        Some(i) => Value::Int(i as i64),
                        None => Value::str(key),
                    };
                    obj = vm.get_item(&obj, &key)?;
                }
                _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
            }
        }
        Ok(obj)
    }
}

/// Parses a replacement field after its opening `{` (CPython's `parse_field`);
/// leaves `pos` after the closing `}`.
fn parse_field(fmt: &str, pos: &mut usize) -> PyResult<Field> {
    let b = fmt.as_bytes();
    let n = b.len();
    let name_start = *pos;
    let mut c = 0u8;
    while *pos < n {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < n && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = (name_start, *pos - 1);
    let mut field = Field { name, conversion: None, spec: (*pos, *pos), spec_needs_expanding: false };
    if c == b'!' || c == b':' {
        if c == b'!' {
            let Some(conv) = fmt[*pos..].chars().next() else {
                return Err(value_error("end of string while looking for conversion specifier"));
            };
            field.conversion = Some(conv);
            *pos += conv.len_utf8();
            if *pos < n {
                let next = b[*pos];
                *pos += 1;
                if next == b'}' {
                    field.spec = (*pos, *pos);
                    return Ok(field);
                }
                if next != b':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut depth = 1;
        while *pos < n {
            let c = b[*pos];
            *pos += 1;
            if c == b'{' {
                field.spec_needs_expanding = true;
                depth += 1;
            } else if c == b'}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = (spec_start, *pos - 1);
                    return Ok(field);
                }
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != b'}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

// ---------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0)
// ---------------------------------------------------------------------------

/// Alphabetic code points (`char::is_alphabetic`) that are not letters
/// (category L*): combining marks, letter numbers, circled letters.
const NOT_ALPHA: &[(u32, u32)] = &[
    (0x345, 0x345), (0x363, 0x36f), (0x5b0, 0x5bd), (0x5bf, 0x5bf), (0x5c1, 0x5c2), (0x5c4, 0x5c5),
    (0x5c7, 0x5c7), (0x610, 0x61a), (0x64b, 0x657), (0x659, 0x65f), (0x670, 0x670), (0x6d6, 0x6dc),
    (0x6e1, 0x6e4), (0x6e7, 0x6e8), (0x6ed, 0x6ed), (0x711, 0x711), (0x730, 0x73f), (0x7a6, 0x7b0),
    (0x816, 0x817), (0x81b, 0x823), (0x825, 0x827), (0x829, 0x82c), (0x8d4, 0x8df), (0x8e3, 0x8e9),
    (0x8f0, 0x903), (0x93a, 0x93b), (0x93e, 0x94c), (0x94e, 0x94f), (0x955, 0x957), (0x962, 0x963),
    (0x981, 0x983), (0x9be, 0x9c4), (0x9c7, 0x9c8), (0x9cb, 0x9cc), (0x9d7, 0x9d7), (0x9e2, 0x9e3),
    (0xa01, 0xa03), (0xa3e, 0xa42), (0xa47, 0xa48), (0xa4b, 0xa4c), (0xa51, 0xa51), (0xa70, 0xa71),
    (0xa75, 0xa75), (0xa81, 0xa83), (0xabe, 0xac5), (0xac7, 0xac9), (0xacb, 0xacc), (0xae2, 0xae3),
    (0xafa, 0xafc), (0xb01, 0xb03), (0xb3e, 0xb44), (0xb47, 0xb48), (0xb4b, 0xb4c), (0xb56, 0xb57),
    (0xb62, 0xb63), (0xb82, 0xb82), (0xbbe, 0xbc2), (0xbc6, 0xbc8), (0xbca, 0xbcc), (0xbd7, 0xbd7),
    (0xc00, 0xc04), (0xc3e, 0xc44), (0xc46, 0xc48), (0xc4a, 0xc4c), (0xc55, 0xc56), (0xc62, 0xc63),
    (0xc81, 0xc83), (0xcbe, 0xcc4), (0xcc6, 0xcc8), (0xcca, 0xccc), (0xcd5, 0xcd6), (0xce2, 0xce3),
    (0xd00, 0xd03), (0xd3e, 0xd44), (0xd46, 0xd48), (0xd4a, 0xd4c), (0xd57, 0xd57), (0xd62, 0xd63),
    (0xd81, 0xd83), (0xdcf, 0xdd4), (0xdd6, 0xdd6), (0xdd8, 0xddf), (0xdf2, 0xdf3), (0xe31, 0xe31),
    (0xe34, 0xe3a), (0xe4d, 0xe4d), (0xeb1, 0xeb1), (0xeb4, 0xeb9), (0xebb, 0xebc), (0xecd, 0xecd),
    (0xf71, 0xf83), (0xf8d, 0xf97), (0xf99, 0xfbc), (0x102b, 0x1036), (0x1038, 0x1038),
    (0x103b, 0x103e), (0x1056, 0x1059), (0x105e, 0x1060), (0x1062, 0x1064), (0x1067, 0x106d),
    (0x1071, 0x1074), (0x1082, 0x108d), (0x108f, 0x108f), (0x109a, 0x109d), (0x16ee, 0x16f0),
    (0x1712, 0x1713), (0x1732, 0x1733), (0x1752, 0x1753), (0x1772, 0x1773), (0x17b6, 0x17c8),
    (0x1885, 0x1886), (0x18a9, 0x18a9), (0x1920, 0x192b), (0x1930, 0x1938), (0x1a17, 0x1a1b),
    (0x1a55, 0x1a5e), (0x1a61, 0x1a74), (0x1abf, 0x1ac0), (0x1acc, 0x1ace), (0x1b00, 0x1b04),
    (0x1b35, 0x1b43), (0x1b80, 0x1b82), (0x1ba1, 0x1ba9), (0x1bac, 0x1bad), (0x1be7, 0x1bf1),
    (0x1c24, 0x1c36), (0x1dd3, 0x1df4), (0x2160, 0x2182), (0x2185, 0x2188), (0x24b6, 0x24e9),
    (0x2de0, 0x2dff), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303a), (0xa674, 0xa67b),
    (0xa69e, 0xa69f), (0xa6e6, 0xa6ef), (0xa802, 0xa802), (0xa80b, 0xa80b), (0xa823, 0xa827),
    (0xa880, 0xa881), (0xa8b4, 0xa8c3), (0xa8c5, 0xa8c5), (0xa8ff, 0xa8ff), (0xa926, 0xa92a),
    (0xa947, 0xa952), (0xa980, 0xa983), (0xa9b4, 0xa9bf), (0xa9e5, 0xa9e5), (0xaa29, 0xaa36),
    (0xaa43, 0xaa43), (0xaa4c, 0xaa4d), (0xaa7b, 0xaa7d), (0xaab0, 0xaab0), (0xaab2, 0xaab4),
    (0xaab7, 0xaab8), (0xaabe, 0xaabe), (0xaaeb, 0xaaef), (0xaaf5, 0xaaf5), (0xabe3, 0xabea),
    (0xfb1e, 0xfb1e), (0x10140, 0x10174), (0x10341, 0x10341), (0x1034a, 0x1034a),
    (0x10376, 0x1037a), (0x103d1, 0x103d5), (0x10a01, 0x10a03), (0x10a05, 0x10a06),
    (0x10a0c, 0x10a0f), (0x10d24, 0x10d27), (0x10eab, 0x10eac), (0x11000, 0x11002),
    (0x11038, 0x11045), (0x11073, 0x11074), (0x11080, 0x11082), (0x110b0, 0x110b8),
    (0x110c2, 0x110c2), (0x11100, 0x11102), (0x11127, 0x11132), (0x11145, 0x11146),
    (0x11180, 0x11182), (0x111b3, 0x111bf), (0x111ce, 0x111cf), (0x1122c, 0x11234),
    (0x11237, 0x11237), (0x1123e, 0x1123e), (0x112df, 0x112e8), (0x11300, 0x11303),
    (0x1133e, 0x11344), (0x11347, 0x11348), (0x1134b, 0x1134c), (0x11357, 0x11357),
    (0x11362, 0x11363), (0x11435, 0x11441), (0x11443, 0x11445), (0x114b0, 0x114c1),
    (0x115af, 0x115b5), (0x115b8, 0x115be), (0x115dc, 0x115dd), (0x11630, 0x1163e),
    (0x11640, 0x11640), (0x116ab, 0x116b5), (0x1171d, 0x1172a), (0x1182c, 0x11838),
    (0x11930, 0x11935), (0x11937, 0x11938), (0x1193b, 0x1193c), (0x11940, 0x11940),
    (0x11942, 0x11942), (0x119d1, 0x119d7), (0x119da, 0x119df), (0x119e4, 0x119e4),
    (0x11a01, 0x11a0a), (0x11a35, 0x11a39), (0x11a3b, 0x11a3e), (0x11a51, 0x11a5b),
    (0x11a8a, 0x11a97), (0x11c2f, 0x11c36), (0x11c38, 0x11c3e), (0x11c92, 0x11ca7),
    (0x11ca9, 0x11cb6), (0x11d31, 0x11d36), (0x11d3a, 0x11d3a), (0x11d3c, 0x11d3d),
    (0x11d3f, 0x11d41), (0x11d43, 0x11d43), (0x11d47, 0x11d47), (0x11d8a, 0x11d8e),
    (0x11d90, 0x11d91), (0x11d93, 0x11d96), (0x11ef3, 0x11ef6), (0x12400, 0x1246e),
    (0x16f4f, 0x16f4f), (0x16f51, 0x16f87), (0x16f8f, 0x16f92), (0x16ff0, 0x16ff1),
    (0x1bc9e, 0x1bc9e), (0x1e000, 0x1e006), (0x1e008, 0x1e018), (0x1e01b, 0x1e021),
    (0x1e023, 0x1e024), (0x1e026, 0x1e02a), (0x1e947, 0x1e947), (0x1f130, 0x1f149),
    (0x1f150, 0x1f169), (0x1f170, 0x1f189),
];
/// Code points whose XID_Start membership differs from `is_alpha`.
const XID_START_DIFF: &[(u32, u32)] = &[
    (0x5f, 0x5f), (0x37a, 0x37a), (0xe33, 0xe33), (0xeb3, 0xeb3), (0x16ee, 0x16f0),
    (0x1885, 0x1886), (0x2118, 0x2118), (0x212e, 0x212e), (0x2160, 0x2182), (0x2185, 0x2188),
    (0x2e2f, 0x2e2f), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303a), (0xa6e6, 0xa6ef),
    (0xfc5e, 0xfc63), (0xfdfa, 0xfdfb), (0xfe70, 0xfe70), (0xfe72, 0xfe72), (0xfe74, 0xfe74),
    (0xfe76, 0xfe76), (0xfe78, 0xfe78), (0xfe7a, 0xfe7a), (0xfe7c, 0xfe7c), (0xfe7e, 0xfe7e),
    (0xff9e, 0xff9f), (0x10140, 0x10174), (0x10341, 0x10341), (0x1034a, 0x1034a),
    (0x103d1, 0x103d5), (0x12400, 0x1246e),
];
/// Code points whose XID_Continue membership differs from
/// `is_xid_start || char::is_alphabetic || is_decimal`.
const XID_CONTINUE_DIFF: &[(u32, u32)] = &[
    (0xb7, 0xb7), (0x300, 0x344), (0x346, 0x362), (0x37a, 0x37a), (0x387, 0x387), (0x483, 0x487),
    (0x591, 0x5af), (0x658, 0x658), (0x6df, 0x6e0), (0x6ea, 0x6ec), (0x740, 0x74a), (0x7eb, 0x7f3),
    (0x7fd, 0x7fd), (0x818, 0x819), (0x82d, 0x82d), (0x859, 0x85b), (0x898, 0x89f), (0x8ca, 0x8d3),
    (0x8e0, 0x8e1), (0x8ea, 0x8ef), (0x93c, 0x93c), (0x94d, 0x94d), (0x951, 0x954), (0x9bc, 0x9bc),
    (0x9cd, 0x9cd), (0x9fe, 0x9fe), (0xa3c, 0xa3c), (0xa4d, 0xa4d), (0xabc, 0xabc), (0xacd, 0xacd),
    (0xafd, 0xaff), (0xb3c, 0xb3c), (0xb4d, 0xb4d), (0xb55, 0xb55), (0xbcd, 0xbcd), (0xc3c, 0xc3c),
    (0xc4d, 0xc4d), (0xcbc, 0xcbc), (0xccd, 0xccd), (0xd3b, 0xd3c), (0xd4d, 0xd4d), (0xdca, 0xdca),
    (0xe47, 0xe4c), (0xe4e, 0xe4e), (0xeba, 0xeba), (0xec8, 0xecc), (0xf18, 0xf19), (0xf35, 0xf35),
    (0xf37, 0xf37), (0xf39, 0xf39), (0xf3e, 0xf3f), (0xf84, 0xf84), (0xf86, 0xf87), (0xfc6, 0xfc6),
    (0x1037, 0x1037), (0x1039, 0x103a), (0x135d, 0x135f), (0x1369, 0x1371), (0x1714, 0x1715),
    (0x1734, 0x1734), (0x17b4, 0x17b5), (0x17c9, 0x17d3), (0x17dd, 0x17dd), (0x180b, 0x180d),
    (0x180f, 0x180f), (0x1939, 0x193b), (0x19da, 0x19da), (0x1a60, 0x1a60), (0x1a75, 0x1a7c),
    (0x1a7f, 0x1a7f), (0x1ab0, 0x1abd), (0x1ac1, 0x1acb), (0x1b34, 0x1b34), (0x1b44, 0x1b44),
    (0x1b6b, 0x1b73), (0x1baa, 0x1bab), (0x1be6, 0x1be6), (0x1bf2, 0x1bf3), (0x1c37, 0x1c37),
    (0x1cd0, 0x1cd2), (0x1cd4, 0x1ce8), (0x1ced, 0x1ced), (0x1cf4, 0x1cf4), (0x1cf7, 0x1cf9),
    (0x1dc0, 0x1dd2), (0x1df5, 0x1dff), (0x203f, 0x2040), (0x2054, 0x2054), (0x20d0, 0x20dc),
    (0x20e1, 0x20e1), (0x20e5, 0x20f0), (0x24b6, 0x24e9), (0x2cef, 0x2cf1), (0x2d7f, 0x2d7f),
    (0x2e2f, 0x2e2f), (0x302a, 0x302f), (0x3099, 0x309a), (0xa66f, 0xa66f), (0xa67c, 0xa67d),
    (0xa6f0, 0xa6f1), (0xa806, 0xa806), (0xa82c, 0xa82c), (0xa8c4, 0xa8c4), (0xa8e0, 0xa8f1),
    (0xa92b, 0xa92d), (0xa953, 0xa953), (0xa9b3, 0xa9b3), (0xa9c0, 0xa9c0), (0xaabf, 0xaabf),
    (0xaac1, 0xaac1), (0xaaf6, 0xaaf6), (0xabec, 0xabed), (0xfc5e, 0xfc63), (0xfdfa, 0xfdfb),
    (0xfe00, 0xfe0f), (0xfe20, 0xfe2f), (0xfe33, 0xfe34), (0xfe4d, 0xfe4f), (0xfe70, 0xfe70),
    (0xfe72, 0xfe72), (0xfe74, 0xfe74), (0xfe76, 0xfe76), (0xfe78, 0xfe78), (0xfe7a, 0xfe7a),
    (0xfe7c, 0xfe7c), (0xfe7e, 0xfe7e), (0xff3f, 0xff3f), (0x101fd, 0x101fd), (0x102e0, 0x102e0),
    (0x10a38, 0x10a3a), (0x10a3f, 0x10a3f), (0x10ae5, 0x10ae6), (0x10f46, 0x10f50),
    (0x10f82, 0x10f85), (0x11046, 0x11046), (0x11070, 0x11070), (0x1107f, 0x1107f),
    (0x110b9, 0x110ba), (0x11133, 0x11134), (0x11173, 0x11173), (0x111c0, 0x111c0),
    (0x111c9, 0x111cc), (0x11235, 0x11236), (0x112e9, 0x112ea), (0x1133b, 0x1133c),
    (0x1134d, 0x1134d), (0x11366, 0x1136c), (0x11370, 0x11374), (0x11442, 0x11442),
    (0x11446, 0x11446), (0x1145e, 0x1145e), (0x114c2, 0x114c3), (0x115bf, 0x115c0),
    (0x1163f, 0x1163f), (0x116b6, 0x116b7), (0x1172b, 0x1172b), (0x11839, 0x1183a),
    (0x1193d, 0x1193e), (0x11943, 0x11943), (0x119e0, 0x119e0), (0x11a33, 0x11a34),
    (0x11a47, 0x11a47), (0x11a98, 0x11a99), (0x11c3f, 0x11c3f), (0x11d42, 0x11d42),
    (0x11d44, 0x11d45), (0x11d97, 0x11d97), (0x16af0, 0x16af4), (0x16b30, 0x16b36),
    (0x16fe4, 0x16fe4), (0x1bc9d, 0x1bc9d), (0x1cf00, 0x1cf2d), (0x1cf30, 0x1cf46),
    (0x1d165, 0x1d169), (0x1d16d, 0x1d172), (0x1d17b, 0x1d182), (0x1d185, 0x1d18b),
    (0x1d1aa, 0x1d1ad), (0x1d242, 0x1d244), (0x1da00, 0x1da36), (0x1da3b, 0x1da6c),
    (0x1da75, 0x1da75), (0x1da84, 0x1da84), (0x1da9b, 0x1da9f), (0x1daa1, 0x1daaf),
    (0x1e130, 0x1e136), (0x1e2ae, 0x1e2ae), (0x1e2ec, 0x1e2ef), (0x1e8d0, 0x1e8d6),
    (0x1e944, 0x1e946), (0x1e948, 0x1e94a), (0x1f130, 0x1f149), (0x1f150, 0x1f169),
    (0x1f170, 0x1f189), (0xe0100, 0xe01ef),
];
/// Code points whose `str.isnumeric` differs from `char::is_numeric`.
const NUMERIC_DIFF: &[(u32, u32)] = &[
    (0x3405, 0x3405), (0x3483, 0x3483), (0x382a, 0x382a), (0x3b4d, 0x3b4d), (0x4e00, 0x4e00),
    (0x4e03, 0x4e03), (0x4e07, 0x4e07), (0x4e09, 0x4e09), (0x4e5d, 0x4e5d), (0x4e8c, 0x4e8c),
    (0x4e94, 0x4e94), (0x4e96, 0x4e96), (0x4ebf, 0x4ec0), (0x4edf, 0x4edf), (0x4ee8, 0x4ee8),
    (0x4f0d, 0x4f0d), (0x4f70, 0x4f70), (0x5104, 0x5104), (0x5146, 0x5146), (0x5169, 0x5169),
    (0x516b, 0x516b), (0x516d, 0x516d), (0x5341, 0x5341), (0x5343, 0x5345), (0x534c, 0x534c),
    (0x53c1, 0x53c4), (0x56db, 0x56db), (0x58f1, 0x58f1), (0x58f9, 0x58f9), (0x5e7a, 0x5e7a),
    (0x5efe, 0x5eff), (0x5f0c, 0x5f0e), (0x5f10, 0x5f10), (0x62fe, 0x62fe), (0x634c, 0x634c),
    (0x67d2, 0x67d2), (0x6f06, 0x6f06), (0x7396, 0x7396), (0x767e, 0x767e), (0x8086, 0x8086),
    (0x842c, 0x842c), (0x8cae, 0x8cae), (0x8cb3, 0x8cb3), (0x8d30, 0x8d30), (0x9621, 0x9621),
    (0x9646, 0x9646), (0x964c, 0x964c), (0x9678, 0x9678), (0x96f6, 0x96f6), (0xf96b, 0xf96b),
    (0xf973, 0xf973), (0xf978, 0xf978), (0xf9b2, 0xf9b2), (0xf9d1, 0xf9d1), (0xf9d3, 0xf9d3),
    (0xf9fd, 0xf9fd), (0x20001, 0x20001), (0x20064, 0x20064), (0x200e2, 0x200e2),
    (0x20121, 0x20121), (0x2092a, 0x2092a), (0x20983, 0x20983), (0x2098c, 0x2098c),
    (0x2099c, 0x2099c), (0x20aea, 0x20aea), (0x20afd, 0x20afd), (0x20b19, 0x20b19),
    (0x22390, 0x22390), (0x22998, 0x22998), (0x23b1b, 0x23b1b), (0x2626d, 0x2626d),
    (0x2f890, 0x2f890),
];
/// Digits (Numeric_Type=Digit) that are not decimal.
const DIGIT_EXTRA: &[(u32, u32)] = &[
    (0xb2, 0xb3), (0xb9, 0xb9), (0x1369, 0x1371), (0x19da, 0x19da), (0x2070, 0x2070),
    (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247c), (0x2488, 0x2490),
    (0x24ea, 0x24ea), (0x24f5, 0x24fd), (0x24ff, 0x24ff), (0x2776, 0x277e), (0x2780, 0x2788),
    (0x278a, 0x2792), (0x10a40, 0x10a43), (0x10e60, 0x10e68), (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];
/// The zero of each run of ten decimal digits (category Nd).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
    0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
    0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce,
    0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];
/// Titlecase letters (category Lt).
const TITLECASE_LETTERS: &[(u32, u32)] = &[
    (0x1c5, 0x1c5), (0x1c8, 0x1c8), (0x1cb, 0x1cb), (0x1f2, 0x1f2), (0x1f88, 0x1f8f),
    (0x1f98, 0x1f9f), (0x1fa8, 0x1faf), (0x1fbc, 0x1fbc), (0x1fcc, 0x1fcc), (0x1ffc, 0x1ffc),
];
/// Non-ASCII code points that `str.isprintable` rejects: categories Cc, Cf,
/// Co, Zs, Zl, Zp, and the unassigned blocks of 64 or more code points.
const NON_PRINTABLE: &[(u32, u32)] = &[
    (0x80, 0xa0), (0xad, 0xad), (0x600, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd), (0x70f, 0x70f),
    (0x890, 0x891), (0x8e2, 0x8e2), (0x1680, 0x1680), (0x180e, 0x180e), (0x2000, 0x200f),
    (0x2028, 0x202f), (0x205f, 0x2064), (0x2066, 0x206f), (0x3000, 0x3000), (0xd7fc, 0xf8ff),
    (0xfeff, 0xfeff), (0xfff9, 0xfffb), (0x101fe, 0x1027f), (0x105bd, 0x105ff), (0x107bb, 0x107ff),
    (0x10940, 0x1097f), (0x10bb0, 0x10bff), (0x10d3a, 0x10e5f), (0x10eb2, 0x10eff),
    (0x110bd, 0x110bd), (0x110cd, 0x110cd), (0x1123f, 0x1127f), (0x11375, 0x113ff),
    (0x114da, 0x1157f), (0x11747, 0x117ff), (0x1183c, 0x1189f), (0x1195a, 0x1199f),
    (0x11af9, 0x11bff), (0x11cb7, 0x11cff), (0x11daa, 0x11edf), (0x11ef9, 0x11faf),
    (0x1239a, 0x123ff), (0x12544, 0x12f8f), (0x13430, 0x143ff), (0x14647, 0x167ff),
    (0x16b90, 0x16e3f), (0x16e9b, 0x16eff), (0x16fa0, 0x16fdf), (0x18d09, 0x1afef),
    (0x1b2fc, 0x1bbff), (0x1bca0, 0x1ceff), (0x1d173, 0x1d17a), (0x1d246, 0x1d2df),
    (0x1d379, 0x1d3ff), (0x1dab0, 0x1deff), (0x1df1f, 0x1dfff), (0x1e02b, 0x1e0ff),
    (0x1e150, 0x1e28f), (0x1e300, 0x1e7df), (0x1e960, 0x1ec70), (0x1ecb5, 0x1ed00),
    (0x1ed3e, 0x1edff), (0x1eef2, 0x1efff), (0x1f266, 0x1f2ff), (0x1f8b2, 0x1f8ff),
    (0x1fbfa, 0x1ffff), (0x2ebe1, 0x2f7ff), (0x2fa1e, 0x2ffff), (0x3134b, 0xe0001),
    (0xe0020, 0xe00ff), (0xe01f0, 0xffffd), (0x100000, 0x10fffd),
];
/// Titlecase mappings not derivable from the uppercase mapping.
const TITLE_EXCEPTIONS: &[(u32, &str)] = &[
    (0x149, "\u{2bc}\u{4e}"),
    (0x1c4, "\u{1c5}"),
    (0x1c5, "\u{1c5}"),
    (0x1c6, "\u{1c5}"),
    (0x1c7, "\u{1c8}"),
    (0x1c8, "\u{1c8}"),
    (0x1c9, "\u{1c8}"),
    (0x1ca, "\u{1cb}"),
    (0x1cb, "\u{1cb}"),
    (0x1cc, "\u{1cb}"),
    (0x1f1, "\u{1f2}"),
    (0x1f2, "\u{1f2}"),
    (0x1f3, "\u{1f2}"),
    (0x1fb2, "\u{1fba}\u{345}"),
    (0x1fb3, "\u{1fbc}"),
    (0x1fb4, "\u{386}\u{345}"),
    (0x1fb7, "\u{391}\u{342}\u{345}"),
    (0x1fbc, "\u{1fbc}"),
    (0x1fc2, "\u{1fca}\u{345}"),
    (0x1fc3, "\u{1fcc}"),
    (0x1fc4, "\u{389}\u{345}"),
    (0x1fc7, "\u{397}\u{342}\u{345}"),
    (0x1fcc, "\u{1fcc}"),
    (0x1ff2, "\u{1ffa}\u{345}"),
    (0x1ff3, "\u{1ffc}"),
    (0x1ff4, "\u{38f}\u{345}"),
    (0x1ff7, "\u{3a9}\u{342}\u{345}"),
    (0x1ffc, "\u{1ffc}"),
];
