//! Widening attribute sites that meet more than one receiver layout.
//!
//! An instance form (`LOAD_ATTR_INSTANCE`, `LOAD_METHOD_INSTANCE`, ...)
//! guards one receiver layout (class version and shape id), plus a second
//! one kept inline when the same form fits it. A guard miss whose receiver
//! the family's specializer can describe as a [`PolyEntry`] widens the site
//! instead of counting down to a deopt: one-layout forms become the
//! family's polymorphic form (`*_POLY`, up to [`POLY_ENTRIES`] layouts of
//! any entry kind), and a full polymorphic site becomes megamorphic
//! (`*_MEGA`), which never specializes again: it looks instance attributes
//! up in the VM's shared cache and runs anything else generically, without
//! leaving the hot loop. Class hierarchies (`shape.area()` over several
//! subclasses, `node.eval()` over expression-tree nodes) so stay on fast
//! paths instead of churning between specialized and generic forms.

use crate::bytecode::{Cache, Code, Counter, Instr, Op, PolyEntry, PolyKind, PolyTable, POLY_ENTRIES};
use crate::runtime::objects::Name;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// The polymorphic form of `family`'s instance forms.
pub fn poly_form(family: Op) -> Op {
    match family {
        Op::LoadAttr => Op::LoadAttrPoly,
        Op::StoreAttr => Op::StoreAttrPoly,
        _ => Op::LoadMethodPoly,
    }
}

/// The megamorphic form of `family`.
pub fn mega_form(family: Op) -> Op {
    match family {
        Op::LoadAttr => Op::LoadAttrMega,
        Op::StoreAttr => Op::StoreAttrMega,
        _ => Op::LoadMethodMega,
    }
}

/// The entry that does for its (first) layout what the one-layout form
/// `op` with cache `c` does; `None` for forms that have no entry kind
/// (modules, classes, builtin types).
pub fn entry_of(op: Op, c: &Cache) -> Option<PolyEntry> {
    let (kind, index, ptr) = match op {
        Op::LoadAttrInstance | Op::StoreAttrInstance => (PolyKind::Slot, c.index, 0),
        Op::LoadAttrClassAttr => (PolyKind::ClassValue, c.index, c.ptr),
        Op::LoadMethodInstance => (PolyKind::Method, 0, c.ptr),
        Op::LoadMethodInstanceBuiltin => (PolyKind::BuiltinMethod, 0, c.ptr),
        Op::StoreAttrAddInstance => (PolyKind::AddSlot, c.index, c.ptr),
        Op::LoadAttrProperty if c.aux != crate::runtime::objects::NO_VERSION => (PolyKind::Property, 0, c.ptr),
        _ => return None,
    };
    Some(PolyEntry { layout: Cache::second_layout(c.version, c.aux), index, kind, ptr })
}

/// The one-layout form and cache that do for receivers of class version
/// `version` and shape `shape` what polymorphic `family` site's entry for
/// that layout does (the inverse of [`entry_of`]), for the entry kinds of
/// instance slots and methods; `None` for the others. The jit records a
/// polymorphic site as the form its receiver took.
pub fn single_form(family: Op, table: &PolyTable, version: u32, shape: u32) -> Option<(Op, Cache)> {
    let entry = table.find(Cache::second_layout(version, shape))?;
    let op = match (family, entry.kind) {
        (Op::LoadAttr, PolyKind::Slot) => Op::LoadAttrInstance,
        (Op::StoreAttr, PolyKind::Slot) => Op::StoreAttrInstance,
        (Op::StoreAttr, PolyKind::AddSlot) => Op::StoreAttrAddInstance,
        (Op::LoadMethod, PolyKind::Method) => Op::LoadMethodInstance,
        _ => return None,
    };
    Some((op, Cache { index: entry.index, version, aux: shape, ptr: entry.ptr, ..Cache::new() }))
}

/// The entry for the second layout an instance form keeps inline, if any.
fn second_entry(op: Op, c: &Cache) -> Option<PolyEntry> {
    if c.second == Cache::NO_SECOND || !keeps_second(op) {
        return None;
    }
    let first = entry_of(op, c)?;
    let ptr = if matches!(first.kind, PolyKind::Method | PolyKind::BuiltinMethod) { c.ptr2 } else { first.ptr };
    Some(PolyEntry { layout: c.second, ptr, ..first })
}

