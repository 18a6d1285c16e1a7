//! The native half of `os`: the system calls (files, directories, the
//! environment, file descriptors, process ids), with CPython's argument
//! conversion (`str`, `bytes`, `os.PathLike`, sometimes a descriptor) and its
//! errors (the `OSError` subclass the errno selects, with `filename`). The
//! rest of the module (`environ`, `walk`, `makedirs`, `stat_result`,
//! `DirEntry`, ...) is embedded Python, `os.py`, run into the same namespace.

use std::cell::RefCell;
use std::ffi::{CString, OsStr, OsString};
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::os::unix::io::FromRawFd;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::add_fns;
use super::native::{bind, run_embedded};
use crate::builtins::exceptions::{errno_class, os_error_from_io};
use crate::builtins::{arg_f64, arg_int, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("os.py");

thread_local! {
    /// The `os` namespace, where the native functions find the Python
    /// classes of their results (`stat_result`, `terminal_size`).
    static OS_DICT: RefCell<Option<Rc<PyDict>>> = const { RefCell::new(None) };
}

/// The functions the file objects of `open()` are built on (`_fileio` gets them too).
pub(crate) const FD_FUNCTIONS: [(&str, NativeFn); 8] = [
    ("open", fd_open),
    ("read", fd_read),
    ("_readall", fd_readall),
    ("write", fd_write),
    ("close", fd_close),
    ("lseek", fd_lseek),
    ("ftruncate", fd_ftruncate),
    ("isatty", fd_isatty),
];

/// The integer constants of `os` (also in `_fileio`, which opens files with them).
pub(crate) const INT_CONSTANTS: [(&str, i64); 27] = [
    ("F_OK", libc::F_OK as i64),
    ("R_OK", libc::R_OK as i64),
    ("W_OK", libc::W_OK as i64),
    ("X_OK", libc::X_OK as i64),
    ("O_RDONLY", libc::O_RDONLY as i64),
    ("O_WRONLY", libc::O_WRONLY as i64),
    ("O_RDWR", libc::O_RDWR as i64),
    ("O_APPEND", libc::O_APPEND as i64),
    ("O_CREAT", libc::O_CREAT as i64),
    ("O_EXCL", libc::O_EXCL as i64),
    ("O_TRUNC", libc::O_TRUNC as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
    ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
    ("O_DIRECTORY", libc::O_DIRECTORY as i64),
    ("O_CLOEXEC", libc::O_CLOEXEC as i64),
    ("O_SYNC", libc::O_SYNC as i64),
    ("O_NOCTTY", libc::O_NOCTTY as i64),
    ("O_TMPFILE", libc::O_TMPFILE as i64),
    ("O_ACCMODE", libc::O_ACCMODE as i64),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("EX_OK", 0),
    ("P_WAIT", 0),
    ("P_NOWAIT", 1),
    ("WNOHANG", libc::WNOHANG as i64),
    ("EX_USAGE", 64),
];

/// Fills the `os` module: native functions and constants, then `os.py`.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    add_fns(d, &FD_FUNCTIONS);
    add_fns(
        d,
        &[
            ("stat", stat),
            ("lstat", lstat),
            ("fstat", fstat),
            ("getcwd", getcwd),
            ("getcwdb", getcwdb),
            ("chdir", chdir),
            ("listdir", listdir),
            ("_scandir", scandir_entries),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", remove),
            ("rename", rename),
            ("replace", rename),
            ("link", link),
            ("symlink", symlink),
            ("readlink", readlink),
            ("chmod", chmod),
            ("utime", utime),
            ("truncate", truncate),
            ("access", access),
            ("fspath", fspath),
            ("strerror", strerror),
            ("urandom", urandom),
            ("cpu_count", cpu_count),
            ("getpid", getpid),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("umask", umask),
            ("fsync", fd_fsync),
            ("dup", fd_dup),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("_environ_items", environ_items),
            ("get_terminal_size", get_terminal_size),
            ("_statvfs", statvfs),
            ("fork", fork),
            ("execv", execv),
            ("execve", execve),
            ("dup2", dup2),
            ("pread", pread),
            ("pwrite", pwrite),
            ("pipe", pipe),
            ("waitpid", waitpid),
            ("_exit", exit_now),
            ("kill", kill),
            ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ],
    );
    for (name, v) in INT_CONSTANTS {
        set(d, name, Value::Int(v));
    }
    OS_DICT.with(|o| *o.borrow_mut() = Some(d.clone()));
    run_embedded(vm, d, "<frozen os>", SOURCE, true);
}

/// The errno names of Linux with their values; where two names share a value, the
/// one `errno.errorcode` gives comes first.
const ERRNO_NAMES: [(&str, i64); 133] = [
    ("EPERM", 1), ("ENOENT", 2), ("ESRCH", 3), ("EINTR", 4), ("EIO", 5), ("ENXIO", 6), ("E2BIG", 7),
    ("ENOEXEC", 8), ("EBADF", 9), ("ECHILD", 10), ("EAGAIN", 11), ("EWOULDBLOCK", 11),
    ("ENOMEM", 12), ("EACCES", 13), ("EFAULT", 14), ("ENOTBLK", 15), ("EBUSY", 16), ("EEXIST", 17),
    ("EXDEV", 18), ("ENODEV", 19), ("ENOTDIR", 20), ("EISDIR", 21), ("EINVAL", 22), ("ENFILE", 23),
    ("EMFILE", 24), ("ENOTTY", 25), ("ETXTBSY", 26), ("EFBIG", 27), ("ENOSPC", 28), ("ESPIPE", 29),
    ("EROFS", 30), ("EMLINK", 31), ("EPIPE", 32), ("EDOM", 33), ("ERANGE", 34), ("EDEADLOCK", 35),
    ("EDEADLK", 35), ("ENAMETOOLONG", 36), ("ENOLCK", 37), ("ENOSYS", 38), ("ENOTEMPTY", 39),
    ("ELOOP", 40), ("ENOMSG", 42), ("EIDRM", 43), ("ECHRNG", 44), ("EL2NSYNC", 45), ("EL3HLT", 46),
    ("EL3RST", 47), ("ELNRNG", 48), ("EUNATCH", 49), ("ENOCSI", 50), ("EL2HLT", 51), ("EBADE", 52),
    ("EBADR", 53), ("EXFULL", 54), ("ENOANO", 55), ("EBADRQC", 56), ("EBADSLT", 57), ("EBFONT", 59),
    ("ENOSTR", 60), ("ENODATA", 61), ("ETIME", 62), ("ENOSR", 63), ("ENONET", 64), ("ENOPKG", 65),
    ("EREMOTE", 66), ("ENOLINK", 67), ("EADV", 68), ("ESRMNT", 69), ("ECOMM", 70), ("EPROTO", 71),
    ("EMULTIHOP", 72), ("EDOTDOT", 73), ("EBADMSG", 74), ("EOVERFLOW", 75), ("ENOTUNIQ", 76),
    ("EBADFD", 77), ("EREMCHG", 78), ("ELIBACC", 79), ("ELIBBAD", 80), ("ELIBSCN", 81),
    ("ELIBMAX", 82), ("ELIBEXEC", 83), ("EILSEQ", 84), ("ERESTART", 85), ("ESTRPIPE", 86),
    ("EUSERS", 87), ("ENOTSOCK", 88), ("EDESTADDRREQ", 89), ("EMSGSIZE", 90), ("EPROTOTYPE", 91),
    ("ENOPROTOOPT", 92), ("EPROTONOSUPPORT", 93), ("ESOCKTNOSUPPORT", 94), ("ENOTSUP", 95),
    ("EOPNOTSUPP", 95), ("EPFNOSUPPORT", 96), ("EAFNOSUPPORT", 97), ("EADDRINUSE", 98),
    ("EADDRNOTAVAIL", 99), ("ENETDOWN", 100), ("ENETUNREACH", 101), ("ENETRESET", 102),
    ("ECONNABORTED", 103), ("ECONNRESET", 104), ("ENOBUFS", 105), ("EISCONN", 106),
    ("ENOTCONN", 107), ("ESHUTDOWN", 108), ("ETOOMANYREFS", 109), ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111), ("EHOSTDOWN", 112), ("EHOSTUNREACH", 113), ("EALREADY", 114),
    ("EINPROGRESS", 115), ("ESTALE", 116), ("EUCLEAN", 117), ("ENOTNAM", 118), ("ENAVAIL", 119),
    ("EISNAM", 120), ("EREMOTEIO", 121), ("EDQUOT", 122), ("ENOMEDIUM", 123), ("EMEDIUMTYPE", 124),
    ("ECANCELED", 125), ("ENOKEY", 126), ("EKEYEXPIRED", 127), ("EKEYREVOKED", 128),
    ("EKEYREJECTED", 129), ("EOWNERDEAD", 130), ("ENOTRECOVERABLE", 131), ("ERFKILL", 132),
];

