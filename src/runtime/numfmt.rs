//! Number and string formatting that reproduces CPython 3.11 exactly.
//!
//! Everything here is a pure function over Rust values (`f64`, [`BigInt`],
//! `&str`); no interpreter types are involved.  Errors are returned as the
//! exact CPython message text (the caller chooses the exception class; unless
//! stated otherwise it is `ValueError`).
//!
//! The module covers:
//! * `repr(float)` ([`float_repr`]),
//! * the format-spec mini-language used by `format()` / `str.format` / f-strings
//!   ([`parse_format_spec`], [`format_float`], [`format_int`], [`format_str`], [`pad`]),
//! * printf-style `%` formatting ([`parse_percent`], [`percent_int`], [`percent_float`],
//!   [`percent_str`]),
//! * `round(float, n)` ([`round_float`]), `float(str)` ([`parse_float`]) and
//!   `int(str, base)` ([`parse_int`]),
//! * exact int <-> float conversions ([`bigint_to_f64`], [`float_to_bigint`]).
//!
//! Decimal digits start from Ryu's shortest round-trip digits (the nearest of
//! the shortest, like dtoa mode 0); fixed and significant-digit requests round
//! those when that provably equals rounding the exact binary value, and
//! otherwise fall back to Rust's `{:.*e}` / `{:.*}` formatting, which is
//! correctly rounded (round-half-even on the exact binary value), exactly like
//! David Gay's `dtoa` that CPython uses; they are then reshaped to CPython's layout
//! by a port of `format_float_short` (Python/pystrtod.c).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

// ---------------------------------------------------------------------------
// Low-level digit generation (the equivalent of _Py_dg_dtoa)
// ---------------------------------------------------------------------------

/// Digits beyond this many are always zero for an f64 (an exact binary64 value
/// has at most 767 significant digits and 1074 fractional digits), so digit
/// generation is capped here and the remainder padded with zeros.
const MAX_SIG_DIGITS: usize = 800;
const MAX_FRAC_DIGITS: usize = 1100;

/// Shortest round-trip digits of `ax >= 0` (dtoa mode 0): value = 0.DIGITS * 10^decpt.
///
/// Ryu gives the shortest digit string that round-trips and, among those, the
/// one nearest the exact value: the same choice as dtoa mode 0.
fn digits_shortest(ax: f64) -> (Vec<u8>, i64) {
    if ax == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let mut buf = ryu::Buffer::new();
    parse_ryu(buf.format_finite(ax))
}

/// Split Ryu's output (`"1.0"`, `"0.001"`, `"1e16"`, `"1.5e-7"`) of a positive
/// finite value into (digits without leading or trailing zeros, decpt).
fn parse_ryu(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let int_len = mant.find('.').unwrap_or(mant.len()) as i64;
    let mut digits: Vec<u8> = mant.bytes().filter(|&c| c != b'.').collect();
    let lz = digits.iter().take_while(|&&c| c == b'0').count();
    digits.drain(..lz);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, int_len + exp - lz as i64)
}

/// Round shortest digits `d` (value 0.d * 10^decpt) to their first `keep`
/// digits, half up, when that equals rounding the exact binary value: `None`
/// when `d` itself sits on the rounding midpoint (its last digit is the 5 just
/// past the kept ones), where the exact value decides. Other than that, no
/// midpoint can lie between the exact value and `d`: the midpoint would be a
/// shorter round-trip string than `d`, and `d` is the shortest.
fn round_shortest(mut d: Vec<u8>, mut decpt: i64, keep: i64) -> Option<(Vec<u8>, i64)> {
    let len = d.len() as i64;
    if keep >= len {
        return Some((d, decpt));
    }
    if keep < 0 {
        return Some((b"0".to_vec(), 1));
    }
    let next = d[keep as usize];
    if next == b'5' && keep + 1 == len {
        return None;
    }
    d.truncate(keep as usize);
    if next >= b'5' {
        // Carry: strip the 9s that become 0s, then bump the last kept digit.
        while d.last() == Some(&b'9') {
            d.pop();
        }
        match d.last_mut() {
            Some(c) => *c += 1,
            None => {
                d.push(b'1');
                decpt += 1;
            }
        }
    }
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Some((b"0".to_vec(), 1));
    }
    Some((d, decpt))
}

/// `n >= 1` significant digits of `ax >= 0`, trailing zeros stripped (dtoa mode 2).
fn digits_significant(ax: f64, n: usize) -> (Vec<u8>, i64) {
    if ax == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let n = n.clamp(1, MAX_SIG_DIGITS);
    // Fast path from the shortest digits. When they are no longer than `n`,
    // they are the answer if the exact value is nearer to them than half a unit
    // in the n-th digit: true for normal values when n <= 15 (half an ulp is
    // below 1.2e-16 relative).
    if n <= 15 && ax.is_normal() {
        let (d, decpt) = digits_shortest(ax);
        if let Some(r) = round_shortest(d, decpt, n as i64) {
            return r;
        }
    }
    let (mut d, e) = split_sci(&format!("{:.*e}", n - 1, ax));
    while d.len() > 1 && *d.last().unwrap() == b'0' {
        d.pop();
    }
    (d, e)
}

/// [`digits_fixed`] through the shortest digits (see [`round_shortest`]) when
/// that is exact: if the shortest digits stop at or before the `p`-th decimal,
/// the exact value must be within half a unit of the `p`-th decimal of them,
/// which holds when an ulp of `ax` is below `10**-p`.
fn fixed_from_shortest(ax: f64, p: usize) -> Option<(Vec<u8>, i64)> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let scale = *POW10.get(p)?;
    if ax == 0.0 || !ax.is_finite() {
        return None;
    }
    let (d, decpt) = digits_shortest(ax);
    let keep = decpt + p as i64;
    if keep >= d.len() as i64 {
        // ulp is a power of two and 10**p is exact, so the product is exact.
        let ulp = f64::from_bits(ax.to_bits() + 1) - ax;
        return if ulp * scale < 1.0 { Some((d, decpt)) } else { None };
    }
    round_shortest(d, decpt, keep)
}

/// Digits of `ax >= 0` rounded to `p` places after the point, leading and
/// trailing zeros stripped (dtoa mode 3).  An all-zero result is `("0", 1)`.
fn digits_fixed(ax: f64, p: usize) -> (Vec<u8>, i64) {
    if let Some(exact) = exact_fixed_digits(ax, p) {
        return exact;
    }
    if let Some(fast) = fixed_from_shortest(ax, p) {
        return fast;
    }
    if ax >= 9007199254740992.0 {
        return integral_digits(ax);
    }
    let s = format!("{:.*}", p.min(MAX_FRAC_DIGITS), ax);
    let (ip, fp) = match s.split_once('.') {
        Some((a, b)) => (a, b),
        None => (s.as_str(), ""),
    };
    let mut all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
    let mut decpt = ip.len() as i64;
    let lz = all.iter().take_while(|&&c| c == b'0').count();
    if lz == all.len() {
        return (b"0".to_vec(), 1);
    }
    all.drain(..lz);
    decpt -= lz as i64;
    while *all.last().unwrap() == b'0' {
        all.pop();
    }
    (all, decpt)
}

/// [`digits_fixed`] of a value with at most `p` decimals (`12.5` to two:
/// `ax * 10**p` is an integer, exactly): its digits need no rounding. Such
/// values are common (prices, halves) and the slowest for Rust's exact
/// formatting, whose fast strategy gives up on them and falls back to big
/// number arithmetic.
fn exact_fixed_digits(ax: f64, p: usize) -> Option<(Vec<u8>, i64)> {
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let scale = *POW10.get(p)?;
    let scaled = ax * scale;
    // Exact: an integer below 2**53 and no rounding in the product.
    if !(scaled < 9007199254740992.0) || scaled.fract() != 0.0 || ax.mul_add(scale, -scaled) != 0.0 {
        return None;
    }
    let n = scaled as u64;
    if n == 0 {
        return Some((b"0".to_vec(), 1));
    }
    let mut digits = n.to_string().into_bytes();
    let decpt = digits.len() as i64 - p as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some((digits, decpt))
}

/// Digits of a finite `ax >= 2**53`, which is an integer, so its fixed-point
/// digits at any precision are its decimal digits: exact integer printing is
/// far cheaper than Rust's big-number fallback for such values.
fn integral_digits(ax: f64) -> (Vec<u8>, i64) {
    let text = match float_to_bigint(ax) {
        Some(i) => i.to_string(),
        None => return (b"0".to_vec(), 1),
    };
    let mut digits = text.into_bytes();
    let decpt = digits.len() as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Split Rust's `d.ddde±x` output into (digits, decpt).
fn split_sci(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').expect("scientific format");
    let exp: i64 = exp.parse().expect("exponent");
    let digits: Vec<u8> = mant.bytes().filter(|&c| c != b'.').collect();
    (digits, exp + 1)
}

/// Port of CPython's `format_float_short`.  `code` is one of 'e', 'f', 'g', 'r'
/// (lower case); `upper` selects 'E'/'INF'/'NAN'.  Returns the text with a
/// leading '-' for negative values (never '+').
fn float_short(
    x: f64,
    code: char,
    precision: usize,
    upper: bool,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> String {
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{}", s)
        } else {
            s.to_string()
        };
    }
    let mut negative = x.is_sign_negative();
    let ax = x.abs();
    let mut precision = precision as i64;
    let (digits, mut decpt) = match code {
        'e' => {
            precision += 1;
            digits_significant(ax, precision as usize)
        }
        'f' => digits_fixed(ax, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            digits_significant(ax, precision as usize)
        }
        _ => digits_shortest(ax),
    };
    if no_neg_0 && negative && digits.iter().all(|&c| c == b'0') {
        negative = false;
    }
    let dlen = digits.len() as i64;
    let mut vend = dlen;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }
    let mut out = String::with_capacity((vend - vstart) as usize + 8);
    if negative {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    let dstr = std::str::from_utf8(&digits).unwrap();
    if 0 < decpt && decpt <= dlen {
        out.push_str(&dstr[..decpt as usize]);
        out.push('.');
        out.push_str(&dstr[decpt as usize..]);
    } else {
        out.push_str(dstr);
    }
    if dlen < decpt {
        zeros(&mut out, decpt - dlen);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - dlen);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

// ---------------------------------------------------------------------------
// repr / general
// ---------------------------------------------------------------------------

/// `repr(x)` (== `str(x)`) for a float, as in Python 3: the shortest digit
/// string that round-trips, in positional form when the decimal exponent is in
/// `-4 <= exp < 16` (always with a fractional part, e.g. `'1.0'`, `'-0.0'`,
/// `'0.0001'`), otherwise exponent form (`'1e+16'`, `'1e-05'`, `'1.5e+300'`);
/// `'inf'`, `'-inf'`, `'nan'` for non-finite values.
pub fn float_repr(x: f64) -> String {
    float_short(x, 'r', 0, false, false, true, false)
}

/// The `'g'` presentation (as used by `%g`, `format(x, '.Ng')`): `precision`
/// significant digits (0 is treated as 1); exponent form when the decimal
/// exponent is `< -4` or `>= precision`; trailing zeros (and a trailing '.')
/// removed unless `alternate` (`#`).  `upper` gives `'E'`, `'INF'`, `'NAN'`.
/// A negative value gets a leading '-'; no '+' is ever added.
pub fn format_float_general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    float_short(x, 'g', precision, upper, alternate, false, false)
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed format-spec mini-language string:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields hold what was written, not the resolved defaults: when the `0` flag
/// is used without an explicit fill, `zero` is true and `fill`/`align` stay
/// `None`; the formatters then use fill `'0'` and (for numbers) alignment `'='`,
/// exactly as CPython 3.11 does (for strings the alignment stays `'<'`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    /// Alignment: one of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// Sign option: one of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// `#` alternate form.
    pub alternate: bool,
    /// `0` flag (zero padding), only set when no explicit fill was given.
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits after `.`).
    pub precision: Option<usize>,
    /// Presentation type character, if any.
    pub ty: Option<char>,
    /// `z` option (Python 3.11): coerce negative zero results to positive zero.
    /// Extra field beyond the original brief; defaults to `false`.
    pub no_neg_zero: bool,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Read a run of ASCII digits as a `usize` no larger than `isize::MAX`.
/// Returns `Ok(None)` when no digit is present.
fn read_spec_int(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut acc: usize = 0;
    while *pos < chars.len() {
        let Some(d) = unicode_decimal(chars[*pos]) else {
            break;
        };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d as usize;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Text used for a presentation-type character inside error messages:
/// the character itself when printable ASCII, else `\xNN`.
fn type_char_text(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", u)
    }
}

/// Parse a format spec.  Because the object type is unknown here, an
/// "Invalid format specifier" error names the type `'object'`; use
/// [`parse_format_spec_for`] (or the `format_*_spec` helpers) to get the exact
/// CPython message for a given type.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parse a format spec for an object whose Python type name is `type_name`
/// (only used in the "Invalid format specifier '...' for object of type '...'"
/// message).  Validation that CPython performs while parsing (grouping vs
/// type compatibility, missing precision, overflow of numbers) is done here.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    if let Some(simple) = parse_simple_spec(spec) {
        return Ok(simple);
    }
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut out = FormatSpec::default();
    if end >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && pos < end && chars[pos] == '0' {
        out.zero = true;
        pos += 1;
    }
    out.width = read_spec_int(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match read_spec_int(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if let Some(g) = out.grouping {
        let ok = match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(format!(
                "Cannot specify '{}' with '{}'.",
                g,
                type_char_text(out.ty.unwrap_or('\0'))
            ));
        }
    }
    Ok(out)
}

/// The commonest specs, `T` and `.NT` (a type letter or `%`, an optional one
/// or two digit precision: `d`, `.2f`, `.1%`), parsed without collecting
/// chars; `None` for anything else (the full parser decides). These forms
/// cannot fail to parse; the type is checked by the formatter as usual.
fn parse_simple_spec(spec: &str) -> Option<FormatSpec> {
    let is_type = |c: u8| (c.is_ascii_alphabetic() && c != b'z') || c == b'%';
    let (precision, ty) = match spec.as_bytes() {
        [t] if is_type(*t) => (None, *t),
        [b'.', d, t] if d.is_ascii_digit() && is_type(*t) => (Some((d - b'0') as usize), *t),
        [b'.', d1, d2, t] if d1.is_ascii_digit() && d2.is_ascii_digit() && is_type(*t) => {
            (Some(((d1 - b'0') * 10 + (d2 - b'0')) as usize), *t)
        }
        _ => return None,
    };
    Some(FormatSpec {
        precision,
        ty: Some(ty as char),
        ..FormatSpec::default()
    })
}

/// Resolve the effective (fill, align) for a spec given the type's default alignment.
fn fill_align(spec: &FormatSpec, default_align: char) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && default_align == '>' {
        '='
    } else {
        default_align
    });
    (fill, align)
}

fn push_n(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}

/// Apply width/fill/alignment to an already-formatted `body`.
/// `default_align` is `'<'` for strings and `'>'` for numbers; the `0` flag
/// without explicit fill means fill `'0'` (and alignment `'='` when the default
/// is `'>'`).  Alignment `'='` puts the padding after a leading sign character
/// (`+`, `-` or space), if any.  Width counts Unicode scalar values.
pub fn pad(body: &str, spec: &FormatSpec, default_align: char) -> String {
    let (fill, align) = fill_align(spec, default_align);
    let n = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if width <= n {
        return body.to_string();
    }
    let padn = width - n;
    let mut out = String::with_capacity(body.len() + padn * fill.len_utf8());
    match align {
        '<' => {
            out.push_str(body);
            push_n(&mut out, fill, padn);
        }
        '^' => {
            push_n(&mut out, fill, padn / 2);
            out.push_str(body);
            push_n(&mut out, fill, padn - padn / 2);
        }
        '=' => {
            let mut it = body.chars();
            match body.chars().next() {
                Some(c @ ('+' | '-' | ' ')) => {
                    it.next();
                    out.push(c);
                    push_n(&mut out, fill, padn);
                    out.push_str(it.as_str());
                }
                _ => {
                    push_n(&mut out, fill, padn);
                    out.push_str(body);
                }
            }
        }
        _ => {
            push_n(&mut out, fill, padn);
            out.push_str(body);
        }
    }
    out
}

/// Port of `_PyUnicode_InsertThousandsGrouping`: group `digits` with
/// `sep = (separator, group size)` (or no separator), left-filling with zeros
/// (and separators) up to `min_width`.
fn group_digits(digits: &str, min_width: i64, sep: Option<(char, usize)>) -> String {
    if sep.is_none() {
        // No separators: the digits, zero-padded on the left to `min_width`
        // (what the general walk below produces, without its char vectors).
        let zeros = (min_width - digits.chars().count() as i64).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        push_n(&mut out, '0', zeros);
        out.push_str(digits);
        return out;
    }
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut rev: Vec<char> = Vec::with_capacity(d.len() * 2);
    let mut dpos = d.len();
    let mut use_sep = false;
    let mut broken = false;
    let emit =
        |rev: &mut Vec<char>, dpos: &mut usize, n_chars: i64, n_zeros: i64, s: Option<char>| {
            if let Some(c) = s {
                rev.push(c);
            }
            for _ in 0..n_chars {
                *dpos -= 1;
                rev.push(d[*dpos]);
            }
            for _ in 0..n_zeros {
                rev.push('0');
            }
        };
    if let Some((c, g)) = sep {
        loop {
            let l = (g as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(
                &mut rev,
                &mut dpos,
                n_chars,
                n_zeros,
                if use_sep { Some(c) } else { None },
            );
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let s = if use_sep { sep.map(|p| p.0) } else { None };
        emit(&mut rev, &mut dpos, n_chars, n_zeros, s);
    }
    rev.iter().rev().collect()
}

/// Port of `calc_number_widths` + `fill_number`: lay out
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
#[allow(clippy::too_many_arguments)]
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    spec: &FormatSpec,
    sep: Option<(char, usize)>,
) -> String {
    let (fill, align) = fill_align(spec, '>');
    let sign = match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => {
            if negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_decimal = has_decimal as i64;
    let n_remainder = remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width: i64 = spec.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, sep)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    push_n(&mut out, fill, lpad as usize);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    push_n(&mut out, fill, spad as usize);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_n(&mut out, fill, rpad as usize);
    out
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_text(ty),
        type_name
    )
}

/// `format(x, spec)` for a float.  Types: `e E f F g G n %` and none (which is
/// `repr(x)` when no precision is given, else `'g'`-like but keeping at least
/// one digit after the point for integral values and switching to exponent
/// form at `exp >= precision - 1`, e.g. `format(100.0, '.3') == '1e+02'`).
/// `'n'` behaves as `'g'` in the C locale.  Errors:
/// `"Unknown format code 'd' for object of type 'float'"`.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, "float"));
        }
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err("precision too big".to_string());
        }
    }
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = x;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let upper = code.is_ascii_uppercase();
    let mut buf = float_short(
        val,
        code.to_ascii_lowercase(),
        precision,
        upper,
        spec.alternate,
        add_dot_0,
        spec.no_neg_zero,
    );
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(|c| c.is_ascii_digit()).count();
    let digits = &body[..ndig];
    let after = &body[ndig..];
    let (has_decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let sep = if ty == Some('n') {
        None
    } else {
        spec.grouping.map(|g| (g, 3))
    };
    Ok(layout_number(
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        spec,
        sep,
    ))
}

/// Convert a Python int to float exactly like `float(int)`: correctly rounded
/// (round-half-even).  `None` on overflow (CPython: `OverflowError: int too
/// large to convert to float`).
pub fn bigint_to_f64(i: &BigInt) -> Option<f64> {
    let mag = i.magnitude();
    let bits = mag.bits();
    let v = if bits <= 64 {
        mag.to_u64().unwrap() as f64
    } else {
        let shift = bits - 64;
        let mut top = (mag >> shift).to_u64().unwrap();
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1; // sticky bit: makes the u64->f64 rounding see the discarded bits
        }
        if shift > 2000 {
            return None;
        }
        (top as f64) * 2f64.powi(shift as i32)
    };
    if v.is_infinite() {
        return None;
    }
    Some(if i.sign() == Sign::Minus { -v } else { v })
}

/// Truncate a float toward zero to a Python int (like `int(x)`); `None` for
/// inf/nan (CPython raises `OverflowError` / `ValueError` respectively).
pub fn float_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    if t == 0.0 {
        return Some(BigInt::zero());
    }
    let bits = t.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52); // |t| >= 1, so normal
    let e = exp - 1075;
    let m = BigUint::from(mant);
    let mag = if e >= 0 {
        m << (e as usize)
    } else {
        m >> ((-e) as usize)
    };
    Some(BigInt::from_biguint(
        if x < 0.0 { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `format(i, spec)` for an int.  Types `b c d o x X n` and none (= `d`);
/// `e E f F g G %` convert the int to float first (error
/// `"int too large to convert to float"`, an `OverflowError` in CPython).
/// Other errors (all `ValueError` except the `%c` range one, which is an
/// `OverflowError`): `"Precision not allowed in integer format specifier"`,
/// `"Negative zero coercion (z) not allowed in integer format specifier"`,
/// `"Sign not allowed with integer format specifier 'c'"`,
/// `"Alternate form (#) not allowed with integer format specifier 'c'"`,
/// `"%c arg not in range(0x110000)"`, `"Unknown format code 's' for object of type 'int'"`.
pub fn format_int(i: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_ref(IntRef::Big(i), spec)
}

/// An int being formatted: a machine word (most ints: formatted without
/// building a `BigInt`) or a big one.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(b) => bigint_to_f64(b),
        }
    }
    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    /// The digits of the magnitude in `base` (2, 8, 10 or 16), lowercase.
    fn magnitude_digits(self, base: u32) -> String {
        match self {
            IntRef::Small(i) => {
                let m = i.unsigned_abs();
                match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(base),
        }
    }
}

/// [`format_int_spec`] of a machine-word int.
/// Writes the decimal digits of `i` (after a `-` when negative) at the end
/// of `buf`; returns where they start. No formatting machinery: `str()` of
/// ints and f-strings of them are common in output code, and the machinery
/// costs several times the digits.
fn write_decimal(i: i64, buf: &mut [u8]) -> usize {
    let mut at = buf.len();
    let mut m = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    at
}

/// Longest decimal text of an `i64` (`-9223372036854775808`).
const DECIMAL_MAX: usize = 20;

/// The decimal text of `i`, in a string of exactly its length.
pub fn int_decimal(i: i64) -> String {
    let mut buf = [0u8; DECIMAL_MAX];
    let at = write_decimal(i, &mut buf);
    // ASCII digits and sign: valid UTF-8.
    String::from(std::str::from_utf8(&buf[at..]).unwrap_or_default())
}

/// Widest `format(int, spec)` width the fast path takes; wider ones go through
/// the parser (which also reports widths too big).
const SIMPLE_WIDTH_MAX: usize = 64;

/// `format(i, spec)` for the specs that are only a width: `""`, `"d"`,
/// `"N"`/`"Nd"` (spaces on the left), `"0N"`/`"0Nd"` (zeros after the sign),
/// with N below [`SIMPLE_WIDTH_MAX`]; `None` for any other spec, which
/// [`format_small_int_spec`] parses (and reports errors of). The result is
/// exactly as long as its text.
pub fn format_small_int_simple(i: i64, spec: &str) -> Option<String> {
    let spec = spec.strip_suffix('d').unwrap_or(spec);
    let (zeros, width) = match spec.as_bytes() {
        [] => (false, &[][..]),
        [b'0', rest @ ..] => (true, rest),
        all => (false, all),
    };
    let width = match width {
        [] => 0,
        [d] if d.is_ascii_digit() => (d - b'0') as usize,
        [d, e] if d.is_ascii_digit() && e.is_ascii_digit() => ((d - b'0') * 10 + (e - b'0')) as usize,
        _ => return None,
    };
    if width >= SIMPLE_WIDTH_MAX {
        return None;
    }
    let mut buf = [0u8; SIMPLE_WIDTH_MAX + DECIMAL_MAX];
    let mut at = write_decimal(i, &mut buf);
    let len = buf.len() - at;
    if len < width {
        let pad = width - len;
        if zeros {
            // Zeros go between the sign and the digits.
            let digits = if i < 0 { at + 1 } else { at };
            buf.copy_within(at..digits, at - pad);
            buf[digits - pad..digits].fill(b'0');
        } else {
            buf[at - pad..at].fill(b' ');
        }
        at -= pad;
    }
    Some(String::from(std::str::from_utf8(&buf[at..]).ok()?))
}

pub fn format_small_int_spec(i: i64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(i.to_string());
    }
    format_int_ref(IntRef::Small(i), &parse_format_spec_for(spec, "int")?)
}

fn format_int_ref(i: IntRef, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = i.to_f64().ok_or_else(|| "int too large to convert to float".to_string())?;
            return format_float(f, spec);
        }
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let ch = i
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let ch = u32::try_from(ch)
            .ok()
            .filter(|&v| v <= 0x10ffff)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        // Lone surrogates cannot be represented in a Rust String; use U+FFFD.
        let c = char::from_u32(ch).unwrap_or('\u{fffd}');
        return Ok(layout_number(
            false,
            "",
            "",
            false,
            &c.to_string(),
            spec,
            None,
        ));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let mut digits = i.magnitude_digits(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let sep = match (spec.grouping, ty) {
        (_, 'n') | (None, _) => None,
        (Some('_'), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(g), _) => Some((g, 3)),
    };
    Ok(layout_number(
        i.is_negative(),
        prefix,
        &digits,
        false,
        "",
        spec,
        sep,
    ))
}

/// `format(s, spec)` for a str: type `s` or none; precision truncates (to that
/// many characters); default alignment is left.  Errors as CPython:
/// `"Sign not allowed in string format specifier"`,
/// `"Negative zero coercion (z) not allowed in string format specifier"`,
/// `"Alternate form (#) not allowed in string format specifier"`,
/// `"'=' alignment not allowed in string format specifier"`,
/// `"Cannot specify ',' with 's'."`, `"Unknown format code 'd' for object of type 'str'"`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None => {
            if let Some(g) = spec.grouping {
                return Err(format!("Cannot specify '{}' with 's'.", g));
            }
        }
        Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if fill_align(spec, '<').1 == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let body: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((idx, _)) => &s[..idx],
            None => s,
        },
        None => s,
    };
    Ok(pad(body, spec, '<'))
}

/// Convenience: parse `spec` and format a float, with exact CPython error text.
/// An empty spec gives `repr(x)`.
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, String> {
    format_float(x, &parse_format_spec_for(spec, "float")?)
}

/// Convenience: parse `spec` and format an int, with exact CPython error text.
pub fn format_int_spec(i: &BigInt, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(i.to_string());
    }
    format_int(i, &parse_format_spec_for(spec, "int")?)
}

/// Convenience: parse `spec` and format a str, with exact CPython error text.
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str(s, &parse_format_spec_for(spec, "str")?)
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// One piece of a parsed printf-style format string.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentPiece {
    /// Literal text (`%%` already turned into `%` and merged into neighbours).
    Literal(String),
    /// A conversion specification.
    Spec(PercentSpec),
}

/// One `%[(key)][flags][width][.precision][length]conv` conversion.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PercentSpec {
    /// Mapping key of `%(name)s`.
    pub key: Option<String>,
    /// `-` flag: left-justify.
    pub flags_minus: bool,
    /// `+` flag: always sign numbers.
    pub flags_plus: bool,
    /// ` ` flag: space before positive numbers.
    pub flags_space: bool,
    /// `0` flag: zero padding for numeric conversions.
    pub flags_zero: bool,
    /// `#` flag: alternate form.
    pub flags_alt: bool,
    /// Minimum width (`*` means taken from the argument tuple).
    pub width: Option<PercentNum>,
    /// Precision (`*` means taken from the argument tuple).
    pub precision: Option<PercentNum>,
    /// Conversion character: one of `d i u o x X e E f F g G c r s a`.
    pub conv: char,
}

/// A width or precision of a printf-style conversion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PercentNum {
    /// A literal number.
    Fixed(usize),
    /// `*`: the value comes from the next argument.  CPython: a negative `*`
    /// width means left-justify with its absolute value (the caller should set
    /// `flags_minus`), a negative `*` precision means "no precision".
    Star,
}

/// Parse a printf-style format string into literal text and conversions.
/// `%%` becomes a literal `%`; one `h`, `l` or `L` length modifier is skipped.
/// Errors (ValueError text): `"incomplete format"`, `"incomplete format key"`,
/// `"unsupported format character 'y' (0x79) at index 3"` (index in characters;
/// `'?'` is shown for non-printable characters), `"width too big"`,
/// `"precision too big"`.  Note CPython reports these lazily while consuming
/// arguments, so with too few arguments it would raise the `TypeError` first.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    parse_percent_impl(fmt, false)
}

/// [`parse_percent`] for `bytes % args` (the format's bytes as latin-1
/// chars): also accepts the `%b` conversion.
pub fn parse_percent_bytes(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    parse_percent_impl(fmt, true)
}

