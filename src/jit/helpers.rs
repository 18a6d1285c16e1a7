//! The `extern "C"` functions compiled traces call. None of them unwinds:
//! a panic is caught and turned into the process's internal-error report.

use crate::runtime::value::Value;

/// Drops a heap value whose last reference a trace releases (the `decref`
/// at count 1): rebuilds the `Value` from its two words and drops it.
pub extern "C" fn rt_drop_last(tag: u64, payload: u64) {
    let r = std::panic::catch_unwind(|| {
        // SAFETY: native code passes the words of a heap Value whose last
        // reference it owned.
        let v: Value = unsafe { std::mem::transmute::<[u64; 2], Value>([tag, payload]) };
        drop(v);
    });
    if r.is_err() {
        // A destructor panicked: nothing can unwind through native frames.
        eprintln!("SystemError: quicken internal error (a destructor panicked in compiled code)");
        std::process::abort();
    }
}

/// A Value returned to native code in two registers; tag 0 makes the trace
/// exit through the call's snapshot.
#[repr(C)]
pub struct ValRet {
    tag: u64,
    payload: u64,
}

impl ValRet {
    /// "Leave the trace": the interpreter redoes the instruction and raises
    /// or takes its general path.
    const EXIT: ValRet = ValRet { tag: 0, payload: 0 };

    fn of(v: &Value) -> ValRet {
        let [tag, payload] = super::layout::words(v);
        ValRet { tag, payload }
    }

    /// `v` handed to native code with its reference (for a heap value).
    fn owned(v: Value) -> ValRet {
        let r = ValRet::of(&v);
        std::mem::forget(v);
        r
    }
}

/// Runs `f` on the list whose `Value::List` payload word is `list`.
///
/// # Safety
/// `list` must be the payload of a live `Value::List` (the trace guarded the
/// tag of a slot that holds it).
unsafe fn with_list<R>(list: u64, f: impl FnOnce(&crate::runtime::list::PyList) -> R) -> R {
    let v = std::mem::ManuallyDrop::new(std::mem::transmute::<[u64; 2], Value>([super::layout::TAG_LIST, list]));
    let Value::List(l) = &*v else { unreachable!("the trace guarded a list tag") };
    f(l)
}

/// `list[index] = value` for an immediate, when the index is in range; else
/// exits with the list unchanged. The old item is released here: freeing an
/// object never runs Python code in quicken, it queues the `__del__` or weak
/// reference callbacks and raises the eval breaker, which the trace tests at
/// the end of the iteration (they run when it leaves, see `Vm::jit_loop`).
unsafe fn list_set(list: u64, index: i64, v: Value) -> ValRet {
    with_list(list, |l| match l.set_index(index, v) {
        Ok(()) => ValRet::of(&Value::None),
        Err(_) => ValRet::EXIT,
    })
}

/// `list[index] = value` for an immediate (`tag`, `payload`: its words).
pub extern "C" fn rt_list_set(_ctx: *mut quicken_jit::JitCtx, list: u64, index: i64, tag: u64, payload: u64) -> ValRet {
    // SAFETY: see `with_list`; the recorder passes immediates only, which
    // hold no reference.
    unsafe { list_set(list, index, immediate(tag, payload)) }
}

/// The immediate whose words are `tag`, `payload`.
///
/// # Safety
/// The words must be an immediate's (None, bool, int, float).
unsafe fn immediate(tag: u64, payload: u64) -> Value {
    let v: Value = std::mem::transmute::<[u64; 2], Value>([tag, payload]);
    debug_assert!(v.is_immediate());
    v
}

/// The value of entry `index` of a dict the trace keeps alive (a module's
/// globals or builtins, behind a keys-version guard), borrowed; exits when
/// the entry is gone.
pub extern "C" fn rt_dict_value_at(_ctx: *mut quicken_jit::JitCtx, dict: u64, index: i64) -> ValRet {
    // SAFETY: `dict` is `Rc::as_ptr` of a dict held by the trace's roots;
    // reading an entry cannot run Python code.
    let dict = unsafe { &*(dict as *const crate::runtime::objects::PyDict) };
    match dict.value_at(index as usize) {
        // The dict keeps the value alive: the words stay valid after the clone goes.
        Some(v) => ValRet::of(&v),
        None => ValRet::EXIT,
    }
}

/// `dict[entry index] = value` for a dict the trace keeps alive (a module's
/// globals, behind a keys-version guard), when the entry holds an immediate;
/// else exits with the dict unchanged and the interpreter stores.
unsafe fn global_set(dict: u64, index: i64, value: Value) -> ValRet {
    // SAFETY: `dict` is `Rc::as_ptr` of a dict held by the trace's roots.
    let dict = &*(dict as *const crate::runtime::objects::PyDict);
    if dict.replace_immediate_at(index as usize, value) {
        ValRet::of(&Value::None)
    } else {
        ValRet::EXIT
    }
}

