//! Compile-time constant folding, as CPython's AST optimizer does
//! (`60 * 60 * 24` → `86400`, `"a" + "b"`, `-1`, constant tuples). Folding
//! is skipped whenever the result could raise or grow large.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use rustpython_parser::ast::{self, Constant, Expr, Operator};

use crate::runtime::value::Value;

/// Converts a literal constant to a value (None for kinds folded elsewhere).
pub fn constant_value(c: &Constant) -> Option<Value> {
    Some(match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        // Constants made of name characters are interned, as CPython does: dict keys
        // and attribute names written as literals are then one object, compared by
        // address.
        Constant::Str(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
            Value::Str(crate::runtime::str::intern(s))
        }
        Constant::Str(s) => Value::str(s),
        Constant::Int(i) => Value::from_bigint(i.clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Tuple(items) => Value::tuple(items.iter().map(constant_value).collect::<Option<Vec<_>>>()?),
        Constant::Ellipsis => return None,
        Constant::Complex { real, imag } => crate::vm::complex::complex(*real, *imag),
        Constant::Bytes(b) => crate::vm::bytes::bytes_val(b.clone()),
    })
}

fn as_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        _ => None,
    }
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(b.get() as i64 as f64),
        Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()),
        _ => None,
    }
}

/// Folds an expression to a constant when that is safe.
pub fn fold_expr(e: &Expr) -> Option<Value> {
    match e {
        Expr::Constant(c) => constant_value(&c.value),
        Expr::UnaryOp(u) => {
            let v = fold_expr(&u.operand)?;
            match u.op {
                ast::UnaryOp::USub => match v {
                    Value::Int(i) => Some(i.checked_neg().map(Value::Int).unwrap_or_else(|| Value::from_bigint(-BigInt::from(i)))),
                    Value::BigInt(b) => Some(Value::from_bigint(-(*b).clone())),
                    Value::Float(f) => Some(Value::float(-f.get())),
                    _ => None,
                },
                ast::UnaryOp::UAdd => match v {
                    Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Some(v),
                    _ => None,
                },
                ast::UnaryOp::Invert => match v {
                    Value::Int(i) => Some(Value::Int(!i)),
                    _ => None,
                },
                ast::UnaryOp::Not => None,
            }
        }
        Expr::BinOp(b) => {
            let l = fold_expr(&b.left)?;
            let r = fold_expr(&b.right)?;
            fold_binop(b.op, &l, &r)
        }
        Expr::Tuple(t) => {
            let items = t.elts.iter().map(|e| if matches!(e, Expr::Starred(_)) { None } else { fold_expr(e) }).collect::<Option<Vec<_>>>()?;
            Some(Value::tuple(items))
        }
        _ => None,
    }
}

fn fold_binop(op: Operator, l: &Value, r: &Value) -> Option<Value> {
    if matches!(l, Value::Bool(_)) || matches!(r, Value::Bool(_)) {
        return None;
    }
    match (l, r) {
        (Value::Str(a), Value::Str(b)) if op == Operator::Add => {
            if a.as_str().len() + b.as_str().len() > 4096 {
                return None;
            }
            return Some(Value::string(format!("{}{}", a.as_str(), b.as_str())));
        }
        (Value::Str(a), Value::Int(n)) if op == Operator::Mult => {
            if *n < 0 || a.as_str().len() as i64 * n > 4096 {
                return None;
            }
            return Some(Value::string(a.as_str().repeat(*n as usize)));
        }
        _ => {}
    }
    if matches!(l, Value::Float(_)) || matches!(r, Value::Float(_)) {
        let (a, b) = (as_f64(l)?, as_f64(r)?);
        let v = match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            Operator::Div if b != 0.0 => a / b,
            _ => return None,
        };
        return if v.is_finite() { Some(Value::float(v)) } else { None };
    }
    let (a, b) = (as_big(l)?, as_big(r)?);
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if a.bits() + b.bits() > 128 {
                return None;
            }
            a * b
        }
        Operator::FloorDiv if !b.is_zero() => num_integer::Integer::div_floor(&a, &b),
        Operator::Mod if !b.is_zero() => num_integer::Integer::mod_floor(&a, &b),
        Operator::Pow => {
            if b.is_negative() || a.bits() * b.to_u64()? > 128 {
                return None;
            }
            num_traits::pow(a, b.to_usize()?)
        }
        Operator::LShift => {
            let s = b.to_u64()?;
            if a.bits() + s > 128 {
                return None;
            }
            a << s as usize
        }
        Operator::RShift => a >> b.to_u64()? as usize,
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::Div if !b.is_zero() => {
            let (x, y) = (a.to_f64()?, b.to_f64()?);
            if a.bits() > 53 || b.bits() > 53 {
                return None;
            }
            return Some(Value::float(x / y));
        }
        _ => return None,
    };
    Some(Value::from_bigint(v))
}
