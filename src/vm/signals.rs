//! SIGINT and the eval breaker.
//!
//! The eval breaker is one flag that the eval loops test where it costs least
//! (backward jumps and returns, as CPython's eval breaker): a relaxed load and
//! a branch, with everything else out of line. It is set when the loop must
//! leave its fast paths at the next such point: generator frames wait to be
//! finalized (`finalizers`), or a SIGINT arrived. The SIGINT handler only sets
//! two atomic flags (all a signal handler may do); the interpreter raises
//! `KeyboardInterrupt` at the next check, or when a blocking read or sleep
//! returns `EINTR` (the handler is installed without `SA_RESTART` for that).

use std::sync::atomic::{AtomicBool, Ordering};

use super::errors::PyErr;
use super::PyResult;
use crate::runtime::types::types;

/// Set when the eval loop must leave its fast paths at the next check.
static BREAKER: AtomicBool = AtomicBool::new(false);
/// A SIGINT arrived and `KeyboardInterrupt` is not raised yet.
static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);
/// The program ended by an uncaught `KeyboardInterrupt`: the process ends by
/// SIGINT, as CPython's does (see [`exit_by_sigint`]).
static UNCAUGHT_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// True when the eval loop must leave its fast paths (one relaxed load).
#[inline(always)]
pub fn breaker() -> bool {
    BREAKER.load(Ordering::Relaxed)
}

/// Asks the eval loop to leave its fast paths at its next check.
pub fn request_break() {
    BREAKER.store(true, Ordering::SeqCst);
}

/// Lowers the breaker once what raised it is handled; it stays up while a
/// SIGINT waits (a signal between the two stores raises it again itself).
pub fn settle_break(finalizers_queued: bool) {
    BREAKER.store(false, Ordering::SeqCst);
    if finalizers_queued || SIGINT_PENDING.load(Ordering::SeqCst) {
        BREAKER.store(true, Ordering::SeqCst);
    }
}

/// True while a SIGINT waits to be raised.
pub fn interrupt_pending() -> bool {
    SIGINT_PENDING.load(Ordering::SeqCst)
}

/// Raises `KeyboardInterrupt` if a SIGINT arrived since the last check.
pub fn check_interrupt() -> PyResult<()> {
    if SIGINT_PENDING.swap(false, Ordering::SeqCst) {
        return Err(keyboard_interrupt());
    }
    Ok(())
}

/// A new `KeyboardInterrupt`.
pub fn keyboard_interrupt() -> PyErr {
    PyErr::with_args(&types().keyboard_interrupt, vec![])
}

extern "C" fn on_sigint(_signal: libc::c_int) {
    SIGINT_PENDING.store(true, Ordering::SeqCst);
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
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
        // No SA_RESTART: a read blocked on a terminal or pipe returns EINTR.
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Blocks (`true`) or unblocks SIGINT for the calling thread. The driver
/// blocks it in the main thread, so that SIGINT is delivered to the
/// interpreter thread and interrupts its blocking system calls.
pub fn block_sigint_in_this_thread(block: bool) {
    // SAFETY: a signal set built with sigemptyset/sigaddset.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
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
        block_sigint_in_this_thread(false);
        libc::raise(libc::SIGINT);
    }
    128 + libc::SIGINT
}

/// `time.sleep`: sleeps `seconds`, raising `KeyboardInterrupt` when a SIGINT
/// arrives meanwhile.
pub fn sleep(seconds: f64) -> PyResult<()> {
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
        check_interrupt()?;
        request = remaining;
    }
}
