//! `eval()` and `exec()` of source strings.
//!
//! The builtins cannot see the calling frame, so the compiler helps (see
//! `namespace_call` in `src/compiler/codegen.rs`): called with one argument
//! in a function or class body they receive a marker tuple naming the local
//! variables of that scope. Source that reads or writes one of them is
//! refused with a `NotImplementedError` (CPython would run it against a
//! snapshot of the caller's locals); any other source runs with a fresh
//! locals dict, which is what CPython's snapshot amounts to for it.

use std::rc::Rc;

use super::args::*;
use super::{builtin_fn, set, EVAL_MARKER};
use crate::bytecode::Op;
use crate::compiler::{self, CompileError, ErrorKind, ExecNs, Mode};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{Frame, FrameExit, PyErr, PyResult, Vm};

/// Registers `eval` and `exec`.
pub fn register(ns: &PyDict) {
    set(ns, "eval", builtin_fn("eval", eval));
    set(ns, "exec", builtin_fn("exec", exec));
}

fn eval(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("eval() takes no keyword arguments"));
    }
    check_count("eval", args, 1, 3)?;
    run(vm, "eval", args)
}

fn exec(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if let Some((k, _)) = kwargs.first() {
        return Err(type_error(format!("'{}' is an invalid keyword argument for exec()", k.as_str())));
    }
    if args.is_empty() {
        return Err(type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 3 {
        return Err(type_error(format!("exec expected at most 3 arguments, got {}", args.len())));
    }
    run(vm, "exec", args)
}

/// What the compiler's marker tuple says about the calling scope.
struct Caller {
    globals: Option<Rc<PyDict>>,
    class_body: bool,
    locals: Vec<String>,
}

fn marker(v: &Value) -> Option<Caller> {
    let Value::Tuple(t) = v else { return None };
    let t = &t.items;
    match t.first() {
        Some(Value::Str(s)) if s.as_str() == EVAL_MARKER => {}
        _ => return None,
    }
    let globals = match t.get(1) {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ => None,
    };
    let class_body = matches!(t.get(2), Some(Value::Str(s)) if s.as_str() == "class");
    let locals = t.iter().skip(3).filter_map(|v| if let Value::Str(s) = v { Some(s.as_str().to_owned()) } else { None }).collect();
    Some(Caller { globals, class_body, locals })
}

fn type_name(vm: &Vm, v: &Value) -> String {
    vm.type_of(v).name.as_str().to_owned()
}

fn run(vm: &mut Vm, fname: &str, args: &[Value]) -> PyResult<Value> {
    let caller = if args.len() == 2 { marker(&args[1]) } else { None };
    let source = match &args[0] {
        Value::Str(s) => s.as_str().to_owned(),
        _ => return Err(type_error(format!("{}() arg 1 must be a string, bytes or code object", fname))),
    };
    let (globals, mut locals) = match &caller {
        Some(c) => {
            if c.class_body {
                return Err(not_implemented_error(format!(
                    "{}() without a globals argument inside a class body is not supported by quicken",
                    fname
                )));
            }
            let g = c.globals.clone().unwrap_or_else(|| vm.current_globals());
            (g, None)
        }
        None => {
            let g = match args.get(1) {
                None | Some(Value::None) => vm.current_globals(),
                Some(Value::Dict(d)) => d.clone(),
                Some(v) => {
                    return Err(type_error(if fname == "eval" {
                        "globals must be a dict".to_owned()
                    } else {
                        format!("exec() globals must be a dict, not {}", type_name(vm, v))
                    }))
                }
            };
            let l = match args.get(2) {
                None | Some(Value::None) => None,
                Some(Value::Dict(d)) if Rc::ptr_eq(d, &g) => None,
                Some(Value::Dict(d)) => Some(d.clone()),
                Some(v) => {
                    let is_mapping = vm.type_of(v).lookup(&intern("__getitem__")).is_some();
                    return Err(if is_mapping {
                        not_implemented_error(format!("{}() with a locals mapping that is not a dict is not supported by quicken", fname))
                    } else if fname == "eval" {
                        type_error("locals must be a mapping")
                    } else {
                        type_error(format!("locals must be a mapping or None, not {}", type_name(vm, v)))
                    });
                }
            };
            (g, l)
        }
    };
    if caller.is_some() {
        locals = Some(Rc::new(PyDict::new()));
    }
    if globals.get_str(&intern("__builtins__")).is_none() {
        set(&globals, "__builtins__", Value::Module(Rc::new(Module { name: "builtins".into(), dict: vm.builtins.clone() })));
    }
    let ns = ExecNs {
        globals: Value::Dict(globals.clone()),
        locals: Value::Dict(locals.clone().unwrap_or_else(|| globals.clone())),
    };
    let mode = if fname == "eval" { Mode::Eval } else { Mode::Exec };
    // CPython strips an eval() string's leading blanks before parsing it, so
    // its errors are placed in the stripped text.
    let source = if mode == Mode::Eval { source.trim_start_matches([' ', '\t']).to_owned() } else { source };
    let code = compiler::compile_in(&source, "<string>", mode, Some(ns), vm.flags.optimize).map_err(|e| syntax_error_value(&e, &source))?;
    if let Some(c) = &caller {
        // Names the top level of the source loads, stores or deletes through
        // its namespace: a local variable of the caller among them would need
        // the caller's frame.
        for unit in code.units.iter() {
            let ins = unit.instr.get();
            if matches!(ins.op, Op::LoadName | Op::StoreName | Op::DeleteName) {
                let name = code.names[ins.arg as usize].as_str();
                if c.locals.iter().any(|l| l == name) {
                    return Err(not_implemented_error(format!(
                        "{}() using the local variable '{}' of the calling function is not supported by quicken (pass a namespace dict: {}(source, globals(), {{'{}': {}}}))",
                        fname, name, fname, name, name
                    )));
                }
            }
        }
    }
    let mut frame = Frame::new(code, globals, locals);
    let v = match vm.run_guarded(&mut frame)? {
        FrameExit::Return(v) | FrameExit::Yield(v) => v,
    };
    Ok(if fname == "eval" { v } else { Value::None })
}

/// The `SyntaxError` (or `IndentationError`) instance for a compile error in
/// an eval()/exec() string, with CPython's attributes: args are
/// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub fn syntax_error_value(err: &CompileError, source: &str) -> PyErr {
    syntax_error_in(err, source, "<string>")
}

/// The `SyntaxError` (or `IndentationError`, `TabError`) instance for a compile error in
/// `source` read from `filename` (an imported module's file).
pub fn syntax_error_in(err: &CompileError, source: &str, filename: &str) -> PyErr {
    let loc = err.location(source);
    let cls = match err.kind {
        ErrorKind::Indentation => &types().indentation_error,
        ErrorKind::Tab => &types().tab_error,
        ErrorKind::Syntax | ErrorKind::Unsupported => &types().syntax_error,
    };
    let details = Value::tuple(vec![
        Value::str(filename),
        Value::Int(loc.lineno),
        Value::Int(loc.offset),
        if err.from_compiler { Value::None } else { Value::str(&loc.text) },
        Value::Int(loc.end_lineno),
        Value::Int(loc.end_offset),
    ]);
    PyErr::with_args(cls, vec![Value::string(err.msg.clone()), details])
}
