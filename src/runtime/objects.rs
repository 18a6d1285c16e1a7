//! Heap object layouts: containers, functions, classes, instances, modules,
//! iterators and the rarer kinds kept behind [`Other`].

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU32, Ordering};

use super::dict::DictTable;
use super::gc::{self, GcHead};
use super::set::SetTable;
use super::str::PyStr;
use super::value::Value;
use crate::bytecode::Code;
use crate::vm::{Frame, PyResult, Vm};

/// Interned attribute / variable name.
pub type Name = Rc<PyStr>;

pub use super::list::PyList;

/// `tuple`: an immutable vector.
pub struct PyTuple {
    /// The items.
    pub items: Vec<Value>,
    /// The collector's head (tuples of atoms stay untracked).
    pub gc: GcHead,
}
impl PyTuple {
    /// A tuple owning `items` (not tracked: see [`gc::new_tuple`]).
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple { items, gc: GcHead::new() }
    }
}
impl Drop for PyTuple {
    #[inline(never)]
    fn drop(&mut self) {
        gc::untrack(&self.gc);
        // Items go last to first, as CPython's `tupledealloc` releases them
        // (the order finalizers of the items run in).
        while let Some(v) = self.items.pop() {
            v.release();
        }
    }
}

/// The version tag that guards never accept: a dict whose keys changed since a
/// cache last asked for its version, and every object tagged after the tags ran out.
pub const NO_VERSION: u32 = 0;

/// A tag [`next_version`] never hands out, for "nothing cached yet" markers.
pub const VERSION_SENTINEL: u32 = u32::MAX;

/// The next version tag to hand out; [`VERSION_SENTINEL`] once they are used up.
///
/// Inline caches (and native code built from them) trust "same tag, same layout", so a
/// tag must never be handed out twice: the counter stops instead of wrapping. From
/// then on every new tag is [`NO_VERSION`], which the specializer refuses, so the
/// program runs on generic paths instead of on a stale guard. Dict keys versions are
/// handed out lazily ([`PyDict::version_for_cache`]) as CPython does, so creating
/// dicts and adding keys uses no tags; classes and shapes use one each when made or
/// changed.
static NEXT_VERSION: AtomicU32 = AtomicU32::new(1);

/// A fresh version tag (class versions, shape ids, dict keys versions), or
/// [`NO_VERSION`] once the tags are used up.
pub fn next_version() -> u32 {
    NEXT_VERSION.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| (v < VERSION_SENTINEL).then_some(v + 1)).unwrap_or(NO_VERSION)
}

/// Moves the version counter (for tests of what happens when the tags run out;
/// `QUICKEN_VERSION_START` sets it at start-up). Values outside the range handed out
/// mean "used up".
pub fn set_next_version(next: u32) {
    NEXT_VERSION.store(if next == NO_VERSION { VERSION_SENTINEL } else { next }, Ordering::Relaxed);
}

/// The result tuple of the previous step of an iterator that makes a tuple per step
/// (`zip`, `enumerate`). `for a, b in zip(xs, ys)` unpacks each tuple and drops it
/// before the next step, so the next step can refill it in place instead of allocating,
/// as CPython's zip and enumerate do; a tuple the program kept is never touched.
#[derive(Default)]
pub struct TupleRecycler(Option<Rc<PyTuple>>);

impl TupleRecycler {
    /// Takes the previous tuple if it has `len` items and nothing else holds it.
    pub fn take_unshared(&mut self, len: usize) -> Option<Rc<PyTuple>> {
        let t = self.0.take()?;
        (Rc::strong_count(&t) == 1 && Rc::weak_count(&t) == 0 && t.items.len() == len).then_some(t)
    }
    /// The items of a tuple [`TupleRecycler::take_unshared`] gave (nothing else can
    /// reach it, so it can be written).
    pub fn slots(t: &mut Rc<PyTuple>) -> &mut [Value] {
        &mut Rc::get_mut(t).expect("a recycled tuple is unshared").items
    }
    /// The step's result `tuple`, kept for the next step (tracked if a refill
    /// gave it an item that may be).
    pub fn keep(&mut self, tuple: Rc<PyTuple>) -> Value {
        gc::retrack_tuple(&tuple);
        self.0 = Some(tuple.clone());
        Value::Tuple(tuple)
    }
    /// The tuple kept for the next step, if any.
    pub fn kept(&self) -> Option<&Rc<PyTuple>> {
        self.0.as_ref()
    }
}

/// `dict`, also used for module globals and class namespaces.
pub struct PyDict {
    /// The table.
    pub table: RefCell<DictTable>,
    /// [`NO_VERSION`] after a key is added or removed (not when a value is
    /// replaced), a fresh tag once a cache asks for one
    /// ([`PyDict::version_for_cache`]): a cache of "key K lives at entry N" is one
    /// compare.
    pub keys_version: Cell<u32>,
    /// The collector's head.
    pub gc: GcHead,
}
impl PyDict {
    /// An empty dict.
    pub fn new() -> PyDict {
        PyDict { table: RefCell::new(DictTable::new()), keys_version: Cell::new(NO_VERSION), gc: GcHead::new() }
    }
    /// A dict with `table`.
    pub fn with_table(table: DictTable) -> PyDict {
        PyDict { table: RefCell::new(table), keys_version: Cell::new(NO_VERSION), gc: GcHead::new() }
    }
    /// Marks a structural change: caches keyed on the old version stop matching.
    #[inline]
    pub fn bump(&self) {
        self.keys_version.set(NO_VERSION);
    }
    /// The keys version a cache may guard on, handed out now if the keys changed
    /// since the last one; [`NO_VERSION`] (do not specialize) once tags are used up.
    pub fn version_for_cache(&self) -> u32 {
        if self.keys_version.get() == NO_VERSION {
            self.keys_version.set(next_version());
        }
        self.keys_version.get()
    }
    /// Number of items.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Looks up a str key without running Python code (names, attributes).
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        let ix = t.find(key.hash(), |k| match k {
            Value::Str(s) => std::ptr::eq(&**s, key) || **s == *key,
            _ => false,
        })?;
        t.entry(ix).map(|e| e.value.clone())
    }
    /// Entry index of a str key (stable until `keys_version` changes).
    #[inline]
    pub fn find_str(&self, key: &PyStr) -> Option<usize> {
        self.table.borrow().find(key.hash(), |k| match k {
            Value::Str(s) => std::ptr::eq(&**s, key) || **s == *key,
            _ => false,
        })
    }
    /// The value at entry index `ix` (see [`PyDict::find_str`]).
    #[inline]
    pub fn value_at(&self, ix: usize) -> Option<Value> {
        self.table.borrow().entry(ix).map(|e| e.value.clone())
    }
    /// Replaces the value of entry `ix` by `value` when the entry is there
    /// and holds an immediate (so nothing is freed); false otherwise, the
    /// dict unchanged. The keys stay as they are (no version change).
    pub fn replace_immediate_at(&self, ix: usize, value: Value) -> bool {
        let mut t = self.table.borrow_mut();
        match t.entry(ix) {
            Some(e) if e.value.is_immediate() => {
                *t.value_mut(ix) = value;
                true
            }
            _ => false,
        }
    }
    /// Stores under a str key without running Python code.
    pub fn set_str(&self, key: &Name, value: Value) {
        let mut t = self.table.borrow_mut();
        let h = key.hash();
        if let Some(ix) = t.find(h, |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, key) || **s == **key)) {
            *t.value_mut(ix) = value;
        } else {
            t.insert_new(h, Value::Str(key.clone()), value);
            drop(t);
            self.bump();
        }
    }
    /// Removes a str key; returns the old value.
    pub fn del_str(&self, key: &PyStr) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        let ix = t.find(key.hash(), |k| matches!(k, Value::Str(s) if std::ptr::eq(&**s, key) || **s == *key))?;
        let (_, v) = t.remove_at(ix);
        drop(t);
        self.bump();
        Some(v)
    }
    /// Snapshot of the live items (keys and values), in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
    /// Snapshot of the live items with their stored hashes, in order.
    pub fn items_hashed(&self) -> Vec<(i64, Value, Value)> {
        self.table.borrow().entries().iter().filter(|e| !e.key.is_null()).map(|e| (e.hash, e.key.clone(), e.value.clone())).collect()
    }
    /// Snapshot of the keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(k, _)| k.clone()).collect()
    }
}
impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}
impl Drop for PyDict {
    #[inline(never)]
    fn drop(&mut self) {
        gc::untrack(&self.gc);
    }
}

