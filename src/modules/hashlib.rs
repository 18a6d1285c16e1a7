//! The `hashlib` module: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 over the
//! RustCrypto crates, `new`, `pbkdf2_hmac`, and hash objects with `update`,
//! `digest`, `hexdigest`, `copy` and CPython's attributes.

use std::cell::RefCell;
use std::rc::Rc;

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use digest::{Digest, ExtendableOutput, Update, XofReader};

use super::native::{bind, native_class_with, new_native_instance, payload};
use crate::builtins::{add_method, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// A BLAKE2 state with CPython's parameters (digest size, key, salt,
/// person): the crate's core with our own lazy block buffer, since its
/// ready-made wrappers fix either the key or the output size.
macro_rules! blake2_state {
    ($name:ident, $core:ty, $block:expr) => {
        #[derive(Clone)]
        struct $name {
            core: $core,
            buffer: Buffer<$core>,
            size: usize,
        }

        impl $name {
            fn new(size: usize, key: &[u8], salt: &[u8], person: &[u8]) -> Self {
                let mut b = $name { core: <$core>::new_with_params(salt, person, key.len(), size), buffer: Default::default(), size };
                if !key.is_empty() {
                    // A keyed hash starts with the key padded to a block.
                    let mut block = [0u8; $block];
                    block[..key.len()].copy_from_slice(key);
                    b.update(&block);
                }
                b
            }
            fn update(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buffer.digest_blocks(data, |blocks| core.update_blocks(blocks));
            }
            fn finish(&self) -> Vec<u8> {
                let mut core = self.core.clone();
                let mut buffer = self.buffer.clone();
                let mut out = Default::default();
                core.finalize_variable_core(&mut buffer, &mut out);
                out[..self.size].to_vec()
            }
        }
    };
}

blake2_state!(Blake2bState, Blake2bVarCore, 128);
blake2_state!(Blake2sState, Blake2sVarCore, 64);

#[derive(Clone)]
enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Box<Blake2bState>),
    Blake2s(Box<Blake2sState>),
}

macro_rules! fixed_digests {
    ($self:expr, $h:ident => $e:expr, $other:pat => $o:expr) => {
        match $self {
            Algo::Md5($h) => $e,
            Algo::Sha1($h) => $e,
            Algo::Sha224($h) => $e,
            Algo::Sha256($h) => $e,
            Algo::Sha384($h) => $e,
            Algo::Sha512($h) => $e,
            Algo::Sha3_224($h) => $e,
            Algo::Sha3_256($h) => $e,
            Algo::Sha3_384($h) => $e,
            Algo::Sha3_512($h) => $e,
            $other => $o,
        }
    };
}

/// Names `hashlib.new` knows, with their constructors.
const NAMES: [&str; 14] = [
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s",
];

impl Algo {
    fn by_name(name: &str) -> Option<Algo> {
        let lower = name.to_ascii_lowercase();
        // Only OpenSSL's names (MD5, SHA256, ...) are case-insensitive in CPython.
        if lower != name && !matches!(lower.as_str(), "md5" | "sha1" | "sha224" | "sha256" | "sha384" | "sha512") {
            return None;
        }
        Some(match lower.as_str() {
            "md5" => Algo::Md5(Default::default()),
            "sha1" => Algo::Sha1(Default::default()),
            "sha224" => Algo::Sha224(Default::default()),
            "sha256" => Algo::Sha256(Default::default()),
            "sha384" => Algo::Sha384(Default::default()),
            "sha512" => Algo::Sha512(Default::default()),
            "sha3_224" => Algo::Sha3_224(Default::default()),
            "sha3_256" => Algo::Sha3_256(Default::default()),
            "sha3_384" => Algo::Sha3_384(Default::default()),
            "sha3_512" => Algo::Sha3_512(Default::default()),
            "shake_128" => Algo::Shake128(Default::default()),
            "shake_256" => Algo::Shake256(Default::default()),
            "blake2b" => blake2b(64, &[], &[], &[]),
            "blake2s" => blake2s(32, &[], &[], &[]),
            _ => return None,
        })
    }
    fn name(&self) -> &'static str {
        match self {
            Algo::Md5(_) => "md5",
            Algo::Sha1(_) => "sha1",
            Algo::Sha224(_) => "sha224",
            Algo::Sha256(_) => "sha256",
            Algo::Sha384(_) => "sha384",
            Algo::Sha512(_) => "sha512",
            Algo::Sha3_224(_) => "sha3_224",
            Algo::Sha3_256(_) => "sha3_256",
            Algo::Sha3_384(_) => "sha3_384",
            Algo::Sha3_512(_) => "sha3_512",
            Algo::Shake128(_) => "shake_128",
            Algo::Shake256(_) => "shake_256",
            Algo::Blake2b(_) => "blake2b",
            Algo::Blake2s(_) => "blake2s",
        }
    }
    fn digest_size(&self) -> usize {
        match self {
            Algo::Shake128(_) | Algo::Shake256(_) => 0,
            Algo::Blake2b(b) => b.size,
            Algo::Blake2s(b) => b.size,
            other => fixed_digests!(other, h => output_size_of(h), _ => 0),
        }
    }
    fn block_size(&self) -> usize {
        match self {
            Algo::Md5(_) | Algo::Sha1(_) | Algo::Sha224(_) | Algo::Sha256(_) | Algo::Blake2s(_) => 64,
            Algo::Sha384(_) | Algo::Sha512(_) | Algo::Blake2b(_) => 128,
            Algo::Sha3_224(_) => 144,
            Algo::Sha3_256(_) | Algo::Shake256(_) => 136,
            Algo::Sha3_384(_) => 104,
            Algo::Sha3_512(_) => 72,
            Algo::Shake128(_) => 168,
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            Algo::Shake128(h) => Update::update(h, data),
            Algo::Shake256(h) => Update::update(h, data),
            Algo::Blake2b(b) => b.update(data),
            Algo::Blake2s(b) => b.update(data),
            other => fixed_digests!(other, h => Digest::update(h, data), _ => unreachable!()),
        }
    }
    /// The digest (`length` bytes for SHAKE).
    fn digest(&self, length: usize) -> Vec<u8> {
        match self {
            Algo::Shake128(h) => xof(h.clone(), length),
            Algo::Shake256(h) => xof(h.clone(), length),
            Algo::Blake2b(b) => b.finish(),
            Algo::Blake2s(b) => b.finish(),
            other => fixed_digests!(other, h => h.clone().finalize().to_vec(), _ => unreachable!()),
        }
    }
    fn is_xof(&self) -> bool {
        matches!(self, Algo::Shake128(_) | Algo::Shake256(_))
    }
}

