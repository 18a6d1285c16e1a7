//! The virtual machine: frames, the eval loop and the runtime operations the
//! loop calls (arithmetic, attributes, calls, iteration, errors).

mod attr;
mod call;
pub(crate) use call::keyword_pairs;
pub mod collect;
pub mod classes;
pub mod bytes;
pub mod complex;
mod containers;
pub mod coro;
pub mod errors;
pub(crate) mod eval;
pub(crate) mod frame;
pub mod frames;
pub(crate) mod hot;
mod import;
mod matching;
pub mod iter;
pub mod ops;
mod poly;
mod repr;
pub mod signals;
pub mod stdio;

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

pub use errors::{PyErr, PyResult};
pub use repr::bigint_to_string;
pub use containers::{contains_native, dict_get_native};
pub use eval::{tuple_compare, FrameExit};
pub use frame::{Completion, Frame};
pub use frames::{FrameLocals, FrameRecord, FrameWatch};
pub use import::{absolute, import_error_with, MainModuleError, Modules};
pub use iter::GenResume;
pub use repr::INT_MAX_STR_DIGITS;
pub(crate) use containers::{native_eq_or_flag, native_key_eq};

use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::runtime::types::{types, Types};

/// Which execution tier runs bytecode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tier {
    /// Generic opcodes only.
    Base,
    /// Quickening: generic opcodes rewrite themselves into type-specialized
    /// forms (see `crate::specialize`).
    Adaptive,
    /// The adaptive tier, with hot loops recorded into traces and compiled
    /// to native code (see `crate::jit`).
    Jit,
}

impl Tier {
    /// Parses a `--tier` value; `Err` names the problem.
    pub fn parse(s: &str) -> Result<Tier, String> {
        match s {
            "base" => Ok(Tier::Base),
            "adaptive" => Ok(Tier::Adaptive),
            "jit" if cfg!(feature = "jit") => Ok(Tier::Jit),
            "jit" => Err(format!("quicken: tier '{}' is not built (this binary was built without the `jit` feature; available tiers: base, adaptive)", s)),
            _ => Err(format!("quicken: unknown tier '{}' (expected base, adaptive or jit)", s)),
        }
    }
    /// The highest tier built.
    pub fn highest() -> Tier {
        Tier::Adaptive
    }
    /// The name `--tier` takes.
    pub fn name(self) -> &'static str {
        match self {
            Tier::Base => "base",
            Tier::Adaptive => "adaptive",
            Tier::Jit => "jit",
        }
    }
}

/// The python3 command-line flags a program can observe (`sys.flags`) or that change how
/// the interpreter runs it. Set by the driver after `Vm::new`, before the program starts.
#[derive(Clone, Debug, Default)]
pub struct Flags {
    /// `-u`: stdout and stderr unbuffered.
    pub unbuffered: bool,
    /// `-O` (1) / `-OO` (2): asserts removed, `__debug__` false; docstrings too at 2.
    pub optimize: u8,
    /// `-i`: the REPL after the script.
    pub inspect: bool,
    /// `-q`: no REPL banner.
    pub quiet: bool,
    /// `-B`: do not write bytecode (accepted; quicken writes none).
    pub dont_write_bytecode: bool,
    /// `-E`: `PYTHON*` environment variables ignored.
    pub ignore_environment: bool,
    /// `-s`: no user site directory.
    pub no_user_site: bool,
    /// `-S`: no `site` import.
    pub no_site: bool,
    /// `-I`: isolated mode (implies `-E`, `-s`, and no script folder in `sys.path`).
    pub isolated: bool,
    /// `-P`-style safe path: the script's folder is not put first in `sys.path` (`-I` sets it).
    pub safe_path: bool,
    /// `-v` count.
    pub verbose: u8,
    /// `-W` options in order (`sys.warnoptions`).
    pub warnoptions: Vec<String>,
    /// `-X` options in order (`sys._xoptions`).
    pub xoptions: Vec<String>,
    /// `-i` given on the command line (`sys.flags.interactive`; `inspect` is also set by
    /// `PYTHONINSPECT`).
    pub interactive: bool,
    /// `-d` count (`sys.flags.debug`; parser debugging, accepted and recorded).
    pub debug: u8,
    /// `-b` count (`sys.flags.bytes_warning`; accepted and recorded).
    pub bytes_warning: u8,
    /// `-X dev` or `PYTHONDEVMODE` (`sys.flags.dev_mode`).
    pub dev_mode: bool,
    /// UTF-8 mode (`sys.flags.utf8_mode`): `-X utf8`, `PYTHONUTF8=1`, or the C/POSIX locale.
    pub utf8_mode: bool,
    /// `-X warn_default_encoding` or `PYTHONWARNDEFAULTENCODING`.
    pub warn_default_encoding: bool,
    /// `-X int_max_str_digits=N` / `PYTHONINTMAXSTRDIGITS` (`None`: not set, `sys.flags`
    /// shows -1).
    pub int_max_str_digits: Option<usize>,
}