/// Fills the `errno` module: the names, and `errorcode` from values to names.
pub fn fill_errno(vm: &mut Vm, d: &PyDict) {
    let errorcode = PyDict::new();
    let mut last = 0;
    for (name, value) in ERRNO_NAMES {
        set(d, name, Value::Int(value));
        if value != last {
            // Int keys: storing cannot run Python code or fail.
            let _ = vm.dict_set(&errorcode, Value::Int(value), Value::str(name));
            last = value;
        }
    }
    set(d, "errorcode", Value::Dict(Rc::new(errorcode)));
}

/// The class named `name` that `os.py` defined.
fn os_class(name: &str) -> PyResult<Value> {
    OS_DICT
        .with(|o| o.borrow().as_ref().and_then(|d| d.get_str(&intern(name))))
        .ok_or_else(|| runtime_error(format!("os.{} is not defined yet", name)))
}

// ---------------------------------------------------------------------------
// Arguments

/// What a path parameter accepts besides `str`, `bytes` and `os.PathLike`
/// (it decides CPython's TypeError message too).
#[derive(Clone, Copy, PartialEq)]
enum Accept {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// A converted path argument: the OS path, whether it was given as bytes
/// (results are then bytes), the value errors name as `filename`, or the
/// descriptor given instead.
pub(crate) struct PathArg {
    pub path: PathBuf,
    pub bytes: bool,
    pub shown: Value,
    pub fd: Option<i32>,
}

impl PathArg {
    fn cstring(&self) -> PyResult<CString> {
        CString::new(self.path.as_os_str().as_bytes()).map_err(|_| value_error("embedded null byte"))
    }
    /// `name` (a str or bytes value) as the caller gave paths.
    fn name_value(&self, name: &OsStr) -> Value {
        if self.bytes {
            bytes_val(name.as_bytes().to_vec())
        } else {
            Value::string(name.to_string_lossy().into_owned())
        }
    }
    fn error(&self, e: &std::io::Error) -> PyErr {
        os_error_from_io(e, Some(self.shown.clone()))
    }
}

/// `os.fspath(v)` for str, bytes and objects with `__fspath__`; `Ok(None)`
/// when `v` is none of them.
pub(crate) fn fspath_value(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let plain = crate::vm::ops::native_value(v).unwrap_or(v);
    if matches!(plain, Value::Str(_)) || is_bytes(plain) {
        return Ok(Some(v.clone()));
    }
    let Value::Instance(_) = v else { return Ok(None) };
    let Some(method) = vm.lookup_special(v, "__fspath__") else { return Ok(None) };
    let r = vm.call_value(&method, std::slice::from_ref(v), &[])?;
    let plain = crate::vm::ops::native_value(&r).unwrap_or(&r);
    if matches!(plain, Value::Str(_)) || is_bytes(plain) {
        return Ok(Some(r));
    }
    Err(type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        vm.type_of(v).name.as_str(),
        vm.type_of(&r).name.as_str()
    )))
}

