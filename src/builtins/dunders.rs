//! The operator dunders of builtin types called explicitly (`int.__add__(1, 2)`,
//! `(5).__mul__(3)`, `'a'.__str__()`, `str.__len__('ab')`): one table says
//! which type has which dunder (as CPython's type dicts do) and the methods run
//! the VM's own operator on the unwrapped operands. An operand the type's slot
//! does not handle gives `NotImplemented`, as in CPython (`int.__add__(1, 1.5)`).
//! Only dunders a type does not define already are added.

use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// The builtin type a dunder belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Bool => "bool",
            Kind::Float => "float",
            Kind::Str => "str",
            Kind::List => "list",
            Kind::Tuple => "tuple",
            Kind::Dict => "dict",
            Kind::Set => "set",
            Kind::FrozenSet => "frozenset",
        }
    }

    fn holds(self, v: &Value) -> bool {
        match self {
            Kind::Int => is_int(v),
            Kind::Bool => matches!(v, Value::Bool(_)),
            Kind::Float => matches!(v, Value::Float(_)),
            Kind::Str => matches!(v, Value::Str(_)),
            Kind::List => matches!(v, Value::List(_)),
            Kind::Tuple => matches!(v, Value::Tuple(_)),
            Kind::Dict => matches!(v, Value::Dict(_)),
            Kind::Set => matches!(v, Value::Set(s) if !s.frozen),
            Kind::FrozenSet => matches!(v, Value::Set(s) if s.frozen),
        }
    }

    /// The binary operators the type's slots implement (forward, reflected).
    fn binops(self) -> (&'static [BinOp], &'static [BinOp]) {
        use BinOp::*;
        const INT: &[BinOp] = &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor];
        const FLOAT: &[BinOp] = &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow];
        const SET: &[BinOp] = &[And, Or, Sub, Xor];
        match self {
            Kind::Int => (INT, INT),
            Kind::Bool => (&[And, Or, Xor], &[And, Or, Xor]),
            Kind::Float => (FLOAT, FLOAT),
            Kind::Str => (&[Add, Mul, Mod], &[Mul]),
            Kind::List | Kind::Tuple => (&[Add, Mul], &[Mul]),
            Kind::Dict => (&[Or], &[Or]),
            Kind::Set | Kind::FrozenSet => (SET, SET),
        }
    }

    /// Whether the slot of `op` handles `other` (else NotImplemented).
    fn accepts(self, op: BinOp, other: &Value) -> bool {
        match self {
            Kind::Int => is_int(other),
            Kind::Bool => is_int(other),
            Kind::Float => is_int(other) || matches!(other, Value::Float(_)),
            Kind::Str => match op {
                BinOp::Add => matches!(other, Value::Str(_)),
                BinOp::Mul => is_int(other),
                _ => true,
            },
            Kind::List | Kind::Tuple => match op {
                BinOp::Mul => is_int(other),
                _ => self.holds(other),
            },
            Kind::Dict => matches!(other, Value::Dict(_)),
            Kind::Set | Kind::FrozenSet => matches!(other, Value::Set(_)),
        }
    }

    /// Whether the type's rich comparison handles `other`.
    fn compares(self, op: CmpOp, other: &Value) -> bool {
        match self {
            Kind::Int | Kind::Bool => is_int(other),
            Kind::Float => is_int(other) || matches!(other, Value::Float(_)),
            Kind::Dict => matches!(op, CmpOp::Eq | CmpOp::Ne) && matches!(other, Value::Dict(_)),
            Kind::Set | Kind::FrozenSet => matches!(other, Value::Set(_)),
            _ => self.holds(other),
        }
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn not_implemented() -> Value {
    crate::runtime::objects::not_implemented()
}

/// The builtin value behind a list/dict/tuple subclass instance.
fn unwrap(v: &Value) -> Value {
    crate::vm::ops::native_of(v).filter(|n| !matches!(n, Value::Instance(_))).unwrap_or_else(|| v.clone())
}

fn self_arg(vm: &Vm, kind: Kind, name: &str, args: &[Value], nargs: usize) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", name, kind.name())));
    };
    let me = unwrap(first);
    if !kind.holds(&me) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            kind.name(),
            vm.type_of(first).name.as_str()
        )));
    }
    if args.len() != nargs + 1 {
        return Err(type_error(format!("expected {} argument{}, got {}", nargs, if nargs == 1 { "" } else { "s" }, args.len() - 1)));
    }
    Ok(me)
}

