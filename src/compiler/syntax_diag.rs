//! Syntax errors in CPython 3.11's words.
//!
//! rustpython-parser builds the AST, but when it rejects a program its
//! messages are Python 3.9's ("invalid syntax" one line too late for an
//! unclosed bracket, "EOL while scanning string literal", ...). This pass runs
//! only after the parser has failed: it tokenizes the source the way CPython's
//! tokenizer does and recognizes the cases CPython 3.11 reports specially,
//! following CPython's order of precedence:
//!
//! 1. a tokenizer error (unterminated string, unmatched or mismatched bracket,
//!    bad number literal, invalid character, TabError, unindent mismatch)
//!    wins over any parser error, because CPython tokenizes the rest of the
//!    file after a parser error and lets such an error replace it; only an
//!    unexpected indent met before it stops the tokenizer first;
//! 2. a bracket still open at the end of the file is reported as "'(' was
//!    never closed" when the parser failed on a later line than the bracket;
//! 3. the parser's own special cases (missing ':', `=` in a condition,
//!    missing comma, `print x`, invalid assignment targets, ...), recognized
//!    on the tokens of the logical line where the parser stopped;
//! 4. otherwise "invalid syntax" under the token where the parser stopped.

use super::{Caret, CompileError, ErrorKind};

/// Kinds of tokens the diagnosis needs to tell apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    Name,
    Number,
    Str,
    Op,
    Newline,
    Indent,
    Dedent,
    End,
}

/// One token: kind and byte range in the source.
#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: TokKind,
    start: u32,
    end: u32,
}

/// What tokenizing the whole source found.
struct Lexed<'s> {
    src: &'s str,
    toks: Vec<Tok>,
    /// The first tokenizer error, if any (tokens stop there).
    error: Option<CompileError>,
    /// Whether that error replaces a parser error met earlier in the file.
    /// CPython's tokenizer raises most errors at once, and after a parser
    /// error it tokenizes the rest of the file to find them; but it only
    /// flags a TabError, an unindent mismatch or a stray backslash, which
    /// are reported only when the parser gets there.
    error_overrides: bool,
    /// Brackets still open at the end of the file: (bracket, byte offset).
    open_at_eof: Vec<(u8, u32)>,
}

impl<'s> Lexed<'s> {
    fn text(&self, t: &Tok) -> &'s str {
        &self.src[t.start as usize..t.end as usize]
    }
}

fn err(kind: ErrorKind, msg: impl Into<String>, offset: u32, caret: Caret) -> CompileError {
    CompileError { kind, msg: msg.into(), offset, caret, from_compiler: false, text_without_newline: false }
}

/// An error CPython's tokenizer raises itself (its `text` has no newline).
fn tok_err(msg: impl Into<String>, offset: u32, caret: Caret) -> CompileError {
    CompileError { text_without_newline: true, ..err(ErrorKind::Syntax, msg, offset, caret) }
}

fn line_of(src: &str, offset: u32) -> usize {
    src.as_bytes()[..(offset as usize).min(src.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The line CPython's tokenizer is on at the end of the file (a final newline
/// does not start another line).
fn last_line(src: &str) -> usize {
    line_of(src, src.strip_suffix('\n').unwrap_or(src).len() as u32)
}

/// Python keywords that cannot start or continue an operand.
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield",
];

const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=",
    "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[",
    "]", "{", "}", ",", ":", ";", ".", "=",
];

/// Tokenizes `src` like CPython's tokenizer, stopping at its first error;
/// the token list always ends with an End token (at the error, if any).
fn lex(src: &str) -> Lexed<'_> {
    let mut lx = lex_until_error(src);
    if let Some(e) = &lx.error {
        lx.toks.push(Tok { kind: TokKind::End, start: e.offset, end: e.offset });
    }
    lx
}

