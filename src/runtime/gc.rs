//! The cycle collector's bookkeeping: which objects are tracked, in which
//! generation, and how to walk and clear each kind of container.
//!
//! CPython's design, on `Rc` objects. Every container that can take part in a
//! reference cycle (lists, dicts, sets, tuples holding containers, instances,
//! functions, cells, classes, modules, generators, bound methods, iterators)
//! carries a [`GcHead`] and is registered when it is wrapped in its `Rc`
//! ([`new`]): its entry (the `Value` tag and the `Rc` allocation's address)
//! goes into the list of generation 0, and its head records where. Dropping
//! the object empties its entry (entries keep their order, as CPython's
//! linked lists do; holes are squeezed out when they outnumber the live
//! entries). A collection ([`crate::vm::Vm::collect_generation`]) subtracts
//! from each object's strong count the references other tracked objects of
//! the collected generations hold ([`traverse`]); what is left is held from
//! outside, and everything reachable from it survives. The rest is cyclic
//! trash: finalizers run, and [`clear`] empties the objects so that `Rc`
//! frees them.
//!
//! What the collector cannot see (a frame's locals, a native module's state,
//! an inline cache's strong reference) only ever counts as a reference from
//! outside: an object some part of the interpreter uses is never cleared.
//! Tuples whose items can never be tracked (numbers, strings, such tuples) are
//! left untracked at creation, the decision CPython makes for them during
//! collections.

use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use super::objects::*;
use super::value::Value;

/// The collector's field in a tracked object: where the object's entry is
/// (list and index), or that it is not tracked.
pub struct GcHead(Cell<u32>);

/// [`GcHead`] of an object that is not registered.
const UNTRACKED: u32 = u32::MAX;
/// [`GcHead`] of a list in its `Rc` that holds only atoms (numbers, strings,
/// tuples of them...), so it cannot be in a cycle: it is registered when it
/// is given an item that may be a container (see [`PyList`]'s stores).
/// CPython tracks every list; leaving these out keeps allocation and
/// deallocation of the many lists of numbers and strings as cheap as before.
const DEFERRED: u32 = u32::MAX - 1;
/// Bits of a head that hold the entry's index (the list is above them).
const INDEX_BITS: u32 = 30;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
/// Number of generations (CPython's three).
pub const GENERATIONS: usize = 3;
/// The list `gc.freeze()` moves objects to (never collected).
pub const PERMANENT: usize = 3;
/// Number of lists.
const LISTS: usize = 4;

impl GcHead {
    /// The head of an object that is not tracked (yet).
    pub const fn new() -> GcHead {
        GcHead(Cell::new(UNTRACKED))
    }
    /// True while the object is registered with the collector.
    #[inline(always)]
    pub fn is_tracked(&self) -> bool {
        self.0.get() < DEFERRED
    }
    /// True for a list left untracked because it holds only atoms (see
    /// [`DEFERRED`]).
    #[inline(always)]
    pub fn is_deferred(&self) -> bool {
        self.0.get() == DEFERRED
    }
    /// The list of a tracked object (a generation or [`PERMANENT`]).
    #[inline]
    pub fn generation(&self) -> usize {
        (self.0.get() >> INDEX_BITS) as usize
    }
    /// The index of a tracked object's entry in its generation.
    #[inline]
    fn index(&self) -> usize {
        (self.0.get() & INDEX_MASK) as usize
    }
    #[inline]
    fn place(&self, generation: usize, index: usize) {
        self.0.set(((generation as u32) << INDEX_BITS) | index as u32);
    }
}

impl Default for GcHead {
    fn default() -> GcHead {
        GcHead::new()
    }
}

impl Clone for GcHead {
    /// A copy of an object is a new object: not tracked until it is wrapped.
    fn clone(&self) -> GcHead {
        GcHead::new()
    }
}

/// A registered object: its `Value` tag and the address of its `Rc`
/// allocation (the payload word of the `Value`); or [`Entry::EMPTY`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The tag in the low [`TAG_BITS`], above it the object's number (see
    /// [`next_seq`]) when it was registered.
    word: u64,
    inner: *const u8,
}

/// Bits of [`Entry::word`] that hold the tag.
const TAG_BITS: u32 = 5;

/// A number for a new object (31 bits, wrapping): the order objects were
/// made in, which the collector's lists keep (CPython's lists are in
/// allocation order; untracked objects registered late are put back in it).
#[inline(always)]
pub fn next_seq() -> u32 {
    state().next_seq()
}

impl Entry {
    const EMPTY: Entry = Entry { word: 0, inner: std::ptr::null() };

    /// The entry of a heap value.
    pub fn of(v: &Value) -> Entry {
        let [tag, inner] = raw_words(v);
        Entry { word: tag, inner: inner as *const u8 }
    }

    fn is_empty(self) -> bool {
        self.word == 0
    }

    #[inline(always)]
    fn tag(self) -> u64 {
        self.word & ((1 << TAG_BITS) - 1)
    }

    /// The object's number: an instance's from its creation, any other
    /// object's from its registration.
    fn order(self) -> u32 {
        if self.tag() == INSTANCE {
            // SAFETY: entries name live objects.
            unsafe { (*(self.inner.add(RC_VALUE_OFFSET) as *const Instance)).creation() }
        } else {
            (self.word >> TAG_BITS) as u32
        }
    }

    /// The tag and the allocation's address.
    pub fn words(self) -> [u64; 2] {
        [self.tag(), self.inner as u64]
    }

