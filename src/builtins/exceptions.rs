//! What the builtin exception classes do beyond `BaseException`: the
//! attributes their constructors derive from the arguments (`OSError.errno`,
//! `SyntaxError.lineno`, `StopIteration.value`, ...), `OSError`'s choice of
//! subclass by errno, their `str()`, `add_note`, and the
//! `BaseExceptionGroup` API (`subgroup`, `split`, `derive`).
//!
//! The attributes live in the exception's [`ExcFields::fields`], as CPython
//! keeps them in C struct members rather than the instance `__dict__`:
//! `vars(e)` stays empty and assigning `e.errno` changes what `str(e)` shows.

use std::rc::Rc;

use super::add_method;
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

/// Registers the methods of `BaseException` and `BaseExceptionGroup` that
/// live here.
pub fn register() {
    let t = types();
    add_method(&t.base_exception, "add_note", add_note);
    add_method(&t.base_exception_group, "derive", group_derive);
    add_method(&t.base_exception_group, "subgroup", group_subgroup);
    add_method(&t.base_exception_group, "split", group_split);
}

/// The builtin exception whose constructor rules a class follows: the
/// nearest one on its MRO with rules of its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Plain,
    StopIteration,
    SystemExit,
    Import,
    Os,
    Syntax,
    Name,
    Attribute,
    UnicodeDecode,
    UnicodeEncode,
    UnicodeTranslate,
    Group,
}

impl Family {
    fn of(cls: &Class) -> Family {
        let t = types();
        let roots: [(&Rc<Class>, Family); 11] = [
            (&t.stop_iteration, Family::StopIteration),
            (&t.system_exit, Family::SystemExit),
            (&t.import_error, Family::Import),
            (&t.os_error, Family::Os),
            (&t.syntax_error, Family::Syntax),
            (&t.name_error, Family::Name),
            (&t.attribute_error, Family::Attribute),
            (&t.unicode_decode_error, Family::UnicodeDecode),
            (&t.unicode_encode_error, Family::UnicodeEncode),
            (&t.unicode_translate_error, Family::UnicodeTranslate),
            (&t.base_exception_group, Family::Group),
        ];
        for c in std::iter::once(cls).chain(cls.mro.iter().map(|c| &**c)).filter(|c| c.builtin) {
            // Every root derives from these two: past them, none can follow.
            if std::ptr::eq(c, &*t.exception) || std::ptr::eq(c, &*t.base_exception) {
                break;
            }
            if let Some((_, f)) = roots.iter().find(|(r, _)| std::ptr::eq(&***r, c)) {
                return *f;
            }
        }
        Family::Plain
    }

    /// The attributes that read as None until set (CPython's members that
    /// default to None). The Unicode errors' fields and
    /// `BlockingIOError.characters_written` are absent until set instead.
    fn none_fields(self) -> &'static [&'static str] {
        match self {
            Family::StopIteration => &["value"],
            Family::SystemExit => &["code"],
            Family::Import => &["msg", "name", "path"],
            Family::Os => &["errno", "strerror", "filename", "filename2"],
            Family::Syntax => &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"],
            Family::Name => &["name"],
            Family::Attribute => &["name", "obj"],
            _ => &[],
        }
    }

    /// The keyword arguments the constructor accepts.
    fn keywords(self) -> &'static [&'static str] {
        match self {
            Family::Import => &["name", "path"],
            Family::Name => &["name"],
            Family::Attribute => &["name", "obj"],
            _ => &[],
        }
    }

    /// The attributes that are absent until set.
    fn optional_fields(self) -> &'static [&'static str] {
        match self {
            Family::UnicodeDecode | Family::UnicodeEncode | Family::UnicodeTranslate => &["encoding", "object", "start", "end", "reason"],
            Family::Os => &["characters_written"],
            _ => &[],
        }
    }

    /// `name` as one of this family's attributes, if it is one.
    fn field_name(self, name: &str) -> Option<&'static str> {
        self.none_fields().iter().chain(self.optional_fields()).find(|n| **n == name).copied()
    }
}