fn lex_until_error(src: &str) -> Lexed<'_> {
    let b = src.as_bytes();
    let mut lx = Lexed { src, toks: Vec::new(), error: None, error_overrides: true, open_at_eof: Vec::new() };
    // Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut brackets: Vec<(u8, u32)> = Vec::new();
    let mut i = 0usize;
    let mut at_line_start = true;
    let mut line_has_tokens = false;
    while i <= b.len() {
        if at_line_start && brackets.is_empty() {
            at_line_start = false;
            let line_start = i;
            let (mut col, mut alt) = (0usize, 0usize);
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
                match b[i] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    _ => {
                        col = 0;
                        alt = 0;
                    }
                }
                i += 1;
            }
            // Blank and comment-only lines do not change the indentation.
            let blank = i >= b.len() || matches!(b[i], b'\n' | b'\r' | b'#') || (b[i] == b'\\' && b.get(i + 1) == Some(&b'\n'));
            if !blank {
                let (top, top_alt) = *indents.last().unwrap();
                let tab_error = || err(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation", line_start as u32, Caret::Point);
                if col == top {
                    if alt != top_alt {
                        lx.error = Some(tab_error());
                        lx.error_overrides = false;
                        return lx;
                    }
                } else if col > top {
                    if alt <= top_alt {
                        lx.error = Some(tab_error());
                        lx.error_overrides = false;
                        return lx;
                    }
                    indents.push((col, alt));
                    lx.toks.push(Tok { kind: TokKind::Indent, start: i as u32, end: i as u32 });
                } else {
                    while indents.len() > 1 && col < indents.last().unwrap().0 {
                        indents.pop();
                        lx.toks.push(Tok { kind: TokKind::Dedent, start: i as u32, end: i as u32 });
                    }
                    let (top, top_alt) = *indents.last().unwrap();
                    if col != top {
                        let line_end = src[i..].find('\n').map_or(b.len(), |n| i + n);
                        let end = src[..line_end].trim_end().len() as u32;
                        lx.error = Some(err(ErrorKind::Indentation, "unindent does not match any outer indentation level", end, Caret::Point));
                        lx.error_overrides = false;
                        return lx;
                    }
                    if alt != top_alt {
                        lx.error = Some(tab_error());
                        lx.error_overrides = false;
                        return lx;
                    }
                }
            }
        }
        if i >= b.len() {
            break;
        }
        let c = b[i];
        let start = i as u32;
        match c {
            b'\n' => {
                if brackets.is_empty() {
                    if line_has_tokens {
                        lx.toks.push(Tok { kind: TokKind::Newline, start, end: start + 1 });
                    }
                    line_has_tokens = false;
                    at_line_start = true;
                }
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\x0c' | b'\r' => {
                i += 1;
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => {
                if b.get(i + 1) == Some(&b'\n') {
                    i += 2;
                } else if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    i += 3;
                } else {
                    lx.error = Some(err(ErrorKind::Syntax, "unexpected character after line continuation character", start + 1, Caret::Point));
                    lx.error_overrides = false;
                    return lx;
                }
                continue;
            }
            _ => {}
        }
        line_has_tokens = true;
        // Strings, with their prefixes.
        let prefix_len = src[i..].bytes().take_while(|c| matches!(c, b'r' | b'R' | b'b' | b'B' | b'u' | b'U' | b'f' | b'F')).count();
        if prefix_len <= 2 && matches!(b.get(i + prefix_len), Some(b'\'' | b'"')) {
            let q = b[i + prefix_len];
            let triple = b.get(i + prefix_len + 1) == Some(&q) && b.get(i + prefix_len + 2) == Some(&q);
            let mut j = i + prefix_len + if triple { 3 } else { 1 };
            loop {
                if j >= b.len() || (!triple && b[j] == b'\n') {
                    let (what, line) = if triple { ("unterminated triple-quoted string literal", last_line(src)) } else { ("unterminated string literal", line_of(src, j as u32)) };
                    lx.error = Some(tok_err(format!("{} (detected at line {})", what, line), start, Caret::Point));
                    return lx;
                }
                if b[j] == b'\\' {
                    j += 2;
                    continue;
                }
                if b[j] == q && (!triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q))) {
                    j += if triple { 3 } else { 1 };
                    break;
                }
                j += 1;
            }
            lx.toks.push(Tok { kind: TokKind::Str, start, end: j as u32 });
            i = j;
            continue;
        }
        let ch = src[i..].chars().next().unwrap();
        if ch.is_alphabetic() || ch == '_' {
            let len: usize = src[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum();
            lx.toks.push(Tok { kind: TokKind::Name, start, end: (i + len) as u32 });
            i += len;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let j = number_end(b, i);
            let text = &src[i..j];
            // 0o and 0b literals: a decimal digit out of range.
            if let Some((what, max)) = match text.get(..2) {
                Some("0o" | "0O") => Some(("octal", b'7')),
                Some("0b" | "0B") => Some(("binary", b'1')),
                _ => None,
            } {
                if let Some(k) = (i + 2..j).find(|&k| b[k].is_ascii_digit() && b[k] > max) {
                    lx.error = Some(tok_err(format!("invalid digit '{}' in {} literal", b[k] as char, what), k as u32, Caret::Point));
                    return lx;
                }
            }
            let digits = text.trim_end_matches(['j', 'J']);
            if digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|d| d.is_ascii_digit() || d == b'_') && digits.bytes().any(|d| d != b'0' && d != b'_') {
                lx.error = Some(tok_err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, Caret::Range(start + 1)));
                return lx;
            }
            // A name glued to a number ("1abc"); keywords after a number are
            // only deprecated in 3.11 ("1if x else y").
            let rest = &src[j..];
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !word.is_empty() && !KEYWORDS.iter().any(|k| word.starts_with(k)) {
                let what = match text.get(..2) {
                    Some("0x" | "0X") => "hexadecimal",
                    Some("0o" | "0O") => "octal",
                    Some("0b" | "0B") => "binary",
                    _ => "decimal",
                };
                // CPython points at the literal's last character.
                lx.error = Some(tok_err(format!("invalid {} literal", what), j as u32 - 1, Caret::Point));
                return lx;
            }
            lx.toks.push(Tok { kind: TokKind::Number, start, end: j as u32 });
            i = j;
            continue;
        }
        if let Some(op) = OPERATORS.iter().find(|op| src[i..].starts_with(**op)) {
            let close = |o: u8| match o {
                b'(' => b')',
                b'[' => b']',
                _ => b'}',
            };
            match c {
                b'(' | b'[' | b'{' => brackets.push((c, start)),
                b')' | b']' | b'}' => match brackets.pop() {
                    None => {
                        lx.error = Some(tok_err(format!("unmatched '{}'", c as char), start, Caret::Point));
                        return lx;
                    }
                    Some((open, at)) if close(open) != c => {
                        let mut msg = format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char);
                        let open_line = line_of(src, at);
                        if open_line != line_of(src, start) {
                            msg.push_str(&format!(" on line {}", open_line));
                        }
                        lx.error = Some(tok_err(msg, start, Caret::Point));
                        return lx;
                    }
                    Some(_) => {}
                },
                _ => {}
            }
            lx.toks.push(Tok { kind: TokKind::Op, start, end: start + op.len() as u32 });
            i += op.len();
            continue;
        }
        if !ch.is_ascii() {
            let msg = if ch.is_control() || ch.is_whitespace() {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            } else {
                format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
            };
            lx.error = Some(tok_err(msg, start, Caret::Point));
            return lx;
        }
        // Other ASCII characters ($, ?, `) are error tokens the parser
        // reports as invalid syntax.
        lx.toks.push(Tok { kind: TokKind::Op, start, end: start + 1 });
        i += 1;
    }
    if line_has_tokens && brackets.is_empty() {
        lx.toks.push(Tok { kind: TokKind::Newline, start: b.len() as u32, end: b.len() as u32 });
    }
    lx.open_at_eof = brackets;
    lx.toks.push(Tok { kind: TokKind::End, start: b.len() as u32, end: b.len() as u32 });
    lx
}

