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
/// exits with the list unchanged. The old item is released here (freeing an
/// object never runs Python code in quicken).
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
