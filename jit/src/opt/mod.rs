//! Optimization passes over a [`Trace`]. Each takes a trace and returns a new one (with
//! instructions and snapshots renumbered); [`optimize`] runs them in order.
//!
//! - [`fold`]: constant folding, common-subexpression and redundant-guard elimination
//!   (a tag guarded twice, a version guard repeated with no write in between).
//! - [`sink`]: store sinking (design §1.3, §4 #2): slots holding ints/floats/bools are
//!   loop-carried SSA values (phis), written only by exits.
//! - [`peel`]: loop peeling (LuaJIT): one pre-roll iteration with every guard, then the
//!   loop body, where `fold` removes the guards and pure ops the pre-roll already did on
//!   loop-invariant values.
//! - [`dce`]: removes unused pure instructions (and overflow checks of unused results).

pub mod dce;
pub mod fold;
pub mod peel;
pub mod sink;

use std::collections::HashMap;

use crate::ir::*;

/// The whole pipeline: fold, sink, fold, peel, fold, dce.
pub fn optimize(trace: &Trace) -> Trace {
    let t = fold::fold(trace);
    let t = sink::sink(&t);
    let t = fold::fold(&t);
    let t = peel::peel(&t);
    let t = fold::fold(&t);
    dce::dce(&t)
}

/// Builds a new trace from an old one: instructions are pushed one by one, old refs are
/// mapped to new ones, snapshots are interned (equal snapshots share an id; snapshot 0
/// stays the entry snapshot). Snapshots before and after the `loop` marker never share
/// an id, so that an exit's id tells whether any iteration of the loop proper ran
/// (the interpreter drops a trace whose entries keep leaving before one does).
pub(crate) struct Rewriter {
    /// The trace being built.
    pub new: Trace,
    /// Interned snapshots, keyed also by whether they come after the `loop` marker.
    snap_ids: HashMap<(Snapshot, bool), SnapId>,
    /// Whether the `loop` marker has been pushed.
    looped: bool,
    const_ids: HashMap<Const, Ref>,
}

impl Rewriter {
    /// Starts with `old`'s constants and entry snapshot.
    pub fn new(old: &Trace) -> Rewriter {
        let new = Trace { insts: Vec::new(), consts: old.consts.clone(), snaps: vec![old.snaps[0].clone()] };
        let mut snap_ids = HashMap::new();
        snap_ids.insert((old.snaps[0].clone(), false), SnapId::ENTRY);
        snap_ids.insert((old.snaps[0].clone(), true), SnapId::ENTRY);
        let const_ids = old.consts.iter().enumerate().map(|(i, c)| (*c, Ref::constant(i))).collect();
        Rewriter { new, snap_ids, looped: false, const_ids }
    }

    /// Appends an instruction; returns its ref.
    pub fn push(&mut self, inst: Inst) -> Ref {
        let r = Ref::inst(self.new.insts.len());
        self.looped |= matches!(inst.op, Op::Loop);
        self.new.insts.push(inst);
        r
    }

    /// The interned constant.
    pub fn constant(&mut self, c: Const) -> Ref {
        if let Some(r) = self.const_ids.get(&c) {
            return *r;
        }
        let r = Ref::constant(self.new.consts.len());
        self.new.consts.push(c);
        self.const_ids.insert(c, r);
        r
    }

    /// The id of a snapshot equal to `s` (added if new).
    pub fn snap(&mut self, s: Snapshot) -> SnapId {
        let key = (s, self.looped);
        if let Some(id) = self.snap_ids.get(&key) {
            return *id;
        }
        let id = SnapId(self.new.snaps.len() as u32);
        self.new.snaps.push(key.0.clone());
        self.snap_ids.insert(key, id);
        id
    }

    /// `s` with every value mapped by `f`.
    pub fn map_snapshot(s: &Snapshot, f: &impl Fn(Ref) -> Ref) -> Snapshot {
        let map_entries = |es: &[SnapEntry]| es.iter().map(|e| SnapEntry { val: f(e.val), ..*e }).collect();
        Snapshot {
            entries: map_entries(&s.entries),
            frames: s
                .frames
                .iter()
                .map(|fr| FrameSnap { func: f(fr.func), entries: map_entries(&fr.entries), ..fr.clone() })
                .collect(),
            ..s.clone()
        }
    }

    /// Finishes: the new trace.
    pub fn finish(self) -> Trace {
        debug_assert_eq!(self.new.validate(), Ok(()), "{}", crate::print_trace(&self.new));
        self.new
    }
}

/// A map from old refs to new ones: constants keep their index (the rewriter starts with
/// the old constant table), instructions are looked up.
pub(crate) struct RefMap(pub Vec<Option<Ref>>);

impl RefMap {
    /// An empty map for a trace of `n` instructions.
    pub fn new(n: usize) -> RefMap {
        RefMap(vec![None; n])
    }

    /// The new ref for `r`.
    pub fn get(&self, r: Ref) -> Ref {
        if r.is_const() {
            r
        } else {
            self.0[r.index()].unwrap_or_else(|| panic!("{r:?} not mapped"))
        }
    }

    /// Records that old `r` is now `to`.
    pub fn set(&mut self, r: Ref, to: Ref) {
        self.0[r.index()] = Some(to);
    }
}