/// The end of the number literal starting at `i`.
fn number_end(b: &[u8], mut i: usize) -> usize {
    if b[i] == b'0' && matches!(b.get(i + 1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')) {
        i += 2;
        while i < b.len() && (b[i].is_ascii_hexdigit() || b[i] == b'_') {
            i += 1;
        }
        return i;
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            i = j;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
                i += 1;
            }
        }
    }
    if matches!(b.get(i), Some(b'j' | b'J')) {
        i += 1;
    }
    i
}

/// CPython 3.11's error for a source the parser rejected; `parsed` is the
/// parser's own error (its offset is where the parser stopped).
pub(crate) fn diagnose(src: &str, parsed: CompileError) -> CompileError {
    let lx = lex(src);
    // An unexpected indent stops CPython's parser only if it comes before
    // the place where the parser failed anyway.
    let unexpected_indent = lx
        .toks
        .iter()
        .enumerate()
        .find(|(k, t)| t.kind == TokKind::Indent && !indent_expected(&lx, *k))
        .map(|(_, t)| *t)
        .filter(|t| line_of(src, t.start) <= line_of(src, parsed.offset));
    if let Some(e) = &lx.error {
        if lx.error_overrides || line_of(src, e.offset) <= line_of(src, parsed.offset) {
            return match unexpected_indent {
                Some(t) => unexpected_indent_error(t.start),
                None => e.clone(),
            };
        }
    }
    if parsed.msg.contains("unexpected indent") {
        return unexpected_indent_error(unexpected_indent.map_or(parsed.offset, |t| t.start));
    }
    // The token where the parser stopped.
    let at = lx.toks.iter().position(|t| t.end > parsed.offset || (t.start >= parsed.offset && matches!(t.kind, TokKind::Newline | TokKind::End))).unwrap_or(lx.toks.len() - 1);
    let stop_line = line_of(src, lx.toks[at].start.max(parsed.offset));
    if let Some(e) = missing_block(&lx, at) {
        return e;
    }
    if let Some(&(open, offset)) = lx.open_at_eof.last() {
        // CPython tokenizes on after a parser error; the end of the file
        // inside a bracket opened on an earlier line than the parser's stop
        // (or reached by the parser itself) is reported at the bracket.
        if stop_line > line_of(src, offset) || lx.toks[at].kind == TokKind::End {
            return tok_err(format!("'{}' was never closed", open as char), offset, Caret::NoEnd);
        }
    }
    if let Some(e) = special_case(&lx, at, &parsed) {
        return e;
    }
    if parsed.msg == "invalid syntax" || parsed.msg.starts_with("cannot assign") || parsed.msg.starts_with("cannot delete") {
        let t = lx.toks[at];
        let caret = if t.end > t.start && t.kind != TokKind::Newline { Caret::Range(t.end) } else { Caret::Point };
        return err(ErrorKind::Syntax, "invalid syntax", t.start, caret);
    }
    parsed
}

