//! Exceptions as Rust errors: creating them, matching them, and printing
//! CPython-style tracebacks.

use std::fmt::Write as _;
use std::rc::Rc;

use super::Vm;
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::runtime::types::types;

/// A raised Python exception (always an exception instance).
#[derive(Clone)]
pub struct PyErr {
    /// The exception object.
    pub exc: Rc<Instance>,
}

/// The result of any operation that may raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// Creates an exception of class `cls` with the given args.
    pub fn with_args(cls: &Rc<Class>, args: Vec<Value>) -> PyErr {
        PyErr { exc: new_exception(cls, args) }
    }
    /// Creates an exception of class `cls` with a message.
    pub fn new(cls: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(cls, vec![Value::string(msg.into())])
    }
    /// The exception's class.
    pub fn class(&self) -> &Rc<Class> {
        &self.exc.class
    }
    /// True when the exception is an instance of `cls`.
    pub fn matches(&self, cls: &Class) -> bool {
        self.exc.class.is_subclass(cls)
    }
    /// The exception as a value.
    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }
    /// The exception's args.
    pub fn args(&self) -> Vec<Value> {
        self.exc.exc().map(|e| e.borrow().args.clone()).unwrap_or_default()
    }
}

/// A fresh exception instance.
pub fn new_exception(cls: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
    Rc::new(Instance {
        class: cls.clone(),
        attrs: std::cell::RefCell::new(Attrs::new(cls.root_shape.clone())),
        native: NativeData::Exception(std::cell::RefCell::new(crate::builtins::exceptions::state_for(cls, args))),
    })
}

macro_rules! error_ctors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            #[doc = concat!("A new `", stringify!($field), "` with a message.")]
            pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                PyErr::new(&types().$field, msg)
            }
        )*
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    unbound_local_error => unbound_local_error,
    assertion_error => assertion_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    stop_iteration_error => stop_iteration,
    syntax_error => syntax_error,
    os_error => os_error,
    memory_error => memory_error,
    lookup_error => lookup_error,
}

/// `KeyError(key)` (args hold the key itself, not a message).
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&types().key_error, vec![key])
}

impl Vm {
    /// Raises `exc_value`, which may be an exception class or instance.
    pub fn make_raise(&mut self, exc_value: Value) -> PyErr {
        match exc_value {
            Value::Instance(ref i) if i.exc().is_some() => PyErr { exc: i.clone() },
            Value::Class(ref c) if c.is_subclass(&types().base_exception) => match self.call_value(&exc_value, &[], &[]) {
                Ok(Value::Instance(i)) if i.exc().is_some() => PyErr { exc: i },
                Ok(_) => type_error("calling exception class did not return an exception"),
                Err(e) => e,
            },
            _ => type_error("exceptions must derive from BaseException"),
        }
    }

    /// Formats the traceback and final line as CPython prints an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        self.format_exception_chain(&err.exc, &mut out, 0);
        out
    }

    fn format_exception_chain(&mut self, exc: &Rc<Instance>, out: &mut String, depth: usize) {
        let data = exc.exc().map(|e| e.borrow().clone()).unwrap_or_default();
        if depth < 20 {
            if let Value::Instance(cause) = &data.cause {
                self.format_exception_chain(cause, out, depth + 1);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if let (Value::Instance(ctx), false) = (&data.context, data.suppress_context) {
                if !Rc::ptr_eq(ctx, exc) {
                    self.format_exception_chain(ctx, out, depth + 1);
                    out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
            }
        }
        if !data.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let entries: Vec<&TracebackEntry> = data.traceback.iter().rev().collect();
            let mut i = 0;
            while i < entries.len() {
                let e = entries[i];
                // Collapse long runs of the same line (deep recursion) like CPython.
                let mut run = 1;
                while i + run < entries.len()
                    && Rc::ptr_eq(&entries[i + run].code, &e.code)
                    && entries[i + run].line == e.line
                {
                    run += 1;
                }
                let shown = run.min(3);
                for _ in 0..shown {
                    self.format_tb_entry(e, out);
                }
                if run > 3 {
                    let _ = writeln!(out, "  [Previous line repeated {} more time{}]", run - 3, if run - 3 == 1 { "" } else { "s" });
                }
                i += run;
            }
        }
        if exc.class.is_subclass(&types().syntax_error) {
            if let Some(text) = self.syntax_error_report(exc) {
                out.push_str(&text);
                return;
            }
        }
        let line = self.exception_line(exc);
        out.push_str(&line);
        out.push('\n');
    }

    /// CPython's report of a SyntaxError with a location: the file and line,
    /// the source text with a caret under the offset, then `Type: msg`.
    fn syntax_error_report(&mut self, exc: &Rc<Instance>) -> Option<String> {
        use crate::vm::attr::syntax_error_field as field;
        let (Value::Str(file), Value::Int(line)) = (field(exc, "filename"), field(exc, "lineno")) else { return None };
        let mut out = format!("  File \"{}\", line {}\n", file.as_str(), line);
        if let Value::Str(text) = field(exc, "text") {
            let raw = text.as_str().trim_end_matches('\n');
            let trimmed = raw.trim_start();
            let indent = raw.len() - trimmed.len();
            if !trimmed.trim_end().is_empty() {
                let _ = writeln!(out, "    {}", trimmed.trim_end());
                if let Value::Int(off) = field(exc, "offset") {
                    if off >= 1 {
                        let col = (off as usize - 1).saturating_sub(indent).min(trimmed.len());
                        let _ = writeln!(out, "    {}^", " ".repeat(col));
                    }
                }
            }
        }
        let msg = match field(exc, "msg") {
            Value::None => String::new(),
            m => self.str_of(&m).unwrap_or_default(),
        };
        let name = exc.class.name.as_str();
        if msg.is_empty() {
            let _ = writeln!(out, "{}", name);
        } else {
            let _ = writeln!(out, "{}: {}", name, msg);
        }
        Some(out)
    }

    fn format_tb_entry(&self, e: &TracebackEntry, out: &mut String) {
        let _ = writeln!(out, "  File \"{}\", line {}, in {}", e.code.filename, e.line, e.code.name.as_str());
        if let Some(src) = self.sources.get(&e.code.filename) {
            if let Some(text) = src.lines().nth((e.line as usize).wrapping_sub(1)) {
                let t = text.trim();
                if !t.is_empty() {
                    let _ = writeln!(out, "    {}", t);
                }
            }
        }
    }

    /// The `Type: message` line of an exception.
    pub fn exception_line(&mut self, exc: &Rc<Instance>) -> String {
        let name = exc.class.name.as_str().to_owned();
        let qual = if exc.class.builtin { name.clone() } else {
            match exc.class.dict.get_str(&crate::runtime::str::static_name("__module__")) {
                Some(Value::Str(m)) if m.as_str() != "builtins" && m.as_str() != "__main__" => format!("{}.{}", m.as_str(), name),
                _ => name.clone(),
            }
        };
        let msg = match self.str_of(&Value::Instance(exc.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_owned(),
        };
        if msg.is_empty() {
            qual
        } else {
            format!("{}: {}", qual, msg)
        }
    }
}
