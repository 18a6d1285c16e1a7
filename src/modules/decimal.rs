//! `decimal`: CPython's C `_decimal` stands behind it there; here the
//! module is embedded Python (decimal.py, on Python ints) with native
//! helpers: one gives its types what C types have (the dotted type name that
//! messages show, `'decimal.Decimal'`, and attributes that cannot be set);
//! the others make Decimals and run the hottest operations (+, -, *,
//! comparisons) on small coefficients, falling back to the Python code
//! (by returning None) for anything else.

use std::cell::RefCell;
use std::rc::Rc;

use super::native::run_embedded;
use crate::builtins::builtin_fn;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::errors::type_error;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// The classes `_builtin_type` made (addresses), which Python classes may
    /// subclass with plain instances (see [`is_embedded_builtin`]).
    static MADE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    /// The Decimal class and the layout of its instances.
    static LAYOUT: RefCell<Option<Rc<Layout>>> = const { RefCell::new(None) };
}

/// What the fast paths need to know: the `decimal.Decimal` class, the shape
/// of its instances (`_sign`, `_int`, `_exp`, `_is_special`, set in that
/// order by decimal.py too), and the names of the context fields they read.
struct Layout {
    class: Rc<Class>,
    shape: Rc<Shape>,
    prec: Name,
    emin: Name,
    fast_emax: Name,
    rounding: Name,
}

/// decimal.py's code for ROUND_FLOOR (`_R_FLOOR`).
const ROUND_FLOOR: i64 = 3;

fn layout() -> Option<Rc<Layout>> {
    LAYOUT.with(|l| l.borrow().clone())
}

fn set_layout(class: &Rc<Class>) {
    let mut shape = class.root_shape.clone();
    for key in ["_sign", "_int", "_exp", "_is_special"] {
        shape = shape.with_key(&intern(key));
    }
    let layout = Layout {
        class: class.clone(),
        shape,
        prec: intern("_prec"),
        emin: intern("_emin"),
        fast_emax: intern("_fast_emax"),
        rounding: intern("_r"),
    };
    LAYOUT.with(|l| *l.borrow_mut() = Some(Rc::new(layout)));
}

/// A finite Decimal (-1)**sign * c * 10**e.
fn make_decimal(layout: &Layout, sign: Value, c: Value, e: Value) -> Value {
    let attrs = Attrs { shape_id: layout.shape.id, shape: layout.shape.clone(), values: vec![sign, c, e, Value::bool(false)], dict: None };
    Value::Instance(Instance::new_rc(layout.class.clone(), attrs, NativeData::None))
}

/// `_dec(sign, c, e)`: a finite Decimal, as given.
fn dec(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (Some(layout), [sign, c, e]) = (layout(), args) else {
        return Err(type_error("_dec() takes sign, coefficient and exponent"));
    };
    Ok(make_decimal(&layout, sign.clone(), c.clone(), e.clone()))
}

/// (sign, coefficient, exponent) of a finite exact Decimal whose parts are
/// small ints.
fn small_parts(layout: &Layout, v: &Value) -> Option<(i64, i64, i64)> {
    let Value::Instance(inst) = v else { return None };
    let attrs = inst.attrs.borrow();
    if attrs.shape_id != layout.shape.id {
        return None;
    }
    match attrs.values.as_slice() {
        [Value::Int(s), Value::Int(c), Value::Int(e), Value::Bool(special)] if !special.get() => Some((*s, *c, *e)),
        _ => None,
    }
}

/// The context settings the fast paths obey: (prec, Emin, Emax - prec + 1,
/// rounding code).
fn context_limits(layout: &Layout, ctx: &Value) -> Option<(i64, i64, i64, i64)> {
    let Value::Instance(inst) = ctx else { return None };
    let attrs = inst.attrs.borrow();
    let get = |name: &Name| match attrs.shape.index_of(name).and_then(|ix| attrs.values.get(ix)) {
        Some(Value::Int(i)) => Some(*i),
        _ => None,
    };
    Some((get(&layout.prec)?, get(&layout.emin)?, get(&layout.fast_emax)?, get(&layout.rounding)?))
}

/// c * 10**k, when it fits an i64.
fn scale(c: i64, k: i64) -> Option<i64> {
    let p = 10i64.checked_pow(u32::try_from(k).ok()?)?;
    c.checked_mul(p)
}

/// The result of a fast path: a Decimal when the coefficient needs no
/// rounding and the exponent no adjustment in this context, else None.
fn finished(layout: &Layout, limits: (i64, i64, i64, i64), sign: i64, c: i64, e: i64) -> Value {
    let (prec, emin, fast_emax, _) = limits;
    let fits = prec >= 19 || c < 10i64.pow(prec as u32);
    if fits && emin <= e && e <= fast_emax {
        make_decimal(layout, Value::Int(sign), Value::Int(c), Value::Int(e))
    } else {
        Value::None
    }
}