fn is_bytes(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::Bytes(_)))
}

/// Converts a path parameter as CPython's `path_converter` does.
fn path_arg(vm: &mut Vm, fname: &str, argname: &str, v: Option<&Value>, accept: Accept) -> PyResult<PathArg> {
    let v = match v {
        None | Some(Value::None) if accept == Accept::PathFdOrNone => &Value::None,
        Some(v) => v,
        None => return Err(type_error(format!("{}() missing required argument '{}' (pos 1)", fname, argname))),
    };
    if v.is_none() && accept == Accept::PathFdOrNone {
        return Ok(PathArg { path: PathBuf::from("."), bytes: false, shown: Value::str("."), fd: None });
    }
    if accept != Accept::Path {
        if let Value::Int(_) | Value::Bool(_) = v {
            let fd = arg_int(vm, v)?;
            return Ok(PathArg { path: PathBuf::from(format!("/proc/self/fd/{}", fd)), bytes: false, shown: Value::Int(fd), fd: Some(fd as i32) });
        }
    }
    let Some(p) = fspath_value(vm, v)? else {
        let kinds = match accept {
            Accept::Path => "string, bytes or os.PathLike",
            Accept::PathOrFd => "string, bytes, os.PathLike or integer",
            Accept::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
        };
        return Err(type_error(format!("{}: {} should be {}, not {}", fname, argname, kinds, vm.type_of(v).name.as_str())));
    };
    let plain = crate::vm::ops::native_value(&p).unwrap_or(&p).clone();
    let (raw, bytes) = match &plain {
        Value::Str(s) => (s.as_str().as_bytes().to_vec(), false),
        other => (as_bytes(other).unwrap_or_default(), true),
    };
    if raw.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    Ok(PathArg { path: PathBuf::from(OsString::from_vec(raw)), bytes, shown: plain, fd: None })
}

/// The required path argument `i` of a bound argument list.
fn bound_path(vm: &mut Vm, fname: &str, names: &[&str], a: &[Option<Value>], i: usize, accept: Accept) -> PyResult<PathArg> {
    path_arg(vm, fname, names[i], a[i].as_ref(), accept)
}

/// Rejects a `dir_fd` other than None (relative-to-descriptor calls are
/// outside quicken's `os`).
fn no_dir_fd(fname: &str, v: &Option<Value>) -> PyResult<()> {
    match v {
        None | Some(Value::None) => Ok(()),
        Some(_) => Err(not_implemented_error(format!("{}: dir_fd is not supported by quicken", fname))),
    }
}

fn truthy_or(vm: &mut Vm, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = arg_int(vm, v)?;
    i32::try_from(n).map_err(|_| overflow_error("fd is greater than maximum"))
}

/// The OSError for the last failed libc call (no filename).
fn last_os_error() -> PyErr {
    os_error_from_io(&std::io::Error::last_os_error(), None)
}

/// The OSError of a call on two paths (`rename`, `link`, `symlink`):
/// `[Errno 2] No such file or directory: 'a' -> 'b'`.
fn os_error2(e: &std::io::Error, a: &PathArg, b: &PathArg) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5) as i64;
    let strerror = strerror_text(errno as i32);
    PyErr::with_args(errno_class(errno), vec![Value::Int(errno), Value::string(strerror), a.shown.clone(), Value::None, b.shown.clone()])
}

/// The C library's message for `errno` (what `os.strerror` returns).
fn strerror_text(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

fn ok_none(r: std::io::Result<()>, p: &PathArg) -> PyResult<Value> {
    r.map(|_| Value::None).map_err(|e| p.error(&e))
}

/// An unsigned system value (inode and device numbers can exceed i64).
fn uint(n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(n.into()),
    }
}

// ---------------------------------------------------------------------------
// stat

/// An `os.stat_result` for `m`: the ten sequence fields, then the float
/// times, the nanosecond times, st_blksize, st_blocks and st_rdev.
fn stat_result(vm: &mut Vm, m: &std::fs::Metadata) -> PyResult<Value> {
    let float_time = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let ns_time = |s: i64, ns: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    let fields = vec![
        Value::Int(m.mode() as i64),
        uint(m.ino()),
        uint(m.dev()),
        uint(m.nlink()),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
        float_time(m.atime(), m.atime_nsec()),
        float_time(m.mtime(), m.mtime_nsec()),
        float_time(m.ctime(), m.ctime_nsec()),
        ns_time(m.atime(), m.atime_nsec()),
        ns_time(m.mtime(), m.mtime_nsec()),
        ns_time(m.ctime(), m.ctime_nsec()),
        Value::Int(m.blksize() as i64),
        Value::Int(m.blocks() as i64),
        uint(m.rdev()),
    ];
    let cls = os_class("stat_result")?;
    vm.call_value(&cls, &[Value::tuple(fields)], &[])
}

