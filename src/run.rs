//! The driver: compile and run a program, report errors the way CPython does,
//! and compute the process exit status.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::compiler::{self, CompileError, Mode};
use crate::runtime::objects::PyDict;
use crate::runtime::str::static_name;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::{Frame, FrameExit, PyErr, Vm};

/// Formats a compile error like CPython 3.11's `SyntaxError` report.
pub fn format_compile_error(err: &CompileError, source: &str, filename: &str) -> String {
    err.report(source, filename)
}

/// Compiles `source`; on error prints the report and returns `None`.
pub fn compile_or_report(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> Option<Rc<Code>> {
    match compiler::compile(source, filename, mode) {
        Ok(code) => Some(code),
        Err(e) => {
            vm.flush_stdout();
            eprint!("{}", format_compile_error(&e, source, filename));
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
    vm.flush_stdout();
    if err.matches(&types().system_exit) {
        let args = err.args();
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => b.get() as i32,
            Some(v) => {
                let v = v.clone();
                let s = vm.str_of(&v).unwrap_or_default();
                eprintln!("{}", s);
                1
            }
        };
    }
    let text = vm.format_exception(err);
    eprint!("{}", text);
    1
}

/// Runs a whole program as `__main__`; returns the process exit status.
pub fn run_program(vm: &mut Vm, source: &str, filename: &str, dis: bool) -> i32 {
    vm.sources.insert(filename.into(), source.into());
    let Some(code) = compile_or_report(vm, source, filename, Mode::Exec) else {
        return 1;
    };
    let globals = vm.new_globals("__main__");
    globals.set_str(&static_name("__file__"), Value::str(filename));
    vm.main_globals = Some(globals.clone());
    let status = match run_code(vm, code.clone(), globals) {
        Ok(_) => 0,
        Err(e) => report_exception(vm, &e),
    };
    vm.run_finalizers();
    vm.flush_stdout();
    if dis {
        let mut out = String::new();
        crate::bytecode::dis::disassemble(&code, true, &mut out);
        vm.write_stdout(&out);
        vm.flush_stdout();
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
