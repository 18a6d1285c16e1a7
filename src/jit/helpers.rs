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

/// `list[index]` when the index is in range and the item an immediate (int,
/// float, bool, None: no reference to hand over); else exits.
pub extern "C" fn rt_list_get_imm(_ctx: *mut quicken_jit::JitCtx, list: u64, index: i64) -> ValRet {
    // SAFETY: see `with_list`; reading an item cannot run Python code.
    unsafe {
        with_list(list, |l| match l.get_index(index) {
            Some(v) if v.is_immediate() => ValRet::of(&v),
            _ => ValRet::EXIT,
        })
    }
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

/// `list[index] = int`.
pub extern "C" fn rt_list_set_int(_ctx: *mut quicken_jit::JitCtx, list: u64, index: i64, v: i64) -> ValRet {
    // SAFETY: see `with_list`.
    unsafe { list_set(list, index, Value::Int(v)) }
}

/// `list[index] = float`.
pub extern "C" fn rt_list_set_float(_ctx: *mut quicken_jit::JitCtx, list: u64, index: i64, v: f64) -> ValRet {
    // SAFETY: see `with_list`.
    unsafe { list_set(list, index, Value::float(v)) }
}

/// `list[index] = bool`.
pub extern "C" fn rt_list_set_bool(_ctx: *mut quicken_jit::JitCtx, list: u64, index: i64, v: i64) -> ValRet {
    // SAFETY: see `with_list`.
    unsafe { list_set(list, index, Value::bool(v != 0)) }
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
        Some(item) if item.is_immediate() && super::layout::words(&item)[0] == expect as u64 => {
            *index += 1;
            ValRet::of(&item)
        }
        Some(_) => ValRet::EXIT,
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
