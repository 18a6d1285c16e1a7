//! Operators: arithmetic, comparison, truth, hashing, equality, containment
//! and subscripts, with native fast paths and dunder-method dispatch.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::errors::*;
use super::Vm;
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::int::*;
use crate::runtime::objects::*;
use crate::runtime::str::static_name;
use crate::runtime::value::Value;

/// A numeric operand after coercion.
enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Int(i) => Num::Int(*i),
        Value::Bool(b) => Num::Int(b.get() as i64),
        Value::BigInt(b) => Num::Big(b.clone()),
        Value::Float(f) => Num::Float(f.get()),
        _ => return None,
    })
}

fn num_to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Float(f) => Ok(*f),
        Num::Big(b) => bigint_to_f64(b).ok_or_else(|| overflow_error("int too large to convert to float")),
    }
}

/// Orders two int operands without copying big ones. A big int never fits
/// in i64, so against a small one only its sign matters.
fn cmp_ints(x: &Num, y: &Num) -> Ordering {
    match (x, y) {
        (Num::Int(p), Num::Int(q)) => p.cmp(q),
        (Num::Big(p), Num::Big(q)) => (**p).cmp(&**q),
        (Num::Big(p), Num::Int(_)) => {
            if p.is_negative() {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (Num::Int(_), Num::Big(q)) => {
            if q.is_negative() {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        _ => Ordering::Equal,
    }
}

/// An int operand of the big-int path: a small int, a borrowed big int, or a
/// big int this operation owns (its value was the last reference), whose
/// digits can be reused for the result.
enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
    Owned(BigInt),
}

impl IntArg<'_> {
    fn big(&self) -> std::borrow::Cow<'_, BigInt> {
        use std::borrow::Cow;
        match self {
            IntArg::Small(i) => Cow::Owned(BigInt::from(*i)),
            IntArg::Big(b) => Cow::Borrowed(b),
            IntArg::Owned(b) => Cow::Borrowed(b),
        }
    }
    fn is_negative(&self) -> bool {
        match self {
            IntArg::Small(i) => *i < 0,
            IntArg::Big(b) => b.is_negative(),
            IntArg::Owned(b) => b.is_negative(),
        }
    }
    fn is_zero(&self) -> bool {
        matches!(self, IntArg::Small(0))
            || matches!(self, IntArg::Big(b) if b.is_zero())
            || matches!(self, IntArg::Owned(b) if b.is_zero())
    }
}

/// An int operand taken out of a value: a big int whose reference was the
/// last one is owned (its digits can be reused), a shared one is kept alive.
enum HeldInt {
    Small(i64),
    Shared(Rc<BigInt>),
    Owned(BigInt),
}

impl HeldInt {
    fn new(v: Value) -> HeldInt {
        match v {
            Value::Int(i) => HeldInt::Small(i),
            Value::Bool(b) => HeldInt::Small(b.get() as i64),
            Value::BigInt(rc) => match Rc::try_unwrap(rc) {
                Ok(b) => HeldInt::Owned(b),
                Err(rc) => HeldInt::Shared(rc),
            },
            _ => HeldInt::Small(0),
        }
    }
    fn arg(&mut self) -> IntArg<'_> {
        match self {
            HeldInt::Small(i) => IntArg::Small(*i),
            HeldInt::Shared(rc) => IntArg::Big(rc),
            HeldInt::Owned(b) => IntArg::Owned(std::mem::take(b)),
        }
    }
}

/// `a += y` in place.
fn add_assign(a: &mut BigInt, y: &IntArg) {
    match y {
        IntArg::Small(s) => *a += *s,
        IntArg::Big(b) => *a += *b,
        IntArg::Owned(b) => *a += b,
    }
}

/// `a -= y` in place.
fn sub_assign(a: &mut BigInt, y: &IntArg) {
    match y {
        IntArg::Small(s) => *a -= *s,
        IntArg::Big(b) => *a -= *b,
        IntArg::Owned(b) => *a -= b,
    }
}

/// Int arithmetic beyond the i64 fast path (an operand is big, or the i64
/// result overflowed). Owned operands are updated in place.
fn big_int_op(op: BinOp, x: IntArg, y: IntArg) -> PyResult<Option<Value>> {
    use IntArg::*;
    let r: BigInt = match op {
        BinOp::Add => match (x, y) {
            (Small(p), Small(q)) => BigInt::from(p as i128 + q as i128),
            (Owned(mut a), y) | (y, Owned(mut a)) => {
                add_assign(&mut a, &y);
                a
            }
            (Big(a), Big(b)) => a + b,
            (Big(a), Small(s)) | (Small(s), Big(a)) => a + s,
        },
        BinOp::Sub => match (x, y) {
            (Small(p), Small(q)) => BigInt::from(p as i128 - q as i128),
            (Owned(mut a), y) => {
                sub_assign(&mut a, &y);
                a
            }
            (x, Owned(mut b)) => {
                // x - b == -(b - x)
                sub_assign(&mut b, &x);
                -b
            }
            (Big(a), Big(b)) => a - b,
            (Big(a), Small(s)) => a - s,
            (Small(s), Big(b)) => -(b - s),
        },
        BinOp::Mul => match (x, y) {
            (Small(p), Small(q)) => BigInt::from(p as i128 * q as i128),
            (Owned(mut a), Small(s)) | (Small(s), Owned(mut a)) => {
                a *= s;
                a
            }
            (Big(a), Small(s)) | (Small(s), Big(a)) => mul_small(a, s),
            (x, y) => &*x.big() * &*y.big(),
        },
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division_error(if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                }));
            }
            let (d, m) = divmod_big(&x.big(), &y.big());
            if op == BinOp::Mod {
                m
            } else {
                d
            }
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            return match truediv_int(&x.big(), &y.big()) {
                Some(f) => Ok(Some(Value::float(f))),
                None => Err(overflow_error("integer division result too large for a float")),
            };
        }
        BinOp::And => &*x.big() & &*y.big(),
        BinOp::Or => &*x.big() | &*y.big(),
        BinOp::Xor => &*x.big() ^ &*y.big(),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = y
                .big()
                .to_usize()
                .filter(|s| *s < (1 << 32))
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            &*x.big() << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let p = x.big();
            match y.big().to_usize() {
                Some(s) => {
                    // Floor semantics for negatives, as Python.
                    if p.is_negative() {
                        -((-&*p - 1u32) >> s) - 1u32
                    } else {
                        &*p >> s
                    }
                }
                None => BigInt::from(if p.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            let (p, q) = (x.big(), y.big());
            if q.is_negative() {
                let pf = bigint_to_f64(&p).ok_or_else(|| overflow_error("int too large to convert to float"))?;
                let qf = q.to_f64().unwrap_or(f64::NEG_INFINITY);
                return Ok(Some(Value::float(float_pow(pf, qf)?)));
            }
            let e = q.to_u64().ok_or_else(|| overflow_error("exponent too large"))?;
            if p.bits() as u128 * e as u128 > 64 * 1024 * 1024 * 8 {
                return Err(memory_error(""));
            }
            return Ok(Some(pow_int(&Value::from_bigint(p.into_owned()), e)));
        }
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(Value::from_bigint(r)))
}

