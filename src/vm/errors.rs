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

/// Where the printing of an uncaught exception is (CPython's
/// `_ExceptionPrintContext`): how deep in exception groups, whether a
/// group's box still needs its closing line, and the exceptions already
/// printed (chains can loop).
#[derive(Default)]
struct PrintCtx {
    group_depth: usize,
    need_close: bool,
    seen: Vec<*const Instance>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Appends `text`, every line prefixed with the group margin when inside a group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.group_depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{} ", self.indent(), margin);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// A fresh exception instance.
pub fn new_exception(cls: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
    Instance::new_rc(cls.clone(), Attrs::new(cls.root_shape.clone()), NativeData::Exception(std::cell::RefCell::new(crate::builtins::exceptions::state_for(cls, args))))
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

/// `NameError: name 'x' is not defined`, with `.name` set as CPython's
/// eval loop sets it.
pub fn name_not_defined(name: &str) -> PyErr {
    with_name(name_error(format!("name '{}' is not defined", name)), name)
}

/// `err` with its `.name` attribute set (NameError, ImportError).
pub fn with_name(err: PyErr, name: &str) -> PyErr {
    crate::builtins::exceptions::set_field(&err.exc, "name", &Value::str(name));
    err
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

    /// Formats the traceback and final line as CPython prints an uncaught
    /// exception: its chain of causes and contexts, and the boxed layout of
    /// exception groups (`+ Exception Group Traceback ...`).
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx::default();
        self.format_exception_chain(&err.exc, &mut ctx, &mut out);
        out
    }

    /// The report of one exception as `traceback.format_exception` gives it:
    /// with its chain of causes and contexts unless `chain` is false.
    pub fn format_exception_of(&mut self, exc: &Rc<Instance>, chain: bool) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx::default();
        if chain {
            self.format_exception_chain(exc, &mut ctx, &mut out);
        } else {
            self.format_one(exc, &mut ctx, &mut out);
        }
        out
    }

    /// The last lines of an exception's report (`traceback.format_exception_only`).
    pub fn format_exception_only_of(&mut self, exc: &Rc<Instance>) -> String {
        self.format_exception_only(exc)
    }

