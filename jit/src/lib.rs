//! quicken's trace JIT back end: trace IR, builder, optimizer, printer and Cranelift
//! lowering. It knows nothing of the interpreter: in go a [`Trace`] built by the
//! interpreter's recorder through a [`TraceBuilder`] and a [`Layout`] of plain numbers;
//! out comes a [`CompiledTrace`], a native `extern "C" fn(base, ctx) -> exit id`.
//! See `jit/README.md` for the protocol.

pub mod builder;
pub mod ctx;
pub mod interp;
pub mod ir;
pub mod layout;
pub mod lower;
pub mod opt;
pub mod print;

pub use builder::{Abort, TraceBuilder};
pub use ctx::JitCtx;
pub use ir::{
    Cc, Const, ExitKind, FrameSnap, HelperSig, Inst, Op, Own, Ref, SnapEntry, SnapId, Snapshot, Tag, Trace, Ty, Width,
};
pub use layout::Layout;
pub use lower::{compile, CompileError, CompileOptions, CompiledTrace, EntryFn, ExitInfo};
pub use print::print_trace;
