//! Integer arithmetic with Python semantics: i64 fast paths that overflow into
//! big integers, floor division and modulo signs, hashing.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero, One};

use super::value::Value;

/// The modulus of Python's numeric hash (2**61 - 1).
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

/// Python `hash()` of an i64.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    if i.unsigned_abs() < HASH_MODULUS {
        // Below the modulus an int is its own hash (no division).
        return if i == -1 { -2 } else { i };
    }
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// Python `hash()` of a big integer.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// Python `hash()` of a float (CPython's `_Py_HashDouble`, NaN handled by caller).
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS) | x >> (61 - e);
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 { -2 } else { h }
}

/// `frexp`: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Converts an int value (i64, bigint or bool) to a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Python floor division of i64s; `None` on overflow (MIN // -1). `b != 0`.
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    if b == -1 {
        return a.checked_neg();
    }
    Some(Integer::div_floor(&a, &b))
}

/// Python modulo of i64s (sign of the divisor). `b != 0`.
#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    if b == -1 {
        return 0;
    }
    a.mod_floor(&b)
}

/// Python floor division and modulo of big ints. `b != 0`.
///
/// Quotients that fit in 63 bits (the common case of dividing numbers of
/// similar size) are found from the leading bits and one multiply-subtract,
/// in time linear in the operands; num-bigint would otherwise run its
/// recursive (Burnikel-Ziegler) division on long operands even when the
/// quotient is a single digit.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    if let Some((q, r)) = divrem_short(a.magnitude(), b.magnitude()) {
        let same_sign = a.is_negative() == b.is_negative();
        let b_sign = if b.is_negative() { Sign::Minus } else { Sign::Plus };
        if same_sign {
            return (BigInt::from(q), BigInt::from_biguint(b_sign, r));
        }
        if r.is_zero() {
            return (-BigInt::from(q), BigInt::zero());
        }
        // a = -(q|b| + r): floor quotient -(q + 1), remainder |b| - r with b's sign.
        let r = b.magnitude() - r;
        return (-BigInt::from(q as u128 + 1), BigInt::from_biguint(b_sign, r));
    }
    a.div_mod_floor(b)
}

/// `floor(x / 2**s)` when it fits in 128 bits (`x.bits() - s <= 128`).
fn shr_to_u128(x: &BigUint, s: u64) -> u128 {
    let n = x.iter_u64_digits().len();
    let d = (s / 64) as usize;
    let sh = (s % 64) as u32;
    // The (at most three) digits from index d up, read from the top.
    let mut top = [0u64; 3];
    for (i, digit) in x.iter_u64_digits().rev().take(n - d).enumerate() {
        top[n - d - 1 - i] = digit;
    }
    let lo = top[0] as u128 | (top[1] as u128) << 64;
    if sh == 0 {
        lo
    } else {
        (lo >> sh) | (top[2] as u128) << (128 - sh)
    }
}

/// `b * q` for a single digit `q`.
fn mul_digit(b: &BigUint, q: u64) -> BigUint {
    b.clone() * q
}

/// Truncated division of magnitudes when the divisor is wider than 64 bits
/// and the quotient fits in 63 bits; `None` otherwise.
fn divrem_short(a: &BigUint, b: &BigUint) -> Option<(u64, BigUint)> {
    let (ab, bb) = (a.bits(), b.bits());
    if bb <= 64 || ab < bb || ab - bb > 62 {
        return None;
    }
    // With s = bits(b) - 64, bh = b >> s has its top bit set and the
    // estimate (a >> s) / bh is within 2 of the true quotient.
    let s = bb - 64;
    let bh = shr_to_u128(b, s);
    let ah = shr_to_u128(a, s);
    let mut q = (ah / bh) as u64;
    let mut qb = mul_digit(b, q);
    while qb > *a {
        q -= 1;
        qb -= b;
    }
    let mut r = a - qb;
    while r >= *b {
        q += 1;
        r -= b;
    }
    Some((q, r))
}

