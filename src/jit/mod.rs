//! The `jit` tier's interpreter side: loop counters, trace recording, entering
//! compiled traces and leaving them through side exits.
//!
//! The hot loop (`Vm::execute::<_, _, true>`) counts a loop's iterations in
//! the inline cache of its back edge (a `JUMP_BACKWARD`, or a conditional jump
//! whose target is behind it): `Cache::counter` counts down to recording,
//! `Cache::ptr` holds the installed trace (0: none), `Cache::version` says
//! whether the counter was armed ([`EdgeState`]). When the counter triggers
//! or a trace is installed, the hot loop writes its state back into the frame
//! (now at the loop header) and calls [`Vm::jit_loop`].
//!
//! Files: `mod.rs` (this: state, options, the back-edge protocol),
//! `record.rs` (bytecode → trace IR), `helpers.rs` (the `extern "C"`
//! functions native code calls), `layout.rs` (the layout description the
//! `quicken-jit` crate compiles against), `exit.rs` (side exits: frames
//! rebuilt from snapshots), `stats.rs` (the `--stats` JIT section).

mod helpers;
pub mod layout;
mod record;
pub mod stats;

use crate::bytecode::{Cache, Code, Counter, Unit};
use crate::runtime::objects::Function;
use crate::runtime::value::Value;
use crate::vm::frame::{Completion, Frame};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Iterations of a loop before it is recorded (`--jit-threshold=N`): above
/// the adaptive tier's warm-up and cooldown (53), so the loop body is
/// specialized when the recorder sees it.
pub const DEFAULT_THRESHOLD: u16 = 1000;

/// Recording attempts of one loop before it is left to the interpreter for good.
const MAX_ABORTS: u32 = 4;

/// Times an exit is taken before a bridge is recorded from it, and again
/// at each doubling of its count after a recording aborts (lower when the
/// loop threshold is: `--jit-threshold=2` makes bridges at once too).
const BRIDGE_THRESHOLD: u64 = 64;

/// Recording attempts of one exit's bridge.
const MAX_BRIDGE_ATTEMPTS: u32 = 3;

/// What the `version` field of a back edge's cache means in the `jit` tier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
enum EdgeState {
    /// Never reached: the counter still has the adaptive tier's warm-up value.
    Fresh = 0,
    /// The counter counts down to a recording; `aux` counts aborts so far.
    Armed = 1,
    /// Recording failed too often: the counter is never looked at again
    /// (it is set to its maximum after each trigger).
    Blacklisted = 2,
}

/// Entries of a trace over which its failed entries are counted.
const ENTRY_WINDOW: u32 = 64;

/// Failed entries in a window (entries that ran no iteration natively: a
/// live-in, a global or a branch of another kind than recorded, as when the
/// loop was recorded on its rare path) at which the trace is dropped and
/// its loop recorded again.
const MAX_FAILED_IN_WINDOW: u32 = 32;

/// Passes into the loop body per window (each a completed iteration when
/// the exit is in the body) below which a trace is dropped and its loop left
/// to the interpreter for good: fewer than 1.5 per entry gain less than
/// entering and leaving native code costs (comprehensions over one or two
/// items, a loop that leaves at its first branch most of the time).
const MIN_PASSES_IN_WINDOW: u64 = 3 * ENTRY_WINDOW as u64 / 2;

/// What becomes of a trace after an entry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Verdict {
    Keep,
    /// Its entries keep failing: record the loop again.
    Rerecord,
    /// Its entries run too few iterations: leave the loop to the interpreter.
    TooShort,
}

/// The `jit` tier's state, owned by the VM.
pub struct JitState {
    /// Loop iterations before recording.
    pub threshold: u16,
    /// Counters for `--stats`.
    pub stats: JitStats,
    /// `QUICKEN_JIT_DUMP`: print each trace's IR (recorded and optimized) to stderr.
    pub dump: bool,
    /// `QUICKEN_JIT_FORCE_EXITS=N` (a testing mode): entry `e` of a trace
    /// leaves at its `1 + e % N`th guard, so that every exit path runs
    /// (0: off).
    pub force_exits: u64,
    /// Installed traces; a back edge's `Cache::ptr` points at one of them.
    traces: Vec<Box<Installed>>,
    /// The installed traces by their code's address and header pc: where
    /// a bridge that ends at another loop's header goes on.
    loops: std::collections::HashMap<(usize, usize), *mut Installed>,
}

