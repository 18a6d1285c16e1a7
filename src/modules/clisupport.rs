//! `_clisupport`: the few facts about the process that the embedded `argparse` and
//! `logging` need and that quicken has no `os`, `shutil` or `threading` module for yet:
//! an environment variable (`COLUMNS`), the terminal width, the process id, the thread
//! id, the working directory, and local time with `strftime` (for `%(asctime)s`).
//! Both modules use `os`/`time` instead when those provide the function.

use super::add_fns;
use crate::builtins::{arg_f64, arg_int, arg_str, check_count};
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    add_fns(
        d,
        &[
            ("getenv", getenv),
            ("terminal_columns", terminal_columns),
            ("getpid", getpid),
            ("thread_ident", thread_ident),
            ("getcwd", getcwd),
            ("localtime", localtime),
            ("strftime", strftime),
        ],
    );
}

/// `getenv(name)`: the variable's value, or None when it is unset (or not UTF-8).
fn getenv(vm: &mut Vm, args: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    check_count("getenv", args, 1, 1)?;
    let name = arg_str(vm, "getenv", &args[0])?;
    Ok(std::env::var(name).map(|v| Value::str(&v)).unwrap_or(Value::None))
}

/// `terminal_columns(fd)`: the width of the terminal on `fd`, or None when `fd` is
/// not a terminal (CPython's `shutil.get_terminal_size` then falls back to 80).
fn terminal_columns(vm: &mut Vm, args: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    check_count("terminal_columns", args, 1, 1)?;
    let fd = arg_int(vm, &args[0])? as i32;
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` into the struct we pass.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) };
    Ok(if rc == 0 { Value::Int(size.ws_col as i64) } else { Value::None })
}

/// The process id, read once: quicken cannot fork, and every log record asks for it.
fn getpid(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    static PID: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    Ok(Value::Int(*PID.get_or_init(std::process::id) as i64))
}

/// The thread id as CPython's `threading.get_ident()` gives it (`pthread_self`).
fn thread_ident(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    // SAFETY: pthread_self has no preconditions.
    let id = unsafe { libc::pthread_self() } as u64;
    Ok(Value::from_bigint(id.into()))
}

fn getcwd(_vm: &mut Vm, _a: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(&p.to_string_lossy())),
        Err(e) => Err(crate::vm::stdio::io_error(&e)),
    }
}

/// `localtime(secs)`: `(year, month, mday, hour, min, sec, wday, yday, isdst)` as
/// `time.localtime` orders them (Monday is 0, January 1st is day 1).
fn localtime(vm: &mut Vm, args: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    check_count("localtime", args, 1, 1)?;
    let secs = arg_f64(vm, &args[0])?.floor() as libc::time_t;
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: localtime_r fills the struct we own; a null result means out of range.
    if unsafe { libc::localtime_r(&secs, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    let fields = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    Ok(Value::tuple(fields.iter().map(|&f| Value::Int(f)).collect()))
}

/// `strftime(format, fields)`: C's strftime over a 9-field tuple as [`localtime`] gives.
fn strftime(vm: &mut Vm, args: &[Value], _k: &[(Name, Value)]) -> PyResult<Value> {
    check_count("strftime", args, 2, 2)?;
    let format = arg_str(vm, "strftime", &args[0])?.to_owned();
    let items = vm.collect(&args[1])?;
    if items.len() != 9 {
        return Err(type_error("strftime(): a sequence of 9 time fields is required"));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = arg_int(vm, item)?;
    }
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    if format.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    let c_format = std::ffi::CString::new(format.clone()).unwrap_or_default();
    // An empty result is ambiguous in C (error or empty text): grow the buffer a few times.
    let mut capacity = 256 + format.len() * 4;
    for _ in 0..4 {
        let mut buf = vec![0u8; capacity];
        // SAFETY: buf has `capacity` writable bytes; strftime writes at most that many.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, capacity, c_format.as_ptr(), &tm) };
        if n > 0 || format.is_empty() {
            buf.truncate(n);
            return Ok(Value::str(&String::from_utf8_lossy(&buf)));
        }
        capacity *= 4;
    }
    Ok(Value::str(""))
}