/// A global (entry `index` of `dict`) set to an immediate (`tag`, `payload`: its words).
pub extern "C" fn rt_global_set(_ctx: *mut quicken_jit::JitCtx, dict: u64, index: i64, tag: u64, payload: u64) -> ValRet {
    // SAFETY: see `global_set`; the recorder passes immediates only.
    unsafe { global_set(dict, index, immediate(tag, payload)) }
}

/// `x <op> y` on floats for the operators without an instruction of their
/// own (`//`, `%`, `**`; `op` a `BinOp` number), with the interpreter's own
/// definition; the cases that raise or leave floats exit.
pub extern "C" fn rt_float_op(_ctx: *mut quicken_jit::JitCtx, op: i64, x: f64, y: f64) -> ValRet {
    let op = crate::bytecode::BinOp::ALL[op as usize];
    match crate::vm::eval::float_op_full(op, x, y) {
        Some(r) => ValRet::of(&Value::float(r)),
        None => ValRet::EXIT,
    }
}

/// `obj.attr` for an instance whose class and layout are those a
/// `LOAD_ATTR_INSTANCE` cache (`cache`, a copy the trace keeps) recorded,
/// when the value has the tag `expect`: the value with a new reference.
/// Else exits before anything ran (the interpreter looks the attribute up).
pub extern "C" fn rt_instance_attr(_ctx: *mut quicken_jit::JitCtx, tag: i64, payload: u64, cache: u64, expect: i64) -> ValRet {
    // SAFETY: the trace passes the words of a value it keeps alive and a
    // cache its owner keeps; reading a slot cannot run Python code.
    let obj = std::mem::ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>([tag as u64, payload]) });
    let cache = unsafe { *(cache as *const crate::bytecode::Cache) };
    match crate::vm::hot::instance_slot_value(&obj, cache) {
        Some(v) if super::layout::words(&v)[0] == expect as u64 => ValRet::owned(v),
        _ => ValRet::EXIT,
    }
}

/// `obj.attr = value` through the `STORE_ATTR_INSTANCE` cache `cache` (a
/// copy the trace keeps): stores a new reference to the value (whose words
/// the trace keeps alive) into the instance's slot and returns None, or
/// exits with the instance unchanged when the cache's guards fail. The old
/// value's release runs no Python code (finalizers are queued).
pub extern "C" fn rt_store_instance_attr(_ctx: *mut quicken_jit::JitCtx, tag: i64, payload: u64, cache: u64, vtag: u64, vpayload: u64) -> ValRet {
    // SAFETY: as `rt_instance_attr`; `vtag`/`vpayload` are a live value's words.
    let obj = std::mem::ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>([tag as u64, payload]) });
    let cache = unsafe { *(cache as *const crate::bytecode::Cache) };
    let value = std::mem::ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>([vtag, vpayload]) });
    let stored = std::mem::ManuallyDrop::new((*value).clone());
    // SAFETY: `stored` is an initialized value the slot takes (moved out on true).
    if unsafe { crate::vm::hot::store_instance_slot(&obj, cache, &*stored) } {
        ValRet::of(&Value::None)
    } else {
        drop(std::mem::ManuallyDrop::into_inner(stored));
        ValRet::EXIT
    }
}

/// `obj.attr = value` through the `STORE_ATTR_ADD_INSTANCE` cache `cache` (a
/// copy the trace keeps): appends a slot holding a new reference to the
/// value (whose words the trace keeps alive) and moves the instance to the
/// cached layout, as the interpreter does, and returns None; or exits with
/// the instance unchanged when the cache's guards fail.
pub extern "C" fn rt_add_instance_attr(_ctx: *mut quicken_jit::JitCtx, tag: i64, payload: u64, cache: u64, vtag: u64, vpayload: u64) -> ValRet {
    // SAFETY: as `rt_store_instance_attr`.
    let obj = unsafe { borrowed_value(tag as u64, payload) };
    let cache = unsafe { *(cache as *const crate::bytecode::Cache) };
    let value = unsafe { borrowed_value(vtag, vpayload) };
    if crate::vm::hot::add_instance_slot(&obj, cache, (*value).clone()) {
        ValRet::of(&Value::None)
    } else {
        ValRet::EXIT
    }
}