/// `set` / `frozenset`.
pub struct PySet {
    /// The table.
    pub table: RefCell<SetTable>,
    /// True for `frozenset`.
    pub frozen: bool,
    /// The collector's head.
    pub gc: GcHead,
}
impl PySet {
    /// An empty set.
    pub fn new(frozen: bool) -> PySet {
        PySet::with_table(SetTable::new(), frozen)
    }
    /// A set with `table`.
    pub fn with_table(table: SetTable, frozen: bool) -> PySet {
        PySet { table: RefCell::new(table), frozen, gc: GcHead::new() }
    }
    /// Number of items.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A function implemented in Rust. `args` are positional; `kwargs` pairs of
/// (name, value). Method functions receive the receiver as `args[0]`.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Name, Value)]) -> PyResult<Value>;

/// A builtin function or method.
pub struct Builtin {
    /// Name shown in reprs and errors.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// For methods of builtin types: the owning type's name (for reprs/errors).
    pub owner: Option<&'static str>,
}

/// A Python function object.
pub struct Function {
    /// The code to run.
    pub code: Rc<Code>,
    /// Module globals the code sees.
    pub globals: Rc<PyDict>,
    /// `__name__`.
    pub name: RefCell<Name>,
    /// `__qualname__`.
    pub qualname: RefCell<Name>,
    /// Positional defaults (rightmost parameters).
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults.
    pub kwdefaults: RefCell<Vec<(Name, Value)>>,
    /// Closure cells for the code's free variables, in `code.freevars` order.
    pub closure: Vec<Value>,
    /// Arbitrary attributes (`f.cache = {}`), created on first use.
    pub dict: RefCell<Option<Rc<PyDict>>>,
    /// `__module__`.
    pub module: Value,
    /// `__doc__`.
    pub doc: RefCell<Value>,
    /// The collector's head.
    pub gc: GcHead,
    /// `__annotations__` (a dict), made empty on first read when the definition had none.
    pub annotations: RefCell<Option<Value>>,
}

impl Function {
    /// A function running `code` against `globals`, named `name`, with
    /// positional `defaults` and the cells of its free variables: its
    /// `__module__` is the globals' `__name__`, its `__doc__` the code's
    /// docstring; no keyword defaults or annotations yet.
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, name: Name, defaults: Vec<Value>, closure: Vec<Value>) -> Function {
        let module = module_name(&code, &globals);
        let doc = match code.consts.first() {
            Some(d) if code.flags & crate::bytecode::flags::DOCSTRING != 0 => d.clone(),
            _ => Value::None,
        };
        Function {
            name: RefCell::new(name),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(Vec::new()),
            closure,
            dict: RefCell::new(None),
            module,
            doc: RefCell::new(doc),
            annotations: RefCell::new(None),
            gc: GcHead::new(),
        }
    }
}

/// `globals['__name__']` (or `None`) for a function of `code` made now:
/// read at the entry `code` remembers while the dict's keys are unchanged
/// (functions made in a loop), else looked up and remembered.
#[inline]
fn module_name(code: &Code, globals: &PyDict) -> Value {
    let (version, index) = code.module_name_at.get();
    if version != NO_VERSION && globals.keys_version.get() == version {
        if let Some(v) = globals.value_at(index as usize) {
            return v;
        }
    }
    module_name_slow(code, globals)
}

/// The lookup of [`module_name`], remembering where the name was found.
#[inline(never)]
fn module_name_slow(code: &Code, globals: &PyDict) -> Value {
    let Some(index) = globals.find_str(&super::str::static_name("__name__")) else {
        return Value::None;
    };
    let value = globals.value_at(index).unwrap_or(Value::None);
    if let Ok(index) = u32::try_from(index) {
        code.module_name_at.set((globals.version_for_cache(), index));
    }
    value
}

/// A callable bound to a receiver (`obj.method`).
pub struct BoundMethod {
    /// The underlying function (Python or builtin).
    pub func: Value,
    /// The receiver passed as the first argument.
    pub receiver: Value,
    /// The collector's head.
    pub gc: GcHead,
}

impl BoundMethod {
    /// `func` bound to `receiver`. Not tracked: a bound method cannot change
    /// what it refers to, so it is in a cycle only if a container refers to
    /// it, and tracked containers lead full collections to it (see
    /// `gc::discover`).
    pub fn new_rc(func: Value, receiver: Value) -> Rc<BoundMethod> {
        Rc::new(BoundMethod { func, receiver, gc: GcHead::new() })
    }
}

/// A closure cell.
pub struct PyCell {
    /// The variable's value (`Null` while unbound).
    pub value: RefCell<Value>,
    /// The collector's head.
    pub gc: GcHead,
}

impl PyCell {
    /// A cell holding `v`. It is registered with the collector only once it
    /// holds something that may be tracked (see [`PyCell::holds_only_atom`]).
    pub fn new_rc(v: Value) -> Rc<PyCell> {
        gc::new(PyCell { value: RefCell::new(v), gc: GcHead::new() })
    }
    /// Whether the content cannot lead to a cycle (unbound, a number, a
    /// string...): such a cell is left untracked, as the many cells of
    /// closures over loop counters and flags die young. CPython tracks every
    /// cell; the collector sees no difference, since an untracked cell
    /// holding an atom can be in no cycle, and [`PyCell::replace`] registers it
    /// when it is given a container.
    #[inline(always)]
    pub fn holds_only_atom(&self) -> bool {
        !gc::may_be_tracked(&self.value.borrow())
    }
    /// The content, borrowed (`Null` while unbound).
    #[inline(always)]
    pub fn borrow(&self) -> std::cell::Ref<'_, Value> {
        self.value.borrow()
    }
    /// The content, borrowed, unless it is being replaced.
    #[inline(always)]
    pub fn try_borrow(&self) -> Result<std::cell::Ref<'_, Value>, std::cell::BorrowError> {
        self.value.try_borrow()
    }
    /// Stores `v` (every store goes through here, so that the cell is
    /// registered once it may be in a cycle) and returns the old content.
    #[inline(always)]
    pub fn replace(&self, v: Value) -> Value {
        if gc::may_be_tracked(&v) && !self.gc.is_tracked() {
            gc::track_cell(self);
        }
        self.value.replace(v)
    }
}


/// `Drop` of the tracked kinds that cannot be weakly referenced.
macro_rules! untrack_on_drop {
    ($($ty:ty),*) => {
        $(impl Drop for $ty {
            #[inline(never)]
            fn drop(&mut self) {
                gc::untrack(&self.gc);
            }
        })*
    };
}
untrack_on_drop!(PyCell, PyIter);

/// `Drop` of the tracked kinds that can be weakly referenced: the weak
/// references learn of the death.
macro_rules! die_on_drop {
    ($($ty:ty),*) => {
        $(impl Drop for $ty {
            #[inline(never)]
            fn drop(&mut self) {
                gc::dying(&self.gc, gc::inner_of(self));
            }
        })*
    };
}
die_on_drop!(Function, BoundMethod, Class, Module, PySet);

