//! [`Layout`]: the interpreter's memory layout facts, as plain numbers.
//!
//! The interpreter fills one in (with `offset_of!` and probes, asserted by its own test)
//! and passes it to [`crate::compile`]. The code generator takes every offset and tag
//! number from here, never from its own assumptions.

/// Value layout, tag numbers and runtime addresses native code relies on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Size of one `Value` (a frame slot): slot k is at `base + value_size * k`.
    pub value_size: i32,
    /// Offset of the tag word (u64) in a Value.
    pub tag_offset: i32,
    /// Offset of the payload word (u64) in a Value.
    pub payload_offset: i32,
    /// Tag of None (payload 0).
    pub tag_none: u64,
    /// Tag of bool (payload 0/1).
    pub tag_bool: u64,
    /// Tag of int (payload: the i64).
    pub tag_int: u64,
    /// Tag of float (payload: the f64's bits).
    pub tag_float: u64,
    /// Tags `>= first_heap_tag` are heap objects whose payload points at a reference count.
    pub first_heap_tag: u64,
    /// Offset of the strong count (a usize) from a heap payload pointer.
    pub refcount_offset: i32,
    /// Address of `extern "C" fn(tag: u64, payload: u64)`, called by `decref` instead of
    /// decrementing a count of 1 (it drops the object). 0 = none: a trace with a `decref`
    /// then fails to compile.
    pub drop_last: u64,
}

impl Layout {
    /// quicken's layout today (design §1.4: Null 0, None 1, Bool 2, Int 3, Float 4, heap ≥ 5;
    /// tag @0, payload @8; the `Rc` strong count first in `RcInner`), without `drop_last`.
    /// The interpreter should still build its own from `offset_of!` and probes.
    pub const QUICKEN: Layout = Layout {
        value_size: 16,
        tag_offset: 0,
        payload_offset: 8,
        tag_none: 1,
        tag_bool: 2,
        tag_int: 3,
        tag_float: 4,
        first_heap_tag: 5,
        refcount_offset: 0,
        drop_last: 0,
    };

    /// The tag number for an immediate type's values.
    pub fn immediate_tag(&self, ty: crate::ir::Ty) -> Option<u64> {
        use crate::ir::Ty;
        match ty {
            Ty::None => Some(self.tag_none),
            Ty::Bool => Some(self.tag_bool),
            Ty::Int => Some(self.tag_int),
            Ty::Float => Some(self.tag_float),
            _ => None,
        }
    }

    /// The tag number a `guard_tag` compares with.
    pub fn tag_number(&self, tag: crate::ir::Tag) -> u64 {
        use crate::ir::Tag;
        match tag {
            Tag::None => self.tag_none,
            Tag::Bool => self.tag_bool,
            Tag::Int => self.tag_int,
            Tag::Float => self.tag_float,
            Tag::Heap(t) => t,
        }
    }
}