/// `BINARY_OP_DUNDER`'s guard (`crate::vm::hot::binary_dunder_fits`) on the
/// operands (whose words the trace keeps alive) and the site's cache (a copy
/// the trace keeps): None when the cached dunder is the one to call; else
/// exits (the interpreter runs the operator).
pub extern "C" fn rt_binary_dunder_fits(_ctx: *mut quicken_jit::JitCtx, atag: u64, a: u64, btag: u64, b: u64, cache: u64) -> ValRet {
    // SAFETY: as `rt_binary`; the trace's owner keeps the cache.
    let (a, b) = unsafe { (borrowed_value(atag, a), borrowed_value(btag, b)) };
    let cache = unsafe { *(cache as *const crate::bytecode::Cache) };
    if crate::vm::hot::binary_dunder_fits(&a, &b, cache) {
        ValRet::of(&Value::None)
    } else {
        ValRet::EXIT
    }
}

/// Default `index` of the function at `func` (`Rc::as_ptr` of a function the
/// trace's roots hold), borrowed, when the function still has `count`
/// defaults and this one has the tag `expect`; else exits (the interpreter
/// makes the call, with the defaults `__defaults__` now holds).
pub extern "C" fn rt_default_arg(_ctx: *mut quicken_jit::JitCtx, func: u64, count: i64, index: i64, expect: i64) -> ValRet {
    // SAFETY: the roots keep the function alive; the function keeps its
    // defaults alive, and nothing a trace runs assigns `__defaults__`.
    let func = unsafe { &*(func as *const crate::runtime::objects::Function) };
    let Ok(defaults) = func.defaults.try_borrow() else { return ValRet::EXIT };
    match defaults.get(index as usize) {
        Some(v) if defaults.len() == count as usize && super::layout::words(v)[0] == expect as u64 => ValRet::of(v),
        _ => ValRet::EXIT,
    }
}

/// A bare instance of the plain class at `class` (`Rc::as_ptr` of a class the
/// trace's roots hold, whose layout and `__init__` the trace guarded), made
/// as the interpreter's class calls make it (`Vm::new_instance`): returned
/// with its reference. Allocating cannot fail or run Python code.
pub extern "C" fn rt_new_instance(ctx: *mut quicken_jit::JitCtx, class: u64) -> ValRet {
    // SAFETY: the roots keep the class alive, so borrowing it through a
    // reference that is never dropped is sound; `ctx.vm` is the running VM.
    let class = std::mem::ManuallyDrop::new(unsafe { std::rc::Rc::from_raw(class as *const crate::runtime::objects::Class) });
    let vm = unsafe { vm_of(ctx) };
    ValRet::owned(vm.new_instance(&class))
}

/// Whether the instance (`tag`, `payload`: its words) finds, through the
/// `LOAD_METHOD_INSTANCE` cache `cache` (a copy the trace keeps), the
/// method `method` the trace was recorded with (None), or exits.
pub extern "C" fn rt_instance_method_is(_ctx: *mut quicken_jit::JitCtx, tag: i64, payload: u64, cache: u64, method: u64) -> ValRet {
    // SAFETY: as `rt_instance_attr`.
    let obj = std::mem::ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>([tag as u64, payload]) });
    let cache = unsafe { *(cache as *const crate::bytecode::Cache) };
    if crate::vm::hot::instance_method(&obj, cache) == Some(method as usize) {
        ValRet::of(&Value::None)
    } else {
        ValRet::EXIT
    }
}

/// The next item of an iterator other than a range or a list/tuple one
/// (`iter`: the payload of a `Value::Iter` the frame's stack holds), with a
/// new reference, when its step runs no Python code
/// ([`crate::vm::iter::steps_natively`]). At the end, on an error, or for
/// other kinds, exits before or without changing the iterator, and the
/// interpreter steps it again.
pub extern "C" fn rt_iter_next(ctx: *mut quicken_jit::JitCtx, iter: u64) -> ValRet {
    // SAFETY: `iter` is the payload of a live `Value::Iter` (the trace
    // guarded the slot's tag); `ctx.vm` is the running VM (see `run_trace`).
    let (Some(it), vm) = (unsafe { natively_stepped(iter) }, unsafe { vm_of(ctx) }) else { return ValRet::EXIT };
    match vm.next(&it) {
        Ok(Some(v)) => ValRet::owned(v),
        _ => ValRet::EXIT,
    }
}

/// The iterator whose `Value::Iter` payload is `iter`, borrowed, when its
/// step runs no Python code ([`crate::vm::iter::steps_natively`]).
///
/// # Safety
/// `iter` is the payload of a live `Value::Iter` (the trace guarded the
/// slot's tag).
unsafe fn natively_stepped(iter: u64) -> Option<std::mem::ManuallyDrop<Value>> {
    let it = borrowed_value(super::layout::TAG_ITER, iter);
    let Value::Iter(i) = &*it else { unreachable!("the trace guarded an iterator tag") };
    let native = i.state.try_borrow().is_ok_and(|s| crate::vm::iter::steps_natively(&s, false));
    native.then_some(it)
}