/// What native storage instances of a class carry (inherited from the
/// builtin base class, if any).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NativeKind {
    /// Plain `object`.
    Object,
    /// Subclass of `list`.
    List,
    /// Subclass of `dict`.
    Dict,
    /// Subclass of `BaseException`.
    Exception,
    /// Subclass of `int`.
    Int,
    /// Subclass of `float`.
    Float,
    /// Subclass of `str`.
    Str,
    /// Subclass of `tuple`.
    Tuple,
    /// Subclass of `set`.
    Set,
    /// Subclass of `frozenset`.
    FrozenSet,
    /// Subclass of `bytes`.
    Bytes,
    /// Subclass of `type` (a metaclass): its instances are classes.
    Type,
    /// A builtin type whose instances are not `Instance`s (int, str, ...):
    /// such classes cannot be instantiated as `Instance`.
    Builtin,
    /// A subclassable native-module class (e.g. `random.Random`): its builtin
    /// `__new__` makes instances carrying [`NativeData::Any`] state.
    Any,
}

/// An attribute layout shared by instances (a hidden class). Adding an
/// attribute moves an instance to a child shape; the transition is cached so
/// instances built the same way share shapes.
pub struct Shape {
    /// Attribute names in slot order.
    pub keys: Vec<Name>,
    /// For shapes with more than [`LINEAR_KEYS`] keys (up to
    /// [`INDEXED_KEYS`]): an open-addressed table of (key address, slot
    /// index), so that finding a key (or finding it absent, as method loads
    /// do) costs one probe or two instead of a scan. Empty for small shapes,
    /// where the scan is cheaper.
    index: Box<[(usize, u32)]>,
    /// `64 - log2(index.len())`: shifts a hashed address to its bucket.
    index_shift: u32,
    transitions: RefCell<Vec<(Name, Rc<Shape>)>>,
    /// Unique id (guards compare it).
    pub id: u32,
}

/// Shapes with at most this many keys are searched linearly.
const LINEAR_KEYS: usize = 4;

/// Shapes with more keys than this are searched linearly too. Every prefix
/// of an instance's attributes has its own shape, so an instance given n
/// attributes one by one already holds O(n^2) keys across its shapes;
/// tables, several times the size of the keys, would multiply that for
/// very large instances.
const INDEXED_KEYS: usize = 64;