    /// A borrowed view of the object as a `Value` (no reference taken).
    ///
    /// # Safety
    /// The object must be alive for as long as the view is used.
    pub unsafe fn view(self) -> ManuallyDrop<Value> {
        ManuallyDrop::new(std::mem::transmute::<[u64; 2], Value>([self.tag(), self.inner as u64]))
    }

    /// A new reference to the object.
    ///
    /// # Safety
    /// The object must be alive.
    pub unsafe fn value(self) -> Value {
        (*self.view()).clone()
    }

    /// The object's weak count (one for the strong references together,
    /// plus one per `Weak`).
    pub fn weak(self) -> usize {
        // SAFETY: as in `strong`; the weak count is the second word.
        unsafe { *(self.inner as *const usize).add(1) }
    }

    /// The object's strong count.
    pub fn strong(self) -> usize {
        // SAFETY: an entry names a live `Rc` allocation, which starts with
        // its strong count (see `Value::strong_count_cell`).
        unsafe { *(self.inner as *const usize) }
    }

    /// The collector's head of a tracked kind.
    fn head(self) -> Option<&'static GcHead> {
        head_of(self.tag(), self.inner)
    }
}

/// The two words of a value (tag, payload).
#[inline(always)]
pub fn raw_words(v: &Value) -> [u64; 2] {
    // SAFETY: `Value` is `#[repr(C, u64)]`: tag word, then payload word.
    unsafe { std::mem::transmute_copy(v) }
}

/// Offset of the value inside an `Rc` allocation (`RcInner` is `#[repr(C)]`:
/// strong count, weak count, value; every object kind has an alignment of at
/// most 8).
pub const RC_VALUE_OFFSET: usize = 2 * std::mem::size_of::<usize>();

/// The `Rc` allocation holding `obj`.
#[inline(always)]
pub fn inner_of<T>(obj: &T) -> *const u8 {
    // SAFETY: pointer arithmetic only; callers pass objects inside an `Rc`.
    unsafe { (obj as *const T as *const u8).sub(RC_VALUE_OFFSET) }
}

/// The `Value` tags of the tracked kinds.
mod tags {
    pub const LIST: u64 = 7;
    pub const TUPLE: u64 = 8;
    pub const DICT: u64 = 9;
    pub const SET: u64 = 10;
    pub const FUNCTION: u64 = 11;
    pub const BOUND_METHOD: u64 = 13;
    pub const CLASS: u64 = 14;
    pub const INSTANCE: u64 = 15;
    pub const MODULE: u64 = 16;
    pub const ITER: u64 = 17;
    pub const GENERATOR: u64 = 18;
    pub const CELL: u64 = 19;
    pub const SLICE: u64 = 21;
    pub const OTHER: u64 = 23;
}
pub use tags::*;

/// An object kind the collector can track: it has a [`GcHead`] and the `Value`
/// tag that wraps it.
///
/// # Safety
/// `TAG` must be the tag of the `Value` variant holding `Rc<Self>`.
pub unsafe trait Traced {
    /// The `Value` tag.
    const TAG: u64;
    /// The head.
    fn gc_head(&self) -> &GcHead;
    /// Whether a new object is left untracked until it is given a container
    /// (lists of atoms, see [`DEFERRED`]).
    #[inline(always)]
    fn defer(&self) -> bool {
        false
    }
}

macro_rules! traced {
    ($($ty:ty => $tag:expr $(; defer $defer:path)?),* $(,)?) => {
        $(unsafe impl Traced for $ty {
            const TAG: u64 = $tag;
            #[inline(always)]
            fn gc_head(&self) -> &GcHead {
                &self.gc
            }
            $(#[inline(always)]
            fn defer(&self) -> bool {
                $defer(self)
            })?
        })*

        /// The head of the object at `inner` (an `Rc` allocation) if its kind is tracked.
        #[inline]
        fn head_of(tag: u64, inner: *const u8) -> Option<&'static GcHead> {
            // SAFETY: `inner` is the allocation of a live object of the kind
            // `tag` names; its value starts `RC_VALUE_OFFSET` bytes in.
            unsafe {
                let value = inner.add(RC_VALUE_OFFSET);
                match tag {
                    $(t if t == $tag => Some(&*(value.add(std::mem::offset_of!($ty, gc)) as *const GcHead)),)*
                    _ => None,
                }
            }
        }
    };
}

traced! {
    PyList => LIST; defer PyList::holds_only_atoms,
    PyTuple => TUPLE,
    PyDict => DICT,
    PySet => SET,
    Function => FUNCTION,
    BoundMethod => BOUND_METHOD,
    Class => CLASS,
    Instance => INSTANCE,
    Module => MODULE,
    PyIter => ITER,
    Generator => GENERATOR,
    PyCell => CELL; defer PyCell::holds_only_atom,
}

/// Wraps a container in its `Rc` and registers it with the collector. The
/// allocation is inline, as a plain `Rc::new` (so the value is built in
/// place); the registration is out of line: the eval loop's register
/// allocation is sensitive to what is inlined into it.
#[inline(always)]
pub fn new<T: Traced>(value: T) -> Rc<T> {
    let defer = value.defer();
    let rc = Rc::new(value);
    if defer {
        rc.gc_head().0.set(DEFERRED);
    } else {
        track_new(&rc);
    }
    rc
}

/// The registration of [`new`].
#[inline(never)]
fn track_new<T: Traced>(rc: &Rc<T>) {
    track_entry(Entry { word: T::TAG, inner: inner_of(&**rc) }, rc.gc_head(), 0);
}

/// Registers an object already in its `Rc` (no-op when it is tracked).
#[inline(never)]
pub fn track<T: Traced>(rc: &Rc<T>) {
    let head = rc.gc_head();
    if !head.is_tracked() {
        track_entry(Entry { word: T::TAG, inner: inner_of(&**rc) }, head, 0);
    }
}