/// A compiled loop, installed in its back edge's cache: its loop trace and
/// the bridges grown from that trace's exits.
struct Installed {
    /// The loop's header and stack depth there.
    at: record::LoopAt,
    /// The code the loop is in (kept alive: `edge` points into it, and the
    /// trace is found by its address in `JitState::loops`).
    code: Rc<Code>,
    /// The back edge whose cache holds this trace.
    edge: *const Unit,
    /// The loop trace first ([`LOOP_PIECE`]), then the bridges.
    pieces: Vec<Piece>,
    /// The module globals it was recorded with: a code object run with
    /// other globals (`exec(code, g)`) does not enter it.
    globals: *const crate::runtime::objects::PyDict,
    /// Entries in the current window that ran no iteration natively.
    entry_failures: u32,
    /// Entries in the current window ([`ENTRY_WINDOW`]).
    window_entries: u32,
    /// Passes into the loop body in the current window.
    window_passes: u64,
    /// Times entered.
    entries: u64,
}

/// The index of the loop trace among an [`Installed`]'s pieces.
const LOOP_PIECE: usize = 0;

/// One compiled trace of a loop: the loop trace, or a bridge.
///
/// A bridge (a side trace, LuaJIT's term) continues from an exit of
/// another piece that was taken [`BRIDGE_THRESHOLD`] times: recorded from
/// where that exit resumes, along the path the iteration took then, up to
/// the loop's header, where the loop trace is entered again. A branch the
/// loop trace did not record (the `else` of a data-dependent `if`) then
/// runs as native code instead of in the interpreter.
struct Piece {
    compiled: quicken_jit::CompiledTrace,
    /// Objects the code embeds by address (see [`record::Recorded::roots`]).
    _roots: Vec<crate::runtime::value::Value>,
    _caches: Vec<Box<Cache>>,
    /// Bytecode instructions in one pass (a loop iteration; a bridge's path).
    instructions: u64,
    /// The loop trace's exits ids below this one leave from the peeled
    /// first iteration (the loop's invariant guards included).
    first_loop_exit: u32,
    /// For each exit (by id), the piece its bridge is (0: none yet).
    bridges: Vec<u32>,
    /// For each exit (by id), bridge recordings that aborted.
    bridge_aborts: Vec<u32>,
    /// Where each exit (by id) resumes, for `--stats`.
    sites: Vec<ExitSite>,
    /// Times each exit (by id) was left through to the interpreter (not
    /// into a bridge, or from a bridge's end into the loop trace), entry
    /// failures included.
    exit_counts: Vec<u64>,
    /// For each exit (by id), the functions of the inlined calls it leaves
    /// from, outermost first (their frames are rebuilt from `exit_buf`).
    callees: Vec<Vec<Rc<Function>>>,
    /// Where exits inside inlined calls write the callees' slots (empty
    /// when the trace inlines nothing).
    exit_buf: Box<[[u64; 2]]>,
}

/// Where an exit of a trace leaves to: shown in `--stats` with its count.
#[derive(Clone)]
pub struct ExitSite {
    /// The loop's code object's name (shared with it, not copied per exit).
    pub code: crate::runtime::objects::Name,
    /// The source line of `pc`.
    pub line: u32,
    /// The instruction the interpreter resumes at.
    pub pc: u32,
    /// Why it leaves.
    pub kind: quicken_jit::ExitKind,
}

