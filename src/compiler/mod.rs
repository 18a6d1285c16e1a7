//! The compiler: source text → AST (rustpython-parser) → symbol table →
//! bytecode code objects, folding constant expressions on the way.

mod codegen;
mod fold;
mod future;
pub(crate) mod mangle;
pub mod symtable;
pub mod syntax_diag;
mod unparse;

use std::rc::Rc;

use rustpython_parser::ast;
use rustpython_parser::Parse;

use crate::bytecode::Code;

/// What kind of compile-time error (decides the Python exception class).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `TabError` (inconsistent tabs and spaces in indentation).
    Tab,
    /// A Python feature outside quicken's subset (`SyntaxError` naming it).
    Unsupported,
}

/// How the report marks an error's place under its source line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caret {
    /// One `^` at the offset.
    Point,
    /// `^` from the offset to this byte offset (CPython's `end_offset`).
    Range(u32),
    /// The source line without a caret (CPython: unexpected indent, a
    /// missing block at the end of the file).
    None,
    /// One `^` at the offset, with CPython's `end_offset` left 0 (an
    /// unclosed bracket, a dict key without ':').
    NoEnd,
}

/// A compile-time error with its byte offset in the source.
#[derive(Clone, Debug)]
pub struct CompileError {
    /// Kind.
    pub kind: ErrorKind,
    /// Message (without location).
    pub msg: String,
    /// Byte offset.
    pub offset: u32,
    /// What the report marks from the offset.
    pub caret: Caret,
    /// Raised after parsing (symbol table, code generation). CPython's
    /// compiler then reads the source line back from the file, so for a
    /// string given to `exec()`/`eval()` its `SyntaxError.text` is None.
    pub from_compiler: bool,
    /// CPython's `SyntaxError.text` is the line without its newline: an
    /// error its tokenizer raises itself, or any error in an `eval()` string.
    pub text_without_newline: bool,
}

/// Where a compile error is, as CPython's `SyntaxError` attributes say it:
/// 1-based line numbers and 1-based character columns.
#[derive(Clone, Debug)]
pub struct ErrorLocation {
    /// `lineno`.
    pub lineno: i64,
    /// `offset` (0 when no caret is shown).
    pub offset: i64,
    /// `end_lineno`.
    pub end_lineno: i64,
    /// `end_offset`.
    pub end_offset: i64,
    /// `text`: the source line with its newline.
    pub text: String,
}

impl CompileError {
    /// A syntax error at `offset`.
    pub fn syntax(msg: String, offset: u32) -> CompileError {
        CompileError { kind: ErrorKind::Syntax, msg, offset, caret: Caret::Point, from_compiler: false, text_without_newline: false }
    }
    /// A syntax error that CPython marks from `start` to `end` (byte offsets).
    pub fn syntax_range(msg: String, start: u32, end: u32) -> CompileError {
        let caret = if end > start { Caret::Range(end) } else { Caret::Point };
        CompileError { kind: ErrorKind::Syntax, msg, offset: start, caret, from_compiler: false, text_without_newline: false }
    }
    /// An unsupported-feature error naming the feature.
    pub fn unsupported(feature: &str, offset: u32) -> CompileError {
        CompileError { kind: ErrorKind::Unsupported, msg: format!("{} are not supported by quicken", feature).replace("statement are", "statement is"), offset, caret: Caret::Point, from_compiler: false, text_without_newline: false }
    }
    /// Marks an error as raised after parsing (see [`CompileError::from_compiler`]).
    pub fn after_parse(self) -> CompileError {
        CompileError { from_compiler: true, ..self }
    }
    /// The Python exception class name for this error.
    pub fn class_name(&self) -> &'static str {
        match self.kind {
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Syntax | ErrorKind::Unsupported => "SyntaxError",
        }
    }
    /// The error's place in `source` in CPython's terms.
    pub fn location(&self, source: &str) -> ErrorLocation {
        let idx = LineIndex::new(source);
        let at = |offset: u32| {
            let offset = floor_char_boundary(source, offset.min(source.len() as u32) as usize) as u32;
            let line = idx.line(offset);
            let line_start = (offset - idx.column(offset)) as usize;
            (line as i64, source[line_start..offset as usize].chars().count() as i64 + 1)
        };
        let (lineno, col) = at(self.offset);
        let line = source.split('\n').nth(lineno as usize - 1).unwrap_or("");
        // CPython's parser sees the source with a final newline; its tokenizer
        // shows the line without one.
        let text = if self.text_without_newline { line.to_owned() } else { format!("{}\n", line) };
        let (offset, end_lineno, end_offset) = match (self.caret, self.kind) {
            (Caret::Range(end), _) => {
                let (l, c) = at(end);
                (col, l, c)
            }
            (Caret::None, _) => (col - 1, lineno, -1),
            (Caret::NoEnd, _) | (Caret::Point, ErrorKind::Tab) => (col, lineno, 0),
            (Caret::Point, ErrorKind::Indentation) => (col, lineno, -1),
            (Caret::Point, _) => (col, lineno, col),
        };
        ErrorLocation { lineno, offset, end_lineno, end_offset, text }
    }
    /// CPython 3.11's report of this error (without a traceback header):
    /// the `File` line, the source line, the carets and `Class: message`.
    pub fn report(&self, source: &str, filename: &str) -> String {
        let loc = self.location(source);
        let mut out = format!("  File \"{}\", line {}\n", filename, loc.lineno);
        if !loc.text.is_empty() {
            out.push_str(&syntax_diag::caret_lines(&loc.text, loc.lineno, loc.offset, loc.end_lineno, loc.end_offset, self.class_name() == "SyntaxError"));
        }
        out.push_str(&format!("{}: {}\n", self.class_name(), self.msg));
        out
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Compile mode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A script or module.
    Exec,
    /// One REPL input: expression statements print their value.
    Interactive,
    /// `eval()` of a string: one expression whose value the code returns.
    Eval,
}