fn output_size_of<D: Digest>(_: &D) -> usize {
    <D as Digest>::output_size()
}

fn xof(h: impl ExtendableOutput, length: usize) -> Vec<u8> {
    let mut out = vec![0u8; length];
    h.finalize_xof().read(&mut out);
    out
}

fn blake2b(size: usize, key: &[u8], salt: &[u8], person: &[u8]) -> Algo {
    Algo::Blake2b(Box::new(Blake2bState::new(size, key, salt, person)))
}

fn blake2s(size: usize, key: &[u8], salt: &[u8], person: &[u8]) -> Algo {
    Algo::Blake2s(Box::new(Blake2sState::new(size, key, salt, person)))
}

/// The payload of a hash object.
struct HashObj(RefCell<Algo>);

fn hash_class(algo: &Algo) -> &'static Rc<Class> {
    let key: &'static str = match algo {
        Algo::Shake128(_) | Algo::Shake256(_) => "_hashlib.HASHXOF",
        Algo::Blake2b(_) => "_blake2.blake2b",
        Algo::Blake2s(_) => "_blake2.blake2s",
        _ => "_hashlib.HASH",
    };
    let cls = native_class_with(key, NativeKind::Builtin);
    if cls.dict.get_str(&intern("update")).is_none() {
        let methods: &[(&'static str, NativeFn)] = &[("update", h_update), ("digest", h_digest), ("hexdigest", h_hexdigest), ("copy", h_copy), ("__repr__", h_repr)];
        for (n, f) in methods {
            add_method(cls, n, *f);
        }
        for (n, getter) in [("name", h_name as NativeFn), ("digest_size", h_digest_size), ("block_size", h_block_size)] {
            let fget = Value::Builtin(Rc::new(Builtin { name: n, func: getter, owner: Some("HASH") }));
            let prop = Other::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
            cls.dict.set_str(&intern(n), Value::Other(Rc::new(prop)));
        }
        cls.modified();
    }
    cls
}

fn new_hash(algo: Algo) -> Value {
    let cls = hash_class(&algo);
    new_native_instance(cls, Box::new(HashObj(RefCell::new(algo))))
}

fn hash_obj(v: &Value) -> PyResult<&HashObj> {
    payload::<HashObj>(v).ok_or_else(|| type_error("descriptor requires a '_hashlib.HASH' object"))
}

/// The bytes of data to hash (str refused as CPython does).
fn data_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Str(_) = v {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    let _ = vm;
    as_bytes(v).ok_or_else(|| type_error("object supporting the buffer API required"))
}

fn h_update(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("update", &args[1..], 1, 1)?;
    let data = data_bytes(vm, &args[1])?;
    hash_obj(&args[0])?.0.borrow_mut().update(&data);
    Ok(Value::None)
}

fn digest_of(args: &[Value], kwargs: &[(Name, Value)], name: &str) -> PyResult<Vec<u8>> {
    let h = hash_obj(&args[0])?;
    let algo = h.0.borrow();
    if algo.is_xof() {
        let a = bind(name, &args[1..], kwargs, &["length"], 1, 1)?;
        let n = match &a[0] {
            Some(Value::Int(n)) if *n >= 0 => *n as usize,
            Some(Value::Int(_)) => return Err(value_error("length must be non-negative")),
            _ => return Err(type_error("'length' must be an integer")),
        };
        return Ok(algo.digest(n));
    }
    crate::builtins::check_count(name, &args[1..], 0, 0)?;
    Ok(algo.digest(0))
}

fn h_digest(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(bytes_val(digest_of(args, kwargs, "digest")?))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{:02x}", x)).collect()
}

fn h_hexdigest(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::string(hex(&digest_of(args, kwargs, "hexdigest")?)))
}