fn metadata_of(p: &PathArg, follow: bool) -> std::io::Result<std::fs::Metadata> {
    match p.fd {
        Some(fd) => fd_file(fd).metadata(),
        None if follow => std::fs::metadata(&p.path),
        None => std::fs::symlink_metadata(&p.path),
    }
}

/// A `File` over a descriptor the caller owns (never closed by the wrapper).
fn fd_file(fd: i32) -> ManuallyDrop<std::fs::File> {
    // SAFETY: the File is never dropped, so the descriptor stays the caller's.
    ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) })
}

fn stat_common(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Name, Value)], follow_default: bool) -> PyResult<Value> {
    const NAMES: [&str; 3] = ["path", "dir_fd", "follow_symlinks"];
    let a = bind(fname, args, kwargs, &NAMES, 1, 1)?;
    let p = bound_path(vm, fname, &NAMES, &a, 0, if follow_default { Accept::PathOrFd } else { Accept::Path })?;
    no_dir_fd(fname, &a[1])?;
    let follow = truthy_or(vm, &a[2], follow_default)?;
    let m = metadata_of(&p, follow).map_err(|e| p.error(&e))?;
    stat_result(vm, &m)
}

fn stat(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    stat_common(vm, "stat", args, kwargs, true)
}

fn lstat(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    stat_common(vm, "lstat", args, kwargs, false)
}

fn fstat(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("fstat", args, kwargs, &["fd"], 1, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let m = fd_file(fd).metadata().map_err(|e| os_error_from_io(&e, None))?;
    stat_result(vm, &m)
}

// ---------------------------------------------------------------------------
// Directories and names

fn getcwd(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("getcwd", args, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error_from_io(&e, None))?;
    Ok(Value::string(d.to_string_lossy().into_owned()))
}

fn getcwdb(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("getcwdb", args, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error_from_io(&e, None))?;
    Ok(bytes_val(d.into_os_string().into_vec()))
}

fn chdir(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 1] = ["path"];
    let a = bind("chdir", args, kwargs, &NAMES, 1, 1)?;
    let p = bound_path(vm, "chdir", &NAMES, &a, 0, Accept::PathOrFd)?;
    ok_none(std::env::set_current_dir(&p.path), &p)
}

/// The entries of directory `p` (without `.` and `..`), in the order the
/// system lists them, with their types when the listing gives them.
fn read_dir(p: &PathArg) -> PyResult<Vec<(OsString, Option<std::fs::FileType>)>> {
    let entries = std::fs::read_dir(&p.path).map_err(|e| p.error(&e))?;
    let mut out = Vec::new();
    for e in entries {
        let e = e.map_err(|e| p.error(&e))?;
        out.push((e.file_name(), e.file_type().ok()));
    }
    Ok(out)
}

fn listdir(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 1] = ["path"];
    let a = bind("listdir", args, kwargs, &NAMES, 0, 1)?;
    let p = bound_path(vm, "listdir", &NAMES, &a, 0, Accept::PathFdOrNone)?;
    let names = read_dir(&p)?.into_iter().map(|(n, _)| p.name_value(&n)).collect();
    Ok(Value::list(names))
}

/// `_scandir(path)`: `(name, kind)` pairs for `os.scandir`, kind being
/// 'd' (directory), 'f' (regular file), 'l' (symbolic link), 'o' (other)
/// or '?' (not known without a stat).
fn scandir_entries(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 1] = ["path"];
    let a = bind("scandir", args, kwargs, &NAMES, 0, 1)?;
    let p = bound_path(vm, "scandir", &NAMES, &a, 0, Accept::PathFdOrNone)?;
    let items = read_dir(&p)?
        .into_iter()
        .map(|(n, t)| {
            let kind = match t {
                Some(t) if t.is_dir() => "d",
                Some(t) if t.is_file() => "f",
                Some(t) if t.is_symlink() => "l",
                Some(_) => "o",
                None => "?",
            };
            Value::tuple(vec![p.name_value(&n), Value::str(kind)])
        })
        .collect();
    Ok(Value::list(items))
}

fn mkdir(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 3] = ["path", "mode", "dir_fd"];
    let a = bind("mkdir", args, kwargs, &NAMES, 1, 2)?;
    let p = bound_path(vm, "mkdir", &NAMES, &a, 0, Accept::Path)?;
    let mode = match &a[1] {
        Some(m) => arg_int(vm, m)? as u32,
        None => 0o777,
    };
    no_dir_fd("mkdir", &a[2])?;
    ok_none(std::fs::DirBuilder::new().mode(mode).create(&p.path), &p)
}

/// A function of one path and an optional `dir_fd` (`rmdir`, `remove`).
fn one_path_call(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Name, Value)], call: fn(&Path) -> std::io::Result<()>) -> PyResult<Value> {
    const NAMES: [&str; 2] = ["path", "dir_fd"];
    let a = bind(fname, args, kwargs, &NAMES, 1, 1)?;
    let p = bound_path(vm, fname, &NAMES, &a, 0, Accept::Path)?;
    no_dir_fd(fname, &a[1])?;
    ok_none(call(&p.path), &p)
}