/// The home bucket of an interned name's address in a table of
/// `1 << (64 - shift)` entries. Fibonacci hashing: names sit at regular
/// allocation strides, so low address bits alone would collide.
#[inline(always)]
fn addr_bucket(addr: usize, shift: u32) -> usize {
    ((addr as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

impl Shape {
    /// The empty root shape.
    pub fn root() -> Rc<Shape> {
        Shape::with_keys(Vec::new())
    }

    /// A shape with `keys` (all interned) and no transitions yet.
    fn with_keys(keys: Vec<Name>) -> Rc<Shape> {
        let mut index = Vec::new();
        let mut index_shift = u64::BITS;
        if (LINEAR_KEYS + 1..=INDEXED_KEYS).contains(&keys.len()) {
            // At most half full, so probe sequences stay short.
            let bits = (keys.len() * 2).next_power_of_two().trailing_zeros();
            index = vec![(0, 0); 1 << bits];
            index_shift = u64::BITS - bits;
            let mask = index.len() - 1;
            for (ix, k) in keys.iter().enumerate() {
                let addr = Rc::as_ptr(k) as usize;
                let mut b = addr_bucket(addr, index_shift);
                while index[b].0 != 0 {
                    b = (b + 1) & mask;
                }
                index[b] = (addr, ix as u32);
            }
        }
        Rc::new(Shape { keys, index: index.into_boxed_slice(), index_shift, transitions: RefCell::new(Vec::new()), id: next_version() })
    }

    /// Slot index of `name`.
    #[inline]
    pub fn index_of(&self, name: &PyStr) -> Option<usize> {
        let hit = self.index_of_interned(name);
        if hit.is_some() || name.is_interned() {
            // Keys are always interned, so an interned name that is not
            // pointer-equal to a key is absent.
            return hit;
        }
        self.keys.iter().position(|k| **k == *name)
    }

    /// Slot index of the key that *is* `name` (compared by address): for an
    /// interned name the same as [`Shape::index_of`], else `None`.
    #[inline(always)]
    pub fn index_of_interned(&self, name: &PyStr) -> Option<usize> {
        if self.index.is_empty() {
            return self.keys.iter().position(|k| std::ptr::eq(&**k, name));
        }
        let addr = name as *const PyStr as usize;
        let mask = self.index.len() - 1;
        let mut b = addr_bucket(addr, self.index_shift);
        loop {
            let (a, ix) = *self.index.get(b)?;
            if a == addr {
                return Some(ix as usize);
            }
            if a == 0 {
                return None;
            }
            b = (b + 1) & mask;
        }
    }

    /// The shape with `name` appended (cached transition).
    pub fn with_key(self: &Rc<Shape>, name: &Name) -> Rc<Shape> {
        let name = crate::runtime::str::intern_rc(name);
        // Transition keys are interned: comparing addresses is enough.
        for (k, s) in self.transitions.borrow().iter() {
            if Rc::ptr_eq(k, &name) {
                return s.clone();
            }
        }
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend(self.keys.iter().cloned());
        keys.push(name.clone());
        let s = Shape::with_keys(keys);
        let mut t = self.transitions.borrow_mut();
        if t.len() < 64 {
            t.push((name, s.clone()));
        }
        s
    }
}

/// A class object (builtin types are classes too).
pub struct Class {
    /// `__name__`.
    pub name: Name,
    /// `__qualname__`.
    pub qualname: Name,
    /// Direct bases.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    /// The namespace.
    pub dict: PyDict,
    /// Version tag; changes when this class or any base is mutated.
    pub version: Cell<u32>,
    /// Native layout of instances.
    pub native: NativeKind,
    /// `__slots__` names when the class (and its bases) restrict attributes.
    pub slots: Option<Vec<Name>>,
    /// Root attribute layout shared by this class's instances.
    pub root_shape: Rc<Shape>,
    /// True for builtin types (attributes cannot be set on them).
    pub builtin: bool,
    /// Subclasses, to propagate version changes.
    pub subclasses: RefCell<Vec<Weak<Class>>>,
    /// The metaclass when it is not `type` (`class C(metaclass=M)`, or inherited
    /// from a base): `type(C)`, and where special methods on the class are found.
    pub metaclass: Option<Rc<Class>>,
    /// For a metaclass: the classes made with it. A change to the metaclass can
    /// change attribute access and calls on them, so it bumps their versions too.
    pub meta_instances: RefCell<Vec<Weak<Class>>>,
    /// Two-way set-associative cache of MRO lookups: (interned name
    /// address, class version, result or Null), the most recently filled
    /// entry of a pair first. A version change makes every entry stale.
    pub lookup_cache: RefCell<Vec<(usize, u32, Value)>>,
    /// Most attributes an instance of this class has held (in slots): new
    /// instances allocate that many slots at once, exactly.
    pub attr_hint: Cell<u32>,
    /// (version, [`AttrFlags`] bits) of the version they were computed for.
    attr_flags: Cell<(u32, u8)>,
    /// (version, whether a class on the MRO defines `__del__`): the answer
    /// of [`Class::may_have_finalizer`], asked at every instance's death,
    /// kept apart from `attr_flags` because it can be found out where those
    /// cannot (while an instance dies in the middle of a lookup).
    finalizer_flag: Cell<(u32, bool)>,
    /// The collector's head (classes made by `class` statements are tracked).
    pub gc: GcHead,
    /// The class itself, for classes made by `class` statements: CPython's
    /// classes are in a cycle (their `__mro__` holds them), so they die in a
    /// collection, not when the last name goes; this reference does the same
    /// here (the collector clears it).
    pub self_ref: RefCell<Option<Rc<Class>>>,
}

/// What attribute access on instances of a class has to consider beyond the
/// instance's own attributes, as bits computed once per class version (see
/// [`Class::has_data_descriptors`], [`Class::custom_setattr`],
/// [`Class::stores_plainly`]).
struct AttrFlags;

impl AttrFlags {
    /// A class on the MRO holds a data descriptor.
    const DATA_DESCRIPTORS: u8 = 1;
    /// A class on the MRO defines `__setattr__` in Python.
    const SETATTR_HOOK: u8 = 2;
    /// Instances are exceptions, whose `args`, `__cause__`, ... are stored
    /// natively.
    const EXCEPTION: u8 = 4;
    /// A class on the MRO defines `__del__`.
    const FINALIZER: u8 = 8;
}

/// True when `name` is among `names` (interned names compare by address).
pub fn declares(names: &[Name], name: &PyStr) -> bool {
    if name.is_interned() {
        names.iter().any(|n| std::ptr::eq(&**n, name) || (!n.is_interned() && **n == *name))
    } else {
        names.iter().any(|n| **n == *name)
    }
}

/// log2 of the number of entries in [`Class::lookup_cache`] (pairs of them:
/// the cache is two-way set associative).
pub const LOOKUP_CACHE_BITS: u32 = 6;
/// Entries in [`Class::lookup_cache`].
pub const LOOKUP_CACHE_SIZE: usize = 1 << LOOKUP_CACHE_BITS;

/// An empty lookup cache.
pub fn new_lookup_cache() -> RefCell<Vec<(usize, u32, Value)>> {
    RefCell::new(vec![(0, 0, Value::Null); LOOKUP_CACHE_SIZE])
}
/// Everything that distinguishes one class from another at creation.
pub struct ClassSpec {
    /// `__name__`.
    pub name: Name,
    /// `__qualname__`.
    pub qualname: Name,
    /// Direct bases.
    pub bases: Vec<Rc<Class>>,
    /// MRO excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    /// The namespace.
    pub dict: PyDict,
    /// Native layout of instances.
    pub native: NativeKind,
    /// `__slots__` restriction.
    pub slots: Option<Vec<Name>>,
    /// True for builtin types.
    pub builtin: bool,
    /// The metaclass, `None` for `type`.
    pub metaclass: Option<Rc<Class>>,
}

impl Class {
    /// Creates a class with fresh version, layout and caches, and registers it
    /// with its bases (for version propagation).
    pub fn create(spec: ClassSpec) -> Rc<Class> {
        let cls = Rc::new(Class {
            name: spec.name,
            qualname: spec.qualname,
            bases: spec.bases,
            mro: spec.mro,
            dict: spec.dict,
            version: Cell::new(next_version()),
            native: spec.native,
            slots: spec.slots,
            root_shape: Shape::root(),
            builtin: spec.builtin,
            subclasses: RefCell::new(Vec::new()),
            metaclass: spec.metaclass,
            meta_instances: RefCell::new(Vec::new()),
            lookup_cache: new_lookup_cache(),
            attr_hint: Cell::new(0),
            // Computed on first use.
            attr_flags: Cell::new((VERSION_SENTINEL, 0)),
            finalizer_flag: Cell::new((VERSION_SENTINEL, false)),
            gc: GcHead::new(),
            self_ref: RefCell::new(None),
        });
        if !cls.builtin {
            *cls.self_ref.borrow_mut() = Some(cls.clone());
            gc::track(&cls);
            if cls.may_have_finalizer() {
                gc::state().exit_work = true;
            }
        }
        for b in &cls.bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&cls));
        }
        if let Some(meta) = &cls.metaclass {
            let mut instances = meta.meta_instances.borrow_mut();
            // Forget dead classes now and then (amortized: at each doubling).
            if instances.len() >= 16 && instances.len().is_power_of_two() {
                instances.retain(|w| w.strong_count() > 0);
            }
            instances.push(Rc::downgrade(&cls));
        }
        cls
    }

    /// Whether instances may need their `__del__` run when they die (a class
    /// on the MRO defines it). Safe while the class dicts are borrowed (an
    /// instance dying as its class changes): then it answers yes, and the
    /// finalizer queue looks again.
    #[inline]
    pub fn may_have_finalizer(&self) -> bool {
        let (version, found) = self.finalizer_flag.get();
        if version == self.version.get() {
            return found;
        }
        self.finalizer_uncached()
    }

    /// Scans the MRO for `__del__`, remembering the answer for this version
    /// unless a class dict was busy (then: yes, not remembered).
    #[cold]
    fn finalizer_uncached(&self) -> bool {
        let name = crate::runtime::str::static_name("__del__");
        let mut found = false;
        for c in std::iter::once(self).chain(self.mro.iter().map(|c| &**c)) {
            match c.dict.table.try_borrow() {
                Ok(t) => {
                    if t.iter().any(|(k, _)| matches!(k, Value::Str(s) if **s == *name)) {
                        found = true;
                        break;
                    }
                }
                // Not remembered: the dict being changed may be gaining one.
                Err(_) => return true,
            }
        }
        // (Once tags are used up a change keeps the version: nothing is kept.)
        if self.version.get() != NO_VERSION {
            self.finalizer_flag.set((self.version.get(), found));
        }
        found
    }

    /// Looks a name up along the MRO (cached per class version for interned names).
    #[inline]
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        if name.is_interned() {
            let key = name as *const PyStr as usize;
            let version = self.version.get();
            let pair = Class::lookup_pair(key);
            let cache = self.lookup_cache.borrow();
            for e in &cache[pair..pair + 2] {
                if e.0 == key && e.1 == version {
                    return if e.2.is_null() { None } else { Some(e.2.clone()) };
                }
            }
        }
        self.lookup_and_cache(name)
    }

    /// The first of the two [`Class::lookup_cache`] entries where the name
    /// at address `key` may be cached.
    #[inline(always)]
    fn lookup_pair(key: usize) -> usize {
        // Fibonacci hashing: interned names sit at regular allocation
        // strides, so low address bits alone would collide.
        let pairs_bits = LOOKUP_CACHE_BITS - 1;
        (((key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (u64::BITS - pairs_bits)) as usize) * 2
    }

    /// The cache miss of [`Class::lookup`]: walks the MRO and caches the
    /// answer (for interned names), evicting the older entry of its pair.
    #[inline(never)]
    fn lookup_and_cache(&self, name: &PyStr) -> Option<Value> {
        let r = self.lookup_uncached(name);
        if name.is_interned() {
            let key = name as *const PyStr as usize;
            let pair = Class::lookup_pair(key);
            let entry = (key, self.version.get(), r.clone().unwrap_or(Value::Null));
            let mut cache = self.lookup_cache.borrow_mut();
            let old = if cache[pair].0 == key {
                // A stale answer for the same name: replace it.
                std::mem::replace(&mut cache[pair], entry)
            } else {
                let old = std::mem::replace(&mut cache[pair + 1], entry);
                cache.swap(pair, pair + 1);
                old
            };
            drop(cache);
            old.2.release();
        }
        r
    }

    /// The [`AttrFlags`] bits for the current version.
    #[inline(always)]
    fn attr_flags(&self) -> u8 {
        let (version, flags) = self.attr_flags.get();
        if version == self.version.get() {
            return flags;
        }
        self.compute_attr_flags()
    }

    /// Recomputes the [`AttrFlags`] bits after a version change.
    #[inline(never)]
    fn compute_attr_flags(&self) -> u8 {
        let is_data = |value: &Value| match value {
            Value::Other(o) => matches!(&**o, Other::Property { .. }),
            Value::Instance(d) => {
                d.class.lookup(&crate::runtime::str::static_name("__set__")).is_some()
                    || d.class.lookup(&crate::runtime::str::static_name("__delete__")).is_some()
            }
            _ => false,
        };
        let mut flags = 0;
        if std::iter::once(self).chain(self.mro.iter().map(|c| &**c)).any(|c| c.dict.table.borrow().iter().any(|(_, v)| is_data(v))) {
            flags |= AttrFlags::DATA_DESCRIPTORS;
        }
        if self.lookup(&crate::runtime::str::static_name("__setattr__")).is_some_and(|f| !matches!(f, Value::Builtin(_))) {
            flags |= AttrFlags::SETATTR_HOOK;
        }
        if self.native == NativeKind::Exception {
            flags |= AttrFlags::EXCEPTION;
        }
        if self.finalizer_uncached() {
            flags |= AttrFlags::FINALIZER;
        }
        self.attr_flags.set((self.version.get(), flags));
        flags
    }

    /// The user-defined `__setattr__` in the MRO, if any (cached per version).
    #[inline]
    pub fn custom_setattr(&self) -> Option<Value> {
        if self.attr_flags() & AttrFlags::SETATTR_HOOK == 0 {
            return None;
        }
        self.lookup(&crate::runtime::str::static_name("__setattr__")).filter(|f| !matches!(f, Value::Builtin(_)))
    }

    /// Whether a class on the MRO defines a data descriptor (a property, or
    /// an object whose class has `__set__` or `__delete__`). When none does,
    /// an instance's own attribute wins over anything the class has, so
    /// attribute loads can look at the instance first (cached per version).
    #[inline]
    pub fn has_data_descriptors(&self) -> bool {
        self.attr_flags() & AttrFlags::DATA_DESCRIPTORS != 0
    }

    /// True when `obj.name = v` on an instance only binds `name` among the
    /// instance's own attributes: no `__setattr__`, no data descriptor on
    /// the class, no native exception field (every [`AttrFlags`] bit is one
    /// of those), and `name` is not `__class__` and is allowed by `__slots__`.
    #[inline]
    pub fn stores_plainly(&self, name: &PyStr) -> bool {
        self.attr_flags() & !AttrFlags::FINALIZER == 0 && self.slots.as_ref().is_none_or(|slots| declares(slots, name)) && name.as_str() != "__class__"
    }

    /// Walks the MRO dicts.
    pub fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }
    /// True when `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(&**c, other))
    }
    /// Invalidates what depends on this class after its own attribute
    /// `name` was set or deleted. Whether an object is a descriptor, and a
    /// data descriptor, depends on its class's `__get__`, `__set__` and
    /// `__delete__`: a change to one of those can change attribute access on
    /// any class holding such an object, so then every class is invalidated
    /// (all derive from `object`). Other names invalidate the subclasses.
    #[cold]
    pub fn attribute_changed(&self, name: &PyStr) {
        if name.as_str() == "__del__" {
            gc::state().exit_work = true;
        }
        // The lookup caches' entries for the name hold the old value (strong
        // references): they go now, not when the slot is reused, so the old
        // value is not kept alive by a stale entry.
        self.forget_cached(name);
        if matches!(name.as_str(), "__get__" | "__set__" | "__delete__") {
            crate::runtime::types::types().object.modified();
        } else {
            self.modified();
        }
    }

    /// Drops the lookup cache entries for `name` here and in the subclasses.
    fn forget_cached(&self, name: &PyStr) {
        if !name.is_interned() {
            return;
        }
        let key = name as *const PyStr as usize;
        let pair = Class::lookup_pair(key);
        let stale: Vec<Value> = match self.lookup_cache.try_borrow_mut() {
            Ok(mut cache) => cache[pair..pair + 2].iter_mut().filter(|e| e.0 == key).map(|e| std::mem::replace(e, (0, 0, Value::Null)).2).collect(),
            Err(_) => Vec::new(),
        };
        drop(stale);
        let subclasses: Vec<Rc<Class>> = self.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
        for c in subclasses {
            c.forget_cached(name);
        }
    }

    /// Invalidates caches that depend on this class and its subclasses.
    pub fn modified(&self) {
        let version = next_version();
        self.version.set(version);
        if version == NO_VERSION {
            // Tags are used up, so the version no longer changes: the class's own
            // per-version caches are emptied instead.
            self.attr_flags.set((VERSION_SENTINEL, 0));
            self.finalizer_flag.set((VERSION_SENTINEL, false));
            let stale = std::mem::replace(&mut *self.lookup_cache.borrow_mut(), new_lookup_cache().into_inner());
            drop(stale);
        }
        for w in self.subclasses.borrow().iter() {
            if let Some(c) = w.upgrade() {
                c.modified();
            }
        }
        for w in self.meta_instances.borrow().iter() {
            if let Some(c) = w.upgrade() {
                c.modified();
            }
        }
    }
}