/// The namespaces a string given to `eval()`/`exec()` runs in, known when it
/// is compiled: `globals()` anywhere in it and `locals()`/`vars()` (and
/// argument-less `eval`/`exec`) at its top level load these dicts as
/// constants, since the builtins cannot see the calling frame.
#[derive(Clone)]
pub struct ExecNs {
    /// The globals dict.
    pub globals: crate::runtime::value::Value,
    /// The locals mapping (the globals dict itself when not separate).
    pub locals: crate::runtime::value::Value,
}

/// Compiles a whole source file into a module code object (optimization level 0).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    compile_optimized(source, filename, mode, 0)
}

/// Compiles a whole source file at optimization level `optimize`: python3's `-O` count,
/// which programs run by the interpreter take from `vm.flags.optimize`. At 1 and above
/// `assert` statements compile to nothing and `__debug__` is `False`; at 2 docstrings are
/// dropped too (`__doc__` is `None`).
pub fn compile_optimized(source: &str, filename: &str, mode: Mode, optimize: u8) -> Result<Rc<Code>, CompileError> {
    compile_in(source, filename, mode, None, optimize)
}

/// Compiles source for `eval()` (mode [`Mode::Eval`]) or `exec()` (mode
/// [`Mode::Exec`]) running in the namespaces `ns`, at optimization level `optimize`
/// (see [`compile_optimized`]).
pub fn compile_in(source: &str, filename: &str, mode: Mode, ns: Option<ExecNs>, optimize: u8) -> Result<Rc<Code>, CompileError> {
    check_nesting(source)?;
    let parse_error = |e: rustpython_parser::ParseError, base: u32| {
        let offset = e.offset.to_u32() + base;
        let msg = e.error.to_string();
        let kind = if msg.contains("indent") || msg.contains("Indent") { ErrorKind::Indentation } else { ErrorKind::Syntax };
        syntax_diag::diagnose(source, CompileError { kind, msg: clean_parse_message(&msg), offset, caret: Caret::Point, from_compiler: false, text_without_newline: false })
    };
    if mode == Mode::Eval {
        // CPython strips leading spaces and tabs from an eval() string.
        let stripped = source.trim_start_matches([' ', '\t']);
        let base = (source.len() - stripped.len()) as u32;
        let value = ast::Expr::parse_starts_at(stripped, filename, base.into())
            .map_err(|e| CompileError { text_without_newline: true, ..parse_error(e, 0) })?;
        let range = rustpython_parser::text_size::TextRange::default();
        let body = vec![ast::Stmt::Expr(ast::StmtExpr { value: Box::new(value), range })];
        let body = if mangle::may_need(source) { mangle::mangle_module(body) } else { body };
        let table = symtable::build(&body).map_err(CompileError::after_parse)?;
        return codegen::compile_module(&body, &table, source, filename, mode, ns, optimize);
    }
    let body = ast::Suite::parse(source, filename).map_err(|e| parse_error(e, 0))?;
    if mode == Mode::Interactive {
        check_single_statement(source, &body)?;
    }
    let body = if mangle::may_need(source) { mangle::mangle_module(body) } else { body };
    let table = symtable::build(&body).map_err(CompileError::after_parse)?;
    codegen::compile_module(&body, &table, source, filename, mode, ns, optimize)
}