fn rmdir(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one_path_call(vm, "rmdir", args, kwargs, |p| std::fs::remove_dir(p))
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    one_path_call(vm, "remove", args, kwargs, |p| std::fs::remove_file(p))
}

/// A function of two paths (`rename`, `replace`, `link`, `symlink`): the
/// converted `src` and `dst`, and the bound extra arguments.
fn two_paths(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Name, Value)], names: &[&str]) -> PyResult<(PathArg, PathArg, Vec<Option<Value>>)> {
    let a = bind(fname, args, kwargs, names, 2, names.len().min(3))?;
    let src = bound_path(vm, fname, names, &a, 0, Accept::Path)?;
    let dst = bound_path(vm, fname, names, &a, 1, Accept::Path)?;
    Ok((src, dst, a))
}

fn rename(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (src, dst, a) = two_paths(vm, "rename", args, kwargs, &["src", "dst", "src_dir_fd", "dst_dir_fd"])?;
    no_dir_fd("rename", &a[2])?;
    no_dir_fd("rename", &a[3])?;
    std::fs::rename(&src.path, &dst.path).map(|_| Value::None).map_err(|e| os_error2(&e, &src, &dst))
}

fn link(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (src, dst, _) = two_paths(vm, "link", args, kwargs, &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"])?;
    std::fs::hard_link(&src.path, &dst.path).map(|_| Value::None).map_err(|e| os_error2(&e, &src, &dst))
}

fn symlink(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (src, dst, _) = two_paths(vm, "symlink", args, kwargs, &["src", "dst", "target_is_directory", "dir_fd"])?;
    std::os::unix::fs::symlink(&src.path, &dst.path).map(|_| Value::None).map_err(|e| os_error2(&e, &src, &dst))
}

fn readlink(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 2] = ["path", "dir_fd"];
    let a = bind("readlink", args, kwargs, &NAMES, 1, 1)?;
    let p = bound_path(vm, "readlink", &NAMES, &a, 0, Accept::Path)?;
    no_dir_fd("readlink", &a[1])?;
    let target = std::fs::read_link(&p.path).map_err(|e| p.error(&e))?;
    Ok(p.name_value(target.as_os_str()))
}

fn chmod(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["path", "mode", "dir_fd", "follow_symlinks"];
    let a = bind("chmod", args, kwargs, &NAMES, 2, 2)?;
    let p = bound_path(vm, "chmod", &NAMES, &a, 0, Accept::PathOrFd)?;
    let mode = arg_int(vm, a[1].as_ref().unwrap())? as u32;
    no_dir_fd("chmod", &a[2])?;
    ok_none(std::fs::set_permissions(&p.path, std::fs::Permissions::from_mode(mode)), &p)
}

/// `utime(path, times=None, *, ns=None)`: sets the access and modification
/// times (now when neither is given).
fn utime(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["path", "times", "ns", "dir_fd", "follow_symlinks"];
    let a = bind("utime", args, kwargs, &NAMES, 1, 2)?;
    let p = bound_path(vm, "utime", &NAMES, &a, 0, Accept::PathOrFd)?;
    no_dir_fd("utime", &a[3])?;
    let pair = |v: &Value, what: &str| -> PyResult<(Value, Value)> {
        match v {
            Value::Tuple(t) if t.items.len() == 2 => Ok((t.items[0].clone(), t.items[1].clone())),
            _ => Err(type_error(format!("utime: '{}' must be a tuple of two {}", what, if what == "ns" { "ints" } else { "ints or floats" }))),
        }
    };
    let times = match (&a[1], &a[2]) {
        (Some(t), Some(_)) if !t.is_none() => return Err(value_error("utime: you may specify either 'times' or 'ns' but not both")),
        (Some(t), _) if !t.is_none() => {
            let (at, mt) = pair(t, "times")?;
            let ts = |f: f64| libc::timespec { tv_sec: f.floor() as libc::time_t, tv_nsec: ((f - f.floor()) * 1e9) as libc::c_long };
            Some([ts(arg_f64(vm, &at)?), ts(arg_f64(vm, &mt)?)])
        }
        (_, Some(ns)) => {
            let (at, mt) = pair(ns, "ns")?;
            let ts = |n: i64| libc::timespec { tv_sec: n.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: n.rem_euclid(1_000_000_000) as libc::c_long };
            Some([ts(arg_int(vm, &at)?), ts(arg_int(vm, &mt)?)])
        }
        _ => None,
    };
    let c = p.cstring()?;
    let ptr = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: `c` is a valid C string and `ptr` null or two timespecs.
    let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) };
    if r != 0 {
        return Err(p.error(&std::io::Error::last_os_error()));
    }
    Ok(Value::None)
}

fn truncate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 2] = ["path", "length"];
    let a = bind("truncate", args, kwargs, &NAMES, 2, 2)?;
    let p = bound_path(vm, "truncate", &NAMES, &a, 0, Accept::PathOrFd)?;
    let len = arg_int(vm, a[1].as_ref().unwrap())?;
    let f = std::fs::OpenOptions::new().write(true).open(&p.path).map_err(|e| p.error(&e))?;
    ok_none(f.set_len(len.max(0) as u64), &p)
}

