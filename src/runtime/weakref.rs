//! Weak references: the referent side.
//!
//! A weak reference object (`weakref.ref`, `weakref.proxy`, made by
//! `crate::modules::weakref`) holds a [`RawWeak`]: a `std::rc::Weak` of the
//! referent's `Rc`, kept as (tag, allocation) so one type covers every kind.
//! It keeps the allocation (never the object) alive, so the address is never
//! reused while a weak reference remembers it.
//!
//! Each referent's weak reference objects are listed, in CPython's order, in a
//! per-thread table keyed by the referent's address. When a referent dies
//! (its `Drop`, see `gc::dying`, looks here only when the allocation's weak
//! count says a `Weak` exists) its weak references are cleared and their
//! callbacks queued; the cycle collector does the same for cyclic trash
//! before running finalizers.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::gc::{Entry, RC_VALUE_OFFSET};
use super::objects::*;
use super::value::Value;
use crate::bytecode::Code;

/// A weak pointer to an object of any weakly referenceable kind.
pub struct RawWeak {
    entry: Entry,
}

macro_rules! weak_kinds {
    ($($variant:ident => $ty:ty),* $(,)?) => {
        /// Whether values of this kind can be weakly referenced at all
        /// (instances also need their class to allow it).
        pub fn weakrefable_kind(v: &Value) -> bool {
            matches!(v, $(Value::$variant(_))|*)
        }

        impl RawWeak {
            /// A weak pointer to `v` (a weakly referenceable kind).
            pub fn new(v: &Value) -> Option<RawWeak> {
                match v {
                    $(Value::$variant(rc) => {
                        std::mem::forget(Rc::downgrade(rc));
                        Some(RawWeak { entry: Entry::of(v) })
                    })*
                    _ => None,
                }
            }
        }

        impl Drop for RawWeak {
            fn drop(&mut self) {
                let [tag, inner] = self.entry.words();
                let value = (inner as usize + RC_VALUE_OFFSET) as *const u8;
                // SAFETY: `new` took one weak count of this allocation, of
                // the kind `tag` names; it is given back exactly once.
                unsafe {
                    match tag {
                        $(t if t == tag_of!($variant) => drop(Weak::<$ty>::from_raw(value as *const $ty)),)*
                        _ => unreachable!("weak pointer of an unknown kind"),
                    }
                }
            }
        }
    };
}

/// The tag of a `Value` variant.
macro_rules! tag_of {
    (Function) => { 11 };
    (Builtin) => { 12 };
    (BoundMethod) => { 13 };
    (Class) => { 14 };
    (Instance) => { 15 };
    (Module) => { 16 };
    (Generator) => { 18 };
    (Set) => { 10 };
    (Code) => { 22 };
}

weak_kinds! {
    Instance => Instance,
    Function => Function,
    Class => Class,
    Set => PySet,
    Generator => Generator,
    BoundMethod => BoundMethod,
    Module => Module,
    Builtin => Builtin,
    Code => Code,
}

impl RawWeak {
    /// The referent, while it lives.
    pub fn upgrade(&self) -> Option<Value> {
        if self.entry.strong() == 0 {
            return None;
        }
        // SAFETY: strong count above zero: the object is alive.
        Some(unsafe { self.entry.value() })
    }

    /// The address the referent lives (lived) at.
    pub fn address(&self) -> usize {
        self.entry.words()[1] as usize
    }
}

/// What a weak reference object carries (the payload of its instance).
pub struct WeakRefState {
    /// The referent; `None` once it died or the collector cleared it.
    target: RefCell<Option<RawWeak>>,
    /// The referent's address (the table key).
    key: usize,
    /// The callback (`None` for none); taken when it is queued.
    pub callback: RefCell<Value>,
    /// The referent's hash, once asked (kept after it dies).
    pub hash: Cell<Option<i64>>,
    /// True for a proxy.
    pub proxy: bool,
    /// Made by the type itself (not a subclass) without a callback: the one
    /// `weakref.ref(obj)` shares.
    basic: bool,
}

impl WeakRefState {
    /// The state of a new weak reference to `referent`.
    pub fn new(referent: &Value, callback: Value, proxy: bool, exact_type: bool) -> Option<WeakRefState> {
        let weak = RawWeak::new(referent)?;
        let basic = exact_type && callback.is_none();
        Some(WeakRefState { key: weak.address(), target: RefCell::new(Some(weak)), callback: RefCell::new(callback), hash: Cell::new(None), proxy, basic })
    }

    /// The referent, if it is alive.
    pub fn get(&self) -> Option<Value> {
        self.target.borrow().as_ref().and_then(|w| w.upgrade())
    }

    /// Forgets the referent (it died, or the collector found it unreachable).
    fn clear(&self) {
        let old = self.target.borrow_mut().take();
        drop(old);
    }

    /// True for the basic (shared) reference of its referent.
    pub fn is_basic(&self) -> bool {
        self.basic
    }
}