/// Registers a list left untracked while it held only atoms (its head says
/// [`DEFERRED`], so it is in the `Rc` [`new`] made), now that it is given
/// an item that may be a container.
#[cold]
#[inline(never)]
pub fn track_deferred_list(list: &PyList) {
    if list.gc.is_deferred() {
        track_entry(Entry { word: LIST, inner: inner_of(list) }, &list.gc, 0);
    }
}

/// Registers an instance that was left untracked because it held no
/// container, now that it is given one.
#[cold]
pub fn track_instance(inst: &Instance) {
    if !inst.gc.is_tracked() {
        track_entry(Entry { word: INSTANCE, inner: inner_of(inst) }, &inst.gc, 0);
    }
}

/// Registers a cell left untracked while it held an atom, now that it is
/// given something that may be tracked (see `PyCell::holds_only_atom`).
#[cold]
#[inline(never)]
pub fn track_cell(cell: &PyCell) {
    if !cell.gc.is_tracked() {
        track_entry(Entry { word: CELL, inner: inner_of(cell) }, &cell.gc, 0);
    }
}

/// A `tuple`, tracked only when an item may be (see the module docs).
#[inline(never)]
pub fn new_tuple(items: Vec<Value>) -> Rc<PyTuple> {
    let track = items.iter().any(may_be_tracked);
    let rc = Rc::new(PyTuple::new(items));
    if track {
        self::track(&rc);
    }
    rc
}

/// Registers a tuple refilled in place when an item it now holds may be
/// tracked (recycled `zip`/`enumerate` results).
pub fn retrack_tuple(t: &Rc<PyTuple>) {
    if !t.gc.is_tracked() && t.items.iter().any(may_be_tracked) {
        track(t);
    }
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: whether `v` is, or may become, a
/// tracked container (so a tuple or dict holding it can be in a cycle).
#[inline]
pub fn may_be_tracked(v: &Value) -> bool {
    let bit = 1u64 << (v.tag() & 63);
    if bit & TRACKABLE & !(1 << TUPLE) != 0 {
        return true;
    }
    if bit & ((1 << TUPLE) | (1 << SLICE) | (1 << OTHER)) == 0 {
        // Numbers, strings, builtins, ranges, code.
        return false;
    }
    may_be_tracked_slow(v)
}

fn may_be_tracked_slow(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t.gc.is_tracked(),
        Value::Slice(s) => may_be_tracked(&s.start) || may_be_tracked(&s.stop) || may_be_tracked(&s.step),
        Value::Other(o) => !matches!(&**o, Other::NotImplemented | Other::Ellipsis | Other::Complex { .. } | Other::Bytes(_) | Other::ByteArray(_)),
        _ => false,
    }
}

/// Per list: the entries in order, and how many are empty.
struct Generation {
    entries: Vec<Entry>,
    holes: usize,
}

impl Generation {
    const fn new() -> Generation {
        Generation { entries: Vec::new(), holes: 0 }
    }
}

/// Counters of one generation (`gc.get_stats()`).
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    /// Collections of this generation.
    pub collections: usize,
    /// Objects collected.
    pub collected: usize,
    /// Objects found uncollectable.
    pub uncollectable: usize,
}

/// The collector's state (one per thread, as every object is).
pub struct State {
    gens: [Generation; LISTS],
    /// `gc.get_count()`: allocations minus deallocations of tracked objects
    /// since the last collection (generation 0); collections of the younger
    /// generation since this one was collected (1 and 2).
    pub count: [isize; GENERATIONS],
    /// `gc.get_threshold()`.
    pub threshold: [usize; GENERATIONS],
    /// `gc.isenabled()`.
    pub enabled: bool,
    /// A collection is running.
    pub collecting: bool,
    /// A collection waits for the next safe point.
    pub scheduled: bool,
    /// `gc.set_debug()` flags.
    pub debug: u32,
    /// `gc.get_stats()`.
    pub stats: [GenStats; GENERATIONS],
    /// Objects that survived a full collection (CPython's heuristic that
    /// keeps full collections linear overall).
    pub long_lived_total: usize,
    /// Objects that reached the oldest generation since the last full
    /// collection.
    pub long_lived_pending: usize,
    /// Seconds spent collecting (`--stats`).
    pub seconds: f64,
    /// `gc.garbage` (a list, made with the `gc` module).
    pub garbage: Option<Value>,
    /// `gc.callbacks` (a list, made with the `gc` module).
    pub callbacks: Option<Value>,
    /// The next object number (see [`next_seq`]).
    seq: u32,
    /// Something the collection at exit would show happened (a class with
    /// `__del__`, a weak reference callback, `gc` debugging): only then does
    /// the exit run it (see `Vm::finalize_at_exit`).
    pub exit_work: bool,
}

impl State {
    fn new() -> State {
        State {
            gens: [Generation::new(), Generation::new(), Generation::new(), Generation::new()],
            count: [0; GENERATIONS],
            threshold: [700, 10, 10],
            enabled: true,
            collecting: false,
            scheduled: false,
            debug: 0,
            stats: [GenStats::default(); GENERATIONS],
            long_lived_total: 0,
            long_lived_pending: 0,
            seconds: 0.0,
            garbage: None,
            callbacks: None,
            exit_work: false,
            seq: 0,
        }
    }

    #[inline(always)]
    fn next_seq(&mut self) -> u32 {
        let n = self.seq;
        self.seq = n.wrapping_add(1) & 0x7fff_ffff;
        n
    }
}