fn h_copy(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let algo = hash_obj(&args[0])?.0.borrow().clone();
    Ok(new_hash(algo))
}

fn h_repr(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let h = hash_obj(&args[0])?;
    let name = h.0.borrow().name();
    let cls = match &args[0] {
        Value::Instance(i) => i.class.name.as_str().to_owned(),
        _ => "HASH".into(),
    };
    Ok(Value::string(format!("<{} _hashlib.{} object>", name, cls)))
}

fn h_name(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::str(hash_obj(&args[0])?.0.borrow().name()))
}

fn h_digest_size(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(hash_obj(&args[0])?.0.borrow().digest_size() as i64))
}

fn h_block_size(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(hash_obj(&args[0])?.0.borrow().block_size() as i64))
}

/// A constructor with the initial data argument (`string` is its old name).
fn construct(vm: &mut Vm, name: &str, mut algo: Algo, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let openssl = matches!(name, "md5" | "sha1" | "sha224" | "sha256" | "sha384" | "sha512");
    if openssl {
        // CPython's OpenSSL constructors name their argument `string`.
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| !matches!(k.as_str(), "string" | "usedforsecurity")) {
            return Err(type_error(format!("'{}' is an invalid keyword argument for openssl_{}()", k.as_str(), name)));
        }
    }
    let a = bind(name, args, kwargs, &["data", "usedforsecurity", "string"], 0, 1)?;
    if let Some(d) = a[0].as_ref().or(a[2].as_ref()) {
        let data = data_bytes(vm, d)?;
        algo.update(&data);
    }
    Ok(new_hash(algo))
}

macro_rules! constructors {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
            construct(vm, $name, Algo::by_name($name).unwrap(), args, kwargs)
        })*
    };
}

constructors! {
    c_md5 => "md5",
    c_sha1 => "sha1",
    c_sha224 => "sha224",
    c_sha256 => "sha256",
    c_sha384 => "sha384",
    c_sha512 => "sha512",
    c_sha3_224 => "sha3_224",
    c_sha3_256 => "sha3_256",
    c_sha3_384 => "sha3_384",
    c_sha3_512 => "sha3_512",
    c_shake_128 => "shake_128",
    c_shake_256 => "shake_256",
}

/// `blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', ...)`
/// and the same for blake2s.
fn blake2_construct(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], big: bool) -> PyResult<Value> {
    let name = if big { "blake2b" } else { "blake2s" };
    let (max_digest, max_key, max_salt) = if big { (64, 64, 16) } else { (32, 32, 8) };
    let names = ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"];
    let a = bind(name, args, kwargs, &names, 0, 1)?;
    let size = match &a[1] {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => max_digest as i64,
    };
    if size < 1 || size > max_digest as i64 {
        return Err(value_error(format!("digest_size must be between 1 and {} bytes", max_digest)));
    }
    let get = |i: usize| -> PyResult<Vec<u8>> {
        match &a[i] {
            Some(v) => as_bytes(v).ok_or_else(|| type_error("a bytes-like object is required")),
            None => Ok(Vec::new()),
        }
    };
    let (key, salt, person) = (get(2)?, get(3)?, get(4)?);
    if key.len() > max_key {
        return Err(value_error(format!("maximum key length is {} bytes", max_key)));
    }
    if salt.len() > max_salt {
        return Err(value_error(format!("maximum salt length is {} bytes", max_salt)));
    }
    if person.len() > max_salt {
        return Err(value_error(format!("maximum person length is {} bytes", max_salt)));
    }
    let mut algo = if big { blake2b(size as usize, &key, &salt, &person) } else { blake2s(size as usize, &key, &salt, &person) };
    if let Some(d) = &a[0] {
        let data = data_bytes(vm, d)?;
        algo.update(&data);
    }
    Ok(new_hash(algo))
}

fn c_blake2b(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    blake2_construct(vm, args, kwargs, true)
}