/// What the JIT did, for `--stats`.
#[derive(Debug, Default, Clone)]
pub struct JitStats {
    /// Recordings started.
    pub traces_started: u64,
    /// Traces compiled and installed.
    pub traces_compiled: u64,
    /// Recordings abandoned, by reason.
    pub aborts: std::collections::BTreeMap<&'static str, u64>,
    /// Loops given up on after [`MAX_ABORTS`] aborts.
    pub blacklisted: u64,
    /// Trace entries.
    pub entries: u64,
    /// Exits taken, indexed by `ExitKind as usize`, entry failures apart.
    pub exits: [u64; quicken_jit::ExitKind::ALL.len()],
    /// Entries that failed at once (a live-in of another type).
    pub entry_failures: u64,
    /// Traces dropped after repeated entry failures.
    pub invalidated: u64,
    /// Bridges compiled (side traces from hot exits).
    pub bridges_compiled: u64,
    /// Loop iterations that finished in a bridge and went on in the loop trace.
    pub bridge_passes: u64,
    /// Time spent compiling, in nanoseconds.
    pub compile_ns: u64,
    /// Machine code bytes.
    pub code_bytes: u64,
    /// Bytecode instructions run as native code: the iterations compiled loops
    /// completed (counted by the native code under `--stats`) times their lengths.
    pub native_instructions: u64,
}

impl Default for JitState {
    fn default() -> JitState {
        let threshold = std::env::var("QUICKEN_JIT_THRESHOLD")
            .ok()
            .and_then(|s| s.parse::<u16>().ok())
            .filter(|n| (1..=Counter::MAX_VALUE).contains(n))
            .unwrap_or(DEFAULT_THRESHOLD);
        let force_exits = std::env::var("QUICKEN_JIT_FORCE_EXITS").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
        JitState {
            threshold,
            stats: JitStats::default(),
            dump: std::env::var_os("QUICKEN_JIT_DUMP").is_some(),
            force_exits,
            traces: Vec::new(),
            loops: std::collections::HashMap::new(),
        }
    }
}

impl JitState {
    /// The exits taken most often (at most `limit`), hottest first, with their counts.
    pub fn hot_exits(&self, limit: usize) -> Vec<(&ExitSite, u64)> {
        let mut hot: Vec<(&ExitSite, u64)> =
            // Exit 0 is the entry check that ran nothing (counted as entry failures).
            self.traces
                .iter()
                .flat_map(|t| &t.pieces)
                .flat_map(|p| p.sites.iter().zip(p.exit_counts.iter().copied()).skip(1))
                .filter(|(_, n)| *n > 0)
                .collect();
        hot.sort_by_key(|(site, n)| (std::cmp::Reverse(*n), site.pc));
        hot.truncate(limit);
        hot
    }

    /// The state with a given hot-loop threshold (`--jit-threshold`).
    pub fn with_threshold(threshold: u16) -> JitState {
        JitState { threshold, ..Default::default() }
    }
}

impl Vm {
    /// A loop's back edge was taken in the `jit` tier and `f` stands at the
    /// loop header, canonical: runs the loop's trace, or counts towards
    /// recording one, or records one.
    #[cold]
    #[inline(never)]
    pub(crate) fn jit_loop(&mut self, f: &mut Frame, code: &Code, edge: *const Unit) -> PyResult<()> {
        // Out of the VM while a trace records or runs: its helpers (builtins
        // called on numbers) get the VM, and no trace runs Python code, so
        // no loop is entered meanwhile.
        let mut state = self.jit.take().unwrap_or_default();
        let header = f.pc;
        let callees = self.jit_loop_with(&mut state, f, code, edge);
        self.jit = Some(state);
        if !callees.is_empty() {
            self.finish_inlined_calls(f, callees)?;
        }
        // A trace tests the eval breaker at the end of each iteration and
        // leaves at the header when it is up (a `__del__` or weak reference
        // callback queued by an item it overwrote, a collection due, a
        // signal): handle it here, where the interpreter's back edge would
        // have, so the next iteration sees what the finalizers did. (After
        // the state is back: finalizers may run loops of their own.)
        if f.pc == header && crate::vm::signals::breaker() {
            self.handle_break()?;
        }
        Ok(())
    }