/// The attribute fields of an exception (set by its constructor).
pub type Fields = Vec<(&'static str, Value)>;

/// The args an exception keeps and the fields its class's `__init__` sets
/// from `args`/`kwargs`, as CPython's constructors do (no Python code runs).
/// `None` fields mean "leave them" (a group's are set by `__new__`).
fn parse(cls: &Rc<Class>, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(Vec<Value>, Option<Fields>)> {
    parse_as(cls, Family::of(cls), args, kwargs)
}

/// [`parse`] for a caller that knows the family of `cls` already.
fn parse_as(cls: &Rc<Class>, family: Family, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(Vec<Value>, Option<Fields>)> {
    let mut fields = keyword_fields(cls, family, kwargs)?;
    let mut kept = args.to_vec();
    match family {
        Family::Plain | Family::Name | Family::Attribute => {}
        Family::Group => return Ok((kept, None)),
        Family::StopIteration => fields.push(("value", args.first().cloned().unwrap_or(Value::None))),
        Family::SystemExit => fields.push((
            "code",
            match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args.to_vec()),
            },
        )),
        Family::Import => {
            if args.len() == 1 {
                fields.push(("msg", args[0].clone()));
            }
        }
        Family::Os => {
            if (2..=5).contains(&args.len()) {
                fields.push(("errno", args[0].clone()));
                fields.push(("strerror", args[1].clone()));
                match args.get(2) {
                    None | Some(Value::None) => {}
                    // BlockingIOError(errno, strerror, characters_written).
                    Some(n @ (Value::Int(_) | Value::Bool(_))) if std::ptr::eq(&**cls, &*types().blocking_io_error) => {
                        fields.push(("characters_written", n.clone()));
                    }
                    Some(name) => {
                        fields.push(("filename", name.clone()));
                        if let Some(name2) = args.get(4).filter(|v| !v.is_none()) {
                            fields.push(("filename2", name2.clone()));
                        }
                        // CPython keeps only (errno, strerror) in args then.
                        kept.truncate(2);
                    }
                }
            }
        }
        Family::Syntax => {
            if let Some(msg) = args.first() {
                fields.push(("msg", msg.clone()));
            }
            if args.len() == 2 {
                let info = match &args[1] {
                    Value::Tuple(t) => t.items.to_vec(),
                    Value::List(l) => l.snapshot(),
                    Value::Str(s) => s.as_str().chars().map(|c| Value::string(c.to_string())).collect(),
                    v => return Err(type_error(format!("'{}' object is not iterable", types().builtin_type_of(v).name.as_str()))),
                };
                if info.len() < 4 {
                    return Err(type_error(format!("function takes at least 4 arguments ({} given)", info.len())));
                }
                if info.len() > 6 {
                    return Err(type_error(format!("function takes at most 6 arguments ({} given)", info.len())));
                }
                for (name, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].into_iter().zip(info) {
                    fields.push((name, v));
                }
            }
        }
        Family::UnicodeDecode | Family::UnicodeEncode | Family::UnicodeTranslate => {
            fields.extend(unicode_fields(family, args)?);
        }
    }
    Ok((kept, Some(fields)))
}

/// The fields set by the keyword arguments the constructor of `cls`
/// accepts (`ImportError(name=..., path=...)`, ...); an error for others.
fn keyword_fields(cls: &Class, family: Family, kwargs: &[(Name, Value)]) -> PyResult<Fields> {
    let mut fields: Fields = Vec::new();
    for (k, v) in kwargs {
        match family.keywords().iter().find(|n| **n == k.as_str()) {
            Some(n) => fields.push((n, v.clone())),
            None if family.keywords().is_empty() => {
                return Err(type_error(format!("{}() takes no keyword arguments", cls.name.as_str())));
            }
            None => {
                return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k.as_str(), cls.name.as_str())));
            }
        }
    }
    Ok(fields)
}

/// The fields of `UnicodeDecodeError(encoding, object, start, end, reason)`,
/// `UnicodeEncodeError(...)` (object a str) and
/// `UnicodeTranslateError(object, start, end, reason)`, type-checked as CPython.
fn unicode_fields(family: Family, args: &[Value]) -> PyResult<Fields> {
    let want = if family == Family::UnicodeTranslate { 4 } else { 5 };
    if args.len() != want {
        return Err(type_error(format!("function takes exactly {} arguments ({} given)", want, args.len())));
    }
    let type_name = |v: &Value| types().builtin_type_of(v).name.as_str().to_owned();
    let need_str = |i: usize| match &args[i] {
        Value::Str(_) => Ok(args[i].clone()),
        v => Err(type_error(format!("argument {} must be str, not {}", i + 1, type_name(v)))),
    };
    let need_int = |i: usize| match &args[i] {
        Value::Int(_) | Value::Bool(_) => Ok(args[i].clone()),
        v => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
    };
    let mut fields: Fields = Vec::new();
    let base = if family == Family::UnicodeTranslate { 0 } else { 1 };
    if base == 1 {
        fields.push(("encoding", need_str(0)?));
    }
    let object = match family {
        Family::UnicodeDecode => match crate::vm::bytes::as_bytes(&args[1]) {
            Some(b) => crate::vm::bytes::bytes_val(b),
            None => return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(&args[1])))),
        },
        _ => need_str(base)?,
    };
    fields.push(("object", object));
    fields.push(("start", need_int(base + 1)?));
    fields.push(("end", need_int(base + 2)?));
    fields.push(("reason", need_str(base + 3)?));
    Ok(fields)
}