thread_local! {
    /// The state, made on first use and never freed: objects die during the
    /// thread's teardown too (other thread-locals holding values), when a
    /// thread-local with a destructor could no longer be reached.
    static STATE: Cell<*mut State> = const { Cell::new(std::ptr::null_mut()) };
}

/// The collector's state. Callers keep the reference only while no object can
/// be created or freed (no Python code, no drops).
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn state() -> &'static mut State {
    let p = STATE.with(|s| s.get());
    if p.is_null() {
        return new_state();
    }
    // SAFETY: one state per thread, never freed; the interpreter is
    // single-threaded and every user holds the reference only for a short,
    // non-reentrant span.
    unsafe { &mut *p }
}

#[cold]
fn new_state() -> &'static mut State {
    let p = Box::leak(Box::new(State::new()));
    STATE.with(|s| s.set(p));
    p
}

/// Pushes `entry` onto list `list` and places `head` there.
#[inline]
fn track_entry(mut entry: Entry, head: &GcHead, list: usize) {
    let st = state();
    entry.word |= (st.next_seq() as u64) << TAG_BITS;
    let g = &mut st.gens[list];
    let index = g.entries.len();
    // (The last index of the permanent list would read as `DEFERRED`.)
    if index >= INDEX_MASK as usize - 1 {
        // Half a billion objects in one list: the rest stay untracked.
        return;
    }
    g.entries.push(entry);
    head.place(list, index);
    st.count[0] += 1;
    if st.count[0] > st.threshold[0] as isize && !st.scheduled {
        schedule(st);
    }
}

/// Asks for a collection at the next safe point (the eval breaker).
#[cold]
fn schedule(st: &mut State) {
    if st.enabled && st.threshold[0] != 0 && !st.collecting {
        st.scheduled = true;
        crate::vm::signals::request_break();
    }
}

/// Drops the entry of a dying object (from its `Drop`).
#[inline(always)]
pub fn untrack(head: &GcHead) {
    let h = head.0.get();
    if h < DEFERRED {
        head.0.set(UNTRACKED);
        forget(h);
    }
}

/// [`untrack`] of a tracked object (head `h`): the entry goes, and the
/// allocation count goes down, as CPython's does on deallocation.
#[inline]
fn forget(h: u32) {
    let st = state();
    st.count[0] -= (st.count[0] > 0) as isize;
    let list = (h >> INDEX_BITS) as usize;
    remove_entry(&mut st.gens[list], (h & INDEX_MASK) as usize, list);
}

/// [`untrack`] of a tracked object.
fn untrack_tracked(head: &GcHead) {
    let h = head.0.get();
    head.0.set(UNTRACKED);
    forget(h);
}

/// Empties entry `index` of list `list`.
#[inline(always)]
fn remove_entry(g: &mut Generation, index: usize, list: usize) {
    let len = g.entries.len();
    if index + 1 == len {
        // The newest entry (the usual case for temporaries).
        // SAFETY: `len` is at least one.
        unsafe { g.entries.set_len(len - 1) };
        if g.holes > 0 {
            drop_trailing_holes(g);
        }
        return;
    }
    g.entries[index] = Entry::EMPTY;
    g.holes += 1;
    if g.holes >= 256 && g.holes * 2 > len {
        compact(g, list);
    }
}

/// Shrinks a list past the empty entries at its end.
#[cold]
fn drop_trailing_holes(g: &mut Generation) {
    while g.entries.last().is_some_and(|e| e.is_empty()) {
        g.entries.pop();
        g.holes -= 1;
    }
}

/// The death of a tracked object that can be weakly referenced (from its
/// `Drop`, strong count zero): its entry goes, and its weak references, if
/// any (the allocation's weak count says), are cleared and their callbacks
/// queued.
#[inline]
pub fn dying(head: &GcHead, inner: *const u8) {
    untrack(head);
    // SAFETY: `inner` is the object's `Rc` allocation, alive until the weak
    // count (its second word) drops to zero after this `Drop`.
    let weak = unsafe { *(inner as *const usize).add(1) };
    if weak > 1 {
        super::weakref::referent_died(inner);
    }
}

/// Makes an object whose strong count just reached zero (inside its `Drop`)
/// live again: strong count one, owned by whoever makes an `Rc` of it with
/// `Rc::from_raw`. The weak count goes up by one, which `Rc`'s drop takes back
/// after the `Drop` returns, so the allocation is not freed.
///
/// # Safety
/// `inner` is the allocation of the object being dropped, and its contents
/// must stay intact (the `Drop` does not drop them).
pub unsafe fn revive(inner: *const u8) {
    let counts = inner as *mut usize;
    *counts = 1;
    *counts.add(1) += 1;
}

/// Squeezes the holes out of a generation's entries, keeping their order.
fn compact(g: &mut Generation, generation: usize) {
    let mut live = 0;
    for i in 0..g.entries.len() {
        let e = g.entries[i];
        if e.is_empty() {
            continue;
        }
        if let Some(h) = e.head() {
            h.place(generation, live);
        }
        g.entries[live] = e;
        live += 1;
    }
    g.entries.truncate(live);
    g.holes = 0;
}

/// The live entries of generation `generation`, in order.
pub fn entries(generation: usize) -> Vec<Entry> {
    state().gens[generation].entries.iter().copied().filter(|e| !e.is_empty()).collect()
}

/// Number of tracked objects in generation `generation`.
pub fn len(generation: usize) -> usize {
    let g = &state().gens[generation];
    g.entries.len() - g.holes
}

