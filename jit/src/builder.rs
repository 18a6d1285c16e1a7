//! [`TraceBuilder`]: what the recorder calls, one bytecode instruction at a time.
//!
//! It emits instructions into a [`Trace`] in *recorded form*: `%0 loop` first, then one
//! iteration with every slot write eager (`sstore`, plus the reference-count traffic
//! `store_local!` does); the passes in [`crate::opt`] turn it into the sunk, peeled form.
//! It keeps a per-slot map of the current value, so a slot read twice is guarded once,
//! and a read after a write gets the written value.

use std::collections::HashMap;

use crate::ir::*;

/// Why recording must stop (the recorder aborts the trace).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Abort {
    /// The slot's value is known to have another type than the one asked for: the guard
    /// would fail on the recorded values.
    TypeMismatch { slot: u16, have: Ty, want: Ty },
    /// The value's type does not fit the operation.
    BadOperand(String),
}

/// What the builder knows about a slot's current content.
#[derive(Copy, Clone, Debug)]
struct SlotState {
    /// The current value (unboxed when a guard proved its tag).
    val: Ref,
    /// The boxed `Val` it was unboxed from (for heap values: what a decref needs).
    boxed: Option<Ref>,
}

/// Builds a [`Trace`] in recorded form. See the crate README for the protocol.
pub struct TraceBuilder {
    trace: Trace,
    interned: HashMap<Const, Ref>,
    slots: HashMap<u16, SlotState>,
    /// The snapshot guards emitted now exit through.
    current: SnapId,
    /// Whether a guard used `current` (an unused one is overwritten by the next `snapshot`).
    current_used: bool,
    /// Whether an instruction with effects was emitted: until then, a guard can exit
    /// through the entry snapshot (nothing to undo).
    effects: bool,
}

impl TraceBuilder {
    /// Starts a trace for the loop whose header is at `header_pc`, where the root frame's
    /// stack holds `header_stack_depth` values (one iterator per enclosing `for`). Creates
    /// snapshot 0 (exit 0: resume at the header, nothing written) and the `loop` marker.
    pub fn new(header_pc: u32, header_stack_depth: u16) -> TraceBuilder {
        let trace = Trace {
            insts: vec![Inst { op: Op::Loop, ty: Ty::Void, snap: None }],
            consts: Vec::new(),
            snaps: vec![Snapshot {
                pc: header_pc,
                kind: ExitKind::Deopt,
                stack_depth: header_stack_depth,
                entries: Vec::new(),
                frames: Vec::new(),
            }],
        };
        TraceBuilder {
            trace,
            interned: HashMap::new(),
            slots: HashMap::new(),
            current: SnapId::ENTRY,
            current_used: true,
            effects: false,
        }
    }

    /// The trace so far (for printing while debugging).
    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    /// Number of instructions emitted (for the recorder's length limit).
    pub fn len(&self) -> usize {
        self.trace.insts.len()
    }

    /// Whether only the loop marker is there.
    pub fn is_empty(&self) -> bool {
        self.trace.insts.len() <= 1
    }

    /// The type of a value.
    pub fn ty(&self, r: Ref) -> Ty {
        self.trace.ty(r)
    }

    // ------------------------------------------------------------------ constants

    /// The interned constant of type `ty` with payload `bits` (and `tag` for `Val`).
    pub fn constant(&mut self, ty: Ty, bits: u64, tag: u64) -> Ref {
        let c = Const { ty, bits, tag: if ty == Ty::Val { tag } else { 0 } };
        if let Some(&r) = self.interned.get(&c) {
            return r;
        }
        let r = Ref::constant(self.trace.consts.len());
        self.trace.consts.push(c);
        self.interned.insert(c, r);
        r
    }

    /// An int constant.
    pub fn const_int(&mut self, v: i64) -> Ref {
        self.constant(Ty::Int, v as u64, 0)
    }

    /// A float constant (by bits: 0.0 and -0.0 differ, NaNs are kept as given).
    pub fn const_float(&mut self, v: f64) -> Ref {
        self.constant(Ty::Float, v.to_bits(), 0)
    }

    /// A bool constant.
    pub fn const_bool(&mut self, v: bool) -> Ref {
        self.constant(Ty::Bool, v as u64, 0)
    }

    /// The None constant.
    pub fn const_none(&mut self) -> Ref {
        self.constant(Ty::None, 0, 0)
    }

    /// A raw address constant (printed `ADDR`).
    pub fn const_ptr(&mut self, addr: u64) -> Ref {
        self.constant(Ty::Ptr, addr, 0)
    }

    /// A whole-Value constant. A heap one is *borrowed*: the trace's owner must keep the
    /// object alive (design §1.5).
    pub fn const_val(&mut self, tag: u64, payload: u64) -> Ref {
        self.constant(Ty::Val, payload, tag)
    }

