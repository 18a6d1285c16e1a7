//! Cranelift lowering (design §5): a [`Trace`] becomes one native function
//! `extern "C" fn(base: *mut u8, ctx: *mut JitCtx) -> u32` in its own `JITModule`.
//!
//! Block shape: the main path is a chain of blocks, split at each guard; each guard
//! branches to its own cold exit block, which writes its snapshot's entries into the frame
//! (and inline frames into `ctx.exit_buf`) and returns the exit id. Values reach exit
//! blocks directly as SSA values (every snapshot entry dominates its guard), so an
//! overflow exit sees the pre-operation values. `loop` becomes a block whose parameters
//! are the phis; the body ends by jumping back to it with the phis' `next` values.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, Signature, UserFuncName, Value};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Module};

use crate::ir::*;
use crate::{JitCtx, Layout};

/// The native entry: `base` = the root frame's slot 0, `ctx` = the entry's context.
/// Returns the exit id (an index into [`CompiledTrace::exits`]; 0 = resume at the header).
pub type EntryFn = unsafe extern "C" fn(base: *mut u8, ctx: *mut JitCtx) -> u32;

/// Compilation switches.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    /// Run Cranelift's IR verifier (30–55% of compile time). Default: on in debug builds.
    pub verify: bool,
    /// Cranelift `opt_level=speed` instead of `none` (`QUICKEN_JIT_OPT=speed`).
    pub opt_speed: bool,
    /// Every guard (not helper error checks) also counts `JitCtx::force_countdown` down
    /// when it is non-zero and exits when it reaches 0 (tests: force-exit sweeps).
    pub force_exits: bool,
    /// Every exit increments the u64 at `JitCtx::counters[exit_id]` (`--stats`).
    pub count_exits: bool,
    /// Count the passes into the loop body (in a register; each exit from the body stores
    /// the count into `JitCtx::iterations`): for `--stats` and for telling loops that run
    /// too few iterations per entry to pay for entering.
    pub count_iterations: bool,
    /// Keep the CLIF text in [`CompiledTrace::clif`] (`--jit-dump`).
    pub keep_clif: bool,
    /// Keep Cranelift's machine-code listing in [`CompiledTrace::asm`] (`--jit-dump`).
    pub keep_asm: bool,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            verify: cfg!(debug_assertions) || cfg!(test),
            opt_speed: false,
            force_exits: false,
            count_exits: false,
            count_iterations: false,
            keep_clif: false,
            keep_asm: false,
        }
    }
}

/// What the interpreter needs to resume after exit `id` (one per snapshot).
#[derive(Clone, Debug, PartialEq)]
pub struct ExitInfo {
    /// The exit id (its index in `exits`, the snapshot's number).
    pub id: u32,
    /// Root frame resume pc.
    pub pc: u32,
    /// Why the trace exited.
    pub kind: ExitKind,
    /// Root frame stack depth at `pc`: the interpreter sets the slot count to nfixed + this.
    pub stack_depth: u16,
    /// The root-frame slots the exit wrote, with their types (for `QUICKEN_JIT_VERIFY`).
    pub written: Vec<(u16, Ty)>,
    /// Inline frames to materialize, outermost first (v1: empty).
    pub frames: Vec<FrameSnap>,
    /// For each inline frame, where its slot 0 is in `JitCtx::exit_buf` (in Values).
    pub frame_buf_offsets: Vec<u32>,
}

/// Why compilation failed.
#[derive(Clone, Debug, PartialEq)]
pub enum CompileError {
    /// The trace breaks an IR rule (see [`Trace::validate`]) or needs a missing Layout entry.
    BadTrace(String),
    /// Cranelift refused it (verifier errors are pretty-printed here).
    Cranelift(String),
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            CompileError::BadTrace(s) => write!(f, "bad trace: {s}"),
            CompileError::Cranelift(s) => write!(f, "cranelift: {s}"),
        }
    }
}

/// A compiled trace: entry point, exit table, and the module owning its code.
pub struct CompiledTrace {
    entry: EntryFn,
    /// Exit table, indexed by exit id.
    pub exits: Box<[ExitInfo]>,
    /// Machine code bytes.
    pub code_bytes: usize,
    /// Time spent in [`compile`].
    pub compile_time: Duration,
    /// The CLIF text, when [`CompileOptions::keep_clif`].
    pub clif: Option<String>,
    /// The machine code listing (Cranelift's VCode text), when [`CompileOptions::keep_asm`].
    pub asm: Option<String>,
    module: Option<JITModule>,
    free_on_drop: bool,
}

impl CompiledTrace {
    /// The native entry point.
    pub fn entry(&self) -> EntryFn {
        self.entry
    }

    /// Runs the trace: `base` must point at the root frame's slot 0 with at least as many
    /// slots as the trace touches; `ctx` valid for the call.
    ///
    /// # Safety
    /// The frame must hold Values of the Layout the trace was compiled with.
    pub unsafe fn call(&self, base: *mut u8, ctx: *mut JitCtx) -> u32 {
        (self.entry)(base, ctx)
    }

    /// Whether dropping this frees its code pages (default: no, they leak, as dropping a
    /// `JITModule` does; design §5.7).
    ///
    /// # Safety
    /// With `true`, the code must not be running (or entered later) when this is dropped.
    pub unsafe fn set_free_on_drop(&mut self, free: bool) {
        self.free_on_drop = free;
    }
}