    /// One exception with the chain that led to it (CPython's
    /// `TracebackException.format`).
    fn format_exception_chain(&mut self, exc: &Rc<Instance>, ctx: &mut PrintCtx, out: &mut String) {
        // The chain, newest first: each exception with the message that
        // links it to its cause or context, printed before it.
        let mut chain: Vec<(Option<&str>, Rc<Instance>)> = Vec::new();
        let mut cur = Some(exc.clone());
        while let Some(e) = cur.take() {
            ctx.seen.push(Rc::as_ptr(&e));
            let mut msg = None;
            if let Some(d) = e.exc() {
                let (cause, context, suppress) = {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context)
                };
                let unseen = |v: &Value| match v {
                    Value::Instance(i) if i.exc().is_some() && !ctx.seen.contains(&Rc::as_ptr(i)) => Some(i.clone()),
                    _ => None,
                };
                if let Some(c) = unseen(&cause) {
                    msg = Some("\nThe above exception was the direct cause of the following exception:\n\n");
                    cur = Some(c);
                } else if let (Some(c), false) = (unseen(&context), suppress) {
                    msg = Some("\nDuring handling of the above exception, another exception occurred:\n\n");
                    cur = Some(c);
                }
            }
            chain.push((msg, e));
        }
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(out, m, '|');
            }
            self.format_one(&e, ctx, out);
        }
    }

    /// One exception of a chain: its traceback and line, or a group's box
    /// with its sub-exceptions.
    fn format_one(&mut self, exc: &Rc<Instance>, ctx: &mut PrintCtx, out: &mut String) {
        /// CPython's `max_group_width` and `max_group_depth`.
        const MAX_GROUP_WIDTH: usize = 15;
        const MAX_GROUP_DEPTH: usize = 10;
        let traceback = self.format_traceback(exc);
        let members = if exc.class.is_subclass(&types().base_exception_group) {
            match crate::builtins::exceptions::field(exc, "exceptions") {
                Some(Value::Tuple(t)) => Some(t.items.to_vec()),
                _ => Some(Vec::new()),
            }
        } else {
            None
        };
        let Some(members) = members else {
            if !traceback.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &traceback, '|');
            }
            let only = self.format_exception_only(exc);
            ctx.emit(out, &only, '|');
            return;
        };
        if ctx.group_depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH), '|');
            return;
        }
        let toplevel = ctx.group_depth == 0;
        if toplevel {
            ctx.group_depth += 1;
        }
        if !traceback.is_empty() {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            ctx.emit(out, &traceback, '|');
        }
        let only = self.format_exception_only(exc);
        ctx.emit(out, &only, '|');
        let shown = if members.len() <= MAX_GROUP_WIDTH { members.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                // A nested group may print the closing line itself.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_owned() } else { (i + 1).to_string() };
            let _ = writeln!(out, "{}{}+---------------- {} ----------------", ctx.indent(), if i == 0 { "+-" } else { "  " }, title);
            ctx.group_depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                ctx.emit(out, &format!("and {} more exception{}\n", remaining, if remaining > 1 { "s" } else { "" }), '|');
            } else if let Value::Instance(m) = &members[i] {
                let m = m.clone();
                self.format_exception_chain(&m, ctx, out);
            }
            if last && ctx.need_close {
                let _ = writeln!(out, "{}+------------------------------------", ctx.indent());
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if toplevel {
            ctx.group_depth = 0;
        }
    }

    /// The traceback entries of an exception, innermost last, with long
    /// runs of the same line (deep recursion) collapsed like CPython.
    fn format_traceback(&self, exc: &Rc<Instance>) -> String {
        let mut out = String::new();
        let Some(data) = exc.exc() else { return out };
        let data = data.borrow();
        let entries: Vec<&TracebackEntry> = data.traceback.iter().rev().collect();
        let mut i = 0;
        while i < entries.len() {
            let e = entries[i];
            let mut run = 1;
            while i + run < entries.len() && Rc::ptr_eq(&entries[i + run].code, &e.code) && entries[i + run].line == e.line {
                run += 1;
            }
            for _ in 0..run.min(3) {
                self.format_tb_entry(e, &mut out);
            }
            if run > 3 {
                let _ = writeln!(out, "  [Previous line repeated {} more time{}]", run - 3, if run - 3 == 1 { "" } else { "s" });
            }
            i += run;
        }
        out
    }

    /// The last lines of a report: `Type: message` (or a SyntaxError's
    /// located report), then the notes `add_note` attached.
    fn format_exception_only(&mut self, exc: &Rc<Instance>) -> String {
        let mut out = match exc.class.is_subclass(&types().syntax_error).then(|| self.syntax_error_report(exc)).flatten() {
            Some(text) => text,
            None => self.exception_line(exc) + "\n",
        };
        for note in crate::builtins::exceptions::notes(self, exc) {
            out.push_str(&note);
            out.push('\n');
        }
        out
    }

    /// CPython's report of a SyntaxError with a location: the file and line,
    /// the source text with a caret under the offset, then `Type: msg`.
    fn syntax_error_report(&mut self, exc: &Rc<Instance>) -> Option<String> {
        use crate::vm::attr::syntax_error_field as field;
        let (Value::Str(file), Value::Int(line)) = (field(exc, "filename"), field(exc, "lineno")) else { return None };
        let mut out = format!("  File \"{}\", line {}\n", file.as_str(), line);
        if let Value::Str(text) = field(exc, "text") {
            let int = |v: Value, default: i64| if let Value::Int(i) = v { i } else { default };
            let offset = int(field(exc, "offset"), 0);
            // CPython marks a range only for SyntaxError itself, not its subclasses.
            let exact = Rc::ptr_eq(&exc.class, &types().syntax_error);
            let (end_line, end_offset) = if exact { (int(field(exc, "end_lineno"), line), int(field(exc, "end_offset"), -1)) } else { (line, -1) };
            out.push_str(&crate::compiler::syntax_diag::caret_lines(text.as_str(), line, offset, end_line, end_offset, exact));
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
                    if let Some(markers) = e.code.position_at(e.pc as usize).and_then(|p| error_markers(text, p)) {
                        let _ = writeln!(out, "    {}", markers);
                    }
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

/// CPython 3.11's markers under a traceback's source line `text` for an
/// instruction at `(line, col, end_line, end_col)` (UTF-8 byte columns):
/// `^` under the range, or for a binary operation `~` under the operands and
/// `^` under the operator (`a[i]`: `~` under `a`, `^` under `[i]`). None when
/// the range is the whole line and has no operator to single out.
fn error_markers(text: &str, (line, col, end_line, end_col): (u32, u32, u32, u32)) -> Option<String> {
    let chars_to = |byte: u32| text.get(..byte as usize).map(|s| s.chars().count());
    let start = chars_to(col)?;
    let indent = text.chars().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
    let mut end;
    let mut anchors = None;
    if line == end_line {
        end = chars_to(end_col)?;
        let segment = text.get(col as usize..end_col as usize)?;
        anchors = operator_anchors(segment);
    } else {
        // A range over several lines is marked to the end of the first.
        end = text.trim_end().chars().count();
    }
    end = end.max(start);
    if start < indent || (end - start == text.trim().chars().count() && anchors.is_none()) {
        return None;
    }
    let mut out = " ".repeat(start - indent);
    for i in 0..end - start {
        let secondary = anchors.is_some_and(|(left, right)| left <= i && i < right);
        out.push(if anchors.is_some() && !secondary { '~' } else { '^' });
    }
    Some(out)
}

/// For a source segment that is one binary operation or subscript, the
/// character range (within the segment) CPython marks with `^`: the operator
/// (the first non-blank character after the left operand, two if the next
/// one is not blank), or the `[...]` of a subscript.
fn operator_anchors(segment: &str) -> Option<(usize, usize)> {
    use rustpython_parser::{ast, ast::Ranged, Parse};
    let body = ast::Suite::parse(segment, "<segment>").ok()?;
    let [ast::Stmt::Expr(stmt)] = body.as_slice() else { return None };
    let chars = |byte: usize| segment.get(..byte).map(|s| s.chars().count());
    let bytes = segment.as_bytes();
    match &*stmt.value {
        ast::Expr::BinOp(b) => {
            let (from, to) = (b.left.range().end().to_usize(), b.right.range().start().to_usize());
            let i = (from..to).find(|&i| !bytes[i].is_ascii_whitespace())?;
            let two = i + 1 < to && !bytes[i + 1].is_ascii_whitespace();
            Some((chars(i)?, chars(i)? + 1 + two as usize))
        }
        ast::Expr::Subscript(s) => Some((chars(s.value.range().end().to_usize())?, chars(s.slice.range().end().to_usize())? + 1)),
        _ => None,
    }
}