fn parse_percent_impl(fmt: &str, bytes: bool) -> Result<Vec<PercentPiece>, String> {
    let chars = chars_of(fmt);
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0usize;
    while i < n {
        let c = chars[i];
        if c != '%' {
            lit.push(c);
            i += 1;
            continue;
        }
        i += 1; // skip '%'
        if i >= n {
            return Err("incomplete format".to_string());
        }
        if chars[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut spec = PercentSpec::default();
        if chars[i] == '(' {
            i += 1;
            let start = i;
            let mut depth = 1;
            while i < n {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
            if depth > 0 {
                return Err("incomplete format key".to_string());
            }
            spec.key = Some(chars[start..i - 1].iter().collect());
        }
        let inc = || "incomplete format".to_string();
        // flags
        loop {
            match chars.get(i) {
                Some('-') => spec.flags_minus = true,
                Some('+') => spec.flags_plus = true,
                Some(' ') => spec.flags_space = true,
                Some('#') => spec.flags_alt = true,
                Some('0') => spec.flags_zero = true,
                Some(_) => break,
                None => return Err(inc()),
            }
            i += 1;
        }
        // width
        if chars[i] == '*' {
            spec.width = Some(PercentNum::Star);
            i += 1;
        } else if chars[i].is_ascii_digit() {
            let mut w: usize = 0;
            while i < n && chars[i].is_ascii_digit() {
                let d = chars[i] as usize - '0' as usize;
                if w > (isize::MAX as usize - d) / 10 {
                    return Err("width too big".to_string());
                }
                w = w * 10 + d;
                i += 1;
            }
            spec.width = Some(PercentNum::Fixed(w));
        }
        if i >= n {
            return Err(inc());
        }
        // precision
        if chars[i] == '.' {
            i += 1;
            if i >= n {
                return Err(inc());
            }
            if chars[i] == '*' {
                spec.precision = Some(PercentNum::Star);
                i += 1;
            } else {
                let mut p: usize = 0;
                while i < n && chars[i].is_ascii_digit() {
                    let d = chars[i] as usize - '0' as usize;
                    if p > (i32::MAX as usize - d) / 10 {
                        return Err("precision too big".to_string());
                    }
                    p = p * 10 + d;
                    i += 1;
                }
                spec.precision = Some(PercentNum::Fixed(p));
            }
            if i >= n {
                return Err(inc());
            }
        }
        if matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
            if i >= n {
                return Err(inc());
            }
        }
        let conv = chars[i];
        if !matches!(
            conv,
            'd' | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
                | 'r'
                | 's'
                | 'a'
        ) && !(bytes && conv == 'b')
        {
            let u = conv as u32;
            let shown = if (31..=126).contains(&u) { conv } else { '?' };
            return Err(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, u, i
            ));
        }
        spec.conv = conv;
        i += 1;
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Spec(spec));
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

/// Port of `unicode_format_arg_output`: pad a converted value.  `numeric`
/// enables sign handling and the `0` flag; the `#` prefix of `x X o` is kept in
/// front of zero padding.
/// The characters of `s`, allocated once (`collect` grows from a quarter of
/// the byte length, reallocating for ASCII text).
fn chars_of(s: &str) -> Vec<char> {
    let mut chars = Vec::with_capacity(s.len());
    chars.extend(s.chars());
    chars
}

fn percent_output(pbuf: &str, spec: &PercentSpec, width: Option<usize>, numeric: bool) -> String {
    let chars = chars_of(pbuf);
    let mut len = chars.len() as i64;
    let mut pindex = 0usize;
    let fill = if numeric && spec.flags_zero { '0' } else { ' ' };
    let mut signchar: Option<char> = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = Some(c);
                len -= 1;
                pindex += 1;
            }
            _ => {
                if spec.flags_plus {
                    signchar = Some('+');
                } else if spec.flags_space {
                    signchar = Some(' ');
                }
            }
        }
    }
    let mut width: i64 = width.map(|w| w as i64).unwrap_or(-1);
    if width < len {
        width = len;
    }
    let mut out = String::with_capacity(width.max(0) as usize + 2);
    if let Some(s) = signchar {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = numeric && spec.flags_alt && matches!(spec.conv, 'x' | 'X' | 'o') && len >= 2;
    if alt_prefix {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.flags_minus {
        push_n(&mut out, fill, (width - len) as usize);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = signchar {
            out.push(s);
        }
        if alt_prefix {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len as usize]);
    if width > len {
        push_n(&mut out, ' ', (width - len) as usize);
    }
    out
}

/// Format an int for `%d %i %u %o %x %X` (the caller has resolved `*` widths;
/// a negative `*` width must be turned into `flags_minus` by the caller).
/// Precision is a minimum digit count; `#` adds `0o`/`0x`/`0X`.  For
/// conversions `e E f F g G` the int is converted to float first (an int too
/// large for a float gives `inf`; CPython raises `OverflowError`, so callers
/// should check with [`bigint_to_f64`] first).
pub fn percent_int(
    i: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    prec: Option<usize>,
) -> String {
    if matches!(spec.conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        let f = bigint_to_f64(i).unwrap_or(if i.is_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
        return percent_float(f, spec, width, prec);
    }
    let mut digits = i.magnitude().to_str_radix(percent_base(spec.conv));
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    percent_int_digits(i.is_negative(), &digits, spec, width, prec)
}

/// [`percent_int`] for an int that fits in an `i64`, without a bigint.
pub fn percent_i64(i: i64, spec: &PercentSpec, width: Option<usize>, prec: Option<usize>) -> String {
    if matches!(spec.conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        return percent_int(&BigInt::from(i), spec, width, prec);
    }
    let m = i.unsigned_abs();
    let digits = match spec.conv {
        'o' => format!("{:o}", m),
        'x' => format!("{:x}", m),
        'X' => format!("{:X}", m),
        _ => m.to_string(),
    };
    percent_int_digits(i < 0, &digits, spec, width, prec)
}

/// The radix of a `%` integer conversion.
fn percent_base(conv: char) -> u32 {
    match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// The output of a `%` integer conversion of an int with these (magnitude)
/// digits: sign, `#` prefix, precision zeros, then width and flags.
fn percent_int_digits(negative: bool, digits: &str, spec: &PercentSpec, width: Option<usize>, prec: Option<usize>) -> String {
    let prefix = match spec.conv {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    let mut body = String::with_capacity(digits.len() + 4);
    if negative {
        body.push('-');
    }
    if spec.flags_alt {
        body.push_str(prefix);
    }
    if let Some(p) = prec {
        if p > digits.len() {
            push_n(&mut body, '0', p - digits.len());
        }
    }
    body.push_str(digits);
    percent_output(&body, spec, width, true)
}

/// Format a float for `%e %E %f %F %g %G` (default precision 6; `#` keeps
/// the decimal point / trailing zeros).  For `%d %i %u %o %x %X` the float is
/// truncated to an int first (CPython only accepts floats for `d i u`, and
/// raises for inf/nan: callers must check; here non-finite values print as
/// `%f` would).
pub fn percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    prec: Option<usize>,
) -> String {
    let conv = spec.conv;
    if matches!(conv, 'd' | 'i' | 'u' | 'o' | 'x' | 'X') {
        if let Some(i) = float_to_bigint(x) {
            return percent_int(&i, spec, width, prec);
        }
    }
    let code = match conv {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => conv,
        _ => 'f',
    };
    let body = float_short(
        x,
        code.to_ascii_lowercase(),
        prec.unwrap_or(6),
        code.is_ascii_uppercase(),
        spec.flags_alt,
        false,
        false,
    );
    percent_output(&body, spec, width, true)
}

/// Pad a string conversion (`%s %r %a %c`) already converted to text:
/// precision truncates for `s r a` (not `c`), width right-justifies (or
/// left-justifies with `-`); the `0` flag is ignored.
pub fn percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    prec: Option<usize>,
) -> String {
    let body = match prec {
        Some(p) if spec.conv != 'c' => match s.char_indices().nth(p) {
            Some((idx, _)) => &s[..idx],
            None => s,
        },
        _ => s,
    };
    percent_output(body, spec, width, false)
}

// ---------------------------------------------------------------------------
// round / parsing
// ---------------------------------------------------------------------------

/// `round(x, ndigits)` for a float: the exact binary value is rounded
/// half-to-even at `10**-ndigits` and the decimal result converted back with
/// correct rounding (`round(2.675, 2) == 2.67`, `round(2.5, 0) == 2.0`,
/// `round(25.0, -1) == 20.0`, `round(-0.001, 2) == -0.0`).  `ndigits` may be
/// negative.  nan/inf/zero are returned unchanged.  If the rounded value is too
/// large the result is `inf` (CPython raises `OverflowError: rounded value too
/// large to represent`; callers should check `result.is_infinite() && x.is_finite()`).
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > NDIGITS_MAX {
        return x;
    }
    if ndigits < NDIGITS_MIN {
        return 0.0 * x;
    }
    let bits = x.abs().to_bits();
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if bexp == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), bexp - 1075)
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten = BigInt::from(10u32);
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let text = format!("{}e{}", q, -ndigits);
    let v: f64 = text.parse().unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -v
    } else {
        v
    }
}

/// Code points of the digit zero of every Unicode (14.0, as in Python 3.11)
/// block of decimal digits (category Nd) outside ASCII; each is followed by 1..9.
const UNICODE_DIGIT_ZEROS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Decimal value of `c` if it is a Unicode decimal digit (`str.isdecimal()`).
fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u - '0' as u32);
    }
    if u < 0x660 {
        return None;
    }
    let idx = UNICODE_DIGIT_ZEROS.partition_point(|&z| z <= u);
    let zero = UNICODE_DIGIT_ZEROS[idx - 1];
    if u - zero < 10 {
        Some(u - zero)
    } else {
        None
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by
/// stripping ASCII whitespace: non-ASCII whitespace becomes ' ', non-ASCII
/// decimal digits become ASCII digits, anything else non-ASCII becomes '?'.
fn number_text(s: &str) -> String {
    let t: String = if s.is_ascii() {
        s.to_string()
    } else {
        s.chars()
            .map(|c| {
                if (c as u32) < 127 {
                    c
                } else if c.is_whitespace() {
                    ' '
                } else if let Some(d) = unicode_decimal(c) {
                    char::from_digit(d, 10).unwrap()
                } else {
                    '?'
                }
            })
            .collect()
    };
    t.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'))
        .to_string()
}

/// Remove underscores per CPython's `_Py_string_to_number_with_underscores`:
/// each `_` must sit between two ASCII digits.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    Some(out)
}

/// `float(s)` for a str: optional surrounding whitespace, optional sign, then a
/// decimal literal (`1`, `1.`, `.5`, `1e5`, `1.5E-3`; underscores only between
/// digits) or `inf`/`infinity`/`nan` in any case.  `None` when invalid
/// (CPython: `could not convert string to float: '...'`).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = number_text(s);
    let t = strip_underscores(&t)?;
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let lower = body.to_ascii_lowercase();
    let v = if lower == "inf" || lower == "infinity" {
        f64::INFINITY
    } else if lower == "nan" {
        f64::NAN
    } else {
        let b = body.as_bytes();
        let mut i = 0;
        let mut nd = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
                nd += 1;
            }
        }
        if nd == 0 {
            return None;
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            i += 1;
            if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                i += 1;
            }
            let st = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == st {
                return None;
            }
        }
        if i != b.len() {
            return None;
        }
        body.parse::<f64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// `int(s)` in base 10 for the usual text: ASCII, optional surrounding
/// whitespace and sign, 1 to 18 digits, no underscores (so it fits an i64).
/// `None` for anything else, which [`parse_int`] decides.
pub fn parse_small_decimal(s: &str) -> Option<i64> {
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let (negative, digits) = match t.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as i64;
    }
    Some(if negative { -n } else { n })
}