/// An int that fits in an i128: every small int, and big ints of up to 127
/// bits (64-bit hashes and generators: `(x * A + C) % (1 << 64)`).
#[inline]
fn wide(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(b.get() as i128),
        Value::BigInt(b) => b.to_i128(),
        _ => None,
    }
}

/// `x <op> y` with Python's semantics when i128 arithmetic gives it
/// exactly; `None` sends the operation to the big-int path (overflow, a zero
/// divisor, negative or huge shifts, `**`, `/`, `@`), which raises or
/// computes as before.
fn wide_int_op(op: BinOp, x: i128, y: i128) -> Option<i128> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv | BinOp::Mod => {
            let (q, r) = (x.checked_div(y)?, x.checked_rem(y)?);
            // Floor semantics: a remainder has the divisor's sign.
            let adjust = r != 0 && (r < 0) != (y < 0);
            Some(match (op, adjust) {
                (BinOp::Mod, true) => r + y,
                (BinOp::Mod, false) => r,
                (_, true) => q - 1,
                (_, false) => q,
            })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        // An arithmetic shift floors, as Python's `>>` does.
        BinOp::RShift if y >= 0 => Some(x >> y.min(127)),
        BinOp::LShift if (0..127).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

/// The int value of an i128 result (small when it fits in an i64).
fn from_wide(r: i128) -> Value {
    match i64::try_from(r) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Rc::new(BigInt::from(r))),
    }
}

/// `a <op> b` on two ints, small or big (`op` is not `@`), consuming them:
/// an operand holding the last reference to a big int lends its digits to
/// the result. The generic form's big-int path and `BINARY_OP_BIG_INT`'s.
#[inline(never)]
pub fn int_binary_owned(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if let Some(r) = wide(&a).zip(wide(&b)).and_then(|(x, y)| wide_int_op(op, x, y)) {
        return Ok(from_wide(r));
    }
    let (mut x, mut y) = (HeldInt::new(a), HeldInt::new(b));
    // Every operator but `@` gives a value.
    Ok(big_int_op(op, x.arg(), y.arg())?.unwrap_or(Value::None))
}

/// Orders two ints, small or big (`COMPARE_OP_BIG_INT`; the caller checked
/// that both are ints).
#[inline(never)]
pub fn cmp_int_values(a: &Value, b: &Value) -> Ordering {
    let num = |v: &Value| as_num(v).unwrap_or(Num::Int(0));
    cmp_ints(&num(a), &num(b))
}

