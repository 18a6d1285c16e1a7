//! The `quicken` command: runs Python scripts like `python3` does.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use clap::Parser;

use quicken::compiler::Mode;
use quicken::run;
use quicken::vm::{signals, Tier, Vm};

/// Every allocation goes through mimalloc: objects, frames and containers
/// are small and short-lived, the case it is built for.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's option setter (`mimalloc.h`), linked in by the allocator crate.
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

#[derive(Parser, Debug)]
#[command(name = "quicken", version, about = "A Python interpreter for numeric scripts, with base, adaptive and JIT tiers")]
#[command(trailing_var_arg = true)]
struct Cli {
    /// Execution tier: base, adaptive or jit (default: the highest built).
    #[arg(long, value_name = "TIER")]
    tier: Option<String>,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,
    /// After running, print the bytecode of every code object (as quickened
    /// by the adaptive tier).
    #[arg(long)]
    dis: bool,
    /// Count what the tier did and print it to stderr at exit;
    /// `--stats=json:PATH` writes the same numbers as JSON to PATH.
    #[arg(long, value_name = "json:PATH", num_args = 0..=1, require_equals = true, default_missing_value = "text")]
    stats: Option<String>,
    /// Script file ('-' reads the program from stdin) and its arguments.
    #[arg(allow_hyphen_values = true)]
    args: Vec<String>,
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    let tier = match &cli.tier {
        Some(t) => match Tier::parse(t) {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("{}", msg);
                return ExitCode::from(2);
            }
        },
        None => Tier::highest(),
    };
    // SIGINT raises KeyboardInterrupt in the interpreter thread: the main
    // thread blocks signals (the interpreter thread unblocks them for
    // itself), so that they interrupt the interpreter's blocking reads and
    // sleeps.
    signals::install_sigint_handler();
    signals::block_signals_in_this_thread(true);
    let child = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || {
        signals::block_signals_in_this_thread(false);
        run_cli(cli, tier)
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

fn run_cli(cli: Cli, tier: Tier) -> i32 {
    install_panic_hook();
    let marker = 0u8;
    let stack_top = &marker as *const u8 as usize;
    let result = std::panic::catch_unwind(move || {
        let (argv, source, filename): (Vec<String>, Option<String>, String) = if let Some(code) = cli.command {
            let mut argv = vec!["-c".to_string()];
            argv.extend(cli.args.iter().cloned());
            (argv, Some(code), "<string>".into())
        } else if let Some(script) = cli.args.first() {
            let argv = cli.args.clone();
            if script == "-" {
                let mut buf = Vec::new();
                let _ = std::io::stdin().read_to_end(&mut buf);
                (argv, Some(decode_source(&buf, "<stdin>")), "<stdin>".into())
            } else {
                match std::fs::read(script) {
                    Ok(bytes) => (argv, Some(decode_source(&bytes, script)), script.clone()),
                    Err(e) => {
                        eprintln!("quicken: can't open file '{}': [Errno {}] {}", script, e.raw_os_error().unwrap_or(2), errno_text(&e));
                        return 2;
                    }
                }
            }
        } else if std::io::stdin().is_terminal() {
            (vec![String::new()], None, "<stdin>".into())
        } else {
            let mut buf = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut buf);
            (vec![String::new()], Some(decode_source(&buf, "<stdin>")), "<stdin>".into())
        };
        let mut vm = Vm::new(tier, argv);
        vm.stack_floor = stack_top.saturating_sub(STACK_SIZE);
        if cli.stats.is_some() {
            vm.stats = Some(Box::default());
        }
        let status = match source {
            Some(src) => run::run_program(&mut vm, &src, &filename, cli.dis),
            None => repl(&mut vm),
        };
        match (&cli.stats, &vm.stats) {
            (Some(target), Some(stats)) => match target.strip_prefix("json:") {
                Some(path) => {
                    if let Err(e) = std::fs::write(path, stats.to_json(vm.tier.name())) {
                        eprintln!("quicken: cannot write statistics to '{}': {}", path, e);
                    }
                }
                None => {
                    // Written even when stdout's pipe closed; a closed stderr is ignored.
                    use std::io::Write;
                    let _ = std::io::stderr().write_all(stats.report(vm.tier.name()).as_bytes());
                }
            },
            _ => {}
        }
        status
    });
    result.unwrap_or(1)
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
fn decode_source(bytes: &[u8], _name: &str) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The interactive loop: multi-line blocks, history, echo of expression values.
fn repl(vm: &mut Vm) -> i32 {
    use rustyline::error::ReadlineError;
    println!("quicken {} (Python 3.11 subset) — tier {}", env!("CARGO_PKG_VERSION"), vm.tier.name());
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("quicken: cannot start the REPL: {}", e);
            return 1;
        }
    };
    let globals = vm.new_globals("__main__");
    vm.main_globals = Some(globals.clone());
    loop {
        let mut src = match rl.readline(">>> ") {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                continue;
            }
            Err(_) => break,
        };
        if src.trim().is_empty() {
            continue;
        }
        // Continue reading while the input is an unfinished block.
        while needs_more(&src) {
            match rl.readline("... ") {
                Ok(l) => {
                    if l.trim().is_empty() {
                        break;
                    }
                    src.push('\n');
                    src.push_str(&l);
                }
                Err(_) => break,
            }
        }
        let _ = rl.add_history_entry(src.as_str());
        src.push('\n');
        vm.sources.insert("<stdin>".into(), src.clone().into());
        if let Some(code) = run::compile_or_report(vm, &src, "<stdin>", Mode::Interactive) {
            if let Err(e) = run::run_code(vm, code, globals.clone()) {
                if e.matches(&quicken::runtime::types::types().system_exit) {
                    return run::report_exception(vm, &e);
                }
                run::report_exception(vm, &e);
            }
        }
        vm.flush_stdout();
    }
    0
}

/// True when a REPL input opens a block or leaves brackets open.
fn needs_more(src: &str) -> bool {
    let last = src.lines().last().unwrap_or("").trim_end();
    if last.ends_with(':') || last.ends_with('\\') {
        return true;
    }
    let mut depth = 0i32;
    for c in src.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0 || (src.contains('\n') && !src.ends_with('\n') && src.lines().count() > 1 && src.lines().next().map_or(false, |l| l.trim_end().ends_with(':')))
}