/// Per-exception state, boxed so that the [`NativeData`] of every instance
/// stays small (exceptions are rare next to plain objects).
#[derive(Clone, Default)]
pub struct ExcData(Box<ExcFields>);

impl ExcData {
    /// State with the given `args`.
    pub fn with_args(args: Vec<Value>) -> ExcData {
        ExcData(Box::new(ExcFields { args, ..Default::default() }))
    }
}

impl std::ops::Deref for ExcData {
    type Target = ExcFields;
    fn deref(&self) -> &ExcFields {
        &self.0
    }
}

impl std::ops::DerefMut for ExcData {
    fn deref_mut(&mut self) -> &mut ExcFields {
        &mut self.0
    }
}

/// The fields of [`ExcData`].
#[derive(Clone, Default)]
pub struct ExcFields {
    /// `args`.
    pub args: Vec<Value>,
    /// Traceback entries, innermost first as they were added.
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__`.
    pub cause: Value,
    /// `__context__`.
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// The attributes the class's constructor sets (`errno`, `lineno`,
    /// `value`, ...; see `builtins::exceptions`).
    pub fields: Vec<(&'static str, Value)>,
}

/// One traceback line: where a frame was when the exception passed through it.
#[derive(Clone)]
pub struct TracebackEntry {
    /// The frame's code.
    pub code: Rc<Code>,
    /// The frame's globals (`tb_frame.f_globals`).
    pub globals: Rc<PyDict>,
    /// The line number.
    pub line: u32,
    /// The instruction that was running (to find its source range).
    pub pc: u32,
}

/// Native storage carried by an instance.
pub enum NativeData {
    /// Nothing beyond attributes.
    None,
    /// The list of a `list` subclass instance.
    List(Rc<PyList>),
    /// The dict of a `dict` subclass instance.
    Dict(Rc<PyDict>),
    /// Exception state.
    Exception(RefCell<ExcData>),
    /// The value of an int/float/str/bytes/tuple/set/frozenset subclass
    /// instance (fixed at creation, except a set's items).
    Value(Value),
    /// State of a native-module object (deque, lru_cache wrapper, ...),
    /// downcast by the module that made it.
    Any(Box<dyn std::any::Any>),
}

/// An instance's attributes: a shared layout plus one slot per key, or —
/// once Python code asked for `obj.__dict__` — a real dict (dict mode, which
/// the specializing tiers leave alone).
pub struct Attrs {
    /// The layout (assign through [`Attrs::set_shape`]).
    pub shape: Rc<Shape>,
    /// `shape.id`, kept here so that guards compare it without following
    /// the shape pointer (one dependent load less on every attribute access).
    pub shape_id: u32,
    /// Slot values (`Null` = deleted, though deletion normally re-shapes).
    pub values: Vec<Value>,
    /// The materialized `__dict__`; when set it holds every attribute.
    pub dict: Option<Rc<PyDict>>,
}

impl Attrs {
    /// Attributes with layout `shape` and no values yet.
    pub fn new(shape: Rc<Shape>) -> Attrs {
        Attrs { shape_id: shape.id, shape, values: Vec::new(), dict: None }
    }

    /// Changes the layout; returns the old one (to be dropped after any
    /// borrow of these attributes ends).
    #[inline]
    pub fn set_shape(&mut self, shape: Rc<Shape>) -> Rc<Shape> {
        self.shape_id = shape.id;
        std::mem::replace(&mut self.shape, shape)
    }

    /// Appends the value of a new attribute (the shape already has its key).
    #[inline]
    pub fn push_slot(&mut self, class: &Class, value: Value) {
        let len = self.values.len();
        if len == self.values.capacity() {
            // Exact capacity: instances of a class usually end up with the
            // same attributes, so grow once to the class's size.
            let hint = class.attr_hint.get() as usize;
            self.values.reserve_exact(hint.max(len + 1) - len);
        }
        self.values.push(value);
        if len + 1 > class.attr_hint.get() as usize {
            class.attr_hint.set((len + 1) as u32);
        }
    }
}

// Instances are the most numerous objects of many programs: keep them small
// (rare state such as exception data lives behind a box). With the `Rc`
// counts, 96 bytes fill one of mimalloc's 112-byte blocks.
const _: () = assert!(std::mem::size_of::<Instance>() <= 96);

/// What an instance holds (reached through [`Instance`]'s `Deref`).
pub struct InstanceData {
    /// The class.
    pub class: Rc<Class>,
    /// Attributes.
    pub attrs: RefCell<Attrs>,
    /// Native payload.
    pub native: NativeData,
}

/// An instance of a user-defined (or exception) class.
///
/// Its contents are dropped by hand: an instance whose class defines
/// `__del__` is not dropped when its last reference goes, but revived in
/// place (same address, contents intact) and queued for its finalizer, which
/// runs at the next safe point, as CPython runs `tp_finalize` before
/// deallocation (PEP 442). See [`Instance`]'s `Drop`.
pub struct Instance {
    data: std::mem::ManuallyDrop<InstanceData>,
    /// The collector's head.
    pub gc: GcHead,
    /// The order instances were made in (the collector keeps it for the
    /// untracked ones it registers late), with the "`__del__` has run" flag
    /// (it runs once) as the top bit.
    seq: Cell<u32>,
}

/// The top bit of [`Instance::seq`].
const FINALIZED: u32 = 1 << 31;


impl std::ops::Deref for Instance {
    type Target = InstanceData;
    #[inline(always)]
    fn deref(&self) -> &InstanceData {
        &self.data
    }
}

impl Drop for Instance {
    // (Inline into `Rc`'s out-of-line `drop_slow`.)
    #[inline]
    fn drop(&mut self) {
        if self.class.may_have_finalizer() && self.revive_for_finalizer() {
            return;
        }
        gc::dying(&self.gc, gc::inner_of(self));
        // SAFETY: dropped once, here.
        unsafe { std::mem::ManuallyDrop::drop(&mut self.data) }
    }
}

impl Instance {
    /// The last reference to an instance whose class defines `__del__` went:
    /// unless it was finalized already, the instance lives on (in place),
    /// owned by the finalizer queue, and true is returned.
    #[cold]
    #[inline(never)]
    fn revive_for_finalizer(&mut self) -> bool {
        if self.finalized() || !finalizers::accepting() {
            return false;
        }
        // SAFETY: instances live in an `Rc` (`Instance::new_rc` makes them)
        // whose strong count just reached zero; `revive` makes it one again,
        // owned by the queue, and keeps the allocation.
        unsafe {
            gc::revive(gc::inner_of(self));
            finalizers::push_del(Value::Instance(Rc::from_raw(self as *const Instance)));
        }
        true
    }
}

impl Instance {
    /// A new instance, tracked when it holds a container (an instance holding
    /// none cannot be in a cycle but through its class: it is tracked once it
    /// is given a container, see [`Instance::note_value`], or found by a full
    /// collection, see `gc::discover`).
    pub fn new_rc(class: Rc<Class>, attrs: Attrs, native: NativeData) -> Rc<Instance> {
        let native_atoms = match &native {
            NativeData::None => true,
            // An int/str/tuple subclass instance: its value is fixed.
            NativeData::Value(v) => !gc::may_be_tracked(v),
            _ => false,
        };
        let leaf = native_atoms && attrs.dict.is_none() && !attrs.values.iter().any(gc::may_be_tracked);
        let rc = Rc::new(Instance {
            data: std::mem::ManuallyDrop::new(InstanceData { class, attrs: RefCell::new(attrs), native }),
            gc: GcHead::new(),
            seq: Cell::new(gc::next_seq()),
        });
        if !leaf {
            gc::track(&rc);
        }
        rc
    }

    /// A new instance of a class without native storage, with no attributes
    /// yet: it holds no container, so it starts untracked, as
    /// [`Instance::new_rc`] would leave it (without that function's checks,
    /// on the path every `Class()` call takes).
    #[inline]
    pub fn new_bare(class: &Rc<Class>) -> Rc<Instance> {
        Rc::new(Instance {
            data: std::mem::ManuallyDrop::new(InstanceData {
                class: class.clone(),
                attrs: RefCell::new(Attrs::new(class.root_shape.clone())),
                native: NativeData::None,
            }),
            gc: GcHead::new(),
            seq: Cell::new(gc::next_seq()),
        })
    }

    /// True once `__del__` has run (or is running).
    #[inline]
    pub fn finalized(&self) -> bool {
        self.seq.get() & FINALIZED != 0
    }

    /// Marks `__del__` as run.
    pub fn set_finalized(&self) {
        self.seq.set(self.seq.get() | FINALIZED);
    }

    /// The order the instance was made in (wrapping after 2^31 instances).
    pub fn creation(&self) -> u32 {
        self.seq.get() & !FINALIZED
    }

    /// Tells the collector that `v` is about to be stored in this instance:
    /// an untracked instance given a container is tracked from now on.
    #[inline(always)]
    pub fn note_value(&self, v: &Value) {
        if !v.is_immediate() {
            self.note_heap_value(v);
        }
    }

    #[inline(never)]
    fn note_heap_value(&self, v: &Value) {
        if !self.gc.is_tracked() && gc::may_be_tracked(v) {
            gc::track_instance(self);
        }
    }
    /// Reads an attribute stored on the instance itself.
    #[inline]
    pub fn get_attr(&self, name: &PyStr) -> Option<Value> {
        // SAFETY: the reference is dropped before this returns, and nothing
        // in between can borrow the attributes mutably (cloning a value runs
        // no code). Skipping the borrow count matters on this hot path.
        if let Ok(a) = unsafe { self.attrs.try_borrow_unguarded() } {
            if a.dict.is_none() {
                if let Some(i) = a.shape.index_of_interned(name) {
                    return a.values.get(i).cloned();
                }
                if name.is_interned() {
                    return None;
                }
            }
        }
        self.get_attr_slow(name)
    }
    /// [`Instance::get_attr`] in dict mode or for a name that is not
    /// interned (kept out of line: the common case needs no call).
    #[cold]
    #[inline(never)]
    fn get_attr_slow(&self, name: &PyStr) -> Option<Value> {
        let a = self.attrs.borrow();
        if let Some(d) = &a.dict {
            return d.get_str(name);
        }
        a.shape.index_of(name).and_then(|i| a.values.get(i)).cloned()
    }
    /// The instance's `__dict__`, switching it to dict mode on first use.
    pub fn dict(&self) -> Rc<PyDict> {
        gc::track_instance(self);
        let mut a = self.attrs.borrow_mut();
        if let Some(d) = &a.dict {
            return d.clone();
        }
        let d = crate::runtime::gc::new(PyDict::new());
        for (k, v) in a.shape.keys.iter().zip(a.values.iter()) {
            d.set_str(k, v.clone());
        }
        a.values.clear();
        a.set_shape(self.class.root_shape.clone());
        a.dict = Some(d.clone());
        d
    }
    /// Stores an attribute on the instance.
    #[inline]
    pub fn set_attr(&self, name: &Name, value: Value) {
        self.note_value(&value);
        let mut a = self.attrs.borrow_mut();
        if a.dict.is_none() {
            if let Some(slot) = a.shape.index_of(name).and_then(|i| a.values.get_mut(i)) {
                let old = std::mem::replace(slot, value);
                drop(a);
                // Released once the attributes are no longer borrowed.
                old.release();
                return;
            }
        }
        self.add_attr(a, name, value);
    }
    /// The rest of [`Instance::set_attr`]: a store into the `__dict__`, or
    /// of an attribute the layout does not have yet.
    #[inline(never)]
    fn add_attr(&self, mut a: std::cell::RefMut<'_, Attrs>, name: &Name, value: Value) {
        if let Some(d) = &a.dict {
            d.set_str(name, value);
            return;
        }
        let next = a.shape.with_key(name);
        let old = a.set_shape(next);
        a.push_slot(&self.class, value);
        drop(a);
        drop(old);
    }
    /// Deletes an attribute stored on the instance; false when absent.
    pub fn del_attr(&self, name: &PyStr) -> bool {
        let mut a = self.attrs.borrow_mut();
        if let Some(d) = &a.dict {
            return d.del_str(name).is_some();
        }
        let Some(i) = a.shape.index_of(name) else { return false };
        let keys: Vec<Name> = a.shape.keys.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, k)| k.clone()).collect();
        let mut values = std::mem::take(&mut a.values);
        values.remove(i);
        let mut shape = self.class.root_shape.clone();
        for k in &keys {
            shape = shape.with_key(k);
        }
        a.set_shape(shape);
        a.values = values;
        true
    }
    /// Exception state, if this is an exception.
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match &self.native {
            NativeData::Exception(e) => Some(e),
            _ => None,
        }
    }
}

/// A module object.
pub struct Module {
    /// `__name__`.
    pub name: String,
    /// The namespace.
    pub dict: Rc<PyDict>,
    /// The collector's head.
    pub gc: GcHead,
}

impl Module {
    /// A tracked module object.
    pub fn new_rc(name: impl Into<String>, dict: Rc<PyDict>) -> Rc<Module> {
        gc::new(Module { name: name.into(), dict, gc: GcHead::new() })
    }
}

/// Built-in iterators.
pub struct PyIter {
    /// Iteration state.
    pub state: RefCell<IterState>,
    /// The collector's head.
    pub gc: GcHead,
}

impl PyIter {
    /// A new iterator. Not tracked, as bound methods (see
    /// [`BoundMethod::new_rc`]): what it walks is fixed when it is made.
    pub fn new_rc(state: IterState) -> Rc<PyIter> {
        Rc::new(PyIter { state: RefCell::new(state), gc: GcHead::new() })
    }
}

impl IterState {
    /// The discriminant word of [`IterState::Range`].
    pub const RANGE: u64 = 1;
    /// The discriminant word of [`IterState::Seq`].
    pub const SEQ: u64 = 0;
}

/// The next value of a range iteration at `next` (then advanced), if any.
/// Past the last value `next` may not fit an i64: it then parks at `stop`.
#[inline(always)]
pub fn range_next(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    if (step > 0 && *next < stop) || (step < 0 && *next > stop) {
        let v = *next;
        *next = v.checked_add(step).unwrap_or(stop);
        Some(v)
    } else {
        None
    }
}

/// What a builtin iterator walks over.
///
/// `#[repr(u64)]` gives the layout native code reads for range iterators
/// and list/tuple iterators (`crate::jit::layout`): the discriminant word,
/// then the variant's fields in order (`Range`: `next`, `stop`, `step`;
/// `Seq`: `seq`, `index`).
#[repr(u64)]
pub enum IterState {
    /// A list or tuple (or any indexable value) by index.
    Seq { seq: Value, index: usize } = IterState::SEQ,
    /// A range.
    Range { next: i64, stop: i64, step: i64 } = IterState::RANGE,
    /// A string by byte offset.
    Str { s: Rc<PyStr>, pos: usize },
    /// Dict keys (0), values (1) or items (2) by entry index.
    Dict { dict: Rc<PyDict>, index: usize, kind: u8, len: usize },
    /// A set by table slot.
    Set { set: Rc<PySet>, index: usize, len: usize },
    /// `enumerate`; `last` is the tuple of the previous step, refilled when nothing
    /// else holds it (see [`TupleRecycler`]).
    Enumerate { inner: Value, count: Value, last: TupleRecycler },
    /// `zip`. (The iterators are shared, so that a step holds them with one reference
    /// count.)
    Zip { inners: Rc<[Value]>, strict: bool, last: TupleRecycler },
    /// `map`.
    Map { func: Value, inners: Rc<[Value]> },
    /// `filter` (func None = truthiness).
    Filter { func: Value, inner: Value },
    /// `reversed` over a sequence.
    Reversed { seq: Value, index: isize },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// A precomputed list of values (used for snapshots).
    Values { items: Vec<Value>, index: usize },
    /// An iterator implemented by a native module (itertools, deque, ...).
    Native(Box<dyn NativeIter>),
    /// Exhausted.
    Done,
}

/// An iterator implemented in Rust by a native module. While `next` runs the
/// owning [`PyIter`] holds `Done` (re-entrant calls see an exhausted iterator).
pub trait NativeIter {
    /// The next item; `Ok(None)` when exhausted.
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>>;
    /// The iterator's class (`type(it)`).
    fn class(&self) -> &'static Rc<Class>;
    /// Reports the values the iterator holds to the cycle collector (none by
    /// default: they then count as held from outside).
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

/// What a generator-like object is: its frame runs the same way for the
/// three, they differ in protocol (`for` iterates a generator, `await`
/// drives a coroutine, `async for` an async generator).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// A `def` with `yield`.
    Generator,
    /// An `async def` without `yield`.
    Coroutine,
    /// An `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use ("generator", "coroutine", "async generator").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// Generator object (also coroutines and async generators): a suspended frame.
pub struct Generator {
    /// The frame; `None` once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    /// True while executing (re-entrance raises ValueError).
    pub running: Cell<bool>,
    /// `__name__`.
    pub name: Name,
    /// `__qualname__`.
    pub qualname: Name,
    /// True once the frame has started.
    pub started: Cell<bool>,
    /// The collector's head.
    pub gc: GcHead,
    /// Generator, coroutine or async generator.
    pub kind: GenKind,
    /// The exception the suspended frame is handling (in an `except` or
    /// `finally` body), `None` when it handles none: a frame's handled
    /// exception is its own, swapped in on resume (CPython's `gi_exc_state`).
    pub exc_state: Cell<Value>,
    /// Async generators: an `asend`/`athrow` is being awaited.
    pub running_async: Cell<bool>,
    /// Async generators: closed by `aclose()` or finished by an exception.
    pub closed: Cell<bool>,
    /// Async generators: the asyncgen hooks were consulted (at the first
    /// `__anext__`/`asend`/`athrow`/`aclose`).
    pub hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook in force at the first
    /// iteration, called with the generator if it is dropped unfinished
    /// (`None`: closed like a generator).
    pub finalizer: RefCell<Value>,
}

impl Generator {
    /// A suspended, not yet started generator-like object over `frame`.
    pub fn new(frame: Frame, name: Name, qualname: Name, kind: GenKind) -> Generator {
        Generator {
            frame: RefCell::new(Some(Box::new(frame))),
            running: Cell::new(false),
            name,
            qualname,
            started: Cell::new(false),
            kind,
            exc_state: Cell::new(Value::None),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            hooks_inited: Cell::new(false),
            finalizer: RefCell::new(Value::None),
            gc: GcHead::new(),
        }
    }
}

/// Work that runs Python code and waits for the next safe point (see
/// `Vm::run_finalizers`): generator frames to close, `__del__` methods,
/// weak reference callbacks.
pub mod finalizers {
    //! The queue of pending finalization work. Objects die anywhere (inside
    //! a dict update, with borrows held), so what their death asks for runs
    //! later: the queue raises the eval breaker (`crate::vm::signals`) and
    //! the loop drains it at its next check, in order.
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;

