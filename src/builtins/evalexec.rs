//! `eval()`, `exec()` and `compile()` of source strings.
//!
//! Without a globals argument they run in the calling frame's namespaces
//! (see `vm::frames`): at module level its globals, in a class body its
//! namespace, in a function a snapshot dict of its variables (CPython's
//! `locals()`: assignments made by the source do not change them).

use std::rc::Rc;

use super::args::*;
use super::{builtin_fn, set};
use crate::compiler::{self, CompileError, ErrorKind, ExecNs, Mode};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{Frame, FrameExit, PyErr, PyResult, Vm};

/// Registers `eval`, `exec` and `compile`.
pub fn register(ns: &PyDict) {
    set(ns, "eval", builtin_fn("eval", eval));
    set(ns, "exec", builtin_fn("exec", exec));
    set(ns, "compile", builtin_fn("compile", compile));
}

/// The `compile()` flags CPython accepts (`PyCF_MASK | PyCF_MASK_OBSOLETE |
/// PyCF_SOURCE_IS_UTF8 | ...`): the `__future__` feature bits and the
/// `PyCF_*` options. quicken's compiler ignores all of them but AST output.
const COMPILE_FLAGS: i64 = 0x1FE_0000 | 0x7F10;
/// `ast.PyCF_ONLY_AST`.
const PYCF_ONLY_AST: i64 = 0x400;

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: checks the source and returns a module code object, which
/// keeps the source so that exec()/eval() can compile it for their
/// namespaces.
fn compile(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    let a = crate::modules::native::bind("compile", args, kwargs, &names, 3, 6)?;
    let arg = |i: usize| a[i].clone().unwrap_or(Value::None);
    let text = match text_of(&arg(0)) {
        Some(t) => t?,
        None => return Err(type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let filename = match text_of(&arg(1)) {
        Some(f) => f?,
        None => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(vm, &arg(1))))),
    };
    let mode = match &arg(2) {
        Value::Str(m) => match m.as_str() {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Interactive,
            _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        },
        v => return Err(type_error(format!("compile() argument 'mode' must be str, not {}", type_name(vm, v)))),
    };
    let flags = match &a[3] {
        Some(f) => arg_int(vm, f)?,
        None => 0,
    };
    for v in a[5..].iter().flatten() {
        arg_int(vm, v)?;
    }
    if flags & !COMPILE_FLAGS != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    if flags & PYCF_ONLY_AST != 0 {
        return Err(not_implemented_error("compile() to an AST (ast.PyCF_ONLY_AST) is not supported by quicken"));
    }
    let mut code = compiler::compile_optimized(&text, &filename, mode, vm.flags.optimize).map_err(|e| syntax_error_in(&e, &text, &filename))?;
    if let Some(c) = Rc::get_mut(&mut code) {
        c.source = Some((Rc::from(text.as_str()), mode));
    }
    Ok(Value::Code(code))
}

/// The text of a str, or of UTF-8 bytes (a `SyntaxError` when they are not
/// UTF-8, as CPython reports undecodable source); `None` for other values.
fn text_of(v: &Value) -> Option<PyResult<String>> {
    match v {
        Value::Str(s) => Some(Ok(s.as_str().to_owned())),
        _ => crate::vm::bytes::as_bytes(v).map(|b| {
            String::from_utf8(b).map_err(|e| {
                syntax_error(format!("(unicode error) 'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte", e.as_bytes()[e.utf8_error().valid_up_to()], e.utf8_error().valid_up_to()))
            })
        }),
    }
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

fn type_name(vm: &Vm, v: &Value) -> String {
    vm.type_of(v).name.as_str().to_owned()
}

fn run(vm: &mut Vm, fname: &str, args: &[Value]) -> PyResult<Value> {
    let mode = if fname == "eval" { Mode::Eval } else { Mode::Exec };
    // Source text, the file name its code reports and the compile mode; or
    // a function's code object, run as it is.
    let (source, filename, mode): (String, Rc<str>, Mode) = match &args[0] {
        Value::Code(c) => match &c.source {
            Some((text, mode)) => (text.to_string(), c.filename.clone(), *mode),
            None => return run_function_code(vm, fname, c, args),
        },
        v => match text_of(v) {
            Some(text) => (text?, Rc::from("<string>"), mode),
            None => return Err(type_error(format!("{}() arg 1 must be a string, bytes or code object", fname))),
        },
    };
    let (globals, locals) = match (args.get(1), args.get(2)) {
        // The caller's namespaces.
        (None | Some(Value::None), None | Some(Value::None)) => super::introspect::caller_namespaces(vm)?,
        _ => {
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
    if globals.get_str(&intern("__builtins__")).is_none() {
        set(&globals, "__builtins__", Value::Module(Module::new_rc("builtins", vm.builtins.clone())));
    }
    let ns = ExecNs {
        globals: Value::Dict(globals.clone()),
        locals: Value::Dict(locals.clone().unwrap_or_else(|| globals.clone())),
    };
    // CPython strips an eval() string's leading blanks before parsing it, so
    // its errors are placed in the stripped text.
    let source = if mode == Mode::Eval { source.trim_start_matches([' ', '\t']).to_owned() } else { source };
    let code = compiler::compile_in(&source, &filename, mode, Some(ns), vm.flags.optimize).map_err(|e| syntax_error_in(&e, &source, &filename))?;
    let mut frame = Frame::new(code, globals, locals);
    let v = match vm.run_guarded(&mut frame)? {
        FrameExit::Return(v) | FrameExit::Yield(v) => v,
    };
    Ok(if fname == "eval" { v } else { Value::None })
}

/// `exec(f.__code__, globals)` / `eval(...)`: calls the code as a function
/// of no arguments (so missing arguments are reported as CPython reports
/// them, and generator code gives a generator), with the given globals.
fn run_function_code(vm: &mut Vm, fname: &str, code: &Rc<crate::bytecode::Code>, args: &[Value]) -> PyResult<Value> {
    if !code.freevars.is_empty() {
        return Err(type_error(format!("code object requires a closure of exactly length {}", code.freevars.len())));
    }
    if code.flags & crate::bytecode::flags::CLASS_BODY != 0 {
        return Err(not_implemented_error(format!("{}() of a class body's code object is not supported by quicken", fname)));
    }
    let globals = match args.get(1) {
        None | Some(Value::None) => vm.current_globals(),
        Some(Value::Dict(d)) => d.clone(),
        Some(v) => return Err(type_error(format!("{}() globals must be a dict, not {}", fname, type_name(vm, v)))),
    };
    let func = Value::Function(crate::runtime::gc::new(Function {
        code: code.clone(),
        module: globals.get_str(&intern("__name__")).unwrap_or(Value::None),
        globals,
        name: std::cell::RefCell::new(code.name.clone()),
        qualname: std::cell::RefCell::new(code.qualname.clone()),
        defaults: Default::default(),
        kwdefaults: Default::default(),
        closure: Vec::new(),
        dict: Default::default(),
        doc: std::cell::RefCell::new(Value::None),
        gc: Default::default(),
        annotations: Default::default(),
    }));
    let v = vm.call_value(&func, &[], &[])?;
    Ok(if fname == "eval" { v } else { Value::None })
}

/// The `SyntaxError` (or `IndentationError`, `TabError`) instance for a compile error in
/// `source` read from `filename` (an eval()/exec()/compile() string, or an imported
/// module's file), with CPython's attributes: args are `(msg, (filename, lineno, offset,
/// text, end_lineno, end_offset))`.
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