/// Moves every object of generation `from` to the end of generation `to`.
pub fn merge(from: usize, to: usize) {
    if from == to {
        return;
    }
    let st = state();
    let mut moved = std::mem::take(&mut st.gens[from].entries);
    st.gens[from].holes = 0;
    append_to(to, &moved);
    moved.clear();
    state().gens[from].entries = moved;
}

/// Registers the untracked containers that the objects of generation
/// `generation` (and, in turn, those found) refer to, at its end: instances
/// holding no container are left untracked when they are made, and a store
/// that put a container in an untracked object without telling the collector
/// is found here. Full collections and `gc.get_objects()` see every object
/// reachable from a tracked one this way.
pub fn discover(generation: usize) {
    let mut found: Vec<Entry> = Vec::new();
    let mut scanned = 0;
    let mut i = 0;
    loop {
        let g = &state().gens[generation];
        let e = match g.entries.get(i) {
            Some(&e) => e,
            // Then what was found (it may hold untracked objects in turn).
            None => match found.get(scanned) {
                Some(&e) => {
                    scanned += 1;
                    e
                }
                None => break,
            },
        };
        i += usize::from(i < g.entries.len());
        if e.is_empty() {
            continue;
        }
        // SAFETY: tracked (or just found) objects are alive.
        let v = unsafe { e.view() };
        traverse(&v, &mut TrackedRefs(|x: &Value| {
            if registrable(x) {
                let mut f = Entry::of(x);
                if f.tag() != INSTANCE {
                    // Registered now: it goes after what is older.
                    f.word |= (next_seq() as u64) << TAG_BITS;
                }
                if let Some(h) = f.head() {
                    // Placed now, so it is found once; its index comes below.
                    h.place(generation, 0);
                    found.push(f);
                }
            }
        }));
    }
    if !found.is_empty() {
        place_found(generation, found);
    }
}

/// Puts the objects [`discover`] found into generation `generation` in the
/// order they were made in, each before the first entry made after it (as if
/// it had been tracked all along).
fn place_found(generation: usize, mut found: Vec<Entry>) {
    found.sort_by_key(|e| e.order());
    let old = std::mem::take(&mut state().gens[generation].entries);
    let mut merged = Vec::with_capacity(old.len() + found.len());
    let mut pending = found.into_iter().peekable();
    for e in old.into_iter().filter(|e| !e.is_empty()) {
        let order = e.order();
        while let Some(d) = pending.next_if(|d| d.order() < order) {
            merged.push(d);
        }
        merged.push(e);
    }
    merged.extend(pending);
    restore(generation, merged);
}

/// An untracked object [`discover`] registers: an instance, list, dict, set,
/// iterator or bound method (always in an `Rc`, never an embedded dict), or a
/// tuple that holds a container.
fn registrable(v: &Value) -> bool {
    match v {
        Value::Instance(i) => !i.gc.is_tracked(),
        Value::Iter(i) => !i.gc.is_tracked(),
        Value::BoundMethod(m) => !m.gc.is_tracked(),
        Value::List(l) => !l.gc.is_tracked(),
        Value::Dict(d) => !d.gc.is_tracked(),
        Value::Set(s) => !s.gc.is_tracked(),
        Value::Cell(c) => !c.gc.is_tracked(),
        Value::Tuple(t) => !t.gc.is_tracked() && t.items.iter().any(may_be_tracked),
        _ => false,
    }
}

/// Takes the entries of generation `generation` out, holes squeezed out: the
/// objects' heads give their indices in the returned vector. Put back with
/// [`restore`] before anything is tracked or freed.
pub fn take_compacted(generation: usize) -> Vec<Entry> {
    let g = &mut state().gens[generation];
    if g.holes > 0 {
        compact(g, generation);
    }
    std::mem::take(&mut g.entries)
}

/// Makes `entries` (live objects, each in some generation before) generation
/// `generation`, in this order.
pub fn restore(generation: usize, entries: Vec<Entry>) {
    for (i, e) in entries.iter().enumerate() {
        if let Some(h) = e.head() {
            h.place(generation, i);
        }
    }
    state().gens[generation] = Generation { entries, holes: 0 };
}

/// Appends `entries` (live objects) to generation `generation`.
pub fn append_to(generation: usize, entries: &[Entry]) {
    let dest = &mut state().gens[generation];
    dest.entries.reserve(entries.len());
    for e in entries {
        if e.is_empty() {
            continue;
        }
        if let Some(h) = e.head() {
            h.place(generation, dest.entries.len());
        }
        dest.entries.push(*e);
    }
}

/// Where a tracked object is: (generation, index).
pub fn position(e: Entry) -> Option<(usize, usize)> {
    e.head().filter(|h| h.is_tracked()).map(|h| (h.generation(), h.index()))
}

/// The entry of a value if it is a tracked object.
pub fn tracked_entry(v: &Value) -> Option<Entry> {
    if v.is_immediate() {
        return None;
    }
    let e = Entry::of(v);
    e.head().filter(|h| h.is_tracked()).map(|_| e)
}

/// Removes a live object from the collector (`tuple` refills and tests).
pub fn untrack_value(v: &Value) {
    if let Some(e) = tracked_entry(v) {
        if let Some(h) = e.head() {
            let count = state().count[0];
            untrack_tracked(h);
            state().count[0] = count;
        }
    }
}

/// What [`traverse`] reports to.
pub trait Visit {
    /// The collector's walks: only references that can be tracked objects
    /// are reported, and untracked objects held only by the walked one (a
    /// property in a class dict, a slice) are walked as part of it.
    /// `gc.get_referents` wants every reference, as it is.
    const COLLECTOR: bool;
    /// One reference held by the object walked.
    fn visit(&mut self, v: &Value);
}

/// A `gc.get_referents`-style walk with a closure.
pub struct EveryRef<F: FnMut(&Value)>(pub F);