/// Where [`rt_iter_next_pair`] leaves a pair's second value (its words, with
/// a reference) for the trace to load right after the call. One buffer
/// serves every trace: the VM runs on one thread, and the trace reads it
/// before it calls anything else.
pub struct PairSecond(std::cell::UnsafeCell<[u64; 2]>);

// SAFETY: written and read only by the thread running the VM (see above).
unsafe impl Sync for PairSecond {}

/// The buffer [`rt_iter_next_pair`] writes.
pub static PAIR_SECOND: PairSecond = PairSecond(std::cell::UnsafeCell::new([0, 0]));

impl PairSecond {
    /// The buffer's address, which traces embed.
    pub fn addr(&self) -> u64 {
        self.0.get() as u64
    }
}

/// The next pair of an iterator that a loop unpacks straight into two
/// locals (`for i, x in enumerate(xs)`, `zip(xs, ys)`, `d.items()`), as
/// the interpreter steps it (`Vm::next_pair`, no tuple built): the first
/// value (a new reference), the second left in [`PAIR_SECOND`]. At the end,
/// on an error, or for an iterator whose step could run Python code, exits
/// before or without changing it, and the interpreter steps it again.
pub extern "C" fn rt_iter_next_pair(ctx: *mut quicken_jit::JitCtx, iter: u64) -> ValRet {
    // SAFETY: as `rt_iter_next`.
    let (Some(it), vm) = (unsafe { natively_stepped(iter) }, unsafe { vm_of(ctx) }) else { return ValRet::EXIT };
    let Value::Iter(i) = &*it else { unreachable!("an iterator") };
    match vm.next_pair(i) {
        Some(Ok(Some((first, second)))) => {
            let ValRet { tag, payload } = ValRet::owned(second);
            // SAFETY: see `PairSecond`.
            unsafe { *PAIR_SECOND.0.get() = [tag, payload] };
            ValRet::owned(first)
        }
        _ => ValRet::EXIT,
    }
}

/// `range(start, stop, step)` (the recorder checked `step != 0`): a new range.
pub extern "C" fn rt_new_range(_ctx: *mut quicken_jit::JitCtx, start: i64, stop: i64, step: i64) -> ValRet {
    ValRet::owned(Value::Range(std::rc::Rc::new(crate::runtime::objects::Range { start, stop, step })))
}

/// `iter(v)` (`GET_ITER`) of a range, list or tuple: a new iterator. Exits
/// for other kinds (whose `__iter__` may be Python code).
pub extern "C" fn rt_get_iter(ctx: *mut quicken_jit::JitCtx, tag: u64, payload: u64) -> ValRet {
    // SAFETY: the trace passes the words of a value it keeps alive.
    let v = unsafe { borrowed_value(tag, payload) };
    if !matches!(&*v, Value::Range(_) | Value::List(_) | Value::Tuple(_)) {
        return ValRet::EXIT;
    }
    // SAFETY: `ctx.vm` is the running VM (see `run_trace`).
    match unsafe { vm_of(ctx) }.get_iter(&v) {
        Ok(it) => ValRet::owned(it),
        Err(_) => ValRet::EXIT,
    }
}

/// Whether the iterator (the payload of a `Value::Iter`) is at its end,
/// known without stepping it: None when it is, else exits (the loop goes
/// on in the interpreter).
pub extern "C" fn rt_iter_at_end(_ctx: *mut quicken_jit::JitCtx, iter: u64) -> ValRet {
    // SAFETY: as `rt_iter_next`.
    let it = unsafe { borrowed_value(super::layout::TAG_ITER, iter) };
    let Value::Iter(i) = &*it else { unreachable!("the trace guarded an iterator tag") };
    match i.state.try_borrow().ok().and_then(|s| crate::vm::iter::peek_next(&s)) {
        Some(None) => ValRet::of(&Value::None),
        _ => ValRet::EXIT,
    }
}

/// `list.append(value)` (`LIST_APPEND` and the method): the list (its
/// payload) takes its own reference to the value (whose words the trace
/// keeps alive). Appending runs no Python code and cannot fail.
pub extern "C" fn rt_list_append(_ctx: *mut quicken_jit::JitCtx, list: u64, tag: u64, payload: u64) -> ValRet {
    // SAFETY: `list` is the payload of a live list, `tag`/`payload` the words
    // of a live value (borrowed: cloned here).
    unsafe {
        let v = std::mem::ManuallyDrop::new(std::mem::transmute::<[u64; 2], Value>([tag, payload]));
        with_list(list, |l| l.push((*v).clone()));
    }
    ValRet::of(&Value::None)
}