fn unexpected_indent_error(offset: u32) -> CompileError {
    err(ErrorKind::Indentation, "unexpected indent", offset, Caret::None)
}

/// Whether the INDENT token `k` follows a block opener (a line ending in ':').
fn indent_expected(lx: &Lexed, k: usize) -> bool {
    k >= 2 && lx.toks[k - 1].kind == TokKind::Newline && lx.text(&lx.toks[k - 2]) == ":"
}

/// The tokens of the logical line holding token `at`: (first, one past last
/// before its NEWLINE).
fn logical_line(lx: &Lexed, at: usize) -> (usize, usize) {
    let boundary = |t: &Tok| matches!(t.kind, TokKind::Newline | TokKind::Indent | TokKind::Dedent | TokKind::End);
    let mut first = at;
    while first > 0 && !boundary(&lx.toks[first - 1]) {
        first -= 1;
    }
    // Statements after ';' start a new simple statement.
    for k in (first..at).rev() {
        if lx.text(&lx.toks[k]) == ";" {
            first = k + 1;
            break;
        }
    }
    let mut end = at;
    while end < lx.toks.len() && !boundary(&lx.toks[end]) {
        end += 1;
    }
    (first, end)
}

/// "expected an indented block after ..." when a block opener before the
/// stop is not followed by an indented line.
fn missing_block(lx: &Lexed, at: usize) -> Option<CompileError> {
    for k in 1..lx.toks.len().min(at + 2) {
        let t = lx.toks[k];
        if t.kind != TokKind::Newline || lx.text(&lx.toks[k - 1]) != ":" {
            continue;
        }
        let next = lx.toks.get(k + 1)?;
        if next.kind == TokKind::Indent {
            continue;
        }
        let (first, _) = logical_line(lx, k - 1);
        let header = lx.toks[first];
        let word = lx.text(&header);
        let what = match word {
            "def" => "function definition".to_owned(),
            "class" => "class definition".to_owned(),
            "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" => format!("'{}' statement", word),
            _ => continue,
        };
        let msg = format!("expected an indented block after {} on line {}", what, line_of(lx.src, header.start));
        let (offset, caret) = if next.kind == TokKind::End || next.kind == TokKind::Dedent && lx.toks[k + 2..].iter().all(|t| matches!(t.kind, TokKind::Dedent | TokKind::End)) {
            // At the end of the file: CPython's tokenizer is on the last line.
            let end = lx.src.strip_suffix('\n').unwrap_or(lx.src).len() as u32;
            let last_line_start = lx.src[..end as usize].rfind('\n').map_or(0, |i| i as u32 + 1);
            (last_line_start.max(header.start), Caret::None)
        } else {
            (next.start, Caret::Range(next.end))
        };
        return Some(err(ErrorKind::Indentation, msg, offset, caret));
    }
    None
}