impl<F: FnMut(&Value)> Visit for EveryRef<F> {
    const COLLECTOR: bool = false;
    #[inline]
    fn visit(&mut self, v: &Value) {
        (self.0)(v)
    }
}

/// A collector walk with a closure.
pub struct TrackedRefs<F: FnMut(&Value)>(pub F);

impl<F: FnMut(&Value)> Visit for TrackedRefs<F> {
    const COLLECTOR: bool = true;
    #[inline]
    fn visit(&mut self, v: &Value) {
        (self.0)(v)
    }
}

/// Bit `t` is set for each `Value` tag `t` of a kind that may be tracked.
const TRACKABLE: u64 = (1 << LIST)
    | (1 << TUPLE)
    | (1 << DICT)
    | (1 << SET)
    | (1 << FUNCTION)
    | (1 << BOUND_METHOD)
    | (1 << CLASS)
    | (1 << INSTANCE)
    | (1 << MODULE)
    | (1 << ITER)
    | (1 << GENERATOR)
    | (1 << CELL);

/// Reports `v` (see [`Visit::COLLECTOR`]).
#[inline(always)]
fn child<V: Visit>(v: &Value, vis: &mut V) {
    if V::COLLECTOR {
        let tag = v.tag();
        if (1u64 << (tag & 63)) & TRACKABLE == 0 {
            match v {
                Value::Other(o) if Rc::strong_count(o) == 1 => traverse_other(o, vis),
                Value::Slice(s) if Rc::strong_count(s) == 1 => {
                    child(&s.start, vis);
                    child(&s.stop, vis);
                    child(&s.step, vis);
                }
                _ => {}
            }
            return;
        }
    }
    vis.visit(v)
}

/// Reports the object of an `Rc` field as a value of kind `tag`.
#[inline(always)]
fn child_rc<T, V: Visit>(tag: u64, rc: &Rc<T>, vis: &mut V) {
    // SAFETY: the `Rc` keeps the object alive while the view is used; the
    // view is never dropped.
    let view = unsafe { Entry { word: tag, inner: inner_of(&**rc) }.view() };
    vis.visit(&view);
}

fn traverse_other<V: Visit>(o: &Other, vis: &mut V) {
    match o {
        Other::Property { fget, fset, fdel, doc } => {
            for v in [fget, fset, fdel, doc] {
                child(v, vis);
            }
        }
        Other::StaticMethod(v) | Other::ClassMethod(v) => child(v, vis),
        Other::Super { class, obj } => {
            child_rc(CLASS, class, vis);
            child(obj, vis);
        }
        Other::DictView { dict, .. } => child_rc(DICT, dict, vis),
        _ => {}
    }
}

/// Reports every reference `v` holds, in CPython's `tp_traverse` order where
/// it is observable (`gc.get_referents`; the order of the collector's lists).
/// A container whose contents are borrowed for writing reports nothing
/// (nothing then counts as held from inside: the collector stays safe). No
/// Python code runs and nothing is changed.
#[inline]
pub fn traverse<V: Visit>(v: &Value, vis: &mut V) {
    match v {
        Value::List(l) => l.for_each_rev(!V::COLLECTOR, |x| child(x, vis)),
        Value::Tuple(t) => {
            for x in t.items.iter().rev() {
                child(x, vis);
            }
        }
        Value::Dict(d) => traverse_dict(d, vis),
        Value::Set(s) => {
            if let Ok(t) = s.table.try_borrow() {
                for (_, x) in t.iter() {
                    child(x, vis);
                }
            }
        }
        Value::Function(f) => traverse_function(f, vis),
        Value::BoundMethod(m) => {
            child(&m.func, vis);
            child(&m.receiver, vis);
        }
        Value::Class(c) => traverse_class(c, vis),
        Value::Instance(i) => traverse_instance(i, vis),
        Value::Module(m) => child_rc(DICT, &m.dict, vis),
        Value::Iter(it) => {
            if let Ok(state) = it.state.try_borrow() {
                traverse_iter(&state, vis);
            }
        }
        Value::Generator(g) => traverse_generator(g, vis),
        Value::Cell(c) => {
            if let Ok(x) = c.try_borrow() {
                child(&x, vis);
            }
        }
        Value::Slice(s) => {
            child(&s.start, vis);
            child(&s.stop, vis);
            child(&s.step, vis);
        }
        Value::Other(o) => traverse_other(o, vis),
        _ => {}
    }
}

/// Values before keys, as CPython's `dict_traverse`, which skips the keys of
/// a table of `str` keys only (the collector needs no `str` key either way).
fn traverse_dict<V: Visit>(d: &PyDict, vis: &mut V) {
    if let Ok(t) = d.table.try_borrow() {
        let str_keys = V::COLLECTOR || t.iter().all(|(k, _)| matches!(k, Value::Str(_)));
        for (k, x) in t.iter() {
            child(x, vis);
            if !str_keys || (V::COLLECTOR && !matches!(k, Value::Str(_))) {
                child(k, vis);
            }
        }
    }
}

fn traverse_function<V: Visit>(f: &Function, vis: &mut V) {
    child_rc(DICT, &f.globals, vis);
    child(&f.module, vis);
    if let Ok(d) = f.defaults.try_borrow() {
        for x in d.iter() {
            child(x, vis);
        }
    }
    if let Ok(d) = f.kwdefaults.try_borrow() {
        for (_, x) in d.iter() {
            child(x, vis);
        }
    }
    if let Ok(doc) = f.doc.try_borrow() {
        child(&doc, vis);
    }
    if let Ok(Some(d)) = f.dict.try_borrow().as_deref() {
        child_rc(DICT, d, vis);
    }
    for c in &f.closure {
        child(c, vis);
    }
    if let Ok(a) = f.annotations.try_borrow() {
        if let Some(a) = a.as_ref() {
            child(a, vis);
        }
    }
}

