//! The compiler: source text → AST (rustpython-parser) → symbol table →
//! bytecode code objects, folding constant expressions on the way.

mod codegen;
mod fold;
pub(crate) mod mangle;
pub mod symtable;

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
    /// A Python feature outside quicken's subset (`SyntaxError` naming it).
    Unsupported,
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
}

impl CompileError {
    /// A syntax error at `offset`.
    pub fn syntax(msg: String, offset: u32) -> CompileError {
        CompileError { kind: ErrorKind::Syntax, msg, offset }
    }
    /// An unsupported-feature error naming the feature.
    pub fn unsupported(feature: &str, offset: u32) -> CompileError {
        CompileError { kind: ErrorKind::Unsupported, msg: format!("{} are not supported by quicken", feature).replace("statement are", "statement is"), offset }
    }
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

/// Compiles a whole source file into a module code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    compile_in(source, filename, mode, None)
}

/// Compiles source for `eval()` (mode [`Mode::Eval`]) or `exec()` (mode
/// [`Mode::Exec`]) running in the namespaces `ns`.
pub fn compile_in(source: &str, filename: &str, mode: Mode, ns: Option<ExecNs>) -> Result<Rc<Code>, CompileError> {
    check_nesting(source)?;
    let parse_error = |e: rustpython_parser::ParseError, base: u32| {
        let offset = e.offset.to_u32() + base;
        if let Some(err) = missing_block(source, offset) {
            return err;
        }
        let msg = e.error.to_string();
        let kind = if msg.contains("indent") || msg.contains("Indent") { ErrorKind::Indentation } else { ErrorKind::Syntax };
        CompileError { kind, msg: clean_parse_message(&msg), offset }
    };
    if mode == Mode::Eval {
        // CPython strips leading spaces and tabs from an eval() string.
        let stripped = source.trim_start_matches([' ', '\t']);
        let base = (source.len() - stripped.len()) as u32;
        let value = ast::Expr::parse_starts_at(stripped, filename, base.into()).map_err(|e| parse_error(e, 0))?;
        let range = rustpython_parser::text_size::TextRange::default();
        let body = vec![ast::Stmt::Expr(ast::StmtExpr { value: Box::new(value), range })];
        let body = if mangle::may_need(source) { mangle::mangle_module(body) } else { body };
        let table = symtable::build(&body)?;
        return codegen::compile_module(&body, &table, source, filename, mode, ns);
    }
    let body = ast::Suite::parse(source, filename).map_err(|e| {
        let offset = e.offset.to_u32();
        if let Some(err) = missing_block(source, offset) {
            return err;
        }
        let msg = e.error.to_string();
        let kind = if msg.contains("indent") || msg.contains("Indent") { ErrorKind::Indentation } else { ErrorKind::Syntax };
        CompileError { kind, msg: clean_parse_message(&msg), offset }
    })?;
    if mode == Mode::Interactive {
        check_single_statement(source, &body)?;
    }
    let body = if mangle::may_need(source) { mangle::mangle_module(body) } else { body };
    let table = symtable::build(&body)?;
    codegen::compile_module(&body, &table, source, filename, mode, ns)
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
            CompileError::syntax("invalid syntax".into(), next as u32)
        } else {
            CompileError::syntax("multiple statements found while compiling a single statement".into(), (end + newline) as u32)
        });
    }
    Ok(())
}

/// CPython's "expected an indented block after ... on line N": the parse
/// error sits on the first line after a block opener that is not indented
/// deeper than the opener (or at the end of the file).
fn missing_block(source: &str, offset: u32) -> Option<CompileError> {
    let idx = LineIndex::new(source);
    let lines: Vec<&str> = source.lines().collect();
    let err_line = idx.line(offset.min(source.len() as u32)) as usize;
    let significant = |l: &str| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    };
    // The error line, or the end of the file when the parser stopped there.
    let mut cur = err_line.min(lines.len().max(1));
    if cur == 0 {
        return None;
    }
    // If the error line itself is blank (EOF), walk back to the opener.
    while cur > 0 && !significant(lines.get(cur - 1).copied().unwrap_or("")) {
        cur -= 1;
    }
    let (opener_no, next_indent) = {
        let here = lines.get(cur - 1).copied().unwrap_or("");
        let code = here.split('#').next().unwrap_or("").trim_end();
        if code.ends_with(':') && (err_line > cur || offset as usize >= source.trim_end().len()) {
            (cur, None)
        } else {
            let mut p = cur - 1;
            while p > 0 && !significant(lines[p - 1]) {
                p -= 1;
            }
            if p == 0 {
                return None;
            }
            (p, Some(here.len() - here.trim_start().len()))
        }
    };
    let opener = lines[opener_no - 1];
    let code = opener.split('#').next().unwrap_or("").trim_end();
    if !code.ends_with(':') {
        return None;
    }
    let opener_indent = opener.len() - opener.trim_start().len();
    if let Some(ind) = next_indent {
        if ind > opener_indent {
            return None;
        }
    }
    let word = code.trim_start().split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    let what = match word {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" => format!("'{}' statement", word),
        _ => return None,
    };
    Some(CompileError {
        kind: ErrorKind::Indentation,
        msg: format!("expected an indented block after {} on line {}", what, opener_no),
        offset,
    })
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