/// `access(path, mode)`: whether the real user may use the path so.
fn access(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"];
    let a = bind("access", args, kwargs, &NAMES, 2, 2)?;
    let p = bound_path(vm, "access", &NAMES, &a, 0, Accept::Path)?;
    let mode = arg_int(vm, a[1].as_ref().unwrap())? as libc::c_int;
    no_dir_fd("access", &a[2])?;
    let c = p.cstring()?;
    // SAFETY: `c` is a valid C string.
    Ok(Value::bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

fn fspath(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("fspath", args, kwargs, &["path"], 1, 1)?;
    let v = a[0].as_ref().unwrap();
    fspath_value(vm, v)?.ok_or_else(|| type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_of(v).name.as_str())))
}

// ---------------------------------------------------------------------------
// Process, system

fn strerror(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("strerror", args, kwargs, &["code"], 1, 1)?;
    let code = arg_int(vm, a[0].as_ref().unwrap())?;
    Ok(Value::string(strerror_text(code as i32)))
}

fn urandom(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("urandom", args, kwargs, &["size"], 1, 1)?;
    let n = arg_int(vm, a[0].as_ref().unwrap())?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).map_err(|e| os_error_from_io(&e, None))?;
    Ok(bytes_val(buf))
}

fn cpu_count(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("cpu_count", args, 0, 0)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::None } else { Value::Int(n as i64) })
}

/// A function of no arguments returning an id from libc.
macro_rules! id_fns {
    ($($name:ident => $call:expr),* $(,)?) => {
        $(
            fn $name(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
                crate::builtins::check_count(stringify!($name), args, 0, 0)?;
                // SAFETY: these calls have no preconditions and cannot fail.
                Ok(Value::Int(unsafe { $call } as i64))
            }
        )*
    };
}

id_fns! {
    getpid => libc::getpid(),
    getppid => libc::getppid(),
    getuid => libc::getuid(),
    geteuid => libc::geteuid(),
    getgid => libc::getgid(),
    getegid => libc::getegid(),
}

fn umask(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("umask", args, kwargs, &["mask"], 1, 1)?;
    let mask = arg_int(vm, a[0].as_ref().unwrap())?;
    // SAFETY: umask has no preconditions.
    Ok(Value::Int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

/// The text of an environment variable's name or value; CPython's
/// messages for the wrong type or a NUL.
fn env_text(vm: &Vm, fname: &str, pos: usize, v: &Value) -> PyResult<String> {
    match crate::vm::ops::native_value(v).unwrap_or(v) {
        Value::Str(s) if s.as_str().contains('\0') => Err(value_error("embedded null character")),
        Value::Str(s) => Ok(s.as_str().to_owned()),
        _ => Err(type_error(format!("{}() argument {} must be str, not {}", fname, pos, vm.type_of(v).name.as_str()))),
    }
}

fn env_name(vm: &Vm, fname: &str, v: &Value) -> PyResult<String> {
    let name = env_text(vm, fname, 1, v)?;
    if name.is_empty() || name.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    Ok(name)
}

fn putenv(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("putenv", args, kwargs, &["name", "value"], 2, 2)?;
    let name = env_name(vm, "putenv", a[0].as_ref().unwrap())?;
    let value = env_text(vm, "putenv", 2, a[1].as_ref().unwrap())?;
    // quicken runs Python on one thread: nothing reads the environment concurrently.
    std::env::set_var(name, value);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("unsetenv", args, kwargs, &["name"], 1, 1)?;
    let name = env_name(vm, "unsetenv", a[0].as_ref().unwrap())?;
    std::env::remove_var(name);
    Ok(Value::None)
}

/// `_environ_items()`: the process environment as `(name, value)` pairs.
fn environ_items(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let items = std::env::vars_os()
        .map(|(k, v)| Value::tuple(vec![Value::string(k.to_string_lossy().into_owned()), Value::string(v.to_string_lossy().into_owned())]))
        .collect();
    Ok(Value::list(items))
}

/// `get_terminal_size(fd=1)`: the window size of the terminal on `fd`, an
/// OSError when it is not a terminal.
fn get_terminal_size(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("get_terminal_size", args, kwargs, &["fd"], 0, 1)?;
    let fd = match &a[0] {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    // SAFETY: a zeroed winsize is valid, and TIOCGWINSZ only writes it.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_os_error());
    }
    let cls = os_class("terminal_size")?;
    vm.call_value(&cls, &[Value::tuple(vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)])], &[])
}

/// `_statvfs(path)`: `(f_frsize, f_blocks, f_bfree, f_bavail)` for `shutil.disk_usage`.
fn statvfs(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 1] = ["path"];
    let a = bind("statvfs", args, kwargs, &NAMES, 1, 1)?;
    let p = bound_path(vm, "statvfs", &NAMES, &a, 0, Accept::Path)?;
    let c = p.cstring()?;
    // SAFETY: a zeroed statvfs is valid; `c` is a valid C string.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        return Err(p.error(&std::io::Error::last_os_error()));
    }
    Ok(Value::tuple([st.f_frsize as u64, st.f_blocks as u64, st.f_bfree as u64, st.f_bavail as u64].into_iter().map(uint).collect()))
}