/// `BaseException.__new__` for `cls` (args without the class).
pub fn new(vm: &mut Vm, cls: &Rc<Class>, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let family = Family::of(cls);
    let mut cls = cls.clone();
    let mut group_fields = None;
    if family == Family::Group {
        let (c, f) = group_new(vm, &cls, args)?;
        cls = c;
        group_fields = Some(f);
    } else if Rc::ptr_eq(&cls, &types().os_error) && (2..=5).contains(&args.len()) {
        // Keyword arguments are refused in the name of the class called.
        keyword_fields(&cls, family, kwargs)?;
        if let Value::Int(errno) = args[0] {
            cls = errno_class(errno).clone();
        }
    }
    let v = vm.new_instance(&cls);
    let Value::Instance(inst) = &v else { return Ok(v) };
    if let Some(f) = group_fields {
        set_state(inst, args.to_vec(), Some(f));
    } else if cls.builtin {
        // A builtin class's __init__ does not run after __new__: parse now.
        let (kept, fields) = parse_as(&cls, family, args, kwargs)?;
        set_state(inst, kept, fields);
    } else if family == Family::Os && has_own_init(&cls) {
        // CPython's OSError leaves args to an overriding __init__ entirely.
        set_state(inst, Vec::new(), None);
    } else {
        // The subclass's __init__ parses (or not, if it never calls ours).
        set_state(inst, args.to_vec(), None);
    }
    Ok(v)
}

/// Whether a class's `__init__` is not `BaseException.__init__`.
fn has_own_init(cls: &Class) -> bool {
    !matches!(cls.lookup(&static_name("__init__")), Some(Value::Builtin(b)) if b.owner == Some("BaseException"))
}

/// `BaseException.__init__(self, *args, **kwargs)`.
pub fn init(inst: &Rc<Instance>, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
    let (kept, fields) = parse(&inst.class, args, kwargs)?;
    set_state(inst, kept, fields);
    Ok(())
}

fn set_state(inst: &Instance, args: Vec<Value>, fields: Option<Fields>) {
    if let Some(e) = inst.exc() {
        let mut e = e.borrow_mut();
        e.args = args;
        if let Some(f) = fields {
            e.fields = f;
        }
    }
}

/// The state of an exception of class `cls` created from Rust with `args`
/// (as if constructed from Python, without running Python code; arguments
/// its constructor would refuse leave the fields unset).
pub fn state_for(cls: &Rc<Class>, args: Vec<Value>) -> ExcData {
    let mut data = ExcData::with_args(Vec::new());
    match parse(cls, &args, &[]) {
        Ok((kept, fields)) => {
            data.args = kept;
            data.fields = fields.unwrap_or_default();
        }
        Err(_) => data.args = args,
    }
    data
}

/// An exception attribute kept in its fields: the stored value, None for an
/// unset attribute that defaults to None, `None` (Rust) when the exception
/// has no such attribute.
pub fn field(inst: &Instance, name: &str) -> Option<Value> {
    let e = inst.exc()?;
    if let Some((_, v)) = e.borrow().fields.iter().find(|(n, _)| *n == name) {
        return Some(v.clone());
    }
    Family::of(&inst.class).none_fields().contains(&name).then_some(Value::None)
}

/// [`field`] as attribute lookup sees it: an error for
/// `BlockingIOError.characters_written` when never set, as in CPython.
pub fn get_field(inst: &Instance, name: &str) -> PyResult<Option<Value>> {
    match field(inst, name) {
        None if name == "characters_written" && Family::of(&inst.class) == Family::Os => Err(attribute_error("characters_written")),
        v => Ok(v),
    }
}

/// Whether `name` is an attribute of the exception that cannot be assigned
/// (a group's `message` and `exceptions`).
pub fn is_readonly_field(inst: &Instance, name: &str) -> bool {
    matches!(name, "message" | "exceptions") && Family::of(&inst.class) == Family::Group
}

