//! [`JitCtx`]: the per-entry context native code receives, shared with helpers.

use std::ffi::c_void;

/// Context passed to every compiled trace (second argument) and to every helper (first
/// argument). `#[repr(C)]`: native code reads fields at fixed offsets (the `OFFSET_*`
/// constants).
#[repr(C)]
#[derive(Debug)]
pub struct JitCtx {
    /// The interpreter (`*mut Vm`), for helpers. The trace never reads it.
    pub vm: *mut c_void,
    /// The exception a helper raised (a Value: tag, payload), set by the helper before it
    /// returns tag 0; read by the interpreter after an `Error` exit.
    pub pending: [u64; 2],
    /// Where exits write inline frames' slots (16-byte Values); null while no trace
    /// inlines (v1).
    pub exit_buf: *mut [u64; 2],
    /// Per-exit counters (`counters[exit_id] += 1` at each exit), when compiled with
    /// [`crate::CompileOptions::count_exits`]; may be null otherwise.
    pub counters: *mut u64,
    /// Tests only ([`crate::CompileOptions::force_exits`]): every guard decrements it and
    /// takes its exit when it reaches 0 (0 at entry: never forced).
    pub force_countdown: u64,
    /// Passes into the loop body in this entry (0 when the exit came before the loop
    /// proper), stored by the exits when compiled with
    /// [`crate::CompileOptions::count_iterations`].
    pub iterations: u64,
}

impl JitCtx {
    /// Byte offset of `pending`.
    pub const OFFSET_PENDING: i32 = 8;
    /// Byte offset of `exit_buf`.
    pub const OFFSET_EXIT_BUF: i32 = 24;
    /// Byte offset of `counters`.
    pub const OFFSET_COUNTERS: i32 = 32;
    /// Byte offset of `force_countdown`.
    pub const OFFSET_FORCE: i32 = 40;
    /// Byte offset of `iterations`.
    pub const OFFSET_ITERATIONS: i32 = 48;

    /// A context with every field null/zero except `vm`.
    pub fn new(vm: *mut c_void) -> JitCtx {
        JitCtx {
            vm,
            pending: [0, 0],
            exit_buf: std::ptr::null_mut(),
            counters: std::ptr::null_mut(),
            force_countdown: 0,
            iterations: 0,
        }
    }
}

const _: () = {
    assert!(std::mem::offset_of!(JitCtx, pending) == JitCtx::OFFSET_PENDING as usize);
    assert!(std::mem::offset_of!(JitCtx, exit_buf) == JitCtx::OFFSET_EXIT_BUF as usize);
    assert!(std::mem::offset_of!(JitCtx, counters) == JitCtx::OFFSET_COUNTERS as usize);
    assert!(std::mem::offset_of!(JitCtx, force_countdown) == JitCtx::OFFSET_FORCE as usize);
    assert!(std::mem::offset_of!(JitCtx, iterations) == JitCtx::OFFSET_ITERATIONS as usize);
};