/// Interpreter state for one program.
pub struct Vm {
    /// Command-line flags (`sys.flags`).
    pub flags: Flags,
    /// The `builtins` module namespace.
    pub builtins: Rc<PyDict>,
    /// `sys.modules` (the same dict object the `sys` module shows).
    pub modules: Modules,
    /// The `sys` module's namespace once created (the import system reads `sys.path`
    /// from it even when a program removed `sys` from `sys.modules`, as CPython does).
    pub sys_dict: Option<Rc<PyDict>>,
    /// `sys.path` as the program starts (see `crate::run::init_sys_path`); `None` until
    /// the driver sets it, then `sys.path` starts as the REPL's.
    pub sys_path_init: Option<Vec<String>>,
    /// Names of the modules whose bodies are running (partially initialised), innermost
    /// last; their import errors mention a circular import as CPython's do.
    pub(crate) initializing: Vec<String>,
    /// The exception the running frame is handling (`None` when none; see
    /// [`Vm::handled_now`]).
    pub handled: Value,
    /// The handled exceptions of the callers of the generator frames being
    /// run, innermost last: a generator's frame handles its own exception,
    /// and sees its caller's when it handles none (CPython's exception
    /// stack).
    pub(crate) exc_outer: Vec<Value>,
    /// The async generator hooks (first iteration, finalizer), as
    /// `sys.set_asyncgen_hooks` sets them: asyncio's loop installs its own
    /// while it runs.
    pub(crate) asyncgen_hooks: (Value, Value),
    /// Python call depth.
    pub depth: usize,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Lowest safe native stack address; deeper recursion raises RecursionError.
    pub stack_floor: usize,
    /// Source text by file name, for tracebacks.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    /// The tier in use.
    pub tier: Tier,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Standard output's buffers (`print`, `sys.stdout`).
    pub stdout: stdio::OutStream,
    /// Standard error's buffers (`sys.stderr`, tracebacks).
    pub stderr: stdio::OutStream,
    /// Standard input's buffer (`sys.stdin`, `input()`).
    pub stdin: stdio::InStream,
    /// Set while `Reraise` unwinds, so the frame is not added to the traceback twice.
    pub(crate) reraising: Cell<bool>,
    /// Repr recursion guard (ids of containers being printed).
    pub(crate) repr_stack: Vec<usize>,
    /// Recycled frame slot buffers (calls reuse them instead of allocating).
    pub(crate) frame_pool: Vec<Vec<Value>>,
    /// Globals of the module whose body runs (for `globals()`): the main module's, or an
    /// imported module's while its body runs. Functions defined in an imported module and
    /// called later still see the main module's.
    pub main_globals: Option<Rc<PyDict>>,
    /// `--stats` counters (None when off).
    pub stats: Option<Box<crate::specialize::stats::Stats>>,
    /// Names given to `property` objects by `__set_name__` (CPython keeps them in the
    /// property; its error messages name the property only when it has one), keyed by the
    /// address of the property. The weak reference keeps that address from being reused.
    pub(crate) property_names: HashMap<usize, (std::rc::Weak<Other>, Name)>,
    /// The `jit` tier's state (created at the first loop it sees).
    pub jit: Option<Box<crate::jit::JitState>>,
    /// Class bodies running in a namespace that `__prepare__` returned and that
    /// is not a dict: (address of the frame's locals dict, the mapping), innermost
    /// last. Their name loads and stores go through the mapping.
    pub(crate) class_namespaces: Vec<(usize, Value)>,
    /// The megamorphic attribute sites' shared cache (`LOAD_ATTR_MEGA`, ...).
    pub(crate) mega: poly::MegaCache,
    /// Where the running frames are: one record per run of the eval loop,
    /// innermost last (see `vm::frames`).
    pub(crate) activations: Vec<frames::Activation>,
}