    /// Runs, records or counts the loop (see [`Vm::jit_loop`]); returns
    /// the callee frames to finish when a trace left inside inlined calls.
    fn jit_loop_with(&mut self, state: &mut JitState, f: &mut Frame, code: &Code, edge: *const Unit) -> Vec<Frame> {
        // SAFETY: `edge` is a unit of `code`, which the running frame holds.
        let unit = unsafe { &*edge };
        let mut c = unit.cache.get();
        if c.ptr != 0 {
            return self.run_loops(state, f, code, c.ptr as *mut Installed);
        }
        match c.version {
            v if v == EdgeState::Fresh as u32 => {
                c.version = EdgeState::Armed as u32;
                c.counter = Counter::new(state.threshold.min(Counter::MAX_VALUE), 0);
            }
            v if v == EdgeState::Armed as u32 => {
                state.stats.traces_started += 1;
                let at = record::LoopAt { header: f.pc, depth: f.slots.len() - code.nfixed() };
                let recorded = record::record(self, f, at, record::Shape::Loop);
                match recorded.and_then(|r| compile(state, r, code)) {
                    Ok(piece) => {
                        let installed = Box::new(Installed {
                            at,
                            code: f.code.clone(),
                            edge,
                            pieces: vec![piece],
                            globals: std::rc::Rc::as_ptr(&f.globals),
                            entry_failures: 0,
                            window_entries: 0,
                            window_passes: 0,
                            entries: 0,
                        });
                        state.stats.traces_compiled += 1;
                        c.ptr = &*installed as *const Installed as usize;
                        state.loops.insert((code as *const Code as usize, at.header), c.ptr as *mut Installed);
                        state.traces.push(installed);
                        unit.cache.set(c);
                        // Run it at once: the frame is at the header.
                        return self.run_loops(state, f, code, c.ptr as *mut Installed);
                    }
                    Err(reason) if reason == record::LOOP_ENDING => {
                        *state.stats.aborts.entry(reason).or_default() += 1;
                        c.counter = Counter::new(state.threshold.min(Counter::MAX_VALUE), 0);
                    }
                    Err(reason) => abort(state, &mut c, reason),
                }
            }
            _ => c.counter = Counter::new(Counter::MAX_VALUE, 0),
        }
        unit.cache.set(c);
        Vec::new()
    }

    /// Runs the installed `trace` on `f`, which stands at its header, and
    /// then, while it leaves at the header of another compiled loop of the
    /// same code (a bridge went on from its loop's end round an enclosing
    /// loop: nested loops after one another), that loop's trace. Returns
    /// the callee frames to finish when a trace left inside inlined calls.
    fn run_loops(&mut self, state: &mut JitState, f: &mut Frame, code: &Code, mut trace: *mut Installed) -> Vec<Frame> {
        loop {
            // SAFETY: installed traces are kept (in `JitState::traces`) for
            // the VM's life.
            let t = unsafe { &mut *trace };
            let (verdict, callees) = run_trace(self, state, t, f, code);
            if verdict != Verdict::Keep {
                drop_trace(state, t, verdict);
            }
            if !callees.is_empty() || crate::vm::signals::breaker() {
                return callees;
            }
            match state.loops.get(&(code as *const Code as usize, f.pc)) {
                // SAFETY: as above.
                // (Not the loop just left: it left at its own header, its end.)
                Some(&next) if next != trace && unsafe { &*next }.at.depth == f.slots.len() - code.nfixed() => trace = next,
                _ => return callees,
            }
        }
    }

    /// After an exit inside inlined calls: runs the rebuilt callee frames
    /// (outermost first in `callees`) to their returns, innermost first,
    /// each call's value (by the frame's completion: the return value, the
    /// instance an `__init__` initialized, an operator's result) pushed on
    /// its caller's stack, the outermost's on `f`'s, which then resumes
    /// after the call. An exception passes up through the callers' handlers
    /// as it would have from the interpreter's own calls.
    #[cold]
    fn finish_inlined_calls(&mut self, f: &mut Frame, mut callees: Vec<Frame>) -> PyResult<()> {
        let innermost = callees.pop().expect("an exit inside inlined calls rebuilds at least one frame");
        let (mut completion, mut outcome) = self.run_rebuilt_frame(innermost);
        while let Some(mut caller) = callees.pop() {
            (completion, outcome) = match self.complete_rebuilt_call(completion, outcome, &mut caller) {
                Ok(v) => {
                    caller.slots.push(v);
                    self.run_rebuilt_frame(caller)
                }
                Err(err) if self.unwind(&mut caller, &err) => self.run_rebuilt_frame(caller),
                Err(err) => {
                    let completion = std::mem::replace(&mut caller.completion, Completion::Value);
                    self.recycle(caller);
                    (completion, Err(err))
                }
            };
        }
        let v = self.complete_rebuilt_call(completion, outcome, f)?;
        f.slots.push(v);
        Ok(())
    }