/// Calls the builtin at `builtin` (`Rc::as_ptr` of a `Builtin` the trace
/// keeps alive) on immediate arguments, for the builtins the recorder knows
/// to be pure ([`super::record`]'s `PURE_BUILTINS`). An immediate result is
/// returned; an error or a heap result exits, and the interpreter runs the
/// call again (it has no effect to repeat) and raises or keeps the result.
fn call_pure_builtin(ctx: *mut quicken_jit::JitCtx, builtin: u64, args: &[Value]) -> ValRet {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // SAFETY: see above; `ctx.vm` is the running VM (set by `run_trace`),
        // which nothing else uses while the trace runs.
        let (b, vm) = unsafe { (&*(builtin as *const crate::runtime::objects::Builtin), &mut *((*ctx).vm as *mut crate::vm::Vm)) };
        match (b.func)(vm, args, &[]) {
            Ok(v) if v.is_immediate() => ValRet::of(&v),
            _ => ValRet::EXIT,
        }
    }));
    r.unwrap_or_else(|_| {
        eprintln!("SystemError: quicken internal error (a builtin panicked in compiled code)");
        std::process::abort();
    })
}

/// Defines the `rt_call_*` helpers: one per list of argument types.
macro_rules! pure_builtin_calls {
    ($($name:ident($($arg:ident: $ty:ty => $val:expr),*);)*) => {$(
        #[doc = concat!("A pure builtin called on immediates (see [`call_pure_builtin`]): `", stringify!($name), "`.")]
        pub extern "C" fn $name(ctx: *mut quicken_jit::JitCtx, builtin: u64, $($arg: $ty),*) -> ValRet {
            call_pure_builtin(ctx, builtin, &[$($val),*])
        }
    )*};
}

pure_builtin_calls! {
    rt_call_i(a: i64 => Value::Int(a));
    rt_call_f(a: f64 => Value::float(a));
    rt_call_ii(a: i64 => Value::Int(a), b: i64 => Value::Int(b));
    rt_call_if(a: i64 => Value::Int(a), b: f64 => Value::float(b));
    rt_call_fi(a: f64 => Value::float(a), b: i64 => Value::Int(b));
    rt_call_ff(a: f64 => Value::float(a), b: f64 => Value::float(b));
}

/// The next item of a list or tuple iterator (`iter`: the payload of a
/// `Value::Iter`, held by the frame's stack) when it has the tag
/// `expect` the trace was recorded with: the iterator advances and the item
/// (an immediate) is returned. At the end a None is returned and the
/// iterator stays as it is (the trace leaves the loop at its header, where
/// the interpreter finishes it); any other item or iterator exits without
/// advancing (the interpreter then takes it).
pub extern "C" fn rt_seq_iter_next(_ctx: *mut quicken_jit::JitCtx, iter: u64, expect: i64) -> ValRet {
    use crate::runtime::objects::IterState;
    // SAFETY: `iter` is the payload of a live `Value::Iter` (the trace
    // guarded the tag of the stack slot that holds it).
    let v = std::mem::ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>([super::layout::TAG_ITER, iter]) });
    let Value::Iter(it) = &*v else { unreachable!("the trace guarded an iterator tag") };
    // Reading items cannot run Python code, so the state is not borrowed elsewhere.
    let Ok(mut state) = it.state.try_borrow_mut() else { return ValRet::EXIT };
    let IterState::Seq { seq, index } = &mut *state else { return ValRet::EXIT };
    let item = match seq {
        Value::List(l) => l.get(*index),
        Value::Tuple(t) => t.items.get(*index).cloned(),
        _ => return ValRet::EXIT,
    };
    match item {
        None => ValRet::of(&Value::None),
        Some(item) if super::layout::words(&item)[0] == expect as u64 => {
            *index += 1;
            ValRet::owned(item)
        }
        Some(_) => ValRet::EXIT,
    }
}

/// Runs `f` on the list or tuple whose value words are `tag`, `payload`
/// (a value the trace keeps alive); exits for other types.
///
/// # Safety
/// `tag`, `payload` must be the words of a live Value.
unsafe fn with_seq(tag: u64, payload: u64, f: impl FnOnce(&Value) -> ValRet) -> ValRet {
    let v = std::mem::ManuallyDrop::new(std::mem::transmute::<[u64; 2], Value>([tag, payload]));
    match &*v {
        seq @ (Value::List(_) | Value::Tuple(_)) => f(seq),
        _ => ValRet::EXIT,
    }
}

/// Item `index` (negative counts from the end) of a list or tuple.
pub(super) fn seq_item(seq: &Value, index: i64) -> Option<Value> {
    match seq {
        Value::List(l) => l.get_index(index),
        Value::Tuple(t) => {
            let n = t.items.len() as i64;
            let i = if index < 0 { index + n } else { index };
            (0..n).contains(&i).then(|| t.items[i as usize].clone())
        }
        _ => None,
    }
}

