//! The interactive loop, as CPython 3.11's: `>>> ` / `... ` prompts, a compound statement
//! read until an empty line, expression values echoed and kept in `_`, Ctrl-C discarding the
//! input being typed, Ctrl-D leaving. On a terminal lines are edited with rustyline (history,
//! cursor keys); from a pipe (`-i` with piped stdin) they are read plainly and the prompts
//! go to stderr, as CPython does.

use std::io::{BufRead, IsTerminal, Write};
use std::rc::Rc;

use quicken::compiler::Mode;
use quicken::run;
use quicken::runtime::objects::PyDict;
use quicken::vm::Vm;

/// What one read of a line gave.
enum Input {
    Line(String),
    /// Ctrl-C while typing.
    Interrupted,
    /// Ctrl-D at an empty line, or the end of piped input.
    Eof,
}

/// Where the REPL's lines come from.
enum Lines {
    /// A terminal, through the line editor. A paste gives the editor several lines at once;
    /// those after the first wait in the queue and are read one by one, as if typed.
    Terminal(rustyline::DefaultEditor, std::collections::VecDeque<String>),
    /// Anything else: plain lines, prompts on stderr.
    Piped(std::io::StdinLock<'static>),
}

impl Lines {
    /// The line editor on a terminal, plain reads otherwise (or if the editor cannot start).
    fn open() -> Lines {
        if std::io::stdin().is_terminal() {
            if let Ok(editor) = rustyline::DefaultEditor::new() {
                return Lines::Terminal(editor, Default::default());
            }
        }
        Lines::Piped(std::io::stdin().lock())
    }

    fn read(&mut self, prompt: &str) -> Input {
        use rustyline::error::ReadlineError;
        match self {
            Lines::Terminal(_, pasted) if !pasted.is_empty() => Input::Line(pasted.pop_front().unwrap_or_default()),
            Lines::Terminal(editor, pasted) => match editor.readline(prompt) {
                Ok(text) => {
                    let mut lines = text.split('\n').map(str::to_owned);
                    let first = lines.next().unwrap_or_default();
                    pasted.extend(lines);
                    Input::Line(first)
                }
                Err(ReadlineError::Interrupted) => Input::Interrupted,
                Err(_) => Input::Eof,
            },
            Lines::Piped(stdin) => {
                let mut stderr = std::io::stderr();
                let _ = stderr.write_all(prompt.as_bytes());
                let _ = stderr.flush();
                let mut line = Vec::new();
                match stdin.read_until(b'\n', &mut line) {
                    Ok(0) | Err(_) => Input::Eof,
                    Ok(_) => {
                        while matches!(line.last(), Some(b'\n' | b'\r')) {
                            line.pop();
                        }
                        Input::Line(String::from_utf8_lossy(&line).into_owned())
                    }
                }
            }
        }
    }

    /// The line break that ends a prompt line Ctrl-C or Ctrl-D left: the line editor has
    /// written it already.
    fn line_break(&self) -> &'static str {
        match self {
            Lines::Terminal(..) => "",
            Lines::Piped(_) => "\n",
        }
    }

    fn remember(&mut self, entry: &str) {
        if let Lines::Terminal(editor, _) = self {
            let _ = editor.add_history_entry(entry);
        }
    }
}

/// Prints the banner to stderr: CPython's two lines, the first with quicken's identity and
/// tier.
pub fn print_banner(vm: &Vm) {
    eprint!(
        "{} on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        crate::version_line(Some(&format!("tier {}", vm.tier.name()))),
        std::env::consts::OS
    );
}

/// Runs the REPL in `globals` until Ctrl-D or `SystemExit`; returns the exit status.
pub fn run(vm: &mut Vm, globals: Rc<PyDict>) -> i32 {
    let mut lines = Lines::open();
    let status = loop {
        let source = match read_statement(&mut lines) {
            Statement::Source(source) => source,
            Statement::Discarded => {
                // CPython prints the interrupt on a line of its own.
                eprintln!("{}KeyboardInterrupt", lines.line_break());
                continue;
            }
            Statement::End => {
                eprint!("{}", lines.line_break());
                break 0;
            }
        };
        lines.remember(source.trim_end());
        if let Some(status) = run_input(vm, &source, &globals) {
            break status;
        }
    };
    // As at the end of a program: finalizers run, `atexit` functions, the last
    // collection.
    drop(globals);
    vm.finalize_at_exit();
    vm.flush_stdout();
    status
}

/// One input of the REPL.
enum Statement {
    /// Source text to run (ends in a newline).
    Source(String),
    /// Ctrl-C: what was typed is dropped.
    Discarded,
    /// Ctrl-D or end of input at the `>>> ` prompt.
    End,
}

/// Reads a statement: one line, or more while brackets, strings or a compound statement are
/// open (a compound statement ends at an empty line). Empty lines at `>>> ` are skipped.
/// Ctrl-D at `... ` runs what was typed, as CPython does.
fn read_statement(lines: &mut Lines) -> Statement {
    let mut source = String::new();
    loop {
        let prompt = if source.is_empty() { ">>> " } else { "... " };
        let line = match lines.read(prompt) {
            Input::Line(line) => line,
            Input::Interrupted => return Statement::Discarded,
            Input::Eof if source.is_empty() => return Statement::End,
            Input::Eof => return Statement::Source(source),
        };
        if source.is_empty() && line.trim().is_empty() {
            continue;
        }
        source.push_str(&line);
        source.push('\n');
        if !needs_more(&source, line.trim().is_empty()) {
            return Statement::Source(source);
        }
    }
}