    use crate::runtime::value::Value;
    use crate::vm::signals;
    use crate::vm::Frame;

    /// One piece of pending work.
    pub enum Pending {
        /// A generator suspended inside a `try` died: close its frame, so its
        /// `finally` blocks run.
        Close(Box<Frame>),
        /// An instance whose class defines `__del__` lost its last reference
        /// (it was revived in place for this): run `__del__`, then let it go.
        Del(Value),
        /// A weakly referenced object died: call `callback(weakref)`.
        Callback {
            /// The weak reference object.
            weakref: Value,
            /// Its callback.
            callback: Value,
        },
        /// An unfinished async generator died: call its event loop's
        /// finalizer hook, `hook(agen)`.
        HookCall {
            /// The finalizer hook in force at the generator's first iteration.
            hook: Value,
            /// The generator (a new object over its frame).
            agen: Value,
        },
    }

    /// Notes a coroutine dropped without ever running, for the
    /// "coroutine ... was never awaited" RuntimeWarning.
    pub fn push_never_awaited(qualname: String) {
        let _ = NEVER_AWAITED.try_with(|q| q.borrow_mut().push(qualname));
        signals::request_break();
    }

    /// Takes the coroutines noted by [`push_never_awaited`].
    pub fn take_never_awaited() -> Vec<String> {
        NEVER_AWAITED.try_with(|q| std::mem::take(&mut *q.borrow_mut())).unwrap_or_default()
    }