/// `seq[index]` for a list or tuple (`tag`, `payload`: its words) when the
/// index is in range and the item has the tag `expect`: the item, a new
/// reference for a heap one. Else exits (the interpreter raises or takes
/// its general path).
pub extern "C" fn rt_seq_get(_ctx: *mut quicken_jit::JitCtx, tag: i64, payload: u64, index: i64, expect: i64) -> ValRet {
    // SAFETY: the trace passes the words of a value it keeps alive; reading
    // an item cannot run Python code.
    unsafe {
        with_seq(tag as u64, payload, |seq| match seq_item(seq, index) {
            Some(item) if super::layout::words(&item)[0] == expect as u64 => ValRet::owned(item),
            _ => ValRet::EXIT,
        })
    }
}

/// Item `index` of a list or tuple of exactly `len` items, borrowed (for
/// `UNPACK_SEQUENCE`, which takes its own references once every item has
/// passed), when it has the tag `expect`; else exits.
pub extern "C" fn rt_unpack_item(_ctx: *mut quicken_jit::JitCtx, tag: i64, payload: u64, len: i64, index: i64, expect: i64) -> ValRet {
    // SAFETY: as `rt_seq_get`; the sequence keeps the item alive.
    unsafe {
        with_seq(tag as u64, payload, |seq| {
            let n = match seq {
                Value::List(l) => l.len(),
                Value::Tuple(t) => t.items.len(),
                _ => return ValRet::EXIT,
            };
            match seq_item(seq, index) {
                Some(item) if n as i64 == len && super::layout::words(&item)[0] == expect as u64 => ValRet::of(&item),
                _ => ValRet::EXIT,
            }
        })
    }
}

/// The content of a closure cell (`cell`: the payload of a `Value::Cell` a
/// frame slot holds), borrowed; exits when it is unbound.
pub extern "C" fn rt_cell_get(_ctx: *mut quicken_jit::JitCtx, cell: u64) -> ValRet {
    // SAFETY: `cell` is the payload of a live `Value::Cell` (the trace
    // guarded the slot's tag); the cell keeps its content alive.
    let v = std::mem::ManuallyDrop::new(unsafe { std::mem::transmute::<[u64; 2], Value>([super::layout::TAG_CELL, cell]) });
    let Value::Cell(c) = &*v else { unreachable!("the trace guarded a cell tag") };
    let Ok(content) = c.try_borrow() else { return ValRet::EXIT };
    if content.is_null() {
        return ValRet::EXIT;
    }
    ValRet::of(&content)
}

/// Whether the running frame may make `calls` nested Python calls without
/// reaching the recursion limit (None), or exits: a trace that inlined
/// those calls leaves before them, and the interpreter raises RecursionError.
pub extern "C" fn rt_call_depth_room(ctx: *mut quicken_jit::JitCtx, calls: i64) -> ValRet {
    // SAFETY: `ctx.vm` is the running VM (set by `run_trace`); only read.
    let vm = unsafe { &*((*ctx).vm as *const crate::vm::Vm) };
    if vm.depth + (calls as usize) <= vm.recursion_limit {
        ValRet::of(&Value::None)
    } else {
        ValRet::EXIT
    }
}

/// The value whose words are `tag`, `payload`, borrowed for the call.
///
/// # Safety
/// The words must be those of a value the trace keeps alive.
unsafe fn borrowed_value(tag: u64, payload: u64) -> std::mem::ManuallyDrop<Value> {
    std::mem::ManuallyDrop::new(std::mem::transmute::<[u64; 2], Value>([tag, payload]))
}

/// `d[key]` for a dict and an int or str key when no Python code takes part
/// and the value has the tag `expect`: the value with a new reference. Else
/// exits (the interpreter looks it up, or raises `KeyError`).
pub extern "C" fn rt_dict_get(_ctx: *mut quicken_jit::JitCtx, dtag: u64, dict: u64, ktag: u64, key: u64, expect: i64) -> ValRet {
    // SAFETY: the trace passes the words of values it keeps alive; the
    // lookup runs no Python code.
    let (d, key) = unsafe { (borrowed_value(dtag, dict), borrowed_value(ktag, key)) };
    let Value::Dict(d) = &*d else { return ValRet::EXIT };
    match crate::vm::dict_get_native(d, &key) {
        Some(Some(v)) if super::layout::words(&v)[0] == expect as u64 => ValRet::owned(v),
        _ => ValRet::EXIT,
    }
}