/// `int(s, base)` for a str: surrounding whitespace, one optional sign,
/// underscores only between digits (one is also allowed right after a base
/// prefix); base 0 auto-detects `0x`/`0o`/`0b` and otherwise requires a decimal
/// literal without leading zeros (all-zero strings like `'00'` are fine);
/// bases 2..=36 accept their own prefix.  `None` when invalid or when `base`
/// is out of range (CPython: `invalid literal for int() with base N: '...'`).
/// CPython 3.11's 4300-digit limit for non power-of-two bases is not applied.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let t = number_text(s);
    let mut b = t.as_bytes();
    let mut neg = false;
    match b.first() {
        Some(b'+') => b = &b[1..],
        Some(b'-') => {
            neg = true;
            b = &b[1..]
        }
        _ => {}
    }
    let at = |b: &[u8], k: usize| b.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = if at(b, 0) != b'0' {
            10
        } else {
            match at(b, 1) {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    must_be_zero = true;
                    10
                }
            }
        };
    }
    if at(b, 0) == b'0' {
        let p = at(b, 1);
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            b = &b[2..];
            if b.first() == Some(&b'_') {
                b = &b[1..];
            }
        }
    }
    if b.is_empty() || b[0] == b'_' || *b.last().unwrap() == b'_' {
        return None;
    }
    let mut digits = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if prev == b'_' {
                return None;
            }
        } else {
            let d = (c as char).to_digit(36)?;
            if d >= base {
                return None;
            }
            digits.push(c);
        }
        prev = c;
    }
    if must_be_zero && digits.iter().any(|&c| c != b'0') {
        return None;
    }
    let mag = BigUint::parse_bytes(&digits, base)?;
    Some(BigInt::from_biguint(
        if neg { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by running CPython 3.11 (`/usr/bin/python3.11`);
    //! the tables are generated by a script, one case per line.
    use super::*;

    fn f(bits: u64) -> f64 {
        f64::from_bits(bits)
    }
    fn r(v: Result<&str, &str>) -> Result<String, String> {
        v.map(str::to_string).map_err(str::to_string)
    }

    #[test]
    fn simple_int_specs_agree_with_the_parser() {
        let specs = ["", "d", "0", "00", "0d", "1", "2", "02", "02d", "5", "05d", "7d", "10", "010", "63", "063d"];
        for i in [0, 1, -1, 7, -7, 42, -42, 99999, -12345, i64::MAX, i64::MIN] {
            for spec in specs {
                assert_eq!(format_small_int_simple(i, spec), Some(format_small_int_spec(i, spec).unwrap()), "{i} {spec:?}");
            }
        }
        for spec in ["x", "+d", ">5", "<5", "^5", "_", ",", "64", "0x", "5x", "dd", "0>3", " 3", "123"] {
            assert_eq!(format_small_int_simple(5, spec), None, "{spec:?}");
        }
    }

    #[test]
    fn repr_matches_cpython() {
        let cases: &[(u64, &str)] = &[
            (0x0000000000000000, "0.0"),                     // 0.0
            (0x8000000000000000, "-0.0"),                    // -0.0
            (0x3ff0000000000000, "1.0"),                     // 1.0
            (0xbff0000000000000, "-1.0"),                    // -1.0
            (0x3fe0000000000000, "0.5"),                     // 0.5
            (0x3ff8000000000000, "1.5"),                     // 1.5
            (0x4004000000000000, "2.5"),                     // 2.5
            (0x3fb999999999999a, "0.1"),                     // 0.1
            (0x3fd5555555555555, "0.3333333333333333"),      // 0.3333333333333333
            (0x4059000000000000, "100.0"),                   // 100.0
            (0x4341c37937e08000, "1e+16"),                   // 1e+16
            (0x430c6bf526340000, "1000000000000000.0"),      // 1000000000000000.0
            (0x4340000000000000, "9007199254740992.0"),      // 9007199254740992.0
            (0x419d6f3454000000, "123456789.0"),             // 123456789.0
            (0x3ee4f8b588e368f1, "1e-05"),                   // 1e-05
            (0x3f1a36e2eb1c432d, "0.0001"),                  // 0.0001
            (0x3f202c9dedbc309d, "0.0001234"),               // 0.0001234
            (0x4480f0cf064dd592, "1e+22"),                   // 1e+22
            (0x44b52d02c7e14af6, "1e+23"),                   // 1e+23
            (0x7fefffffffffffff, "1.7976931348623157e+308"), // 1.7976931348623157e+308
            (0x0000000000000001, "5e-324"),                  // 5e-324
            (0x0010000000000000, "2.2250738585072014e-308"), // 2.2250738585072014e-308
            (0x7ff0000000000000, "inf"),                     // inf
            (0xfff0000000000000, "-inf"),                    // -inf
            (0x7ff8000000000000, "nan"),
            (0x4005666666666666, "2.675"),                  // 2.675
            (0x40934a456d5cfaad, "1234.5678"),              // 1234.5678
            (0xc0934a456d5cfaad, "-1234.5678"),             // -1234.5678
            (0x4023fd70a3d70a3d, "9.995"),                  // 9.995
            (0x3fa70a3d70a3d70a, "0.045"),                  // 0.045
            (0x43e56a95319d63e1, "1.2345678901234567e+19"), // 1.2345678901234567e+19
            (0x7e37e43c8800759c, "1e+300"),                 // 1e+300
            (0x81a56e1fc2f8f359, "-1e-300"),                // -1e-300
            (0x412e847f00000000, "999999.5"),               // 999999.5
            (0x3f505e1c15097c81, "0.000999"),               // 0.000999
            (0x3ff4000000000000, "1.25"),                   // 1.25
            (0x405ec00000000000, "123.0"),                  // 123.0
            (0x4376345785d8a000, "1e+17"),                  // 1e+17
            (0x430abc652b656702, "940686512532704.2"),      // 940686512532704.2
            (0x42d24e31ecc4aee8, "80508217397947.62"),      // 80508217397947.62
            (0xbf50624dd2f1a9fc, "-0.001"),                 // -0.001
            (0xc1045b420a0de578, "-166760.2549093177"),     // -166760.2549093177
            (0xc12de59b5279d8a5, "-979661.6610858632"),     // -979661.6610858632
            (0x4123d95a0979d032, "650413.0185074864"),      // 650413.0185074864
            (0xc1189481288d1dac, "-402720.28960081446"),    // -402720.28960081446
            (0xc11010227bed7750, "-263176.62102304865"),    // -263176.62102304865
            (0xc122b28a9a93ed95, "-612677.3019098515"),     // -612677.3019098515
            (0x41001d82b31d08d0, "132016.33745772252"),     // 132016.33745772252
            (0xc124a620b44bdc16, "-676624.3521412637"),     // -676624.3521412637
            (0xc126eed4767e60d6, "-751466.2314329396"),     // -751466.2314329396
            (0xc1005f7bb63b3c04, "-134127.46398016822"),    // -134127.46398016822
        ];
        for &(bits, want) in cases {
            assert_eq!(float_repr(f(bits)), want, "repr of {:?}", f(bits));
        }
    }

    #[test]
    fn format_float_matches_cpython() {
        let cases: &[(u64, &str, Result<&str, &str>)] = &[
            (0x0000000000000000, "", Ok("0.0")),
            (0x0000000000000000, ".3", Ok("0.0")),
            (0x0000000000000000, ".0", Ok("0e+00")),
            (0x0000000000000000, "#", Ok("0.0")),
            (0x0000000000000000, "10", Ok("       0.0")),
            (0x0000000000000000, "<10", Ok("0.0       ")),
            (0x0000000000000000, "^11", Ok("    0.0    ")),
            (0x0000000000000000, "=+12", Ok("+        0.0")),
            (0x0000000000000000, "010", Ok("00000000.0")),
            (0x0000000000000000, ",", Ok("0.0")),
            (0x0000000000000000, "_", Ok("0.0")),
            (0x0000000000000000, ".2f", Ok("0.00")),
            (0x0000000000000000, ".3e", Ok("0.000e+00")),
            (0x0000000000000000, ".4g", Ok("0")),
            (0x0000000000000000, "#.4g", Ok("0.000")),
            (0x0000000000000000, "e", Ok("0.000000e+00")),
            (0x0000000000000000, "E", Ok("0.000000E+00")),
            (0x0000000000000000, "f", Ok("0.000000")),
            (0x0000000000000000, "F", Ok("0.000000")),
            (0x0000000000000000, "g", Ok("0")),
            (0x0000000000000000, "G", Ok("0")),
            (0x0000000000000000, "%", Ok("0.000000%")),
            (0x0000000000000000, "n", Ok("0")),
            (0x0000000000000000, ".1%", Ok("0.0%")),
            (0x0000000000000000, "+", Ok("+0.0")),
            (0x0000000000000000, " ", Ok(" 0.0")),
            (0x0000000000000000, "z.1f", Ok("0.0")),
            (0x0000000000000000, "z", Ok("0.0")),
            (0x0000000000000000, "015,.2f", Ok("0,000,000,000.00")),
            (0x0000000000000000, "#.0f", Ok("0.")),
            (0x0000000000000000, "#.0e", Ok("0.e+00")),
            (0x0000000000000000, ".25f", Ok("0.0000000000000000000000000")),
            (0x0000000000000000, ".20e", Ok("0.00000000000000000000e+00")),
            (0x0000000000000000, ".17g", Ok("0")),
            (0x0000000000000000, "*^+12.3e", Ok("*+0.000e+00*")),
            (0x0000000000000000, "x=+010.2f", Ok("+xxxxx0.00")),
            (0x0000000000000000, "#010.0f", Ok("000000000.")),
            (0x0000000000000000, "0=12,.1f", Ok("00,000,000.0")),
            (0x0000000000000000, "_.3f", Ok("0.000")),
            (0x0000000000000000, ",g", Ok("0")),
            (0x0000000000000000, ",e", Ok("0.000000e+00")),
            (0x0000000000000000, ",%", Ok("0.000000%")),
            (0x0000000000000000, ".0%", Ok("0%")),
            (0x0000000000000000, ">z8.0f", Ok("       0")),
            (0x0000000000000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x0000000000000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x0000000000000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x0000000000000000, ".", Err("Format specifier missing precision")),
            (0x0000000000000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x0000000000000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x0000000000000000, ",,", Err("Cannot specify ',' with ','.")),
            (0x0000000000000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x0000000000000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x0000000000000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x0000000000000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x0000000000000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x8000000000000000, "", Ok("-0.0")),
            (0x8000000000000000, ".3", Ok("-0.0")),
            (0x8000000000000000, ".0", Ok("-0e+00")),
            (0x8000000000000000, "#", Ok("-0.0")),
            (0x8000000000000000, "10", Ok("      -0.0")),
            (0x8000000000000000, "<10", Ok("-0.0      ")),
            (0x8000000000000000, "^11", Ok("   -0.0    ")),
            (0x8000000000000000, "=+12", Ok("-        0.0")),
            (0x8000000000000000, "010", Ok("-0000000.0")),
            (0x8000000000000000, ",", Ok("-0.0")),
            (0x8000000000000000, "_", Ok("-0.0")),
            (0x8000000000000000, ".2f", Ok("-0.00")),
            (0x8000000000000000, ".3e", Ok("-0.000e+00")),
            (0x8000000000000000, ".4g", Ok("-0")),
            (0x8000000000000000, "#.4g", Ok("-0.000")),
            (0x8000000000000000, "e", Ok("-0.000000e+00")),
            (0x8000000000000000, "E", Ok("-0.000000E+00")),
            (0x8000000000000000, "f", Ok("-0.000000")),
            (0x8000000000000000, "F", Ok("-0.000000")),
            (0x8000000000000000, "g", Ok("-0")),
            (0x8000000000000000, "G", Ok("-0")),
            (0x8000000000000000, "%", Ok("-0.000000%")),
            (0x8000000000000000, "n", Ok("-0")),
            (0x8000000000000000, ".1%", Ok("-0.0%")),
            (0x8000000000000000, "+", Ok("-0.0")),
            (0x8000000000000000, " ", Ok("-0.0")),
            (0x8000000000000000, "z.1f", Ok("0.0")),
            (0x8000000000000000, "z", Ok("0.0")),
            (0x8000000000000000, "015,.2f", Ok("-000,000,000.00")),
            (0x8000000000000000, "#.0f", Ok("-0.")),
            (0x8000000000000000, "#.0e", Ok("-0.e+00")),
            (0x8000000000000000, ".25f", Ok("-0.0000000000000000000000000")),
            (0x8000000000000000, ".20e", Ok("-0.00000000000000000000e+00")),
            (0x8000000000000000, ".17g", Ok("-0")),
            (0x8000000000000000, "*^+12.3e", Ok("*-0.000e+00*")),
            (0x8000000000000000, "x=+010.2f", Ok("-xxxxx0.00")),
            (0x8000000000000000, "#010.0f", Ok("-00000000.")),
            (0x8000000000000000, "0=12,.1f", Ok("-0,000,000.0")),
            (0x8000000000000000, "_.3f", Ok("-0.000")),
            (0x8000000000000000, ",g", Ok("-0")),
            (0x8000000000000000, ",e", Ok("-0.000000e+00")),
            (0x8000000000000000, ",%", Ok("-0.000000%")),
            (0x8000000000000000, ".0%", Ok("-0%")),
            (0x8000000000000000, ">z8.0f", Ok("       0")),
            (0x8000000000000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x8000000000000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x8000000000000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x8000000000000000, ".", Err("Format specifier missing precision")),
            (0x8000000000000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x8000000000000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x8000000000000000, ",,", Err("Cannot specify ',' with ','.")),
            (0x8000000000000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x8000000000000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x8000000000000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x8000000000000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x8000000000000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x3ff0000000000000, "", Ok("1.0")),
            (0x3ff0000000000000, ".3", Ok("1.0")),
            (0x3ff0000000000000, ".0", Ok("1e+00")),
            (0x3ff0000000000000, "#", Ok("1.0")),
            (0x3ff0000000000000, "10", Ok("       1.0")),
            (0x3ff0000000000000, "<10", Ok("1.0       ")),
            (0x3ff0000000000000, "^11", Ok("    1.0    ")),
            (0x3ff0000000000000, "=+12", Ok("+        1.0")),
            (0x3ff0000000000000, "010", Ok("00000001.0")),
            (0x3ff0000000000000, ",", Ok("1.0")),
            (0x3ff0000000000000, "_", Ok("1.0")),
            (0x3ff0000000000000, ".2f", Ok("1.00")),
            (0x3ff0000000000000, ".3e", Ok("1.000e+00")),
            (0x3ff0000000000000, ".4g", Ok("1")),
            (0x3ff0000000000000, "#.4g", Ok("1.000")),
            (0x3ff0000000000000, "e", Ok("1.000000e+00")),
            (0x3ff0000000000000, "E", Ok("1.000000E+00")),
            (0x3ff0000000000000, "f", Ok("1.000000")),
            (0x3ff0000000000000, "F", Ok("1.000000")),
            (0x3ff0000000000000, "g", Ok("1")),
            (0x3ff0000000000000, "G", Ok("1")),
            (0x3ff0000000000000, "%", Ok("100.000000%")),
            (0x3ff0000000000000, "n", Ok("1")),
            (0x3ff0000000000000, ".1%", Ok("100.0%")),
            (0x3ff0000000000000, "+", Ok("+1.0")),
            (0x3ff0000000000000, " ", Ok(" 1.0")),
            (0x3ff0000000000000, "z.1f", Ok("1.0")),
            (0x3ff0000000000000, "z", Ok("1.0")),
            (0x3ff0000000000000, "015,.2f", Ok("0,000,000,001.00")),
            (0x3ff0000000000000, "#.0f", Ok("1.")),
            (0x3ff0000000000000, "#.0e", Ok("1.e+00")),
            (0x3ff0000000000000, ".25f", Ok("1.0000000000000000000000000")),
            (0x3ff0000000000000, ".20e", Ok("1.00000000000000000000e+00")),
            (0x3ff0000000000000, ".17g", Ok("1")),
            (0x3ff0000000000000, "*^+12.3e", Ok("*+1.000e+00*")),
            (0x3ff0000000000000, "x=+010.2f", Ok("+xxxxx1.00")),
            (0x3ff0000000000000, "#010.0f", Ok("000000001.")),
            (0x3ff0000000000000, "0=12,.1f", Ok("00,000,001.0")),
            (0x3ff0000000000000, "_.3f", Ok("1.000")),
            (0x3ff0000000000000, ",g", Ok("1")),
            (0x3ff0000000000000, ",e", Ok("1.000000e+00")),
            (0x3ff0000000000000, ",%", Ok("100.000000%")),
            (0x3ff0000000000000, ".0%", Ok("100%")),
            (0x3ff0000000000000, ">z8.0f", Ok("       1")),
            (0x3ff0000000000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x3ff0000000000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x3ff0000000000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x3ff0000000000000, ".", Err("Format specifier missing precision")),
            (0x3ff0000000000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x3ff0000000000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x3ff0000000000000, ",,", Err("Cannot specify ',' with ','.")),
            (0x3ff0000000000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x3ff0000000000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x3ff0000000000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x3ff0000000000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x3ff0000000000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0xbff8000000000000, "", Ok("-1.5")),
            (0xbff8000000000000, ".3", Ok("-1.5")),
            (0xbff8000000000000, ".0", Ok("-2e+00")),
            (0xbff8000000000000, "#", Ok("-1.5")),
            (0xbff8000000000000, "10", Ok("      -1.5")),
            (0xbff8000000000000, "<10", Ok("-1.5      ")),
            (0xbff8000000000000, "^11", Ok("   -1.5    ")),
            (0xbff8000000000000, "=+12", Ok("-        1.5")),
            (0xbff8000000000000, "010", Ok("-0000001.5")),
            (0xbff8000000000000, ",", Ok("-1.5")),
            (0xbff8000000000000, "_", Ok("-1.5")),
            (0xbff8000000000000, ".2f", Ok("-1.50")),
            (0xbff8000000000000, ".3e", Ok("-1.500e+00")),
            (0xbff8000000000000, ".4g", Ok("-1.5")),
            (0xbff8000000000000, "#.4g", Ok("-1.500")),
            (0xbff8000000000000, "e", Ok("-1.500000e+00")),
            (0xbff8000000000000, "E", Ok("-1.500000E+00")),
            (0xbff8000000000000, "f", Ok("-1.500000")),
            (0xbff8000000000000, "F", Ok("-1.500000")),
            (0xbff8000000000000, "g", Ok("-1.5")),
            (0xbff8000000000000, "G", Ok("-1.5")),
            (0xbff8000000000000, "%", Ok("-150.000000%")),
            (0xbff8000000000000, "n", Ok("-1.5")),
            (0xbff8000000000000, ".1%", Ok("-150.0%")),
            (0xbff8000000000000, "+", Ok("-1.5")),
            (0xbff8000000000000, " ", Ok("-1.5")),
            (0xbff8000000000000, "z.1f", Ok("-1.5")),
            (0xbff8000000000000, "z", Ok("-1.5")),
            (0xbff8000000000000, "015,.2f", Ok("-000,000,001.50")),
            (0xbff8000000000000, "#.0f", Ok("-2.")),
            (0xbff8000000000000, "#.0e", Ok("-2.e+00")),
            (0xbff8000000000000, ".25f", Ok("-1.5000000000000000000000000")),
            (0xbff8000000000000, ".20e", Ok("-1.50000000000000000000e+00")),
            (0xbff8000000000000, ".17g", Ok("-1.5")),
            (0xbff8000000000000, "*^+12.3e", Ok("*-1.500e+00*")),
            (0xbff8000000000000, "x=+010.2f", Ok("-xxxxx1.50")),
            (0xbff8000000000000, "#010.0f", Ok("-00000002.")),
            (0xbff8000000000000, "0=12,.1f", Ok("-0,000,001.5")),
            (0xbff8000000000000, "_.3f", Ok("-1.500")),
            (0xbff8000000000000, ",g", Ok("-1.5")),
            (0xbff8000000000000, ",e", Ok("-1.500000e+00")),
            (0xbff8000000000000, ",%", Ok("-150.000000%")),
            (0xbff8000000000000, ".0%", Ok("-150%")),
            (0xbff8000000000000, ">z8.0f", Ok("      -2")),
            (0xbff8000000000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0xbff8000000000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0xbff8000000000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0xbff8000000000000, ".", Err("Format specifier missing precision")),
            (0xbff8000000000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0xbff8000000000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0xbff8000000000000, ",,", Err("Cannot specify ',' with ','.")),
            (0xbff8000000000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0xbff8000000000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0xbff8000000000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0xbff8000000000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0xbff8000000000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x3fb999999999999a, "", Ok("0.1")),
            (0x3fb999999999999a, ".3", Ok("0.1")),
            (0x3fb999999999999a, ".0", Ok("0.1")),
            (0x3fb999999999999a, "#", Ok("0.1")),
            (0x3fb999999999999a, "10", Ok("       0.1")),
            (0x3fb999999999999a, "<10", Ok("0.1       ")),
            (0x3fb999999999999a, "^11", Ok("    0.1    ")),
            (0x3fb999999999999a, "=+12", Ok("+        0.1")),
            (0x3fb999999999999a, "010", Ok("00000000.1")),
            (0x3fb999999999999a, ",", Ok("0.1")),
            (0x3fb999999999999a, "_", Ok("0.1")),
            (0x3fb999999999999a, ".2f", Ok("0.10")),
            (0x3fb999999999999a, ".3e", Ok("1.000e-01")),
            (0x3fb999999999999a, ".4g", Ok("0.1")),
            (0x3fb999999999999a, "#.4g", Ok("0.1000")),
            (0x3fb999999999999a, "e", Ok("1.000000e-01")),
            (0x3fb999999999999a, "E", Ok("1.000000E-01")),
            (0x3fb999999999999a, "f", Ok("0.100000")),
            (0x3fb999999999999a, "F", Ok("0.100000")),
            (0x3fb999999999999a, "g", Ok("0.1")),
            (0x3fb999999999999a, "G", Ok("0.1")),
            (0x3fb999999999999a, "%", Ok("10.000000%")),
            (0x3fb999999999999a, "n", Ok("0.1")),
            (0x3fb999999999999a, ".1%", Ok("10.0%")),
            (0x3fb999999999999a, "+", Ok("+0.1")),
            (0x3fb999999999999a, " ", Ok(" 0.1")),
            (0x3fb999999999999a, "z.1f", Ok("0.1")),
            (0x3fb999999999999a, "z", Ok("0.1")),
            (0x3fb999999999999a, "015,.2f", Ok("0,000,000,000.10")),
            (0x3fb999999999999a, "#.0f", Ok("0.")),
            (0x3fb999999999999a, "#.0e", Ok("1.e-01")),
            (0x3fb999999999999a, ".25f", Ok("0.1000000000000000055511151")),
            (0x3fb999999999999a, ".20e", Ok("1.00000000000000005551e-01")),
            (0x3fb999999999999a, ".17g", Ok("0.10000000000000001")),
            (0x3fb999999999999a, "*^+12.3e", Ok("*+1.000e-01*")),
            (0x3fb999999999999a, "x=+010.2f", Ok("+xxxxx0.10")),
            (0x3fb999999999999a, "#010.0f", Ok("000000000.")),
            (0x3fb999999999999a, "0=12,.1f", Ok("00,000,000.1")),
            (0x3fb999999999999a, "_.3f", Ok("0.100")),
            (0x3fb999999999999a, ",g", Ok("0.1")),
            (0x3fb999999999999a, ",e", Ok("1.000000e-01")),
            (0x3fb999999999999a, ",%", Ok("10.000000%")),
            (0x3fb999999999999a, ".0%", Ok("10%")),
            (0x3fb999999999999a, ">z8.0f", Ok("       0")),
            (0x3fb999999999999a, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x3fb999999999999a, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x3fb999999999999a, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x3fb999999999999a, ".", Err("Format specifier missing precision")),
            (0x3fb999999999999a, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x3fb999999999999a, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x3fb999999999999a, ",,", Err("Cannot specify ',' with ','.")),
            (0x3fb999999999999a, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x3fb999999999999a, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x3fb999999999999a, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x3fb999999999999a, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x3fb999999999999a, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x4059000000000000, "", Ok("100.0")),
            (0x4059000000000000, ".3", Ok("1e+02")),
            (0x4059000000000000, ".0", Ok("1e+02")),
            (0x4059000000000000, "#", Ok("100.0")),
            (0x4059000000000000, "10", Ok("     100.0")),
            (0x4059000000000000, "<10", Ok("100.0     ")),
            (0x4059000000000000, "^11", Ok("   100.0   ")),
            (0x4059000000000000, "=+12", Ok("+      100.0")),
            (0x4059000000000000, "010", Ok("00000100.0")),
            (0x4059000000000000, ",", Ok("100.0")),
            (0x4059000000000000, "_", Ok("100.0")),
            (0x4059000000000000, ".2f", Ok("100.00")),
            (0x4059000000000000, ".3e", Ok("1.000e+02")),
            (0x4059000000000000, ".4g", Ok("100")),
            (0x4059000000000000, "#.4g", Ok("100.0")),
            (0x4059000000000000, "e", Ok("1.000000e+02")),
            (0x4059000000000000, "E", Ok("1.000000E+02")),
            (0x4059000000000000, "f", Ok("100.000000")),
            (0x4059000000000000, "F", Ok("100.000000")),
            (0x4059000000000000, "g", Ok("100")),
            (0x4059000000000000, "G", Ok("100")),
            (0x4059000000000000, "%", Ok("10000.000000%")),
            (0x4059000000000000, "n", Ok("100")),
            (0x4059000000000000, ".1%", Ok("10000.0%")),
            (0x4059000000000000, "+", Ok("+100.0")),
            (0x4059000000000000, " ", Ok(" 100.0")),
            (0x4059000000000000, "z.1f", Ok("100.0")),
            (0x4059000000000000, "z", Ok("100.0")),
            (0x4059000000000000, "015,.2f", Ok("0,000,000,100.00")),
            (0x4059000000000000, "#.0f", Ok("100.")),
            (0x4059000000000000, "#.0e", Ok("1.e+02")),
            (0x4059000000000000, ".25f", Ok("100.0000000000000000000000000")),
            (0x4059000000000000, ".20e", Ok("1.00000000000000000000e+02")),
            (0x4059000000000000, ".17g", Ok("100")),
            (0x4059000000000000, "*^+12.3e", Ok("*+1.000e+02*")),
            (0x4059000000000000, "x=+010.2f", Ok("+xxx100.00")),
            (0x4059000000000000, "#010.0f", Ok("000000100.")),
            (0x4059000000000000, "0=12,.1f", Ok("00,000,100.0")),
            (0x4059000000000000, "_.3f", Ok("100.000")),
            (0x4059000000000000, ",g", Ok("100")),
            (0x4059000000000000, ",e", Ok("1.000000e+02")),
            (0x4059000000000000, ",%", Ok("10,000.000000%")),
            (0x4059000000000000, ".0%", Ok("10000%")),
            (0x4059000000000000, ">z8.0f", Ok("     100")),
            (0x4059000000000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x4059000000000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x4059000000000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x4059000000000000, ".", Err("Format specifier missing precision")),
            (0x4059000000000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x4059000000000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x4059000000000000, ",,", Err("Cannot specify ',' with ','.")),
            (0x4059000000000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x4059000000000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x4059000000000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x4059000000000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x4059000000000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x4341c37937e08000, "", Ok("1e+16")),
            (0x4341c37937e08000, ".3", Ok("1e+16")),
            (0x4341c37937e08000, ".0", Ok("1e+16")),
            (0x4341c37937e08000, "#", Ok("1.e+16")),
            (0x4341c37937e08000, "10", Ok("     1e+16")),
            (0x4341c37937e08000, "<10", Ok("1e+16     ")),
            (0x4341c37937e08000, "^11", Ok("   1e+16   ")),
            (0x4341c37937e08000, "=+12", Ok("+      1e+16")),
            (0x4341c37937e08000, "010", Ok("000001e+16")),
            (0x4341c37937e08000, ",", Ok("1e+16")),
            (0x4341c37937e08000, "_", Ok("1e+16")),
            (0x4341c37937e08000, ".2f", Ok("10000000000000000.00")),
            (0x4341c37937e08000, ".3e", Ok("1.000e+16")),
            (0x4341c37937e08000, ".4g", Ok("1e+16")),
            (0x4341c37937e08000, "#.4g", Ok("1.000e+16")),
            (0x4341c37937e08000, "e", Ok("1.000000e+16")),
            (0x4341c37937e08000, "E", Ok("1.000000E+16")),
            (0x4341c37937e08000, "f", Ok("10000000000000000.000000")),
            (0x4341c37937e08000, "F", Ok("10000000000000000.000000")),
            (0x4341c37937e08000, "g", Ok("1e+16")),
            (0x4341c37937e08000, "G", Ok("1E+16")),
            (0x4341c37937e08000, "%", Ok("1000000000000000000.000000%")),
            (0x4341c37937e08000, "n", Ok("1e+16")),
            (0x4341c37937e08000, ".1%", Ok("1000000000000000000.0%")),
            (0x4341c37937e08000, "+", Ok("+1e+16")),
            (0x4341c37937e08000, " ", Ok(" 1e+16")),
            (0x4341c37937e08000, "z.1f", Ok("10000000000000000.0")),
            (0x4341c37937e08000, "z", Ok("1e+16")),
            (0x4341c37937e08000, "015,.2f", Ok("10,000,000,000,000,000.00")),
            (0x4341c37937e08000, "#.0f", Ok("10000000000000000.")),
            (0x4341c37937e08000, "#.0e", Ok("1.e+16")),
            (0x4341c37937e08000, ".25f", Ok("10000000000000000.0000000000000000000000000")),
            (0x4341c37937e08000, ".20e", Ok("1.00000000000000000000e+16")),
            (0x4341c37937e08000, ".17g", Ok("10000000000000000")),
            (0x4341c37937e08000, "*^+12.3e", Ok("*+1.000e+16*")),
            (0x4341c37937e08000, "x=+010.2f", Ok("+10000000000000000.00")),
            (0x4341c37937e08000, "#010.0f", Ok("10000000000000000.")),
            (0x4341c37937e08000, "0=12,.1f", Ok("10,000,000,000,000,000.0")),
            (0x4341c37937e08000, "_.3f", Ok("10_000_000_000_000_000.000")),
            (0x4341c37937e08000, ",g", Ok("1e+16")),
            (0x4341c37937e08000, ",e", Ok("1.000000e+16")),
            (0x4341c37937e08000, ",%", Ok("1,000,000,000,000,000,000.000000%")),
            (0x4341c37937e08000, ".0%", Ok("1000000000000000000%")),
            (0x4341c37937e08000, ">z8.0f", Ok("10000000000000000")),
            (0x4341c37937e08000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x4341c37937e08000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x4341c37937e08000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x4341c37937e08000, ".", Err("Format specifier missing precision")),
            (0x4341c37937e08000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x4341c37937e08000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x4341c37937e08000, ",,", Err("Cannot specify ',' with ','.")),
            (0x4341c37937e08000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x4341c37937e08000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x4341c37937e08000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x4341c37937e08000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x4341c37937e08000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x3ee4f8b588e368f1, "", Ok("1e-05")),
            (0x3ee4f8b588e368f1, ".3", Ok("1e-05")),
            (0x3ee4f8b588e368f1, ".0", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "#", Ok("1.e-05")),
            (0x3ee4f8b588e368f1, "10", Ok("     1e-05")),
            (0x3ee4f8b588e368f1, "<10", Ok("1e-05     ")),
            (0x3ee4f8b588e368f1, "^11", Ok("   1e-05   ")),
            (0x3ee4f8b588e368f1, "=+12", Ok("+      1e-05")),
            (0x3ee4f8b588e368f1, "010", Ok("000001e-05")),
            (0x3ee4f8b588e368f1, ",", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "_", Ok("1e-05")),
            (0x3ee4f8b588e368f1, ".2f", Ok("0.00")),
            (0x3ee4f8b588e368f1, ".3e", Ok("1.000e-05")),
            (0x3ee4f8b588e368f1, ".4g", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "#.4g", Ok("1.000e-05")),
            (0x3ee4f8b588e368f1, "e", Ok("1.000000e-05")),
            (0x3ee4f8b588e368f1, "E", Ok("1.000000E-05")),
            (0x3ee4f8b588e368f1, "f", Ok("0.000010")),
            (0x3ee4f8b588e368f1, "F", Ok("0.000010")),
            (0x3ee4f8b588e368f1, "g", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "G", Ok("1E-05")),
            (0x3ee4f8b588e368f1, "%", Ok("0.001000%")),
            (0x3ee4f8b588e368f1, "n", Ok("1e-05")),
            (0x3ee4f8b588e368f1, ".1%", Ok("0.0%")),
            (0x3ee4f8b588e368f1, "+", Ok("+1e-05")),
            (0x3ee4f8b588e368f1, " ", Ok(" 1e-05")),
            (0x3ee4f8b588e368f1, "z.1f", Ok("0.0")),
            (0x3ee4f8b588e368f1, "z", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "015,.2f", Ok("0,000,000,000.00")),
            (0x3ee4f8b588e368f1, "#.0f", Ok("0.")),
            (0x3ee4f8b588e368f1, "#.0e", Ok("1.e-05")),
            (0x3ee4f8b588e368f1, ".25f", Ok("0.0000100000000000000008180")),
            (0x3ee4f8b588e368f1, ".20e", Ok("1.00000000000000008180e-05")),
            (0x3ee4f8b588e368f1, ".17g", Ok("1.0000000000000001e-05")),
            (0x3ee4f8b588e368f1, "*^+12.3e", Ok("*+1.000e-05*")),
            (0x3ee4f8b588e368f1, "x=+010.2f", Ok("+xxxxx0.00")),
            (0x3ee4f8b588e368f1, "#010.0f", Ok("000000000.")),
            (0x3ee4f8b588e368f1, "0=12,.1f", Ok("00,000,000.0")),
            (0x3ee4f8b588e368f1, "_.3f", Ok("0.000")),
            (0x3ee4f8b588e368f1, ",g", Ok("1e-05")),
            (0x3ee4f8b588e368f1, ",e", Ok("1.000000e-05")),
            (0x3ee4f8b588e368f1, ",%", Ok("0.001000%")),
            (0x3ee4f8b588e368f1, ".0%", Ok("0%")),
            (0x3ee4f8b588e368f1, ">z8.0f", Ok("       0")),
            (0x3ee4f8b588e368f1, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x3ee4f8b588e368f1, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x3ee4f8b588e368f1, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x3ee4f8b588e368f1, ".", Err("Format specifier missing precision")),
            (0x3ee4f8b588e368f1, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x3ee4f8b588e368f1, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x3ee4f8b588e368f1, ",,", Err("Cannot specify ',' with ','.")),
            (0x3ee4f8b588e368f1, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x3ee4f8b588e368f1, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x3ee4f8b588e368f1, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x3ee4f8b588e368f1, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x3ee4f8b588e368f1, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0xc0934a456d5cfaad, "", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, ".3", Ok("-1.23e+03")),
            (0xc0934a456d5cfaad, ".0", Ok("-1e+03")),
            (0xc0934a456d5cfaad, "#", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, "10", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, "<10", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, "^11", Ok("-1234.5678 ")),
            (0xc0934a456d5cfaad, "=+12", Ok("-  1234.5678")),
            (0xc0934a456d5cfaad, "010", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, ",", Ok("-1,234.5678")),
            (0xc0934a456d5cfaad, "_", Ok("-1_234.5678")),
            (0xc0934a456d5cfaad, ".2f", Ok("-1234.57")),
            (0xc0934a456d5cfaad, ".3e", Ok("-1.235e+03")),
            (0xc0934a456d5cfaad, ".4g", Ok("-1235")),
            (0xc0934a456d5cfaad, "#.4g", Ok("-1235.")),
            (0xc0934a456d5cfaad, "e", Ok("-1.234568e+03")),
            (0xc0934a456d5cfaad, "E", Ok("-1.234568E+03")),
            (0xc0934a456d5cfaad, "f", Ok("-1234.567800")),
            (0xc0934a456d5cfaad, "F", Ok("-1234.567800")),
            (0xc0934a456d5cfaad, "g", Ok("-1234.57")),
            (0xc0934a456d5cfaad, "G", Ok("-1234.57")),
            (0xc0934a456d5cfaad, "%", Ok("-123456.780000%")),
            (0xc0934a456d5cfaad, "n", Ok("-1234.57")),
            (0xc0934a456d5cfaad, ".1%", Ok("-123456.8%")),
            (0xc0934a456d5cfaad, "+", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, " ", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, "z.1f", Ok("-1234.6")),
            (0xc0934a456d5cfaad, "z", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, "015,.2f", Ok("-000,001,234.57")),
            (0xc0934a456d5cfaad, "#.0f", Ok("-1235.")),
            (0xc0934a456d5cfaad, "#.0e", Ok("-1.e+03")),
            (0xc0934a456d5cfaad, ".25f", Ok("-1234.5678000000000338332029060")),
            (0xc0934a456d5cfaad, ".20e", Ok("-1.23456780000000003383e+03")),
            (0xc0934a456d5cfaad, ".17g", Ok("-1234.5678")),
            (0xc0934a456d5cfaad, "*^+12.3e", Ok("*-1.235e+03*")),
            (0xc0934a456d5cfaad, "x=+010.2f", Ok("-xx1234.57")),
            (0xc0934a456d5cfaad, "#010.0f", Ok("-00001235.")),
            (0xc0934a456d5cfaad, "0=12,.1f", Ok("-0,001,234.6")),
            (0xc0934a456d5cfaad, "_.3f", Ok("-1_234.568")),
            (0xc0934a456d5cfaad, ",g", Ok("-1,234.57")),
            (0xc0934a456d5cfaad, ",e", Ok("-1.234568e+03")),
            (0xc0934a456d5cfaad, ",%", Ok("-123,456.780000%")),
            (0xc0934a456d5cfaad, ".0%", Ok("-123457%")),
            (0xc0934a456d5cfaad, ">z8.0f", Ok("   -1235")),
            (0xc0934a456d5cfaad, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0xc0934a456d5cfaad, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0xc0934a456d5cfaad, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0xc0934a456d5cfaad, ".", Err("Format specifier missing precision")),
            (0xc0934a456d5cfaad, ",_", Err("Cannot specify both ',' and '_'.")),
            (0xc0934a456d5cfaad, "_,", Err("Cannot specify both ',' and '_'.")),
            (0xc0934a456d5cfaad, ",,", Err("Cannot specify ',' with ','.")),
            (0xc0934a456d5cfaad, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0xc0934a456d5cfaad, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0xc0934a456d5cfaad, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0xc0934a456d5cfaad, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0xc0934a456d5cfaad, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x7e37e43c8800759c, "", Ok("1e+300")),
            (0x7e37e43c8800759c, ".3", Ok("1e+300")),
            (0x7e37e43c8800759c, ".0", Ok("1e+300")),
            (0x7e37e43c8800759c, "#", Ok("1.e+300")),
            (0x7e37e43c8800759c, "10", Ok("    1e+300")),
            (0x7e37e43c8800759c, "<10", Ok("1e+300    ")),
            (0x7e37e43c8800759c, "^11", Ok("  1e+300   ")),
            (0x7e37e43c8800759c, "=+12", Ok("+     1e+300")),
            (0x7e37e43c8800759c, "010", Ok("00001e+300")),
            (0x7e37e43c8800759c, ",", Ok("1e+300")),
            (0x7e37e43c8800759c, "_", Ok("1e+300")),
            (0x7e37e43c8800759c, ".2f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")),
            (0x7e37e43c8800759c, ".3e", Ok("1.000e+300")),
            (0x7e37e43c8800759c, ".4g", Ok("1e+300")),
            (0x7e37e43c8800759c, "#.4g", Ok("1.000e+300")),
            (0x7e37e43c8800759c, "e", Ok("1.000000e+300")),
            (0x7e37e43c8800759c, "E", Ok("1.000000E+300")),
            (0x7e37e43c8800759c, "f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (0x7e37e43c8800759c, "F", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (0x7e37e43c8800759c, "g", Ok("1e+300")),
            (0x7e37e43c8800759c, "G", Ok("1E+300")),
            (0x7e37e43c8800759c, "%", Ok("100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%")),
            (0x7e37e43c8800759c, "n", Ok("1e+300")),
            (0x7e37e43c8800759c, ".1%", Ok("100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.0%")),
            (0x7e37e43c8800759c, "+", Ok("+1e+300")),
            (0x7e37e43c8800759c, " ", Ok(" 1e+300")),
            (0x7e37e43c8800759c, "z.1f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0")),
            (0x7e37e43c8800759c, "z", Ok("1e+300")),
            (0x7e37e43c8800759c, "015,.2f", Ok("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00")),
            (0x7e37e43c8800759c, "#.0f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.")),
            (0x7e37e43c8800759c, "#.0e", Ok("1.e+300")),
            (0x7e37e43c8800759c, ".25f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0000000000000000000000000")),
            (0x7e37e43c8800759c, ".20e", Ok("1.00000000000000005250e+300")),
            (0x7e37e43c8800759c, ".17g", Ok("1.0000000000000001e+300")),
            (0x7e37e43c8800759c, "*^+12.3e", Ok("+1.000e+300*")),
            (0x7e37e43c8800759c, "x=+010.2f", Ok("+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")),
            (0x7e37e43c8800759c, "#010.0f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.")),
            (0x7e37e43c8800759c, "0=12,.1f", Ok("1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.0")),
            (0x7e37e43c8800759c, "_.3f", Ok("1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.000")),
            (0x7e37e43c8800759c, ",g", Ok("1e+300")),
            (0x7e37e43c8800759c, ",e", Ok("1.000000e+300")),
            (0x7e37e43c8800759c, ",%", Ok("100,000,000,000,000,007,629,703,079,084,894,925,347,346,855,150,656,811,701,601,734,206,211,380,288,125,794,484,142,188,964,691,784,076,639,747,577,138,548,761,372,210,387,844,799,938,291,815,611,350,519,830,750,167,649,856,488,981,626,536,368,095,414,607,314,235,151,058,373,458,986,890,825,155,659,063,617,715,863,205,282,622,390,509,284,183,439,858,617,103,083,735,673,849,899,204,570,498,157,510,656.000000%")),
            (0x7e37e43c8800759c, ".0%", Ok("100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656%")),
            (0x7e37e43c8800759c, ">z8.0f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x7e37e43c8800759c, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x7e37e43c8800759c, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x7e37e43c8800759c, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x7e37e43c8800759c, ".", Err("Format specifier missing precision")),
            (0x7e37e43c8800759c, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x7e37e43c8800759c, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x7e37e43c8800759c, ",,", Err("Cannot specify ',' with ','.")),
            (0x7e37e43c8800759c, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x7e37e43c8800759c, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x7e37e43c8800759c, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x7e37e43c8800759c, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x7e37e43c8800759c, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x0000000000000001, "", Ok("5e-324")),
            (0x0000000000000001, ".3", Ok("4.94e-324")),
            (0x0000000000000001, ".0", Ok("5e-324")),
            (0x0000000000000001, "#", Ok("5.e-324")),
            (0x0000000000000001, "10", Ok("    5e-324")),
            (0x0000000000000001, "<10", Ok("5e-324    ")),
            (0x0000000000000001, "^11", Ok("  5e-324   ")),
            (0x0000000000000001, "=+12", Ok("+     5e-324")),
            (0x0000000000000001, "010", Ok("00005e-324")),
            (0x0000000000000001, ",", Ok("5e-324")),
            (0x0000000000000001, "_", Ok("5e-324")),
            (0x0000000000000001, ".2f", Ok("0.00")),
            (0x0000000000000001, ".3e", Ok("4.941e-324")),
            (0x0000000000000001, ".4g", Ok("4.941e-324")),
            (0x0000000000000001, "#.4g", Ok("4.941e-324")),
            (0x0000000000000001, "e", Ok("4.940656e-324")),
            (0x0000000000000001, "E", Ok("4.940656E-324")),
            (0x0000000000000001, "f", Ok("0.000000")),
            (0x0000000000000001, "F", Ok("0.000000")),
            (0x0000000000000001, "g", Ok("4.94066e-324")),
            (0x0000000000000001, "G", Ok("4.94066E-324")),
            (0x0000000000000001, "%", Ok("0.000000%")),
            (0x0000000000000001, "n", Ok("4.94066e-324")),
            (0x0000000000000001, ".1%", Ok("0.0%")),
            (0x0000000000000001, "+", Ok("+5e-324")),
            (0x0000000000000001, " ", Ok(" 5e-324")),
            (0x0000000000000001, "z.1f", Ok("0.0")),
            (0x0000000000000001, "z", Ok("5e-324")),
            (0x0000000000000001, "015,.2f", Ok("0,000,000,000.00")),
            (0x0000000000000001, "#.0f", Ok("0.")),
            (0x0000000000000001, "#.0e", Ok("5.e-324")),
            (0x0000000000000001, ".25f", Ok("0.0000000000000000000000000")),
            (0x0000000000000001, ".20e", Ok("4.94065645841246544177e-324")),
            (0x0000000000000001, ".17g", Ok("4.9406564584124654e-324")),
            (0x0000000000000001, "*^+12.3e", Ok("+4.941e-324*")),
            (0x0000000000000001, "x=+010.2f", Ok("+xxxxx0.00")),
            (0x0000000000000001, "#010.0f", Ok("000000000.")),
            (0x0000000000000001, "0=12,.1f", Ok("00,000,000.0")),
            (0x0000000000000001, "_.3f", Ok("0.000")),
            (0x0000000000000001, ",g", Ok("4.94066e-324")),
            (0x0000000000000001, ",e", Ok("4.940656e-324")),
            (0x0000000000000001, ",%", Ok("0.000000%")),
            (0x0000000000000001, ".0%", Ok("0%")),
            (0x0000000000000001, ">z8.0f", Ok("       0")),
            (0x0000000000000001, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x0000000000000001, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x0000000000000001, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x0000000000000001, ".", Err("Format specifier missing precision")),
            (0x0000000000000001, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x0000000000000001, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x0000000000000001, ",,", Err("Cannot specify ',' with ','.")),
            (0x0000000000000001, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x0000000000000001, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x0000000000000001, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x0000000000000001, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x0000000000000001, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0xfff0000000000000, "", Ok("-inf")),
            (0xfff0000000000000, ".3", Ok("-inf")),
            (0xfff0000000000000, ".0", Ok("-inf")),
            (0xfff0000000000000, "#", Ok("-inf")),
            (0xfff0000000000000, "10", Ok("      -inf")),
            (0xfff0000000000000, "<10", Ok("-inf      ")),
            (0xfff0000000000000, "^11", Ok("   -inf    ")),
            (0xfff0000000000000, "=+12", Ok("-        inf")),
            (0xfff0000000000000, "010", Ok("-000000inf")),
            (0xfff0000000000000, ",", Ok("-inf")),
            (0xfff0000000000000, "_", Ok("-inf")),
            (0xfff0000000000000, ".2f", Ok("-inf")),
            (0xfff0000000000000, ".3e", Ok("-inf")),
            (0xfff0000000000000, ".4g", Ok("-inf")),
            (0xfff0000000000000, "#.4g", Ok("-inf")),
            (0xfff0000000000000, "e", Ok("-inf")),
            (0xfff0000000000000, "E", Ok("-INF")),
            (0xfff0000000000000, "f", Ok("-inf")),
            (0xfff0000000000000, "F", Ok("-INF")),
            (0xfff0000000000000, "g", Ok("-inf")),
            (0xfff0000000000000, "G", Ok("-INF")),
            (0xfff0000000000000, "%", Ok("-inf%")),
            (0xfff0000000000000, "n", Ok("-inf")),
            (0xfff0000000000000, ".1%", Ok("-inf%")),
            (0xfff0000000000000, "+", Ok("-inf")),
            (0xfff0000000000000, " ", Ok("-inf")),
            (0xfff0000000000000, "z.1f", Ok("-inf")),
            (0xfff0000000000000, "z", Ok("-inf")),
            (0xfff0000000000000, "015,.2f", Ok("-00000000000inf")),
            (0xfff0000000000000, "#.0f", Ok("-inf")),
            (0xfff0000000000000, "#.0e", Ok("-inf")),
            (0xfff0000000000000, ".25f", Ok("-inf")),
            (0xfff0000000000000, ".20e", Ok("-inf")),
            (0xfff0000000000000, ".17g", Ok("-inf")),
            (0xfff0000000000000, "*^+12.3e", Ok("****-inf****")),
            (0xfff0000000000000, "x=+010.2f", Ok("-xxxxxxinf")),
            (0xfff0000000000000, "#010.0f", Ok("-000000inf")),
            (0xfff0000000000000, "0=12,.1f", Ok("-00000000inf")),
            (0xfff0000000000000, "_.3f", Ok("-inf")),
            (0xfff0000000000000, ",g", Ok("-inf")),
            (0xfff0000000000000, ",e", Ok("-inf")),
            (0xfff0000000000000, ",%", Ok("-inf%")),
            (0xfff0000000000000, ".0%", Ok("-inf%")),
            (0xfff0000000000000, ">z8.0f", Ok("    -inf")),
            (0xfff0000000000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0xfff0000000000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0xfff0000000000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0xfff0000000000000, ".", Err("Format specifier missing precision")),
            (0xfff0000000000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0xfff0000000000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0xfff0000000000000, ",,", Err("Cannot specify ',' with ','.")),
            (0xfff0000000000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0xfff0000000000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0xfff0000000000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0xfff0000000000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0xfff0000000000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x7ff8000000000000, "", Ok("nan")),
            (0x7ff8000000000000, ".3", Ok("nan")),
            (0x7ff8000000000000, ".0", Ok("nan")),
            (0x7ff8000000000000, "#", Ok("nan")),
            (0x7ff8000000000000, "10", Ok("       nan")),
            (0x7ff8000000000000, "<10", Ok("nan       ")),
            (0x7ff8000000000000, "^11", Ok("    nan    ")),
            (0x7ff8000000000000, "=+12", Ok("+        nan")),
            (0x7ff8000000000000, "010", Ok("0000000nan")),
            (0x7ff8000000000000, ",", Ok("nan")),
            (0x7ff8000000000000, "_", Ok("nan")),
            (0x7ff8000000000000, ".2f", Ok("nan")),
            (0x7ff8000000000000, ".3e", Ok("nan")),
            (0x7ff8000000000000, ".4g", Ok("nan")),
            (0x7ff8000000000000, "#.4g", Ok("nan")),
            (0x7ff8000000000000, "e", Ok("nan")),
            (0x7ff8000000000000, "E", Ok("NAN")),
            (0x7ff8000000000000, "f", Ok("nan")),
            (0x7ff8000000000000, "F", Ok("NAN")),
            (0x7ff8000000000000, "g", Ok("nan")),
            (0x7ff8000000000000, "G", Ok("NAN")),
            (0x7ff8000000000000, "%", Ok("nan%")),
            (0x7ff8000000000000, "n", Ok("nan")),
            (0x7ff8000000000000, ".1%", Ok("nan%")),
            (0x7ff8000000000000, "+", Ok("+nan")),
            (0x7ff8000000000000, " ", Ok(" nan")),
            (0x7ff8000000000000, "z.1f", Ok("nan")),
            (0x7ff8000000000000, "z", Ok("nan")),
            (0x7ff8000000000000, "015,.2f", Ok("000000000000nan")),
            (0x7ff8000000000000, "#.0f", Ok("nan")),
            (0x7ff8000000000000, "#.0e", Ok("nan")),
            (0x7ff8000000000000, ".25f", Ok("nan")),
            (0x7ff8000000000000, ".20e", Ok("nan")),
            (0x7ff8000000000000, ".17g", Ok("nan")),
            (0x7ff8000000000000, "*^+12.3e", Ok("****+nan****")),
            (0x7ff8000000000000, "x=+010.2f", Ok("+xxxxxxnan")),
            (0x7ff8000000000000, "#010.0f", Ok("0000000nan")),
            (0x7ff8000000000000, "0=12,.1f", Ok("000000000nan")),
            (0x7ff8000000000000, "_.3f", Ok("nan")),
            (0x7ff8000000000000, ",g", Ok("nan")),
            (0x7ff8000000000000, ",e", Ok("nan")),
            (0x7ff8000000000000, ",%", Ok("nan%")),
            (0x7ff8000000000000, ".0%", Ok("nan%")),
            (0x7ff8000000000000, ">z8.0f", Ok("     nan")),
            (0x7ff8000000000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x7ff8000000000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x7ff8000000000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x7ff8000000000000, ".", Err("Format specifier missing precision")),
            (0x7ff8000000000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x7ff8000000000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x7ff8000000000000, ",,", Err("Cannot specify ',' with ','.")),
            (0x7ff8000000000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x7ff8000000000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x7ff8000000000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x7ff8000000000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x7ff8000000000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0x412e847f00000000, "", Ok("999999.5")),
            (0x412e847f00000000, ".3", Ok("1e+06")),
            (0x412e847f00000000, ".0", Ok("1e+06")),
            (0x412e847f00000000, "#", Ok("999999.5")),
            (0x412e847f00000000, "10", Ok("  999999.5")),
            (0x412e847f00000000, "<10", Ok("999999.5  ")),
            (0x412e847f00000000, "^11", Ok(" 999999.5  ")),
            (0x412e847f00000000, "=+12", Ok("+   999999.5")),
            (0x412e847f00000000, "010", Ok("00999999.5")),
            (0x412e847f00000000, ",", Ok("999,999.5")),
            (0x412e847f00000000, "_", Ok("999_999.5")),
            (0x412e847f00000000, ".2f", Ok("999999.50")),
            (0x412e847f00000000, ".3e", Ok("1.000e+06")),
            (0x412e847f00000000, ".4g", Ok("1e+06")),
            (0x412e847f00000000, "#.4g", Ok("1.000e+06")),
            (0x412e847f00000000, "e", Ok("9.999995e+05")),
            (0x412e847f00000000, "E", Ok("9.999995E+05")),
            (0x412e847f00000000, "f", Ok("999999.500000")),
            (0x412e847f00000000, "F", Ok("999999.500000")),
            (0x412e847f00000000, "g", Ok("1e+06")),
            (0x412e847f00000000, "G", Ok("1E+06")),
            (0x412e847f00000000, "%", Ok("99999950.000000%")),
            (0x412e847f00000000, "n", Ok("1e+06")),
            (0x412e847f00000000, ".1%", Ok("99999950.0%")),
            (0x412e847f00000000, "+", Ok("+999999.5")),
            (0x412e847f00000000, " ", Ok(" 999999.5")),
            (0x412e847f00000000, "z.1f", Ok("999999.5")),
            (0x412e847f00000000, "z", Ok("999999.5")),
            (0x412e847f00000000, "015,.2f", Ok("0,000,999,999.50")),
            (0x412e847f00000000, "#.0f", Ok("1000000.")),
            (0x412e847f00000000, "#.0e", Ok("1.e+06")),
            (0x412e847f00000000, ".25f", Ok("999999.5000000000000000000000000")),
            (0x412e847f00000000, ".20e", Ok("9.99999500000000000000e+05")),
            (0x412e847f00000000, ".17g", Ok("999999.5")),
            (0x412e847f00000000, "*^+12.3e", Ok("*+1.000e+06*")),
            (0x412e847f00000000, "x=+010.2f", Ok("+999999.50")),
            (0x412e847f00000000, "#010.0f", Ok("001000000.")),
            (0x412e847f00000000, "0=12,.1f", Ok("00,999,999.5")),
            (0x412e847f00000000, "_.3f", Ok("999_999.500")),
            (0x412e847f00000000, ",g", Ok("1e+06")),
            (0x412e847f00000000, ",e", Ok("9.999995e+05")),
            (0x412e847f00000000, ",%", Ok("99,999,950.000000%")),
            (0x412e847f00000000, ".0%", Ok("99999950%")),
            (0x412e847f00000000, ">z8.0f", Ok(" 1000000")),
            (0x412e847f00000000, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0x412e847f00000000, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0x412e847f00000000, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0x412e847f00000000, ".", Err("Format specifier missing precision")),
            (0x412e847f00000000, ",_", Err("Cannot specify both ',' and '_'.")),
            (0x412e847f00000000, "_,", Err("Cannot specify both ',' and '_'.")),
            (0x412e847f00000000, ",,", Err("Cannot specify ',' with ','.")),
            (0x412e847f00000000, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0x412e847f00000000, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0x412e847f00000000, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0x412e847f00000000, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0x412e847f00000000, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
            (0xbf50624dd2f1a9fc, "", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, ".3", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, ".0", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "#", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "10", Ok("    -0.001")),
            (0xbf50624dd2f1a9fc, "<10", Ok("-0.001    ")),
            (0xbf50624dd2f1a9fc, "^11", Ok("  -0.001   ")),
            (0xbf50624dd2f1a9fc, "=+12", Ok("-      0.001")),
            (0xbf50624dd2f1a9fc, "010", Ok("-00000.001")),
            (0xbf50624dd2f1a9fc, ",", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "_", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, ".2f", Ok("-0.00")),
            (0xbf50624dd2f1a9fc, ".3e", Ok("-1.000e-03")),
            (0xbf50624dd2f1a9fc, ".4g", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "#.4g", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "e", Ok("-1.000000e-03")),
            (0xbf50624dd2f1a9fc, "E", Ok("-1.000000E-03")),
            (0xbf50624dd2f1a9fc, "f", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "F", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "g", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "G", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "%", Ok("-0.100000%")),
            (0xbf50624dd2f1a9fc, "n", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, ".1%", Ok("-0.1%")),
            (0xbf50624dd2f1a9fc, "+", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, " ", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "z.1f", Ok("0.0")),
            (0xbf50624dd2f1a9fc, "z", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "015,.2f", Ok("-000,000,000.00")),
            (0xbf50624dd2f1a9fc, "#.0f", Ok("-0.")),
            (0xbf50624dd2f1a9fc, "#.0e", Ok("-1.e-03")),
            (0xbf50624dd2f1a9fc, ".25f", Ok("-0.0010000000000000000208167")),
            (0xbf50624dd2f1a9fc, ".20e", Ok("-1.00000000000000002082e-03")),
            (0xbf50624dd2f1a9fc, ".17g", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "*^+12.3e", Ok("*-1.000e-03*")),
            (0xbf50624dd2f1a9fc, "x=+010.2f", Ok("-xxxxx0.00")),
            (0xbf50624dd2f1a9fc, "#010.0f", Ok("-00000000.")),
            (0xbf50624dd2f1a9fc, "0=12,.1f", Ok("-0,000,000.0")),
            (0xbf50624dd2f1a9fc, "_.3f", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, ",g", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, ",e", Ok("-1.000000e-03")),
            (0xbf50624dd2f1a9fc, ",%", Ok("-0.100000%")),
            (0xbf50624dd2f1a9fc, ".0%", Ok("-0%")),
            (0xbf50624dd2f1a9fc, ">z8.0f", Ok("       0")),
            (0xbf50624dd2f1a9fc, "d", Err("Unknown format code 'd' for object of type 'float'")),
            (0xbf50624dd2f1a9fc, "s", Err("Unknown format code 's' for object of type 'float'")),
            (0xbf50624dd2f1a9fc, "c", Err("Unknown format code 'c' for object of type 'float'")),
            (0xbf50624dd2f1a9fc, ".", Err("Format specifier missing precision")),
            (0xbf50624dd2f1a9fc, ",_", Err("Cannot specify both ',' and '_'.")),
            (0xbf50624dd2f1a9fc, "_,", Err("Cannot specify both ',' and '_'.")),
            (0xbf50624dd2f1a9fc, ",,", Err("Cannot specify ',' with ','.")),
            (0xbf50624dd2f1a9fc, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
            (0xbf50624dd2f1a9fc, ".3fx", Err("Invalid format specifier '.3fx' for object of type 'float'")),
            (0xbf50624dd2f1a9fc, "99999999999999999999", Err("Too many decimal digits in format string")),
            (0xbf50624dd2f1a9fc, "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
            (0xbf50624dd2f1a9fc, "\u{20ac}", Err("Unknown format code '\\x20ac' for object of type 'float'")),
        ];
        for &(bits, spec, want) in cases {
            assert_eq!(
                format_float_spec(f(bits), spec),
                r(want),
                "format({:?}, {:?})",
                f(bits),
                spec
            );
        }
    }

    #[test]
    fn format_int_matches_cpython() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("0", "", Ok("0")),
            ("0", "d", Ok("0")),
            ("0", "x", Ok("0")),
            ("0", "X", Ok("0")),
            ("0", "#x", Ok("0x0")),
            ("0", "#X", Ok("0X0")),
            ("0", "#o", Ok("0o0")),
            ("0", "#b", Ok("0b0")),
            ("0", "b", Ok("0")),
            ("0", "o", Ok("0")),
            ("0", ",", Ok("0")),
            ("0", "_", Ok("0")),
            ("0", "_x", Ok("0")),
            ("0", "_b", Ok("0")),
            ("0", "#_x", Ok("0x0")),
            ("0", "010", Ok("0000000000")),
            ("0", "#010x", Ok("0x00000000")),
            ("0", "+", Ok("+0")),
            ("0", " ", Ok(" 0")),
            ("0", "-", Ok("0")),
            ("0", "010,", Ok("00,000,000")),
            ("0", "09,", Ok("0,000,000")),
            ("0", "08,", Ok("0,000,000")),
            ("0", "=+10", Ok("+        0")),
            ("0", "^10", Ok("    0     ")),
            ("0", "<10", Ok("0         ")),
            ("0", "c", Ok("\u{0}")),
            ("0", "5c", Ok("    \u{0}")),
            ("0", "05c", Ok("0000\u{0}")),
            ("0", "e", Ok("0.000000e+00")),
            ("0", ".2f", Ok("0.00")),
            ("0", "g", Ok("0")),
            ("0", "%", Ok("0.000000%")),
            ("0", "n", Ok("0")),
            ("0", ",.2f", Ok("0.00")),
            ("0", ".3", Err("Precision not allowed in integer format specifier")),
            ("0", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("0", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("0", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("0", ",x", Err("Cannot specify ',' with 'x'.")),
            ("0", "_c", Err("Cannot specify '_' with 'c'.")),
            ("0", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("0", "=10_", Ok("         0")),
            ("0", "020_b", Ok("0_0000_0000_0000_0000")),
            ("0", "*^+#15_x", Ok("*****+0x0******")),
            ("0", "0<8", Ok("00000000")),
            ("0", " =8,", Ok("       0")),
            ("0", "E", Ok("0.000000E+00")),
            ("0", "F", Ok("0.000000")),
            ("0", "G", Ok("0")),
            ("0", ".0e", Ok("0e+00")),
            ("0", ",n", Err("Cannot specify ',' with 'n'.")),
            ("0", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("0", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("-1", "", Ok("-1")),
            ("-1", "d", Ok("-1")),
            ("-1", "x", Ok("-1")),
            ("-1", "X", Ok("-1")),
            ("-1", "#x", Ok("-0x1")),
            ("-1", "#X", Ok("-0X1")),
            ("-1", "#o", Ok("-0o1")),
            ("-1", "#b", Ok("-0b1")),
            ("-1", "b", Ok("-1")),
            ("-1", "o", Ok("-1")),
            ("-1", ",", Ok("-1")),
            ("-1", "_", Ok("-1")),
            ("-1", "_x", Ok("-1")),
            ("-1", "_b", Ok("-1")),
            ("-1", "#_x", Ok("-0x1")),
            ("-1", "010", Ok("-000000001")),
            ("-1", "#010x", Ok("-0x0000001")),
            ("-1", "+", Ok("-1")),
            ("-1", " ", Ok("-1")),
            ("-1", "-", Ok("-1")),
            ("-1", "010,", Ok("-0,000,001")),
            ("-1", "09,", Ok("-0,000,001")),
            ("-1", "08,", Ok("-000,001")),
            ("-1", "=+10", Ok("-        1")),
            ("-1", "^10", Ok("    -1    ")),
            ("-1", "<10", Ok("-1        ")),
            ("-1", "c", Err("%c arg not in range(0x110000)")),
            ("-1", "5c", Err("%c arg not in range(0x110000)")),
            ("-1", "05c", Err("%c arg not in range(0x110000)")),
            ("-1", "e", Ok("-1.000000e+00")),
            ("-1", ".2f", Ok("-1.00")),
            ("-1", "g", Ok("-1")),
            ("-1", "%", Ok("-100.000000%")),
            ("-1", "n", Ok("-1")),
            ("-1", ",.2f", Ok("-1.00")),
            ("-1", ".3", Err("Precision not allowed in integer format specifier")),
            ("-1", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("-1", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("-1", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("-1", ",x", Err("Cannot specify ',' with 'x'.")),
            ("-1", "_c", Err("Cannot specify '_' with 'c'.")),
            ("-1", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("-1", "=10_", Ok("-        1")),
            ("-1", "020_b", Ok("-0000_0000_0000_0001")),
            ("-1", "*^+#15_x", Ok("*****-0x1******")),
            ("-1", "0<8", Ok("-1000000")),
            ("-1", " =8,", Ok("-      1")),
            ("-1", "E", Ok("-1.000000E+00")),
            ("-1", "F", Ok("-1.000000")),
            ("-1", "G", Ok("-1")),
            ("-1", ".0e", Ok("-1e+00")),
            ("-1", ",n", Err("Cannot specify ',' with 'n'.")),
            ("-1", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("-1", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("65", "", Ok("65")),
            ("65", "d", Ok("65")),
            ("65", "x", Ok("41")),
            ("65", "X", Ok("41")),
            ("65", "#x", Ok("0x41")),
            ("65", "#X", Ok("0X41")),
            ("65", "#o", Ok("0o101")),
            ("65", "#b", Ok("0b1000001")),
            ("65", "b", Ok("1000001")),
            ("65", "o", Ok("101")),
            ("65", ",", Ok("65")),
            ("65", "_", Ok("65")),
            ("65", "_x", Ok("41")),
            ("65", "_b", Ok("100_0001")),
            ("65", "#_x", Ok("0x41")),
            ("65", "010", Ok("0000000065")),
            ("65", "#010x", Ok("0x00000041")),
            ("65", "+", Ok("+65")),
            ("65", " ", Ok(" 65")),
            ("65", "-", Ok("65")),
            ("65", "010,", Ok("00,000,065")),
            ("65", "09,", Ok("0,000,065")),
            ("65", "08,", Ok("0,000,065")),
            ("65", "=+10", Ok("+       65")),
            ("65", "^10", Ok("    65    ")),
            ("65", "<10", Ok("65        ")),
            ("65", "c", Ok("A")),
            ("65", "5c", Ok("    A")),
            ("65", "05c", Ok("0000A")),
            ("65", "e", Ok("6.500000e+01")),
            ("65", ".2f", Ok("65.00")),
            ("65", "g", Ok("65")),
            ("65", "%", Ok("6500.000000%")),
            ("65", "n", Ok("65")),
            ("65", ",.2f", Ok("65.00")),
            ("65", ".3", Err("Precision not allowed in integer format specifier")),
            ("65", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("65", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("65", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("65", ",x", Err("Cannot specify ',' with 'x'.")),
            ("65", "_c", Err("Cannot specify '_' with 'c'.")),
            ("65", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("65", "=10_", Ok("        65")),
            ("65", "020_b", Ok("0_0000_0000_0100_0001")),
            ("65", "*^+#15_x", Ok("*****+0x41*****")),
            ("65", "0<8", Ok("65000000")),
            ("65", " =8,", Ok("      65")),
            ("65", "E", Ok("6.500000E+01")),
            ("65", "F", Ok("65.000000")),
            ("65", "G", Ok("65")),
            ("65", ".0e", Ok("6e+01")),
            ("65", ",n", Err("Cannot specify ',' with 'n'.")),
            ("65", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("65", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("255", "", Ok("255")),
            ("255", "d", Ok("255")),
            ("255", "x", Ok("ff")),
            ("255", "X", Ok("FF")),
            ("255", "#x", Ok("0xff")),
            ("255", "#X", Ok("0XFF")),
            ("255", "#o", Ok("0o377")),
            ("255", "#b", Ok("0b11111111")),
            ("255", "b", Ok("11111111")),
            ("255", "o", Ok("377")),
            ("255", ",", Ok("255")),
            ("255", "_", Ok("255")),
            ("255", "_x", Ok("ff")),
            ("255", "_b", Ok("1111_1111")),
            ("255", "#_x", Ok("0xff")),
            ("255", "010", Ok("0000000255")),
            ("255", "#010x", Ok("0x000000ff")),
            ("255", "+", Ok("+255")),
            ("255", " ", Ok(" 255")),
            ("255", "-", Ok("255")),
            ("255", "010,", Ok("00,000,255")),
            ("255", "09,", Ok("0,000,255")),
            ("255", "08,", Ok("0,000,255")),
            ("255", "=+10", Ok("+      255")),
            ("255", "^10", Ok("   255    ")),
            ("255", "<10", Ok("255       ")),
            ("255", "c", Ok("\u{ff}")),
            ("255", "5c", Ok("    \u{ff}")),
            ("255", "05c", Ok("0000\u{ff}")),
            ("255", "e", Ok("2.550000e+02")),
            ("255", ".2f", Ok("255.00")),
            ("255", "g", Ok("255")),
            ("255", "%", Ok("25500.000000%")),
            ("255", "n", Ok("255")),
            ("255", ",.2f", Ok("255.00")),
            ("255", ".3", Err("Precision not allowed in integer format specifier")),
            ("255", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("255", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("255", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("255", ",x", Err("Cannot specify ',' with 'x'.")),
            ("255", "_c", Err("Cannot specify '_' with 'c'.")),
            ("255", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("255", "=10_", Ok("       255")),
            ("255", "020_b", Ok("0_0000_0000_1111_1111")),
            ("255", "*^+#15_x", Ok("*****+0xff*****")),
            ("255", "0<8", Ok("25500000")),
            ("255", " =8,", Ok("     255")),
            ("255", "E", Ok("2.550000E+02")),
            ("255", "F", Ok("255.000000")),
            ("255", "G", Ok("255")),
            ("255", ".0e", Ok("3e+02")),
            ("255", ",n", Err("Cannot specify ',' with 'n'.")),
            ("255", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("255", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("-1234567", "", Ok("-1234567")),
            ("-1234567", "d", Ok("-1234567")),
            ("-1234567", "x", Ok("-12d687")),
            ("-1234567", "X", Ok("-12D687")),
            ("-1234567", "#x", Ok("-0x12d687")),
            ("-1234567", "#X", Ok("-0X12D687")),
            ("-1234567", "#o", Ok("-0o4553207")),
            ("-1234567", "#b", Ok("-0b100101101011010000111")),
            ("-1234567", "b", Ok("-100101101011010000111")),
            ("-1234567", "o", Ok("-4553207")),
            ("-1234567", ",", Ok("-1,234,567")),
            ("-1234567", "_", Ok("-1_234_567")),
            ("-1234567", "_x", Ok("-12_d687")),
            ("-1234567", "_b", Ok("-1_0010_1101_0110_1000_0111")),
            ("-1234567", "#_x", Ok("-0x12_d687")),
            ("-1234567", "010", Ok("-001234567")),
            ("-1234567", "#010x", Ok("-0x012d687")),
            ("-1234567", "+", Ok("-1234567")),
            ("-1234567", " ", Ok("-1234567")),
            ("-1234567", "-", Ok("-1234567")),
            ("-1234567", "010,", Ok("-1,234,567")),
            ("-1234567", "09,", Ok("-1,234,567")),
            ("-1234567", "08,", Ok("-1,234,567")),
            ("-1234567", "=+10", Ok("-  1234567")),
            ("-1234567", "^10", Ok(" -1234567 ")),
            ("-1234567", "<10", Ok("-1234567  ")),
            ("-1234567", "c", Err("%c arg not in range(0x110000)")),
            ("-1234567", "5c", Err("%c arg not in range(0x110000)")),
            ("-1234567", "05c", Err("%c arg not in range(0x110000)")),
            ("-1234567", "e", Ok("-1.234567e+06")),
            ("-1234567", ".2f", Ok("-1234567.00")),
            ("-1234567", "g", Ok("-1.23457e+06")),
            ("-1234567", "%", Ok("-123456700.000000%")),
            ("-1234567", "n", Ok("-1234567")),
            ("-1234567", ",.2f", Ok("-1,234,567.00")),
            ("-1234567", ".3", Err("Precision not allowed in integer format specifier")),
            ("-1234567", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("-1234567", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("-1234567", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("-1234567", ",x", Err("Cannot specify ',' with 'x'.")),
            ("-1234567", "_c", Err("Cannot specify '_' with 'c'.")),
            ("-1234567", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("-1234567", "=10_", Ok("-1_234_567")),
            ("-1234567", "020_b", Ok("-1_0010_1101_0110_1000_0111")),
            ("-1234567", "*^+#15_x", Ok("**-0x12_d687***")),
            ("-1234567", "0<8", Ok("-1234567")),
            ("-1234567", " =8,", Ok("-1,234,567")),
            ("-1234567", "E", Ok("-1.234567E+06")),
            ("-1234567", "F", Ok("-1234567.000000")),
            ("-1234567", "G", Ok("-1.23457E+06")),
            ("-1234567", ".0e", Ok("-1e+06")),
            ("-1234567", ",n", Err("Cannot specify ',' with 'n'.")),
            ("-1234567", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("-1234567", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("18446744073709551616", "", Ok("18446744073709551616")),
            ("18446744073709551616", "d", Ok("18446744073709551616")),
            ("18446744073709551616", "x", Ok("10000000000000000")),
            ("18446744073709551616", "X", Ok("10000000000000000")),
            ("18446744073709551616", "#x", Ok("0x10000000000000000")),
            ("18446744073709551616", "#X", Ok("0X10000000000000000")),
            ("18446744073709551616", "#o", Ok("0o2000000000000000000000")),
            ("18446744073709551616", "#b", Ok("0b10000000000000000000000000000000000000000000000000000000000000000")),
            ("18446744073709551616", "b", Ok("10000000000000000000000000000000000000000000000000000000000000000")),
            ("18446744073709551616", "o", Ok("2000000000000000000000")),
            ("18446744073709551616", ",", Ok("18,446,744,073,709,551,616")),
            ("18446744073709551616", "_", Ok("18_446_744_073_709_551_616")),
            ("18446744073709551616", "_x", Ok("1_0000_0000_0000_0000")),
            ("18446744073709551616", "_b", Ok("1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
            ("18446744073709551616", "#_x", Ok("0x1_0000_0000_0000_0000")),
            ("18446744073709551616", "010", Ok("18446744073709551616")),
            ("18446744073709551616", "#010x", Ok("0x10000000000000000")),
            ("18446744073709551616", "+", Ok("+18446744073709551616")),
            ("18446744073709551616", " ", Ok(" 18446744073709551616")),
            ("18446744073709551616", "-", Ok("18446744073709551616")),
            ("18446744073709551616", "010,", Ok("18,446,744,073,709,551,616")),
            ("18446744073709551616", "09,", Ok("18,446,744,073,709,551,616")),
            ("18446744073709551616", "08,", Ok("18,446,744,073,709,551,616")),
            ("18446744073709551616", "=+10", Ok("+18446744073709551616")),
            ("18446744073709551616", "^10", Ok("18446744073709551616")),
            ("18446744073709551616", "<10", Ok("18446744073709551616")),
            ("18446744073709551616", "c", Err("Python int too large to convert to C long")),
            ("18446744073709551616", "5c", Err("Python int too large to convert to C long")),
            ("18446744073709551616", "05c", Err("Python int too large to convert to C long")),
            ("18446744073709551616", "e", Ok("1.844674e+19")),
            ("18446744073709551616", ".2f", Ok("18446744073709551616.00")),
            ("18446744073709551616", "g", Ok("1.84467e+19")),
            ("18446744073709551616", "%", Ok("1844674407370955161600.000000%")),
            ("18446744073709551616", "n", Ok("18446744073709551616")),
            ("18446744073709551616", ",.2f", Ok("18,446,744,073,709,551,616.00")),
            ("18446744073709551616", ".3", Err("Precision not allowed in integer format specifier")),
            ("18446744073709551616", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("18446744073709551616", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("18446744073709551616", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("18446744073709551616", ",x", Err("Cannot specify ',' with 'x'.")),
            ("18446744073709551616", "_c", Err("Cannot specify '_' with 'c'.")),
            ("18446744073709551616", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("18446744073709551616", "=10_", Ok("18_446_744_073_709_551_616")),
            ("18446744073709551616", "020_b", Ok("1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
            ("18446744073709551616", "*^+#15_x", Ok("+0x1_0000_0000_0000_0000")),
            ("18446744073709551616", "0<8", Ok("18446744073709551616")),
            ("18446744073709551616", " =8,", Ok("18,446,744,073,709,551,616")),
            ("18446744073709551616", "E", Ok("1.844674E+19")),
            ("18446744073709551616", "F", Ok("18446744073709551616.000000")),
            ("18446744073709551616", "G", Ok("1.84467E+19")),
            ("18446744073709551616", ".0e", Ok("2e+19")),
            ("18446744073709551616", ",n", Err("Cannot specify ',' with 'n'.")),
            ("18446744073709551616", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("18446744073709551616", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("-18446744073709551617", "", Ok("-18446744073709551617")),
            ("-18446744073709551617", "d", Ok("-18446744073709551617")),
            ("-18446744073709551617", "x", Ok("-10000000000000001")),
            ("-18446744073709551617", "X", Ok("-10000000000000001")),
            ("-18446744073709551617", "#x", Ok("-0x10000000000000001")),
            ("-18446744073709551617", "#X", Ok("-0X10000000000000001")),
            ("-18446744073709551617", "#o", Ok("-0o2000000000000000000001")),
            ("-18446744073709551617", "#b", Ok("-0b10000000000000000000000000000000000000000000000000000000000000001")),
            ("-18446744073709551617", "b", Ok("-10000000000000000000000000000000000000000000000000000000000000001")),
            ("-18446744073709551617", "o", Ok("-2000000000000000000001")),
            ("-18446744073709551617", ",", Ok("-18,446,744,073,709,551,617")),
            ("-18446744073709551617", "_", Ok("-18_446_744_073_709_551_617")),
            ("-18446744073709551617", "_x", Ok("-1_0000_0000_0000_0001")),
            ("-18446744073709551617", "_b", Ok("-1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001")),
            ("-18446744073709551617", "#_x", Ok("-0x1_0000_0000_0000_0001")),
            ("-18446744073709551617", "010", Ok("-18446744073709551617")),
            ("-18446744073709551617", "#010x", Ok("-0x10000000000000001")),
            ("-18446744073709551617", "+", Ok("-18446744073709551617")),
            ("-18446744073709551617", " ", Ok("-18446744073709551617")),
            ("-18446744073709551617", "-", Ok("-18446744073709551617")),
            ("-18446744073709551617", "010,", Ok("-18,446,744,073,709,551,617")),
            ("-18446744073709551617", "09,", Ok("-18,446,744,073,709,551,617")),
            ("-18446744073709551617", "08,", Ok("-18,446,744,073,709,551,617")),
            ("-18446744073709551617", "=+10", Ok("-18446744073709551617")),
            ("-18446744073709551617", "^10", Ok("-18446744073709551617")),
            ("-18446744073709551617", "<10", Ok("-18446744073709551617")),
            ("-18446744073709551617", "c", Err("Python int too large to convert to C long")),
            ("-18446744073709551617", "5c", Err("Python int too large to convert to C long")),
            ("-18446744073709551617", "05c", Err("Python int too large to convert to C long")),
            ("-18446744073709551617", "e", Ok("-1.844674e+19")),
            ("-18446744073709551617", ".2f", Ok("-18446744073709551616.00")),
            ("-18446744073709551617", "g", Ok("-1.84467e+19")),
            ("-18446744073709551617", "%", Ok("-1844674407370955161600.000000%")),
            ("-18446744073709551617", "n", Ok("-18446744073709551617")),
            ("-18446744073709551617", ",.2f", Ok("-18,446,744,073,709,551,616.00")),
            ("-18446744073709551617", ".3", Err("Precision not allowed in integer format specifier")),
            ("-18446744073709551617", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("-18446744073709551617", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("-18446744073709551617", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("-18446744073709551617", ",x", Err("Cannot specify ',' with 'x'.")),
            ("-18446744073709551617", "_c", Err("Cannot specify '_' with 'c'.")),
            ("-18446744073709551617", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("-18446744073709551617", "=10_", Ok("-18_446_744_073_709_551_617")),
            ("-18446744073709551617", "020_b", Ok("-1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001")),
            ("-18446744073709551617", "*^+#15_x", Ok("-0x1_0000_0000_0000_0001")),
            ("-18446744073709551617", "0<8", Ok("-18446744073709551617")),
            ("-18446744073709551617", " =8,", Ok("-18,446,744,073,709,551,617")),
            ("-18446744073709551617", "E", Ok("-1.844674E+19")),
            ("-18446744073709551617", "F", Ok("-18446744073709551616.000000")),
            ("-18446744073709551617", "G", Ok("-1.84467E+19")),
            ("-18446744073709551617", ".0e", Ok("-2e+19")),
            ("-18446744073709551617", ",n", Err("Cannot specify ',' with 'n'.")),
            ("-18446744073709551617", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("-18446744073709551617", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "d", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "x", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "X", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "#x", Ok("0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "#X", Ok("0X10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "#o", Ok("0o200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "#b", Ok("0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "b", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "o", Ok("200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", ",", Ok("179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "_", Ok("179_769_313_486_231_590_772_930_519_078_902_473_361_797_697_894_230_657_273_430_081_157_732_675_805_500_963_132_708_477_322_407_536_021_120_113_879_871_393_357_658_789_768_814_416_622_492_847_430_639_474_124_377_767_893_424_865_485_276_302_219_601_246_094_119_453_082_952_085_005_768_838_150_682_342_462_881_473_913_110_540_827_237_163_350_510_684_586_298_239_947_245_938_479_716_304_835_356_329_624_224_137_216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "_x", Ok("1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "_b", Ok("1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "#_x", Ok("0x1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "010", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "#010x", Ok("0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "+", Ok("+179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", " ", Ok(" 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "-", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "010,", Ok("179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "09,", Ok("179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "08,", Ok("179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "=+10", Ok("+179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "^10", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "<10", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "c", Err("Python int too large to convert to C long")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "5c", Err("Python int too large to convert to C long")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "05c", Err("Python int too large to convert to C long")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "e", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", ".2f", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "g", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "%", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "n", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", ",.2f", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", ".3", Err("Precision not allowed in integer format specifier")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", ",x", Err("Cannot specify ',' with 'x'.")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "_c", Err("Cannot specify '_' with 'c'.")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "=10_", Ok("179_769_313_486_231_590_772_930_519_078_902_473_361_797_697_894_230_657_273_430_081_157_732_675_805_500_963_132_708_477_322_407_536_021_120_113_879_871_393_357_658_789_768_814_416_622_492_847_430_639_474_124_377_767_893_424_865_485_276_302_219_601_246_094_119_453_082_952_085_005_768_838_150_682_342_462_881_473_913_110_540_827_237_163_350_510_684_586_298_239_947_245_938_479_716_304_835_356_329_624_224_137_216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "020_b", Ok("1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "*^+#15_x", Ok("+0x1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "0<8", Ok("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", " =8,", Ok("179,769,313,486,231,590,772,930,519,078,902,473,361,797,697,894,230,657,273,430,081,157,732,675,805,500,963,132,708,477,322,407,536,021,120,113,879,871,393,357,658,789,768,814,416,622,492,847,430,639,474,124,377,767,893,424,865,485,276,302,219,601,246,094,119,453,082,952,085,005,768,838,150,682,342,462,881,473,913,110,540,827,237,163,350,510,684,586,298,239,947,245,938,479,716,304,835,356,329,624,224,137,216")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "E", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "F", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "G", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", ".0e", Err("int too large to convert to float")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", ",n", Err("Cannot specify ',' with 'n'.")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("1114111", "", Ok("1114111")),
            ("1114111", "d", Ok("1114111")),
            ("1114111", "x", Ok("10ffff")),
            ("1114111", "X", Ok("10FFFF")),
            ("1114111", "#x", Ok("0x10ffff")),
            ("1114111", "#X", Ok("0X10FFFF")),
            ("1114111", "#o", Ok("0o4177777")),
            ("1114111", "#b", Ok("0b100001111111111111111")),
            ("1114111", "b", Ok("100001111111111111111")),
            ("1114111", "o", Ok("4177777")),
            ("1114111", ",", Ok("1,114,111")),
            ("1114111", "_", Ok("1_114_111")),
            ("1114111", "_x", Ok("10_ffff")),
            ("1114111", "_b", Ok("1_0000_1111_1111_1111_1111")),
            ("1114111", "#_x", Ok("0x10_ffff")),
            ("1114111", "010", Ok("0001114111")),
            ("1114111", "#010x", Ok("0x0010ffff")),
            ("1114111", "+", Ok("+1114111")),
            ("1114111", " ", Ok(" 1114111")),
            ("1114111", "-", Ok("1114111")),
            ("1114111", "010,", Ok("01,114,111")),
            ("1114111", "09,", Ok("1,114,111")),
            ("1114111", "08,", Ok("1,114,111")),
            ("1114111", "=+10", Ok("+  1114111")),
            ("1114111", "^10", Ok(" 1114111  ")),
            ("1114111", "<10", Ok("1114111   ")),
            ("1114111", "c", Ok("\u{10ffff}")),
            ("1114111", "5c", Ok("    \u{10ffff}")),
            ("1114111", "05c", Ok("0000\u{10ffff}")),
            ("1114111", "e", Ok("1.114111e+06")),
            ("1114111", ".2f", Ok("1114111.00")),
            ("1114111", "g", Ok("1.11411e+06")),
            ("1114111", "%", Ok("111411100.000000%")),
            ("1114111", "n", Ok("1114111")),
            ("1114111", ",.2f", Ok("1,114,111.00")),
            ("1114111", ".3", Err("Precision not allowed in integer format specifier")),
            ("1114111", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("1114111", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("1114111", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("1114111", ",x", Err("Cannot specify ',' with 'x'.")),
            ("1114111", "_c", Err("Cannot specify '_' with 'c'.")),
            ("1114111", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("1114111", "=10_", Ok(" 1_114_111")),
            ("1114111", "020_b", Ok("1_0000_1111_1111_1111_1111")),
            ("1114111", "*^+#15_x", Ok("**+0x10_ffff***")),
            ("1114111", "0<8", Ok("11141110")),
            ("1114111", " =8,", Ok("1,114,111")),
            ("1114111", "E", Ok("1.114111E+06")),
            ("1114111", "F", Ok("1114111.000000")),
            ("1114111", "G", Ok("1.11411E+06")),
            ("1114111", ".0e", Ok("1e+06")),
            ("1114111", ",n", Err("Cannot specify ',' with 'n'.")),
            ("1114111", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("1114111", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("1114112", "", Ok("1114112")),
            ("1114112", "d", Ok("1114112")),
            ("1114112", "x", Ok("110000")),
            ("1114112", "X", Ok("110000")),
            ("1114112", "#x", Ok("0x110000")),
            ("1114112", "#X", Ok("0X110000")),
            ("1114112", "#o", Ok("0o4200000")),
            ("1114112", "#b", Ok("0b100010000000000000000")),
            ("1114112", "b", Ok("100010000000000000000")),
            ("1114112", "o", Ok("4200000")),
            ("1114112", ",", Ok("1,114,112")),
            ("1114112", "_", Ok("1_114_112")),
            ("1114112", "_x", Ok("11_0000")),
            ("1114112", "_b", Ok("1_0001_0000_0000_0000_0000")),
            ("1114112", "#_x", Ok("0x11_0000")),
            ("1114112", "010", Ok("0001114112")),
            ("1114112", "#010x", Ok("0x00110000")),
            ("1114112", "+", Ok("+1114112")),
            ("1114112", " ", Ok(" 1114112")),
            ("1114112", "-", Ok("1114112")),
            ("1114112", "010,", Ok("01,114,112")),
            ("1114112", "09,", Ok("1,114,112")),
            ("1114112", "08,", Ok("1,114,112")),
            ("1114112", "=+10", Ok("+  1114112")),
            ("1114112", "^10", Ok(" 1114112  ")),
            ("1114112", "<10", Ok("1114112   ")),
            ("1114112", "c", Err("%c arg not in range(0x110000)")),
            ("1114112", "5c", Err("%c arg not in range(0x110000)")),
            ("1114112", "05c", Err("%c arg not in range(0x110000)")),
            ("1114112", "e", Ok("1.114112e+06")),
            ("1114112", ".2f", Ok("1114112.00")),
            ("1114112", "g", Ok("1.11411e+06")),
            ("1114112", "%", Ok("111411200.000000%")),
            ("1114112", "n", Ok("1114112")),
            ("1114112", ",.2f", Ok("1,114,112.00")),
            ("1114112", ".3", Err("Precision not allowed in integer format specifier")),
            ("1114112", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("1114112", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("1114112", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("1114112", ",x", Err("Cannot specify ',' with 'x'.")),
            ("1114112", "_c", Err("Cannot specify '_' with 'c'.")),
            ("1114112", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("1114112", "=10_", Ok(" 1_114_112")),
            ("1114112", "020_b", Ok("1_0001_0000_0000_0000_0000")),
            ("1114112", "*^+#15_x", Ok("**+0x11_0000***")),
            ("1114112", "0<8", Ok("11141120")),
            ("1114112", " =8,", Ok("1,114,112")),
            ("1114112", "E", Ok("1.114112E+06")),
            ("1114112", "F", Ok("1114112.000000")),
            ("1114112", "G", Ok("1.11411E+06")),
            ("1114112", ".0e", Ok("1e+06")),
            ("1114112", ",n", Err("Cannot specify ',' with 'n'.")),
            ("1114112", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("1114112", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
            ("9007199254740993", "", Ok("9007199254740993")),
            ("9007199254740993", "d", Ok("9007199254740993")),
            ("9007199254740993", "x", Ok("20000000000001")),
            ("9007199254740993", "X", Ok("20000000000001")),
            ("9007199254740993", "#x", Ok("0x20000000000001")),
            ("9007199254740993", "#X", Ok("0X20000000000001")),
            ("9007199254740993", "#o", Ok("0o400000000000000001")),
            ("9007199254740993", "#b", Ok("0b100000000000000000000000000000000000000000000000000001")),
            ("9007199254740993", "b", Ok("100000000000000000000000000000000000000000000000000001")),
            ("9007199254740993", "o", Ok("400000000000000001")),
            ("9007199254740993", ",", Ok("9,007,199,254,740,993")),
            ("9007199254740993", "_", Ok("9_007_199_254_740_993")),
            ("9007199254740993", "_x", Ok("20_0000_0000_0001")),
            ("9007199254740993", "_b", Ok("10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001")),
            ("9007199254740993", "#_x", Ok("0x20_0000_0000_0001")),
            ("9007199254740993", "010", Ok("9007199254740993")),
            ("9007199254740993", "#010x", Ok("0x20000000000001")),
            ("9007199254740993", "+", Ok("+9007199254740993")),
            ("9007199254740993", " ", Ok(" 9007199254740993")),
            ("9007199254740993", "-", Ok("9007199254740993")),
            ("9007199254740993", "010,", Ok("9,007,199,254,740,993")),
            ("9007199254740993", "09,", Ok("9,007,199,254,740,993")),
            ("9007199254740993", "08,", Ok("9,007,199,254,740,993")),
            ("9007199254740993", "=+10", Ok("+9007199254740993")),
            ("9007199254740993", "^10", Ok("9007199254740993")),
            ("9007199254740993", "<10", Ok("9007199254740993")),
            ("9007199254740993", "c", Err("%c arg not in range(0x110000)")),
            ("9007199254740993", "5c", Err("%c arg not in range(0x110000)")),
            ("9007199254740993", "05c", Err("%c arg not in range(0x110000)")),
            ("9007199254740993", "e", Ok("9.007199e+15")),
            ("9007199254740993", ".2f", Ok("9007199254740992.00")),
            ("9007199254740993", "g", Ok("9.0072e+15")),
            ("9007199254740993", "%", Ok("900719925474099200.000000%")),
            ("9007199254740993", "n", Ok("9007199254740993")),
            ("9007199254740993", ",.2f", Ok("9,007,199,254,740,992.00")),
            ("9007199254740993", ".3", Err("Precision not allowed in integer format specifier")),
            ("9007199254740993", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
            ("9007199254740993", "+c", Err("Sign not allowed with integer format specifier 'c'")),
            ("9007199254740993", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
            ("9007199254740993", ",x", Err("Cannot specify ',' with 'x'.")),
            ("9007199254740993", "_c", Err("Cannot specify '_' with 'c'.")),
            ("9007199254740993", "s", Err("Unknown format code 's' for object of type 'int'")),
            ("9007199254740993", "=10_", Ok("9_007_199_254_740_993")),
            ("9007199254740993", "020_b", Ok("10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001")),
            ("9007199254740993", "*^+#15_x", Ok("+0x20_0000_0000_0001")),
            ("9007199254740993", "0<8", Ok("9007199254740993")),
            ("9007199254740993", " =8,", Ok("9,007,199,254,740,993")),
            ("9007199254740993", "E", Ok("9.007199E+15")),
            ("9007199254740993", "F", Ok("9007199254740992.000000")),
            ("9007199254740993", "G", Ok("9.0072E+15")),
            ("9007199254740993", ".0e", Ok("9e+15")),
            ("9007199254740993", ",n", Err("Cannot specify ',' with 'n'.")),
            ("9007199254740993", "q", Err("Unknown format code 'q' for object of type 'int'")),
            ("9007199254740993", "\u{7f}", Err("Unknown format code '\u{7f}' for object of type 'int'")),
        ];
        for &(int, spec, want) in cases {
            let i: BigInt = int.parse().unwrap();
            assert_eq!(
                format_int_spec(&i, spec),
                r(want),
                "format({}, {:?})",
                int,
                spec
            );
        }
    }

    #[test]
    fn format_str_matches_cpython() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("", "", Ok("")),
            ("", "s", Ok("")),
            ("", "10", Ok("          ")),
            ("", "<10", Ok("          ")),
            ("", ">10", Ok("          ")),
            ("", "^10", Ok("          ")),
            ("", "^9", Ok("         ")),
            ("", "*^9", Ok("*********")),
            ("", ".2", Ok("")),
            ("", "10.2", Ok("          ")),
            ("", "05", Ok("00000")),
            ("", "0<5", Ok("00000")),
            ("", "0>5", Ok("00000")),
            (
                "",
                "=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            ("", "+", Err("Sign not allowed in string format specifier")),
            (
                "",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            ("", ",", Err("Cannot specify ',' with 's'.")),
            ("", "_", Err("Cannot specify '_' with 's'.")),
            (
                "",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("", ".0", Ok("")),
            ("", "3", Ok("   ")),
            ("", " ^7", Ok("       ")),
            ("", "\u{e9}>6s", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}")),
            (
                "",
                "ab",
                Err("Invalid format specifier 'ab' for object of type 'str'"),
            ),
            ("", ".", Err("Format specifier missing precision")),
            ("", ",s", Err("Cannot specify ',' with 's'.")),
            ("a", "", Ok("a")),
            ("a", "s", Ok("a")),
            ("a", "10", Ok("a         ")),
            ("a", "<10", Ok("a         ")),
            ("a", ">10", Ok("         a")),
            ("a", "^10", Ok("    a     ")),
            ("a", "^9", Ok("    a    ")),
            ("a", "*^9", Ok("****a****")),
            ("a", ".2", Ok("a")),
            ("a", "10.2", Ok("a         ")),
            ("a", "05", Ok("a0000")),
            ("a", "0<5", Ok("a0000")),
            ("a", "0>5", Ok("0000a")),
            (
                "a",
                "=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            ("a", "+", Err("Sign not allowed in string format specifier")),
            (
                "a",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "a",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            ("a", ",", Err("Cannot specify ',' with 's'.")),
            ("a", "_", Err("Cannot specify '_' with 's'.")),
            (
                "a",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("a", ".0", Ok("")),
            ("a", "3", Ok("a  ")),
            ("a", " ^7", Ok("   a   ")),
            ("a", "\u{e9}>6s", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}a")),
            (
                "a",
                "ab",
                Err("Invalid format specifier 'ab' for object of type 'str'"),
            ),
            ("a", ".", Err("Format specifier missing precision")),
            ("a", ",s", Err("Cannot specify ',' with 's'.")),
            ("abc", "", Ok("abc")),
            ("abc", "s", Ok("abc")),
            ("abc", "10", Ok("abc       ")),
            ("abc", "<10", Ok("abc       ")),
            ("abc", ">10", Ok("       abc")),
            ("abc", "^10", Ok("   abc    ")),
            ("abc", "^9", Ok("   abc   ")),
            ("abc", "*^9", Ok("***abc***")),
            ("abc", ".2", Ok("ab")),
            ("abc", "10.2", Ok("ab        ")),
            ("abc", "05", Ok("abc00")),
            ("abc", "0<5", Ok("abc00")),
            ("abc", "0>5", Ok("00abc")),
            (
                "abc",
                "=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "abc",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "abc",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "abc",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            ("abc", ",", Err("Cannot specify ',' with 's'.")),
            ("abc", "_", Err("Cannot specify '_' with 's'.")),
            (
                "abc",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("abc", ".0", Ok("")),
            ("abc", "3", Ok("abc")),
            ("abc", " ^7", Ok("  abc  ")),
            ("abc", "\u{e9}>6s", Ok("\u{e9}\u{e9}\u{e9}abc")),
            (
                "abc",
                "ab",
                Err("Invalid format specifier 'ab' for object of type 'str'"),
            ),
            ("abc", ".", Err("Format specifier missing precision")),
            ("abc", ",s", Err("Cannot specify ',' with 's'.")),
            ("h\u{e9}llo", "", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "s", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "10", Ok("h\u{e9}llo     ")),
            ("h\u{e9}llo", "<10", Ok("h\u{e9}llo     ")),
            ("h\u{e9}llo", ">10", Ok("     h\u{e9}llo")),
            ("h\u{e9}llo", "^10", Ok("  h\u{e9}llo   ")),
            ("h\u{e9}llo", "^9", Ok("  h\u{e9}llo  ")),
            ("h\u{e9}llo", "*^9", Ok("**h\u{e9}llo**")),
            ("h\u{e9}llo", ".2", Ok("h\u{e9}")),
            ("h\u{e9}llo", "10.2", Ok("h\u{e9}        ")),
            ("h\u{e9}llo", "05", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "0<5", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "0>5", Ok("h\u{e9}llo")),
            (
                "h\u{e9}llo",
                "=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "h\u{e9}llo",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "h\u{e9}llo",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "h\u{e9}llo",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            ("h\u{e9}llo", ",", Err("Cannot specify ',' with 's'.")),
            ("h\u{e9}llo", "_", Err("Cannot specify '_' with 's'.")),
            (
                "h\u{e9}llo",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("h\u{e9}llo", ".0", Ok("")),
            ("h\u{e9}llo", "3", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", " ^7", Ok(" h\u{e9}llo ")),
            ("h\u{e9}llo", "\u{e9}>6s", Ok("\u{e9}h\u{e9}llo")),
            (
                "h\u{e9}llo",
                "ab",
                Err("Invalid format specifier 'ab' for object of type 'str'"),
            ),
            ("h\u{e9}llo", ".", Err("Format specifier missing precision")),
            ("h\u{e9}llo", ",s", Err("Cannot specify ',' with 's'.")),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "",
                Ok("\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "s",
                Ok("\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "10",
                Ok("\u{65e5}\u{672c}\u{8a9e}       "),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "<10",
                Ok("\u{65e5}\u{672c}\u{8a9e}       "),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                ">10",
                Ok("       \u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "^10",
                Ok("   \u{65e5}\u{672c}\u{8a9e}    "),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "^9",
                Ok("   \u{65e5}\u{672c}\u{8a9e}   "),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "*^9",
                Ok("***\u{65e5}\u{672c}\u{8a9e}***"),
            ),
            ("\u{65e5}\u{672c}\u{8a9e}", ".2", Ok("\u{65e5}\u{672c}")),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "10.2",
                Ok("\u{65e5}\u{672c}        "),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "05",
                Ok("\u{65e5}\u{672c}\u{8a9e}00"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "0<5",
                Ok("\u{65e5}\u{672c}\u{8a9e}00"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "0>5",
                Ok("00\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                ",",
                Err("Cannot specify ',' with 's'."),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "_",
                Err("Cannot specify '_' with 's'."),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            ("\u{65e5}\u{672c}\u{8a9e}", ".0", Ok("")),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "3",
                Ok("\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                " ^7",
                Ok("  \u{65e5}\u{672c}\u{8a9e}  "),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "\u{e9}>6s",
                Ok("\u{e9}\u{e9}\u{e9}\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "ab",
                Err("Invalid format specifier 'ab' for object of type 'str'"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                ".",
                Err("Format specifier missing precision"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                ",s",
                Err("Cannot specify ',' with 's'."),
            ),
        ];
        for &(s, spec, want) in cases {
            assert_eq!(
                format_str_spec(s, spec),
                r(want),
                "format({:?}, {:?})",
                s,
                spec
            );
        }
    }

    type Conv<'a> = &'a dyn Fn(&PercentSpec, Option<usize>, Option<usize>) -> String;

    fn run_percent(fmt: &str, conv: Conv) -> Result<String, String> {
        let mut out = String::new();
        for piece in parse_percent(fmt)? {
            match piece {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Spec(sp) => {
                    let num = |n: Option<PercentNum>| match n {
                        Some(PercentNum::Fixed(v)) => Some(v),
                        _ => None,
                    };
                    out.push_str(&conv(&sp, num(sp.width), num(sp.precision)));
                }
            }
        }
        Ok(out)
    }

    #[test]
    fn percent_float_matches_cpython() {
        let cases: &[(u64, &str, Result<&str, &str>)] = &[
            (0x0000000000000000, "%f", Ok("0.000000")),
            (0x0000000000000000, "%e", Ok("0.000000e+00")),
            (0x0000000000000000, "%g", Ok("0")),
            (0x0000000000000000, "%E", Ok("0.000000E+00")),
            (0x0000000000000000, "%G", Ok("0")),
            (0x0000000000000000, "%F", Ok("0.000000")),
            (0x0000000000000000, "%.0f", Ok("0")),
            (0x0000000000000000, "%#.0f", Ok("0.")),
            (0x0000000000000000, "%#.0e", Ok("0.e+00")),
            (0x0000000000000000, "%#g", Ok("0.00000")),
            (0x0000000000000000, "%.3g", Ok("0")),
            (0x0000000000000000, "%10.2f", Ok("      0.00")),
            (0x0000000000000000, "%-10.2f|", Ok("0.00      |")),
            (0x0000000000000000, "%010.2f", Ok("0000000.00")),
            (0x0000000000000000, "%+f", Ok("+0.000000")),
            (0x0000000000000000, "% f", Ok(" 0.000000")),
            (0x0000000000000000, "%+010.3e", Ok("+0.000e+00")),
            (0x0000000000000000, "% 08.2f", Ok(" 0000.00")),
            (0x0000000000000000, "%-+9.1f|", Ok("+0.0     |")),
            (0x0000000000000000, "%.20g", Ok("0")),
            (0x0000000000000000, "%.0e", Ok("0e+00")),
            (0x0000000000000000, "%g", Ok("0")),
            (0x0000000000000000, "%d", Ok("0")),
            (0x0000000000000000, "%i", Ok("0")),
            (0x0000000000000000, "%u", Ok("0")),
            (0x0000000000000000, "%5d", Ok("    0")),
            (0x0000000000000000, "%.3d", Ok("000")),
            (0x0000000000000000, "%lf", Ok("0.000000")),
            (0x0000000000000000, "%.30f", Ok("0.000000000000000000000000000000")),
            (0x8000000000000000, "%f", Ok("-0.000000")),
            (0x8000000000000000, "%e", Ok("-0.000000e+00")),
            (0x8000000000000000, "%g", Ok("-0")),
            (0x8000000000000000, "%E", Ok("-0.000000E+00")),
            (0x8000000000000000, "%G", Ok("-0")),
            (0x8000000000000000, "%F", Ok("-0.000000")),
            (0x8000000000000000, "%.0f", Ok("-0")),
            (0x8000000000000000, "%#.0f", Ok("-0.")),
            (0x8000000000000000, "%#.0e", Ok("-0.e+00")),
            (0x8000000000000000, "%#g", Ok("-0.00000")),
            (0x8000000000000000, "%.3g", Ok("-0")),
            (0x8000000000000000, "%10.2f", Ok("     -0.00")),
            (0x8000000000000000, "%-10.2f|", Ok("-0.00     |")),
            (0x8000000000000000, "%010.2f", Ok("-000000.00")),
            (0x8000000000000000, "%+f", Ok("-0.000000")),
            (0x8000000000000000, "% f", Ok("-0.000000")),
            (0x8000000000000000, "%+010.3e", Ok("-0.000e+00")),
            (0x8000000000000000, "% 08.2f", Ok("-0000.00")),
            (0x8000000000000000, "%-+9.1f|", Ok("-0.0     |")),
            (0x8000000000000000, "%.20g", Ok("-0")),
            (0x8000000000000000, "%.0e", Ok("-0e+00")),
            (0x8000000000000000, "%g", Ok("-0")),
            (0x8000000000000000, "%d", Ok("0")),
            (0x8000000000000000, "%i", Ok("0")),
            (0x8000000000000000, "%u", Ok("0")),
            (0x8000000000000000, "%5d", Ok("    0")),
            (0x8000000000000000, "%.3d", Ok("000")),
            (0x8000000000000000, "%lf", Ok("-0.000000")),
            (0x8000000000000000, "%.30f", Ok("-0.000000000000000000000000000000")),
            (0x3ff8000000000000, "%f", Ok("1.500000")),
            (0x3ff8000000000000, "%e", Ok("1.500000e+00")),
            (0x3ff8000000000000, "%g", Ok("1.5")),
            (0x3ff8000000000000, "%E", Ok("1.500000E+00")),
            (0x3ff8000000000000, "%G", Ok("1.5")),
            (0x3ff8000000000000, "%F", Ok("1.500000")),
            (0x3ff8000000000000, "%.0f", Ok("2")),
            (0x3ff8000000000000, "%#.0f", Ok("2.")),
            (0x3ff8000000000000, "%#.0e", Ok("2.e+00")),
            (0x3ff8000000000000, "%#g", Ok("1.50000")),
            (0x3ff8000000000000, "%.3g", Ok("1.5")),
            (0x3ff8000000000000, "%10.2f", Ok("      1.50")),
            (0x3ff8000000000000, "%-10.2f|", Ok("1.50      |")),
            (0x3ff8000000000000, "%010.2f", Ok("0000001.50")),
            (0x3ff8000000000000, "%+f", Ok("+1.500000")),
            (0x3ff8000000000000, "% f", Ok(" 1.500000")),
            (0x3ff8000000000000, "%+010.3e", Ok("+1.500e+00")),
            (0x3ff8000000000000, "% 08.2f", Ok(" 0001.50")),
            (0x3ff8000000000000, "%-+9.1f|", Ok("+1.5     |")),
            (0x3ff8000000000000, "%.20g", Ok("1.5")),
            (0x3ff8000000000000, "%.0e", Ok("2e+00")),
            (0x3ff8000000000000, "%g", Ok("1.5")),
            (0x3ff8000000000000, "%d", Ok("1")),
            (0x3ff8000000000000, "%i", Ok("1")),
            (0x3ff8000000000000, "%u", Ok("1")),
            (0x3ff8000000000000, "%5d", Ok("    1")),
            (0x3ff8000000000000, "%.3d", Ok("001")),
            (0x3ff8000000000000, "%lf", Ok("1.500000")),
            (0x3ff8000000000000, "%.30f", Ok("1.500000000000000000000000000000")),
            (0xbff8000000000000, "%f", Ok("-1.500000")),
            (0xbff8000000000000, "%e", Ok("-1.500000e+00")),
            (0xbff8000000000000, "%g", Ok("-1.5")),
            (0xbff8000000000000, "%E", Ok("-1.500000E+00")),
            (0xbff8000000000000, "%G", Ok("-1.5")),
            (0xbff8000000000000, "%F", Ok("-1.500000")),
            (0xbff8000000000000, "%.0f", Ok("-2")),
            (0xbff8000000000000, "%#.0f", Ok("-2.")),
            (0xbff8000000000000, "%#.0e", Ok("-2.e+00")),
            (0xbff8000000000000, "%#g", Ok("-1.50000")),
            (0xbff8000000000000, "%.3g", Ok("-1.5")),
            (0xbff8000000000000, "%10.2f", Ok("     -1.50")),
            (0xbff8000000000000, "%-10.2f|", Ok("-1.50     |")),
            (0xbff8000000000000, "%010.2f", Ok("-000001.50")),
            (0xbff8000000000000, "%+f", Ok("-1.500000")),
            (0xbff8000000000000, "% f", Ok("-1.500000")),
            (0xbff8000000000000, "%+010.3e", Ok("-1.500e+00")),
            (0xbff8000000000000, "% 08.2f", Ok("-0001.50")),
            (0xbff8000000000000, "%-+9.1f|", Ok("-1.5     |")),
            (0xbff8000000000000, "%.20g", Ok("-1.5")),
            (0xbff8000000000000, "%.0e", Ok("-2e+00")),
            (0xbff8000000000000, "%g", Ok("-1.5")),
            (0xbff8000000000000, "%d", Ok("-1")),
            (0xbff8000000000000, "%i", Ok("-1")),
            (0xbff8000000000000, "%u", Ok("-1")),
            (0xbff8000000000000, "%5d", Ok("   -1")),
            (0xbff8000000000000, "%.3d", Ok("-001")),
            (0xbff8000000000000, "%lf", Ok("-1.500000")),
            (0xbff8000000000000, "%.30f", Ok("-1.500000000000000000000000000000")),
            (0x4004000000000000, "%f", Ok("2.500000")),
            (0x4004000000000000, "%e", Ok("2.500000e+00")),
            (0x4004000000000000, "%g", Ok("2.5")),
            (0x4004000000000000, "%E", Ok("2.500000E+00")),
            (0x4004000000000000, "%G", Ok("2.5")),
            (0x4004000000000000, "%F", Ok("2.500000")),
            (0x4004000000000000, "%.0f", Ok("2")),
            (0x4004000000000000, "%#.0f", Ok("2.")),
            (0x4004000000000000, "%#.0e", Ok("2.e+00")),
            (0x4004000000000000, "%#g", Ok("2.50000")),
            (0x4004000000000000, "%.3g", Ok("2.5")),
            (0x4004000000000000, "%10.2f", Ok("      2.50")),
            (0x4004000000000000, "%-10.2f|", Ok("2.50      |")),
            (0x4004000000000000, "%010.2f", Ok("0000002.50")),
            (0x4004000000000000, "%+f", Ok("+2.500000")),
            (0x4004000000000000, "% f", Ok(" 2.500000")),
            (0x4004000000000000, "%+010.3e", Ok("+2.500e+00")),
            (0x4004000000000000, "% 08.2f", Ok(" 0002.50")),
            (0x4004000000000000, "%-+9.1f|", Ok("+2.5     |")),
            (0x4004000000000000, "%.20g", Ok("2.5")),
            (0x4004000000000000, "%.0e", Ok("2e+00")),
            (0x4004000000000000, "%g", Ok("2.5")),
            (0x4004000000000000, "%d", Ok("2")),
            (0x4004000000000000, "%i", Ok("2")),
            (0x4004000000000000, "%u", Ok("2")),
            (0x4004000000000000, "%5d", Ok("    2")),
            (0x4004000000000000, "%.3d", Ok("002")),
            (0x4004000000000000, "%lf", Ok("2.500000")),
            (0x4004000000000000, "%.30f", Ok("2.500000000000000000000000000000")),
            (0x4341c37937e08000, "%f", Ok("10000000000000000.000000")),
            (0x4341c37937e08000, "%e", Ok("1.000000e+16")),
            (0x4341c37937e08000, "%g", Ok("1e+16")),
            (0x4341c37937e08000, "%E", Ok("1.000000E+16")),
            (0x4341c37937e08000, "%G", Ok("1E+16")),
            (0x4341c37937e08000, "%F", Ok("10000000000000000.000000")),
            (0x4341c37937e08000, "%.0f", Ok("10000000000000000")),
            (0x4341c37937e08000, "%#.0f", Ok("10000000000000000.")),
            (0x4341c37937e08000, "%#.0e", Ok("1.e+16")),
            (0x4341c37937e08000, "%#g", Ok("1.00000e+16")),
            (0x4341c37937e08000, "%.3g", Ok("1e+16")),
            (0x4341c37937e08000, "%10.2f", Ok("10000000000000000.00")),
            (0x4341c37937e08000, "%-10.2f|", Ok("10000000000000000.00|")),
            (0x4341c37937e08000, "%010.2f", Ok("10000000000000000.00")),
            (0x4341c37937e08000, "%+f", Ok("+10000000000000000.000000")),
            (0x4341c37937e08000, "% f", Ok(" 10000000000000000.000000")),
            (0x4341c37937e08000, "%+010.3e", Ok("+1.000e+16")),
            (0x4341c37937e08000, "% 08.2f", Ok(" 10000000000000000.00")),
            (0x4341c37937e08000, "%-+9.1f|", Ok("+10000000000000000.0|")),
            (0x4341c37937e08000, "%.20g", Ok("10000000000000000")),
            (0x4341c37937e08000, "%.0e", Ok("1e+16")),
            (0x4341c37937e08000, "%g", Ok("1e+16")),
            (0x4341c37937e08000, "%d", Ok("10000000000000000")),
            (0x4341c37937e08000, "%i", Ok("10000000000000000")),
            (0x4341c37937e08000, "%u", Ok("10000000000000000")),
            (0x4341c37937e08000, "%5d", Ok("10000000000000000")),
            (0x4341c37937e08000, "%.3d", Ok("10000000000000000")),
            (0x4341c37937e08000, "%lf", Ok("10000000000000000.000000")),
            (0x4341c37937e08000, "%.30f", Ok("10000000000000000.000000000000000000000000000000")),
            (0x3ee4f8b588e368f1, "%f", Ok("0.000010")),
            (0x3ee4f8b588e368f1, "%e", Ok("1.000000e-05")),
            (0x3ee4f8b588e368f1, "%g", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "%E", Ok("1.000000E-05")),
            (0x3ee4f8b588e368f1, "%G", Ok("1E-05")),
            (0x3ee4f8b588e368f1, "%F", Ok("0.000010")),
            (0x3ee4f8b588e368f1, "%.0f", Ok("0")),
            (0x3ee4f8b588e368f1, "%#.0f", Ok("0.")),
            (0x3ee4f8b588e368f1, "%#.0e", Ok("1.e-05")),
            (0x3ee4f8b588e368f1, "%#g", Ok("1.00000e-05")),
            (0x3ee4f8b588e368f1, "%.3g", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "%10.2f", Ok("      0.00")),
            (0x3ee4f8b588e368f1, "%-10.2f|", Ok("0.00      |")),
            (0x3ee4f8b588e368f1, "%010.2f", Ok("0000000.00")),
            (0x3ee4f8b588e368f1, "%+f", Ok("+0.000010")),
            (0x3ee4f8b588e368f1, "% f", Ok(" 0.000010")),
            (0x3ee4f8b588e368f1, "%+010.3e", Ok("+1.000e-05")),
            (0x3ee4f8b588e368f1, "% 08.2f", Ok(" 0000.00")),
            (0x3ee4f8b588e368f1, "%-+9.1f|", Ok("+0.0     |")),
            (0x3ee4f8b588e368f1, "%.20g", Ok("1.0000000000000000818e-05")),
            (0x3ee4f8b588e368f1, "%.0e", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "%g", Ok("1e-05")),
            (0x3ee4f8b588e368f1, "%d", Ok("0")),
            (0x3ee4f8b588e368f1, "%i", Ok("0")),
            (0x3ee4f8b588e368f1, "%u", Ok("0")),
            (0x3ee4f8b588e368f1, "%5d", Ok("    0")),
            (0x3ee4f8b588e368f1, "%.3d", Ok("000")),
            (0x3ee4f8b588e368f1, "%lf", Ok("0.000010")),
            (0x3ee4f8b588e368f1, "%.30f", Ok("0.000010000000000000000818030539")),
            (0x405edd2f1a9fbe77, "%f", Ok("123.456000")),
            (0x405edd2f1a9fbe77, "%e", Ok("1.234560e+02")),
            (0x405edd2f1a9fbe77, "%g", Ok("123.456")),
            (0x405edd2f1a9fbe77, "%E", Ok("1.234560E+02")),
            (0x405edd2f1a9fbe77, "%G", Ok("123.456")),
            (0x405edd2f1a9fbe77, "%F", Ok("123.456000")),
            (0x405edd2f1a9fbe77, "%.0f", Ok("123")),
            (0x405edd2f1a9fbe77, "%#.0f", Ok("123.")),
            (0x405edd2f1a9fbe77, "%#.0e", Ok("1.e+02")),
            (0x405edd2f1a9fbe77, "%#g", Ok("123.456")),
            (0x405edd2f1a9fbe77, "%.3g", Ok("123")),
            (0x405edd2f1a9fbe77, "%10.2f", Ok("    123.46")),
            (0x405edd2f1a9fbe77, "%-10.2f|", Ok("123.46    |")),
            (0x405edd2f1a9fbe77, "%010.2f", Ok("0000123.46")),
            (0x405edd2f1a9fbe77, "%+f", Ok("+123.456000")),
            (0x405edd2f1a9fbe77, "% f", Ok(" 123.456000")),
            (0x405edd2f1a9fbe77, "%+010.3e", Ok("+1.235e+02")),
            (0x405edd2f1a9fbe77, "% 08.2f", Ok(" 0123.46")),
            (0x405edd2f1a9fbe77, "%-+9.1f|", Ok("+123.5   |")),
            (0x405edd2f1a9fbe77, "%.20g", Ok("123.45600000000000307")),
            (0x405edd2f1a9fbe77, "%.0e", Ok("1e+02")),
            (0x405edd2f1a9fbe77, "%g", Ok("123.456")),
            (0x405edd2f1a9fbe77, "%d", Ok("123")),
            (0x405edd2f1a9fbe77, "%i", Ok("123")),
            (0x405edd2f1a9fbe77, "%u", Ok("123")),
            (0x405edd2f1a9fbe77, "%5d", Ok("  123")),
            (0x405edd2f1a9fbe77, "%.3d", Ok("123")),
            (0x405edd2f1a9fbe77, "%lf", Ok("123.456000")),
            (0x405edd2f1a9fbe77, "%.30f", Ok("123.456000000000003069544618483633")),
            (0xbf50624dd2f1a9fc, "%f", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "%e", Ok("-1.000000e-03")),
            (0xbf50624dd2f1a9fc, "%g", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "%E", Ok("-1.000000E-03")),
            (0xbf50624dd2f1a9fc, "%G", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "%F", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "%.0f", Ok("-0")),
            (0xbf50624dd2f1a9fc, "%#.0f", Ok("-0.")),
            (0xbf50624dd2f1a9fc, "%#.0e", Ok("-1.e-03")),
            (0xbf50624dd2f1a9fc, "%#g", Ok("-0.00100000")),
            (0xbf50624dd2f1a9fc, "%.3g", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "%10.2f", Ok("     -0.00")),
            (0xbf50624dd2f1a9fc, "%-10.2f|", Ok("-0.00     |")),
            (0xbf50624dd2f1a9fc, "%010.2f", Ok("-000000.00")),
            (0xbf50624dd2f1a9fc, "%+f", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "% f", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "%+010.3e", Ok("-1.000e-03")),
            (0xbf50624dd2f1a9fc, "% 08.2f", Ok("-0000.00")),
            (0xbf50624dd2f1a9fc, "%-+9.1f|", Ok("-0.0     |")),
            (0xbf50624dd2f1a9fc, "%.20g", Ok("-0.0010000000000000000208")),
            (0xbf50624dd2f1a9fc, "%.0e", Ok("-1e-03")),
            (0xbf50624dd2f1a9fc, "%g", Ok("-0.001")),
            (0xbf50624dd2f1a9fc, "%d", Ok("0")),
            (0xbf50624dd2f1a9fc, "%i", Ok("0")),
            (0xbf50624dd2f1a9fc, "%u", Ok("0")),
            (0xbf50624dd2f1a9fc, "%5d", Ok("    0")),
            (0xbf50624dd2f1a9fc, "%.3d", Ok("000")),
            (0xbf50624dd2f1a9fc, "%lf", Ok("-0.001000")),
            (0xbf50624dd2f1a9fc, "%.30f", Ok("-0.001000000000000000020816681712")),
            (0x7e37e43c8800759c, "%f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (0x7e37e43c8800759c, "%e", Ok("1.000000e+300")),
            (0x7e37e43c8800759c, "%g", Ok("1e+300")),
            (0x7e37e43c8800759c, "%E", Ok("1.000000E+300")),
            (0x7e37e43c8800759c, "%G", Ok("1E+300")),
            (0x7e37e43c8800759c, "%F", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (0x7e37e43c8800759c, "%.0f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x7e37e43c8800759c, "%#.0f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.")),
            (0x7e37e43c8800759c, "%#.0e", Ok("1.e+300")),
            (0x7e37e43c8800759c, "%#g", Ok("1.00000e+300")),
            (0x7e37e43c8800759c, "%.3g", Ok("1e+300")),
            (0x7e37e43c8800759c, "%10.2f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")),
            (0x7e37e43c8800759c, "%-10.2f|", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00|")),
            (0x7e37e43c8800759c, "%010.2f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")),
            (0x7e37e43c8800759c, "%+f", Ok("+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (0x7e37e43c8800759c, "% f", Ok(" 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (0x7e37e43c8800759c, "%+010.3e", Ok("+1.000e+300")),
            (0x7e37e43c8800759c, "% 08.2f", Ok(" 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00")),
            (0x7e37e43c8800759c, "%-+9.1f|", Ok("+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0|")),
            (0x7e37e43c8800759c, "%.20g", Ok("1.0000000000000000525e+300")),
            (0x7e37e43c8800759c, "%.0e", Ok("1e+300")),
            (0x7e37e43c8800759c, "%g", Ok("1e+300")),
            (0x7e37e43c8800759c, "%d", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x7e37e43c8800759c, "%i", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x7e37e43c8800759c, "%u", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x7e37e43c8800759c, "%5d", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x7e37e43c8800759c, "%.3d", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x7e37e43c8800759c, "%lf", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
            (0x7e37e43c8800759c, "%.30f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000000000000000000000000000")),
            (0x7ff0000000000000, "%f", Ok("inf")),
            (0x7ff0000000000000, "%e", Ok("inf")),
            (0x7ff0000000000000, "%g", Ok("inf")),
            (0x7ff0000000000000, "%E", Ok("INF")),
            (0x7ff0000000000000, "%G", Ok("INF")),
            (0x7ff0000000000000, "%F", Ok("INF")),
            (0x7ff0000000000000, "%.0f", Ok("inf")),
            (0x7ff0000000000000, "%#.0f", Ok("inf")),
            (0x7ff0000000000000, "%#.0e", Ok("inf")),
            (0x7ff0000000000000, "%#g", Ok("inf")),
            (0x7ff0000000000000, "%.3g", Ok("inf")),
            (0x7ff0000000000000, "%10.2f", Ok("       inf")),
            (0x7ff0000000000000, "%-10.2f|", Ok("inf       |")),
            (0x7ff0000000000000, "%010.2f", Ok("0000000inf")),
            (0x7ff0000000000000, "%+f", Ok("+inf")),
            (0x7ff0000000000000, "% f", Ok(" inf")),
            (0x7ff0000000000000, "%+010.3e", Ok("+000000inf")),
            (0x7ff0000000000000, "% 08.2f", Ok(" 0000inf")),
            (0x7ff0000000000000, "%-+9.1f|", Ok("+inf     |")),
            (0x7ff0000000000000, "%.20g", Ok("inf")),
            (0x7ff0000000000000, "%.0e", Ok("inf")),
            (0x7ff0000000000000, "%g", Ok("inf")),
            (0x7ff0000000000000, "%lf", Ok("inf")),
            (0x7ff0000000000000, "%.30f", Ok("inf")),
            (0xfff0000000000000, "%f", Ok("-inf")),
            (0xfff0000000000000, "%e", Ok("-inf")),
            (0xfff0000000000000, "%g", Ok("-inf")),
            (0xfff0000000000000, "%E", Ok("-INF")),
            (0xfff0000000000000, "%G", Ok("-INF")),
            (0xfff0000000000000, "%F", Ok("-INF")),
            (0xfff0000000000000, "%.0f", Ok("-inf")),
            (0xfff0000000000000, "%#.0f", Ok("-inf")),
            (0xfff0000000000000, "%#.0e", Ok("-inf")),
            (0xfff0000000000000, "%#g", Ok("-inf")),
            (0xfff0000000000000, "%.3g", Ok("-inf")),
            (0xfff0000000000000, "%10.2f", Ok("      -inf")),
            (0xfff0000000000000, "%-10.2f|", Ok("-inf      |")),
            (0xfff0000000000000, "%010.2f", Ok("-000000inf")),
            (0xfff0000000000000, "%+f", Ok("-inf")),
            (0xfff0000000000000, "% f", Ok("-inf")),
            (0xfff0000000000000, "%+010.3e", Ok("-000000inf")),
            (0xfff0000000000000, "% 08.2f", Ok("-0000inf")),
            (0xfff0000000000000, "%-+9.1f|", Ok("-inf     |")),
            (0xfff0000000000000, "%.20g", Ok("-inf")),
            (0xfff0000000000000, "%.0e", Ok("-inf")),
            (0xfff0000000000000, "%g", Ok("-inf")),
            (0xfff0000000000000, "%lf", Ok("-inf")),
            (0xfff0000000000000, "%.30f", Ok("-inf")),
            (0x7ff8000000000000, "%f", Ok("nan")),
            (0x7ff8000000000000, "%e", Ok("nan")),
            (0x7ff8000000000000, "%g", Ok("nan")),
            (0x7ff8000000000000, "%E", Ok("NAN")),
            (0x7ff8000000000000, "%G", Ok("NAN")),
            (0x7ff8000000000000, "%F", Ok("NAN")),
            (0x7ff8000000000000, "%.0f", Ok("nan")),
            (0x7ff8000000000000, "%#.0f", Ok("nan")),
            (0x7ff8000000000000, "%#.0e", Ok("nan")),
            (0x7ff8000000000000, "%#g", Ok("nan")),
            (0x7ff8000000000000, "%.3g", Ok("nan")),
            (0x7ff8000000000000, "%10.2f", Ok("       nan")),
            (0x7ff8000000000000, "%-10.2f|", Ok("nan       |")),
            (0x7ff8000000000000, "%010.2f", Ok("0000000nan")),
            (0x7ff8000000000000, "%+f", Ok("+nan")),
            (0x7ff8000000000000, "% f", Ok(" nan")),
            (0x7ff8000000000000, "%+010.3e", Ok("+000000nan")),
            (0x7ff8000000000000, "% 08.2f", Ok(" 0000nan")),
            (0x7ff8000000000000, "%-+9.1f|", Ok("+nan     |")),
            (0x7ff8000000000000, "%.20g", Ok("nan")),
            (0x7ff8000000000000, "%.0e", Ok("nan")),
            (0x7ff8000000000000, "%g", Ok("nan")),
            (0x7ff8000000000000, "%lf", Ok("nan")),
            (0x7ff8000000000000, "%.30f", Ok("nan")),
            (0x3fe0000000000000, "%f", Ok("0.500000")),
            (0x3fe0000000000000, "%e", Ok("5.000000e-01")),
            (0x3fe0000000000000, "%g", Ok("0.5")),
            (0x3fe0000000000000, "%E", Ok("5.000000E-01")),
            (0x3fe0000000000000, "%G", Ok("0.5")),
            (0x3fe0000000000000, "%F", Ok("0.500000")),
            (0x3fe0000000000000, "%.0f", Ok("0")),
            (0x3fe0000000000000, "%#.0f", Ok("0.")),
            (0x3fe0000000000000, "%#.0e", Ok("5.e-01")),
            (0x3fe0000000000000, "%#g", Ok("0.500000")),
            (0x3fe0000000000000, "%.3g", Ok("0.5")),
            (0x3fe0000000000000, "%10.2f", Ok("      0.50")),
            (0x3fe0000000000000, "%-10.2f|", Ok("0.50      |")),
            (0x3fe0000000000000, "%010.2f", Ok("0000000.50")),
            (0x3fe0000000000000, "%+f", Ok("+0.500000")),
            (0x3fe0000000000000, "% f", Ok(" 0.500000")),
            (0x3fe0000000000000, "%+010.3e", Ok("+5.000e-01")),
            (0x3fe0000000000000, "% 08.2f", Ok(" 0000.50")),
            (0x3fe0000000000000, "%-+9.1f|", Ok("+0.5     |")),
            (0x3fe0000000000000, "%.20g", Ok("0.5")),
            (0x3fe0000000000000, "%.0e", Ok("5e-01")),
            (0x3fe0000000000000, "%g", Ok("0.5")),
            (0x3fe0000000000000, "%d", Ok("0")),
            (0x3fe0000000000000, "%i", Ok("0")),
            (0x3fe0000000000000, "%u", Ok("0")),
            (0x3fe0000000000000, "%5d", Ok("    0")),
            (0x3fe0000000000000, "%.3d", Ok("000")),
            (0x3fe0000000000000, "%lf", Ok("0.500000")),
            (0x3fe0000000000000, "%.30f", Ok("0.500000000000000000000000000000")),
        ];
        for &(bits, fmt, want) in cases {
            let got = run_percent(fmt, &|sp, w, p| percent_float(f(bits), sp, w, p));
            assert_eq!(got, r(want), "{:?} % {:?}", fmt, f(bits));
        }
    }

    #[test]
    fn percent_int_matches_cpython() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("0", "%d", Ok("0")),
            ("0", "%i", Ok("0")),
            ("0", "%u", Ok("0")),
            ("0", "%x", Ok("0")),
            ("0", "%X", Ok("0")),
            ("0", "%o", Ok("0")),
            ("0", "%#x", Ok("0x0")),
            ("0", "%#X", Ok("0X0")),
            ("0", "%#o", Ok("0o0")),
            ("0", "%5d", Ok("    0")),
            ("0", "%-5d|", Ok("0    |")),
            ("0", "%05d", Ok("00000")),
            ("0", "%+d", Ok("+0")),
            ("0", "% d", Ok(" 0")),
            ("0", "%.5d", Ok("00000")),
            ("0", "%#.5x", Ok("0x00000")),
            ("0", "%#010x", Ok("0x00000000")),
            ("0", "%-#10o|", Ok("0o0       |")),
            ("0", "%+08X", Ok("+0000000")),
            ("0", "% 5o", Ok("    0")),
            ("0", "%e", Ok("0.000000e+00")),
            ("0", "%.2f", Ok("0.00")),
            ("0", "%g", Ok("0")),
            ("0", "%+.1e", Ok("+0.0e+00")),
            ("0", "%ld", Ok("0")),
            ("0", "%hd", Ok("0")),
            ("0", "%%%d%%", Ok("%0%")),
            ("1", "%d", Ok("1")),
            ("1", "%i", Ok("1")),
            ("1", "%u", Ok("1")),
            ("1", "%x", Ok("1")),
            ("1", "%X", Ok("1")),
            ("1", "%o", Ok("1")),
            ("1", "%#x", Ok("0x1")),
            ("1", "%#X", Ok("0X1")),
            ("1", "%#o", Ok("0o1")),
            ("1", "%5d", Ok("    1")),
            ("1", "%-5d|", Ok("1    |")),
            ("1", "%05d", Ok("00001")),
            ("1", "%+d", Ok("+1")),
            ("1", "% d", Ok(" 1")),
            ("1", "%.5d", Ok("00001")),
            ("1", "%#.5x", Ok("0x00001")),
            ("1", "%#010x", Ok("0x00000001")),
            ("1", "%-#10o|", Ok("0o1       |")),
            ("1", "%+08X", Ok("+0000001")),
            ("1", "% 5o", Ok("    1")),
            ("1", "%e", Ok("1.000000e+00")),
            ("1", "%.2f", Ok("1.00")),
            ("1", "%g", Ok("1")),
            ("1", "%+.1e", Ok("+1.0e+00")),
            ("1", "%ld", Ok("1")),
            ("1", "%hd", Ok("1")),
            ("1", "%%%d%%", Ok("%1%")),
            ("-1", "%d", Ok("-1")),
            ("-1", "%i", Ok("-1")),
            ("-1", "%u", Ok("-1")),
            ("-1", "%x", Ok("-1")),
            ("-1", "%X", Ok("-1")),
            ("-1", "%o", Ok("-1")),
            ("-1", "%#x", Ok("-0x1")),
            ("-1", "%#X", Ok("-0X1")),
            ("-1", "%#o", Ok("-0o1")),
            ("-1", "%5d", Ok("   -1")),
            ("-1", "%-5d|", Ok("-1   |")),
            ("-1", "%05d", Ok("-0001")),
            ("-1", "%+d", Ok("-1")),
            ("-1", "% d", Ok("-1")),
            ("-1", "%.5d", Ok("-00001")),
            ("-1", "%#.5x", Ok("-0x00001")),
            ("-1", "%#010x", Ok("-0x0000001")),
            ("-1", "%-#10o|", Ok("-0o1      |")),
            ("-1", "%+08X", Ok("-0000001")),
            ("-1", "% 5o", Ok("   -1")),
            ("-1", "%e", Ok("-1.000000e+00")),
            ("-1", "%.2f", Ok("-1.00")),
            ("-1", "%g", Ok("-1")),
            ("-1", "%+.1e", Ok("-1.0e+00")),
            ("-1", "%ld", Ok("-1")),
            ("-1", "%hd", Ok("-1")),
            ("-1", "%%%d%%", Ok("%-1%")),
            ("255", "%d", Ok("255")),
            ("255", "%i", Ok("255")),
            ("255", "%u", Ok("255")),
            ("255", "%x", Ok("ff")),
            ("255", "%X", Ok("FF")),
            ("255", "%o", Ok("377")),
            ("255", "%#x", Ok("0xff")),
            ("255", "%#X", Ok("0XFF")),
            ("255", "%#o", Ok("0o377")),
            ("255", "%5d", Ok("  255")),
            ("255", "%-5d|", Ok("255  |")),
            ("255", "%05d", Ok("00255")),
            ("255", "%+d", Ok("+255")),
            ("255", "% d", Ok(" 255")),
            ("255", "%.5d", Ok("00255")),
            ("255", "%#.5x", Ok("0x000ff")),
            ("255", "%#010x", Ok("0x000000ff")),
            ("255", "%-#10o|", Ok("0o377     |")),
            ("255", "%+08X", Ok("+00000FF")),
            ("255", "% 5o", Ok("  377")),
            ("255", "%e", Ok("2.550000e+02")),
            ("255", "%.2f", Ok("255.00")),
            ("255", "%g", Ok("255")),
            ("255", "%+.1e", Ok("+2.6e+02")),
            ("255", "%ld", Ok("255")),
            ("255", "%hd", Ok("255")),
            ("255", "%%%d%%", Ok("%255%")),
            ("-255", "%d", Ok("-255")),
            ("-255", "%i", Ok("-255")),
            ("-255", "%u", Ok("-255")),
            ("-255", "%x", Ok("-ff")),
            ("-255", "%X", Ok("-FF")),
            ("-255", "%o", Ok("-377")),
            ("-255", "%#x", Ok("-0xff")),
            ("-255", "%#X", Ok("-0XFF")),
            ("-255", "%#o", Ok("-0o377")),
            ("-255", "%5d", Ok(" -255")),
            ("-255", "%-5d|", Ok("-255 |")),
            ("-255", "%05d", Ok("-0255")),
            ("-255", "%+d", Ok("-255")),
            ("-255", "% d", Ok("-255")),
            ("-255", "%.5d", Ok("-00255")),
            ("-255", "%#.5x", Ok("-0x000ff")),
            ("-255", "%#010x", Ok("-0x00000ff")),
            ("-255", "%-#10o|", Ok("-0o377    |")),
            ("-255", "%+08X", Ok("-00000FF")),
            ("-255", "% 5o", Ok(" -377")),
            ("-255", "%e", Ok("-2.550000e+02")),
            ("-255", "%.2f", Ok("-255.00")),
            ("-255", "%g", Ok("-255")),
            ("-255", "%+.1e", Ok("-2.6e+02")),
            ("-255", "%ld", Ok("-255")),
            ("-255", "%hd", Ok("-255")),
            ("-255", "%%%d%%", Ok("%-255%")),
            ("123456789", "%d", Ok("123456789")),
            ("123456789", "%i", Ok("123456789")),
            ("123456789", "%u", Ok("123456789")),
            ("123456789", "%x", Ok("75bcd15")),
            ("123456789", "%X", Ok("75BCD15")),
            ("123456789", "%o", Ok("726746425")),
            ("123456789", "%#x", Ok("0x75bcd15")),
            ("123456789", "%#X", Ok("0X75BCD15")),
            ("123456789", "%#o", Ok("0o726746425")),
            ("123456789", "%5d", Ok("123456789")),
            ("123456789", "%-5d|", Ok("123456789|")),
            ("123456789", "%05d", Ok("123456789")),
            ("123456789", "%+d", Ok("+123456789")),
            ("123456789", "% d", Ok(" 123456789")),
            ("123456789", "%.5d", Ok("123456789")),
            ("123456789", "%#.5x", Ok("0x75bcd15")),
            ("123456789", "%#010x", Ok("0x075bcd15")),
            ("123456789", "%-#10o|", Ok("0o726746425|")),
            ("123456789", "%+08X", Ok("+75BCD15")),
            ("123456789", "% 5o", Ok(" 726746425")),
            ("123456789", "%e", Ok("1.234568e+08")),
            ("123456789", "%.2f", Ok("123456789.00")),
            ("123456789", "%g", Ok("1.23457e+08")),
            ("123456789", "%+.1e", Ok("+1.2e+08")),
            ("123456789", "%ld", Ok("123456789")),
            ("123456789", "%hd", Ok("123456789")),
            ("123456789", "%%%d%%", Ok("%123456789%")),
            (
                "-1180591620717411303424",
                "%d",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%i",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%u",
                Ok("-1180591620717411303424"),
            ),
            ("-1180591620717411303424", "%x", Ok("-400000000000000000")),
            ("-1180591620717411303424", "%X", Ok("-400000000000000000")),
            (
                "-1180591620717411303424",
                "%o",
                Ok("-200000000000000000000000"),
            ),
            (
                "-1180591620717411303424",
                "%#x",
                Ok("-0x400000000000000000"),
            ),
            (
                "-1180591620717411303424",
                "%#X",
                Ok("-0X400000000000000000"),
            ),
            (
                "-1180591620717411303424",
                "%#o",
                Ok("-0o200000000000000000000000"),
            ),
            (
                "-1180591620717411303424",
                "%5d",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%-5d|",
                Ok("-1180591620717411303424|"),
            ),
            (
                "-1180591620717411303424",
                "%05d",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%+d",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "% d",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%.5d",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%#.5x",
                Ok("-0x400000000000000000"),
            ),
            (
                "-1180591620717411303424",
                "%#010x",
                Ok("-0x400000000000000000"),
            ),
            (
                "-1180591620717411303424",
                "%-#10o|",
                Ok("-0o200000000000000000000000|"),
            ),
            (
                "-1180591620717411303424",
                "%+08X",
                Ok("-400000000000000000"),
            ),
            (
                "-1180591620717411303424",
                "% 5o",
                Ok("-200000000000000000000000"),
            ),
            ("-1180591620717411303424", "%e", Ok("-1.180592e+21")),
            (
                "-1180591620717411303424",
                "%.2f",
                Ok("-1180591620717411303424.00"),
            ),
            ("-1180591620717411303424", "%g", Ok("-1.18059e+21")),
            ("-1180591620717411303424", "%+.1e", Ok("-1.2e+21")),
            (
                "-1180591620717411303424",
                "%ld",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%hd",
                Ok("-1180591620717411303424"),
            ),
            (
                "-1180591620717411303424",
                "%%%d%%",
                Ok("%-1180591620717411303424%"),
            ),
            (
                "10000000000000000000000000",
                "%d",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%i",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%u",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%x",
                Ok("84595161401484a000000"),
            ),
            (
                "10000000000000000000000000",
                "%X",
                Ok("84595161401484A000000"),
            ),
            (
                "10000000000000000000000000",
                "%o",
                Ok("4105452130240024411200000000"),
            ),
            (
                "10000000000000000000000000",
                "%#x",
                Ok("0x84595161401484a000000"),
            ),
            (
                "10000000000000000000000000",
                "%#X",
                Ok("0X84595161401484A000000"),
            ),
            (
                "10000000000000000000000000",
                "%#o",
                Ok("0o4105452130240024411200000000"),
            ),
            (
                "10000000000000000000000000",
                "%5d",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%-5d|",
                Ok("10000000000000000000000000|"),
            ),
            (
                "10000000000000000000000000",
                "%05d",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%+d",
                Ok("+10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "% d",
                Ok(" 10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%.5d",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%#.5x",
                Ok("0x84595161401484a000000"),
            ),
            (
                "10000000000000000000000000",
                "%#010x",
                Ok("0x84595161401484a000000"),
            ),
            (
                "10000000000000000000000000",
                "%-#10o|",
                Ok("0o4105452130240024411200000000|"),
            ),
            (
                "10000000000000000000000000",
                "%+08X",
                Ok("+84595161401484A000000"),
            ),
            (
                "10000000000000000000000000",
                "% 5o",
                Ok(" 4105452130240024411200000000"),
            ),
            ("10000000000000000000000000", "%e", Ok("1.000000e+25")),
            (
                "10000000000000000000000000",
                "%.2f",
                Ok("10000000000000000905969664.00"),
            ),
            ("10000000000000000000000000", "%g", Ok("1e+25")),
            ("10000000000000000000000000", "%+.1e", Ok("+1.0e+25")),
            (
                "10000000000000000000000000",
                "%ld",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%hd",
                Ok("10000000000000000000000000"),
            ),
            (
                "10000000000000000000000000",
                "%%%d%%",
                Ok("%10000000000000000000000000%"),
            ),
        ];
        for &(int, fmt, want) in cases {
            let i: BigInt = int.parse().unwrap();
            let got = run_percent(fmt, &|sp, w, p| percent_int(&i, sp, w, p));
            assert_eq!(got, r(want), "{:?} % {}", fmt, int);
            // Ints that fit in an i64 take the path without a bigint.
            if let Ok(small) = i64::try_from(&i) {
                let got = run_percent(fmt, &|sp, w, p| percent_i64(small, sp, w, p));
                assert_eq!(got, r(want), "{:?} % {} (i64)", fmt, int);
            }
        }
    }

    #[test]
    fn percent_str_matches_cpython() {
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("", "%s", Ok("")),
            ("", "%5s", Ok("     ")),
            ("", "%-5s|", Ok("     |")),
            ("", "%.2s", Ok("")),
            ("", "%5.1s", Ok("     ")),
            ("", "%05s", Ok("     ")),
            ("", "%+s", Ok("")),
            ("", "%#s", Ok("")),
            ("", "% 8.3s", Ok("        ")),
            ("", "%-08.2s|", Ok("        |")),
            ("", "x%sy%%", Ok("xy%")),
            ("a", "%s", Ok("a")),
            ("a", "%5s", Ok("    a")),
            ("a", "%-5s|", Ok("a    |")),
            ("a", "%.2s", Ok("a")),
            ("a", "%5.1s", Ok("    a")),
            ("a", "%05s", Ok("    a")),
            ("a", "%+s", Ok("a")),
            ("a", "%#s", Ok("a")),
            ("a", "% 8.3s", Ok("       a")),
            ("a", "%-08.2s|", Ok("a       |")),
            ("a", "x%sy%%", Ok("xay%")),
            ("abc", "%s", Ok("abc")),
            ("abc", "%5s", Ok("  abc")),
            ("abc", "%-5s|", Ok("abc  |")),
            ("abc", "%.2s", Ok("ab")),
            ("abc", "%5.1s", Ok("    a")),
            ("abc", "%05s", Ok("  abc")),
            ("abc", "%+s", Ok("abc")),
            ("abc", "%#s", Ok("abc")),
            ("abc", "% 8.3s", Ok("     abc")),
            ("abc", "%-08.2s|", Ok("ab      |")),
            ("abc", "x%sy%%", Ok("xabcy%")),
            ("h\u{e9}llo", "%s", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "%5s", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "%-5s|", Ok("h\u{e9}llo|")),
            ("h\u{e9}llo", "%.2s", Ok("h\u{e9}")),
            ("h\u{e9}llo", "%5.1s", Ok("    h")),
            ("h\u{e9}llo", "%05s", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "%+s", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "%#s", Ok("h\u{e9}llo")),
            ("h\u{e9}llo", "% 8.3s", Ok("     h\u{e9}l")),
            ("h\u{e9}llo", "%-08.2s|", Ok("h\u{e9}      |")),
            ("h\u{e9}llo", "x%sy%%", Ok("xh\u{e9}lloy%")),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "%s",
                Ok("\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "%5s",
                Ok("  \u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "%-5s|",
                Ok("\u{65e5}\u{672c}\u{8a9e}  |"),
            ),
            ("\u{65e5}\u{672c}\u{8a9e}", "%.2s", Ok("\u{65e5}\u{672c}")),
            ("\u{65e5}\u{672c}\u{8a9e}", "%5.1s", Ok("    \u{65e5}")),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "%05s",
                Ok("  \u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "%+s",
                Ok("\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "%#s",
                Ok("\u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "% 8.3s",
                Ok("     \u{65e5}\u{672c}\u{8a9e}"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "%-08.2s|",
                Ok("\u{65e5}\u{672c}      |"),
            ),
            (
                "\u{65e5}\u{672c}\u{8a9e}",
                "x%sy%%",
                Ok("x\u{65e5}\u{672c}\u{8a9e}y%"),
            ),
            ("a", "%c", Ok("a")),
            ("a", "%5c", Ok("    a")),
            ("a", "%-5c|", Ok("a    |")),
            ("a", "%.0c", Ok("a")),
            ("a", "%05c", Ok("    a")),
            ("\u{e9}", "%c", Ok("\u{e9}")),
            ("\u{e9}", "%5c", Ok("    \u{e9}")),
            ("\u{e9}", "%-5c|", Ok("\u{e9}    |")),
            ("\u{e9}", "%.0c", Ok("\u{e9}")),
            ("\u{e9}", "%05c", Ok("    \u{e9}")),
        ];
        for &(s, fmt, want) in cases {
            let got = run_percent(fmt, &|sp, w, p| percent_str(s, sp, w, p));
            assert_eq!(got, r(want), "{:?} % {:?}", fmt, s);
        }
    }

    #[test]
    fn percent_parse_errors_match_cpython() {
        let cases: &[(&str, &str)] = &[
            ("%", "incomplete format"),
            ("abc%", "incomplete format"),
            ("%5", "incomplete format"),
            ("%y", "unsupported format character 'y' (0x79) at index 1"),
            ("%-5y", "unsupported format character 'y' (0x79) at index 3"),
            ("%lld", "unsupported format character 'l' (0x6c) at index 2"),
            ("%ly", "unsupported format character 'y' (0x79) at index 2"),
            ("%(a", "incomplete format key"),
            (
                "%(a)5y",
                "unsupported format character 'y' (0x79) at index 5",
            ),
            ("%5.", "incomplete format"),
            ("%.", "incomplete format"),
            (
                "%\u{20ac}",
                "unsupported format character '?' (0x20ac) at index 1",
            ),
            (
                "%\u{1}",
                "unsupported format character '?' (0x1) at index 1",
            ),
            ("%5%", "unsupported format character '%' (0x25) at index 2"),
            ("%-", "incomplete format"),
            ("%*", "incomplete format"),
            ("%.*", "incomplete format"),
            ("ab%(x(y)z", "incomplete format key"),
            ("%99999999999999999999d", "width too big"),
            ("%.99999999999d", "precision too big"),
        ];
        for &(fmt, want) in cases {
            assert_eq!(parse_percent(fmt), Err(want.to_string()), "{:?}", fmt);
        }
    }

    #[test]
    fn general_matches_cpython() {
        let cases: &[(u64, usize, bool, bool, &str)] = &[
            (0x0000000000000000, 0, false, false, "0"),
            (0x0000000000000000, 0, false, true, "0."),
            (0x0000000000000000, 0, true, false, "0"),
            (0x0000000000000000, 0, true, true, "0."),
            (0x0000000000000000, 1, false, false, "0"),
            (0x0000000000000000, 1, false, true, "0."),
            (0x0000000000000000, 1, true, false, "0"),
            (0x0000000000000000, 1, true, true, "0."),
            (0x0000000000000000, 3, false, false, "0"),
            (0x0000000000000000, 3, false, true, "0.00"),
            (0x0000000000000000, 3, true, false, "0"),
            (0x0000000000000000, 3, true, true, "0.00"),
            (0x0000000000000000, 6, false, false, "0"),
            (0x0000000000000000, 6, false, true, "0.00000"),
            (0x0000000000000000, 6, true, false, "0"),
            (0x0000000000000000, 6, true, true, "0.00000"),
            (0x0000000000000000, 17, false, false, "0"),
            (0x0000000000000000, 17, false, true, "0.0000000000000000"),
            (0x0000000000000000, 17, true, false, "0"),
            (0x0000000000000000, 17, true, true, "0.0000000000000000"),
            (0x8000000000000000, 0, false, false, "-0"),
            (0x8000000000000000, 0, false, true, "-0."),
            (0x8000000000000000, 0, true, false, "-0"),
            (0x8000000000000000, 0, true, true, "-0."),
            (0x8000000000000000, 1, false, false, "-0"),
            (0x8000000000000000, 1, false, true, "-0."),
            (0x8000000000000000, 1, true, false, "-0"),
            (0x8000000000000000, 1, true, true, "-0."),
            (0x8000000000000000, 3, false, false, "-0"),
            (0x8000000000000000, 3, false, true, "-0.00"),
            (0x8000000000000000, 3, true, false, "-0"),
            (0x8000000000000000, 3, true, true, "-0.00"),
            (0x8000000000000000, 6, false, false, "-0"),
            (0x8000000000000000, 6, false, true, "-0.00000"),
            (0x8000000000000000, 6, true, false, "-0"),
            (0x8000000000000000, 6, true, true, "-0.00000"),
            (0x8000000000000000, 17, false, false, "-0"),
            (0x8000000000000000, 17, false, true, "-0.0000000000000000"),
            (0x8000000000000000, 17, true, false, "-0"),
            (0x8000000000000000, 17, true, true, "-0.0000000000000000"),
            (0x3ff0000000000000, 0, false, false, "1"),
            (0x3ff0000000000000, 0, false, true, "1."),
            (0x3ff0000000000000, 0, true, false, "1"),
            (0x3ff0000000000000, 0, true, true, "1."),
            (0x3ff0000000000000, 1, false, false, "1"),
            (0x3ff0000000000000, 1, false, true, "1."),
            (0x3ff0000000000000, 1, true, false, "1"),
            (0x3ff0000000000000, 1, true, true, "1."),
            (0x3ff0000000000000, 3, false, false, "1"),
            (0x3ff0000000000000, 3, false, true, "1.00"),
            (0x3ff0000000000000, 3, true, false, "1"),
            (0x3ff0000000000000, 3, true, true, "1.00"),
            (0x3ff0000000000000, 6, false, false, "1"),
            (0x3ff0000000000000, 6, false, true, "1.00000"),
            (0x3ff0000000000000, 6, true, false, "1"),
            (0x3ff0000000000000, 6, true, true, "1.00000"),
            (0x3ff0000000000000, 17, false, false, "1"),
            (0x3ff0000000000000, 17, false, true, "1.0000000000000000"),
            (0x3ff0000000000000, 17, true, false, "1"),
            (0x3ff0000000000000, 17, true, true, "1.0000000000000000"),
            (0x40934a456d5cfaad, 0, false, false, "1e+03"),
            (0x40934a456d5cfaad, 0, false, true, "1.e+03"),
            (0x40934a456d5cfaad, 0, true, false, "1E+03"),
            (0x40934a456d5cfaad, 0, true, true, "1.E+03"),
            (0x40934a456d5cfaad, 1, false, false, "1e+03"),
            (0x40934a456d5cfaad, 1, false, true, "1.e+03"),
            (0x40934a456d5cfaad, 1, true, false, "1E+03"),
            (0x40934a456d5cfaad, 1, true, true, "1.E+03"),
            (0x40934a456d5cfaad, 3, false, false, "1.23e+03"),
            (0x40934a456d5cfaad, 3, false, true, "1.23e+03"),
            (0x40934a456d5cfaad, 3, true, false, "1.23E+03"),
            (0x40934a456d5cfaad, 3, true, true, "1.23E+03"),
            (0x40934a456d5cfaad, 6, false, false, "1234.57"),
            (0x40934a456d5cfaad, 6, false, true, "1234.57"),
            (0x40934a456d5cfaad, 6, true, false, "1234.57"),
            (0x40934a456d5cfaad, 6, true, true, "1234.57"),
            (0x40934a456d5cfaad, 17, false, false, "1234.5678"),
            (0x40934a456d5cfaad, 17, false, true, "1234.5678000000000"),
            (0x40934a456d5cfaad, 17, true, false, "1234.5678"),
            (0x40934a456d5cfaad, 17, true, true, "1234.5678000000000"),
            (0x3ee4f8b588e368f1, 0, false, false, "1e-05"),
            (0x3ee4f8b588e368f1, 0, false, true, "1.e-05"),
            (0x3ee4f8b588e368f1, 0, true, false, "1E-05"),
            (0x3ee4f8b588e368f1, 0, true, true, "1.E-05"),
            (0x3ee4f8b588e368f1, 1, false, false, "1e-05"),
            (0x3ee4f8b588e368f1, 1, false, true, "1.e-05"),
            (0x3ee4f8b588e368f1, 1, true, false, "1E-05"),
            (0x3ee4f8b588e368f1, 1, true, true, "1.E-05"),
            (0x3ee4f8b588e368f1, 3, false, false, "1e-05"),
            (0x3ee4f8b588e368f1, 3, false, true, "1.00e-05"),
            (0x3ee4f8b588e368f1, 3, true, false, "1E-05"),
            (0x3ee4f8b588e368f1, 3, true, true, "1.00E-05"),
            (0x3ee4f8b588e368f1, 6, false, false, "1e-05"),
            (0x3ee4f8b588e368f1, 6, false, true, "1.00000e-05"),
            (0x3ee4f8b588e368f1, 6, true, false, "1E-05"),
            (0x3ee4f8b588e368f1, 6, true, true, "1.00000E-05"),
            (
                0x3ee4f8b588e368f1,
                17,
                false,
                false,
                "1.0000000000000001e-05",
            ),
            (
                0x3ee4f8b588e368f1,
                17,
                false,
                true,
                "1.0000000000000001e-05",
            ),
            (
                0x3ee4f8b588e368f1,
                17,
                true,
                false,
                "1.0000000000000001E-05",
            ),
            (0x3ee4f8b588e368f1, 17, true, true, "1.0000000000000001E-05"),
            (0x40fe240000000000, 0, false, false, "1e+05"),
            (0x40fe240000000000, 0, false, true, "1.e+05"),
            (0x40fe240000000000, 0, true, false, "1E+05"),
            (0x40fe240000000000, 0, true, true, "1.E+05"),
            (0x40fe240000000000, 1, false, false, "1e+05"),
            (0x40fe240000000000, 1, false, true, "1.e+05"),
            (0x40fe240000000000, 1, true, false, "1E+05"),
            (0x40fe240000000000, 1, true, true, "1.E+05"),
            (0x40fe240000000000, 3, false, false, "1.23e+05"),
            (0x40fe240000000000, 3, false, true, "1.23e+05"),
            (0x40fe240000000000, 3, true, false, "1.23E+05"),
            (0x40fe240000000000, 3, true, true, "1.23E+05"),
            (0x40fe240000000000, 6, false, false, "123456"),
            (0x40fe240000000000, 6, false, true, "123456."),
            (0x40fe240000000000, 6, true, false, "123456"),
            (0x40fe240000000000, 6, true, true, "123456."),
            (0x40fe240000000000, 17, false, false, "123456"),
            (0x40fe240000000000, 17, false, true, "123456.00000000000"),
            (0x40fe240000000000, 17, true, false, "123456"),
            (0x40fe240000000000, 17, true, true, "123456.00000000000"),
            (0x4341c37937e08000, 0, false, false, "1e+16"),
            (0x4341c37937e08000, 0, false, true, "1.e+16"),
            (0x4341c37937e08000, 0, true, false, "1E+16"),
            (0x4341c37937e08000, 0, true, true, "1.E+16"),
            (0x4341c37937e08000, 1, false, false, "1e+16"),
            (0x4341c37937e08000, 1, false, true, "1.e+16"),
            (0x4341c37937e08000, 1, true, false, "1E+16"),
            (0x4341c37937e08000, 1, true, true, "1.E+16"),
            (0x4341c37937e08000, 3, false, false, "1e+16"),
            (0x4341c37937e08000, 3, false, true, "1.00e+16"),
            (0x4341c37937e08000, 3, true, false, "1E+16"),
            (0x4341c37937e08000, 3, true, true, "1.00E+16"),
            (0x4341c37937e08000, 6, false, false, "1e+16"),
            (0x4341c37937e08000, 6, false, true, "1.00000e+16"),
            (0x4341c37937e08000, 6, true, false, "1E+16"),
            (0x4341c37937e08000, 6, true, true, "1.00000E+16"),
            (0x4341c37937e08000, 17, false, false, "10000000000000000"),
            (0x4341c37937e08000, 17, false, true, "10000000000000000."),
            (0x4341c37937e08000, 17, true, false, "10000000000000000"),
            (0x4341c37937e08000, 17, true, true, "10000000000000000."),
            (0x3fb999999999999a, 0, false, false, "0.1"),
            (0x3fb999999999999a, 0, false, true, "0.1"),
            (0x3fb999999999999a, 0, true, false, "0.1"),
            (0x3fb999999999999a, 0, true, true, "0.1"),
            (0x3fb999999999999a, 1, false, false, "0.1"),
            (0x3fb999999999999a, 1, false, true, "0.1"),
            (0x3fb999999999999a, 1, true, false, "0.1"),
            (0x3fb999999999999a, 1, true, true, "0.1"),
            (0x3fb999999999999a, 3, false, false, "0.1"),
            (0x3fb999999999999a, 3, false, true, "0.100"),
            (0x3fb999999999999a, 3, true, false, "0.1"),
            (0x3fb999999999999a, 3, true, true, "0.100"),
            (0x3fb999999999999a, 6, false, false, "0.1"),
            (0x3fb999999999999a, 6, false, true, "0.100000"),
            (0x3fb999999999999a, 6, true, false, "0.1"),
            (0x3fb999999999999a, 6, true, true, "0.100000"),
            (0x3fb999999999999a, 17, false, false, "0.10000000000000001"),
            (0x3fb999999999999a, 17, false, true, "0.10000000000000001"),
            (0x3fb999999999999a, 17, true, false, "0.10000000000000001"),
            (0x3fb999999999999a, 17, true, true, "0.10000000000000001"),
            (0x7ff0000000000000, 0, false, false, "inf"),
            (0x7ff0000000000000, 0, false, true, "inf"),
            (0x7ff0000000000000, 0, true, false, "INF"),
            (0x7ff0000000000000, 0, true, true, "INF"),
            (0x7ff0000000000000, 1, false, false, "inf"),
            (0x7ff0000000000000, 1, false, true, "inf"),
            (0x7ff0000000000000, 1, true, false, "INF"),
            (0x7ff0000000000000, 1, true, true, "INF"),
            (0x7ff0000000000000, 3, false, false, "inf"),
            (0x7ff0000000000000, 3, false, true, "inf"),
            (0x7ff0000000000000, 3, true, false, "INF"),
            (0x7ff0000000000000, 3, true, true, "INF"),
            (0x7ff0000000000000, 6, false, false, "inf"),
            (0x7ff0000000000000, 6, false, true, "inf"),
            (0x7ff0000000000000, 6, true, false, "INF"),
            (0x7ff0000000000000, 6, true, true, "INF"),
            (0x7ff0000000000000, 17, false, false, "inf"),
            (0x7ff0000000000000, 17, false, true, "inf"),
            (0x7ff0000000000000, 17, true, false, "INF"),
            (0x7ff0000000000000, 17, true, true, "INF"),
            (0x7ff8000000000000, 0, false, false, "nan"),
            (0x7ff8000000000000, 0, false, true, "nan"),
            (0x7ff8000000000000, 0, true, false, "NAN"),
            (0x7ff8000000000000, 0, true, true, "NAN"),
            (0x7ff8000000000000, 1, false, false, "nan"),
            (0x7ff8000000000000, 1, false, true, "nan"),
            (0x7ff8000000000000, 1, true, false, "NAN"),
            (0x7ff8000000000000, 1, true, true, "NAN"),
            (0x7ff8000000000000, 3, false, false, "nan"),
            (0x7ff8000000000000, 3, false, true, "nan"),
            (0x7ff8000000000000, 3, true, false, "NAN"),
            (0x7ff8000000000000, 3, true, true, "NAN"),
            (0x7ff8000000000000, 6, false, false, "nan"),
            (0x7ff8000000000000, 6, false, true, "nan"),
            (0x7ff8000000000000, 6, true, false, "NAN"),
            (0x7ff8000000000000, 6, true, true, "NAN"),
            (0x7ff8000000000000, 17, false, false, "nan"),
            (0x7ff8000000000000, 17, false, true, "nan"),
            (0x7ff8000000000000, 17, true, false, "NAN"),
            (0x7ff8000000000000, 17, true, true, "NAN"),
            (0xbdf12e0be826d695, 0, false, false, "-3e-10"),
            (0xbdf12e0be826d695, 0, false, true, "-3.e-10"),
            (0xbdf12e0be826d695, 0, true, false, "-3E-10"),
            (0xbdf12e0be826d695, 0, true, true, "-3.E-10"),
            (0xbdf12e0be826d695, 1, false, false, "-3e-10"),
            (0xbdf12e0be826d695, 1, false, true, "-3.e-10"),
            (0xbdf12e0be826d695, 1, true, false, "-3E-10"),
            (0xbdf12e0be826d695, 1, true, true, "-3.E-10"),
            (0xbdf12e0be826d695, 3, false, false, "-2.5e-10"),
            (0xbdf12e0be826d695, 3, false, true, "-2.50e-10"),
            (0xbdf12e0be826d695, 3, true, false, "-2.5E-10"),
            (0xbdf12e0be826d695, 3, true, true, "-2.50E-10"),
            (0xbdf12e0be826d695, 6, false, false, "-2.5e-10"),
            (0xbdf12e0be826d695, 6, false, true, "-2.50000e-10"),
            (0xbdf12e0be826d695, 6, true, false, "-2.5E-10"),
            (0xbdf12e0be826d695, 6, true, true, "-2.50000E-10"),
            (
                0xbdf12e0be826d695,
                17,
                false,
                false,
                "-2.5000000000000002e-10",
            ),
            (
                0xbdf12e0be826d695,
                17,
                false,
                true,
                "-2.5000000000000002e-10",
            ),
            (
                0xbdf12e0be826d695,
                17,
                true,
                false,
                "-2.5000000000000002E-10",
            ),
            (
                0xbdf12e0be826d695,
                17,
                true,
                true,
                "-2.5000000000000002E-10",
            ),
        ];
        for &(bits, p, up, alt, want) in cases {
            assert_eq!(
                format_float_general(f(bits), p, up, alt),
                want,
                "{:?} p={} up={} alt={}",
                f(bits),
                p,
                up,
                alt
            );
        }
    }

    #[test]
    fn round_matches_cpython() {
        // (x, ndigits, result); CPython raises OverflowError where the result here is inf.
        let cases: &[(u64, i64, u64)] = &[
            (0x4005666666666666, 2, 0x40055c28f5c28f5c), // round(2.675, 2) == 2.67
            (0x3fe0000000000000, 0, 0x0000000000000000), // round(0.5, 0) == 0.0
            (0x3ff8000000000000, 0, 0x4000000000000000), // round(1.5, 0) == 2.0
            (0x4004000000000000, 0, 0x4000000000000000), // round(2.5, 0) == 2.0
            (0xc004000000000000, 0, 0xc000000000000000), // round(-2.5, 0) == -2.0
            (0xbf50624dd2f1a9fc, 2, 0x8000000000000000), // round(-0.001, 2) == -0.0
            (0x402e000000000000, -1, 0x4034000000000000), // round(15.0, -1) == 20.0
            (0x4039000000000000, -1, 0x4034000000000000), // round(25.0, -1) == 20.0
            (0x0000000000000001, 323, 0x0000000000000000), // round(5e-324, 323) == 0.0
            (0x0000000000000001, 324, 0x0000000000000001), // round(5e-324, 324) == 5e-324
            (0x7e37e43c8800759c, -300, 0x7e37e43c8800759c), // round(1e+300, -300) == 1e+300
            (0x3fc0000000000000, 2, 0x3fbeb851eb851eb8), // round(0.125, 2) == 0.12
            (0x3fd8000000000000, 2, 0x3fd851eb851eb852), // round(0.375, 2) == 0.38
            (0x01aa74fe1c132c0e, 305, 0x01aa750112b38e8c), // round(1.23456789e-300, 305) == 1.23457e-300
            (0x40fe240c9fbe76c9, -3, 0x40fe078000000000),  // round(123456.789, -3) == 123000.0
            (0xc0fe240c9fbe76c9, 1, 0xc0fe240ccccccccd),   // round(-123456.789, 1) == -123456.8
            (0x4480f0cf064dd592, -22, 0x4480f0cf064dd592), // round(1e+22, -22) == 1e+22
            (0x3fb999999999999a, 1, 0x3fb999999999999a),   // round(0.1, 1) == 0.1
            (0x3fc3333333333333, 1, 0x3fb999999999999a),   // round(0.15, 1) == 0.1
            (0x3fd0000000000000, 1, 0x3fc999999999999a),   // round(0.25, 1) == 0.2
            (0x7fefffffffffffff, -300, 0x7feffffffe8c42f7), // round(1.7976931348623157e+308, -300) == 1.79769313e+308
            (0x7ff0000000000000, 2, 0x7ff0000000000000),    // round(inf, 2) == inf
            (0x7ff8000000000000, 2, 0x7ff8000000000000),    // round(nan, 2) == nan
            (0x8000000000000000, 1, 0x8000000000000000),    // round(-0.0, 1) == -0.0
            (0x400921f9f01b866e, 400, 0x400921f9f01b866e),  // round(3.14159, 400) == 3.14159
            (0x400921f9f01b866e, -400, 0x0000000000000000), // round(3.14159, -400) == 0.0
            (0xc00921f9f01b866e, -400, 0x8000000000000000), // round(-3.14159, -400) == -0.0
            (0x7fee42d130773b76, -308, 0x7ff0000000000000), // round(1.7e+308, -308) == inf
            (0x3f896d66b9b6a104, 11, 0x3f896d66b9e12061), // round(0.012415697615168593, 11) == 0.01241569762
            (0x40c4ca1bca631ce8, -6, 0x0000000000000000), // round(10644.217113865961, -6) == 0.0
            (0x4122f26e2dfccff4, 10, 0x4122f26e2dfccff4), // round(620855.0898194299, 10) == 620855.0898194299
            (0x3f14a1f62fb9a73b, -2, 0x0000000000000000), // round(7.870736220075014e-05, -2) == 0.0
            (0x3fdc071d813ed749, 2, 0x3fdc28f5c28f5c29),  // round(0.43793428060177014, 2) == 0.44
            (0xc180f8c168a38c0d, 2, 0xc180f8c168a3d70a), // round(-35592237.07985697, 2) == -35592237.08
            (0xc201a01e7481273a, 5, 0xc201a01e74812738), // round(-9462599312.144154, 5) == -9462599312.14415
            (0xbfb96c51d98eaa9f, 10, 0xbfb96c51d958cfba), // round(-0.0993090778489809, 10) == -0.0993090778
            (0xbf450b9aadc7c6d7, 12, 0xbf450b9aadea8b0b), // round(-0.0006422524707529698, 12) == -0.000642252471
            (0xc243e64308e02469, -3, 0xc243e64308ec0000), // round(-170935062976.28445, -3) == -170935063000.0
            (0x4012ed3429c0018d, 8, 0x4012ed3429d33821), // round(4.731644298881645, 8) == 4.7316443
            (0x409dffdda3f5dd40, -7, 0x0000000000000000), // round(1919.9664457718172, -7) == 0.0
            (0xc1bfe94ede0b8a15, -2, 0xc1bfe94ef8000000), // round(-535383774.0450757, -2) == -535383800.0
            (0x4226171a3c6b0a5d, -3, 0x4226171a3ce00000), // round(47438437941.52024, -3) == 47438438000.0
            (0xc1527bc48202d79f, 8, 0xc1527bc48202d7a1), // round(-4845330.031423478, 8) == -4845330.03142348
            (0x3f810a607fc9d170, -7, 0x0000000000000000), // round(0.008320573711195961, -7) == 0.0
            (0x408dfc719f2846cd, -8, 0x0000000000000000), // round(959.5554793497664, -8) == 0.0
            (0xc01bfa6b7e5992e9, 3, 0xc01bfae147ae147b), // round(-6.994550680367618, 3) == -6.995
            (0x3f8007f211823a69, 4, 0x3f7ff2e48e8a71de), // round(0.007827654990504489, 4) == 0.0078
            (0xbecd916b506c005e, -7, 0x8000000000000000), // round(-3.5247854869302884e-06, -7) == -0.0
            (0x3f06322b496b0ed5, 4, 0x0000000000000000),  // round(4.233545876311326e-05, 4) == 0.0
            (0x3fb952e0785068a5, -8, 0x0000000000000000), // round(0.09892085015636327, -8) == 0.0
            (0x40ea9a25b2f10bb7, -2, 0x40ea9c8000000000), // round(54481.1780934552, -2) == 54500.0
            (0x3f376c6256389f76, 7, 0x3f376c2d4fc46372), // round(0.00035741234589402955, 7) == 0.0003574
            (0x3e905ab3cd530650, 12, 0x3e905ab3237f6b7b), // round(2.436981508363046e-07, 12) == 2.43698e-07
            (0xc2431d135b0b5efb, 5, 0xc2431d135b0b5efb), // round(-164184372758.74203, 5) == -164184372758.74203
            (0x4233add59635a324, -2, 0x4233add596280000), // round(84520834613.63727, -2) == 84520834600.0
            (0xbf31c9c501bd32dd, 9, 0xbf31c9c5cb14aaa1), // round(-0.0002714258168808168, 9) == -0.000271426
            (0xc1c4e1c5aa3ab529, -3, 0xc1c4e1c594000000), // round(-700681044.4586536, -3) == -700681000.0
            (0x40beaa1951b63474, -1, 0x40beaa0000000000), // round(7850.098903072172, -1) == 7850.0
        ];
        for &(x, nd, want) in cases {
            let got = round_float(f(x), nd);
            if f(want).is_nan() {
                assert!(got.is_nan());
            } else {
                assert_eq!(got.to_bits(), want, "round({:?}, {}) = {:?}", f(x), nd, got);
            }
        }
    }

    #[test]
    fn parse_float_matches_cpython() {
        // None = ValueError; Some(None) = nan
        let cases: &[(&str, Option<Option<u64>>)] = &[
            ("1", Some(Some(0x3ff0000000000000))),
            (" 1.5 ", Some(Some(0x3ff8000000000000))),
            ("-1e5", Some(Some(0xc0f86a0000000000))),
            ("+.5", Some(Some(0x3fe0000000000000))),
            ("1.", Some(Some(0x3ff0000000000000))),
            (".", None),
            ("e5", None),
            ("1e", None),
            ("1e+", None),
            ("1_0", Some(Some(0x4024000000000000))),
            ("1__0", None),
            ("_1", None),
            ("1_", None),
            ("1_.5", None),
            ("1._5", None),
            ("1.5_5", Some(Some(0x3ff8cccccccccccd))),
            ("1e1_0", Some(Some(0x4202a05f20000000))),
            ("inf", Some(Some(0x7ff0000000000000))),
            ("-INF", Some(Some(0xfff0000000000000))),
            ("Infinity", Some(Some(0x7ff0000000000000))),
            ("+infinity", Some(Some(0x7ff0000000000000))),
            ("nan", Some(None)),
            ("-NaN", Some(None)),
            ("infi", None),
            ("in_f", None),
            ("0x10", None),
            ("\u{9}\u{a}1\u{b}", Some(Some(0x3ff0000000000000))),
            ("\u{9}1\u{1c}", None),
            ("\u{3000} 2 ", Some(Some(0x4000000000000000))),
            ("\u{a0}3\u{85}", Some(Some(0x4008000000000000))),
            ("", None),
            (" ", None),
            ("1 2", None),
            ("1e400", Some(Some(0x7ff0000000000000))),
            ("-1e400", Some(Some(0xfff0000000000000))),
            ("1e-400", Some(Some(0x0000000000000000))),
            ("4.9e-324", Some(Some(0x0000000000000001))),
            ("2.4703282292062328e-324", Some(Some(0x0000000000000001))),
            ("0.1", Some(Some(0x3fb999999999999a))),
            (
                "123456789012345678901234567890",
                Some(Some(0x45f8ee90ff6c373e)),
            ),
            ("1.7976931348623158e308", Some(Some(0x7fefffffffffffff))),
            ("1.7976931348623159e308", Some(Some(0x7ff0000000000000))),
            ("--1", None),
            ("1.5e-3", Some(Some(0x3f589374bc6a7efa))),
            ("\u{661}\u{662}", Some(Some(0x4028000000000000))),
            ("\u{661}.\u{665}", Some(Some(0x3ff8000000000000))),
            ("\u{ff11}e\u{ff12}", Some(Some(0x4059000000000000))),
            ("NaN5", None),
            ("1.0\u{e9}", None),
            ("1_000.000_1", Some(Some(0x408f4000346dc5d6))),
        ];
        for &(s, want) in cases {
            let got = parse_float(s);
            match want {
                None => assert!(got.is_none(), "float({:?}) gave {:?}", s, got),
                Some(None) => assert!(got.unwrap().is_nan(), "{:?}", s),
                Some(Some(bits)) => assert_eq!(got.map(f64::to_bits), Some(bits), "float({:?})", s),
            }
        }
        assert!(parse_float("-nan").unwrap().is_sign_negative());
    }

    #[test]
    fn parse_int_matches_cpython() {
        let cases: &[(&str, u32, Option<&str>)] = &[
            ("0", 0, Some("0")),
            ("0", 2, Some("0")),
            ("0", 8, Some("0")),
            ("0", 10, Some("0")),
            ("0", 16, Some("0")),
            ("0", 36, Some("0")),
            ("-0", 0, Some("0")),
            ("-0", 2, Some("0")),
            ("-0", 8, Some("0")),
            ("-0", 10, Some("0")),
            ("-0", 16, Some("0")),
            ("-0", 36, Some("0")),
            ("+7", 0, Some("7")),
            ("+7", 2, None),
            ("+7", 8, Some("7")),
            ("+7", 10, Some("7")),
            ("+7", 16, Some("7")),
            ("+7", 36, Some("7")),
            (" 12 ", 0, Some("12")),
            (" 12 ", 2, None),
            (" 12 ", 8, Some("10")),
            (" 12 ", 10, Some("12")),
            (" 12 ", 16, Some("18")),
            (" 12 ", 36, Some("38")),
            ("1_000", 0, Some("1000")),
            ("1_000", 2, Some("8")),
            ("1_000", 8, Some("512")),
            ("1_000", 10, Some("1000")),
            ("1_000", 16, Some("4096")),
            ("1_000", 36, Some("46656")),
            ("1__0", 0, None),
            ("1__0", 2, None),
            ("1__0", 8, None),
            ("1__0", 10, None),
            ("1__0", 16, None),
            ("1__0", 36, None),
            ("_1", 0, None),
            ("_1", 2, None),
            ("_1", 8, None),
            ("_1", 10, None),
            ("_1", 16, None),
            ("_1", 36, None),
            ("1_", 0, None),
            ("1_", 2, None),
            ("1_", 8, None),
            ("1_", 10, None),
            ("1_", 16, None),
            ("1_", 36, None),
            ("0x1f", 0, Some("31")),
            ("0x1f", 2, None),
            ("0x1f", 8, None),
            ("0x1f", 10, None),
            ("0x1f", 16, Some("31")),
            ("0x1f", 36, Some("42819")),
            ("0X1F", 0, Some("31")),
            ("0X1F", 2, None),
            ("0X1F", 8, None),
            ("0X1F", 10, None),
            ("0X1F", 16, Some("31")),
            ("0X1F", 36, Some("42819")),
            ("0o17", 0, Some("15")),
            ("0o17", 2, None),
            ("0o17", 8, Some("15")),
            ("0o17", 10, None),
            ("0o17", 16, None),
            ("0o17", 36, Some("31147")),
            ("0b101", 0, Some("5")),
            ("0b101", 2, Some("5")),
            ("0b101", 8, None),
            ("0b101", 10, None),
            ("0b101", 16, Some("45313")),
            ("0b101", 36, Some("514513")),
            ("0x_f", 0, Some("15")),
            ("0x_f", 2, None),
            ("0x_f", 8, None),
            ("0x_f", 10, None),
            ("0x_f", 16, Some("15")),
            ("0x_f", 36, Some("1203")),
            ("0x__f", 0, None),
            ("0x__f", 2, None),
            ("0x__f", 8, None),
            ("0x__f", 10, None),
            ("0x__f", 16, None),
            ("0x__f", 36, None),
            ("0x", 0, None),
            ("0x", 2, None),
            ("0x", 8, None),
            ("0x", 10, None),
            ("0x", 16, None),
            ("0x", 36, Some("33")),
            ("0_0", 0, Some("0")),
            ("0_0", 2, Some("0")),
            ("0_0", 8, Some("0")),
            ("0_0", 10, Some("0")),
            ("0_0", 16, Some("0")),
            ("0_0", 36, Some("0")),
            ("00", 0, Some("0")),
            ("00", 2, Some("0")),
            ("00", 8, Some("0")),
            ("00", 10, Some("0")),
            ("00", 16, Some("0")),
            ("00", 36, Some("0")),
            ("010", 0, None),
            ("010", 2, Some("2")),
            ("010", 8, Some("8")),
            ("010", 10, Some("10")),
            ("010", 16, Some("16")),
            ("010", 36, Some("36")),
            ("0_1", 0, None),
            ("0_1", 2, Some("1")),
            ("0_1", 8, Some("1")),
            ("0_1", 10, Some("1")),
            ("0_1", 16, Some("1")),
            ("0_1", 36, Some("1")),
            ("  -0b1_0  ", 0, Some("-2")),
            ("  -0b1_0  ", 2, Some("-2")),
            ("  -0b1_0  ", 8, None),
            ("  -0b1_0  ", 10, None),
            ("  -0b1_0  ", 16, Some("-2832")),
            ("  -0b1_0  ", 36, Some("-14292")),
            ("z", 0, None),
            ("z", 2, None),
            ("z", 8, None),
            ("z", 10, None),
            ("z", 16, None),
            ("z", 36, Some("35")),
            ("Z", 0, None),
            ("Z", 2, None),
            ("Z", 8, None),
            ("Z", 10, None),
            ("Z", 16, None),
            ("Z", 36, Some("35")),
            ("10", 0, Some("10")),
            ("10", 2, Some("2")),
            ("10", 8, Some("8")),
            ("10", 10, Some("10")),
            ("10", 16, Some("16")),
            ("10", 36, Some("36")),
            (
                "123456789012345678901234567890",
                0,
                Some("123456789012345678901234567890"),
            ),
            ("123456789012345678901234567890", 2, None),
            ("123456789012345678901234567890", 8, None),
            (
                "123456789012345678901234567890",
                10,
                Some("123456789012345678901234567890"),
            ),
            (
                "123456789012345678901234567890",
                16,
                Some("94522879687365475552814062743484560"),
            ),
            (
                "123456789012345678901234567890",
                36,
                Some("1436287679432363134028105837355561937436483460"),
            ),
            ("- 5", 0, None),
            ("- 5", 2, None),
            ("- 5", 8, None),
            ("- 5", 10, None),
            ("- 5", 16, None),
            ("- 5", 36, None),
            ("+-5", 0, None),
            ("+-5", 2, None),
            ("+-5", 8, None),
            ("+-5", 10, None),
            ("+-5", 16, None),
            ("+-5", 36, None),
            ("", 0, None),
            ("", 2, None),
            ("", 8, None),
            ("", 10, None),
            ("", 16, None),
            ("", 36, None),
            (" ", 0, None),
            (" ", 2, None),
            (" ", 8, None),
            (" ", 10, None),
            (" ", 16, None),
            (" ", 36, None),
            ("0b2", 0, None),
            ("0b2", 2, None),
            ("0b2", 8, None),
            ("0b2", 10, None),
            ("0b2", 16, Some("178")),
            ("0b2", 36, Some("398")),
            ("0o8", 0, None),
            ("0o8", 2, None),
            ("0o8", 8, None),
            ("0o8", 10, None),
            ("0o8", 16, None),
            ("0o8", 36, Some("872")),
            ("1.0", 0, None),
            ("1.0", 2, None),
            ("1.0", 8, None),
            ("1.0", 10, None),
            ("1.0", 16, None),
            ("1.0", 36, None),
            ("ff", 0, None),
            ("ff", 2, None),
            ("ff", 8, None),
            ("ff", 10, None),
            ("ff", 16, Some("255")),
            ("ff", 36, Some("555")),
            ("0xff", 0, Some("255")),
            ("0xff", 2, None),
            ("0xff", 8, None),
            ("0xff", 10, None),
            ("0xff", 16, Some("255")),
            ("0xff", 36, Some("43323")),
            ("\u{663}", 0, Some("3")),
            ("\u{663}", 2, None),
            ("\u{663}", 8, Some("3")),
            ("\u{663}", 10, Some("3")),
            ("\u{663}", 16, Some("3")),
            ("\u{663}", 36, Some("3")),
            ("\u{661}\u{660}", 0, Some("10")),
            ("\u{661}\u{660}", 2, Some("2")),
            ("\u{661}\u{660}", 8, Some("8")),
            ("\u{661}\u{660}", 10, Some("10")),
            ("\u{661}\u{660}", 16, Some("16")),
            ("\u{661}\u{660}", 36, Some("36")),
            ("\u{a0}12\u{3000}", 0, Some("12")),
            ("\u{a0}12\u{3000}", 2, None),
            ("\u{a0}12\u{3000}", 8, Some("10")),
            ("\u{a0}12\u{3000}", 10, Some("12")),
            ("\u{a0}12\u{3000}", 16, Some("18")),
            ("\u{a0}12\u{3000}", 36, Some("38")),
            ("0b_1", 0, Some("1")),
            ("0b_1", 2, Some("1")),
            ("0b_1", 8, None),
            ("0b_1", 10, None),
            ("0b_1", 16, Some("177")),
            ("0b_1", 36, Some("397")),
            ("0_b1", 0, None),
            ("0_b1", 2, None),
            ("0_b1", 8, None),
            ("0_b1", 10, None),
            ("0_b1", 16, Some("177")),
            ("0_b1", 36, Some("397")),
            ("7\u{1c}", 0, None),
            ("7\u{1c}", 2, None),
            ("7\u{1c}", 8, None),
            ("7\u{1c}", 10, None),
            ("7\u{1c}", 16, None),
            ("7\u{1c}", 36, None),
        ];
        for &(s, base, want) in cases {
            let got = parse_int(s, base).map(|v| v.to_string());
            assert_eq!(got.as_deref(), want, "int({:?}, {})", s, base);
        }
        assert_eq!(parse_int("10", 1), None);
        assert_eq!(parse_int("10", 37), None);
    }

    #[test]
    fn int_float_conversions_match_cpython() {
        let cases: &[(&str, Option<u64>)] = &[
            ("9007199254740993", Some(0x4340000000000000)),
            ("9007199254740995", Some(0x4340000000000002)),
            ("-9007199254740995", Some(0xc340000000000002)),
            ("18446744073709551615", Some(0x43f0000000000000)),
            ("1208925819614629308923904", Some(0x44f0000000000000)),
            ("1208925819614629308923905", Some(0x44f0000000000001)),
            ("1208925819614629577359360", Some(0x44f0000000000002)),
            ("1000000000000000000000000000007", Some(0x46293e5939a08cea)),
            ("134826985114673693079697889309176855021348273420672992955072560868299506854125722349531357991805652015840085409903545018244092326610812466869635572979605593283325920068649113957226664700934570589589812214063754326628613011756847161105434832905620427872512883013439723679960434453859787228626517247218168102912", Some(0x7fe8000000000000)),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", None),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", Some(0x7fefffffffffffff)),
            ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", None),
            ("-114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", None),
            ("0", Some(0x0000000000000000)),
            ("-1", Some(0xbff0000000000000)),
        ];
        for &(s, want) in cases {
            let i: BigInt = s.parse().unwrap();
            assert_eq!(bigint_to_f64(&i).map(f64::to_bits), want, "float({})", s);
        }
        let cases: &[(u64, Option<&str>)] = &[
            (0x0000000000000000, Some("0")),
            (0x8000000000000000, Some("0")),
            (0x3feccccccccccccd, Some("0")),
            (0xbfeccccccccccccd, Some("0")),
            (0x3ff8000000000000, Some("1")),
            (0xc00599999999999a, Some("-2")),
            (0x4415af1d78b58c40, Some("100000000000000000000")),
            (0xfe37e43c8800759c, Some("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
            (0x0000000000000001, Some("0")),
            (0x4330000000000000, Some("4503599627370496")),
            (0x7ff0000000000000, None),
            (0x7ff8000000000000, None),
        ];
        for &(bits, want) in cases {
            assert_eq!(
                float_to_bigint(f(bits)).map(|v| v.to_string()).as_deref(),
                want,
                "int({:?})",
                f(bits)
            );
        }
    }

    #[test]
    fn parse_format_spec_fields() {
        let s = parse_format_spec("*^+z#012_.3f").unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: Some('*'),
                align: Some('^'),
                sign: Some('+'),
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
                no_neg_zero: true,
            }
        );
        let s = parse_format_spec("-#010,x").unwrap_err();
        assert_eq!(s, "Cannot specify ',' with 'x'.");
        let s = parse_format_spec("010").unwrap();
        assert!(s.zero && s.fill.is_none() && s.align.is_none() && s.width == Some(10));
        let s = parse_format_spec("0=10").unwrap();
        assert_eq!(
            (s.fill, s.align, s.zero, s.width),
            (Some('0'), Some('='), false, Some(10))
        );
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
        assert_eq!(
            parse_format_spec("xyz").unwrap_err(),
            "Invalid format specifier 'xyz' for object of type 'object'"
        );
        assert_eq!(
            parse_format_spec_for("xyz", "float").unwrap_err(),
            "Invalid format specifier 'xyz' for object of type 'float'"
        );
        // Unicode digits are accepted for width, as in CPython.
        assert_eq!(
            parse_format_spec("\u{0661}\u{0662}").unwrap().width,
            Some(12)
        );
    }

    #[test]
    fn pad_generic() {
        let spec = parse_format_spec("*^9").unwrap();
        assert_eq!(pad("ab", &spec, '<'), "***ab****");
        let spec = parse_format_spec("08").unwrap();
        assert_eq!(pad("-12", &spec, '>'), "-0000012");
        assert_eq!(pad("-12", &spec, '<'), "-1200000");
        let spec = parse_format_spec("6").unwrap();
        assert_eq!(pad("ab", &spec, '<'), "ab    ");
        assert_eq!(pad("ab", &spec, '>'), "    ab");
        assert_eq!(pad("abcdefgh", &spec, '>'), "abcdefgh");
        let spec = parse_format_spec("é=+6").unwrap();
        assert_eq!(pad("+1.5", &spec, '>'), "+éé1.5");
    }

    #[test]
    fn parse_percent_structure() {
        let p = parse_percent("a%%b%(na(m)e)-+ #0*.*lfz%5.2s%c").unwrap();
        assert_eq!(
            p,
            vec![
                PercentPiece::Literal("a%b".to_string()),
                PercentPiece::Spec(PercentSpec {
                    key: Some("na(m)e".to_string()),
                    flags_minus: true,
                    flags_plus: true,
                    flags_space: true,
                    flags_zero: true,
                    flags_alt: true,
                    width: Some(PercentNum::Star),
                    precision: Some(PercentNum::Star),
                    conv: 'f',
                }),
                PercentPiece::Literal("z".to_string()),
                PercentPiece::Spec(PercentSpec {
                    width: Some(PercentNum::Fixed(5)),
                    precision: Some(PercentNum::Fixed(2)),
                    conv: 's',
                    ..Default::default()
                }),
                PercentPiece::Spec(PercentSpec {
                    conv: 'c',
                    ..Default::default()
                }),
            ]
        );
        assert_eq!(parse_percent("").unwrap(), vec![]);
        assert_eq!(
            parse_percent("%%").unwrap(),
            vec![PercentPiece::Literal("%".to_string())]
        );
        assert_eq!(
            parse_percent("%.f").unwrap(),
            vec![PercentPiece::Spec(PercentSpec {
                precision: Some(PercentNum::Fixed(0)),
                conv: 'f',
                ..Default::default()
            })]
        );
    }

    #[test]
    fn percent_star_width_resolved_by_caller() {
        // '%*.*f' % (-8, 2, 1.23456) == '1.23    ': a negative '*' width means '-' flag.
        let PercentPiece::Spec(mut sp) = parse_percent("%*.*f").unwrap().remove(0) else {
            panic!()
        };
        sp.flags_minus = true;
        assert_eq!(percent_float(1.23456, &sp, Some(8), Some(2)), "1.23    ");
        // '%*d' % (6, -42) == '   -42'
        let PercentPiece::Spec(sp) = parse_percent("%*d").unwrap().remove(0) else {
            panic!()
        };
        assert_eq!(
            percent_int(&BigInt::from(-42), &sp, Some(6), None),
            "   -42"
        );
    }

    #[test]
    fn format_struct_api() {
        // The struct-based API gives the same results as the string helpers.
        let spec = parse_format_spec(",.2f").unwrap();
        assert_eq!(format_float(1234567.891, &spec).unwrap(), "1,234,567.89");
        assert_eq!(
            format_int(&BigInt::from(1234567), &spec).unwrap(),
            "1,234,567.00"
        );
        let spec = FormatSpec {
            width: Some(5),
            ..Default::default()
        };
        assert_eq!(format_str("ab", &spec).unwrap(), "ab   ");
        assert_eq!(format_int(&BigInt::from(42), &spec).unwrap(), "   42");
        assert_eq!(format_float(1.0, &FormatSpec::default()).unwrap(), "1.0");
    }
}