    /// Runs a rebuilt callee frame to its return: what its caller makes of
    /// the return value (the frame's completion, taken out), and the return
    /// value or the exception.
    fn run_rebuilt_frame(&mut self, mut frame: Frame) -> (Completion, PyResult<Value>) {
        let completion = std::mem::replace(&mut frame.completion, Completion::Value);
        (completion, self.run_call_frame(frame))
    }

    /// The value of a call whose rebuilt callee frame returned `outcome`,
    /// by its completion, as the interpreter's own inline calls complete.
    fn complete_rebuilt_call(&mut self, completion: Completion, outcome: PyResult<Value>, caller: &mut Frame) -> PyResult<Value> {
        match (completion, outcome) {
            (Completion::Value, outcome) | (_, outcome @ Err(_)) => outcome,
            (completion, Ok(v)) => self.complete_special(completion, v, caller),
        }
    }
}

/// Uninstalls a trace whose verdict is not to keep it: its loop is
/// recorded again later, or left to the interpreter.
fn drop_trace(state: &mut JitState, trace: &Installed, verdict: Verdict) {
    state.stats.invalidated += 1;
    state.loops.remove(&(Rc::as_ptr(&trace.code) as usize, trace.at.header));
    // SAFETY: `edge` is a unit of `code`, which the trace keeps alive.
    let unit = unsafe { &*trace.edge };
    let mut c = unit.cache.get();
    c.ptr = 0;
    if verdict == Verdict::TooShort {
        *state.stats.aborts.entry("too few iterations per entry").or_default() += 1;
        blacklist(state, &mut c);
    } else {
        // The loop's types or branches changed for good: record it again
        // later, and after `MAX_ABORTS` such rounds leave it to the
        // interpreter.
        abort(state, &mut c, "entry guards kept failing");
    }
    unit.cache.set(c);
}

/// Optimizes and compiles a recorded loop or bridge.
fn compile(state: &mut JitState, recorded: record::Recorded, code: &Code) -> Result<Piece, record::AbortReason> {
    let optimized = quicken_jit::opt::optimize(&recorded.trace);
    if state.dump {
        let what = if recorded.trace.ends_in_exit() { "bridge" } else { "trace" };
        eprintln!(
            "--- {what}: {} at pc {} ({} instructions)\n{}--- optimized\n{}",
            code.name.as_str(),
            recorded.trace.header_pc(),
            recorded.instructions,
            quicken_jit::print_trace(&recorded.trace),
            quicken_jit::print_trace(&optimized)
        );
    }
    // A bridge's "iterations" would count its one pass on every exit.
    let count_iterations = !optimized.ends_in_exit();
    let opts = quicken_jit::CompileOptions { count_iterations, force_exits: state.force_exits > 0, ..Default::default() };
    let compiled = quicken_jit::compile(&optimized, &layout::layouts().value, &opts).map_err(|_| "compile error")?;
    state.stats.compile_ns += compiled.compile_time.as_nanos() as u64;
    state.stats.code_bytes += compiled.code_bytes as u64;
    // Snapshots are numbered in order, and the optimizer gives the body's
    // their own ids, after the preamble's (exit 0, the entry's, aside).
    let first_loop_exit = optimized
        .loop_index()
        .and_then(|at| optimized.insts[at..].iter().filter_map(|i| i.snap).map(|s| s.0).filter(|&s| s != 0).min())
        .unwrap_or(u32::MAX);
    let callees = compiled
        .exits
        .iter()
        .map(|e| e.frames.iter().map(|fs| inlined_function(&optimized, fs.func, &recorded.roots)).collect::<Option<Vec<_>>>())
        .collect::<Option<Vec<_>>>()
        .ok_or("inlined function not among the trace's roots")?;
    let sites = compiled
        .exits
        .iter()
        .zip(&callees)
        .map(|(e, funcs)| match (e.frames.last(), funcs.last()) {
            // Inside inlined calls: where the innermost callee resumes.
            (Some(inner), Some(func)) => {
                let c = &func.code;
                ExitSite { code: c.name.clone(), line: c.line_at(inner.pc as usize), pc: inner.pc, kind: e.kind }
            }
            _ => ExitSite { code: code.name.clone(), line: code.line_at(e.pc as usize), pc: e.pc, kind: e.kind },
        })
        .collect();
    let buf_len = compiled.exits.iter().map(|e| e.frames.iter().map(frame_len).sum::<usize>()).max().unwrap_or(0);
    let exits = compiled.exits.len();
    Ok(Piece {
        callees,
        exit_buf: vec![[0u64; 2]; buf_len].into_boxed_slice(),
        exit_counts: vec![0; exits],
        bridges: vec![0; exits],
        bridge_aborts: vec![0; exits],
        sites,
        compiled,
        _roots: recorded.roots,
        _caches: recorded.caches,
        instructions: recorded.instructions as u64,
        first_loop_exit,
    })
}