/// Assigns an exception attribute kept in its fields; false when `name` is
/// not one (it then goes to the instance dict).
pub fn set_field(inst: &Instance, name: &str, value: &Value) -> bool {
    let Some(e) = inst.exc() else { return false };
    let Some(name) = Family::of(&inst.class).field_name(name) else { return false };
    let mut e = e.borrow_mut();
    match e.fields.iter_mut().find(|(n, _)| *n == name) {
        Some(slot) => slot.1 = value.clone(),
        None => e.fields.push((name, value.clone())),
    }
    true
}

/// The class `OSError(errno, ...)` becomes for a known errno (PEP 3151).
pub fn errno_class(errno: i64) -> &'static Rc<Class> {
    let t = types();
    // Linux errno values (CPython maps them from <errno.h> the same way).
    match errno {
        1 | 13 => &t.permission_error,              // EPERM, EACCES
        2 => &t.file_not_found_error,               // ENOENT
        3 => &t.process_lookup_error,               // ESRCH
        4 => &t.interrupted_error,                  // EINTR
        10 => &t.child_process_error,               // ECHILD
        11 | 114 | 115 => &t.blocking_io_error,     // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        17 => &t.file_exists_error,                 // EEXIST
        20 => &t.not_a_directory_error,             // ENOTDIR
        21 => &t.is_a_directory_error,              // EISDIR
        32 | 108 => &t.broken_pipe_error,           // EPIPE, ESHUTDOWN
        103 => &t.connection_aborted_error,         // ECONNABORTED
        104 => &t.connection_reset_error,           // ECONNRESET
        110 => &t.timeout_error,                    // ETIMEDOUT
        111 => &t.connection_refused_error,         // ECONNREFUSED
        _ => &t.os_error,
    }
}

/// The exception `OSError(errno, strerror, filename)` makes for a failed
/// system call on `filename` (the subclass its errno selects).
pub fn os_error_from_io(e: &std::io::Error, filename: Option<Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5) as i64;
    // io::Error shows "text (os error N)"; strerror is the text alone.
    let text = e.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    };
    let mut args = vec![Value::Int(errno), Value::string(strerror)];
    args.extend(filename);
    PyErr::with_args(errno_class(errno), args)
}

/// `str()` of an exception of a builtin family, `None` for the plain rule
/// (the single argument, or the args tuple).
pub fn family_str(vm: &mut Vm, inst: &Rc<Instance>) -> PyResult<Option<String>> {
    let get = |n: &str| inst.exc().and_then(|e| e.borrow().fields.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone()));
    let family = Family::of(&inst.class);
    Ok(Some(match family {
        Family::Os => {
            let (errno, strerror) = (get("errno"), get("strerror"));
            match (get("filename"), errno, strerror) {
                (Some(f), Some(n), Some(s)) => {
                    let (n, s, f) = (vm.str_of(&n)?, vm.str_of(&s)?, vm.repr(&f)?);
                    match get("filename2") {
                        Some(f2) => format!("[Errno {}] {}: {} -> {}", n, s, f, vm.repr(&f2)?),
                        None => format!("[Errno {}] {}: {}", n, s, f),
                    }
                }
                (_, Some(n), Some(s)) => format!("[Errno {}] {}", vm.str_of(&n)?, vm.str_of(&s)?),
                _ => return Ok(None),
            }
        }
        Family::Import => match get("msg") {
            Some(m) if !m.is_none() => vm.str_of(&m)?,
            _ => return Ok(None),
        },
        Family::Syntax => {
            let msg = vm.str_of(&get("msg").unwrap_or(Value::None))?;
            let file = match get("filename") {
                Some(Value::Str(f)) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_owned()),
                _ => None,
            };
            match (file, get("lineno")) {
                (Some(f), Some(Value::Int(n))) => format!("{} ({}, line {})", msg, f, n),
                (Some(f), _) => format!("{} ({})", msg, f),
                (None, Some(Value::Int(n))) => format!("{} (line {})", msg, n),
                _ => msg,
            }
        }
        Family::UnicodeDecode | Family::UnicodeEncode | Family::UnicodeTranslate => {
            let (Some(object), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) = (get("object"), get("start"), get("end"), get("reason")) else {
                return Ok(None);
            };
            let reason = vm.str_of(&reason)?;
            let codec = match get("encoding") {
                Some(e) => {
                    let e = vm.str_of(&e)?;
                    format!("{} codec ", vm.repr(&Value::string(e))?)
                }
                None => String::new(),
            };
            let verb = match family {
                Family::UnicodeDecode => "decode",
                Family::UnicodeEncode => "encode",
                _ => "translate",
            };
            let single = match (&object, family) {
                (_, Family::UnicodeDecode) => crate::vm::bytes::as_bytes(&object)
                    .and_then(|b| if start.checked_add(1) == Some(end) { usize::try_from(start).ok().and_then(|s| b.get(s).copied()) } else { None })
                    .map(|b| format!("byte {:#04x}", b)),
                (Value::Str(s), _) if start.checked_add(1) == Some(end) => usize::try_from(start).ok().and_then(|i| s.as_str().chars().nth(i)).map(|c| format!("character '{}'", crate::vm::bytes::char_escape(c))),
                _ => None,
            };
            match single {
                Some(what) => format!("{}can't {} {} in position {}: {}", codec, verb, what, start, reason),
                None => {
                    let what = if family == Family::UnicodeDecode { "bytes" } else { "characters" };
                    format!("{}can't {} {} in position {}-{}: {}", codec, verb, what, start, end.wrapping_sub(1), reason)
                }
            }
        }
        Family::Group => {
            let n = match get("exceptions") {
                Some(Value::Tuple(t)) => t.items.len(),
                _ => 0,
            };
            let msg = vm.str_of(&get("message").unwrap_or(Value::None))?;
            format!("{} ({} sub-exception{})", msg, n, if n == 1 { "" } else { "s" })
        }
        _ => return Ok(None),
    }))
}