/// Python float floor division / modulo (CPython's float_divmod).
#[inline]
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Python float `**` with its error cases.
pub fn float_pow(a: f64, b: f64) -> PyResult<f64> {
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        return Err(not_implemented_error(
            "complex numbers are not supported by quicken (negative number raised to a fractional power)",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

impl Vm {
    /// Arithmetic on numbers; `None` when the operands are not both numbers.
    fn numeric_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::bool(x.get() & y.get()))),
                BinOp::Or => return Ok(Some(Value::bool(x.get() | y.get()))),
                BinOp::Xor => return Ok(Some(Value::bool(x.get() ^ y.get()))),
                _ => {}
            }
        }
        let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
            return Ok(None);
        };
        if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
            ) {
                return Ok(None);
            }
            let (p, q) = (num_to_f64(&x)?, num_to_f64(&y)?);
            let r = match op {
                BinOp::Add => p + q,
                BinOp::Sub => p - q,
                BinOp::Mul => p * q,
                BinOp::TrueDiv => {
                    if q == 0.0 {
                        return Err(zero_division_error("float division by zero"));
                    }
                    p / q
                }
                BinOp::FloorDiv => {
                    if q == 0.0 {
                        return Err(zero_division_error("float floor division by zero"));
                    }
                    float_divmod(p, q).0
                }
                BinOp::Mod => {
                    if q == 0.0 {
                        return Err(zero_division_error("float modulo"));
                    }
                    float_divmod(p, q).1
                }
                BinOp::Pow => {
                    if p < 0.0 && p.is_finite() && q.is_finite() && q.fract() != 0.0 {
                        // Negative numbers raised to fractional powers become complex.
                        let (re, im) = super::complex::complex_pow((p, 0.0), (q, 0.0))?;
                        return Ok(Some(super::complex::complex(re, im)));
                    }
                    float_pow(p, q)?
                }
                _ => return Ok(None),
            };
            return Ok(Some(Value::float(r)));
        }
        if let (Num::Int(p), Num::Int(q)) = (&x, &y) {
            let (p, q) = (*p, *q);
            let r = match op {
                BinOp::Add => p.checked_add(q),
                BinOp::Sub => p.checked_sub(q),
                BinOp::Mul => p.checked_mul(q),
                BinOp::FloorDiv => {
                    if q == 0 {
                        return Err(zero_division_error("integer division or modulo by zero"));
                    }
                    floordiv_i64(p, q)
                }
                BinOp::Mod => {
                    if q == 0 {
                        return Err(zero_division_error("integer modulo by zero"));
                    }
                    Some(mod_i64(p, q))
                }
                BinOp::TrueDiv => {
                    if q == 0 {
                        return Err(zero_division_error("division by zero"));
                    }
                    return Ok(Some(Value::float(
                        truediv_int(&BigInt::from(p), &BigInt::from(q)).unwrap_or(p as f64 / q as f64),
                    )));
                }
                BinOp::And => Some(p & q),
                BinOp::Or => Some(p | q),
                BinOp::Xor => Some(p ^ q),
                BinOp::LShift => {
                    if q < 0 {
                        return Err(value_error("negative shift count"));
                    }
                    if q < 63 && (p == 0 || (p.unsigned_abs().leading_zeros() as i64) > q + 1) {
                        Some(p << q)
                    } else if p == 0 {
                        Some(0)
                    } else {
                        None
                    }
                }
                BinOp::RShift => {
                    if q < 0 {
                        return Err(value_error("negative shift count"));
                    }
                    Some(if q >= 64 {
                        if p < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        p >> q
                    })
                }
                BinOp::Pow => {
                    if q < 0 {
                        if p == 0 {
                            return Err(zero_division_error("0.0 cannot be raised to a negative power"));
                        }
                        return Ok(Some(Value::float(float_pow(p as f64, q as f64)?)));
                    }
                    return Ok(Some(pow_int(&Value::Int(p), q as u64)));
                }
                BinOp::MatMul => return Ok(None),
            };
            if let Some(r) = r {
                return Ok(Some(Value::Int(r)));
            }
        }
        // Big-int path (operands borrowed, no copies).
        fn arg(n: &Num) -> IntArg<'_> {
            match n {
                Num::Int(i) => IntArg::Small(*i),
                Num::Big(b) => IntArg::Big(b),
                Num::Float(_) => IntArg::Small(0),
            }
        }
        big_int_op(op, arg(&x), arg(&y))
    }

    /// `a <op> b` (not in-place).
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op_for(op, a, b, false)
    }

    /// `a <op> b`, as the fallback of `a <op>= b` when `inplace` (which only
    /// changes the operator named in a "unsupported operand type(s)" error).
    fn binary_op_for(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        self.binary_op_steps(op, a, b, inplace, true)
    }

    /// The operator protocol: builtin numeric, complex, bytes and sequence
    /// operators, then the dunders (the left operand's own only when
    /// `try_left`: it may already have returned `NotImplemented`).
    fn binary_op_steps(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool, try_left: bool) -> PyResult<Value> {
        if let Some(v) = self.numeric_op(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.complex_op(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.bytes_op(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.sequence_op(op, a, b)? {
            return Ok(v);
        }
        self.dunder_binary_from(op, a, b, inplace, try_left)
    }

    /// `a <op> b` consuming its operands. When an operand is a big int
    /// holding its last reference (a temporary such as `x * y` in
    /// `x * y + z`), its digits are reused for the result.
    pub fn binary_op_owned(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        self.binary_op_owned_for(op, a, b, false)
    }

    fn binary_op_owned_for(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
        if op != BinOp::MatMul
            && is_int(&a)
            && is_int(&b)
            && (matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_)))
        {
            return int_binary_owned(op, a, b);
        }
        let r = self.binary_op_for(op, &a, &b, inplace);
        a.release();
        b.release();
        r
    }

    /// `a <op>= b`: mutates lists in place and tries `__i<op>__` first.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if matches!(a, Value::Int(_) | Value::BigInt(_)) && matches!(b, Value::Int(_) | Value::BigInt(_)) {
            return self.binary_op_owned_for(op, a, b, true);
        }
        if let Some(v) = self.bytearray_inplace(op, &a, &b)? {
            return Ok(v);
        }
        match (&a, op) {
            (Value::List(l), BinOp::Add) => {
                if let Value::List(other) = &b {
                    l.extend_list(other);
                } else {
                    let items = self.collect(&b)?;
                    l.extend(items);
                }
                return Ok(a);
            }
            (Value::List(l), BinOp::Mul) => {
                if let Some(n) = self.as_index_opt(&b) {
                    let n = n.max(0) as usize;
                    if l.len().saturating_mul(n) > (1 << 31) {
                        return Err(memory_error(""));
                    }
                    l.repeat_in_place(n);
                    return Ok(a);
                }
            }
            (Value::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if matches!(b, Value::Set(_)) => {
                // The set methods implement CPython's exact table orders.
                if let Some(m) = self.lookup_special(&a, op.dunders().2) {
                    return self.call_value(&m, &[a.clone(), b.clone()], &[]);
                }
            }
            (Value::Dict(d), BinOp::Or) => {
                // dict.__ior__ is dict.update: any mapping or iterable of pairs.
                self.dict_update_from(d, &b, false)?;
                return Ok(a);
            }
            (Value::Instance(_), _) => {
                let name = op.dunders().2;
                if let Some(m) = self.lookup_special(&a, name) {
                    let r = self.call_value(&m, &[a.clone(), b.clone()], &[])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op_for(op, &a, &b, true)
    }

    fn as_index_opt(&self, v: &Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(b.get() as i64),
            _ => None,
        }
    }

    /// Sequence concatenation / repetition, string formatting, set and dict operators.
    fn sequence_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => Value::List(crate::runtime::gc::new(x.concat(y))),
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.clone();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), Value::Int(_) | Value::Bool(_)) => self.repeat(a, b)?,
            (BinOp::Mul, Value::Int(_) | Value::Bool(_), Value::Str(_) | Value::List(_) | Value::Tuple(_)) => self.repeat(b, a)?,
            (BinOp::Mod, Value::Str(s), _) => Value::string(self.percent_format(s.as_str(), b)?),
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(_), Value::Set(_)) => {
                match self.lookup_special(a, op.dunders().0) {
                    Some(m) => self.call_value(&m, &[a.clone(), b.clone()], &[])?,
                    None => self.set_binop(op, a, b)?,
                }
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, _, _)
                if (is_set_view(a) || is_set_view(b)) && !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) =>
            {
                // dict_keys / dict_items behave as sets: the result is a new set.
                let mut sets = Vec::with_capacity(2);
                for v in [a, b] {
                    match v {
                        Value::Set(_) if !is_set_view(v) => sets.push(v.clone()),
                        _ => {
                            let items = self.collect(v)?;
                            sets.push(Value::Set(self.new_set_from(items, false)?));
                        }
                    }
                }
                if let Value::Set(x) = &sets[0] {
                    if x.frozen {
                        sets[0] = Value::Set(self.set_copy(x, false));
                    }
                }
                self.set_binop(op, &sets[0], &sets[1])?
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(_)) => {
                let d = crate::runtime::gc::new(PyDict::new());
                *d.table.borrow_mut() = x.table.borrow().clone();
                self.dict_update_from(&d, b, false)?;
                Value::Dict(d)
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = self.as_index_opt(n).unwrap_or(0).max(0) as usize;
        Ok(match seq {
            Value::Str(s) => {
                if s.as_str().len().saturating_mul(n) > (1 << 34) {
                    return Err(memory_error(""));
                }
                Value::string(s.as_str().repeat(n))
            }
            Value::List(l) => {
                if l.len().saturating_mul(n) > (1 << 31) {
                    return Err(memory_error(""));
                }
                Value::List(crate::runtime::gc::new(PyList::from_store(l.repeated(n))))
            }
            Value::Tuple(t) => {
                if t.items.len().saturating_mul(n) > (1 << 31) {
                    return Err(memory_error(""));
                }
                let mut v = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    v.extend(t.items.iter().cloned());
                }
                Value::tuple(v)
            }
            _ => unreachable!(),
        })
    }

    /// The rest of `a <op> b` (or of `a <op>= b` without an in-place
    /// dunder) after the left operand's dunder returned `NotImplemented`
    /// (consumes the operands).
    pub(crate) fn binary_after_left(&mut self, op: BinOp, inplace: bool, a: Value, b: Value) -> PyResult<Value> {
        // The builtin steps only reach instances through conversions
        // (`__index__`, ...), so running them after the left dunder keeps
        // CPython's order.
        let r = self.binary_op_steps(op, &a, &b, inplace, false);
        a.release();
        b.release();
        r
    }

    /// Dunder dispatch for binary operators (with the reflected operand first
    /// when its type is a subclass of the left operand's type), trying the
    /// left operand's own dunder when `try_left`.
    fn dunder_binary_from(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool, try_left: bool) -> PyResult<Value> {
        let (name, rname, _) = op.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // Classes take their operators from their metaclass (`type.__or__`
        // makes `int | None`).
        let a_inst = matches!(a, Value::Instance(_) | Value::Class(_));
        let b_inst = matches!(b, Value::Instance(_) | Value::Class(_));
        if a_inst || b_inst {
            let rev_first = b_inst && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
            if rev_first {
                if let Some(m) = tb.lookup(&static_name(rname)) {
                    let r = self.call_value(&m, &[b.clone(), a.clone()], &[])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if a_inst && try_left {
                if let Some(m) = ta.lookup(&static_name(name)) {
                    let r = self.call_value(&m, &[a.clone(), b.clone()], &[])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if b_inst && !rev_first && !Rc::ptr_eq(&ta, &tb) {
                if let Some(m) = tb.lookup(&static_name(rname)) {
                    let r = self.call_value(&m, &[b.clone(), a.clone()], &[])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
        // Instances of subclasses of builtin types (int, str, tuple, ...) that
        // reach here operate as their values, as the base type's slot would.
        if a_inst || b_inst {
            let (x, y) = (native_of(a).unwrap_or_else(|| a.clone()), native_of(b).unwrap_or_else(|| b.clone()));
            let natives = !matches!(x, Value::Instance(_)) && !matches!(y, Value::Instance(_));
            if natives && (!x.is(a) || !y.is(b)) {
                if let Some(v) = self.numeric_op(op, &x, &y)? {
                    return Ok(v);
                }
                if let Some(v) = self.bytes_op(op, &x, &y)? {
                    return Ok(v);
                }
                if let Some(v) = self.sequence_op(op, &x, &y)? {
                    return Ok(v);
                }
            }
        }
        let (a, b) = (&tuple_of(a).unwrap_or_else(|| a.clone()), &tuple_of(b).unwrap_or_else(|| b.clone()));
        if op == BinOp::Pow && !inplace {
            return Err(type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                ta.name.as_str(),
                tb.name.as_str()
            )));
        }
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return Err(type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                tb.name.as_str()
            )));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return Err(type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                tb.name.as_str()
            )));
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                tb.name.as_str()
            )));
        }
        if op == BinOp::Mul
            && matches!(
                (a, b),
                (Value::Str(_) | Value::List(_) | Value::Tuple(_), _) | (_, Value::Str(_) | Value::List(_) | Value::Tuple(_))
            )
        {
            let other = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                &tb
            } else {
                &ta
            };
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.name.as_str()
            )));
        }
        Err(type_error(format!(
            "unsupported operand type(s) for {}{}: '{}' and '{}'",
            op.symbol(),
            if inplace { "=" } else { "" },
            ta.name.as_str(),
            tb.name.as_str()
        )))
    }

    /// `-v`.
    pub fn neg(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            },
            Value::Bool(b) => Value::Int(-(b.get() as i64)),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone()),
            Value::Float(f) => Value::float(-f.get()),
            Value::Other(o) if matches!(&**o, Other::Complex { .. }) => {
                let (re, im) = super::complex::as_complex(v).unwrap_or_default();
                super::complex::complex(-re, -im)
            }
            _ => return self.unary_dunder(v, "__neg__", "-"),
        })
    }

    /// `+v`.
    pub fn pos(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => v.clone(),
            Value::Bool(b) => Value::Int(b.get() as i64),
            Value::Other(o) if matches!(&**o, Other::Complex { .. }) => v.clone(),
            _ => return self.unary_dunder(v, "__pos__", "+"),
        })
    }

    /// `~v`.
    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(b.get() as i64)),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone() - 1),
            _ => return self.unary_dunder(v, "__invert__", "~"),
        })
    }

    fn unary_dunder(&mut self, v: &Value, name: &'static str, sym: &str) -> PyResult<Value> {
        if let Value::Instance(_) = v {
            if let Some(m) = self.lookup_special(v, name) {
                return self.call_value(&m, std::slice::from_ref(v), &[]);
            }
        }
        Err(type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_of(v).name.as_str()
        )))
    }

    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&static_name("__bool__")) {
                    let r = self.call_value(&m, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        _ => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_of(&r).name.as_str()
                        ))),
                    };
                }
                if inst.class.lookup(&static_name("__len__")).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                match &inst.native {
                    NativeData::List(l) => !l.is_empty(),
                    NativeData::Dict(d) => !d.is_empty(),
                    NativeData::Value(Value::Tuple(t)) => !t.items.is_empty(),
                    _ => true,
                }
            }
            Value::Class(c) if c.metaclass.is_some() => {
                if let Some(r) = self.call_meta(c, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        _ => Err(type_error(format!("__bool__ should return bool, returned {}", self.type_of(&r).name.as_str()))),
                    };
                }
                match self.call_meta(c, "__len__", &[])? {
                    Some(r) => self.len_result(r)? != 0,
                    None => true,
                }
            }
            Value::Other(o) => match &**o {
                Other::DictView { dict, .. } => !dict.is_empty(),
                Other::Complex { re, im } => *re != 0.0 || *im != 0.0,
                Other::Bytes(b) => !b.is_empty(),
                Other::ByteArray(b) => !b.borrow().is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// Rich comparison returning the result object.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Eq => return self.eq_value(a, b),
            CmpOp::Ne => {
                let r = self.eq_value(a, b)?;
                return Ok(match r {
                    Value::Bool(x) => Value::bool(!x.get()),
                    other => Value::bool(!self.truthy(&other)?),
                });
            }
            _ => {}
        }
        if let (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) = (a, b) {
            return self.sequence_compare(op, a, b);
        }
        if let Some(ord) = self.native_order(a, b)? {
            // (Unordered: NaN on either side.)
            return Ok(Value::bool(ord.is_some_and(|o| op.holds(o))));
        }
        self.dunder_compare(op, a, b)
    }

    /// `<`, `<=`, `>`, `>=` of two lists or two tuples, as CPython's: the
    /// first pair of unequal items is compared with `op` itself (its result
    /// object is the answer, and an item type without that operator raises),
    /// else the lengths are.
    fn sequence_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let xs = self.seq_items(a);
        let ys = self.seq_items(b);
        self.enter_nested(" in comparison")?;
        let r = self.first_unequal(&xs, &ys);
        let r = match r {
            Ok(Some(i)) => self.compare(op, &xs[i], &ys[i]),
            Ok(None) => Ok(Value::bool(op.holds(xs.len().cmp(&ys.len())))),
            Err(e) => Err(e),
        };
        self.leave_nested();
        r
    }

    /// The index of the first pair of items that are not the same object
    /// and not equal.
    fn first_unequal(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<Option<usize>> {
        for (i, (x, y)) in xs.iter().zip(ys.iter()).enumerate() {
            if !x.is(y) && !self.eq(x, y)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    fn dunder_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, reflected) = op.dunder();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rev_first = matches!(b, Value::Instance(_)) && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if rev_first {
            if let Some(m) = tb.lookup(&static_name(reflected.dunder().0)) {
                let r = self.call_value(&m, &[b.clone(), a.clone()], &[])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if matches!(a, Value::Instance(_)) {
            if let Some(m) = ta.lookup(&static_name(name)) {
                let r = self.call_value(&m, &[a.clone(), b.clone()], &[])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if matches!(b, Value::Instance(_)) && !rev_first {
            if let Some(m) = tb.lookup(&static_name(reflected.dunder().0)) {
                let r = self.call_value(&m, &[b.clone(), a.clone()], &[])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // Instances of subclasses of builtin types order as their values (the
        // base type's own comparison).
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (x, y) = (native_of(a).unwrap_or_else(|| a.clone()), native_of(b).unwrap_or_else(|| b.clone()));
            if (!x.is(a) || !y.is(b)) && natively_ordered(&x, &y) {
                return self.compare(op, &x, &y);
            }
        }
        Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name.as_str(),
            tb.name.as_str()
        )))
    }

    /// Ordering of natively comparable values: `Ok(None)` when not native,
    /// `Ok(Some(None))` when unordered (NaN). Lists and tuples are ordered by
    /// [`Vm::compare`] (`sequence_compare`) before this is asked.
    fn native_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Some(match (x, y) {
                (Num::Int(p), Num::Int(q)) => Some(p.cmp(&q)),
                (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q),
                (Num::Int(p), Num::Float(q)) => cmp_int_float(p, q),
                (Num::Float(p), Num::Int(q)) => cmp_int_float(q, p).map(|o| o.reverse()),
                (Num::Big(p), Num::Float(q)) => cmp_big_float(&p, q),
                (Num::Float(p), Num::Big(q)) => cmp_big_float(&q, p).map(|o| o.reverse()),
                (x, y) => Some(cmp_ints(&x, &y)),
            }));
        }
        if let (Value::Other(_), Value::Other(_)) = (a, b) {
            if let Some(o) = self.bytes_order(a, b) {
                return Ok(Some(Some(o)));
            }
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(Some(x.as_str().cmp(y.as_str())))),
            (Value::Set(x), Value::Set(y)) => {
                // Subset ordering.
                let x_in_y = self.set_is_subset(x, y)?;
                let y_in_x = self.set_is_subset(y, x)?;
                Ok(Some(match (x_in_y, y_in_x) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    _ => None,
                }))
            }
            (Value::Set(_) | Value::Other(_), Value::Set(_) | Value::Other(_)) if is_set_view(a) || is_set_view(b) => {
                let x = self.as_set_operand(a)?;
                let y = self.as_set_operand(b)?;
                if matches!(x, Value::Set(_)) && matches!(y, Value::Set(_)) {
                    self.native_order(&x, &y)
                } else {
                    Ok(None)
                }
            }
            _ => Ok(None),
        }
    }

    /// A keys/items view as a set (other values unchanged).
    fn as_set_operand(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Other(o) = v {
            if let Other::DictView { dict, kind: k @ (0 | 2) } = &**o {
                return self.view_as_set(dict, *k);
            }
        }
        Ok(v.clone())
    }

    /// Items of a list or tuple (snapshot).
    pub fn seq_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::List(l) => l.snapshot(),
            Value::Tuple(t) => t.items.clone(),
            _ => Vec::new(),
        }
    }

    /// `a == b` as a value (may be non-bool for user `__eq__`).
    pub fn eq_value(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let rev_first = matches!(b, Value::Instance(_)) && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
            let order: [(&Value, &Value, &Rc<Class>); 2] = if rev_first {
                [(b, a, &tb), (a, b, &ta)]
            } else {
                [(a, b, &ta), (b, a, &tb)]
            };
            for (x, y, t) in order {
                if let Value::Instance(_) = x {
                    if let Some(m) = t.lookup(&static_name("__eq__")) {
                        if !matches!(&m, Value::Builtin(b) if b.owner == Some("object")) {
                            let r = self.call_value(&m, &[x.clone(), y.clone()], &[])?;
                            if !is_not_implemented(&r) {
                                return Ok(r);
                            }
                        }
                    }
                }
            }
            // Builtin base storage (list/dict subclasses) compares by content.
            let (x, y) = (native_of(a), native_of(b));
            if x.is_some() || y.is_some() {
                let x = x.unwrap_or_else(|| a.clone());
                let y = y.unwrap_or_else(|| b.clone());
                if !matches!(x, Value::Instance(_)) && !matches!(y, Value::Instance(_)) {
                    return Ok(Value::bool(self.eq(&x, &y)?));
                }
            }
            return Ok(Value::bool(a.is(b)));
        }
        Ok(Value::bool(self.eq(a, b)?))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(match (x, y) {
                (Num::Int(p), Num::Int(q)) => p == q,
                (Num::Float(p), Num::Float(q)) => p == q,
                (Num::Int(p), Num::Float(q)) | (Num::Float(q), Num::Int(p)) => cmp_int_float(p, q) == Some(Ordering::Equal),
                (Num::Big(p), Num::Float(q)) | (Num::Float(q), Num::Big(p)) => cmp_big_float(&p, q) == Some(Ordering::Equal),
                (x, y) => cmp_ints(&x, &y) == Ordering::Equal,
            });
        }
        if matches!(a, Value::Other(_)) || matches!(b, Value::Other(_)) {
            if let Some(r) = self.complex_eq(a, b)? {
                return Ok(r);
            }
            if let Some(r) = self.bytes_eq(a, b) {
                return Ok(r);
            }
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
                if a.is(b) {
                    return Ok(true);
                }
                if let (Value::List(x), Value::List(y)) = (a, b) {
                    if let Some(r) = x.eq_fast(y) {
                        return Ok(r);
                    }
                }
                let xs = self.seq_items(a);
                let ys = self.seq_items(b);
                if xs.len() != ys.len() {
                    return Ok(false);
                }
                self.enter_nested(" in comparison")?;
                let mut result = Ok(true);
                for (x, y) in xs.iter().zip(ys.iter()) {
                    if x.is(y) {
                        continue;
                    }
                    match self.eq(x, y) {
                        Ok(true) => {}
                        other => {
                            result = other;
                            break;
                        }
                    }
                }
                self.leave_nested();
                result
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.items() {
                    match self.dict_get(y, &k)? {
                        Some(w) => {
                            if !v.is(&w) && !self.eq(&v, &w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Value::Set(x), Value::Set(y)) => Ok(x.len() == y.len() && self.set_is_subset(x, y)?),
            (Value::Set(_), Value::Other(_)) | (Value::Other(_), Value::Set(_)) if is_set_view(a) || is_set_view(b) => {
                let x = self.as_set_operand(a)?;
                let y = self.as_set_operand(b)?;
                self.eq(&x, &y)
            }
            (Value::Range(x), Value::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
            }
            (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                let r = self.eq_value(a, b)?;
                self.truthy(&r)
            }
            (Value::Other(x), Value::Other(y)) => match (&**x, &**y) {
                (Other::DictView { dict: d1, kind: k1 }, Other::DictView { dict: d2, kind: k2 }) if k1 == k2 && *k1 != 1 => {
                    let s1 = self.view_as_set(d1, *k1)?;
                    let s2 = self.view_as_set(d2, *k2)?;
                    self.eq(&s1, &s2)
                }
                _ => Ok(a.is(b)),
            },
            _ => Ok(a.is(b)),
        }
    }

    /// A set built from a keys or items view (for view comparisons).
    pub fn view_as_set(&mut self, d: &Rc<PyDict>, kind: u8) -> PyResult<Value> {
        let s = crate::runtime::gc::new(PySet::new(false));
        for (k, v) in d.items() {
            let item = if kind == 0 { k } else { Value::tuple(vec![k, v]) };
            self.set_add(&s, item)?;
        }
        Ok(Value::Set(s))
    }

    /// `hash(v)`.
    #[inline]
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(hash_i64(*i)),
            Value::Str(s) => Ok(s.hash()),
            _ => self.hash_slow(v),
        }
    }

    /// [`Vm::hash`] of anything.
    #[inline(never)]
    fn hash_slow(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => b.get() as i64,
            Value::Float(f) => {
                if f.get().is_nan() {
                    (f.get().to_bits() >> 4) as i64
                } else if f.get().fract() == 0.0 && f.get().abs() < 9.2e18 {
                    hash_i64(f.get() as i64)
                } else {
                    hash_f64(f.get())
                }
            }
            Value::BigInt(b) => hash_bigint(b),
            Value::Str(s) => s.hash(),
            Value::None => 0xFCA86420u32 as i64 >> 4,
            Value::Tuple(t) => {
                let mut acc = TupleHash::new();
                // Tuple keys (coordinates, memo pairs) hash on every lookup:
                // each item folds in as it hashes (no vector of lanes), and
                // ints and strs, which cannot recurse, need no recursion guard.
                let mut nested = false;
                for item in t.items.iter() {
                    let lane = match item {
                        Value::Int(i) => hash_i64(*i),
                        Value::Str(s) => s.hash(),
                        _ => {
                            if !nested {
                                self.enter_nested("")?;
                                nested = true;
                            }
                            match self.hash(item) {
                                Ok(h) => h,
                                Err(e) => {
                                    self.leave_nested();
                                    return Err(e);
                                }
                            }
                        }
                    };
                    acc.fold(lane);
                }
                if nested {
                    self.leave_nested();
                }
                acc.finish(t.items.len())
            }
            Value::Set(s) if s.frozen => {
                // CPython's frozenset hash.
                let mut hash: u64 = 0;
                for (h, _) in s.table.borrow().iter() {
                    let h = h as u64;
                    hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                }
                hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                hash ^= (hash >> 11) ^ (hash >> 25);
                hash = hash.wrapping_mul(69069).wrapping_add(907133923);
                if hash == u64::MAX {
                    590923713
                } else {
                    hash as i64
                }
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return Err(type_error(format!("unhashable type: '{}'", self.type_of(v).name.as_str())));
            }
            Value::Other(o) if matches!(&**o, Other::DictView { .. }) => {
                return Err(type_error(format!("unhashable type: '{}'", self.type_of(v).name.as_str())));
            }
            Value::Instance(inst) => {
                match inst.class.lookup(&static_name("__hash__")) {
                    Some(Value::None) => return Err(type_error(format!("unhashable type: '{}'", inst.class.name.as_str()))),
                    Some(m) if matches!(&m, Value::Function(_)) || matches!(&m, Value::Builtin(b) if b.owner != Some("object")) => {
                        let r = self.call_value(&m, std::slice::from_ref(v), &[])?;
                        return match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::BigInt(b) => Ok(hash_bigint(&b)),
                            Value::Bool(b) => Ok(b.get() as i64),
                            _ => Err(type_error("__hash__ method should return an integer")),
                        };
                    }
                    _ => {
                        // A class defining __eq__ without __hash__ is unhashable.
                        if !inst.class.builtin && matches!(inst.class.dict.get_str(&static_name("__eq__")), Some(Value::Function(_))) {
                            return Err(type_error(format!("unhashable type: '{}'", inst.class.name.as_str())));
                        }
                        if let NativeData::Value(n) = &inst.native {
                            return self.hash(&n.clone());
                        }
                        ptr_hash(v)
                    }
                }
            }
            Value::Other(o) if matches!(&**o, Other::Complex { .. }) => {
                let z = super::complex::as_complex(v).unwrap_or_default();
                return self.complex_hash(v, z);
            }
            Value::Other(o) if matches!(&**o, Other::Bytes(_)) => match &**o {
                Other::Bytes(b) => super::bytes::hash_bytes(b),
                _ => 0,
            },
            Value::Other(o) if matches!(&**o, Other::ByteArray(_)) => return Err(type_error("unhashable type: 'bytearray'")),
            _ => ptr_hash(v),
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match native_value(item).unwrap_or(item) {
                Value::Str(sub) => Ok(crate::runtime::strsearch::contains(s.as_str(), sub.as_str())),
                _ => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_of(item).name.as_str()
                ))),
            },
            Value::List(l) => {
                if let Some(r) = l.contains_fast(item) {
                    return Ok(r);
                }
                let mut i = 0;
                while let Some(x) = l.get(i) {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                // A tuple's items never change, and `container` keeps it alive
                // while `__eq__` runs: no copy of the items.
                for x in t.items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => self.dict_contains(d, item),
            Value::Set(s) => crate::builtins::set_contains_key(self, s, item),
            Value::Range(r) => {
                let i = match item {
                    Value::Int(i) => *i,
                    Value::Bool(b) => b.get() as i64,
                    Value::Float(f) if f.get().fract() == 0.0 => f.get() as i64,
                    _ => return Ok(false),
                };
                Ok(if r.step > 0 {
                    i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                } else {
                    i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                })
            }
            Value::Other(o) => match &**o {
                Other::DictView { dict, kind: 0 } => self.dict_contains(dict, item),
                Other::DictView { dict, kind: 2 } => {
                    if let Value::Tuple(t) = item {
                        if t.items.len() == 2 {
                            if let Some(v) = self.dict_get(dict, &t.items[0])? {
                                return self.eq(&v, &t.items[1]);
                            }
                        }
                    }
                    Ok(false)
                }
                Other::Bytes(_) | Other::ByteArray(_) => self.bytes_contains(container, item),
                _ => self.contains_by_iter(container, item),
            },
            Value::Class(c) => match self.call_meta(c, "__contains__", std::slice::from_ref(item))? {
                Some(r) => self.truthy(&r),
                None => self.contains_by_iter(container, item),
            },
            Value::Instance(inst) => {
                if let Some(t) = plain_value(inst, "__contains__") {
                    return self.contains(&t, item);
                }
                if let Some(m) = inst.class.lookup(&static_name("__contains__")) {
                    let r = self.call_value(&m, &[container.clone(), item.clone()], &[])?;
                    return self.truthy(&r);
                }
                match &inst.native {
                    NativeData::List(l) => self.contains(&Value::List(l.clone()), item),
                    NativeData::Dict(d) => self.contains(&Value::Dict(d.clone()), item),
                    NativeData::Value(t @ Value::Tuple(_)) => self.contains(&t.clone(), item),
                    _ => self.contains_by_iter(container, item),
                }
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.get_iter(container).map_err(|_| {
            type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_of(container).name.as_str()
            ))
        })?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// The tuple behind a tuple value or a tuple-subclass instance.
pub fn tuple_of(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(_) => Some(v.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::Value(t @ Value::Tuple(_)) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The value of an instance of a tuple/int/str/bytes/set/... subclass whose
/// class still uses the base type's own `slot` method (so the generic paths
/// may work on the value directly).
#[inline]
pub fn plain_value(inst: &Instance, slot: &'static str) -> Option<Value> {
    let NativeData::Value(v) = &inst.native else { return None };
    match inst.class.lookup(&static_name(slot)) {
        Some(Value::Builtin(_)) | None => Some(v.clone()),
        _ => None,
    }
}

/// True for the `NotImplemented` singleton.
pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::NotImplemented))
}