/// The function an inline frame of an exit belongs to: `func` is a
/// constant of `trace` holding its address, which the roots keep alive.
fn inlined_function(trace: &quicken_jit::Trace, func: quicken_jit::Ref, roots: &[Value]) -> Option<Rc<Function>> {
    let addr = trace.consts.get(func.is_const().then(|| func.const_index())?)?.bits as usize;
    roots.iter().find_map(|r| match r {
        Value::Function(f) if Rc::as_ptr(f) as usize == addr => Some(f.clone()),
        _ => None,
    })
}

/// The slots an exit writes for one inline frame (its fixed slots and stack).
fn frame_len(frame: &quicken_jit::FrameSnap) -> usize {
    frame.entries.iter().map(|e| e.slot as usize + 1).max().unwrap_or(0)
}

/// Runs `trace` on `f`, which stands at its loop header, and resumes the
/// interpreter where the trace exited: in `f`, and in the callee frames
/// returned (outermost first) when it left inside inlined calls. An exit
/// with a bridge goes on in the bridge, and a bridge that reaches the
/// header enters the loop trace again, so the interpreter resumes only at
/// an exit without one. The verdict says whether to keep the trace.
fn run_trace(vm: &mut Vm, state: &mut JitState, trace: &mut Installed, f: &mut Frame, code: &Code) -> (Verdict, Vec<Frame>) {
    if !std::ptr::eq(std::rc::Rc::as_ptr(&f.globals), trace.globals) {
        // Another module's run of this code: as an entry guard failing.
        return (failed_entry(state, trace), Vec::new());
    }
    state.stats.entries += 1;
    trace.entries += 1;
    let force_countdown = if state.force_exits > 0 { 1 + trace.entries % state.force_exits } else { 0 };
    let base = f.slots.as_mut_ptr() as *mut u8;
    debug_assert!(f.slots.capacity() >= code.frame_size as usize);
    // Passes through the loop body in this entry, over all pieces.
    let mut passes = 0;
    let mut at = LOOP_PIECE;
    loop {
        let piece = &mut trace.pieces[at];
        let mut ctx = quicken_jit::JitCtx::new(vm as *mut Vm as *mut std::ffi::c_void);
        ctx.exit_buf = piece.exit_buf.as_mut_ptr();
        // Forced exits (a testing mode) in the first piece entered only.
        ctx.force_countdown = if passes == 0 && at == LOOP_PIECE { force_countdown } else { 0 };
        // SAFETY: the piece was compiled for this loop of `code`, whose
        // frame `f` is, standing where the piece starts (the header, or the
        // exit it bridges) with the stack depth it was recorded with; it
        // reads and writes slots below `frame_size`.
        let exit = unsafe { (piece.compiled.entry())(base, &mut ctx) } as usize;
        passes += ctx.iterations;
        state.stats.native_instructions += ctx.iterations * piece.instructions;
        if exit == 0 {
            // Not entered: the frame is untouched, where the previous piece left it.
            piece.exit_counts[0] += 1;
            if passes == 0 && at == LOOP_PIECE {
                return (failed_entry(state, trace), Vec::new());
            }
            return (end_entry(trace, passes, false), Vec::new());
        }
        let info = &piece.compiled.exits[exit];
        f.pc = info.pc as usize;
        // SAFETY: the exit wrote every stack slot live at `pc`; the frame's
        // buffer holds `frame_size` slots.
        unsafe { f.slots.set_len(code.nfixed() + info.stack_depth as usize) };
        if closes_iteration(info, trace.at) {
            // A bridge finished the iteration: the loop trace takes the next,
            // unless the eval breaker is up (handled at the header).
            passes += 1;
            state.stats.bridge_passes += 1;
            state.stats.native_instructions += piece.instructions;
            if crate::vm::signals::breaker() {
                state.stats.exits[info.kind as usize] += 1;
                return (end_entry(trace, passes, false), Vec::new());
            }
            at = LOOP_PIECE;
            continue;
        }
        // The eval breaker's exit (at the header) is for the interpreter.
        let for_breaker = info.kind == quicken_jit::ExitKind::LoopEnd && crate::vm::signals::breaker();
        if !for_breaker {
            match piece.bridges[exit] {
                0 => {}
                bridge => {
                    at = bridge as usize;
                    continue;
                }
            }
            if let Some(bridge) = grow_bridge(vm, state, trace, at, exit, f, code) {
                at = bridge;
                continue;
            }
        }
        let piece = &mut trace.pieces[at];
        piece.exit_counts[exit] += 1;
        let info = &piece.compiled.exits[exit];
        state.stats.exits[info.kind as usize] += 1;
        let callees = rebuild_callees(vm, info, &piece.callees[exit], &piece.exit_buf);
        // Left before the loop proper: the recorded kinds or branches do not hold.
        let failed = passes == 0 && at == LOOP_PIECE && exit < piece.first_loop_exit as usize && info.kind != quicken_jit::ExitKind::LoopEnd;
        return (end_entry(trace, passes, failed), callees);
    }
}

