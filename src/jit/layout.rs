//! The layout description the `quicken-jit` crate compiles against: every
//! tag number and offset native code uses, computed here from the
//! interpreter's own types (constants, `offset_of!` and probes of real
//! objects) and checked by the tests below.

use std::sync::OnceLock;

use quicken_jit::Layout;

use crate::runtime::objects::{IterState, PyIter};
use crate::runtime::value::{Value, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE};

/// Tag of [`Value::Iter`] (heap tags are the variants' discriminants).
pub const TAG_ITER: u64 = 17;
/// Tag of [`Value::List`].
pub const TAG_LIST: u64 = 7;
/// Tag of [`Value::Tuple`].
pub const TAG_TUPLE: u64 = 8;
/// Tag of [`Value::Cell`].
pub const TAG_CELL: u64 = 19;

/// Where a range iterator's state sits, from the payload pointer of its
/// `Value::Iter` (the `Rc` allocation): the discriminant word of the
/// `IterState`, then `next`, `stop`, `step` (`IterState` is `#[repr(u64)]`).
#[derive(Clone, Copy, Debug)]
pub struct RangeIterLayout {
    /// Offset of the `IterState` discriminant.
    pub state: i32,
    /// Offset of `next`.
    pub next: i32,
    /// Offset of `stop`.
    pub stop: i32,
    /// Offset of `step`.
    pub step: i32,
}

/// Everything native code relies on.
pub struct Layouts {
    /// Values and reference counts, for the code generator.
    pub value: Layout,
    /// Range iterators, for `FOR_ITER` over a range.
    pub range_iter: RangeIterLayout,
}

/// The layouts, computed once.
pub fn layouts() -> &'static Layouts {
    static L: OnceLock<Layouts> = OnceLock::new();
    L.get_or_init(|| Layouts {
        value: Layout {
            value_size: std::mem::size_of::<Value>() as i32,
            tag_offset: 0,
            payload_offset: 8,
            tag_none: TAG_NONE,
            tag_bool: TAG_BOOL,
            tag_int: TAG_INT,
            tag_float: TAG_FLOAT,
            first_heap_tag: TAG_FLOAT + 1,
            refcount_offset: 0,
            drop_last: super::helpers::rt_drop_last as *const () as u64,
        },
        range_iter: probe_range_iter(),
    })
}

/// The words of a value: tag, payload.
pub fn words(v: &Value) -> [u64; 2] {
    // SAFETY: `Value` is `#[repr(C, u64)]`, 16 bytes: tag word, payload word.
    unsafe { std::mem::transmute_copy(v) }
}

/// Measures where a range iterator's state lies from its payload pointer.
fn probe_range_iter() -> RangeIterLayout {
    let it = PyIter::new_rc(IterState::Range { next: 0, stop: 0, step: 0 });
    let v = Value::Iter(it.clone());
    let payload = words(&v)[1] as usize;
    let state = it.state.as_ptr() as usize - payload;
    let state = state as i32;
    RangeIterLayout { state, next: state + 8, stop: state + 16, step: state + 24 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_iterator_fields_are_where_the_layout_says() {
        let l = layouts();
        let v = Value::Iter(PyIter::new_rc(IterState::Range { next: 11, stop: 22, step: 33 }));
        let [tag, payload] = words(&v);
        assert_eq!(tag, TAG_ITER);
        assert_eq!(words(&Value::list(vec![]))[0], TAG_LIST);
        assert_eq!(words(&Value::tuple(vec![]))[0], TAG_TUPLE);
        assert_eq!(words(&Value::Cell(crate::runtime::objects::PyCell::new_rc(Value::None)))[0], TAG_CELL);
        let word = |off: i32| unsafe { *((payload as usize + off as usize) as *const i64) };
        assert_eq!(word(l.range_iter.state) as u64, IterState::RANGE);
        assert_eq!((word(l.range_iter.next), word(l.range_iter.stop), word(l.range_iter.step)), (11, 22, 33));
    }

    #[test]
    fn immediates_have_the_layout_tags() {
        let l = &layouts().value;
        assert_eq!(words(&Value::None)[0], l.tag_none);
        assert_eq!(words(&Value::bool(true)), [l.tag_bool, 1]);
        assert_eq!(words(&Value::Int(-5)), [l.tag_int, -5i64 as u64]);
        assert_eq!(words(&Value::float(0.5)), [l.tag_float, 0.5f64.to_bits()]);
        // The strong count is the first word of a heap payload.
        let list = Value::list(vec![]);
        let extra = list.clone();
        let count = unsafe { *((words(&list)[1] as usize + l.refcount_offset as usize) as *const usize) };
        assert_eq!(count, 2);
        drop(extra);
    }
}