/// Compiles and runs one input; returns the exit status when it raised `SystemExit`.
/// Every input is its own `<stdin>` with lines counted from 1 (tracebacks name those lines
/// and quote none, as CPython 3.11 does for `<stdin>`).
fn run_input(vm: &mut Vm, source: &str, globals: &Rc<PyDict>) -> Option<i32> {
    let code = run::compile_or_report(vm, source, "<stdin>", Mode::Interactive)?;
    let exit = match run::run_code(vm, code, globals.clone()) {
        Ok(_) => None,
        Err(e) => run::system_exit_status(vm, &e).or_else(|| {
            run::report_exception(vm, &e);
            None
        }),
    };
    vm.flush_stdout();
    exit
}

/// What the lexical scan of an input found.
#[derive(Debug, PartialEq, Eq)]
struct Scan {
    /// An open bracket, an unfinished triple-quoted string or a trailing backslash.
    open: bool,
    /// A compound statement (its first line starts with a block keyword or a decorator, or
    /// a line ends with `:`), which needs an empty line to end.
    block: bool,
}

/// Keywords that open a compound statement.
const BLOCK_KEYWORDS: [&str; 8] = ["if", "for", "while", "def", "class", "with", "try", "async"];

/// True when the REPL must read another line before compiling `source`.
fn needs_more(source: &str, last_line_empty: bool) -> bool {
    let scan = scan(source);
    scan.open || (scan.block && !last_line_empty)
}

/// Scans Python source for open brackets, strings and block openers, skipping comments and
/// string contents (so that `'('` or `# :` do not count).
fn scan(source: &str) -> Scan {
    let first_word: String = source.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    let mut block = source.trim_start().starts_with('@') || BLOCK_KEYWORDS.contains(&first_word.as_str());
    let mut depth = 0usize;
    // Inside a string: its quote character and whether it is triple-quoted.
    let mut string: Option<(char, bool)> = None;
    // The last character of the current line outside comments and strings, not a space.
    let mut last = None;
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some((quote, triple)) = string {
            match c {
                '\\' => {
                    chars.next();
                }
                '\n' if !triple => string = None, // unterminated: the compiler reports it
                c if c == quote => {
                    if !triple {
                        string = None;
                    } else if chars.peek() == Some(&quote) {
                        chars.next();
                        if chars.peek() == Some(&quote) {
                            chars.next();
                            string = None;
                        }
                    }
                }
                _ => {}
            }
            last = Some('"');
            continue;
        }
        match c {
            '#' => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            '\'' | '"' => {
                let triple = chars.peek() == Some(&c) && {
                    let mut ahead = chars.clone();
                    ahead.next();
                    ahead.peek() == Some(&c)
                };
                if triple {
                    chars.next();
                    chars.next();
                } else if chars.peek() == Some(&c) {
                    // An empty string `''`.
                    chars.next();
                    last = Some(c);
                    continue;
                }
                string = Some((c, triple));
                last = Some(c);
            }
            '(' | '[' | '{' => {
                depth += 1;
                last = Some(c);
            }
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                last = Some(c);
            }
            '\\' if chars.peek() == Some(&'\n') => {
                chars.next();
                last = Some('\\');
                if chars.peek().is_none() {
                    return Scan { open: true, block };
                }
            }
            '\n' => {
                if depth == 0 && last == Some(':') {
                    block = true;
                }
                last = None;
            }
            c if c.is_whitespace() => {}
            c => last = Some(c),
        }
    }
    if depth == 0 && last == Some(':') {
        block = true;
    }
    Scan { open: depth > 0 || matches!(string, Some((_, true))), block }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_statements_are_complete() {
        for src in ["x = 1\n", "print('(')\n", "s = '''a'''\n", "d = {1: 2}\n", "f = lambda: 1\n", "x = 1  # if:\n", "''\n", "r'\\''\n"] {
            assert!(!needs_more(src, false), "{src:?}");
        }
    }

    #[test]
    fn open_inputs_continue_even_past_empty_lines() {
        for src in ["x = (1,\n", "s = '''a\n", "s = \"\"\"a\n\n", "x = 1 + \\\n", "d = {\n  1: [\n", "f(')',\n"] {
            assert!(needs_more(src, src.ends_with("\n\n")), "{src:?}");
        }
    }

    #[test]
    fn compound_statements_end_at_an_empty_line() {
        for src in ["if x:\n", "for i in y:  # c\n    pass\n", "if 1: print(1)\n", "@dec\n", "def f():\n    return 1\n", "match x:\n"] {
            assert!(needs_more(src, false), "{src:?}");
        }
        assert!(!needs_more("if x:\n    pass\n\n", true));
        assert!(!needs_more("if 1: print(1)\n\n", true));
    }
}