/// Whether a bridge's exit is its end at the loop's header (not another
/// loop's), where the loop trace takes the next iteration.
fn closes_iteration(info: &quicken_jit::ExitInfo, at: record::LoopAt) -> bool {
    info.kind == quicken_jit::ExitKind::Closed && info.pc as usize == at.header && info.stack_depth as usize == at.depth
}

/// After exit `exit` of piece `at` was taken once more: records and
/// compiles a bridge from it when it is hot (see [`Piece`]), and returns
/// the new piece to run. Guard exits and the loop's end (a bridge then runs
/// the code after the loop, round an enclosing loop and back) grow bridges,
/// when they leave in the root frame.
#[cold]
fn grow_bridge(vm: &mut Vm, state: &mut JitState, trace: &mut Installed, at: usize, exit: usize, f: &Frame, code: &Code) -> Option<usize> {
    let piece = &mut trace.pieces[at];
    let info = &piece.compiled.exits[exit];
    // This is the exit's next leave, if no bridge takes it.
    let count = piece.exit_counts[exit] + 1;
    let attempts = piece.bridge_aborts[exit];
    let due = count == BRIDGE_THRESHOLD.min(state.threshold as u64) << attempts;
    let start = matches!(info.kind, quicken_jit::ExitKind::Deopt | quicken_jit::ExitKind::LoopEnd);
    if !due || !start || attempts >= MAX_BRIDGE_ATTEMPTS || !info.frames.is_empty() {
        return None;
    }
    state.stats.traces_started += 1;
    let recorded = record::record(vm, f, trace.at, record::Shape::Bridge);
    match recorded.and_then(|r| compile(state, r, code)) {
        Ok(bridge) => {
            state.stats.bridges_compiled += 1;
            let index = trace.pieces.len();
            trace.pieces[at].bridges[exit] = index as u32;
            trace.pieces.push(bridge);
            Some(index)
        }
        Err(reason) => {
            *state.stats.aborts.entry(reason).or_default() += 1;
            trace.pieces[at].bridge_aborts[exit] += 1;
            None
        }
    }
}