/// `compile(..., 'single')` (and a REPL input) takes one statement line:
/// simple statements joined by `;`, or one compound statement. CPython
/// reports a second line at the newline after a simple statement, and as
/// invalid syntax after a compound one.
fn check_single_statement(source: &str, body: &[ast::Stmt]) -> Result<(), CompileError> {
    use ast::Ranged;
    for pair in body.windows(2) {
        let (end, next) = (pair[0].end().to_usize(), pair[1].start().to_usize());
        let Some(gap) = source.get(end..next).filter(|gap| gap.contains('\n')) else { continue };
        // The error sits at the line's end, or at the comment before it.
        let newline = gap.find(['#', '\n']).unwrap_or(0);
        let compound = matches!(
            pair[0],
            ast::Stmt::If(_) | ast::Stmt::For(_) | ast::Stmt::While(_) | ast::Stmt::With(_) | ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) | ast::Stmt::Try(_)
                | ast::Stmt::TryStar(_) | ast::Stmt::AsyncFor(_) | ast::Stmt::AsyncWith(_) | ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::Match(_)
        );
        return Err(if compound {
            {
                // Marked under the next statement's first token.
                let rest = &source[next..];
                let token = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len()).max(1);
                CompileError::syntax_range("invalid syntax".into(), next as u32, (next + token) as u32)
            }
        } else {
            CompileError::syntax("multiple statements found while compiling a single statement".into(), (end + newline) as u32)
        });
    }
    Ok(())
}

/// Turns the parser's messages into CPython's wording where they differ.
fn clean_parse_message(msg: &str) -> String {
    if msg.starts_with("unindent does not match") {
        return "unindent does not match any outer indentation level".into();
    }
    if msg.contains("unexpected indent") || msg.contains("UnexpectedIndent") {
        return "unexpected indent".into();
    }
    if msg.contains("expected an indented block") {
        return "expected an indented block".into();
    }
    if msg == "f-string: invalid conversion character" {
        return "f-string: invalid conversion character: expected 's', 'r', or 'a'".into();
    }
    if msg.starts_with("invalid syntax") || msg.starts_with("Got unexpected") || msg.contains("unexpected token") {
        return "invalid syntax".into();
    }
    msg.to_owned()
}

/// CPython rejects more than 200 nested parentheses; the parser here would
/// recurse deeply on them, so reject them up front with CPython's message.
fn check_nesting(source: &str) -> Result<(), CompileError> {
    let mut depth = 0i32;
    let bytes = source.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    let mut triple = false;
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == q {
                    if triple {
                        if i + 2 < bytes.len() && bytes[i + 1] == q && bytes[i + 2] == q {
                            quote = None;
                            i += 3;
                            continue;
                        }
                    } else {
                        quote = None;
                    }
                } else if c == b'\n' && !triple {
                    quote = None;
                }
            }
            None => match c {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'\'' | b'"' => {
                    if i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c {
                        triple = true;
                        quote = Some(c);
                        i += 3;
                        continue;
                    }
                    triple = false;
                    quote = Some(c);
                }
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > 200 {
                        return Err(CompileError::syntax("too many nested parentheses".into(), i as u32));
                    }
                }
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            },
        }
        i += 1;
    }
    Ok(())
}

/// Maps byte offsets to 1-based (line, column).
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes `source`.
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    /// 0-based byte column of a byte offset.
    pub fn column(&self, offset: u32) -> u32 {
        let l = self.line(offset) as usize;
        offset - self.starts[l - 1]
    }
}
