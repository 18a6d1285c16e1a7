//! The driver: compile and run a program, report errors the way CPython does,
//! and compute the process exit status.

use std::path::Path;
use std::rc::Rc;

use crate::bytecode::Code;
use crate::compiler::{self, CompileError, Mode};
use crate::runtime::objects::{Module, PyDict};
use crate::runtime::str::static_name;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::{absolute, Flags, Frame, FrameExit, MainModuleError, PyErr, Vm};

/// Formats a compile error like CPython 3.11's `SyntaxError` report.
pub fn format_compile_error(err: &CompileError, source: &str, filename: &str) -> String {
    err.report(source, filename)
}

/// Compiles `source`; on error prints the report and returns `None`.
pub fn compile_or_report(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> Option<Rc<Code>> {
    match compiler::compile_optimized(source, filename, mode, vm.flags.optimize) {
        Ok(code) => Some(code),
        Err(e) => {
            vm.flush_io();
            let report = format_compile_error(&e, source, filename);
            vm.write_stderr(&report);
            None
        }
    }
}

/// Runs a module code object in `globals`.
pub fn run_code(vm: &mut Vm, code: Rc<Code>, globals: Rc<PyDict>) -> Result<Value, PyErr> {
    let mut frame = Frame::new(code, globals, None);
    match vm.run_guarded(&mut frame)? {
        FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
    }
}

/// The exit status a `SystemExit` asks for (`None` for other exceptions); a message that is
/// not a number is printed to stderr, as CPython does, and gives status 1.
pub fn system_exit_status(vm: &mut Vm, err: &PyErr) -> Option<i32> {
    if !err.matches(&types().system_exit) {
        return None;
    }
    let args = err.args();
    Some(match args.first() {
        None | Some(Value::None) => 0,
        Some(Value::Int(i)) => *i as i32,
        Some(Value::Bool(b)) => b.get() as i32,
        Some(v) => {
            let v = v.clone();
            let s = vm.str_of(&v).unwrap_or_default();
            vm.write_stderr(&format!("{}\n", s));
            1
        }
    })
}

/// Reports an uncaught exception and returns the exit status (SystemExit aware). Under
/// `-i` a `SystemExit` is reported like any exception, since the REPL follows (CPython).
pub fn report_exception(vm: &mut Vm, err: &PyErr) -> i32 {
    vm.flush_io();
    report_exception_unflushed(vm, err)
}

/// [`report_exception`] without flushing stdout first (see `run_program`).
fn report_exception_unflushed(vm: &mut Vm, err: &PyErr) -> i32 {
    if !vm.flags.inspect {
        if let Some(status) = system_exit_status(vm, err) {
            return status;
        }
    }
    let text = vm.format_exception(err);
    vm.write_stderr(&text);
    if err.matches(&types().keyboard_interrupt) {
        // 128 + SIGINT; the driver ends the process by SIGINT instead when it
        // ran the program as `__main__` (see `signals::exit_by_sigint`).
        return 130;
    }
    1
}

/// `sys.path` as CPython builds it at startup: `path0` first (the script's folder, the
/// current directory for `-m`, `""` for `-c`, stdin and the REPL) unless `-P`/`-I` ask for
/// a safe path, then the entries of `PYTHONPATH` made absolute (an empty entry is the
/// current directory) unless `-E`/`-I`. quicken has no standard-library folders to add:
/// its standard modules are built in.
pub fn sys_path_for(flags: &Flags, path0: Option<String>) -> Vec<String> {
    let mut path = Vec::new();
    if let Some(p) = path0 {
        if !flags.safe_path && !flags.isolated {
            path.push(p);
        }
    }
    if !flags.ignore_environment && !flags.isolated {
        if let Some(var) = std::env::var_os("PYTHONPATH") {
            if !var.is_empty() {
                for entry in std::env::split_paths(&var) {
                    path.push(absolute(&entry).to_string_lossy().into_owned());
                }
            }
        }
    }
    path
}

/// Sets the `sys.path` a program starts with: `script` is the file run (its folder, with
/// symbolic links resolved as CPython does, comes first), `None` for `-c`, stdin and the
/// REPL. Call it after the flags are set and before the program runs; [`run_program`]
/// calls it itself when the driver has not.
pub fn init_sys_path(vm: &mut Vm, script: Option<&Path>) {
    let path0 = match script {
        Some(file) => {
            let real = std::fs::canonicalize(file).unwrap_or_else(|_| absolute(file));
            real.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default()
        }
        None => String::new(),
    };
    set_sys_path(vm, path0);
}

/// Installs `sys.path` with `path0` first (see [`sys_path_for`]), also in a `sys` module
/// created already.
fn set_sys_path(vm: &mut Vm, path0: String) {
    let path = sys_path_for(&vm.flags, Some(path0));
    if let Some(sys) = &vm.sys_dict {
        sys.set_str(&static_name("path"), Value::list(path.iter().map(|p| Value::str(p)).collect()));
    }
    vm.sys_path_init = Some(path);
}

/// The `__main__` module's namespace, registered in `sys.modules` and answering
/// `globals()`, with the attributes CPython gives it (`__file__` is set by the caller when
/// there is a file). The REPL calls it with `Value::None`.
pub fn main_module(vm: &mut Vm, package: Value) -> Rc<PyDict> {
    let globals = vm.new_globals("__main__");
    // CPython's main module starts with an empty `__annotations__`.
    let annotations = Value::Dict(crate::runtime::gc::new(PyDict::new()));
    for (key, value) in [("__package__", package), ("__loader__", Value::None), ("__spec__", Value::None), ("__annotations__", annotations)] {
        globals.set_str(&static_name(key), value);
    }
    vm.modules.insert("__main__", Value::Module(Module::new_rc("__main__", globals.clone())));
    vm.main_globals = Some(globals.clone());
    globals
}

/// Runs a whole program as `__main__`; returns the process exit status. `filename` is
/// the script's path as given (shown as an absolute path in `__file__` and tracebacks,
/// as CPython does), or `<string>` (`-c`) or `<stdin>`.
pub fn run_program(vm: &mut Vm, source: &str, filename: &str, dis: bool) -> i32 {
    let is_file = !matches!(filename, "<string>" | "<stdin>");
    if vm.sys_path_init.is_none() {
        init_sys_path(vm, is_file.then(|| Path::new(filename)));
    }
    let file = if is_file { absolute(Path::new(filename)).to_string_lossy().into_owned() } else { filename.to_owned() };
    let globals = main_module(vm, Value::None);
    if filename != "<string>" {
        globals.set_str(&static_name("__file__"), Value::str(&file));
    }
    run_main(vm, source, &file, globals, dis)
}

/// Compiles `source` (from `file`) and runs it in the `__main__` namespace `globals`,
/// reporting errors as CPython does; returns the exit status.
fn run_main(vm: &mut Vm, source: &str, file: &str, globals: Rc<PyDict>, dis: bool) -> i32 {
    vm.configure_std_streams();
    // Tracebacks quote source lines of real files only: CPython shows none for `<string>`
    // (`-c`) or `<stdin>`, whose text its line cache cannot read back.
    if !(file.starts_with('<') && file.ends_with('>')) {
        vm.sources.insert(file.into(), source.into());
    }
    let Some(code) = compile_or_report(vm, source, file, Mode::Exec) else {
        return 1;
    };
    let result = run_code(vm, code.clone(), globals);
    // CPython flushes stderr, then stdout, after a script (and before its
    // traceback), but not after a `-c` command: its stdout comes out at exit,
    // after the traceback.
    if file != "<string>" {
        vm.flush_io();
    }
    let mut status = match result {
        Ok(_) => 0,
        Err(e) => {
            if e.matches(&types().keyboard_interrupt) {
                crate::vm::signals::set_uncaught_interrupt();
            }
            report_exception_unflushed(vm, &e)
        }
    };
    if vm.flags.inspect {
        // The REPL follows in this namespace; it finalizes at its end.
        vm.run_finalizers();
    } else {
        vm.finalize_at_exit();
    }
    if dis {
        let mut out = String::new();
        crate::bytecode::dis::disassemble(&code, true, &mut out);
        let _ = vm.write_stdout(&out);
    }
    if !vm.flush_std_streams_at_exit() {
        status = 120;
    }
    status
}

/// Makes `sys.argv[0]` the file a `-m` module runs from.
fn set_argv0(vm: &mut Vm, file: &str) {
    match vm.argv.first_mut() {
        Some(first) => *first = file.to_owned(),
        None => vm.argv.push(file.to_owned()),
    }
    if let Some(sys) = vm.sys_dict.clone() {
        if let Some(Value::List(argv)) = sys.get_str(&static_name("argv")) {
            argv.replace(0, Value::str(file));
        }
    }
}

/// `python3 -m NAME`: finds module `NAME` on `sys.path` and runs it as `__main__`
/// (a package runs its `__main__` submodule); returns the process exit status. As in
/// CPython, `sys.path[0]` is the current directory, `sys.argv[0]` becomes the module's
/// file and the module's parent packages are imported first.
pub fn run_module_as_main(vm: &mut Vm, name: &str, dis: bool) -> i32 {
    let cwd = absolute(Path::new("")).to_string_lossy().into_owned();
    set_sys_path(vm, cwd);
    let program = std::env::args().next().unwrap_or_else(|| "quicken".into());
    // A module shipped as embedded Python (`-m timeit`) runs from its source.
    if let Some((label, source)) = crate::modules::embedded_main_source(name) {
        set_argv0(vm, label);
        let globals = main_module(vm, Value::str(""));
        return run_main(vm, source, label, globals, dis);
    }
    let (file, package) = match vm.find_main_module(name) {
        Ok(found) => found,
        Err(MainModuleError::Message(msg)) => {
            vm.flush_stdout();
            eprintln!("{}: {}", program, msg);
            return 1;
        }
        Err(MainModuleError::Raised(e)) => return report_exception(vm, &e),
    };
    let file = file.to_string_lossy().into_owned();
    let source = match std::fs::read(&file) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("{}: can't open file '{}': [Errno {}] {}", program, file, e.raw_os_error().unwrap_or(2), e);
            return 1;
        }
    };
    set_argv0(vm, &file);
    let globals = main_module(vm, Value::str(&package));
    globals.set_str(&static_name("__file__"), Value::str(&file));
    run_main(vm, &source, &file, globals, dis)
}