/// Ends an entry of `trace` that made `passes` through the loop body.
fn end_entry(trace: &mut Installed, passes: u64, failed: bool) -> Verdict {
    trace.window_passes += passes;
    count_entry(trace, failed)
}

/// Counts an entry of `trace` in its window and, at the window's end,
/// judges the trace by its failed entries and its passes through the loop.
fn count_entry(trace: &mut Installed, failed: bool) -> Verdict {
    trace.window_entries += 1;
    trace.entry_failures += failed as u32;
    if trace.window_entries < ENTRY_WINDOW {
        return Verdict::Keep;
    }
    let verdict = if trace.entry_failures >= MAX_FAILED_IN_WINDOW {
        Verdict::Rerecord
    } else if trace.window_passes < MIN_PASSES_IN_WINDOW {
        Verdict::TooShort
    } else {
        Verdict::Keep
    };
    trace.window_entries = 0;
    trace.entry_failures = 0;
    trace.window_passes = 0;
    verdict
}

/// The callee frames an exit inside inlined calls wrote to `buf`: each
/// takes its values (the exit gave it a reference to each) and stands at
/// its resume pc.
fn rebuild_callees(vm: &mut Vm, info: &quicken_jit::ExitInfo, funcs: &[Rc<Function>], buf: &[[u64; 2]]) -> Vec<Frame> {
    let frames = info.frames.iter().zip(&info.frame_buf_offsets).zip(funcs);
    frames
        .map(|((snap, &offset), func)| {
            let mut frame = Frame::vacant(func);
            frame.slots = vm.frame_pool.pop().unwrap_or_default();
            frame.slots.reserve(func.code.frame_size as usize);
            let values = &buf[offset as usize..offset as usize + func.code.nfixed() + snap.stack_depth as usize];
            // SAFETY: the exit wrote a whole value with its own reference
            // into each of these slots; each is read (moved) once.
            frame.slots.extend(values.iter().map(|words| unsafe { std::mem::transmute::<[u64; 2], Value>(*words) }));
            frame.pc = snap.pc as usize;
            frame.completion = rebuilt_completion(snap.completion, &frame);
            frame
        })
        .collect()
}

/// What a rebuilt callee frame's return becomes in its caller, by the
/// recorder's marker (see [`record::CallKind`]): an inlined `__init__` gives
/// the instance, which its first local holds (the recorder aborts on an
/// `__init__` that rebinds `self`); an operator's dunder its result, or the
/// rest of the operator protocol on NotImplemented (the operands are still
/// on the caller's stack).
fn rebuilt_completion(marker: u32, frame: &Frame) -> Completion {
    match record::CallKind::from_marker(marker) {
        record::CallKind::Init => match frame.slots.first() {
            Some(instance) => Completion::Init(instance.clone()),
            None => Completion::Value,
        },
        record::CallKind::Binary(arg) => Completion::Binary(arg),
        record::CallKind::Value => Completion::Value,
    }
}
/// Counts an entry that failed at once.
fn failed_entry(state: &mut JitState, trace: &mut Installed) -> Verdict {
    state.stats.entry_failures += 1;
    count_entry(trace, true)
}

/// Leaves the loop to the interpreter for good.
fn blacklist(state: &mut JitState, c: &mut Cache) {
    c.version = EdgeState::Blacklisted as u32;
    c.counter = Counter::new(Counter::MAX_VALUE, 0);
    state.stats.blacklisted += 1;
}

/// Counts an abandoned recording and backs the loop's counter off, or
/// blacklists the loop after [`MAX_ABORTS`].
fn abort(state: &mut JitState, c: &mut Cache, reason: &'static str) {
    *state.stats.aborts.entry(reason).or_default() += 1;
    c.aux += 1;
    if c.aux >= MAX_ABORTS {
        blacklist(state, c);
    } else {
        c.counter = Counter::new(((state.threshold as u32) << c.aux).min(Counter::MAX_VALUE as u32) as u16, 0);
    }
}