/// A generator's (coroutine's, async generator's) suspended frame, the
/// exception that frame handles and an async generator's finalizer hook.
fn traverse_generator<V: Visit>(g: &Generator, vis: &mut V) {
    if let Ok(frame) = g.frame.try_borrow() {
        if let Some(frame) = frame.as_ref() {
            traverse_frame(frame, vis);
        }
    }
    // SAFETY: the cell is only replaced, never borrowed, and no code runs
    // while the value is looked at.
    child(unsafe { &*g.exc_state.as_ptr() }, vis);
    if let Ok(hook) = g.finalizer.try_borrow() {
        child(&hook, vis);
    }
}

fn traverse_class<V: Visit>(c: &Class, vis: &mut V) {
    traverse_dict(&c.dict, vis);
    // The lookup cache's references are the collector's business only (an
    // implementation detail `gc.get_referents` does not show).
    if V::COLLECTOR {
        if let Ok(cache) = c.lookup_cache.try_borrow() {
            for (_, _, x) in cache.iter() {
                child(x, vis);
            }
        }
    }
    if let Ok(Some(me)) = c.self_ref.try_borrow().as_deref() {
        child_rc(CLASS, me, vis);
    }
    for b in c.mro.iter() {
        child_rc(CLASS, b, vis);
    }
    for b in c.bases.iter() {
        child_rc(CLASS, b, vis);
    }
    if let Some(meta) = &c.metaclass {
        child_rc(CLASS, meta, vis);
    }
}

#[inline]
fn traverse_instance<V: Visit>(i: &Instance, vis: &mut V) {
    // SAFETY: the reference is dropped before this returns; nothing runs
    // meanwhile that could borrow the attributes mutably.
    if let Ok(a) = unsafe { i.attrs.try_borrow_unguarded() } {
        for x in a.values.iter() {
            child(x, vis);
        }
        if let Some(d) = &a.dict {
            child_rc(DICT, d, vis);
        }
    }
    match &i.native {
        NativeData::None => {}
        NativeData::List(l) => child_rc(LIST, l, vis),
        NativeData::Dict(d) => child_rc(DICT, d, vis),
        NativeData::Value(x) => child(x, vis),
        NativeData::Exception(e) => {
            if let Ok(e) = e.try_borrow() {
                for x in e.args.iter().chain([&e.cause, &e.context]).chain(e.fields.iter().map(|(_, x)| x)) {
                    child(x, vis);
                }
            }
        }
        NativeData::Any(any) => traverse_any(&**any, &mut |x: &Value| child(x, vis)),
    }
    if i.class.gc.is_tracked() || !V::COLLECTOR {
        child_rc(CLASS, &i.class, vis);
    }
}

fn traverse_iter<V: Visit>(state: &IterState, vis: &mut V) {
    match state {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => child(seq, vis),
        IterState::Dict { dict, .. } => child_rc(DICT, dict, vis),
        IterState::Set { set, .. } => child_rc(SET, set, vis),
        IterState::Enumerate { inner, count, last } => {
            child(inner, vis);
            child(count, vis);
            if let Some(t) = last.kept() {
                child_rc(TUPLE, t, vis);
            }
        }
        IterState::Zip { inners, last, .. } => {
            if Rc::strong_count(inners) == 1 {
                for x in inners.iter() {
                    child(x, vis);
                }
            }
            if let Some(t) = last.kept() {
                child_rc(TUPLE, t, vis);
            }
        }
        IterState::Map { func, inners } => {
            child(func, vis);
            if Rc::strong_count(inners) == 1 {
                for x in inners.iter() {
                    child(x, vis);
                }
            }
        }
        IterState::Filter { func, inner } => {
            child(func, vis);
            child(inner, vis);
        }
        IterState::Callable { func, sentinel } => {
            child(func, vis);
            child(sentinel, vis);
        }
        IterState::Values { items, .. } => {
            for x in items {
                child(x, vis);
            }
        }
        IterState::Native(it) => it.traverse(&mut |x: &Value| child(x, vis)),
        IterState::Range { .. } | IterState::Str { .. } | IterState::Done => {}
    }
}

/// A suspended frame's references: its locals, cells and stack, its globals.
pub fn traverse_frame<V: Visit>(frame: &crate::vm::Frame, vis: &mut V) {
    for x in frame.slots.iter() {
        child(x, vis);
    }
    child_rc(DICT, &frame.globals, vis);
    if let Some(l) = &frame.locals {
        child_rc(DICT, l, vis);
    }
    let mut completion = &frame.completion;
    if let crate::vm::Completion::Watched(watched) = completion {
        // The watch itself is shared with the frame object: what it holds
        // counts as held from outside.
        completion = &watched.1;
    }
    if let crate::vm::Completion::Init(x) = completion {
        child(x, vis);
    }
}

