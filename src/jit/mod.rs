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

use crate::bytecode::{Cache, Code, Counter, Unit};
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

/// Iterations of a loop before it is recorded (`--jit-threshold=N`): above
/// the adaptive tier's warm-up and cooldown (53), so the loop body is
/// specialized when the recorder sees it.
pub const DEFAULT_THRESHOLD: u16 = 1000;

/// Recording attempts of one loop before it is left to the interpreter for good.
const MAX_ABORTS: u32 = 4;

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

/// The `jit` tier's state, owned by the VM.
#[derive(Debug)]
pub struct JitState {
    /// Loop iterations before recording.
    pub threshold: u16,
    /// Counters for `--stats`.
    pub stats: JitStats,
}

/// What the JIT did, for `--stats`.
#[derive(Debug, Default, Clone)]
pub struct JitStats {
    /// Recordings started.
    pub traces_started: u64,
    /// Recordings abandoned, by reason.
    pub aborts: std::collections::BTreeMap<&'static str, u64>,
    /// Loops given up on after [`MAX_ABORTS`] aborts.
    pub blacklisted: u64,
}

impl Default for JitState {
    fn default() -> JitState {
        JitState { threshold: DEFAULT_THRESHOLD, stats: JitStats::default() }
    }
}

impl Vm {
    /// A loop's back edge was taken in the `jit` tier and `f` stands at the
    /// loop header, canonical: runs the loop's trace, or counts towards
    /// recording one, or records one.
    #[cold]
    #[inline(never)]
    pub(crate) fn jit_loop(&mut self, f: &mut Frame, code: &Code, edge: *const Unit) -> PyResult<()> {
        let _ = (f, code);
        // SAFETY: `edge` is a unit of `code`, which the running frame holds.
        let unit = unsafe { &*edge };
        let mut c = unit.cache.get();
        let state: &mut JitState = self.jit.get_or_insert_with(Default::default);
        match c.version {
            v if v == EdgeState::Fresh as u32 => {
                c.version = EdgeState::Armed as u32;
                c.counter = Counter::new(state.threshold.min(Counter::MAX_VALUE), 0);
            }
            v if v == EdgeState::Armed as u32 => {
                state.stats.traces_started += 1;
                // Recording arrives with the trace compiler; until then every
                // attempt aborts.
                abort(state, &mut c, "recording not built");
            }
            _ => c.counter = Counter::new(Counter::MAX_VALUE, 0),
        }
        unit.cache.set(c);
        Ok(())
    }
}

/// Counts an abandoned recording and backs the loop's counter off, or
/// blacklists the loop after [`MAX_ABORTS`].
fn abort(state: &mut JitState, c: &mut Cache, reason: &'static str) {
    *state.stats.aborts.entry(reason).or_default() += 1;
    c.aux += 1;
    if c.aux >= MAX_ABORTS {
        c.version = EdgeState::Blacklisted as u32;
        c.counter = Counter::new(Counter::MAX_VALUE, 0);
        state.stats.blacklisted += 1;
    } else {
        c.counter = Counter::new(((state.threshold as u32) << c.aux).min(Counter::MAX_VALUE as u32) as u16, 0);
    }
}
