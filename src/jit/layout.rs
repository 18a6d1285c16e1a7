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

/// Where a list or tuple iterator's state sits, from the payload pointer of
/// its `Value::Iter`: the `IterState` discriminant word, then the `seq`
/// value's two words and `index` (`IterState` is `#[repr(u64)]`).
#[derive(Clone, Copy, Debug)]
pub struct SeqIterLayout {
    /// Offset of the `IterState` discriminant.
    pub state: i32,
    /// Offset of the tag word of `seq` (its payload follows).
    pub seq: i32,
    /// Offset of `index`.
    pub index: i32,
}

/// Where a vector's item pointer and length lie, from the payload pointer of
/// the object holding it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VecLayout {
    /// Offset of the pointer to the first item.
    pub items: i32,
    /// Offset of the length.
    pub len: i32,
}

/// Where native code reads a list's and a tuple's items (`seq[i]` in traces).
#[derive(Clone, Copy, Debug)]
pub struct SeqLayout {
    /// Offset of the list's storage form word (`ListStore` is `#[repr(u64)]`).
    pub list_form: i32,
    /// The form word of a list of any values.
    pub form_values: u64,
    /// The form word of a compact list (payloads of one immediate kind).
    pub form_compact: u64,
    /// Offset of a compact list's kind byte (the immediates' `Value` tag).
    pub compact_kind: i32,
    /// A compact list's payloads (8 bytes each).
    pub compact: VecLayout,
    /// A list's values (16 bytes each).
    pub values: VecLayout,
    /// A tuple's values (16 bytes each).
    pub tuple: VecLayout,
}