/// `BaseException.add_note(note)`: appends to the `__notes__` list, which
/// the traceback prints under the exception line.
fn add_note(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("add_note", kwargs)?;
    crate::builtins::check_count("add_note", &args[1..], 1, 1)?;
    let note = &args[1];
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!("note must be a str, not '{}'", vm.type_of(note).name.as_str())));
    }
    let notes_name = intern("__notes__");
    let notes = match vm.get_attr(&args[0], &notes_name) {
        Ok(n) => n,
        Err(e) if e.matches(&types().attribute_error) => {
            let l = Value::list(Vec::new());
            vm.set_attr(&args[0], &notes_name, l.clone())?;
            l
        }
        Err(e) => return Err(e),
    };
    match &notes {
        Value::List(l) => l.push(note.clone()),
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// The notes `add_note` left on an exception, as the traceback prints them.
pub fn notes(vm: &mut Vm, inst: &Rc<Instance>) -> Vec<String> {
    let Some(notes) = inst.get_attr(&static_name("__notes__")) else { return Vec::new() };
    let items = match vm.collect(&notes) {
        Ok(items) => items,
        Err(_) => return vec![vm.repr(&notes).unwrap_or_default()],
    };
    items
        .iter()
        .map(|n| match n {
            Value::Str(s) => s.as_str().to_owned(),
            other => vm.repr(other).unwrap_or_default(),
        })
        .collect()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the
/// arguments and picks the class (`ExceptionGroup` when `cls` is
/// `BaseExceptionGroup` and every item is an `Exception`).
fn group_new(vm: &mut Vm, cls: &Rc<Class>, args: &[Value]) -> PyResult<(Rc<Class>, Fields)> {
    let t = types();
    if args.len() != 2 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", vm.type_of(&args[0]).name.as_str())));
    }
    let items = match &args[1] {
        Value::List(_) | Value::Tuple(_) => vm.collect(&args[1])?,
        Value::Instance(i) if i.class.lookup(&static_name("__getitem__")).is_some() && !i.class.is_subclass(&t.dict) => vm.collect(&args[1])?,
        _ => return Err(type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nests_base = false;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Instance(e) if e.exc().is_some() => nests_base |= !e.class.is_subclass(&t.exception),
            _ => return Err(value_error(format!("Item {} of second argument (exceptions) is not an exception", i))),
        }
    }
    let cls = if Rc::ptr_eq(cls, &t.base_exception_group) {
        if nests_base { cls.clone() } else { t.exception_group.clone() }
    } else if Rc::ptr_eq(cls, &t.exception_group) {
        if nests_base {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        cls.clone()
    } else {
        if nests_base && cls.is_subclass(&t.exception) {
            return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name.as_str())));
        }
        cls.clone()
    };
    Ok((cls, vec![("message", args[0].clone()), ("exceptions", Value::tuple(items))]))
}