    // ------------------------------------------------------------------ snapshots

    /// A snapshot entry for `slot` holding `val` (its type is filled in).
    pub fn entry(&self, slot: u16, val: Ref, own: Own) -> SnapEntry {
        let ty = self.trace.ty(val);
        let own = if ty.is_immediate() { Own::Imm } else { own };
        SnapEntry { slot, val, ty, own }
    }

    /// Makes the snapshot that guards emitted from now on exit through, and returns it.
    /// `stack_depth` is the root frame's stack depth at `pc`; `entries` the slots the exit
    /// must write: every stack slot above the header's depth the trace computed (slots
    /// `nfixed + i`), each with its ownership. Locals need not be listed: in recorded form
    /// they are written eagerly, and `opt::sink` adds the ones it sinks. If the previous
    /// snapshot was not used by any guard, it is replaced (snapshots merge).
    pub fn snapshot(&mut self, pc: u32, kind: ExitKind, stack_depth: u16, entries: &[SnapEntry]) -> SnapId {
        self.snapshot_with_frames(pc, kind, stack_depth, entries, Vec::new())
    }

    /// [`TraceBuilder::snapshot`] for a guard inside inlined calls: `pc`, `stack_depth`
    /// and `entries` describe the root frame as the outermost call left it (resuming
    /// after the call, which pushes its value), `frames` the callees, outermost first,
    /// which the interpreter rebuilds and runs to their returns.
    pub fn snapshot_with_frames(&mut self, pc: u32, kind: ExitKind, stack_depth: u16, entries: &[SnapEntry], frames: Vec<FrameSnap>) -> SnapId {
        for e in entries.iter().chain(frames.iter().flat_map(|f| f.entries.iter())) {
            assert!(
                e.ty == self.trace.ty(e.val) && (e.ty.is_immediate() || e.ty == Ty::Val),
                "snapshot entry for slot {} has type {}: box heap values as Val",
                e.slot,
                self.trace.ty(e.val).name()
            );
        }
        let snap = Snapshot { pc, kind, stack_depth, entries: entries.to_vec(), frames };
        if !self.current_used && self.current != SnapId::ENTRY {
            self.trace.snaps[self.current.0 as usize] = snap;
        } else {
            self.current = SnapId(self.trace.snaps.len() as u32);
            self.trace.snaps.push(snap);
            self.current_used = false;
        }
        self.current
    }

    /// Makes an earlier snapshot current again.
    pub fn set_snapshot(&mut self, snap: SnapId) {
        self.current = snap;
        self.current_used = true;
    }

    /// The snapshot guards now exit through.
    pub fn current_snapshot(&self) -> SnapId {
        self.current
    }

    /// Adds inline-frame state to a snapshot (not lowered in v1).
    pub fn add_frame(&mut self, snap: SnapId, frame: FrameSnap) {
        self.trace.snaps[snap.0 as usize].frames.push(frame);
    }

    // ------------------------------------------------------------------ emitting

    /// Emits `op`, inferring its type; a guard exits through the current snapshot.
    /// Panics on ill-typed operands (a recorder bug). Use [`Self::load`] for `Load`.
    pub fn emit(&mut self, op: Op) -> Ref {
        assert!(!matches!(op, Op::Load { .. } | Op::LoadAt { .. }), "emit a load with TraceBuilder::load or load_at");
        let snap = self.current;
        self.emit_with(op, Ty::Void, snap)
    }

    /// Emits `op` with an explicit snapshot (for guards; ignored otherwise).
    pub fn emit_with_snapshot(&mut self, op: Op, snap: SnapId) -> Ref {
        self.emit_with(op, Ty::Void, snap)
    }

    /// Emits a raw load of a `ty` at `base + offset`.
    pub fn load(&mut self, ty: Ty, base: Ref, offset: i32) -> Ref {
        let snap = self.current;
        self.emit_with(Op::Load { base, offset }, ty, snap)
    }

    /// Emits a load of element `index` of an array of `ty`s at `base + offset`.
    pub fn load_at(&mut self, ty: Ty, base: Ref, index: Ref, offset: i32) -> Ref {
        let snap = self.current;
        self.emit_with(Op::LoadAt { base, index, offset }, ty, snap)
    }

    fn emit_with(&mut self, op: Op, load_ty: Ty, snap: SnapId) -> Ref {
        assert!(!matches!(op, Op::Loop | Op::Phi { .. }), "loop structure is made by the passes");
        let ty = match self.trace.result_ty(&op, load_ty) {
            Ok(t) => t,
            Err(e) => panic!("TraceBuilder: ill-typed instruction: {e}"),
        };
        let snap = op.is_guard().then_some(snap);
        if snap == Some(self.current) {
            self.current_used = true;
        }
        if op.has_effects() {
            self.effects = true;
        }
        let r = Ref::inst(self.trace.insts.len());
        self.trace.insts.push(Inst { op, ty, snap });
        r
    }