// ---------------------------------------------------------------------------
// File descriptors

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new descriptor
/// (not inheritable, as CPython's).
fn fd_open(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["path", "flags", "mode", "dir_fd"];
    let a = bind("open", args, kwargs, &NAMES, 2, 3)?;
    let p = bound_path(vm, "open", &NAMES, &a, 0, Accept::Path)?;
    let flags = arg_int(vm, a[1].as_ref().unwrap())? as libc::c_int;
    let mode = match &a[2] {
        Some(m) => arg_int(vm, m)? as libc::c_uint,
        None => 0o777,
    };
    no_dir_fd("open", &a[3])?;
    let c = p.cstring()?;
    loop {
        // SAFETY: `c` is a valid C string.
        let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
        if fd >= 0 {
            return Ok(Value::Int(fd as i64));
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(p.error(&e));
        }
        vm.check_signals()?;
    }
}

/// Runs a descriptor call again while it is interrupted by a signal (after
/// running Python's handlers, as PEP 475 says).
fn retry<T>(vm: &mut Vm, mut call: impl FnMut() -> std::io::Result<T>) -> PyResult<T> {
    loop {
        match call() {
            Ok(v) => return Ok(v),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
            Err(e) => return Err(os_error_from_io(&e, None)),
        }
    }
}

fn fd_read(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("read", args, kwargs, &["fd", "length"], 2, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let n = arg_int(vm, a[1].as_ref().unwrap())?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let got = retry(vm, || fd_file(fd).read(&mut buf))?;
    buf.truncate(got);
    Ok(bytes_val(buf))
}

/// `_readall(fd)`: everything from the position to the end.
fn fd_readall(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("_readall", args, kwargs, &["fd"], 1, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let mut buf = Vec::new();
    retry(vm, || fd_file(fd).read_to_end(&mut buf))?;
    Ok(bytes_val(buf))
}

fn fd_write(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("write", args, kwargs, &["fd", "data"], 2, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let data = a[1].as_ref().unwrap();
    let data = as_bytes(data).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(data).name.as_str())))?;
    let n = retry(vm, || fd_file(fd).write(&data))?;
    Ok(Value::Int(n as i64))
}

fn fd_close(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("close", args, kwargs, &["fd"], 1, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    // SAFETY: closing a descriptor number has no memory-safety preconditions.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

fn fd_lseek(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("lseek", args, kwargs, &["fd", "position", "whence"], 3, 3)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let pos = arg_int(vm, a[1].as_ref().unwrap())?;
    let how = arg_int(vm, a[2].as_ref().unwrap())? as libc::c_int;
    // SAFETY: lseek has no memory-safety preconditions.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_os_error());
    }
    Ok(Value::Int(r as i64))
}

fn fd_ftruncate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("ftruncate", args, kwargs, &["fd", "length"], 2, 2)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    let len = arg_int(vm, a[1].as_ref().unwrap())?;
    retry(vm, || fd_file(fd).set_len(len.max(0) as u64))?;
    Ok(Value::None)
}

fn fd_fsync(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("fsync", args, kwargs, &["fd"], 1, 1)?;
    let v = a[0].as_ref().unwrap();
    // A file object gives its descriptor through fileno().
    let fd = match v {
        Value::Int(_) | Value::Bool(_) => fd_arg(vm, v)?,
        _ => {
            let f = vm.get_attr(v, &intern("fileno"))?;
            let n = vm.call_value(&f, &[], &[])?;
            fd_arg(vm, &n)?
        }
    };
    retry(vm, || fd_file(fd).sync_all())?;
    Ok(Value::None)
}

fn fd_dup(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("dup", args, kwargs, &["fd"], 1, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    // SAFETY: fcntl F_DUPFD_CLOEXEC has no memory-safety preconditions.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_os_error());
    }
    Ok(Value::Int(r as i64))
}

fn fd_isatty(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("isatty", args, kwargs, &["fd"], 1, 1)?;
    let fd = fd_arg(vm, a[0].as_ref().unwrap())?;
    // SAFETY: isatty has no memory-safety preconditions.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

// ---------------------------------------------------------------------------
// Processes: fork, pipe, waitpid, _exit, kill (what multiprocessing builds on)
// ---------------------------------------------------------------------------

/// `os.fork()`: 0 in the child, the child's pid in the parent. quicken runs
/// Python on one thread, so the child is a complete copy of the interpreter.
/// Buffered output is copied too and not flushed first, as with CPython's
/// (multiprocessing flushes the standard streams itself, and its children
/// leave through `os._exit`).
fn fork(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("fork", args, 0, 0)?;
    // SAFETY: fork has no preconditions; the only other thread of the process
    // (the launcher in main.rs) just waits to join this one.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_os_error());
    }
    Ok(Value::Int(pid as i64))
}