/// Empties a container of the references it can drop (CPython's `tp_clear`),
/// breaking the cycles it is in. What it held is dropped once its borrow is
/// released. Immutable kinds (tuples, bound methods) hold on: the mutable
/// objects of their cycles are cleared. The caller holds the object.
pub fn clear(v: &Value) {
    match v {
        Value::List(l) => drop(l.try_take_values()),
        Value::Dict(d) => clear_dict(d),
        Value::Set(s) => {
            let old = s.table.try_borrow_mut().map(|mut t| std::mem::replace(&mut *t, super::set::SetTable::new()));
            drop(old);
        }
        Value::Function(f) => {
            let defaults = f.defaults.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
            drop(defaults);
            let kwdefaults = f.kwdefaults.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
            drop(kwdefaults);
            let dict = f.dict.try_borrow_mut().map(|mut d| d.take());
            drop(dict);
            let doc = f.doc.try_borrow_mut().map(|mut d| std::mem::replace(&mut *d, Value::None));
            drop(doc);
            let annotations = f.annotations.try_borrow_mut().map(|mut a| a.take());
            drop(annotations);
        }
        Value::Class(c) => {
            clear_dict(&c.dict);
            let cache = c.lookup_cache.try_borrow_mut().map(|mut cache| cache.iter_mut().map(|e| std::mem::replace(e, (0, 0, Value::Null)).2).collect::<Vec<_>>());
            drop(cache);
            let me = c.self_ref.try_borrow_mut().map(|mut m| m.take());
            drop(me);
            c.modified();
        }
        Value::Instance(i) => clear_instance(i),
        Value::Iter(it) => {
            let old = it.state.try_borrow_mut().map(|mut s| std::mem::replace(&mut *s, IterState::Done));
            drop(old);
        }
        Value::Generator(g) => {
            if !g.running.get() {
                let frame = g.frame.try_borrow_mut().map(|mut f| f.take());
                drop(frame);
                drop(g.exc_state.replace(Value::None));
                let hook = g.finalizer.try_borrow_mut().map(|mut h| std::mem::replace(&mut *h, Value::None));
                drop(hook);
            }
        }
        Value::Cell(c) => {
            let old = c.value.try_borrow_mut().map(|mut x| std::mem::replace(&mut *x, Value::Null));
            drop(old);
        }
        _ => {}
    }
}

fn clear_dict(d: &PyDict) {
    let old = d.table.try_borrow_mut().map(|mut t| std::mem::replace(&mut *t, super::dict::DictTable::new()));
    if old.is_ok() {
        d.bump();
    }
    drop(old);
}

fn clear_instance(i: &Instance) {
    if let Ok(mut a) = i.attrs.try_borrow_mut() {
        let values = std::mem::take(&mut a.values);
        let dict = a.dict.take();
        let old = a.set_shape(i.class.root_shape.clone());
        drop(a);
        drop((values, dict, old));
    }
    match &i.native {
        NativeData::List(l) => drop(l.try_take_values()),
        NativeData::Dict(d) => clear_dict(d),
        NativeData::Exception(e) => {
            let old = e.try_borrow_mut().map(|mut e| {
                (std::mem::take(&mut e.args), std::mem::replace(&mut e.cause, Value::None), std::mem::replace(&mut e.context, Value::None), std::mem::take(&mut e.fields))
            });
            drop(old);
        }
        NativeData::Any(any) => clear_any(&**any),
        NativeData::Value(_) | NativeData::None => {}
    }
}

/// A native payload (`NativeData::Any`) whose references the collector can
/// walk and drop: native objects that hold Python values register their
/// payload type with [`register_payload`].
pub trait Payload: 'static {
    /// Reports the values held.
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
    /// Drops the values that can be dropped.
    fn clear(&self);
}

type PayloadFns = (std::any::TypeId, fn(&dyn std::any::Any, &mut dyn FnMut(&Value)), fn(&dyn std::any::Any));

thread_local! {
    static PAYLOADS: std::cell::RefCell<Vec<PayloadFns>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Lets the collector see into payloads of type `T`.
pub fn register_payload<T: Payload>() {
    fn walk<T: Payload>(a: &dyn std::any::Any, visit: &mut dyn FnMut(&Value)) {
        if let Some(t) = a.downcast_ref::<T>() {
            t.traverse(visit);
        }
    }
    fn wipe<T: Payload>(a: &dyn std::any::Any) {
        if let Some(t) = a.downcast_ref::<T>() {
            t.clear();
        }
    }
    let id = std::any::TypeId::of::<T>();
    PAYLOADS.with(|p| {
        let mut p = p.borrow_mut();
        if !p.iter().any(|e| e.0 == id) {
            p.push((id, walk::<T>, wipe::<T>));
        }
    });
}

/// Reports the object of an `Rc` field of a payload to `visit` (see
/// [`Payload::traverse`]).
pub fn visit_rc<T: Traced>(rc: &Rc<T>, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the `Rc` keeps the object alive while the view is used; the
    // view is never dropped.
    let view = unsafe { Entry { word: T::TAG, inner: inner_of(&**rc) }.view() };
    visit(&view);
}

fn payload_fns(a: &dyn std::any::Any) -> Option<PayloadFns> {
    let id = a.type_id();
    PAYLOADS.try_with(|p| p.borrow().iter().find(|e| e.0 == id).copied()).ok().flatten()
}

fn traverse_any(a: &dyn std::any::Any, visit: &mut dyn FnMut(&Value)) {
    if let Some((_, walk, _)) = payload_fns(a) {
        walk(a, visit);
    }
}

fn clear_any(a: &dyn std::any::Any) {
    if let Some((_, _, wipe)) = payload_fns(a) {
        wipe(a);
    }
}

/// The index of `v`'s entry when it is a tracked object of generation
/// `generation` (one compare: the head of an untracked object reads as a
/// list that is no generation).
#[inline(always)]
pub fn index_in(v: &Value, generation: usize) -> Option<usize> {
    let e = Entry::of(v);
    let h = head_of(e.tag(), e.inner)?.0.get();
    ((h >> INDEX_BITS) as usize == generation).then_some((h & INDEX_MASK) as usize)
}