fn c_blake2s(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    blake2_construct(vm, args, kwargs, false)
}

fn algo_named(vm: &Vm, v: &Value) -> PyResult<Algo> {
    match v {
        Value::Str(s) => Algo::by_name(s.as_str()).ok_or_else(|| value_error(format!("unsupported hash type {}", s.as_str()))),
        _ => Err(type_error(format!("new() argument 'name' must be str, not {}", vm.type_of(v).name.as_str()))),
    }
}

/// `new(name, data=b'', **kwargs)`.
fn c_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("new", args, kwargs, &["name", "data", "usedforsecurity", "string"], 1, 2)?;
    let algo = algo_named(vm, a[0].as_ref().unwrap())?;
    let rest: Vec<Value> = a[1].iter().cloned().collect();
    construct(vm, algo.name(), algo, &rest, &[])
}

fn pbkdf2_with<D: Digest + digest::core_api::BlockSizeUser + Clone + Sync>(password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) {
    let _ = pbkdf2::pbkdf2::<hmac::SimpleHmac<D>>(password, salt, rounds, out);
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn c_pbkdf2_hmac(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("pbkdf2_hmac", args, kwargs, &["hash_name", "password", "salt", "iterations", "dklen"], 4, 5)?;
    let algo = match a[0].as_ref().unwrap() {
        // OpenSSL's message, as CPython reports it.
        Value::Str(s) => Algo::by_name(s.as_str()).ok_or_else(|| value_error("[digital envelope routines] unsupported"))?,
        v => return Err(type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {}", vm.type_of(v).name.as_str()))),
    };
    let password = data_bytes(vm, a[1].as_ref().unwrap())?;
    let salt = data_bytes(vm, a[2].as_ref().unwrap())?;
    let iterations = crate::builtins::arg_int(vm, a[3].as_ref().unwrap())?;
    if iterations < 1 {
        return Err(value_error("iteration value must be greater than 0."));
    }
    if iterations > u32::MAX as i64 {
        return Err(overflow_error("iteration value is too great."));
    }
    let dklen = match &a[4] {
        None | Some(Value::None) => algo.digest_size(),
        Some(v) => {
            let n = crate::builtins::arg_int(vm, v)?;
            if n < 1 {
                return Err(value_error("key length must be greater than 0."));
            }
            n as usize
        }
    };
    let mut out = vec![0u8; dklen];
    let r = iterations as u32;
    match algo {
        Algo::Md5(_) => pbkdf2_with::<md5::Md5>(&password, &salt, r, &mut out),
        Algo::Sha1(_) => pbkdf2_with::<sha1::Sha1>(&password, &salt, r, &mut out),
        Algo::Sha224(_) => pbkdf2_with::<sha2::Sha224>(&password, &salt, r, &mut out),
        Algo::Sha256(_) => pbkdf2_with::<sha2::Sha256>(&password, &salt, r, &mut out),
        Algo::Sha384(_) => pbkdf2_with::<sha2::Sha384>(&password, &salt, r, &mut out),
        Algo::Sha512(_) => pbkdf2_with::<sha2::Sha512>(&password, &salt, r, &mut out),
        Algo::Sha3_224(_) => pbkdf2_with::<sha3::Sha3_224>(&password, &salt, r, &mut out),
        Algo::Sha3_256(_) => pbkdf2_with::<sha3::Sha3_256>(&password, &salt, r, &mut out),
        Algo::Sha3_384(_) => pbkdf2_with::<sha3::Sha3_384>(&password, &salt, r, &mut out),
        Algo::Sha3_512(_) => pbkdf2_with::<sha3::Sha3_512>(&password, &salt, r, &mut out),
        other => return Err(value_error(format!("unsupported hash type {}", other.name()))),
    }
    Ok(bytes_val(out))
}

/// Fills the `hashlib` module.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    crate::modules::add_fns(
        d,
        &[
            ("md5", c_md5),
            ("sha1", c_sha1),
            ("sha224", c_sha224),
            ("sha256", c_sha256),
            ("sha384", c_sha384),
            ("sha512", c_sha512),
            ("sha3_224", c_sha3_224),
            ("sha3_256", c_sha3_256),
            ("sha3_384", c_sha3_384),
            ("sha3_512", c_sha3_512),
            ("shake_128", c_shake_128),
            ("shake_256", c_shake_256),
            ("blake2b", c_blake2b),
            ("blake2s", c_blake2s),
            ("new", c_new),
            ("pbkdf2_hmac", c_pbkdf2_hmac),
        ],
    );
    let names: Vec<Value> = NAMES.iter().map(|n| Value::str(n)).collect();
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        if let Ok(s) = vm.new_set_from(names.clone(), false) {
            set(d, attr, Value::Set(s));
        }
    }
}