    thread_local! {
        static QUEUE: RefCell<VecDeque<(u64, Pending)>> = const { RefCell::new(VecDeque::new()) };
        static SEQ: Cell<u64> = const { Cell::new(1) };
        static CLOSED: Cell<bool> = const { Cell::new(false) };
        static NEVER_AWAITED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    fn push_pending(p: Pending) {
        let seq = next_seq();
        let _ = SEQ.try_with(|s| s.set(seq + 1));
        // After the thread's queue is gone (its destructor ran) the work is dropped.
        let _ = QUEUE.try_with(move |q| q.borrow_mut().push_back((seq, p)));
        signals::request_break();
    }

    /// The sequence number the next queued work gets.
    pub fn next_seq() -> u64 {
        SEQ.try_with(|s| s.get()).unwrap_or(u64::MAX)
    }

    /// Queues a generator frame for closing.
    pub fn push(frame: Box<Frame>) {
        push_pending(Pending::Close(frame));
    }

    /// Queues a revived instance for its `__del__`.
    pub fn push_del(obj: Value) {
        push_pending(Pending::Del(obj));
    }

    /// Queues a weak reference callback.
    pub fn push_callback(weakref: Value, callback: Value) {
        push_pending(Pending::Callback { weakref, callback });
    }

    /// The oldest work queued at or after sequence number `floor`, if any.
    pub fn pop_from(floor: u64) -> Option<(u64, Pending)> {
        QUEUE
            .try_with(|q| {
                let mut q = q.borrow_mut();
                let at = q.iter().position(|(seq, _)| *seq >= floor)?;
                q.remove(at)
            })
            .ok()
            .flatten()
    }

    /// True while work is queued.
    pub fn is_empty() -> bool {
        QUEUE.try_with(|q| q.borrow().is_empty()).unwrap_or(true)
    }

    /// Whether dying instances may still be revived for `__del__`: no more
    /// after the interpreter's last finalization pass at exit.
    #[inline]
    pub fn accepting() -> bool {
        CLOSED.try_with(|c| !c.get()).unwrap_or(false)
    }

    /// Stops reviving instances (the program is over).
    pub fn close() {
        let _ = CLOSED.try_with(|c| c.set(true));
    }

    /// Queues the call `hook(agen)` of an async generator's finalizer hook.
    pub fn push_hook_call(hook: Value, agen: Value) {
        push_pending(Pending::HookCall { hook, agen });
    }
}

impl Drop for Generator {
    #[inline(never)]
    fn drop(&mut self) {
        gc::dying(&self.gc, gc::inner_of(self));
        if self.kind == GenKind::Coroutine && !self.started.get() && self.frame.get_mut().is_some() {
            finalizers::push_never_awaited(self.qualname.as_str().to_owned());
            return;
        }
        let finalizer = std::mem::replace(self.finalizer.get_mut(), Value::None);
        if !finalizer.is_none() && self.started.get() && !self.running.get() && !self.closed.get() && self.frame.get_mut().is_some() {
            // An unfinished async generator goes to its event loop's
            // finalizer hook, which closes it with `aclose()` (CPython
            // resurrects the object; this makes a new one of its frame).
            let revived = Generator::new(*self.frame.get_mut().take().expect("frame"), self.name.clone(), self.qualname.clone(), self.kind);
            revived.started.set(true);
            revived.hooks_inited.set(true);
            revived.exc_state.set(self.exc_state.replace(Value::None));
            finalizers::push_hook_call(finalizer, Value::Generator(gc::new(revived)));
            return;
        }
        if let Some(frame) = self.frame.get_mut().take() {
            if self.started.get() && !self.running.get() && frame.code.handler_for(frame.pc.saturating_sub(1)).is_some() {
                finalizers::push(frame);
            }
        }
    }
}

/// `range` with i64 bounds.
pub struct Range {
    /// Start.
    pub start: i64,
    /// Stop.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
}
impl Range {
    /// Number of items.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if hi > lo { (hi - lo + step - 1) / step } else { 0 }
        } else if lo > hi {
            (lo - hi - step - 1) / (-step)
        } else {
            0
        };
        n as i64
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `slice`.
pub struct Slice {
    /// Start (None when omitted).
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

/// Rarely used object kinds.
pub enum Other {
    /// `property`.
    Property { fget: Value, fset: Value, fdel: Value, doc: Value },
    /// `staticmethod`.
    StaticMethod(Value),
    /// `classmethod`.
    ClassMethod(Value),
    /// `super(cls, obj)`.
    Super { class: Rc<Class>, obj: Value },
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis`.
    Ellipsis,
    /// `dict.keys()` (0), `.values()` (1), `.items()` (2).
    DictView { dict: Rc<PyDict>, kind: u8 },
    /// `complex`.
    Complex { re: f64, im: f64 },
    /// `bytes`.
    Bytes(Vec<u8>),
    /// `bytearray`.
    ByteArray(RefCell<Vec<u8>>),
}

thread_local! {
    static ELLIPSIS: Value = Value::Other(Rc::new(Other::Ellipsis));
}

/// The `Ellipsis` object: every `...` is this one object, as in CPython
/// (`x is ...` holds).
pub fn ellipsis() -> Value {
    ELLIPSIS.with(|e| e.clone())
}

thread_local! {
    static NOT_IMPLEMENTED: Value = Value::Other(Rc::new(Other::NotImplemented));
}

/// The `NotImplemented` object (one object, so `r is NotImplemented` holds).
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|v| v.clone())
}