impl Vm {
    /// A VM with builtins and the builtin modules registered.
    pub fn new(tier: Tier, argv: Vec<String>) -> Vm {
        let types: &'static Types = types();
        let _ = types;
        let mut vm = Vm {
            flags: Flags::default(),
            builtins: crate::runtime::gc::new(PyDict::new()),
            modules: Modules::new(),
            sys_dict: None,
            sys_path_init: None,
            initializing: Vec::new(),
            handled: Value::None,
            exc_outer: Vec::new(),
            asyncgen_hooks: (Value::None, Value::None),
            depth: 0,
            recursion_limit: 1000,
            stack_floor: 0,
            sources: HashMap::new(),
            tier,
            argv,
            stdout: stdio::OutStream::new(1),
            stderr: stdio::OutStream::new(2),
            stdin: stdio::InStream::new(),
            reraising: Cell::new(false),
            repr_stack: Vec::new(),
            main_globals: None,
            frame_pool: Vec::new(),
            stats: None,
            property_names: HashMap::new(),
            jit: None,
            class_namespaces: Vec::new(),
            mega: poly::MegaCache::default(),
            activations: Vec::new(),
        };
        // Tests of the version tags running out start the counter near its end.
        if let Some(start) = std::env::var("QUICKEN_VERSION_START").ok().and_then(|s| s.parse().ok()) {
            crate::runtime::objects::set_next_version(start);
        }
        crate::builtins::install(&mut vm);
        coro::register_gc_payloads();
        crate::builtins::introspect::register_gc_payloads();
        vm
    }

    /// The exception being handled (for bare `raise`, `__context__` and
    /// `sys.exc_info()`): the running frame's, else that of the nearest
    /// caller of a generator frame that handles one.
    pub fn handled_now(&self) -> &Value {
        if self.handled.is_none() {
            if let Some(outer) = self.exc_outer.iter().rev().find(|v| !v.is_none()) {
                return outer;
            }
        }
        &self.handled
    }

    /// The namespace `globals()` returns: the innermost running frame's
    /// globals (the main module's when no frame runs).
    pub fn current_globals(&self) -> Rc<PyDict> {
        self.frame_globals().or_else(|| self.main_globals.clone()).unwrap_or_else(|| crate::runtime::gc::new(PyDict::new()))
    }

    /// The class of a value (`type(v)`).
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = types();
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
            _ => t.builtin_type_of(v).clone(),
        }
    }

    /// `isinstance(v, cls)` for a class object.
    pub fn isinstance(&self, v: &Value, cls: &Class) -> bool {
        match v {
            Value::Instance(i) => i.class.is_subclass(cls),
            Value::Class(c) if c.metaclass.is_some() => c.metaclass.as_ref().is_some_and(|m| m.is_subclass(cls)),
            _ => types().builtin_type_of(v).is_subclass(cls),
        }
    }

    /// Creates a module namespace pre-filled with `__name__` and `__builtins__`.
    pub fn new_globals(&self, name: &str) -> Rc<PyDict> {
        let g = crate::runtime::gc::new(PyDict::new());
        g.set_str(&crate::runtime::str::static_name("__name__"), Value::str(name));
        g.set_str(&crate::runtime::str::static_name("__doc__"), Value::None);
        g.set_str(&crate::runtime::str::static_name("__builtins__"), Value::Module(Module::new_rc("builtins", self.builtins.clone())));
        g
    }
}
