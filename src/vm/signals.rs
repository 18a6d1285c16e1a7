//! Signals and the eval breaker.
//!
//! The eval breaker is one flag that the eval loops test where it costs least
//! (backward jumps and returns, as CPython's eval breaker): a relaxed load and
//! a branch, with everything else out of line. It is set when the loop must
//! leave its fast paths at the next such point: generator frames wait to be
//! finalized (`finalizers`), or a signal arrived. The native handler only sets
//! atomic flags (all a signal handler may do); at the next check the VM runs
//! the Python-level handler ([`super::Vm::check_signals`]): for SIGINT by
//! default `KeyboardInterrupt`, or a function given to `signal.signal`.
//! Blocking reads and sleeps return `EINTR` (the handler is installed without
//! `SA_RESTART`), run the handlers and, if they raise nothing, resume.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::errors::PyErr;
use super::PyResult;
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// Set when the eval loop must leave its fast paths at the next check.
static BREAKER: AtomicBool = AtomicBool::new(false);
/// Signals that arrived and whose Python-level handler has not run yet
/// (bit `n` for signal `n`).
static PENDING: AtomicU64 = AtomicU64::new(0);
/// The program ended by an uncaught `KeyboardInterrupt`: the process ends by
/// SIGINT, as CPython's does (see [`exit_by_sigint`]).
static UNCAUGHT_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// True when the eval loop must leave its fast paths (one relaxed load).
#[inline(always)]
pub fn breaker() -> bool {
    BREAKER.load(Ordering::Relaxed)
}

/// The breaker flag's address (one byte, nonzero when up), which compiled
/// traces test once per iteration.
pub fn breaker_addr() -> u64 {
    &BREAKER as *const AtomicBool as u64
}

/// Asks the eval loop to leave its fast paths at its next check.
pub fn request_break() {
    BREAKER.store(true, Ordering::SeqCst);
}

/// Lowers the breaker once what raised it is handled; it stays up while a
/// SIGINT waits (a signal between the two stores raises it again itself).
pub fn settle_break(finalizers_queued: bool) {
    BREAKER.store(false, Ordering::SeqCst);
    if finalizers_queued || PENDING.load(Ordering::SeqCst) != 0 {
        BREAKER.store(true, Ordering::SeqCst);
    }
}

/// True while a signal waits for its Python-level handler.
pub fn interrupt_pending() -> bool {
    PENDING.load(Ordering::SeqCst) != 0
}

/// Takes the set of pending signals (bit `n` for signal `n`).
pub fn take_pending() -> u64 {
    PENDING.swap(0, Ordering::SeqCst)
}

/// Marks signals pending again (those a raising handler left unhandled).
pub fn repend(bits: u64) {
    if bits != 0 {
        PENDING.fetch_or(bits, Ordering::SeqCst);
        BREAKER.store(true, Ordering::SeqCst);
    }
}

/// Where no VM is at hand (a failed write): raises `KeyboardInterrupt` when a
/// SIGINT with the default handler is pending; other signals wait for the
/// next check of the eval loop.
pub fn check_interrupt() -> PyResult<()> {
    let bit = 1u64 << libc::SIGINT;
    if python_handler(libc::SIGINT).is_none() && PENDING.fetch_and(!bit, Ordering::SeqCst) & bit != 0 {
        return Err(keyboard_interrupt());
    }
    Ok(())
}

/// True when a SIGINT with the default handler is pending: a blocked write
/// stops for it (other handlers run after the write, at the next check).
pub fn keyboard_interrupt_due() -> bool {
    PENDING.load(Ordering::SeqCst) & (1 << libc::SIGINT) != 0 && python_handler(libc::SIGINT).is_none()
}

impl super::Vm {
    /// Runs the Python-level handlers of the pending signals, in signal
    /// order: `KeyboardInterrupt` for SIGINT by default, else the function
    /// given to `signal.signal`, called with the signal number and `None` for
    /// the frame. A handler's exception propagates; signals after it stay
    /// pending.
    pub fn check_signals(&mut self) -> PyResult<()> {
        let pending = take_pending();
        for signal in 1..64 {
            let bit = 1u64 << signal;
            if pending & bit == 0 {
                continue;
            }
            let result = match python_handler(signal) {
                Some(handler) => self.call_value(&handler, &[Value::Int(signal as i64), Value::None], &[]).map(|_| ()),
                None if signal == libc::SIGINT => Err(keyboard_interrupt()),
                None => Ok(()),
            };
            if let Err(e) = result {
                repend(pending & !((bit << 1) - 1));
                return Err(e);
            }
        }
        Ok(())
    }
}

thread_local! {
    /// Python functions given to `signal.signal`, by signal number (none:
    /// the default, `KeyboardInterrupt` for SIGINT).
    static HANDLERS: RefCell<HashMap<i32, Value>> = RefCell::new(HashMap::new());
}

