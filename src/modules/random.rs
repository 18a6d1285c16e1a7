//! The `random` module: CPython's Mersenne Twister (`_random.Random`) and the
//! distributions of `random.Random`, reproducing CPython 3.11's algorithms
//! call for call so that equal seeds give bit-identical streams.
//!
//! `Random` is a subclassable class whose instances carry the generator in
//! [`NativeData::Any`]. Methods of an exact `Random` instance draw from the
//! generator directly; for subclasses they go through `self.random()`,
//! `self.getrandbits()` and `self._randbelow()` like the Python code does, so
//! overriding the core generator works as in CPython. Module-level functions
//! call the methods of a hidden shared instance (`random._inst`).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::{add_method, arg_f64, arg_int, set};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::int::to_bigint;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------------
// MT19937, as in CPython's Modules/_randommodule.c.

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: 624 words and the read position.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// An all-zero generator (what `Random.__new__` leaves before seeding).
    pub fn zeroed() -> Mt {
        Mt { state: [0; N], index: 0 }
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words (`init_by_array`).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len();
        let mut k = N.max(len);
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        #[inline(always)]
        fn mag(y: u32) -> u32 {
            if y & 1 != 0 { MATRIX_A } else { 0 }
        }
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_uint32`).
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    #[inline]
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            0
        } else if k <= 32 {
            (self.next_u32() >> (32 - k)) as u64
        } else {
            let lo = self.next_u32() as u64;
            let hi = self.next_u32() >> (64 - k);
            lo | (hi as u64) << 32
        }
    }

    /// `getrandbits(k)` for any `k`: words filled least significant first.
    pub fn bits_big(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k as u32));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k as i64;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        BigUint::new(out)
    }

    /// `_randbelow(n)` for `0 < n < 2**64`: rejection sampling on
    /// `getrandbits(n.bit_length())`.
    #[inline]
    pub fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for any positive int.
    pub fn below_big(&mut self, n: &BigUint) -> BigUint {
        if let Some(s) = n.to_u64() {
            return BigUint::from(self.below_u64(s));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    /// Seeds from a non-negative int (`init_by_array` on its 32-bit words).
    pub fn seed_biguint(&mut self, n: &BigUint) {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// Seeds from the OS entropy source (time and pid if unavailable).
    pub fn seed_entropy(&mut self) {
        let mut key = [0u32; N];
        let mut ok = false;
        if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
            use std::io::Read;
            let mut buf = [0u8; N * 4];
            if f.read_exact(&mut buf).is_ok() {
                for (i, w) in key.iter_mut().enumerate() {
                    *w = u32::from_le_bytes([buf[4 * i], buf[4 * i + 1], buf[4 * i + 2], buf[4 * i + 3]]);
                }
                ok = true;
            }
        }
        if ok {
            self.init_by_array(&key);
        } else {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            let pid = std::process::id();
            self.init_by_array(&[t as u32, (t >> 32) as u32, (t >> 64) as u32, pid]);
        }
    }
}

// ---------------------------------------------------------------------------
// SHA-512 (FIPS 180-4), for version-2 seeding from str: written here rather
// than adding a hashing crate for this single use.

const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks_exact(8).enumerate() {
            w[t] = u64::from_be_bytes(c.try_into().unwrap());
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16].wrapping_add(s0).wrapping_add(w[t - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(SHA512_K[t]).wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[8 * i..8 * i + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

// ---------------------------------------------------------------------------
// The class and its instances.

/// Native state of a `Random` instance.
pub struct RandomState {
    mt: RefCell<Mt>,
}

thread_local! {
    /// Address of this thread's latest `random.Random` class: instances of
    /// exactly that class take the direct paths.
    static BASE: Cell<usize> = const { Cell::new(0) };
}

#[inline]
fn is_base(cls: &Class) -> bool {
    BASE.with(|b| b.get() == cls as *const Class as usize)
}

/// The generator of a `Random` instance.
#[inline]
fn state<'a>(vm: &Vm, v: &'a Value, fname: &str) -> PyResult<&'a RandomState> {
    if let Value::Instance(i) = v {
        if let NativeData::Any(b) = &i.native {
            if let Some(s) = b.downcast_ref::<RandomState>() {
                return Ok(s);
            }
        }
    }
    Err(type_error(format!(
        "descriptor '{}' for '_random.Random' objects doesn't apply to a '{}' object",
        fname,
        vm.type_of(v).name.as_str()
    )))
}

/// True when `self` is an exact `Random` (no overridden core methods).
#[inline]
fn exact(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if is_base(&i.class))
}

/// Fills the module namespace.
pub fn fill(vm: &mut Vm, d: &PyDict) {
    let cls = new_class_raw("Random", &[&types().object], NativeKind::Any, false);
    BASE.with(|b| b.set(Rc::as_ptr(&cls) as usize));
    set(&cls.dict, "__module__", Value::str("random"));
    set(&cls.dict, "VERSION", Value::Int(3));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", random_new),
        ("__init__", random_init),
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("randbytes", randbytes),
        ("getstate", getstate),
        ("setstate", setstate),
        ("_randbelow", randbelow_method),
        ("_randbelow_with_getrandbits", randbelow_with_method),
        ("_randbelow_without_getrandbits", randbelow_without_method),
        ("randrange", randrange),
        ("randint", randint),
        ("choice", choice),
        ("shuffle", shuffle),
        ("sample", sample),
        ("choices", choices),
        ("uniform", uniform),
        ("triangular", triangular),
        ("normalvariate", normalvariate),
        ("gauss", gauss),
        ("lognormvariate", lognormvariate),
        ("expovariate", expovariate),
        ("vonmisesvariate", vonmisesvariate),
        ("gammavariate", gammavariate),
        ("betavariate", betavariate),
        ("paretovariate", paretovariate),
        ("weibullvariate", weibullvariate),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f);
    }
    // `__new__` is a static method of the class in CPython: Random.__new__(cls).
    let newf = cls.dict.get_str(&intern("__new__")).unwrap_or(Value::None);
    set(&cls.dict, "__new__", Value::Other(Rc::new(Other::StaticMethod(newf))));
    set(d, "Random", Value::Class(cls.clone()));
    let inst = match vm.call_class(&cls, &[], &[]) {
        Ok(v) => v,
        Err(_) => return,
    };
    set(d, "_inst", inst.clone());
    SHARED.with(|s| *s.borrow_mut() = inst);
    super::add_fns(d, MODULE_FNS);
    set(d, "NV_MAGICCONST", Value::float(nv_magic()));
    set(d, "TWOPI", Value::float(std::f64::consts::TAU));
    set(d, "LOG4", Value::float(4.0f64.ln()));
    set(d, "SG_MAGICCONST", Value::float(sg_magic()));
    set(d, "BPF", Value::Int(53));
    set(d, "RECIP_BPF", Value::float(2f64.powi(-53)));
}

thread_local! {
    /// The hidden instance behind the module-level functions (`random._inst`).
    static SHARED: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// Calls method `f` on the shared instance. Module-level functions are
/// plain builtins doing this (rather than bound methods) so that a call
/// like `random.random()` allocates nothing.
#[inline]
fn with_shared(vm: &mut Vm, f: NativeFn, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let inst = SHARED.with(|s| s.borrow().clone());
    match args {
        [] => f(vm, &[inst], kwargs),
        [a] => f(vm, &[inst, a.clone()], kwargs),
        [a, b] => f(vm, &[inst, a.clone(), b.clone()], kwargs),
        [a, b, c] => f(vm, &[inst, a.clone(), b.clone(), c.clone()], kwargs),
        _ => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(inst);
            full.extend_from_slice(args);
            f(vm, &full, kwargs)
        }
    }
}

macro_rules! module_fns {
    ($($name:literal => $f:ident),* $(,)?) => {
        /// The module-level functions, each calling its method on `_inst`.
        const MODULE_FNS: &[(&str, NativeFn)] = &[$(($name, {
            fn shared(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
                with_shared(vm, $f, args, kwargs)
            }
            shared
        })),*];
    };
}

module_fns! {
    "seed" => seed,
    "random" => random,
    "getrandbits" => getrandbits,
    "randbytes" => randbytes,
    "getstate" => getstate,
    "setstate" => setstate,
    "randrange" => randrange,
    "randint" => randint,
    "choice" => choice,
    "shuffle" => shuffle,
    "sample" => sample,
    "choices" => choices,
    "uniform" => uniform,
    "triangular" => triangular,
    "normalvariate" => normalvariate,
    "gauss" => gauss,
    "lognormvariate" => lognormvariate,
    "expovariate" => expovariate,
    "vonmisesvariate" => vonmisesvariate,
    "gammavariate" => gammavariate,
    "betavariate" => betavariate,
    "paretovariate" => paretovariate,
    "weibullvariate" => weibullvariate,
}

fn nv_magic() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

fn sg_magic() -> f64 {
    1.0 + 4.5f64.ln()
}

// ---------------------------------------------------------------------------
// Argument binding like a Python `def` (these are Python methods in CPython).

/// Binds `args[1..]` (after `self`) and `kwargs` to `params` (the first
/// `required` mandatory) and keyword-only `kwonly`, with CPython's messages
/// for the method `Random.<name>`.
fn bind(name: &str, args: &[Value], kwargs: &[(Name, Value)], params: &[&str], required: usize, kwonly: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let pos = &args[1.min(args.len())..];
    if pos.len() > params.len() {
        let takes = if required == params.len() {
            format!("{} positional argument{}", params.len() + 1, if params.is_empty() { "" } else { "s" })
        } else {
            format!("from {} to {} positional arguments", required + 1, params.len() + 1)
        };
        return Err(type_error(format!(
            "Random.{}() takes {} but {} {} given",
            name,
            takes,
            pos.len() + 1,
            if pos.len() + 1 == 1 { "was" } else { "were" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len() + kwonly.len()];
    for (i, a) in pos.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        let key = k.as_str();
        if let Some(i) = params.iter().position(|p| *p == key) {
            if out[i].is_some() {
                return Err(type_error(format!("Random.{}() got multiple values for argument '{}'", name, key)));
            }
            out[i] = Some(v.clone());
        } else if let Some(i) = kwonly.iter().position(|p| *p == key) {
            out[params.len() + i] = Some(v.clone());
        } else {
            return Err(type_error(format!("Random.{}() got an unexpected keyword argument '{}'", name, key)));
        }
    }
    let missing: Vec<String> = (0..required).filter(|&i| out[i].is_none()).map(|i| format!("'{}'", params[i])).collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(type_error(format!(
            "Random.{}() missing {} required positional argument{}: {}",
            name,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            list
        )));
    }
    Ok(out)
}

/// Checks a native (C-level) method's argument count: `Random.name()`.
fn c_args(name: &str, args: &[Value], kwargs: &[(Name, Value)], n: usize) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("Random.{}() takes no keyword arguments", name)));
    }
    let given = args.len().saturating_sub(1);
    if given != n {
        return Err(type_error(match n {
            0 => format!("Random.{}() takes no arguments ({} given)", name, given),
            1 => format!("Random.{}() takes exactly one argument ({} given)", name, given),
            _ => format!("Random.{}() takes exactly {} arguments ({} given)", name, n, given),
        }));
    }
    Ok(())
}

fn self_arg<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| type_error(format!("unbound method Random.{}() needs an argument", name)))
}

// ---------------------------------------------------------------------------
// Core: seed, random, getrandbits, getstate, setstate.

fn random_new(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(type_error("Random.__new__(X): X is not a type object")),
    };
    let _ = vm;
    let attrs = Attrs::new(cls.root_shape.clone());
    Ok(Value::Instance(Instance::new_rc(cls, attrs, NativeData::Any(Box::new(RandomState { mt: RefCell::new(Mt::zeroed()) })))))
}

fn random_init(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("__init__", args, kwargs, &["x"], 0, &[])?;
    let this = self_arg(args, "__init__")?;
    let x = a[0].clone().unwrap_or(Value::None);
    if exact(this) {
        seed_impl(vm, this, &x, &Value::Int(2))?;
    } else {
        let f = vm.get_attr(this, &intern("seed"))?;
        vm.call_value(&f, &[x], &[])?;
    }
    vm.set_attr(this, &intern("gauss_next"), Value::None)?;
    Ok(Value::None)
}

fn seed(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("seed", args, kwargs, &["a", "version"], 0, &[])?;
    let this = self_arg(args, "seed")?;
    let x = a[0].clone().unwrap_or(Value::None);
    let version = a[1].clone().unwrap_or(Value::Int(2));
    seed_impl(vm, this, &x, &version)?;
    Ok(Value::None)
}

/// `random.Random.seed(a, version)`: str seeds per version, then the C seed.
fn seed_impl(vm: &mut Vm, this: &Value, a: &Value, version: &Value) -> PyResult<()> {
    let st = state(vm, this, "seed")?;
    let mut mt = Mt::zeroed();
    match a {
        Value::Str(s) if vm.eq(version, &Value::Int(1))? => {
            let chars: Vec<u32> = s.as_str().chars().map(|c| c as u32).collect();
            let mut x: u64 = if chars.is_empty() { 0 } else { (chars[0] as u64) << 7 };
            for &c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
            }
            x ^= chars.len() as u64;
            mt.seed_biguint(&BigUint::from(x));
        }
        Value::Str(s) if vm.eq(version, &Value::Int(2))? => {
            let mut bytes = s.as_str().as_bytes().to_vec();
            let digest = sha512(&bytes);
            bytes.extend_from_slice(&digest);
            mt.seed_biguint(&BigUint::from_bytes_be(&bytes));
        }
        Value::None => mt.seed_entropy(),
        Value::Int(i) => mt.seed_biguint(&BigUint::from(i.unsigned_abs())),
        Value::Bool(b) => mt.seed_biguint(&BigUint::from(b.get() as u32)),
        Value::BigInt(b) => mt.seed_biguint(b.magnitude()),
        Value::Float(_) | Value::Str(_) => {
            let h = vm.hash(a)?;
            mt.seed_biguint(&BigUint::from(h as u64));
        }
        _ => {
            if let Some(Value::Int(_) | Value::BigInt(_)) = crate::vm::ops::native_of(a) {
                let n = to_bigint(&crate::vm::ops::native_of(a).unwrap()).unwrap_or_default();
                mt.seed_biguint(n.magnitude());
            } else if let Some(inner @ (Value::Float(_) | Value::Str(_))) = crate::vm::ops::native_of(a) {
                let h = vm.hash(&inner)?;
                mt.seed_biguint(&BigUint::from(h as u64));
            } else {
                return Err(type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
            }
        }
    }
    *st.mt.borrow_mut() = mt;
    vm.set_attr(this, &intern("gauss_next"), Value::None)?;
    Ok(())
}

fn random(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() == 1 && kwargs.is_empty() {
        if let Value::Instance(i) = &args[0] {
            if let NativeData::Any(b) = &i.native {
                if let Some(s) = b.downcast_ref::<RandomState>() {
                    return Ok(Value::float(s.mt.borrow_mut().random()));
                }
            }
        }
    }
    let this = self_arg(args, "random")?;
    let st = state(vm, this, "random")?;
    c_args("random", args, kwargs, 0)?;
    Ok(Value::float(st.mt.borrow_mut().random()))
}

fn getrandbits(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let this = self_arg(args, "getrandbits")?;
    let st = state(vm, this, "getrandbits")?;
    c_args("getrandbits", args, kwargs, 1)?;
    let k = match &args[1] {
        Value::BigInt(b) if b.is_negative() => return Err(value_error("number of bits must be non-negative")),
        Value::BigInt(_) => return Err(overflow_error("Python int too large to convert to C int")),
        v => arg_int(vm, v)?,
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    let mut mt = st.mt.borrow_mut();
    if k <= 64 {
        return Ok(from_u64(mt.bits_u64(k as u32)));
    }
    let r = mt.bits_big(k as u64);
    Ok(Value::from_bigint(BigInt::from(r)))
}

/// `Random.randbytes(n)`: `self.getrandbits(n * 8).to_bytes(n, 'little')`, as
/// CPython defines it (so a subclass's own `getrandbits` is used).
fn randbytes(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let this = self_arg(args, "randbytes")?;
    c_args("randbytes", args, kwargs, 1)?;
    let n = arg_int(vm, &args[1])?;
    if n < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let bits = n.checked_mul(8).filter(|&k| k <= i32::MAX as i64).ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
    let number = if exact(this) {
        getrandbits(vm, &[this.clone(), Value::Int(bits)], &[])?
    } else {
        let f = vm.get_attr(this, &intern("getrandbits"))?;
        vm.call_value(&f, &[Value::Int(bits)], &[])?
    };
    let to_bytes = vm.get_attr(&number, &intern("to_bytes"))?;
    vm.call_value(&to_bytes, &[Value::Int(n), Value::str("little")], &[])
}

fn from_u64(x: u64) -> Value {
    if x <= i64::MAX as u64 {
        Value::Int(x as i64)
    } else {
        Value::from_bigint(BigInt::from(x))
    }
}

fn gauss_next(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    vm.get_attr(this, &intern("gauss_next"))
}

fn getstate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    bind("getstate", args, kwargs, &[], 0, &[])?;
    let this = self_arg(args, "getstate")?;
    let st = state(vm, this, "getstate")?;
    let inner = {
        let mt = st.mt.borrow();
        let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
        items.push(Value::Int(mt.index as i64));
        Value::tuple(items)
    };
    let version = vm.get_attr(this, &intern("VERSION"))?;
    let g = gauss_next(vm, this)?;
    Ok(Value::tuple(vec![version, inner, g]))
}

fn setstate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("setstate", args, kwargs, &["state"], 1, &[])?;
    let this = self_arg(args, "setstate")?;
    let st = state(vm, this, "setstate")?;
    let state_v = a[0].clone().unwrap();
    let version = vm.get_item(&state_v, &Value::Int(0))?;
    let is3 = vm.eq(&version, &Value::Int(3))?;
    let is2 = !is3 && vm.eq(&version, &Value::Int(2))?;
    if !is3 && !is2 {
        let vs = vm.str_of(&version)?;
        return Err(value_error(format!("state with version {} passed to Random.setstate() of version 3", vs)));
    }
    let parts = vm.collect(&state_v)?;
    if parts.len() != 3 {
        return Err(value_error(if parts.len() > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!("not enough values to unpack (expected 3, got {})", parts.len())
        }));
    }
    vm.set_attr(this, &intern("gauss_next"), parts[2].clone())?;
    let mut internal = parts[1].clone();
    if is2 {
        let items = vm.collect(&internal)?;
        let modulus = Value::Int(1 << 32);
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(vm.binary_op(BinOp::Mod, &x, &modulus)?);
        }
        internal = Value::tuple(out);
    }
    let Value::Tuple(t) = &internal else {
        return Err(type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut new = Mt::zeroed();
    for (i, x) in t.items[..N].iter().enumerate() {
        let w = match x {
            Value::Int(v) if *v < 0 => return Err(overflow_error("can't convert negative value to unsigned int")),
            Value::Int(v) => *v as u64,
            Value::Bool(b) => b.get() as u64,
            Value::BigInt(b) if b.is_negative() => return Err(overflow_error("can't convert negative value to unsigned int")),
            Value::BigInt(b) => b.to_u64().ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))?,
            _ => return Err(type_error("an integer is required")),
        };
        new.state[i] = w as u32;
    }
    let index = match &t.items[N] {
        Value::Int(v) => *v,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => return Err(overflow_error("Python int too large to convert to C long")),
        v => arg_int(vm, v)?,
    };
    if index < 0 || index > N as i64 {
        return Err(value_error("invalid state"));
    }
    new.index = index as usize;
    *st.mt.borrow_mut() = new;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// Dispatch to (possibly overridden) core methods.

/// `self.random()`.
#[inline]
fn next_random(vm: &mut Vm, this: &Value) -> PyResult<f64> {
    if exact(this) {
        return Ok(state(vm, this, "random")?.mt.borrow_mut().random());
    }
    let f = vm.get_attr(this, &intern("random"))?;
    let r = vm.call_value(&f, &[], &[])?;
    arg_f64(vm, &r)
}

/// How `self._randbelow` behaves for the instance's class (CPython's
/// `__init_subclass__` choice).
enum Below {
    Native,
    WithGetrandbits,
    WithoutGetrandbits,
    Custom,
}

fn below_kind(this: &Value) -> Below {
    let Value::Instance(i) = this else { return Below::Native };
    if is_base(&i.class) {
        return Below::Native;
    }
    let (rb, grb, rnd) = (intern("_randbelow"), intern("getrandbits"), intern("random"));
    for c in std::iter::once(&i.class).chain(i.class.mro.iter()) {
        if is_base(c) {
            // Random itself: _randbelow_with_getrandbits on self.getrandbits.
            return Below::WithGetrandbits;
        }
        if c.dict.get_str(&rb).is_some() {
            return Below::Custom;
        }
        if c.dict.get_str(&grb).is_some() {
            return Below::WithGetrandbits;
        }
        if c.dict.get_str(&rnd).is_some() {
            return Below::WithoutGetrandbits;
        }
    }
    Below::Native
}

/// `self._randbelow(n)` for a positive int `n`.
fn randbelow_big(vm: &mut Vm, this: &Value, n: &BigInt) -> PyResult<BigInt> {
    match below_kind(this) {
        Below::Native => {
            let st = state(vm, this, "_randbelow")?;
            let r = st.mt.borrow_mut().below_big(n.magnitude());
            Ok(BigInt::from(r))
        }
        Below::WithGetrandbits => {
            let r = with_getrandbits(vm, this, n)?;
            int_of(vm, &r)
        }
        Below::WithoutGetrandbits => {
            let f = vm.get_attr(this, &intern("random"))?;
            without_getrandbits(vm, &f, n)
        }
        Below::Custom => {
            let f = vm.get_attr(this, &intern("_randbelow"))?;
            let r = vm.call_value(&f, &[Value::from_bigint(n.clone())], &[])?;
            int_of(vm, &r)
        }
    }
}

/// `_randbelow_without_getrandbits(n)` with `random` the bound `self.random`.
fn without_getrandbits(vm: &mut Vm, random: &Value, n: &BigInt) -> PyResult<BigInt> {
    let maxsize = BigInt::from(1u64 << 53);
    let call = |vm: &mut Vm| -> PyResult<f64> {
        let r = vm.call_value(random, &[], &[])?;
        arg_f64(vm, &r)
    };
    if n >= &maxsize {
        let r = call(vm)?;
        let nf = crate::runtime::int::bigint_to_f64(n).unwrap_or(f64::INFINITY);
        return Ok(crate::runtime::int::bigint_from_f64((r * nf).floor()));
    }
    let rem = (&maxsize % n).to_f64().unwrap_or(0.0);
    let limit = (9_007_199_254_740_992.0 - rem) / 9_007_199_254_740_992.0;
    let mut r = call(vm)?;
    while r >= limit {
        r = call(vm)?;
    }
    let v = crate::runtime::int::bigint_from_f64((r * 9_007_199_254_740_992.0).floor());
    Ok(v.mod_floor(n))
}

/// `self._randbelow(n)` for `0 < n < 2**63` (indexes into sequences).
#[inline]
fn randbelow_usize(vm: &mut Vm, this: &Value, n: usize) -> PyResult<usize> {
    if exact(this) {
        let st = state(vm, this, "_randbelow")?;
        return Ok(st.mt.borrow_mut().below_u64(n as u64) as usize);
    }
    let r = randbelow_big(vm, this, &BigInt::from(n))?;
    Ok(r.to_usize().unwrap_or(0))
}

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_of(v).name.as_str()))),
    }
}

/// `self._randbelow(n)` as a method: the class's choice between the
/// getrandbits and random()-only variants.
fn randbelow_method(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("_randbelow_with_getrandbits", args, kwargs, &["n"], 1, &[])?;
    let this = self_arg(args, "_randbelow")?;
    let n = int_of(vm, a[0].as_ref().unwrap())?;
    match below_kind(this) {
        Below::WithoutGetrandbits => {
            let f = vm.get_attr(this, &intern("random"))?;
            Ok(Value::from_bigint(without_getrandbits(vm, &f, &n)?))
        }
        _ => with_getrandbits(vm, this, &n),
    }
}

fn randbelow_with_method(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("_randbelow_with_getrandbits", args, kwargs, &["n"], 1, &[])?;
    let this = self_arg(args, "_randbelow_with_getrandbits")?;
    let n = int_of(vm, a[0].as_ref().unwrap())?;
    with_getrandbits(vm, this, &n)
}

/// `_randbelow_with_getrandbits(n)`. CPython loops forever for n <= 0;
/// here that is a ValueError.
fn with_getrandbits(vm: &mut Vm, this: &Value, n: &BigInt) -> PyResult<Value> {
    if !n.is_positive() {
        return Err(value_error("n must be positive"));
    }
    if exact(this) {
        let st = state(vm, this, "_randbelow")?;
        let r = st.mt.borrow_mut().below_big(n.magnitude());
        return Ok(Value::from_bigint(BigInt::from(r)));
    }
    let f = vm.get_attr(this, &intern("getrandbits"))?;
    let k = Value::Int(n.bits() as i64);
    loop {
        let r = vm.call_value(&f, &[k.clone()], &[])?;
        let r = int_of(vm, &r)?;
        if &r < n {
            return Ok(Value::from_bigint(r));
        }
    }
}

fn randbelow_without_method(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("_randbelow_without_getrandbits", args, kwargs, &["n", "maxsize"], 1, &[])?;
    let this = self_arg(args, "_randbelow_without_getrandbits")?;
    let n = int_of(vm, a[0].as_ref().unwrap())?;
    let f = vm.get_attr(this, &intern("random"))?;
    Ok(Value::from_bigint(without_getrandbits(vm, &f, &n)?))
}

// ---------------------------------------------------------------------------
// Integer methods.

/// `operator.index(v)`, falling back to `int(v)` with randrange's checks.
fn randrange_index(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        Value::Bool(b) => return Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => return Ok((**b).clone()),
        Value::Instance(_) => {
            if let Some(m) = vm.lookup_special(v, "__index__") {
                let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
                return int_of(vm, &r);
            }
        }
        _ => {}
    }
    let int_cls = Value::Class(types().int.clone());
    let i = vm.call_value(&int_cls, std::slice::from_ref(v), &[])?;
    if !vm.eq(&i, v)? {
        return Err(value_error(msg.to_string()));
    }
    int_of(vm, &i)
}

fn randrange(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("randrange", args, kwargs, &["start", "stop", "step"], 1, &[])?;
    let this = self_arg(args, "randrange")?;
    let start = a[0].as_ref().unwrap();
    let stop = a[1].clone().unwrap_or(Value::None);
    let step = a[2].clone();
    // Fast path: small ints, exact Random.
    if let (Value::Int(s), true) = (start, exact(this)) {
        let st = state(vm, this, "randrange")?;
        match (&stop, &step) {
            (Value::None, None) if *s > 0 => return Ok(Value::Int(st.mt.borrow_mut().below_u64(*s as u64) as i64)),
            (Value::Int(e), None | Some(Value::Int(1))) => {
                let width = *e as i128 - *s as i128;
                if width > 0 && width <= u64::MAX as i128 {
                    let r = st.mt.borrow_mut().below_u64(width as u64) as i128;
                    return Ok(Value::from_bigint(BigInt::from(*s as i128 + r)));
                }
            }
            _ => {}
        }
    }
    let istart = randrange_index(vm, start, "non-integer arg 1 for randrange()")?;
    if stop.is_none() {
        if let Some(s) = &step {
            if !matches!(s, Value::Int(1)) {
                return Err(type_error("Missing a non-None stop argument"));
            }
        }
        if istart.is_positive() {
            return Ok(Value::from_bigint(randbelow_big(vm, this, &istart)?));
        }
        return Err(value_error("empty range for randrange()"));
    }
    let istop = randrange_index(vm, &stop, "non-integer stop for randrange()")?;
    let width = &istop - &istart;
    let istep = match &step {
        None => BigInt::from(1),
        Some(s) => randrange_index(vm, s, "non-integer step for randrange()")?,
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(Value::from_bigint(&istart + randbelow_big(vm, this, &width)?));
        }
        return Err(value_error(format!("empty range for randrange() ({}, {}, {})", istart, istop, width)));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::from(1)).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::from(1)).div_floor(&istep)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(value_error("empty range for randrange()"));
    }
    Ok(Value::from_bigint(&istart + &istep * randbelow_big(vm, this, &n)?))
}

fn randint(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("randint", args, kwargs, &["a", "b"], 2, &[])?;
    let this = self_arg(args, "randint")?;
    let lo = a[0].clone().unwrap();
    let hi = a[1].clone().unwrap();
    if let (Value::Int(x), Value::Int(y), true) = (&lo, &hi, exact(this)) {
        let width = *y as i128 + 1 - *x as i128;
        if width > 0 && width <= u64::MAX as i128 {
            let st = state(vm, this, "randint")?;
            let r = st.mt.borrow_mut().below_u64(width as u64) as i128;
            return Ok(Value::from_bigint(BigInt::from(*x as i128 + r)));
        }
    }
    let hi1 = vm.binary_op(BinOp::Add, &hi, &Value::Int(1))?;
    if exact(this) {
        randrange(vm, &[this.clone(), lo, hi1], &[])
    } else {
        let f = vm.get_attr(this, &intern("randrange"))?;
        vm.call_value(&f, &[lo, hi1], &[])
    }
}

// ---------------------------------------------------------------------------
// Sequence methods.

fn choice(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("choice", args, kwargs, &["seq"], 1, &[])?;
    let this = self_arg(args, "choice")?;
    let seq = a[0].as_ref().unwrap();
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(index_error("Cannot choose from an empty sequence"));
    }
    let j = randbelow_usize(vm, this, n)?;
    if let Value::List(l) = seq {
        if let Some(v) = l.get(j) {
            return Ok(v);
        }
    }
    if let Value::Tuple(t) = seq {
        return Ok(t.items[j].clone());
    }
    vm.get_item(seq, &Value::Int(j as i64))
}

fn shuffle(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("shuffle", args, kwargs, &["x"], 1, &[])?;
    let this = self_arg(args, "shuffle")?;
    let x = a[0].as_ref().unwrap();
    let n = vm.len(x)?;
    if let (Value::List(l), true) = (x, exact(this)) {
        let st = state(vm, this, "shuffle")?;
        let mut mt = st.mt.borrow_mut();
        for i in (1..n.min(l.len())).rev() {
            let j = mt.below_u64(i as u64 + 1) as usize;
            l.swap(i, j);
        }
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = randbelow_usize(vm, this, i + 1)?;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let xj = vm.get_item(x, &vj)?;
        let xi = vm.get_item(x, &vi)?;
        vm.set_item(x, vi, xj)?;
        vm.set_item(x, vj, xi)?;
    }
    Ok(Value::None)
}

/// True for the types `collections.abc.Sequence` recognizes here.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => true,
        Value::Instance(i) => matches!(&i.native, NativeData::List(_) | NativeData::Value(Value::Tuple(_) | Value::Str(_))),
        _ => false,
    }
}

fn sample(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("sample", args, kwargs, &["population", "k"], 2, &["counts"])?;
    let this = self_arg(args, "sample")?;
    let population = a[0].clone().unwrap();
    let kv = a[1].clone().unwrap();
    let counts = a[2].clone().unwrap_or(Value::None);
    if !is_sequence(&population) {
        return Err(type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = vm.len(&population)?;
    if !counts.is_none() {
        let mut cum = accumulate(vm, &counts)?;
        if cum.len() != n {
            return Err(value_error("The number of counts does not match the population"));
        }
        let total = cum.pop().ok_or_else(|| index_error("pop from empty list"))?;
        if !matches!(total, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
            return Err(type_error("Counts must be integers"));
        }
        let t = int_of(vm, &total)?;
        if !t.is_positive() {
            return Err(value_error("Total of counts must be greater than zero"));
        }
        let t = t.to_i64().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
        let range = Value::Range(Rc::new(Range { start: 0, stop: t, step: 1 }));
        let sel = if exact(this) {
            sample(vm, &[this.clone(), range, kv], &[])?
        } else {
            let f = vm.get_attr(this, &intern("sample"))?;
            vm.call_value(&f, &[range], &[(intern("k"), kv)])?
        };
        let sel = vm.collect(&sel)?;
        let mut out = Vec::with_capacity(sel.len());
        for s in sel {
            let ix = bisect_right(vm, &cum, &s, 0, cum.len())?;
            out.push(vm.get_item(&population, &Value::Int(ix as i64))?);
        }
        return Ok(Value::list(out));
    }
    let k = match &kv {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_of(vm, &kv)?,
        _ => {
            // `0 <= k <= n` then `[None] * k`.
            let zero_le = vm.compare(CmpOp::Le, &Value::Int(0), &kv)?;
            let in_range = vm.truthy(&zero_le)? && {
                let r = vm.compare(CmpOp::Le, &kv, &Value::Int(n as i64))?;
                vm.truthy(&r)?
            };
            if !in_range {
                return Err(value_error("Sample larger than population or is negative"));
            }
            return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_of(&kv).name.as_str())));
        }
    };
    if k.is_negative() || k > BigInt::from(n) {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let k = k.to_usize().unwrap_or(0);
    let mut setsize: u64 = 21;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4u64.saturating_pow(e.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n as u64 <= setsize {
        let mut pool = vm.collect(&population)?;
        for i in 0..k {
            let j = randbelow_usize(vm, this, n - i)?;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected: HashSet<usize> = HashSet::with_capacity(k);
        let direct: Option<Vec<Value>> = match &population {
            Value::List(l) => Some(l.snapshot()),
            Value::Tuple(t) => Some(t.items.clone()),
            _ => None,
        };
        for _ in 0..k {
            let mut j = randbelow_usize(vm, this, n)?;
            while selected.contains(&j) {
                j = randbelow_usize(vm, this, n)?;
            }
            selected.insert(j);
            result.push(match &direct {
                Some(items) => items[j].clone(),
                None => vm.get_item(&population, &Value::Int(j as i64))?,
            });
        }
    }
    Ok(Value::list(result))
}

/// `list(itertools.accumulate(xs))`.
fn accumulate(vm: &mut Vm, xs: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(xs)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for x in items {
        let v = match out.last() {
            None => x,
            Some(prev) => {
                let prev = prev.clone();
                vm.binary_op(BinOp::Add, &prev, &x)?
            }
        };
        out.push(v);
    }
    Ok(out)
}

/// `a < b` as a bool, with fast paths for numbers.
#[inline]
fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => Ok(x.get() < *y as f64),
        _ => {
            let r = vm.compare(CmpOp::Lt, a, b)?;
            match r {
                Value::Bool(b) => Ok(b.get()),
                _ => vm.truthy(&r),
            }
        }
    }
}

/// `bisect.bisect_right(a, x, lo, hi)`.
fn bisect_right(vm: &mut Vm, a: &[Value], x: &Value, mut lo: usize, mut hi: usize) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if lt(vm, x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn choices(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("choices", args, kwargs, &["population", "weights"], 1, &["cum_weights", "k"])?;
    let this = self_arg(args, "choices")?;
    let population = a[0].clone().unwrap();
    let weights = a[1].clone().unwrap_or(Value::None);
    let mut cum_weights = a[2].clone().unwrap_or(Value::None);
    let mut kv = a[3].clone().unwrap_or(Value::Int(1));
    let n = vm.len(&population)?;
    let direct: Option<Vec<Value>> = match &population {
        Value::List(l) => Some(l.snapshot()),
        Value::Tuple(t) => Some(t.items.clone()),
        _ => None,
    };
    let pick = |vm: &mut Vm, i: usize| -> PyResult<Value> {
        match &direct {
            Some(items) => items.get(i).cloned().ok_or_else(|| {
                index_error(if matches!(population, Value::Tuple(_)) { "tuple index out of range" } else { "list index out of range" })
            }),
            None => vm.get_item(&population, &Value::Int(i as i64)),
        }
    };
    if cum_weights.is_none() {
        if weights.is_none() {
            let k = arg_int(vm, &kv)?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(k.max(0) as usize);
            for _ in 0..k.max(0) {
                let r = next_random(vm, this)?;
                out.push(pick(vm, (r * nf).floor() as usize)?);
            }
            return Ok(Value::list(out));
        }
        match accumulate(vm, &weights) {
            Ok(c) => cum_weights = Value::list(c),
            Err(e) => {
                if e.matches(&types().type_error) && matches!(weights, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                    kv = weights.clone();
                    let ks = vm.repr(&kv)?;
                    return Err(type_error(format!("The number of choices must be a keyword argument: k={}", ks)));
                }
                return Err(e);
            }
        }
    } else if !weights.is_none() {
        return Err(type_error("Cannot specify both weights and cumulative weights"));
    }
    let cum = vm.collect(&cum_weights)?;
    if cum.len() != n {
        return Err(value_error("The number of weights does not match the population"));
    }
    let last = cum.last().cloned().ok_or_else(|| index_error("list index out of range"))?;
    let total_v = vm.binary_op(BinOp::Add, &last, &Value::float(0.0))?;
    let total = arg_f64(vm, &total_v)?;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let k = arg_int(vm, &kv)?;
    let hi = n - 1;
    let mut out = Vec::with_capacity(k.max(0) as usize);
    for _ in 0..k.max(0) {
        let r = next_random(vm, this)?;
        let x = Value::float(r * total);
        let i = bisect_right(vm, &cum, &x, 0, hi)?;
        out.push(pick(vm, i)?);
    }
    Ok(Value::list(out))
}

// ---------------------------------------------------------------------------
// Real-valued distributions.

fn uniform(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("uniform", args, kwargs, &["a", "b"], 2, &[])?;
    let this = self_arg(args, "uniform")?;
    let (lo, hi) = (a[0].clone().unwrap(), a[1].clone().unwrap());
    if let (Value::Float(x), Value::Float(y)) = (&lo, &hi) {
        let r = next_random(vm, this)?;
        return Ok(Value::float(x.get() + (y.get() - x.get()) * r));
    }
    let d = vm.binary_op(BinOp::Sub, &hi, &lo)?;
    let r = next_random(vm, this)?;
    let m = vm.binary_op(BinOp::Mul, &d, &Value::float(r))?;
    vm.binary_op(BinOp::Add, &lo, &m)
}

fn triangular(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("triangular", args, kwargs, &["low", "high", "mode"], 0, &[])?;
    let this = self_arg(args, "triangular")?;
    let mut low = a[0].clone().unwrap_or(Value::float(0.0));
    let mut high = a[1].clone().unwrap_or(Value::float(1.0));
    let mode = a[2].clone().unwrap_or(Value::None);
    let mut u = next_random(vm, this)?;
    let c = if mode.is_none() {
        Value::float(0.5)
    } else {
        let num = vm.binary_op(BinOp::Sub, &mode, &low)?;
        let den = vm.binary_op(BinOp::Sub, &high, &low)?;
        match vm.binary_op(BinOp::TrueDiv, &num, &den) {
            Ok(c) => c,
            Err(e) if e.matches(&types().zero_division_error) => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    let mut c = arg_f64(vm, &c)?;
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let d = vm.binary_op(BinOp::Sub, &high, &low)?;
    let m = vm.binary_op(BinOp::Mul, &d, &Value::float((u * c).sqrt()))?;
    vm.binary_op(BinOp::Add, &low, &m)
}

/// `mu + z * sigma` with Python arithmetic.
fn affine(vm: &mut Vm, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    if let (Value::Float(m), Value::Float(s)) = (mu, sigma) {
        return Ok(Value::float(m.get() + z * s.get()));
    }
    let zs = vm.binary_op(BinOp::Mul, &Value::float(z), sigma)?;
    vm.binary_op(BinOp::Add, mu, &zs)
}

fn normal_z(vm: &mut Vm, this: &Value) -> PyResult<f64> {
    let magic = nv_magic();
    loop {
        let u1 = next_random(vm, this)?;
        let u2 = 1.0 - next_random(vm, this)?;
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return Ok(z);
        }
    }
}

fn normalvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("normalvariate", args, kwargs, &["mu", "sigma"], 0, &[])?;
    let this = self_arg(args, "normalvariate")?;
    let mu = a[0].clone().unwrap_or(Value::float(0.0));
    let sigma = a[1].clone().unwrap_or(Value::float(1.0));
    let z = normal_z(vm, this)?;
    affine(vm, &mu, z, &sigma)
}

fn gauss(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("gauss", args, kwargs, &["mu", "sigma"], 0, &[])?;
    let this = self_arg(args, "gauss")?;
    let mu = a[0].clone().unwrap_or(Value::float(0.0));
    let sigma = a[1].clone().unwrap_or(Value::float(1.0));
    let gn = intern("gauss_next");
    let z = vm.get_attr(this, &gn)?;
    vm.set_attr(this, &gn, Value::None)?;
    let z = if z.is_none() {
        let x2pi = next_random(vm, this)? * std::f64::consts::TAU;
        let g2rad = (-2.0 * (1.0 - next_random(vm, this)?).ln()).sqrt();
        vm.set_attr(this, &gn, Value::float(x2pi.sin() * g2rad))?;
        x2pi.cos() * g2rad
    } else {
        arg_f64(vm, &z)?
    };
    affine(vm, &mu, z, &sigma)
}

fn lognormvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("lognormvariate", args, kwargs, &["mu", "sigma"], 2, &[])?;
    let this = self_arg(args, "lognormvariate")?;
    let (mu, sigma) = (a[0].clone().unwrap(), a[1].clone().unwrap());
    let z = normal_z(vm, this)?;
    let v = affine(vm, &mu, z, &sigma)?;
    let x = arg_f64(vm, &v)?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn expovariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("expovariate", args, kwargs, &["lambd"], 1, &[])?;
    let this = self_arg(args, "expovariate")?;
    let lambd = a[0].clone().unwrap();
    let r = next_random(vm, this)?;
    let num = -(1.0 - r).ln();
    if let Value::Float(l) = &lambd {
        if l.get() != 0.0 {
            return Ok(Value::float(num / l.get()));
        }
    }
    vm.binary_op(BinOp::TrueDiv, &Value::float(num), &lambd)
}

fn f64_param(vm: &mut Vm, a: &[Option<Value>], i: usize) -> PyResult<f64> {
    arg_f64(vm, a[i].as_ref().unwrap())
}

fn vonmisesvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("vonmisesvariate", args, kwargs, &["mu", "kappa"], 2, &[])?;
    let this = self_arg(args, "vonmisesvariate")?;
    let mu = f64_param(vm, &a, 0)?;
    let kappa = f64_param(vm, &a, 1)?;
    let twopi = std::f64::consts::TAU;
    if kappa <= 1e-6 {
        return Ok(Value::float(twopi * next_random(vm, this)?));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = next_random(vm, this)?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = next_random(vm, this)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = next_random(vm, this)?;
    let theta = if u3 > 0.5 { py_fmod(mu + f.acos(), twopi) } else { py_fmod(mu - f.acos(), twopi) };
    Ok(Value::float(theta))
}

/// Python's float `%` (result has the sign of the divisor).
fn py_fmod(x: f64, y: f64) -> f64 {
    crate::vm::ops::float_divmod(x, y).1
}

fn gamma_f(vm: &mut Vm, this: &Value, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4.0f64.ln();
        let ccc = alpha + ainv;
        loop {
            let u1 = next_random(vm, this)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - next_random(vm, this)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic() - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - next_random(vm, this)?).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        let x = loop {
            let u = next_random(vm, this)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
            let u1 = next_random(vm, this)?;
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        Ok(x * beta)
    }
}

fn gammavariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("gammavariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let this = self_arg(args, "gammavariate")?;
    let alpha = f64_param(vm, &a, 0)?;
    let beta = f64_param(vm, &a, 1)?;
    Ok(Value::float(gamma_f(vm, this, alpha, beta)?))
}

fn betavariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("betavariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let this = self_arg(args, "betavariate")?;
    let alpha = f64_param(vm, &a, 0)?;
    let beta = f64_param(vm, &a, 1)?;
    let y = gamma_f(vm, this, alpha, 1.0)?;
    if y != 0.0 {
        let g = gamma_f(vm, this, beta, 1.0)?;
        return Ok(Value::float(y / (y + g)));
    }
    Ok(Value::float(0.0))
}

fn paretovariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("paretovariate", args, kwargs, &["alpha"], 1, &[])?;
    let this = self_arg(args, "paretovariate")?;
    let alpha = f64_param(vm, &a, 0)?;
    let u = 1.0 - next_random(vm, this)?;
    if alpha == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    let r = crate::vm::ops::float_pow(u, -1.0 / alpha)?;
    Ok(Value::float(r))
}

fn weibullvariate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("weibullvariate", args, kwargs, &["alpha", "beta"], 2, &[])?;
    let this = self_arg(args, "weibullvariate")?;
    let alpha = f64_param(vm, &a, 0)?;
    let beta = f64_param(vm, &a, 1)?;
    let u = 1.0 - next_random(vm, this)?;
    if beta == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    let r = crate::vm::ops::float_pow(-u.ln(), 1.0 / beta)?;
    Ok(Value::float(alpha * r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha512_vectors() {
        let hex = |d: [u8; 64]| d.iter().map(|b| format!("{:02x}", b)).collect::<String>();
        assert_eq!(
            hex(sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
    }

    #[test]
    fn mt_seed_42_matches_cpython() {
        // random.seed(42); [random.random() for _ in range(3)] in CPython 3.11.
        let mut mt = Mt::zeroed();
        mt.seed_biguint(&BigUint::from(42u32));
        let got: Vec<f64> = (0..3).map(|_| mt.random()).collect();
        assert_eq!(got, vec![0.6394267984578837, 0.025010755222666936, 0.27502931836911926]);
    }
}