/// True for the forms whose guard also accepts a second layout inline
/// ([`Cache::instance_layout_fits`], [`Cache::method_for`]).
fn keeps_second(op: Op) -> bool {
    matches!(op, Op::LoadAttrInstance | Op::StoreAttrInstance | Op::LoadMethodInstance | Op::LoadMethodInstanceBuiltin)
}

/// What `family`'s specializer makes of receiver `obj` for attribute
/// `name`, as a polymorphic entry (`None` when it has no entry kind).
pub fn decide(family: Op, obj: &Value, name: &Name) -> Option<PolyEntry> {
    let (form, cache) = match family {
        Op::LoadAttr => super::load_attr(obj, name),
        Op::StoreAttr => super::store_attr(obj, name),
        Op::LoadMethod => super::load_method(obj, name),
        _ => return None,
    }
    .ok()?;
    entry_of(form, &cache)
}

impl Vm {
    /// A guard of instance form or polymorphic form `op` at `pc` failed for
    /// receiver `obj`. Widens the site when the family's specializer has an
    /// entry for the receiver: a one-layout form gains its inline second
    /// layout (same form, same slot) or becomes polymorphic with its
    /// layouts and the new one; a polymorphic site adds the layout, or
    /// becomes megamorphic when full; a `super().name` site keeps a second
    /// instance class ([`super_widen`](super::super_widen)). Returns false when nothing changed
    /// (the caller counts an ordinary miss, towards a deopt).
    pub(crate) fn widen(&mut self, code: &Code, pc: usize, op: Op, obj: &Value) -> bool {
        let family = op.family();
        let arg = code.instr(pc).arg;
        if matches!(op, Op::LoadAttrSuper | Op::LoadMethodSuper) {
            let cell = code.cache(pc);
            let Some(wide) = super::super_widen(obj, &code.names[arg as usize], op, &cell.get()) else { return false };
            cell.set(wide);
            self.count_widening(family);
            return true;
        }
        let Some(entry) = decide(family, obj, &code.names[arg as usize]) else { return false };
        let cell = code.cache(pc);
        let c = cell.get();
        let (form, cache) = if op == poly_form(family) {
            // SAFETY: a polymorphic site's `ptr` is its table, owned by `code`.
            let table = unsafe { &*(c.ptr as *const PolyTable) };
            if table.find(entry.layout).is_some() {
                return false;
            }
            if table.add(entry) {
                self.count_widening(family);
                return true;
            }
            (mega_form(family), Cache { counter: Counter::COOLDOWN, ..Cache::new() })
        } else {
            let Some(first) = entry_of(op, &c) else { return false };
            let second = second_entry(op, &c);
            if entry.layout == first.layout || second.is_some_and(|s| s.layout == entry.layout) {
                return false;
            }
            let same_form = entry.kind == first.kind && (entry.kind != PolyKind::Slot || entry.index == first.index);
            if second.is_none() && keeps_second(op) && same_form {
                cell.set(Cache { second: entry.layout, ptr2: entry.ptr, ..c });
                self.count_widening(family);
                return true;
            }
            let table_ptr = code.poly_table(pc);
            // SAFETY: the table lives as long as `code`.
            let table = unsafe { &*table_ptr };
            for e in [Some(first), second, Some(entry)].into_iter().flatten() {
                table.add(e);
            }
            debug_assert!(table.entries().count() <= POLY_ENTRIES);
            (poly_form(family), Cache { counter: Counter::COOLDOWN, ptr: table_ptr as usize, ..Cache::new() })
        };
        code.set_instr(pc, Instr { op: form, arg });
        cell.set(cache);
        self.count_widening(family);
        true
    }

    /// Counts a widening as a specialization success of `family`.
    fn count_widening(&mut self, family: Op) {
        if let Some(stats) = &mut self.stats {
            stats.family(family).success += 1;
        }
    }

    /// A guard miss that widened its site: counted as a miss, without
    /// counting down towards a deopt.
    pub(crate) fn widened_miss(&mut self, op: Op) {
        if let Some(stats) = &mut self.stats {
            stats.family(op.family()).miss += 1;
        }
    }
}