impl Drop for WeakRefState {
    fn drop(&mut self) {
        // The dying reference object has a strong count of zero: it leaves
        // its referent's list.
        with_table(|t| {
            if let Some(list) = t.get_mut(&self.key) {
                list.retain(|w| w.strong_count() > 0);
                if list.is_empty() {
                    t.remove(&self.key);
                }
            }
        });
    }
}

/// Weak reference objects by referent address, in CPython's list order.
type Table = HashMap<usize, Vec<Weak<Instance>>>;

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(HashMap::new());
}

fn with_table<R: Default>(f: impl FnOnce(&mut Table) -> R) -> R {
    TABLE.try_with(|t| match t.try_borrow_mut() {
        Ok(mut t) => f(&mut t),
        Err(_) => R::default(),
    })
    .unwrap_or_default()
}

/// The weak reference state carried by `v`, if it is a weak reference object.
pub fn state_of(v: &Value) -> Option<&WeakRefState> {
    match v {
        Value::Instance(i) => match &i.native {
            NativeData::Any(b) => b.downcast_ref::<WeakRefState>(),
            _ => None,
        },
        _ => None,
    }
}

/// The live weak reference objects of the referent at `addr`, in order.
pub fn refs_at(addr: usize) -> Vec<Value> {
    with_table(|t| t.get(&addr).map(|l| l.iter().filter_map(|w| w.upgrade()).map(Value::Instance).collect()).unwrap_or_default())
}

/// The live weak reference objects of `v`, in order (`weakref.getweakrefs`).
pub fn refs_of(v: &Value) -> Vec<Value> {
    match v.heap_ptr() {
        Some(_) => refs_at(Entry::of(v).words()[1] as usize),
        None => Vec::new(),
    }
}

/// Lists a new weak reference object `wr` for the referent at `addr`, where
/// CPython puts it: a basic reference (no callback, `weakref.ref` itself)
/// first, then a basic proxy, then the others newest first.
pub fn register(addr: usize, wr: &Rc<Instance>) {
    let kind = |r: &Rc<Instance>| (r.is_basic_kind(false), r.is_basic_kind(true));
    let (new_ref, new_proxy) = kind(wr);
    with_table(|t| {
        let list = t.entry(addr).or_default();
        list.retain(|w| w.strong_count() > 0);
        let front: Vec<(bool, bool)> = list.iter().take(2).filter_map(|w| w.upgrade()).map(|r| kind(&r)).collect();
        let has_ref = front.first().is_some_and(|k| k.0);
        let has_proxy = front.iter().take(1 + usize::from(has_ref)).any(|k| k.1);
        let at = if new_ref {
            0
        } else if new_proxy {
            usize::from(has_ref)
        } else {
            usize::from(has_ref) + usize::from(has_proxy)
        };
        list.insert(at, Rc::downgrade(wr));
    });
}

impl Instance {
    /// True for a basic reference (`proxy` false) or basic proxy: no
    /// callback, of the builtin type itself (not a subclass).
    fn is_basic_kind(&self, proxy: bool) -> bool {
        match &self.native {
            NativeData::Any(b) => b.downcast_ref::<WeakRefState>().is_some_and(|s| s.proxy == proxy && s.is_basic()),
            _ => false,
        }
    }
}

/// The shared basic reference (`proxy` false) or proxy of the referent at
/// `addr`, if one is alive.
pub fn basic_at(addr: usize, proxy: bool) -> Option<Rc<Instance>> {
    with_table(|t| t.get(&addr).and_then(|l| l.iter().take(2).filter_map(|w| w.upgrade()).find(|r| r.is_basic_kind(proxy))))
}

/// Clears every weak reference to the referent at `addr` and returns the
/// cleared reference objects with callbacks, in call order (the callbacks
/// are taken out of them).
pub fn clear_refs_at(addr: usize) -> Vec<(Value, Value)> {
    let list = with_table(|t| t.remove(&addr)).unwrap_or_default();
    let live: Vec<Rc<Instance>> = list.iter().filter_map(|w| w.upgrade()).collect();
    let mut calls = Vec::new();
    for wr in live {
        let v = Value::Instance(wr);
        if let Some(s) = state_of(&v) {
            s.clear();
            let cb = std::mem::replace(&mut *s.callback.borrow_mut(), Value::None);
            if !cb.is_none() {
                calls.push((v.clone(), cb));
            }
        }
    }
    calls
}

/// A referent died (its `Drop`): its weak references are cleared and their
/// callbacks queued.
#[cold]
#[inline(never)]
pub fn referent_died(inner: *const u8) {
    for (wr, cb) in clear_refs_at(inner as usize) {
        finalizers::push_callback(wr, cb);
    }
}

/// The number of weak references to `v` (`weakref.getweakrefcount`).
pub fn count_of(v: &Value) -> usize {
    refs_of(v).len()
}

/// Whether some weak reference to the referent at `addr` is listed.
pub fn has_refs(addr: usize) -> bool {
    with_table(|t| t.get(&addr).is_some_and(|l| l.iter().any(|w| w.strong_count() > 0)))
}