/// `_add_fast(a, b, ctx, negate)`: a + b (a - b with negate 1) when both are
/// Decimals with small parts and the sum needs no rounding; else None.
fn add_fast(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(layout) = layout() else { return Ok(Value::None) };
    let [a, b, ctx, Value::Int(negate)] = args else { return Ok(Value::None) };
    let (Some((sa, ca, ea)), Some((sb, cb, eb)), Some(limits)) = (small_parts(&layout, a), small_parts(&layout, b), context_limits(&layout, ctx)) else {
        return Ok(Value::None);
    };
    let sb = sb ^ negate;
    let (ca, cb, e) = match ea.cmp(&eb) {
        std::cmp::Ordering::Equal => (ca, cb, ea),
        std::cmp::Ordering::Greater => match scale(ca, ea - eb) {
            Some(ca) => (ca, cb, eb),
            None => return Ok(Value::None),
        },
        std::cmp::Ordering::Less => match scale(cb, eb - ea) {
            Some(cb) => (ca, cb, ea),
            None => return Ok(Value::None),
        },
    };
    let (sign, c) = if sa == sb {
        match ca.checked_add(cb) {
            Some(c) => (sa, c),
            None => return Ok(Value::None),
        }
    } else {
        match ca - cb {
            c if c > 0 => (sa, c),
            c if c < 0 => (sb, -c),
            // An exact zero from unlike signs: +0, or -0 rounding to floor.
            _ => (i64::from(limits.3 == ROUND_FLOOR), 0),
        }
    };
    Ok(finished(&layout, limits, sign, c, e))
}

/// `_mul_fast(a, b, ctx)`: a * b when both are Decimals with small parts and
/// the product needs no rounding; else None.
fn mul_fast(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(layout) = layout() else { return Ok(Value::None) };
    let [a, b, ctx] = args else { return Ok(Value::None) };
    let (Some((sa, ca, ea)), Some((sb, cb, eb)), Some(limits)) = (small_parts(&layout, a), small_parts(&layout, b), context_limits(&layout, ctx)) else {
        return Ok(Value::None);
    };
    match (ca.checked_mul(cb), ea.checked_add(eb)) {
        (Some(c), Some(e)) => Ok(finished(&layout, limits, sa ^ sb, c, e)),
        _ => Ok(Value::None),
    }
}

/// `_cmp_fast(a, b)`: -1, 0 or 1 comparing two Decimals with small parts;
/// None for anything else.
fn cmp_fast(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(layout) = layout() else { return Ok(Value::None) };
    let [a, b] = args else { return Ok(Value::None) };
    let (Some((sa, ca, ea)), Some((sb, cb, eb))) = (small_parts(&layout, a), small_parts(&layout, b)) else {
        return Ok(Value::None);
    };
    let (ca, cb) = match ea.cmp(&eb) {
        std::cmp::Ordering::Equal => (ca, cb),
        std::cmp::Ordering::Greater => match scale(ca, ea - eb) {
            Some(ca) => (ca, cb),
            None => return Ok(Value::None),
        },
        std::cmp::Ordering::Less => match scale(cb, eb - ea) {
            Some(cb) => (ca, cb),
            None => return Ok(Value::None),
        },
    };
    // Signed values (zeros of either sign are equal).
    let va = if sa == 1 { -(ca as i128) } else { ca as i128 };
    let vb = if sb == 1 { -(cb as i128) } else { cb as i128 };
    Ok(Value::Int(va.cmp(&vb) as i64))
}

/// True for a builtin type written in embedded Python (decimal's): its
/// instances are plain, so a subclass's are too.
pub fn is_embedded_builtin(cls: &Class) -> bool {
    MADE.with(|m| m.borrow().contains(&(cls as *const Class as usize)))
}

/// `_builtin_type(cls, name)`: a copy of class `cls` flagged builtin and
/// named `name` ("decimal.Decimal"; `__name__` stays the last part).
fn builtin_type(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (Some(Value::Class(cls)), Some(Value::Str(name))) = (args.first(), args.get(1)) else {
        return Err(type_error("_builtin_type() takes a class and a name"));
    };
    let dict = PyDict::new();
    for (k, v) in cls.dict.items() {
        if let Value::Str(s) = &k {
            dict.set_str(&intern(s.as_str()), v);
        }
    }
    let made = Class::create(ClassSpec {
        name: intern(name.as_str()),
        qualname: cls.qualname.clone(),
        bases: cls.bases.clone(),
        mro: cls.mro.clone(),
        dict,
        native: cls.native,
        slots: cls.slots.clone(),
        builtin: true,
        metaclass: cls.metaclass.clone(),
    });
    MADE.with(|m| m.borrow_mut().push(Rc::as_ptr(&made) as usize));
    if name.as_str() == "decimal.Decimal" {
        set_layout(&made);
    }
    Ok(Value::Class(made))
}

/// `_new(cls)`: a new plain instance of `cls` (`object.__new__`, which
/// refuses builtin types, for decimal's own).
fn new_instance(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(cls)) => Ok(vm.new_instance(cls)),
        _ => Err(type_error("_new() takes a class")),
    }
}

/// Fills the `decimal` module namespace. Its frames are hidden from
/// tracebacks, as the C module has none.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    d.set_str(&intern("_builtin_type"), builtin_fn("_builtin_type", builtin_type));
    let helpers: [(&'static str, NativeFn); 5] =
        [("_new", new_instance), ("_make", dec), ("_add_fast", add_fast), ("_mul_fast", mul_fast), ("_cmp_fast", cmp_fast)];
    for (name, f) in helpers {
        d.set_str(&intern(name), builtin_fn(name, f));
    }
    run_embedded(vm, d, "<frozen decimal>", include_str!("decimal.py"), true);
    d.del_str(&intern("_builtin_type"));
}