/// `a * s` for a big `a` and a small `s`: one allocation sized for the result.
pub fn mul_small(a: &BigInt, s: i64) -> BigInt {
    let m = mul_digit(a.magnitude(), s.unsigned_abs());
    let sign = if (s < 0) != a.is_negative() { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, m)
}

/// `a ** b` for b >= 0 with overflow into big ints.
pub fn pow_int(a: &Value, b: u64) -> Value {
    if let Value::Int(x) = a {
        if let Ok(e) = u32::try_from(b) {
            if let Some(r) = x.checked_pow(e) {
                return Value::Int(r);
            }
        }
    }
    let base = to_bigint(a).unwrap_or_default();
    let mut result = BigInt::one();
    let mut base = base;
    let mut e = b;
    while e > 0 {
        if e & 1 == 1 {
            result *= &base;
        }
        e >>= 1;
        if e > 0 {
            base = &base * &base;
        }
    }
    Value::from_bigint(result)
}

/// Modular exponentiation `pow(a, b, m)` with Python's sign rules (b >= 0).
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> BigInt {
    let r = a.modpow(b, &m.abs());
    let r = if !r.is_zero() && m.is_negative() { r + m } else { r };
    // modpow returns a result in [0, |m|) for positive a; normalize sign of a.
    let r = r.mod_floor(m);
    r
}

/// Converts a big int to f64 with Python's OverflowError condition.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() { Some(f) } else { None }
}

/// Float -> int conversion (truncation); None for inf/nan.
pub fn f64_to_int(f: f64) -> Option<Value> {
    if !f.is_finite() {
        return None;
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Some(Value::Int(t as i64));
    }
    Some(Value::from_bigint(bigint_from_f64(t)))
}

/// Exact big int from an integral finite float.
pub fn bigint_from_f64(t: f64) -> BigInt {
    let (m, e) = frexp(t);
    // t = m * 2^e, m has 53 significant bits.
    let mant = (m * (1u64 << 53) as f64) as i64;
    let shift = e - 53;
    let b = BigInt::from(mant);
    if shift >= 0 { b << shift as usize } else { b >> (-shift) as usize }
}

/// Compares an i64 with an f64 exactly (None when f is NaN).
pub fn cmp_int_float(i: i64, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f >= 9.223372036854775808e18 {
        return Some(Ordering::Less);
    }
    if f < -9.223372036854775808e18 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    let ti = t as i64;
    match i.cmp(&ti) {
        Ordering::Equal => {
            let frac = f - t;
            if frac > 0.0 {
                Some(Ordering::Less)
            } else if frac < 0.0 {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Compares a big int with an f64 exactly (None when f is NaN).
pub fn cmp_big_float(b: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let t = f.trunc();
    let tb = bigint_from_f64(t);
    match b.cmp(&tb) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 { Ordering::Less } else if frac < 0.0 { Ordering::Greater } else { Ordering::Equal })
        }
        o => Some(o),
    }
}

/// True division of two ints, correctly rounded for i64 operands whose
/// magnitude fits in 2**53, otherwise via big-int scaling.
pub fn truediv_int(a: &BigInt, b: &BigInt) -> Option<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Some(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has ~64 significant bits, then round once.
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = 64i64 - (a.bits() as i64 - b.bits() as i64);
    let (q, r) = if shift >= 0 {
        (&a << shift as usize).div_rem(&b)
    } else {
        a.div_rem(&(&b << (-shift) as usize))
    };
    let mut qf = q.to_f64()?;
    if !r.is_zero() && qf.fract() == 0.0 {
        qf += 0.0;
    }
    let v = qf * 2f64.powi(-(shift as i32).min(1023).max(-1074));
    let v = if shift > 1023 || shift < -1074 { q.to_f64()? * 2f64.powf(-shift as f64) } else { v };
    if !v.is_finite() {
        return None;
    }
    Some(if negative { -v } else { v })
}