/// `s[index]` of an ASCII str: the one-character str (a new reference;
/// `expect`, a str's tag, keeps the subscript helpers' signature). Else
/// exits (the interpreter indexes or raises `IndexError`).
pub extern "C" fn rt_str_item(_ctx: *mut quicken_jit::JitCtx, stag: u64, s: u64, index: i64, _expect: i64) -> ValRet {
    // SAFETY: as `rt_dict_get`.
    let s = unsafe { borrowed_value(stag, s) };
    match &*s {
        Value::Str(s) => s.ascii_item(index).map_or(ValRet::EXIT, |c| ValRet::owned(Value::Str(c))),
        _ => ValRet::EXIT,
    }
}

/// `key in container` (`not in` when `negate` is 1) when no Python code
/// takes part: the Bool. Else exits (the interpreter decides, or raises).
pub extern "C" fn rt_contains(_ctx: *mut quicken_jit::JitCtx, ctag: u64, container: u64, ktag: u64, key: u64, negate: i64) -> ValRet {
    // SAFETY: as `rt_dict_get`.
    let (c, k) = unsafe { (borrowed_value(ctag, container), borrowed_value(ktag, key)) };
    match crate::vm::contains_native(&c, &k) {
        Some(found) => ValRet::of(&Value::bool(found != (negate == 1))),
        None => ValRet::EXIT,
    }
}

/// The running VM (see `run_trace`).
///
/// # Safety
/// `ctx` is the context `run_trace` passes, whose `vm` is the running VM.
unsafe fn vm_of<'a>(ctx: *mut quicken_jit::JitCtx) -> &'a mut crate::vm::Vm {
    &mut *((*ctx).vm as *mut crate::vm::Vm)
}

/// `a <op> b` (`op` a `BinOp` number) on builtin data the recorder chose
/// (numbers, strs, lists, tuples: no Python code runs): the result (a new
/// reference), whatever its type (the trace guards it, and an exit there
/// resumes after the instruction with it). `handed` says which operands the
/// trace hands over with their references ([`HAND_A`], [`HAND_B`]): a big
/// int temporary's digits are reused for the result, as the interpreter
/// does. When it raises: exits with nothing consumed, and the interpreter
/// runs it again and raises.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn rt_binary(ctx: *mut quicken_jit::JitCtx, op: i64, atag: u64, a: u64, btag: u64, b: u64, handed: i64) -> ValRet {
    let op = crate::bytecode::BinOp::ALL[op as usize];
    // SAFETY: the trace passes the words of values it keeps alive, and a
    // reference to each one it hands over.
    let (a, b, vm) = unsafe { (borrowed_value(atag, a), borrowed_value(btag, b), vm_of(ctx)) };
    if handed != 0 && int_op_cannot_fail(op, &a, &b) {
        let take = |v: std::mem::ManuallyDrop<Value>, hand: i64| if handed & hand != 0 { std::mem::ManuallyDrop::into_inner(v) } else { (*v).clone() };
        let (a, b) = (take(a, HAND_A), take(b, HAND_B));
        return vm.binary_op_owned(op, a, b).map_or(ValRet::EXIT, ValRet::owned);
    }
    match vm.binary_op(op, &a, &b) {
        Ok(v) => {
            // Consumed: the references handed over go.
            if handed & HAND_A != 0 {
                drop(std::mem::ManuallyDrop::into_inner(a));
            }
            if handed & HAND_B != 0 {
                drop(std::mem::ManuallyDrop::into_inner(b));
            }
            ValRet::owned(v)
        }
        Err(_) => ValRet::EXIT,
    }
}

/// `rt_binary`'s flag: the trace hands over its reference to `a`.
pub const HAND_A: i64 = 1;
/// `rt_binary`'s flag: the trace hands over its reference to `b`.
pub const HAND_B: i64 = 2;

/// Whether `a <op> b` on ints cannot raise (so its operands can be consumed
/// before the result is known): no division by zero, no negative or huge
/// shift.
fn int_op_cannot_fail(op: crate::bytecode::BinOp, a: &Value, b: &Value) -> bool {
    use crate::bytecode::BinOp;
    let int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
    if !int(a) || !int(b) {
        return false;
    }
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor => true,
        BinOp::FloorDiv | BinOp::Mod => match b {
            Value::Int(n) => *n != 0,
            Value::Bool(x) => x.get(),
            _ => true,
        },
        BinOp::RShift => matches!(b, Value::Int(n) if *n >= 0) || matches!(b, Value::Bool(_)),
        _ => false,
    }
}

/// `a <op> b` (`op` a `CmpOp` number) on numbers and strs: the Bool. Else
/// exits.
pub extern "C" fn rt_compare(ctx: *mut quicken_jit::JitCtx, op: i64, atag: u64, a: u64, btag: u64, b: u64) -> ValRet {
    // SAFETY: as `rt_binary`.
    let (a, b, vm) = unsafe { (borrowed_value(atag, a), borrowed_value(btag, b), vm_of(ctx)) };
    match vm.compare(crate::bytecode::CmpOp::ALL[op as usize], &a, &b) {
        Ok(v @ Value::Bool(_)) => ValRet::of(&v),
        _ => ValRet::EXIT,
    }
}