impl Drop for CompiledTrace {
    fn drop(&mut self) {
        if let Some(module) = self.module.take() {
            if self.free_on_drop {
                // SAFETY: the owner promised, through set_free_on_drop, that the code is idle.
                unsafe { module.free_memory() };
            }
        }
    }
}

impl std::fmt::Debug for CompiledTrace {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("CompiledTrace").field("exits", &self.exits.len()).field("code_bytes", &self.code_bytes).finish()
    }
}

/// Compiles a trace into native code. The trace must pass [`Trace::validate`].
pub fn compile(trace: &Trace, layout: &Layout, opts: &CompileOptions) -> Result<CompiledTrace, CompileError> {
    let start = Instant::now();
    trace.validate().map_err(CompileError::BadTrace)?;
    if layout.drop_last == 0 && trace.insts.iter().any(|i| matches!(i.op, Op::Decref(_))) {
        return Err(CompileError::BadTrace("decref needs Layout::drop_last".into()));
    }
    let mut module = make_module(opts)?;
    let mut ctx = module.make_context();
    let mut fbc = FunctionBuilderContext::new();
    let ptr = module.target_config().pointer_type();
    let mut sig = module.make_signature();
    sig.params.push(AbiParam::new(ptr));
    sig.params.push(AbiParam::new(ptr));
    sig.returns.push(AbiParam::new(types::I32));
    let id = module
        .declare_anonymous_function(&sig)
        .map_err(|e| CompileError::Cranelift(e.to_string()))?;
    ctx.func.signature = sig;
    ctx.func.name = UserFuncName::user(0, id.as_u32());
    let exits = exit_table(trace);
    let frontend_config = module.target_config();
    {
        let b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
        let mut lw = Lowerer::new(trace, layout, opts, b, &exits);
        lw.run()?;
        lw.b.finalize(frontend_config);
    }
    let clif = opts.keep_clif.then(|| ctx.func.display().to_string());
    ctx.set_disasm(opts.keep_asm);
    if let Err(e) = module.define_function(id, &mut ctx) {
        let text = match &e {
            cranelift_module::ModuleError::Compilation(cranelift_codegen::CodegenError::Verifier(errs)) => {
                cranelift_codegen::print_errors::pretty_verifier_error(&ctx.func, None, errs.clone())
            }
            other => other.to_string(),
        };
        return Err(CompileError::Cranelift(text));
    }
    let code_bytes = ctx.compiled_code().map_or(0, |c| c.code_buffer().len());
    let asm = ctx.compiled_code().and_then(|c| c.vcode.clone());
    module.clear_context(&mut ctx);
    module.finalize_definitions().map_err(|e| CompileError::Cranelift(e.to_string()))?;
    let code = module.get_finalized_function(id);
    // SAFETY: the function was declared with exactly this signature (two pointers -> i32,
    // the host's C calling convention).
    let entry: EntryFn = unsafe { std::mem::transmute::<*const u8, EntryFn>(code) };
    Ok(CompiledTrace {
        entry,
        exits: exits.into_boxed_slice(),
        code_bytes,
        compile_time: start.elapsed(),
        clif,
        asm,
        module: Some(module),
        free_on_drop: false,
    })
}

fn make_module(opts: &CompileOptions) -> Result<JITModule, CompileError> {
    let err = |e: &dyn std::fmt::Display| CompileError::Cranelift(e.to_string());
    let mut fb = settings::builder();
    let set = |fb: &mut settings::Builder, k: &str, v: &str| fb.set(k, v).map_err(|e| err(&e));
    set(&mut fb, "opt_level", if opts.opt_speed { "speed" } else { "none" })?;
    set(&mut fb, "enable_verifier", if opts.verify { "true" } else { "false" })?;
    set(&mut fb, "regalloc_algorithm", "backtracking")?;
    // Required by cranelift-jit with a custom ISA (JITBuilder::with_isa does not force them).
    set(&mut fb, "is_pic", "false")?;
    set(&mut fb, "use_colocated_libcalls", "false")?;
    let isa = cranelift_native::builder()
        .map_err(|e| err(&e))?
        .finish(settings::Flags::new(fb))
        .map_err(|e| err(&e))?;
    Ok(JITModule::new(JITBuilder::with_isa(isa, default_libcall_names())))
}

/// One `ExitInfo` per snapshot, with inline frames laid out one after the other.
fn exit_table(trace: &Trace) -> Vec<ExitInfo> {
    trace
        .snaps
        .iter()
        .enumerate()
        .map(|(id, s)| {
            let mut offsets = Vec::new();
            let mut next = 0u32;
            for f in &s.frames {
                offsets.push(next);
                next += f.entries.iter().map(|e| e.slot as u32 + 1).max().unwrap_or(0);
            }
            ExitInfo {
                id: id as u32,
                pc: s.pc,
                kind: s.kind,
                stack_depth: s.stack_depth,
                written: s.entries.iter().map(|e| (e.slot, e.ty)).collect(),
                frames: s.frames.clone(),
                frame_buf_offsets: offsets,
            }
        })
        .collect()
}