/// The Python function handling `signal`, if the program set one.
pub fn python_handler(signal: i32) -> Option<Value> {
    HANDLERS.with(|h| h.borrow().get(&signal).cloned())
}

/// What a signal does, as `signal.signal` sets it.
pub enum Disposition {
    /// The system default (SIGINT and SIGTERM end the process).
    Default,
    /// Ignored by the system.
    Ignore,
    /// The native handler; at the next check the VM calls the Python
    /// function, or raises `KeyboardInterrupt` (SIGINT) for `None`.
    Handle(Option<Value>),
}

/// Sets how `signal` is handled; `Err` carries the OS error.
pub fn set_disposition(signal: i32, disposition: Disposition) -> std::io::Result<()> {
    let action = match &disposition {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Handle(_) => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: sigaction on a zero-initialized struct.
    let r = unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = 0;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(signal, &sa, std::ptr::null_mut())
    };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        match disposition {
            Disposition::Handle(Some(f)) => h.insert(signal, f),
            _ => h.remove(&signal),
        }
    });
    Ok(())
}

/// The system's current action for `signal`: `SIG_DFL`, `SIG_IGN`, or else
/// the native handler.
pub fn system_action(signal: i32) -> libc::sighandler_t {
    // SAFETY: querying sigaction into a zeroed struct.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(signal, std::ptr::null(), &mut old) != 0 {
            return libc::SIG_DFL;
        }
        old.sa_sigaction
    }
}

/// A new `KeyboardInterrupt`.
pub fn keyboard_interrupt() -> PyErr {
    PyErr::with_args(&types().keyboard_interrupt, vec![])
}

extern "C" fn on_signal(signal: libc::c_int) {
    if (0..64).contains(&signal) {
        PENDING.fetch_or(1 << signal, Ordering::SeqCst);
    }
    BREAKER.store(true, Ordering::SeqCst);
}

/// Installs the SIGINT handler, unless SIGINT is ignored (a program started
/// in the background by a shell without job control keeps ignoring it, as
/// CPython does).
pub fn install_sigint_handler() {
    // SAFETY: plain sigaction calls on zero-initialized structs; the handler
    // only stores atomics, which is async-signal-safe.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) != 0 || old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        // No SA_RESTART: a read blocked on a terminal or pipe returns EINTR.
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Blocks (`true`) or unblocks, for the calling thread, every signal but the
/// synchronous faults. The driver blocks them in the main thread, so that
/// signals go to the interpreter thread and interrupt its blocking calls.
pub fn block_signals_in_this_thread(block: bool) {
    // SAFETY: a signal set built with sigfillset/sigdelset.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for fault in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL, libc::SIGTRAP, libc::SIGABRT, libc::SIGSYS] {
            libc::sigdelset(&mut set, fault);
        }
        libc::pthread_sigmask(if block { libc::SIG_BLOCK } else { libc::SIG_UNBLOCK }, &set, std::ptr::null_mut());
    }
}

/// Records that the program ended by an uncaught `KeyboardInterrupt`.
pub fn set_uncaught_interrupt() {
    UNCAUGHT_INTERRUPT.store(true, Ordering::SeqCst);
}

/// True when the program ended by an uncaught `KeyboardInterrupt`.
pub fn uncaught_interrupt() -> bool {
    UNCAUGHT_INTERRUPT.load(Ordering::SeqCst)
}

/// Ends the process by SIGINT with the default action, as CPython 3.8+ does
/// after an uncaught `KeyboardInterrupt`, so that a parent (a shell, `make`)
/// sees "killed by SIGINT" and stops too. Returns 130 (128 + SIGINT) if the
/// process is still alive afterwards.
pub fn exit_by_sigint() -> i32 {
    // SAFETY: resetting a disposition and raising a signal.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        block_signals_in_this_thread(false);
        libc::raise(libc::SIGINT);
    }
    128 + libc::SIGINT
}

/// `time.sleep`: sleeps `seconds`; a signal runs its handlers
/// (`on_signal`), which may raise, and the sleep resumes.
pub fn sleep(seconds: f64, on_signal: &mut dyn FnMut() -> PyResult<()>) -> PyResult<()> {
    let whole = seconds.trunc();
    let mut request = libc::timespec { tv_sec: whole.min(i64::MAX as f64) as libc::time_t, tv_nsec: ((seconds - whole) * 1e9) as libc::c_long };
    loop {
        let mut remaining = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: both timespecs are valid.
        if unsafe { libc::nanosleep(&request, &mut remaining) } == 0 {
            return Ok(());
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return Ok(());
        }
        on_signal()?;
        request = remaining;
    }
}