    // ------------------------------------------------------------------ frame slots

    /// The current value of `slot`: the known one, or a fresh `sload` (a `Val`).
    pub fn load_slot(&mut self, slot: u16) -> Ref {
        if let Some(s) = self.slots.get(&slot) {
            return s.val;
        }
        let val = self.emit(Op::SLoad { slot });
        self.slots.insert(slot, SlotState { val, boxed: None });
        val
    }

    /// The current value of `slot`, guarded to have `tag`: the unboxed value. A slot read
    /// for the first time before any effect is guarded through the entry snapshot (exit
    /// 0); later guards use the current snapshot.
    pub fn load_slot_as(&mut self, slot: u16, tag: Tag) -> Result<Ref, Abort> {
        let cur = self.load_slot(slot);
        let have = self.trace.ty(cur);
        let want = tag.unboxed_ty();
        if have == want && (want != Ty::Ptr || self.slot_tag_is(slot, tag)) {
            return Ok(cur);
        }
        if have != Ty::Val {
            return Err(Abort::TypeMismatch { slot, have, want });
        }
        let snap = if self.effects { self.current } else { SnapId::ENTRY };
        let val = self.emit_with_snapshot(Op::GuardTag { val: cur, tag }, snap);
        self.slots.insert(slot, SlotState { val, boxed: Some(cur) });
        Ok(val)
    }

    fn slot_tag_is(&self, slot: u16, tag: Tag) -> bool {
        let Some(s) = self.slots.get(&slot) else { return false };
        matches!(self.trace.inst(s.val), Some(Inst { op: Op::GuardTag { tag: t, .. }, .. }) if *t == tag)
    }

    /// `slot` guarded to hold an int.
    pub fn load_slot_int(&mut self, slot: u16) -> Result<Ref, Abort> {
        self.load_slot_as(slot, Tag::Int)
    }

    /// `slot` guarded to hold a float.
    pub fn load_slot_float(&mut self, slot: u16) -> Result<Ref, Abort> {
        self.load_slot_as(slot, Tag::Float)
    }

    /// The boxed `Val` for `slot`'s current value when it is a heap object the builder
    /// unboxed to a `Ptr` (what a snapshot entry or a decref needs), else the value itself.
    pub fn slot_boxed(&mut self, slot: u16) -> Ref {
        let cur = self.load_slot(slot);
        match self.slots.get(&slot) {
            Some(SlotState { boxed: Some(b), .. }) if self.trace.ty(cur) == Ty::Ptr => *b,
            _ => cur,
        }
    }

    /// What the builder knows about `slot` without emitting anything: its current value.
    pub fn known_slot(&self, slot: u16) -> Option<Ref> {
        self.slots.get(&slot).map(|s| s.val)
    }

    /// Writes `val` (an immediate or a `Val`) to local `slot`, as `STORE_FAST` does: a
    /// `Borrowed` heap value is increfed first, then `sstore`, then the old value is
    /// released (`decref`, skipped when the old value is known to be an immediate; read
    /// with an `sload` first when the builder does not know it).
    pub fn store_slot(&mut self, slot: u16, val: Ref, own: Own) -> Result<(), Abort> {
        let ty = self.trace.ty(val);
        if !(ty.is_immediate() || ty == Ty::Val) {
            return Err(Abort::BadOperand(format!("store_slot: a {} must be stored as a Val", ty.name())));
        }
        let old = match self.slots.get(&slot) {
            Some(s) if self.trace.ty(s.val).is_immediate() => None,
            Some(s) => Some(s.boxed.unwrap_or(s.val)),
            None => Some(self.emit(Op::SLoad { slot })),
        };
        if ty == Ty::Val && own == Own::Borrowed {
            self.emit(Op::Incref(val));
        }
        self.emit(Op::SStore { slot, val });
        if let Some(old) = old {
            self.emit(Op::Decref(old));
        }
        self.slots.insert(slot, SlotState { val, boxed: None });
        Ok(())
    }

    // ------------------------------------------------------------------ finishing

    /// Ends the iteration at the loop header: the trace jumps back to `loop`.
    pub fn close_loop(self) -> Trace {
        debug_assert_eq!(self.trace.validate(), Ok(()));
        self.trace
    }

    /// Ends the trace with an unconditional exit through `snap` (e.g. a `LoopEnd` snapshot
    /// at an inner loop's header): the native code does not loop.
    pub fn finish_with_exit(mut self, snap: SnapId) -> Trace {
        self.emit_with_snapshot(Op::Exit, snap);
        debug_assert_eq!(self.trace.validate(), Ok(()));
        self.trace
    }
}
