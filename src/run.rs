//! The driver: compile and run a program, report errors the way CPython does,
//! and compute the process exit status.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::compiler::{self, CompileError, ErrorKind, LineIndex, Mode};
use crate::runtime::objects::PyDict;
use crate::runtime::str::static_name;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::{Frame, FrameExit, PyErr, Vm};

/// Formats a compile error like CPython's `SyntaxError` report.
pub fn format_compile_error(err: &CompileError, source: &str, filename: &str) -> String {
    let idx = LineIndex::new(source);
    let offset = err.offset.min(source.len() as u32);
    let line = idx.line(offset);
    let col = idx.column(offset) as usize;
    let text = source.lines().nth(line as usize - 1).unwrap_or("");
    let trimmed = text.trim_start();
    let indent = text.len() - trimmed.len();
    let caret_col = col.saturating_sub(indent);
    let kind = match err.kind {
        ErrorKind::Indentation => "IndentationError",
        ErrorKind::Syntax | ErrorKind::Unsupported => "SyntaxError",
    };
    let mut out = format!("  File \"{}\", line {}\n", filename, line);
    if !trimmed.is_empty() {
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        out.push_str(&format!("    {}^\n", " ".repeat(caret_col.min(trimmed.len()))));
    }
    out.push_str(&format!("{}: {}\n", kind, err.msg));
    out
}

/// Compiles `source`; on error prints the report and returns `None`.
pub fn compile_or_report(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> Option<Rc<Code>> {
    match compiler::compile(source, filename, mode) {
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

/// Reports an uncaught exception and returns the exit status (SystemExit aware).
pub fn report_exception(vm: &mut Vm, err: &PyErr) -> i32 {
    vm.flush_io();
    report_exception_unflushed(vm, err)
}

/// [`report_exception`] without flushing stdout first (see `run_program`).
fn report_exception_unflushed(vm: &mut Vm, err: &PyErr) -> i32 {
    if err.matches(&types().system_exit) {
        let args = err.args();
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => b.get() as i32,
            Some(v) => {
                let v = v.clone();
                let s = vm.str_of(&v).unwrap_or_default();
                vm.write_stderr(&format!("{}\n", s));
                1
            }
        };
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

/// Runs a whole program as `__main__`; returns the process exit status.
pub fn run_program(vm: &mut Vm, source: &str, filename: &str, dis: bool) -> i32 {
    vm.configure_std_streams();
    vm.sources.insert(filename.into(), source.into());
    let Some(code) = compile_or_report(vm, source, filename, Mode::Exec) else {
        return 1;
    };
    let globals = vm.new_globals("__main__");
    globals.set_str(&static_name("__file__"), Value::str(filename));
    vm.main_globals = Some(globals.clone());
    let result = run_code(vm, code.clone(), globals);
    // CPython flushes stderr, then stdout, after a script (and before its
    // traceback), but not after a `-c` command: its stdout comes out at exit,
    // after the traceback.
    if filename != "<string>" {
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
    vm.run_finalizers();
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

/// `python3 -m NAME`: finds module `NAME` on `sys.path` and runs it as `__main__`
/// (a package runs its `__main__` submodule); returns the process exit status.
pub fn run_module_as_main(vm: &mut Vm, name: &str, dis: bool) -> i32 {
    // Until modules are found on sys.path, only `NAME.py` in the current folder is found.
    let path = format!("{}.py", name.replace('.', "/"));
    match std::fs::read_to_string(&path) {
        Ok(src) => run_program(vm, &src, &path, dis),
        Err(_) => {
            eprintln!("{}: No module named {}", vm.argv.first().map(String::as_str).unwrap_or("quicken"), name);
            1
        }
    }
}
