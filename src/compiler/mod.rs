//! The compiler: source text → AST (rustpython-parser) → symbol table →
//! bytecode code objects, folding constant expressions on the way.

mod codegen;
mod fold;
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
}

/// Compiles a whole source file into a module code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    check_nesting(source)?;
    let body = ast::Suite::parse(source, filename).map_err(|e| {
        let msg = e.error.to_string();
        let kind = if msg.contains("indent") || msg.contains("Indent") { ErrorKind::Indentation } else { ErrorKind::Syntax };
        CompileError { kind, msg: clean_parse_message(&msg), offset: e.offset.to_u32() }
    })?;
    let table = symtable::build(&body)?;
    codegen::compile_module(&body, &table, source, filename, mode)
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