/// A method of `str` or `dict` that only reads its operands (the recorder's
/// `PURE_METHODS`), called on `nargs` values (the receiver first; the words
/// of unused ones are None's): the result (a new reference) when it has the
/// tag `expect`. `dict.get` looks up int and str keys without Python code.
/// Else exits with nothing done: the interpreter calls it again.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn rt_pure_method(
    ctx: *mut quicken_jit::JitCtx,
    method: u64,
    nargs: i64,
    t0: u64,
    p0: u64,
    t1: u64,
    p1: u64,
    t2: u64,
    p2: u64,
    expect: i64,
) -> ValRet {
    // SAFETY: `method` is `Rc::as_ptr` of a builtin the trace's roots hold;
    // the words are those of values the trace keeps alive.
    let (method, vm) = unsafe { (&*(method as *const crate::runtime::objects::Builtin), vm_of(ctx)) };
    let args = unsafe { [borrowed_value(t0, p0), borrowed_value(t1, p1), borrowed_value(t2, p2)] };
    let args: Vec<Value> = args[..nargs as usize].iter().map(|a| (**a).clone()).collect();
    let result = match (&args[0], method.name) {
        (Value::Dict(d), "get") => match dict_get_or_default(d, &args[1..]) {
            Some(v) => Ok(v),
            None => return ValRet::EXIT,
        },
        _ => (method.func)(vm, &args, &[]),
    };
    match result {
        Ok(v) if super::layout::words(&v)[0] == expect as u64 => ValRet::owned(v),
        _ => ValRet::EXIT,
    }
}

/// `len(v)` of a str, list, tuple, dict or set; exits for any other type.
pub extern "C" fn rt_len(_ctx: *mut quicken_jit::JitCtx, tag: u64, payload: u64) -> ValRet {
    // SAFETY: the words of a value the trace keeps alive.
    let v = unsafe { borrowed_value(tag, payload) };
    let n = match &*v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        _ => return ValRet::EXIT,
    };
    ValRet::of(&Value::Int(n as i64))
}

/// `d.get(key[, default])` (`args`: key, then the default if given) when no
/// Python code takes part; `None` when it would.
pub(super) fn dict_get_or_default(d: &crate::runtime::objects::PyDict, args: &[Value]) -> Option<Value> {
    Some(crate::vm::dict_get_native(d, &args[0])?.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
}

/// `container[i]` of a bytes, a bytearray or an exact `array.array` (whose
/// item access runs no Python code); `None` for other types or an index out
/// of range. The interpreter's own item functions.
pub(super) fn native_item(container: &Value, i: i64) -> Option<Value> {
    match container {
        Value::Other(_) => crate::vm::bytes::byte_at(container, i).map(|b| Value::Int(b as i64)),
        Value::Instance(_) => crate::modules::array::item_fast(container, i, &crate::modules::array::exact_cache()),
        _ => None,
    }
}

/// `container[index]` of a bytes, bytearray or exact `array.array`, when the
/// item has the tag `expect`: the item. Else exits (the interpreter indexes,
/// or raises `IndexError`).
pub extern "C" fn rt_native_item(_ctx: *mut quicken_jit::JitCtx, ctag: u64, container: u64, index: i64, expect: i64) -> ValRet {
    // SAFETY: the words of a value the trace keeps alive.
    let c = unsafe { borrowed_value(ctag, container) };
    match native_item(&c, index) {
        Some(v) if super::layout::words(&v)[0] == expect as u64 => ValRet::owned(v),
        _ => ValRet::EXIT,
    }
}

/// `container[index] = value` (an int or float: `tag`, `payload`) into a
/// bytearray or an exact `array.array`, done in place; else exits with the
/// container unchanged (an index out of range, a value the container does
/// not take as it is: the interpreter stores or raises).
pub extern "C" fn rt_native_store(_ctx: *mut quicken_jit::JitCtx, ctag: u64, container: u64, index: i64, tag: u64, payload: u64) -> ValRet {
    // SAFETY: the words of a value the trace keeps alive; the recorder
    // passes immediates only.
    let (c, v) = unsafe { (borrowed_value(ctag, container), immediate(tag, payload)) };
    let stored = match (&*c, &v) {
        (Value::Other(_), Value::Int(b)) => crate::vm::bytes::store_byte(&c, index, *b),
        (Value::Instance(_), _) => crate::modules::array::store_fast(&c, index, &v, &crate::modules::array::exact_cache()),
        _ => false,
    };
    if stored {
        ValRet::of(&Value::None)
    } else {
        ValRet::EXIT
    }
}