fn binary(vm: &mut Vm, kind: Kind, op: BinOp, reflected: bool, args: &[Value]) -> PyResult<Value> {
    let name = if reflected { op.dunders().1 } else { op.dunders().0 };
    if op == BinOp::Pow && args.len() == 3 {
        return Err(not_implemented_error(format!("{}.{}() with a modulus is not supported by quicken (use pow(a, b, m))", kind.name(), name)));
    }
    let me = self_arg(vm, kind, name, args, 1)?;
    let other = unwrap(&args[1]);
    if kind == Kind::Str && op == BinOp::Add && !reflected && !matches!(other, Value::Str(_)) {
        // str's concatenation slot raises rather than returning NotImplemented.
        return Err(type_error(format!("can only concatenate str (not \"{}\") to str", vm.type_of(&args[1]).name.as_str())));
    }
    if !kind.accepts(op, &other) {
        return Ok(not_implemented());
    }
    let (mut x, mut y) = if reflected { (other, me) } else { (me, other) };
    // int's own bitwise slots give ints even for two bools (bool's give bools).
    if kind == Kind::Int && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        for v in [&mut x, &mut y] {
            if let Value::Bool(b) = v {
                *v = Value::Int(b.get() as i64);
            }
        }
    }
    vm.binary_op(op, &x, &y)
}

fn compare(vm: &mut Vm, kind: Kind, op: CmpOp, args: &[Value]) -> PyResult<Value> {
    let me = self_arg(vm, kind, op.dunder().0, args, 1)?;
    let other = unwrap(&args[1]);
    if !kind.compares(op, &other) {
        return Ok(not_implemented());
    }
    vm.compare(op, &me, &other)
}

fn unary(vm: &mut Vm, kind: Kind, name: &'static str, args: &[Value]) -> PyResult<Value> {
    let me = self_arg(vm, kind, name, args, 0)?;
    match name {
        "__neg__" => vm.neg(&me),
        "__pos__" => vm.pos(&me),
        "__invert__" => vm.invert(&me),
        "__bool__" => Ok(Value::bool(vm.truthy(&me)?)),
        "__abs__" => {
            let f = vm.builtins.get_str(&intern("abs")).unwrap_or(Value::None);
            vm.call_value(&f, &[me], &[])
        }
        "__hash__" => Ok(Value::Int(vm.hash(&me)?)),
        "__repr__" => match (&args[0], &me) {
            // A set or frozenset subclass shows its class: `Tags({1})`.
            (Value::Instance(i), Value::Set(s)) => Ok(Value::string(vm.set_subclass_repr(&args[0], &i.class, s)?)),
            _ => Ok(Value::string(vm.repr(&me)?)),
        },
        "__str__" => Ok(Value::string(vm.str_of(&me)?)),
        "__len__" => Ok(Value::Int(vm.len(&me)? as i64)),
        "__iter__" => vm.get_iter(&me),
        _ => Err(type_error(format!("{} is not a unary dunder", name))),
    }
}

fn item(vm: &mut Vm, kind: Kind, name: &'static str, args: &[Value]) -> PyResult<Value> {
    let me = self_arg(vm, kind, name, args, 1)?;
    match name {
        "__contains__" => Ok(Value::bool(vm.contains(&me, &args[1])?)),
        _ => vm.get_item(&me, &args[1]),
    }
}

/// Which unary dunders `kind` defines (CPython's type dicts).
fn unary_names(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Int => &["__neg__", "__pos__", "__invert__", "__bool__", "__abs__", "__hash__", "__repr__"],
        Kind::Bool => &["__repr__"],
        Kind::Float => &["__neg__", "__pos__", "__bool__", "__abs__", "__hash__", "__repr__"],
        Kind::Str => &["__hash__", "__repr__", "__str__", "__len__", "__iter__"],
        Kind::Tuple | Kind::FrozenSet => &["__hash__", "__repr__", "__len__", "__iter__"],
        Kind::List | Kind::Dict | Kind::Set => &["__repr__", "__len__", "__iter__"],
    }
}

fn item_names(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Str | Kind::List | Kind::Tuple | Kind::Dict => &["__contains__", "__getitem__"],
        Kind::Set | Kind::FrozenSet => &["__contains__"],
        _ => &[],
    }
}

