//! Shared helpers for the native tests: a fake frame of 16-byte Values with the
//! Layout's tags, and a runner.
#![allow(dead_code)]

use quicken_jit::*;

/// A frame slot's content, in test notation.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum V {
    Null,
    N,
    B(bool),
    I(i64),
    F(f64),
    /// A heap object: raw tag and payload pointer.
    H(u64, u64),
}

impl V {
    /// The int inside (panics otherwise).
    pub fn int(self) -> i64 {
        match self {
            V::I(i) => i,
            other => panic!("not an int: {other:?}"),
        }
    }
}

pub const L: Layout = Layout::QUICKEN;

extern "C" fn unexpected_drop(tag: u64, payload: u64) {
    eprintln!("unexpected drop_last({tag}, {payload:#x})");
    std::process::abort();
}

/// The test layout: quicken's tags, and a `drop_last` that aborts (no test frees objects
/// unless it brings its own).
pub fn layout() -> Layout {
    Layout { drop_last: unexpected_drop as *const () as usize as u64, ..L }
}

pub fn frame(vals: &[V]) -> Vec<[u64; 2]> {
    vals.iter().map(|v| encode(*v)).collect()
}

pub fn encode(v: V) -> [u64; 2] {
    match v {
        V::Null => [0, 0],
        V::N => [L.tag_none, 0],
        V::B(b) => [L.tag_bool, b as u64],
        V::I(i) => [L.tag_int, i as u64],
        V::F(f) => [L.tag_float, f.to_bits()],
        V::H(t, p) => [t, p],
    }
}

pub fn decode(w: [u64; 2]) -> V {
    match w[0] {
        0 => V::Null,
        t if t == L.tag_none => V::N,
        t if t == L.tag_bool => V::B(w[1] != 0),
        t if t == L.tag_int => V::I(w[1] as i64),
        t if t == L.tag_float => V::F(f64::from_bits(w[1])),
        t => V::H(t, w[1]),
    }
}

pub fn values(f: &[[u64; 2]]) -> Vec<V> {
    f.iter().map(|w| decode(*w)).collect()
}

pub fn opts() -> CompileOptions {
    CompileOptions { verify: true, ..CompileOptions::default() }
}

/// Compiles `trace` and runs it once on `frame` with `ctx`; returns the exit id.
pub fn run_with(trace: &Trace, layout: &Layout, options: &CompileOptions, frame: &mut [[u64; 2]], ctx: &mut JitCtx) -> u32 {
    let compiled = match compile(trace, layout, options) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e}\n{}", print_trace(trace)),
    };
    unsafe { compiled.call(frame.as_mut_ptr() as *mut u8, ctx) }
}

/// Compiles and runs with the default layout and a fresh context.
pub fn run(trace: &Trace, frame: &mut [[u64; 2]]) -> u32 {
    let mut ctx = JitCtx::new(std::ptr::null_mut());
    run_with(trace, &layout(), &opts(), frame, &mut ctx)
}
