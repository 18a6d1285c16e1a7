//! The `quicken` command: runs Python programs with `python3`'s command line (see
//! `cli::args`) and REPL (`cli::repl`).

mod cli;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use cli::args::{self, Command, Options, Program, StatsTarget};
use quicken::run;
use quicken::runtime::value::{Value, B64};
use quicken::vm::{signals, Tier, Vm};

/// Every allocation goes through mimalloc: objects, frames and containers
/// are small and short-lived, the case it is built for.
#[global_allocator]
static ALLOCATOR: quicken::allocator::Allocator = quicken::allocator::Allocator;

// mimalloc's option setter (`mimalloc.h`), linked in by `libmimalloc-sys`.
extern "C" {
    fn mi_option_set_default(option: i32, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t`.
const MI_OPTION_PURGE_DELAY: i32 = 15;

/// Freed memory goes back to the system after 1 ms instead of mimalloc's
/// 10: programs that free one large structure and build another keep the
/// peak memory of CPython (generators: 21 MB -> 17 MB against CPython's
/// 19 MB) for a few hundred `madvise` calls. `MIMALLOC_PURGE_DELAY` still
/// overrides it.
fn tune_allocator() {
    // SAFETY: a plain setter, called before the interpreter thread starts.
    unsafe { mi_option_set_default(MI_OPTION_PURGE_DELAY, 1) };
}

/// Native stack for the interpreter thread; deep Python recursion lives here.
const STACK_SIZE: usize = 2 << 30;

/// The Python version whose language and library quicken follows (`sys.version_info`).
const PYTHON_VERSION: &str = "3.11.0";

/// `-V`'s answer, in python3's form so that tools reading `Python X.Y.Z` understand it, with
/// quicken's identity after it: `Python 3.11.0 (quicken 0.1.0)`. `detail` is added inside
/// the parentheses (`-VV`, the REPL banner).
pub(crate) fn version_line(detail: Option<&str>) -> String {
    let detail = detail.map(|d| format!(", {d}")).unwrap_or_default();
    format!("Python {} (quicken {}{})", PYTHON_VERSION, env!("CARGO_PKG_VERSION"), detail)
}

fn main() -> ExitCode {
    tune_allocator();
    // Words that are not UTF-8 are read lossily rather than aborting the process.
    let mut words = std::env::args_os().map(|w| w.to_string_lossy().into_owned());
    let program_name = words.next().unwrap_or_else(|| "quicken".to_owned());
    let words: Vec<String> = words.collect();
    let options = match args::parse(&words, &|name| std::env::var(name).ok()) {
        Ok(Command::Run(options)) => options,
        Ok(Command::Help) => return print_and_exit(&args::help_text(&program_name)),
        Ok(Command::HelpEnv) => return print_and_exit(args::HELP_ENV),
        Ok(Command::HelpXoptions) => return print_and_exit(args::HELP_XOPTIONS),
        Ok(Command::Version(1)) => return print_and_exit(&format!("{}\n", version_line(None))),
        Ok(Command::Version(_)) => {
            return print_and_exit(&format!("{}\n", version_line(Some(&format!("default tier {}", Tier::highest().name())))))
        }
        Err(e) => {
            eprint!("{}", args::usage_error_text(&e, &program_name));
            return ExitCode::from(2);
        }
    };
    // The statistics file is opened before the program runs, so that a path that cannot be
    // written fails at once (status 2, like a script that cannot be opened) rather than after
    // a long run.
    let stats_file = match &options.stats {
        Some(StatsTarget::Json(path)) => match std::fs::File::create(path) {
            Ok(file) => Some(file),
            Err(e) => {
                eprintln!("quicken: cannot write statistics to '{}': {}", path.display(), e);
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    // SIGINT raises KeyboardInterrupt in the interpreter thread: the main
    // thread blocks signals (the interpreter thread unblocks them for
    // itself), so that they interrupt the interpreter's blocking reads and
    // sleeps.
    signals::install_sigint_handler();
    signals::block_signals_in_this_thread(true);
    let child = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || {
        signals::block_signals_in_this_thread(false);
        run_cli(*options, stats_file)
    });
    let status = match child {
        Ok(handle) => handle.join().unwrap_or(70),
        Err(e) => {
            eprintln!("quicken: cannot start interpreter thread: {}", e);
            70
        }
    };
    if signals::uncaught_interrupt() {
        return ExitCode::from(signals::exit_by_sigint() as u8);
    }
    ExitCode::from(status.clamp(0, 255) as u8)
}

/// Prints `text` to stdout (help, version) and exits 0.
fn print_and_exit(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    ExitCode::SUCCESS
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        let loc = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("SystemError: quicken internal error: {}{}", msg, loc);
    }));
}

/// Runs what the command line asks for on the interpreter thread; returns the exit status.
fn run_cli(options: Options, stats_file: Option<std::fs::File>) -> i32 {
    install_panic_hook();
    let marker = 0u8;
    let stack_top = &marker as *const u8 as usize;
    let result = std::panic::catch_unwind(move || {
        let mut vm = Vm::new(options.tier, options.argv());
        if let Some(threshold) = options.jit_threshold {
            vm.jit = Some(Box::new(quicken::jit::JitState::with_threshold(threshold)));
        }
        vm.stack_floor = stack_top.saturating_sub(STACK_SIZE);
        configure(&mut vm, &options);
        let mut status = run_program(&mut vm, &options);
        match (&options.stats, &vm.stats, stats_file) {
            (Some(StatsTarget::Json(path)), Some(stats), Some(mut file)) => {
                let mut json = stats.to_json(vm.tier.name());
                if let Some(jit) = &vm.jit {
                    json = quicken::jit::stats::with_jit_json(json, jit);
                }
                if let Err(e) = file.write_all(json.as_bytes()) {
                    eprintln!("quicken: cannot write statistics to '{}': {}", path.display(), e);
                    if status == 0 {
                        status = 1;
                    }
                }
            }
            (Some(StatsTarget::Text), Some(stats), _) => {
                // Written even when stdout's pipe closed; a closed stderr is ignored.
                let mut report = stats.report(vm.tier.name());
                if let Some(jit) = &vm.jit {
                    report.push_str(&jit.report(stats.executed()));
                }
                let _ = std::io::stderr().write_all(report.as_bytes());
            }
            _ => {}
        }
        status
    });
    result.unwrap_or(1)
}

/// Applies the command line to a new VM before anything runs: the flags `sys` shows and
/// the compiler reads, `__debug__`, the int/str digit limit, statistics.
fn configure(vm: &mut Vm, options: &Options) {
    vm.flags = options.flags.clone();
    if vm.flags.optimize > 0 {
        // The compiler makes `__debug__` a constant; `builtins.__debug__` agrees with it.
        vm.builtins.set_str(&quicken::runtime::str::intern("__debug__"), Value::Bool(B64::FALSE));
    }
    if let Some(limit) = vm.flags.int_max_str_digits {
        quicken::vm::INT_MAX_STR_DIGITS.with(|c| c.set(limit));
    }
    if options.stats.is_some() {
        vm.stats = Some(Box::default());
    }
}

/// Runs the program (then the REPL under `-i`); returns the exit status.
fn run_program(vm: &mut Vm, options: &Options) -> i32 {
    let status = match &options.program {
        Program::Command(code) => run::run_program(vm, code, "<string>", options.dis),
        Program::Module(name) => run::run_module_as_main(vm, name, options.dis),
        Program::Script(path) => {
            // A folder runs its `__main__.py`, with the folder first on `sys.path`.
            let file = match std::path::Path::new(path) {
                dir if dir.is_dir() => match dir.join("__main__.py") {
                    main if main.is_file() => main.to_string_lossy().into_owned(),
                    _ => {
                        eprintln!("{}: can't find '__main__' module in {}", program_name(), quoted_absolute(path));
                        return 1;
                    }
                },
                _ => path.clone(),
            };
            match read_script(&file, options.skip_first_line) {
                Ok(source) => run::run_program(vm, &source, &file, options.dis),
                Err(status) => return status,
            }
        }
        Program::Stdin { .. } if stdin_is_interactive(vm) => {
            if !vm.flags.quiet {
                cli::repl::print_banner(vm);
            }
            let globals = main_globals(vm);
            if let Some(startup) = &options.startup {
                run_startup_file(vm, startup, &globals);
            }
            return cli::repl::run(vm, globals);
        }
        Program::Stdin { .. } => {
            let mut buf = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut buf);
            run::run_program(vm, &decode_source(&buf), "<stdin>", options.dis)
        }
    };
    if vm.flags.inspect && stdin_is_interactive(vm) {
        // `-i`: the REPL follows in the program's namespace, whatever became of the program.
        let globals = vm.main_globals.clone().unwrap_or_else(|| main_globals(vm));
        return cli::repl::run(vm, globals);
    }
    status
}

/// CPython's test for reading stdin as a REPL: a terminal, or `-i` given on the command
/// line (`PYTHONINSPECT` alone does not make piped input interactive).
fn stdin_is_interactive(vm: &Vm) -> bool {
    vm.flags.interactive || std::io::stdin().is_terminal()
}

/// A fresh `__main__` namespace, registered in `sys.modules` (the REPL's when no program
/// ran).
fn main_globals(vm: &mut Vm) -> std::rc::Rc<quicken::runtime::objects::PyDict> {
    run::main_module(vm, quicken::runtime::value::Value::None)
}

/// `PYTHONSTARTUP`: a file run in the REPL's namespace before the first prompt; its errors
/// are reported and the REPL starts anyway.
fn run_startup_file(vm: &mut Vm, path: &str, globals: &std::rc::Rc<quicken::runtime::objects::PyDict>) {
    let source = match std::fs::read(path) {
        Ok(bytes) => decode_source(&bytes),
        Err(e) => {
            eprintln!("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno {}] {}: '{}'", e.raw_os_error().unwrap_or(2), errno_text(&e), path);
            return;
        }
    };
    vm.sources.insert(path.into(), source.as_str().into());
    if let Some(code) = run::compile_or_report(vm, &source, path, quicken::compiler::Mode::Exec) {
        if let Err(e) = run::run_code(vm, code, globals.clone()) {
            run::report_exception(vm, &e);
        }
    }
    vm.flush_stdout();
}

/// Reads a script file; on failure reports it as CPython does and gives exit status 2.
/// With `-x` the first line is blanked (its line still counts, as in CPython).
fn read_script(path: &str, skip_first_line: bool) -> Result<String, i32> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let source = decode_source(&bytes);
            if skip_first_line {
                return Ok(source.find('\n').map_or(String::new(), |end| source[end..].to_owned()));
            }
            Ok(source)
        }
        Err(e) => {
            eprintln!("{}: can't open file {}: [Errno {}] {}", program_name(), quoted_absolute(path), e.raw_os_error().unwrap_or(2), errno_text(&e));
            Err(2)
        }
    }
}

/// The interpreter's name as CPython prints it before its own errors (its `argv[0]`).
fn program_name() -> String {
    std::env::args().next().unwrap_or_else(|| "quicken".into())
}

/// `path` made absolute (not resolved) and quoted like a Python str, as CPython names a
/// script it cannot open.
fn quoted_absolute(path: &str) -> String {
    let abs = std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_owned());
    quicken::runtime::str::repr_str(&abs)
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Decodes UTF-8 source; invalid bytes are replaced so the parser reports a
/// syntax error rather than the process failing.
fn decode_source(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}