/// The value an instance of an int/float/str/bytes/tuple/set/frozenset
/// subclass holds (borrowed).
#[inline]
pub fn native_value(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => match &i.native {
            NativeData::Value(v) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

/// `v`, or the value an instance of an int/float/str/... subclass holds when
/// its class does not define `dunder` in Python: a builtin operation on it
/// then works on the value, as CPython's slot of the base type does.
pub fn plain_native(v: &Value, dunder: &'static str) -> Value {
    let Value::Instance(inst) = v else { return v.clone() };
    let NativeData::Value(n) = &inst.native else { return v.clone() };
    match inst.class.lookup(&static_name(dunder)) {
        Some(Value::Builtin(_)) | None => n.clone(),
        Some(_) => v.clone(),
    }
}

/// The builtin container behind a list/dict subclass instance.
pub fn native_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => match &i.native {
            NativeData::List(l) => Some(Value::List(l.clone())),
            NativeData::Dict(d) => Some(Value::Dict(d.clone())),
            NativeData::Value(v) => Some(v.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// True when the builtin type of `x` orders values like `y` itself (so an
/// instance of its subclass does too): sequences of one kind, numbers, strs,
/// sets, bytes.
fn natively_ordered(x: &Value, y: &Value) -> bool {
    let num = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_));
    match (x, y) {
        (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) | (Value::Str(_), Value::Str(_)) | (Value::Set(_), Value::Set(_)) => true,
        _ if num(x) && num(y) => true,
        _ => super::bytes::is_bytes_like(x) && super::bytes::is_bytes_like(y),
    }
}

fn ptr_hash(v: &Value) -> i64 {
    let p = v.heap_ptr().unwrap_or(0);
    (p >> 4 | p << 60) as i64
}

/// True for `dict_keys` and `dict_items` views (which support set operators).
fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::DictView { kind: 0 | 2, .. }))
}

/// CPython's tuple hash (the xxHash-based `tuplehash` of 3.8+), fed the
/// items' hashes in order.
pub(crate) struct TupleHash(u64);

impl TupleHash {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;

    /// The hash of the empty prefix.
    #[inline(always)]
    pub(crate) fn new() -> TupleHash {
        TupleHash(Self::P5)
    }

    /// Folds in the next item's hash.
    #[inline(always)]
    pub(crate) fn fold(&mut self, lane: i64) {
        let acc = self.0.wrapping_add((lane as u64).wrapping_mul(Self::P2));
        self.0 = acc.rotate_left(31).wrapping_mul(Self::P1);
    }

    /// The tuple's hash, given its length.
    #[inline(always)]
    pub(crate) fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add((len as u64) ^ (Self::P5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}