fn group_of(v: &Value) -> PyResult<&Rc<Instance>> {
    match v {
        Value::Instance(i) if i.class.is_subclass(&types().base_exception_group) => Ok(i),
        _ => Err(type_error("descriptor requires a 'BaseExceptionGroup' object")),
    }
}

/// The sub-exceptions of a group instance (empty for anything else).
fn group_items(inst: &Instance) -> Vec<Value> {
    match field(inst, "exceptions") {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

/// `eg.derive(excs)`: a group with the same message (and no other state).
fn group_derive(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("derive", kwargs)?;
    crate::builtins::check_count("derive", &args[1..], 1, 1)?;
    let g = group_of(&args[0])?;
    let message = field(g, "message").unwrap_or(Value::None);
    vm.call_class(&types().base_exception_group, &[message, args[1].clone()], &[])
}

/// What `subgroup`/`split` select by: exception classes or a predicate.
enum Matcher {
    Types(Vec<Rc<Class>>),
    Predicate(Value),
}

impl Matcher {
    fn new(cond: &Value) -> PyResult<Matcher> {
        let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&types().base_exception));
        match cond {
            Value::Class(c) if is_exc_class(cond) => return Ok(Matcher::Types(vec![c.clone()])),
            Value::Tuple(t) if t.items.iter().all(is_exc_class) => {
                return Ok(Matcher::Types(t.items.iter().filter_map(|v| if let Value::Class(c) = v { Some(c.clone()) } else { None }).collect()));
            }
            Value::Class(_) | Value::Tuple(_) => {}
            _ if super::functions::is_callable(cond) => return Ok(Matcher::Predicate(cond.clone())),
            _ => {}
        }
        Err(type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(classes) => Ok(classes.iter().any(|c| vm.isinstance(exc, c))),
            Matcher::Predicate(f) => {
                let r = vm.call_value(f, std::slice::from_ref(exc), &[])?;
                vm.truthy(&r)
            }
        }
    }
}

/// Splits `exc` into the part `m` selects and the rest (either None when
/// empty), keeping the nesting: CPython's `exceptiongroup_split_recursive`.
fn split_recursive(vm: &mut Vm, exc: &Value, m: &Matcher, want_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let group = match exc {
        Value::Instance(i) if i.class.is_subclass(&types().base_exception_group) => i.clone(),
        _ => return Ok((None, want_rest.then(|| exc.clone()))),
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for item in group_items(&group) {
        let (a, b) = split_recursive(vm, &item, m, want_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = if matched.is_empty() { None } else { Some(derive_and_copy(vm, &group, matched)?) };
    let rest = if rest.is_empty() { None } else { Some(derive_and_copy(vm, &group, rest)?) };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with `orig`'s cause, context, traceback and notes.
fn derive_and_copy(vm: &mut Vm, orig: &Rc<Instance>, excs: Vec<Value>) -> PyResult<Value> {
    let derive = vm.get_attr(&Value::Instance(orig.clone()), &intern("derive"))?;
    let eg = vm.call_value(&derive, &[Value::list(excs)], &[])?;
    let new = match &eg {
        Value::Instance(i) if i.class.is_subclass(&types().base_exception_group) => i.clone(),
        _ => return Err(type_error("derive must return an instance of BaseExceptionGroup")),
    };
    if let (Some(from), Some(to)) = (orig.exc(), new.exc()) {
        let from = from.borrow();
        let mut to = to.borrow_mut();
        to.cause = from.cause.clone();
        to.context = from.context.clone();
        to.traceback = from.traceback.clone();
    }
    if let Some(notes) = orig.get_attr(&static_name("__notes__")) {
        let copy = Value::list(vm.collect(&notes)?);
        vm.set_attr(&eg, &intern("__notes__"), copy)?;
    }
    Ok(eg)
}

fn group_subgroup(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("subgroup", kwargs)?;
    crate::builtins::check_count("subgroup", &args[1..], 1, 1)?;
    group_of(&args[0])?;
    let m = Matcher::new(&args[1])?;
    let (matched, _) = split_recursive(vm, &args[0], &m, false)?;
    Ok(matched.unwrap_or(Value::None))
}

fn group_split(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("split", kwargs)?;
    crate::builtins::check_count("split", &args[1..], 1, 1)?;
    group_of(&args[0])?;
    let m = Matcher::new(&args[1])?;
    let (matched, rest) = split_recursive(vm, &args[0], &m, true)?;
    Ok(Value::tuple(vec![matched.unwrap_or(Value::None), rest.unwrap_or(Value::None)]))
}
