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