/// The parser's special cases, recognized on the logical line where it stopped.
fn special_case(lx: &Lexed, at: usize, parsed: &CompileError) -> Option<CompileError> {
    let (first, end) = logical_line(lx, at);
    let toks = &lx.toks[first..end];
    if toks.is_empty() {
        return None;
    }
    let text = |t: &Tok| lx.text(t);
    let syntax = |msg: &str, start: u32, end: u32| {
        let caret = if end > start { Caret::Range(end) } else { Caret::Point };
        Some(err(ErrorKind::Syntax, msg, start, caret))
    };
    let last = toks[toks.len() - 1];
    let head = text(&toks[0]);
    // Index of the stop token within the line (`toks.len()` for its end).
    let stop = at - first;
    // Messages the parser already words like CPython: fix their position.
    if parsed.msg.starts_with("f-string") {
        let t = lx.toks[at];
        return Some(err(ErrorKind::Syntax, parsed.msg.clone(), if t.kind == TokKind::Str { t.end } else { parsed.offset }, Caret::Point));
    }
    if parsed.msg == "positional argument follows keyword argument" {
        let t = lx.toks.get(at + 1).copied().unwrap_or(lx.toks[at]);
        return syntax(&parsed.msg, t.start, t.end);
    }
    // `f(**kw, *a)`: marked under the `**` argument.
    let double_star = if parsed.msg.starts_with("iterable argument unpacking follows keyword") {
        let (first, _) = logical_line(lx, at);
        (first..at).find(|&k| text(&lx.toks[k]) == "**")
    } else {
        None
    };
    if parsed.msg.starts_with("keyword argument repeated") || double_star.is_some() {
        // Marked from the keyword to the end of its value.
        let at = double_star.unwrap_or(at);
        let mut depth = 0;
        let mut k = at;
        while k + 1 < lx.toks.len() {
            match text(&lx.toks[k + 1]) {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" | "," if depth == 0 => break,
                ")" | "]" | "}" => depth -= 1,
                _ => {}
            }
            k += 1;
        }
        let e = syntax(&parsed.msg, lx.toks[at].start, lx.toks[k].end);
        // CPython's compiler (not its parser) finds a repeated keyword.
        return if double_star.is_none() { e.map(CompileError::after_parse) } else { e };
    }
    // Parameter lists: a second `*`, anything after `**kwargs`.
    if head == "def" && parsed.msg == "invalid syntax" && stop < toks.len() {
        let before = &toks[..stop];
        let msg = if text(&toks[stop]) == "*" && before.iter().any(|t| text(t) == "*") {
            Some("* argument may appear only once")
        } else if before.iter().any(|t| text(t) == "**") && text(&toks[stop]) != ")" {
            Some("arguments cannot follow var-keyword argument")
        } else {
            None
        };
        if let Some(msg) = msg {
            let t = toks[stop];
            return syntax(msg, t.start, t.end);
        }
    }
    if parsed.msg.starts_with("non-default argument") {
        let t = lx.toks[at];
        return syntax(&parsed.msg, t.start, t.end);
    }
    if let Some(e) = try_without_handler(lx, at) {
        return Some(e);
    }
    // `a if b` without `else`.
    if let Some(i) = (1..toks.len()).find(|&k| text(&toks[k]) == "if") {
        if !matches!(head, "if" | "elif" | "while") && stop == toks.len() && !toks[i..].iter().any(|t| text(t) == "else") && !toks[..i].iter().any(|t| text(t) == "for") {
            let from = (0..i).rev().find(|&k| matches!(text(&toks[k]), "=" | "(" | "[" | "{" | "," | "return" | ":")).map_or(0, |k| k + 1);
            if from < i {
                return syntax("expected 'else' after 'if' expression", toks[from].start, last.end);
            }
        }
    }
    // depth-0 positions of a token text in the line.
    let depth_of = |upto: usize| -> i32 {
        toks[..upto].iter().map(|t| match text(t) {
            "(" | "[" | "{" => 1,
            ")" | "]" | "}" => -1,
            _ => 0,
        }).sum()
    };
    let find0 = |what: &[&str]| (0..toks.len()).find(|&k| what.contains(&text(&toks[k])) && depth_of(k) == 0);
    // print "x"
    if head == "print" && stop == 1 && toks.len() > 1 && matches!(toks[1].kind, TokKind::Name | TokKind::Number | TokKind::Str) && !KEYWORDS.contains(&text(&toks[1])) {
        return syntax("Missing parentheses in call to 'print'. Did you mean print(...)?", toks[0].start, last.end);
    }
    // def f: ...
    if head == "def" && stop == 2 && toks.get(2).is_none_or(|t| text(t) != "(") {
        let t = lx.toks[at];
        return syntax("expected '('", t.start, t.end);
    }
    // Compound statement headers without ':'.
    let is_header = matches!(head, "if" | "elif" | "while" | "for" | "with" | "def" | "class" | "try" | "else" | "finally" | "except");
    let colon = find0(&[":"]);
    // `class = 3`: a keyword used as a name is plain invalid syntax.
    let names_something = !matches!(head, "def" | "class") || toks.get(1).is_some_and(|t| t.kind == TokKind::Name && !KEYWORDS.contains(&text(t)));
    if is_header && names_something {
        if matches!(head, "try" | "else" | "finally") && stop == 1 && toks.get(1).map(text) != Some(":") {
            // Marked under the token found instead (`else if`), or after the keyword.
            let t = lx.toks[at];
            return if t.kind == TokKind::Newline { syntax("expected ':'", toks[0].end, toks[0].end) } else { syntax("expected ':'", t.start, t.end) };
        }
        // The header must be complete up to where ':' belongs (`while x and` is not).
        let complete = matches!(last.kind, TokKind::Number | TokKind::Str)
            || (last.kind == TokKind::Name && (!KEYWORDS.contains(&text(&last)) || matches!(text(&last), "True" | "False" | "None")))
            || matches!(text(&last), ")" | "]" | "}");
        if colon.is_none() && toks.len() > 1 && stop == toks.len() && complete {
            return syntax("expected ':'", last.end, last.end);
        }
    }
    // `=` in a condition.
    if matches!(head, "if" | "elif" | "while") {
        if let (Some(eq), Some(colon)) = (find0(&["="]), colon) {
            // `if x = 1:`, not `if x => 1:` nor `if x === 1:`.
            let operand_follows = toks.get(eq + 1).is_some_and(|t| matches!(t.kind, TokKind::Name | TokKind::Number | TokKind::Str) || matches!(text(t), "(" | "[" | "{" | "-" | "+" | "~"));
            let after_operand = eq >= 2 && (matches!(toks[eq - 1].kind, TokKind::Name | TokKind::Number | TokKind::Str) || matches!(text(&toks[eq - 1]), ")" | "]" | "}"));
            if eq < colon && eq > 1 && operand_follows && after_operand {
                if eq == 2 && matches!(toks[1].kind, TokKind::Number | TokKind::Str) {
                    return syntax("cannot assign to literal here. Maybe you meant '==' instead of '='?", toks[1].start, toks[1].end);
                }
                return syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[1].start, toks[colon - 1].end);
            }
        }
    }
    // from x import a,
    if head == "from" && text(&last) == "," && find0(&["import"]).is_some() {
        let nl = lx.toks[end];
        return syntax("trailing comma not allowed without surrounding parentheses", nl.start, nl.start);
    }
    // Invalid targets of assignment, augmented assignment and del.
    if head == "del" && toks.len() > 1 {
        let target = &toks[1..];
        let name = target_name(lx, target);
        let t_end = target[target.len() - 1].end;
        if let Some(name) = name {
            return syntax(&format!("cannot delete {}", name), target[0].start, t_end);
        }
    }
    let aug = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<="];
    if let Some(op) = find0(&aug) {
        if op > 0 && !is_header {
            let target = &toks[..op];
            let t_end = target[op - 1].end;
            let name = if find0(&[","]).is_some_and(|c| c < op) { Some("tuple") } else { target_name(lx, target) };
            if let Some(name) = name {
                return syntax(&format!("'{}' is an illegal expression for augmented assignment", name), target[0].start, t_end);
            }
        }
    }
    if let Some(eq) = find0(&["="]) {
        if eq > 0 && !is_header && head != "lambda" && find0(&["lambda"]).is_none_or(|l| l > eq) {
            let target = &toks[..eq];
            let t_end = target[eq - 1].end;
            if target.len() == 1 && matches!(text(&target[0]), "None" | "True" | "False" | "__debug__") {
                return syntax(&format!("cannot assign to {}", text(&target[0])), target[0].start, t_end);
            }
            if let Some(name) = target_name(lx, target) {
                return syntax(&format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", name), target[0].start, t_end);
            }
        }
    }
    // Walrus with a target that is not a name.
    if let Some(w) = (0..toks.len()).find(|&k| text(&toks[k]) == ":=") {
        let mut s = w;
        while s > 0 && (matches!(toks[s - 1].kind, TokKind::Name | TokKind::Number | TokKind::Str) || text(&toks[s - 1]) == ".") && !KEYWORDS.contains(&text(&toks[s - 1])) {
            s -= 1;
        }
        if s < w && w - s > 1 {
            let what = if text(&toks[w - 2]) == "." { "attribute" } else { "expression" };
            return syntax(&format!("cannot use assignment expressions with {}", what), toks[s].start, toks[w - 1].end);
        }
    }
    // Inside brackets: a dict key without ':' or a missing comma.
    let k = at - first;
    let depth = depth_of(k);
    if depth > 0 && k > 0 && k < toks.len() {
        let opener = (0..k).rev().find(|&j| depth_of(j) == depth - 1 && matches!(text(&toks[j]), "(" | "[" | "{"))?;
        let cur = toks[k];
        let prev = toks[k - 1];
        if text(&toks[opener]) == "{" && text(&cur) == "}" {
            let has_colon = (opener + 1..k).any(|j| text(&toks[j]) == ":" && depth_of(j) == depth);
            let elem_start = (opener + 1..k).rev().find(|&j| text(&toks[j]) == "," && depth_of(j) == depth).map_or(opener + 1, |j| j + 1);
            let elem_colon = (elem_start..k).any(|j| text(&toks[j]) == ":" && depth_of(j) == depth);
            if has_colon && !elem_colon {
                return Some(err(ErrorKind::Syntax, "':' expected after dictionary key", prev.end - 1, Caret::NoEnd));
            }
        }
        // f(1=2), f(a.b=1): a keyword that is not a name.
    if text(&cur) == "=" && text(&toks[opener]) == "(" && !(prev.kind == TokKind::Name && !KEYWORDS.contains(&text(&prev)) && matches!(text(&toks[k - 2]), "(" | ",")) {
        let from = (opener + 1..k).rev().find(|&j| text(&toks[j]) == "," && depth_of(j) == depth).map_or(opener + 1, |j| j + 1);
        return syntax("expression cannot contain assignment, perhaps you meant \"==\"?", toks[from].start, cur.end);
    }
    // A def's parameters are names, not expressions.
    if head == "def" && opener == 2 {
        return None;
    }
    let ends_operand = matches!(prev.kind, TokKind::Name | TokKind::Number | TokKind::Str) && !KEYWORDS.contains(&text(&prev)) || matches!(text(&prev), ")" | "]" | "}");
        let starts_operand = matches!(cur.kind, TokKind::Name | TokKind::Number | TokKind::Str) && !KEYWORDS.contains(&text(&cur));
        if ends_operand && starts_operand {
            // From the start of the element before to the end of the operand here.
            let from = (opener + 1..k).rev().find(|&j| matches!(text(&toks[j]), "," | ":" | "=") && depth_of(j) == depth).map_or(opener + 1, |j| j + 1);
            let mut to = k + 1;
            while to < toks.len() {
                let t = text(&toks[to]);
                if t == "." && to + 1 < toks.len() {
                    to += 2;
                } else if matches!(t, "(" | "[") {
                    let d = depth_of(to);
                    to = (to + 1..toks.len()).find(|&j| depth_of(j + 1) == d).map_or(toks.len(), |j| j + 1);
                } else {
                    break;
                }
            }
            return syntax("invalid syntax. Perhaps you forgot a comma?", toks[from].start, toks[to - 1].end);
        }
    }
    None
}