macro_rules! bin_fns {
    ($($f:ident $rf:ident $op:expr),*) => {
        $(
            pub fn $f(vm: &mut Vm, a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> { binary(vm, K, $op, false, a) }
            pub fn $rf(vm: &mut Vm, a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> { binary(vm, K, $op, true, a) }
        )*
        pub fn binop_fns(op: BinOp) -> (NativeFn, NativeFn) {
            match op {
                $(o if o == $op => ($f, $rf),)*
                _ => unreachable!(),
            }
        }
    };
}

macro_rules! cmp_fns {
    ($($f:ident $op:expr),*) => {
        $(pub fn $f(vm: &mut Vm, a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> { compare(vm, K, $op, a) })*
        pub fn cmp_fn(op: CmpOp) -> NativeFn {
            match op {
                $(o if o == $op => $f,)*
                _ => unreachable!(),
            }
        }
    };
}

macro_rules! unary_fns {
    ($($f:ident $n:expr),*) => {
        $(pub fn $f(vm: &mut Vm, a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> { unary(vm, K, $n, a) })*
        pub fn unary_fn(name: &str) -> NativeFn {
            match name {
                $(n if n == $n => $f,)*
                _ => unreachable!(),
            }
        }
    };
}

/// One module of native functions per kind: Rust function pointers carry no
/// data, so each (kind, operator) pair gets its own small function.
macro_rules! kind_fns {
    ($($m:ident => $kind:expr),* $(,)?) => {
        $(
            mod $m {
                use super::*;
                const K: Kind = $kind;
                bin_fns!(add radd BinOp::Add, sub rsub BinOp::Sub, mul rmul BinOp::Mul, truediv rtruediv BinOp::TrueDiv,
                     floordiv rfloordiv BinOp::FloorDiv, mod_ rmod BinOp::Mod, pow rpow BinOp::Pow, lshift rlshift BinOp::LShift,
                     rshift rrshift BinOp::RShift, and rand BinOp::And, or ror BinOp::Or, xor rxor BinOp::Xor, matmul rmatmul BinOp::MatMul);
                cmp_fns!(lt CmpOp::Lt, le CmpOp::Le, eq CmpOp::Eq, ne CmpOp::Ne, gt CmpOp::Gt, ge CmpOp::Ge);
                unary_fns!(neg "__neg__", pos "__pos__", invert "__invert__", bool_ "__bool__", abs "__abs__", hash "__hash__",
                    repr "__repr__", str_ "__str__", len "__len__", iter "__iter__");
                pub fn contains(vm: &mut Vm, a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> { item(vm, K, "__contains__", a) }
                pub fn getitem(vm: &mut Vm, a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> { item(vm, K, "__getitem__", a) }
                pub fn register(cls: &Class) {
                    let (fwd, rev) = K.binops();
                    for op in fwd {
                        add_missing(cls, op.dunders().0, binop_fns(*op).0);
                    }
                    for op in rev {
                        add_missing(cls, op.dunders().1, binop_fns(*op).1);
                    }
                    if K != Kind::Bool {
                        for op in CmpOp::ALL {
                            add_missing(cls, op.dunder().0, cmp_fn(op));
                        }
                    }
                    for n in unary_names(K) {
                        add_missing(cls, n, unary_fn(n));
                    }
                    for n in item_names(K) {
                        add_missing(cls, n, if *n == "__contains__" { contains } else { getitem });
                    }
                }
            }
        )*
    };
}

kind_fns!(k_int => Kind::Int, k_bool => Kind::Bool, k_float => Kind::Float, k_str => Kind::Str, k_list => Kind::List,
          k_tuple => Kind::Tuple, k_dict => Kind::Dict, k_set => Kind::Set, k_frozenset => Kind::FrozenSet);

fn add_missing(cls: &Class, name: &'static str, f: NativeFn) {
    if cls.dict.get_str(&intern(name)).is_none() {
        super::add_method(cls, name, f);
    }
}

/// Adds the dunders to the builtin types.
pub fn register() {
    let t = types();
    k_int::register(&t.int);
    k_bool::register(&t.bool_);
    k_float::register(&t.float);
    k_str::register(&t.str_);
    k_list::register(&t.list);
    k_tuple::register(&t.tuple);
    k_dict::register(&t.dict);
    k_set::register(&t.set);
    k_frozenset::register(&t.frozenset);
}