/// Everything native code relies on.
pub struct Layouts {
    /// Values and reference counts, for the code generator.
    pub value: Layout,
    /// Range iterators, for `FOR_ITER` over a range.
    pub range_iter: RangeIterLayout,
    /// Lists and tuples, for subscripts.
    pub seq: SeqLayout,
    /// List and tuple iterators, for `FOR_ITER` over a list or tuple.
    pub seq_iter: SeqIterLayout,
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
        seq: probe_seqs(),
        seq_iter: probe_seq_iter(),
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

/// Measures where a list iterator's state lies from its payload pointer.
fn probe_seq_iter() -> SeqIterLayout {
    let it = PyIter::new_rc(IterState::Seq { seq: Value::list(vec![]), index: 0 });
    let v = Value::Iter(it.clone());
    let payload = words(&v)[1] as usize;
    let state = it.state.as_ptr();
    // SAFETY: the probe iterator is new: no borrow of its state is held.
    let IterState::Seq { seq, index } = (unsafe { &*state }) else { unreachable!("made as a Seq") };
    let at = |p: usize| (p - payload) as i32;
    SeqIterLayout { state: at(state as usize), seq: at(seq as *const Value as usize), index: at(index as *const usize as usize) }
}

/// Measures where `v`'s item pointer and length lie from `base` (Rust does
/// not fix a `Vec`'s field order): the words of the vector that hold them.
/// `v` must have a capacity other than its length, and at least one item.
fn probe_vec<T>(base: usize, v: &Vec<T>) -> VecLayout {
    assert!(v.capacity() != v.len() && !v.is_empty(), "an ambiguous probe");
    let at = v as *const Vec<T> as usize;
    let words = std::mem::size_of::<Vec<T>>() / 8;
    // SAFETY: reads the words of a live `Vec` as plain integers.
    let word = |i: usize| unsafe { *((at + 8 * i) as *const usize) };
    let find = |want: usize| (0..words).find(|&i| word(i) == want).expect("a vector word") as i32 * 8;
    let off = (at - base) as i32;
    VecLayout { items: off + find(v.as_ptr() as usize), len: off + find(v.len()) }
}

/// Measures lists of both forms and a tuple.
fn probe_seqs() -> SeqLayout {
    use crate::runtime::list::{raw_of, ListStore, PyList};
    // Three items and room for more: the length differs from the capacity.
    let spare = |n: usize| -> Vec<Value> {
        let mut v = Vec::with_capacity(n + 4);
        v.extend((0..n as i64).map(Value::Int));
        v
    };
    let (kind, _) = raw_of(&Value::Int(0)).expect("ints have a compact kind");
    let mut data: Vec<u64> = Vec::with_capacity(7);
    data.extend([0, 1, 2]);
    let compact = Value::List(std::rc::Rc::new(PyList::from_store(ListStore::Compact { tag: kind, data })));
    let values = Value::List(std::rc::Rc::new(PyList::new(spare(3))));
    let tuple = Value::Tuple(std::rc::Rc::new(crate::runtime::objects::PyTuple::new(spare(3))));
    let (Value::List(c), Value::List(v), Value::Tuple(t)) = (&compact, &values, &tuple) else { unreachable!() };
    let payload = |v: &Value| words(v)[1] as usize;
    // SAFETY: the probe lists are new: no borrow of their storage is held.
    let (cs, vs) = unsafe { (&*c.store_ptr(), &*v.store_ptr()) };
    let (ListStore::Compact { tag, data }, ListStore::Values { items, .. }) = (cs, vs) else {
        unreachable!("the probe lists have the forms they were made with")
    };
    // SAFETY: `ListStore` is `#[repr(u64)]`: its first word is the form.
    let form_of = |s: &ListStore| unsafe { *(s as *const ListStore as *const u64) };
    SeqLayout {
        list_form: (c.store_ptr() as usize - payload(&compact)) as i32,
        form_values: form_of(vs),
        form_compact: form_of(cs),
        compact_kind: (tag as *const _ as usize - payload(&compact)) as i32,
        compact: probe_vec(payload(&compact), data),
        values: probe_vec(payload(&values), items),
        tuple: probe_vec(payload(&tuple), &t.items),
    }
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
    fn list_iterator_fields_are_where_the_layout_says() {
        let l = layouts().seq_iter;
        let list = Value::list(vec![Value::Int(1)]);
        let v = Value::Iter(PyIter::new_rc(IterState::Seq { seq: list.clone(), index: 5 }));
        let word = |off: i32| unsafe { *((words(&v)[1] as usize + off as usize) as *const u64) };
        assert_eq!(word(l.state), IterState::SEQ);
        assert_eq!([word(l.seq), word(l.seq + 8)], words(&list));
        assert_eq!(word(l.index), 5);
    }

    #[test]
    fn list_and_tuple_items_are_where_the_layout_says() {
        let seq = layouts().seq;
        let read = |v: &Value, off: i32| unsafe { *((words(v)[1] as usize + off as usize) as *const u64) };
        let floats = Value::List(std::rc::Rc::new(crate::runtime::list::PyList::new_compacting(vec![Value::float(1.5), Value::float(-2.0)])));
        assert_eq!(read(&floats, seq.list_form), seq.form_compact);
        assert_eq!(unsafe { *((words(&floats)[1] as usize + seq.compact_kind as usize) as *const u8) } as u64, TAG_FLOAT);
        assert_eq!(read(&floats, seq.compact.len), 2);
        let items = read(&floats, seq.compact.items) as *const u64;
        assert_eq!(unsafe { *items.add(1) }, (-2.0f64).to_bits());
        let mixed = Value::list(vec![Value::Int(7), Value::str("x")]);
        assert_eq!(read(&mixed, seq.list_form), seq.form_values);
        assert_eq!(read(&mixed, seq.values.len), 2);
        let items = read(&mixed, seq.values.items) as *const [u64; 2];
        assert_eq!(unsafe { *items }, words(&Value::Int(7)));
        let tuple = Value::tuple(vec![Value::None, Value::Int(9), Value::Int(10)]);
        assert_eq!(read(&tuple, seq.tuple.len), 3);
        let items = read(&tuple, seq.tuple.items) as *const [u64; 2];
        assert_eq!(unsafe { *items.add(2) }, words(&Value::Int(10)));
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
