//! The runtime tests of `match` patterns (`MATCH_SEQUENCE`, `MATCH_MAPPING`,
//! `MATCH_KEYS`, `MATCH_CLASS`), with CPython 3.11's rules: which types count
//! as sequences and mappings, `__match_args__`, and its error messages.

use std::rc::Rc;

use super::errors::*;
use super::Vm;
use crate::runtime::objects::*;
use crate::runtime::str::static_name;
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// CPython's `Py_TPFLAGS_SEQUENCE`, as a class sets it through `__abc_tpflags__`
/// (what `collections.abc.Sequence` does, and what classes inheriting from or
/// registered with it get).
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
/// CPython's `Py_TPFLAGS_MAPPING` (`collections.abc.Mapping`).
const TPFLAGS_MAPPING: i64 = 1 << 6;

/// Native classes CPython flags as sequences, by module and name.
const NATIVE_SEQUENCES: [(&str, &str); 3] = [("collections", "deque"), ("array", "array"), ("builtins", "memoryview")];

/// The `__abc_tpflags__` bits of a class or its bases.
fn abc_flags(cls: &Class) -> i64 {
    std::iter::once(cls)
        .chain(cls.mro.iter().map(|c| &**c))
        .filter_map(|c| match c.dict.get_str(&static_name("__abc_tpflags__")) {
            Some(Value::Int(f)) => Some(f),
            _ => None,
        })
        .fold(0, |acc, f| acc | f)
}

/// True when `cls` or a base is one of the native sequence classes.
fn native_sequence(cls: &Class) -> bool {
    std::iter::once(cls).chain(cls.mro.iter().map(|c| &**c)).any(|c| {
        let module = match c.dict.get_str(&static_name("__module__")) {
            Some(Value::Str(m)) => m,
            _ => return false,
        };
        NATIVE_SEQUENCES.iter().any(|(m, n)| module.as_str() == *m && c.name.as_str() == *n)
    })
}

/// Builtin classes whose instances a class pattern with one positional
/// sub-pattern matches as a whole (`case int(x):`), CPython's `_Py_TPFLAGS_MATCH_SELF`.
fn matches_self(cls: &Class) -> bool {
    let t = types();
    [&t.bool_, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str_, &t.tuple]
        .iter()
        .any(|b| cls.is_subclass(b))
}

impl Vm {
    /// `MATCH_SEQUENCE`: list, tuple, range, deque, array, memoryview and their
    /// subclasses, and classes flagged as sequences; never str, bytes or bytearray.
    pub(crate) fn is_match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(inst) => match &inst.native {
                NativeData::List(_) | NativeData::Value(Value::Tuple(_)) => true,
                NativeData::Value(_) | NativeData::Dict(_) => false,
                _ => abc_flags(&inst.class) & TPFLAGS_SEQUENCE != 0 || native_sequence(&inst.class),
            },
            _ => false,
        }
    }

    /// `MATCH_MAPPING`: dict and its subclasses, and classes flagged as mappings.
    pub(crate) fn is_match_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(inst) => match &inst.native {
                NativeData::Dict(_) => true,
                NativeData::List(_) | NativeData::Value(_) => false,
                _ => abc_flags(&inst.class) & TPFLAGS_MAPPING != 0,
            },
            _ => false,
        }
    }

    /// `MATCH_KEYS`: the values of `subject` for the `keys` tuple (looked up
    /// with `subject.get(key, marker)`, so a `__missing__` adds nothing), or
    /// None when a key is absent.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else { return Err(type_error("match keys must be a tuple")) };
        if keys.items.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let get = match subject {
            Value::Dict(_) => None,
            _ => Some(self.get_attr(subject, &static_name("get"))?),
        };
        // A marker no mapping holds: a fresh object.
        let marker = Value::Other(Rc::new(Other::Ellipsis));
        let mut seen: Vec<Value> = Vec::with_capacity(keys.items.len());
        let mut values = Vec::with_capacity(keys.items.len());
        for key in &keys.items {
            for s in &seen {
                if s.is(key) || self.eq(s, key)? {
                    let shown = self.repr(key)?;
                    return Err(value_error(format!("mapping pattern checks duplicate key ({})", shown)));
                }
            }
            seen.push(key.clone());
            let value = match (&get, subject) {
                (None, Value::Dict(d)) => self.dict_get(d, key)?,
                (Some(get), _) => {
                    let v = self.call_value(get, &[key.clone(), marker.clone()], &[])?;
                    (!v.is(&marker)).then_some(v)
                }
                _ => None,
            };
            match value {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `MATCH_CLASS`: when `subject` is an instance of `cls`, the tuple of its
    /// `nargs` positional attributes (named by `cls.__match_args__`) and the
    /// attributes `names`; None when it is not or an attribute is missing.
    pub(crate) fn match_class(&mut self, subject: &Value, cls: &Value, nargs: usize, names: &Value) -> PyResult<Value> {
        let Value::Class(c) = cls else { return Err(type_error("called match pattern must be a type")) };
        if !self.isinstance_hooked(subject, c)? {
            return Ok(Value::None);
        }
        let mut seen: Vec<Name> = Vec::new();
        let mut attrs = Vec::with_capacity(nargs);
        if nargs > 0 {
            let (match_args, match_self) = match self.get_attr(cls, &static_name("__match_args__")) {
                Ok(Value::Tuple(t)) => (t.items.clone(), false),
                Ok(other) => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name.as_str(),
                        self.type_of(&other).name.as_str()
                    )));
                }
                Err(e) if e.matches(&types().attribute_error) => (Vec::new(), matches_self(c)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    c.name.as_str(),
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    nargs
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Value::Str(name) = name else {
                        return Err(type_error(format!("__match_args__ elements must be strings (got {})", self.type_of(name).name.as_str())));
                    };
                    match self.match_class_attr(subject, c, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in &names.items {
                let Value::Str(name) = name else { continue };
                match self.match_class_attr(subject, c, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute for a class pattern: `None` when the subject lacks it.
    fn match_class_attr(&mut self, subject: &Value, cls: &Class, name: &Name, seen: &mut Vec<Name>) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let shown = crate::runtime::str::repr_str(name.as_str());
            return Err(type_error(format!("{}() got multiple sub-patterns for attribute {}", cls.name.as_str(), shown)));
        }
        seen.push(name.clone());
        let name = crate::runtime::str::intern(name.as_str());
        match self.get_attr(subject, &name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