/// CPython's name for an expression that cannot be assigned to or deleted
/// (`literal`, `function call`), when the tokens are one such expression.
fn target_name(lx: &Lexed, target: &[Tok]) -> Option<&'static str> {
    let text = |t: &Tok| lx.text(t);
    if target.iter().all(|t| t.kind == TokKind::Str) || (target.len() == 1 && target[0].kind == TokKind::Number) {
        return Some("literal");
    }
    if target.len() >= 3 && target[0].kind == TokKind::Name && !KEYWORDS.contains(&text(&target[0])) && text(&target[target.len() - 1]) == ")" {
        // NAME(...) with the parenthesis closing at the end.
        let mut depth = 0;
        for (k, t) in target.iter().enumerate().skip(1) {
            match text(t) {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => {
                    depth -= 1;
                    if depth == 0 && k != target.len() - 1 && text(&target[k + 1]) != "." && text(&target[k + 1]) != "(" {
                        return None;
                    }
                }
                "." if depth == 0 => {}
                _ if depth == 0 && t.kind != TokKind::Name => return None,
                _ => {}
            }
        }
        return Some("function call");
    }
    None
}

/// The caret lines of CPython 3.11's report of a syntax error: the source
/// line without its indentation, then the carets. `offset` and `end_offset`
/// are 1-based character columns as in `SyntaxError.offset`/`end_offset`;
/// `range` is false for SyntaxError subclasses (IndentationError, TabError),
/// which CPython always marks with one caret.
pub fn caret_lines(text: &str, lineno: i64, offset: i64, end_lineno: i64, end_offset: i64, range: bool) -> String {
    let text = text.split('\n').next().unwrap_or("");
    let line_size = text.chars().count() as i64 + 1;
    let mut end_offset = if range { end_offset } else { -1 };
    if range && end_lineno > lineno {
        end_offset = line_size;
    }
    if end_offset > line_size + 1 {
        end_offset = line_size + 1;
    }
    let repeat = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let mut col = offset - 1 - (text.chars().count() - stripped.chars().count()) as i64;
    let len = stripped.chars().count() as i64;
    col = col.min(len);
    let mut out = format!("    {}\n", stripped);
    if col >= 0 {
        out.push_str(&format!("    {}{}\n", " ".repeat(col as usize), "^".repeat(repeat as usize)));
    }
    out
}

/// "expected 'except' or 'finally' block": a `try:` block followed, at the
/// same indentation, by a statement other than `except` or `finally`, at or
/// before the parser's stop.
fn try_without_handler(lx: &Lexed, at: usize) -> Option<CompileError> {
    for k in 0..at.min(lx.toks.len()) {
        let is_try = lx.text(&lx.toks[k]) == "try" && (k == 0 || matches!(lx.toks[k - 1].kind, TokKind::Newline | TokKind::Indent | TokKind::Dedent));
        if !is_try || lx.toks.get(k + 3).map(|t| t.kind) != Some(TokKind::Indent) {
            continue;
        }
        // Walk to the DEDENT that closes the block.
        let mut depth = 0;
        let mut j = k + 3;
        while j < lx.toks.len() {
            match lx.toks[j].kind {
                TokKind::Indent => depth += 1,
                TokKind::Dedent => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        let next = lx.toks.get(j + 1)?;
        if j < at && !matches!(lx.text(next), "except" | "finally") && next.kind != TokKind::Dedent {
            let caret = if next.end > next.start { Caret::Range(next.end) } else { Caret::Point };
            return Some(err(ErrorKind::Syntax, "expected 'except' or 'finally' block", next.start, caret));
        }
    }
    None
}