/// A lowered IR value: nothing (None/Void), one Cranelift value, or tag + payload.
#[derive(Copy, Clone, Debug)]
enum LVal {
    Unit,
    One(Value),
    Pair(Value, Value),
}

struct Lowerer<'a> {
    t: &'a Trace,
    layout: &'a Layout,
    opts: &'a CompileOptions,
    exits: &'a [ExitInfo],
    b: FunctionBuilder<'a>,
    vals: Vec<Option<LVal>>,
    /// Constants materialized on the main path since the last loop header (they dominate
    /// the rest of the path; exit blocks materialize their own).
    consts: HashMap<u32, LVal>,
    base: Value,
    ctx: Value,
    loop_block: Option<Block>,
    /// With [`CompileOptions::count_iterations`]: the loop block's parameter counting the
    /// back edges taken (kept in a register; exits in the body store `passes` into
    /// `JitCtx::iterations`).
    back_edges: Option<Value>,
}

const I64: cranelift_codegen::ir::Type = types::I64;

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a> Lowerer<'a> {
    fn new(
        t: &'a Trace,
        layout: &'a Layout,
        opts: &'a CompileOptions,
        mut b: FunctionBuilder<'a>,
        exits: &'a [ExitInfo],
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let base = b.block_params(entry)[0];
        let ctx = b.block_params(entry)[1];
        Lowerer {
            t,
            layout,
            opts,
            exits,
            b,
            vals: vec![None; t.insts.len()],
            consts: HashMap::new(),
            base,
            ctx,
            loop_block: None,
            back_edges: None,
        }
    }

    fn run(&mut self) -> Result<(), CompileError> {
        for i in 0..self.t.insts.len() {
            self.lower_inst(i)?;
        }
        if !self.t.ends_in_exit() {
            let lp = self.t.loop_index().expect("validated: a trace without loop ends in exit");
            let block = self.loop_block.expect("loop block made at the marker");
            let mut args = self.phi_args(lp, |op| match op {
                Op::Phi { next, .. } => *next,
                _ => unreachable!(),
            });
            if let Some(n) = self.back_edges {
                args.push(BlockArg::Value(self.b.ins().iadd_imm_s(n, 1)));
            }
            self.b.ins().jump(block, &args);
            self.b.seal_block(block);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- values

    fn materialize_const(&mut self, c: Const) -> LVal {
        let ins = self.b.ins();
        match c.ty {
            Ty::Int | Ty::Ptr => LVal::One(ins.iconst(I64, c.bits as i64)),
            Ty::Bool => LVal::One(ins.iconst(types::I8, (c.bits != 0) as i64)),
            Ty::Float => LVal::One(ins.f64const(f64::from_bits(c.bits))),
            Ty::Val => {
                let tag = ins.iconst(I64, c.tag as i64);
                LVal::Pair(tag, self.b.ins().iconst(I64, c.bits as i64))
            }
            Ty::None | Ty::Void => LVal::Unit,
        }
    }

    /// The lowered value of `r` on the main path.
    fn val(&mut self, r: Ref) -> LVal {
        if let Some(c) = self.t.as_const(r) {
            if let Some(v) = self.consts.get(&r.0) {
                return *v;
            }
            let v = self.materialize_const(c);
            self.consts.insert(r.0, v);
            return v;
        }
        self.vals[r.index()].unwrap_or_else(|| panic!("{r:?} used before its definition was lowered"))
    }

    /// The lowered value of `r` inside an exit block (constants made fresh there).
    fn val_in_exit(&mut self, r: Ref) -> LVal {
        match self.t.as_const(r) {
            Some(c) => self.materialize_const(c),
            None => self.val(r),
        }
    }

    fn one(&mut self, r: Ref) -> Value {
        match self.val(r) {
            LVal::One(v) => v,
            other => panic!("{r:?} is not a single value: {other:?}"),
        }
    }

    fn pair(&mut self, r: Ref) -> (Value, Value) {
        match self.val(r) {
            LVal::Pair(t, p) => (t, p),
            other => panic!("{r:?} is not a Val: {other:?}"),
        }
    }

    /// A word for `r` as a helper argument or pointer comparison: the payload of a Val.
    fn word(&mut self, r: Ref) -> Value {
        match self.val(r) {
            LVal::One(v) => v,
            LVal::Pair(_, p) => p,
            LVal::Unit => self.b.ins().iconst(I64, 0),
        }
    }

    fn slot_offset(&self, slot: u16, field: i32) -> i32 {
        self.layout.value_size * slot as i32 + field
    }

    /// Offsets of slot `slot`'s tag and payload words from `base`.
    fn slot_words(&self, slot: u16) -> (i32, i32) {
        (self.slot_offset(slot, self.layout.tag_offset), self.slot_offset(slot, self.layout.payload_offset))
    }

    /// The address of element `index` of an array at `base` (16-byte elements for
    /// `Val`s, else 8).
    fn element_address(&mut self, base: Ref, index: Ref, vals: bool) -> Value {
        let (p, i) = (self.one(base), self.one(index));
        let scaled = self.b.ins().ishl_imm_u(i, if vals { 4 } else { 3 });
        self.b.ins().iadd(p, scaled)
    }

    // ---------------------------------------------------------------- exits

    /// Branches to a new cold exit block for `snap` when `fail` (an i8/bool) is non-zero,
    /// and continues on a fresh main-path block. With force mode, also exits when the
    /// countdown reaches 0.
    fn guard(&mut self, fail: Value, snap: SnapId, forcible: bool) {
        let fail = if forcible && self.opts.force_exits { self.force_check(fail) } else { fail };
        self.exit_branch(fail, true, snap);
    }

    /// Exits through `snap` unless `ok` (an i8/bool) is non-zero (no force mode).
    fn guard_unless(&mut self, ok: Value, snap: SnapId) {
        self.exit_branch(ok, false, snap);
    }

    /// Branches to a new cold block exiting through `snap` when `cond` is `exit_if`, and
    /// continues on a fresh main-path block.
    fn exit_branch(&mut self, cond: Value, exit_if: bool, snap: SnapId) {
        let exit = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(exit);
        let (then, other) = if exit_if { (exit, cont) } else { (cont, exit) };
        self.b.ins().brif(cond, then, &[], other, &[]);
        self.b.seal_block(exit);
        self.b.seal_block(cont);
        self.b.switch_to_block(exit);
        self.emit_exit(snap);
        self.b.switch_to_block(cont);
    }

    /// `fail | (countdown == 1)`, storing the decremented countdown (0 stays 0).
    fn force_check(&mut self, fail: Value) -> Value {
        let ctx = self.ctx;
        let c = self.b.ins().load(I64, flags(), ctx, JitCtx::OFFSET_FORCE);
        let is_zero = self.b.ins().icmp_imm_u(IntCC::Equal, c, 0);
        let dec = self.b.ins().iadd_imm_s(c, -1);
        let zero = self.b.ins().iconst(I64, 0);
        let next = self.b.ins().select(is_zero, zero, dec);
        self.b.ins().store(flags(), next, ctx, JitCtx::OFFSET_FORCE);
        let forced = self.b.ins().icmp_imm_u(IntCC::Equal, c, 1);
        self.b.ins().bor(fail, forced)
    }

    /// Writes snapshot `snap`'s entries and returns its id (in the current block).
    fn emit_exit(&mut self, snap: SnapId) {
        let t: &'a Trace = self.t;
        let s = &t.snaps[snap.0 as usize];
        let (base, ctx) = (self.base, self.ctx);
        for e in &s.entries {
            self.write_value(base, self.slot_offset(e.slot, 0), e);
        }
        if !s.frames.is_empty() {
            let buf = self.b.ins().load(I64, flags(), ctx, JitCtx::OFFSET_EXIT_BUF);
            let offsets = &self.exits[snap.0 as usize].frame_buf_offsets;
            for (f, off) in s.frames.iter().zip(offsets) {
                for e in &f.entries {
                    let at = self.layout.value_size * (*off as i32 + e.slot as i32);
                    self.write_value(buf, at, e);
                }
            }
        }
        if let Some(n) = self.back_edges {
            // Passes into the loop body: the first, and one per back edge.
            let passes = self.b.ins().iadd_imm_s(n, 1);
            self.b.ins().store(flags(), passes, ctx, JitCtx::OFFSET_ITERATIONS);
        }
        if self.opts.count_exits {
            let counters = self.b.ins().load(I64, flags(), ctx, JitCtx::OFFSET_COUNTERS);
            let off = 8 * snap.0 as i32;
            let n = self.b.ins().load(I64, flags(), counters, off);
            let n = self.b.ins().iadd_imm_s(n, 1);
            self.b.ins().store(flags(), n, counters, off);
        }
        let id = self.b.ins().iconst(types::I32, snap.0 as i64);
        self.b.ins().return_(&[id]);
    }

    /// Stores one boxed Value at `mem + at` (tag, payload), increfing borrowed heap values.
    fn write_value(&mut self, mem: Value, at: i32, e: &SnapEntry) {
        let (tag_off, pay_off) = (at + self.layout.tag_offset, at + self.layout.payload_offset);
        let v = self.val_in_exit(e.val);
        if let Some(tag) = self.layout.immediate_tag(e.ty) {
            let tag = self.b.ins().iconst(I64, tag as i64);
            self.b.ins().store(flags(), tag, mem, tag_off);
            let payload = match (e.ty, v) {
                (Ty::Bool, LVal::One(b)) => self.b.ins().uextend(I64, b),
                (_, LVal::One(x)) => x,
                _ => self.b.ins().iconst(I64, 0),
            };
            self.b.ins().store(flags(), payload, mem, pay_off);
        } else {
            let LVal::Pair(tag, payload) = v else { panic!("snapshot entry of type {:?} is not a Val", e.ty) };
            if e.own == Own::Borrowed {
                self.incref_val(tag, payload);
            }
            self.b.ins().store(flags(), tag, mem, tag_off);
            self.b.ins().store(flags(), payload, mem, pay_off);
        }
    }

    // ---------------------------------------------------------------- reference counts

    fn is_heap(&mut self, tag: Value) -> Value {
        self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, tag, self.layout.first_heap_tag as i64)
    }

    /// Runs `body` in a block entered only when `cond`, then continues after it.
    fn when(&mut self, cond: Value, body: impl FnOnce(&mut Self)) {
        let then = self.b.create_block();
        let after = self.b.create_block();
        self.b.ins().brif(cond, then, &[], after, &[]);
        self.b.seal_block(then);
        self.b.switch_to_block(then);
        body(self);
        self.b.ins().jump(after, &[]);
        self.b.seal_block(after);
        self.b.switch_to_block(after);
    }

    fn incref_ptr(&mut self, p: Value) {
        let off = self.layout.refcount_offset;
        let n = self.b.ins().load(I64, flags(), p, off);
        let n = self.b.ins().iadd_imm_s(n, 1);
        self.b.ins().store(flags(), n, p, off);
    }

    fn incref_val(&mut self, tag: Value, payload: Value) {
        let heap = self.is_heap(tag);
        self.when(heap, |lw| lw.incref_ptr(payload));
    }

    fn decref_val(&mut self, tag: Value, payload: Value) {
        let heap = self.is_heap(tag);
        self.when(heap, |lw| {
            let off = lw.layout.refcount_offset;
            let n = lw.b.ins().load(I64, flags(), payload, off);
            let last = lw.b.ins().icmp_imm_u(IntCC::Equal, n, 1);
            let drop_blk = lw.b.create_block();
            let dec_blk = lw.b.create_block();
            let done = lw.b.create_block();
            lw.b.set_cold_block(drop_blk);
            lw.b.ins().brif(last, drop_blk, &[], dec_blk, &[]);
            lw.b.seal_block(drop_blk);
            lw.b.seal_block(dec_blk);
            lw.b.switch_to_block(drop_blk);
            let mut sig = Signature::new(lw.b.func.signature.call_conv);
            sig.params.push(AbiParam::new(I64));
            sig.params.push(AbiParam::new(I64));
            let sigref = lw.b.import_signature(sig);
            let f = lw.b.ins().iconst(I64, lw.layout.drop_last as i64);
            lw.b.ins().call_indirect(sigref, f, &[tag, payload]);
            lw.b.ins().jump(done, &[]);
            lw.b.switch_to_block(dec_blk);
            let n1 = lw.b.ins().iadd_imm_s(n, -1);
            lw.b.ins().store(flags(), n1, payload, off);
            lw.b.ins().jump(done, &[]);
            lw.b.seal_block(done);
            lw.b.switch_to_block(done);
        });
    }

    // ---------------------------------------------------------------- instructions

    fn phi_args(&mut self, lp: usize, pick: impl Fn(&Op) -> Ref) -> Vec<BlockArg> {
        let mut args = Vec::new();
        let t: &'a Trace = self.t;
        let mut i = lp + 1;
        while let Some(Inst { op: op @ Op::Phi { .. }, .. }) = t.insts.get(i) {
            match self.val(pick(op)) {
                LVal::One(v) => args.push(BlockArg::Value(v)),
                LVal::Pair(a, b) => {
                    args.push(BlockArg::Value(a));
                    args.push(BlockArg::Value(b));
                }
                LVal::Unit => {}
            }
            i += 1;
        }
        args
    }

    fn cl_type(ty: Ty) -> Option<cranelift_codegen::ir::Type> {
        match ty {
            Ty::Int | Ty::Ptr => Some(I64),
            Ty::Float => Some(types::F64),
            Ty::Bool => Some(types::I8),
            _ => None,
        }
    }

    fn lower_loop(&mut self, at: usize) {
        let block = self.b.create_block();
        let mut args = self.phi_args(at, |op| match op {
            Op::Phi { init, .. } => *init,
            _ => unreachable!(),
        });
        if self.opts.count_iterations {
            args.push(BlockArg::Value(self.b.ins().iconst(I64, 0)));
        }
        self.b.ins().jump(block, &args);
        self.b.switch_to_block(block);
        // Constants from before the loop would stay live (in registers) across it.
        self.consts.clear();
        let t: &'a Trace = self.t;
        let mut i = at + 1;
        while let Some(inst @ Inst { op: Op::Phi { .. }, .. }) = t.insts.get(i) {
            let v = match inst.ty {
                Ty::Val => {
                    let tag = self.b.append_block_param(block, I64);
                    LVal::Pair(tag, self.b.append_block_param(block, I64))
                }
                ty => match Self::cl_type(ty) {
                    Some(t) => LVal::One(self.b.append_block_param(block, t)),
                    None => LVal::Unit,
                },
            };
            self.vals[i] = Some(v);
            i += 1;
        }
        if self.opts.count_iterations {
            // After the phis' parameters, as the jumps pass it.
            self.back_edges = Some(self.b.append_block_param(block, I64));
        }
        self.loop_block = Some(block);
    }

    fn lower_inst(&mut self, i: usize) -> Result<(), CompileError> {
        let t: &'a Trace = self.t;
        let inst = &t.insts[i];
        let snap = inst.snap.unwrap_or(SnapId::ENTRY);
        let ty = inst.ty;
        let base = self.base;
        let result = match &inst.op {
            Op::Loop => {
                self.lower_loop(i);
                return Ok(());
            }
            Op::Phi { .. } => return Ok(()),
            Op::Exit => {
                self.emit_exit(snap);
                // Anything after would be unreachable; validate puts Exit last.
                return Ok(());
            }
            Op::SLoad { slot } => {
                let (tag_at, pay_at) = self.slot_words(*slot);
                let tag = self.b.ins().load(I64, flags(), base, tag_at);
                LVal::Pair(tag, self.b.ins().load(I64, flags(), base, pay_at))
            }
            Op::LoadInt { slot } => {
                let (_, pay_at) = self.slot_words(*slot);
                LVal::One(self.b.ins().load(I64, flags(), base, pay_at))
            }
            Op::LoadFloat { slot } => {
                let (_, pay_at) = self.slot_words(*slot);
                LVal::One(self.b.ins().load(types::F64, flags(), base, pay_at))
            }
            Op::SStore { slot, val } => {
                let e = SnapEntry { slot: *slot, val: *val, ty: self.t.ty(*val), own: Own::Owned };
                // Eager stores hand over ownership as is: the builder increfs borrowed values.
                self.write_value_main(&e);
                LVal::Unit
            }
            Op::GuardTag { val, tag } => {
                let (t, p) = self.pair(*val);
                let fail = self.b.ins().icmp_imm_u(IntCC::NotEqual, t, self.layout.tag_number(*tag) as i64);
                // The type of what a helper with effects returned (an item it
                // took from an iterator): a forced exit would lose it.
                let after_effects = matches!(self.t.inst(*val).map(|i| &i.op), Some(Op::CallHelper { sig, .. }) if !sig.pure);
                self.guard(fail, snap, !after_effects);
                match tag {
                    Tag::Int | Tag::Heap(_) => LVal::One(p),
                    Tag::Float => LVal::One(self.b.ins().bitcast(types::F64, MemFlagsData::new(), p)),
                    Tag::Bool => LVal::One(self.b.ins().icmp_imm_u(IntCC::NotEqual, p, 0)),
                    Tag::None => LVal::Unit,
                }
            }
            Op::GuardTrue(a) | Op::GuardFalse(a) => {
                let v = self.one(*a);
                if matches!(inst.op, Op::GuardFalse(_)) {
                    self.guard(v, snap, true);
                } else if self.opts.force_exits {
                    let fail = self.b.ins().icmp_imm_u(IntCC::Equal, v, 0);
                    self.guard(fail, snap, true);
                } else {
                    // Branch on the comparison itself: no inverted copy on the hot path.
                    self.guard_unless(v, snap);
                }
                LVal::Unit
            }
            Op::GuardEqPtr { val, expect } => {
                let v = self.word(*val);
                let e = self.one(*expect);
                let fail = self.b.ins().icmp(IntCC::NotEqual, v, e);
                self.guard(fail, snap, true);
                LVal::Unit
            }
            Op::GuardWordEq { base: p, offset, width, expect } => {
                let p = self.one(*p);
                let (w, t) = match width {
                    Width::W8 => (*expect as u8 as i64, types::I8),
                    Width::W32 => (*expect as u32 as i64, types::I32),
                    Width::W64 => (*expect as i64, I64),
                };
                let word = self.b.ins().load(t, flags(), p, *offset);
                let fail = self.b.ins().icmp_imm_u(IntCC::NotEqual, word, w);
                self.guard(fail, snap, true);
                LVal::Unit
            }
            Op::CheckAttention { base: p, width } => {
                let p = self.one(*p);
                let t = match width {
                    Width::W8 => types::I8,
                    Width::W32 => types::I32,
                    Width::W64 => I64,
                };
                // One load per check: nothing merges loads at opt_level=none, and the
                // passes never merge or hoist this instruction.
                let word = self.b.ins().load(t, flags(), p, 0);
                self.guard(word, snap, true);
                LVal::Unit
            }
            Op::AddOv(a, b) | Op::SubOv(a, b) | Op::MulOv(a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                let (r, of) = match inst.op {
                    Op::AddOv(..) => self.b.ins().sadd_overflow(x, y),
                    Op::SubOv(..) => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.guard(of, snap, true);
                LVal::One(r)
            }
            Op::NegOv(a) => {
                let x = self.one(*a);
                let zero = self.b.ins().iconst(I64, 0);
                let (r, of) = self.b.ins().ssub_overflow(zero, x);
                self.guard(of, snap, true);
                LVal::One(r)
            }
            Op::FloorDiv(a, b) | Op::Mod(a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                let fail = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, y, 0);
                self.guard(fail, snap, true);
                // y > 0: neither sdiv trap (y = 0, MIN / -1) can happen.
                let q = self.b.ins().sdiv(x, y);
                let r = self.b.ins().srem(x, y);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
                LVal::One(if matches!(inst.op, Op::FloorDiv(..)) {
                    let q1 = self.b.ins().iadd_imm_s(q, -1);
                    self.b.ins().select(neg, q1, q)
                } else {
                    let r1 = self.b.ins().iadd(r, y);
                    self.b.ins().select(neg, r1, r)
                })
            }
            Op::And(a, b) | Op::Or(a, b) | Op::Xor(a, b) | Op::Add(a, b) | Op::Sub(a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                LVal::One(match inst.op {
                    Op::Add(..) => self.b.ins().iadd(x, y),
                    Op::Sub(..) => self.b.ins().isub(x, y),
                    Op::And(..) => self.b.ins().band(x, y),
                    Op::Or(..) => self.b.ins().bor(x, y),
                    _ => self.b.ins().bxor(x, y),
                })
            }
            Op::Shl(a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                // The interpreter's int_op rule: 0 <= y < 63, x >= 0, x >> (62 - y) == 0.
                let y_ok = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, y, 63);
                let x_ok = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, x, 0);
                let c62 = self.b.ins().iconst(I64, 62);
                let amount = self.b.ins().isub(c62, y);
                let high = self.b.ins().sshr(x, amount);
                let h_ok = self.b.ins().icmp_imm_u(IntCC::Equal, high, 0);
                let ok = self.b.ins().band(y_ok, x_ok);
                let ok = self.b.ins().band(ok, h_ok);
                let fail = self.b.ins().icmp_imm_u(IntCC::Equal, ok, 0);
                self.guard(fail, snap, true);
                LVal::One(self.b.ins().ishl(x, y))
            }
            Op::Shr(a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                let fail = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, y, 64);
                self.guard(fail, snap, true);
                LVal::One(self.b.ins().sshr(x, y))
            }
            Op::ICmp(cc, a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                let cc = match cc {
                    Cc::Eq => IntCC::Equal,
                    Cc::Ne => IntCC::NotEqual,
                    Cc::Lt => IntCC::SignedLessThan,
                    Cc::Le => IntCC::SignedLessThanOrEqual,
                    Cc::Gt => IntCC::SignedGreaterThan,
                    Cc::Ge => IntCC::SignedGreaterThanOrEqual,
                };
                LVal::One(self.b.ins().icmp(cc, x, y))
            }
            Op::Box(a) => {
                let ty = self.t.ty(*a);
                let tag = self.layout.immediate_tag(ty).expect("the IR checks Box takes an immediate");
                let tag = self.b.ins().iconst(I64, tag as i64);
                let payload = match (ty, self.val(*a)) {
                    (Ty::Bool, LVal::One(b)) => self.b.ins().uextend(I64, b),
                    (Ty::Float, LVal::One(x)) => self.b.ins().bitcast(I64, MemFlagsData::new(), x),
                    (_, LVal::One(x)) => x,
                    _ => self.b.ins().iconst(I64, 0),
                };
                LVal::Pair(tag, payload)
            }
            Op::IntToFloat(a) => {
                let x = self.one(*a);
                // |x| < 2^53  <=>  (x + 2^53 - 1) as u64 <= 2^54 - 2.
                let shifted = self.b.ins().iadd_imm_s(x, (1i64 << 53) - 1);
                let fail =
                    self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, shifted, (1i64 << 54) - 2);
                self.guard(fail, snap, true);
                LVal::One(self.b.ins().fcvt_from_sint(types::F64, x))
            }
            Op::FAdd(a, b) | Op::FSub(a, b) | Op::FMul(a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                LVal::One(match inst.op {
                    Op::FAdd(..) => self.b.ins().fadd(x, y),
                    Op::FSub(..) => self.b.ins().fsub(x, y),
                    _ => self.b.ins().fmul(x, y),
                })
            }
            Op::FDiv(a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                let zero = self.b.ins().f64const(0.0);
                let fail = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                self.guard(fail, snap, true);
                LVal::One(self.b.ins().fdiv(x, y))
            }
            Op::FNeg(a) => {
                let x = self.one(*a);
                LVal::One(self.b.ins().fneg(x))
            }
            Op::Sqrt(a) => {
                let x = self.one(*a);
                let zero = self.b.ins().f64const(0.0);
                let fail = self.b.ins().fcmp(FloatCC::LessThan, x, zero);
                self.guard(fail, snap, true);
                LVal::One(self.b.ins().sqrt(x))
            }
            Op::FCmp(cc, a, b) => {
                let (x, y) = (self.one(*a), self.one(*b));
                let cc = match cc {
                    Cc::Eq => FloatCC::Equal,
                    Cc::Ne => FloatCC::NotEqual, // unordered or not equal
                    Cc::Lt => FloatCC::LessThan,
                    Cc::Le => FloatCC::LessThanOrEqual,
                    Cc::Gt => FloatCC::GreaterThan,
                    Cc::Ge => FloatCC::GreaterThanOrEqual,
                };
                LVal::One(self.b.ins().fcmp(cc, x, y))
            }
            Op::Load { base: p, offset } => {
                let p = self.one(*p);
                match ty {
                    Ty::Val => {
                        let t = self.b.ins().load(I64, flags(), p, *offset);
                        LVal::Pair(t, self.b.ins().load(I64, flags(), p, *offset + 8))
                    }
                    ty => {
                        let t = Self::cl_type(ty).expect("validated load type");
                        LVal::One(self.b.ins().load(t, flags(), p, *offset))
                    }
                }
            }
            Op::LoadAt { base: p, index, offset } => {
                let at = self.element_address(*p, *index, ty == Ty::Val);
                match ty {
                    Ty::Val => {
                        let t = self.b.ins().load(I64, flags(), at, *offset);
                        LVal::Pair(t, self.b.ins().load(I64, flags(), at, *offset + 8))
                    }
                    ty => {
                        let t = Self::cl_type(ty).expect("validated load type");
                        LVal::One(self.b.ins().load(t, flags(), at, *offset))
                    }
                }
            }
            Op::StoreAt { base: p, index, offset, val } => {
                let value = self.val(*val);
                let at = self.element_address(*p, *index, matches!(value, LVal::Pair(..)));
                match value {
                    LVal::Pair(t, v) => {
                        self.b.ins().store(flags(), t, at, *offset);
                        self.b.ins().store(flags(), v, at, *offset + 8);
                    }
                    LVal::One(v) => {
                        self.b.ins().store(flags(), v, at, *offset);
                    }
                    LVal::Unit => {}
                }
                LVal::Unit
            }
            Op::GuardIndex { index, len } => {
                // One unsigned comparison: a negative index is a huge one.
                let (i, n) = (self.one(*index), self.one(*len));
                let fail = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, n);
                self.guard(fail, snap, true);
                LVal::Unit
            }
            Op::Store { base: p, offset, val } => {
                let p = self.one(*p);
                match self.val(*val) {
                    LVal::Pair(t, v) => {
                        self.b.ins().store(flags(), t, p, *offset);
                        self.b.ins().store(flags(), v, p, *offset + 8);
                    }
                    LVal::One(v) => {
                        self.b.ins().store(flags(), v, p, *offset);
                    }
                    LVal::Unit => {}
                }
                LVal::Unit
            }
            Op::CallHelper { addr, sig, args } => self.lower_call(*addr, sig, args, snap),
            Op::Incref(a) => {
                match self.val(*a) {
                    LVal::Pair(t, p) => self.incref_val(t, p),
                    LVal::One(p) => self.incref_ptr(p),
                    LVal::Unit => {}
                }
                LVal::Unit
            }
            Op::Decref(a) => {
                let (t, p) = self.pair(*a);
                self.decref_val(t, p);
                LVal::Unit
            }
        };
        self.vals[i] = Some(result);
        Ok(())
    }

    /// An eager slot write on the main path (no exit block: constants may be cached).
    fn write_value_main(&mut self, e: &SnapEntry) {
        let at = self.slot_offset(e.slot, 0);
        let (tag_off, pay_off) = (at + self.layout.tag_offset, at + self.layout.payload_offset);
        let base = self.base;
        let v = self.val(e.val);
        let (tag, payload) = match (self.layout.immediate_tag(e.ty), v) {
            (Some(tag), v) => {
                let tag = self.b.ins().iconst(I64, tag as i64);
                let payload = match (e.ty, v) {
                    (Ty::Bool, LVal::One(b)) => self.b.ins().uextend(I64, b),
                    (_, LVal::One(x)) => x,
                    _ => self.b.ins().iconst(I64, 0),
                };
                (tag, payload)
            }
            (None, LVal::Pair(t, p)) => (t, p),
            (None, other) => panic!("sstore of {other:?}"),
        };
        self.b.ins().store(flags(), tag, base, tag_off);
        self.b.ins().store(flags(), payload, base, pay_off);
    }

    fn lower_call(&mut self, addr: u64, sig: &HelperSig, args: &[Ref], snap: SnapId) -> LVal {
        let mut csig = Signature::new(self.b.func.signature.call_conv);
        csig.params.push(AbiParam::new(I64));
        let mut argv = vec![self.ctx];
        for (a, p) in args.iter().zip(&sig.params) {
            match (p, self.val(*a)) {
                (Ty::Val, LVal::Pair(t, v)) => {
                    csig.params.push(AbiParam::new(I64));
                    csig.params.push(AbiParam::new(I64));
                    argv.push(t);
                    argv.push(v);
                }
                (Ty::Float, LVal::One(v)) => {
                    csig.params.push(AbiParam::new(types::F64));
                    argv.push(v);
                }
                (Ty::Bool, LVal::One(v)) => {
                    csig.params.push(AbiParam::new(I64));
                    argv.push(self.b.ins().uextend(I64, v));
                }
                (_, v) => {
                    csig.params.push(AbiParam::new(I64));
                    argv.push(match v {
                        LVal::One(v) => v,
                        _ => self.b.ins().iconst(I64, 0),
                    });
                }
            }
        }
        match sig.ret {
            Ty::Val => {
                csig.returns.push(AbiParam::new(I64));
                csig.returns.push(AbiParam::new(I64));
            }
            Ty::Float => csig.returns.push(AbiParam::new(types::F64)),
            Ty::Void => {}
            _ => csig.returns.push(AbiParam::new(I64)),
        }
        let sigref = self.b.import_signature(csig);
        let f = self.b.ins().iconst(I64, addr as i64);
        let call = self.b.ins().call_indirect(sigref, f, &argv);
        let results = self.b.inst_results(call).to_vec();
        match sig.ret {
            Ty::Val => {
                let fail = self.b.ins().icmp_imm_u(IntCC::Equal, results[0], 0);
                // The helper already ran: a forced exit here would lose its result.
                self.guard(fail, snap, false);
                LVal::Pair(results[0], results[1])
            }
            Ty::Bool => LVal::One(self.b.ins().icmp_imm_u(IntCC::NotEqual, results[0], 0)),
            Ty::Void => LVal::Unit,
            _ => LVal::One(results[0]),
        }
    }
}