/// `os.pipe()`: `(read_fd, write_fd)`, both non-inheritable across exec, as CPython's.
fn pipe(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("pipe", args, 0, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_os_error());
    }
    Ok(Value::tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

/// `os.waitpid(pid, options)`: `(pid, status)`; `(0, 0)` with WNOHANG and no child done.
fn waitpid(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("waitpid", args, kwargs, &["pid", "options"], 2, 2)?;
    let pid = fd_arg(vm, a[0].as_ref().unwrap())?;
    let options = fd_arg(vm, a[1].as_ref().unwrap())?;
    let mut status = 0i32;
    loop {
        // SAFETY: status is a valid place for waitpid to write.
        let got = unsafe { libc::waitpid(pid, &mut status, options) };
        if got >= 0 {
            return Ok(Value::tuple(vec![Value::Int(got as i64), Value::Int(status as i64)]));
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(os_error_from_io(&e, None));
        }
        vm.check_signals()?;
    }
}

/// `os.waitstatus_to_exitcode(status)`: the exit code, or minus the signal number.
fn waitstatus_to_exitcode(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("waitstatus_to_exitcode", args, 1, 1)?;
    let status = fd_arg(vm, &args[0])?;
    if libc::WIFEXITED(status) {
        return Ok(Value::Int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(Value::Int(-(libc::WTERMSIG(status) as i64)));
    }
    Err(value_error(format!("invalid wait status: {}", status)))
}

/// `os._exit(n)`: ends the process at once: no cleanup, no flushing of buffers.
fn exit_now(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("_exit", args, kwargs, &["status"], 1, 1)?;
    let code = fd_arg(vm, a[0].as_ref().unwrap())?;
    // SAFETY: _exit never returns and has no preconditions.
    unsafe { libc::_exit(code) }
}

/// `os.kill(pid, signal)`.
fn kill(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("kill", args, 2, 2)?;
    let pid = fd_arg(vm, &args[0])?;
    let sig = fd_arg(vm, &args[1])?;
    // SAFETY: kill has no memory preconditions.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

/// `os.pread(fd, n, offset)`: up to n bytes at offset, leaving the file position alone.
fn pread(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    use std::os::unix::fs::FileExt;
    crate::builtins::check_count("pread", args, 3, 3)?;
    let fd = fd_arg(vm, &args[0])?;
    let n = arg_int(vm, &args[1])?;
    let offset = arg_int(vm, &args[2])?;
    if n < 0 {
        return Err(value_error("negative buffersize in pread"));
    }
    let mut buf = vec![0u8; n as usize];
    let got = retry(vm, || fd_file(fd).read_at(&mut buf, offset as u64))?;
    buf.truncate(got);
    Ok(bytes_val(buf))
}

/// `os.pwrite(fd, data, offset)`: writes at offset, leaving the file position alone.
fn pwrite(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    use std::os::unix::fs::FileExt;
    crate::builtins::check_count("pwrite", args, 3, 3)?;
    let fd = fd_arg(vm, &args[0])?;
    let data = as_bytes(&args[1]).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(&args[1]).name.as_str())))?;
    let offset = arg_int(vm, &args[2])?;
    let n = retry(vm, || fd_file(fd).write_at(&data, offset as u64))?;
    Ok(Value::Int(n as i64))
}

/// A program argument or environment entry as a C string (str or bytes).
fn c_arg(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let bytes = match v {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        _ => match as_bytes(v) {
            Some(b) => b,
            None => match fspath_value(vm, v)? {
                Some(Value::Str(s)) => s.as_str().as_bytes().to_vec(),
                Some(p) => as_bytes(&p).unwrap_or_default(),
                None => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_of(v).name.as_str()))),
            },
        },
    };
    CString::new(bytes).map_err(|_| value_error("embedded null byte"))
}

/// `os.execv(path, argv)` / `os.execve(path, argv, env)`: replaces the process
/// image; returns only by raising OSError.
fn exec_common(vm: &mut Vm, args: &[Value], with_env: bool) -> PyResult<Value> {
    let name = if with_env { "execve" } else { "execv" };
    crate::builtins::check_count(name, args, if with_env { 3 } else { 2 }, if with_env { 3 } else { 2 })?;
    let path = c_arg(vm, &args[0])?;
    let argv: Vec<CString> = vm.collect(&args[1])?.iter().map(|a| c_arg(vm, a)).collect::<PyResult<_>>()?;
    if argv.is_empty() {
        return Err(value_error(format!("{}() arg 2 must not be empty", name)));
    }
    let mut argv_ptrs: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    argv_ptrs.push(std::ptr::null());
    if with_env {
        let mut env = Vec::new();
        let items_method = vm.get_attr(&args[2], &intern("items"))?;
        let items = vm.call_value(&items_method, &[], &[])?;
        for item in vm.collect(&items)? {
            let pair = vm.collect(&item)?;
            let (k, v) = (c_arg(vm, &pair[0])?, c_arg(vm, &pair[1])?);
            let mut entry = k.into_bytes();
            entry.push(b'=');
            entry.extend_from_slice(v.as_bytes());
            env.push(CString::new(entry).map_err(|_| value_error("embedded null byte"))?);
        }
        let mut env_ptrs: Vec<*const libc::c_char> = env.iter().map(|e| e.as_ptr()).collect();
        env_ptrs.push(std::ptr::null());
        // SAFETY: the arrays are null-terminated and their strings outlive the call.
        unsafe { libc::execve(path.as_ptr(), argv_ptrs.as_ptr(), env_ptrs.as_ptr()) };
    } else {
        // SAFETY: as above.
        unsafe { libc::execv(path.as_ptr(), argv_ptrs.as_ptr()) };
    }
    Err(os_error_from_io(&std::io::Error::last_os_error(), Some(args[0].clone())))
}

fn execv(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    exec_common(vm, args, false)
}

fn execve(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    exec_common(vm, args, true)
}

/// `os.dup2(fd, fd2)`: fd2 becomes a copy of fd (inheritable); returns fd2.
fn dup2(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("dup2", args, 2, 2)?;
    let fd = fd_arg(vm, &args[0])?;
    let fd2 = fd_arg(vm, &args[1])?;
    // SAFETY: dup2 has no memory preconditions.
    if unsafe { libc::dup2(fd, fd2) } < 0 {
        return Err(last_os_error());
    }
    Ok(Value::Int(fd2 as i64))
}
