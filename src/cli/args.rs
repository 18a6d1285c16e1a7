//! The command line, read by CPython's rules (`Python/getopt.c` and `Python/initconfig.c`):
//! options come only before the program (`-c CMD`, `-m MOD`, a script file or `-`), and
//! everything after it is the program's `sys.argv`, untouched. Short options combine
//! (`-uO`, `-Bc CODE`, `-cCODE`); the ones that take an argument (`-c -m -W -X`) take the rest
//! of their word or else the next word; `--` ends the options. quicken's own long options
//! (`--tier`, `--dis`, `--stats`) follow the same rule: they are read before the program only.
//!
//! Parsing is a pure function of the words and the environment, so it is tested without
//! starting processes (see the tests at the bottom).

use std::path::PathBuf;

use quicken::vm::{Flags, Tier};

/// What the interpreter runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// `-c CMD`: `sys.argv[0]` is `'-c'`.
    Command(String),
    /// `-m MOD`: the module runner sets `sys.argv[0]`.
    Module(String),
    /// A script file: `sys.argv[0]` is its path.
    Script(String),
    /// Standard input: a program read to its end, or the REPL when it is a terminal (or with
    /// `-i`). `explicit` is true for `-`, which makes `sys.argv[0]` `'-'` instead of `''`.
    Stdin { explicit: bool },
}

/// Where `--stats` sends its report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatsTarget {
    /// `--stats`: a text report on stderr at exit.
    Text,
    /// `--stats=json:PATH`: the same numbers as JSON in a file.
    Json(PathBuf),
}

/// A command line that runs a program.
#[derive(Clone, Debug)]
pub struct Options {
    /// What runs.
    pub program: Program,
    /// The words after the program: `sys.argv[1:]`.
    pub args: Vec<String>,
    /// The python3 flags (`sys.flags`), environment variables folded in.
    pub flags: Flags,
    /// `--tier` (the highest built tier when not given).
    pub tier: Tier,
    /// `--dis`: print the bytecode after the run.
    pub dis: bool,
    /// `--stats[=json:PATH]`.
    pub stats: Option<StatsTarget>,
    /// `--jit-threshold=N`: loop iterations before the `jit` tier records a trace.
    pub jit_threshold: Option<u16>,
    /// `-x`: the first line of the script is skipped (line numbers still count it).
    pub skip_first_line: bool,
    /// `PYTHONSTARTUP`: a file the REPL runs before its first prompt (not under `-E`/`-I`).
    pub startup: Option<String>,
}

impl Options {
    /// `sys.argv` as the program sees it at start (`-m`'s runner replaces `argv[0]`).
    pub fn argv(&self) -> Vec<String> {
        let first = match &self.program {
            Program::Command(_) => "-c".to_owned(),
            // CPython shows '-m' until the module is found.
            Program::Module(_) => "-m".to_owned(),
            Program::Script(path) => path.clone(),
            Program::Stdin { explicit } => if *explicit { "-" } else { "" }.to_owned(),
        };
        std::iter::once(first).chain(self.args.iter().cloned()).collect()
    }
}

/// What a command line asks for.
#[derive(Debug)]
pub enum Command {
    /// Run a program.
    Run(Box<Options>),
    /// `-h`, `-?`, `--help`, `--help-all`: print the help text and exit 0.
    Help,
    /// `--help-env`: the environment variables quicken reads.
    HelpEnv,
    /// `--help-xoptions`: the `-X` options.
    HelpXoptions,
    /// `-V` / `--version` (given twice: more detail); exit 0.
    Version(u8),
}

/// A command line that cannot run: the message, and whether CPython's two usage lines follow
/// it (they do for malformed options, not for a bad value of a quicken option). Exit status 2.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError {
    /// The first line of the report.
    pub message: String,
    /// Print `usage: ...` and `Try ...` after it.
    pub with_usage: bool,
}

impl UsageError {
    fn usage(message: String) -> UsageError {
        UsageError { message, with_usage: true }
    }
    fn value(message: String) -> UsageError {
        UsageError { message, with_usage: false }
    }
}

/// The short options of CPython 3.11 and whether each takes an argument.
/// `-R` and `-t` are accepted and do nothing, as in CPython.
fn short_option(c: char) -> Option<bool> {
    match c {
        'c' | 'm' | 'W' | 'X' => Some(true),
        'b' | 'B' | 'd' | 'E' | 'h' | '?' | 'i' | 'I' | 'O' | 'P' | 'q' | 'R' | 's' | 'S' | 't' | 'u' | 'v' | 'V' | 'x' => {
            Some(false)
        }
        _ => None,
    }
}

/// Reads the command-line words after the program name; `env` looks up environment
/// variables (the `PYTHON*` ones are read unless `-E` or `-I`).
pub fn parse(words: &[String], env: &dyn Fn(&str) -> Option<String>) -> Result<Command, UsageError> {
    let mut flags = Flags::default();
    let mut tier = None;
    let mut dis = false;
    let mut stats = None;
    let mut jit_threshold = None;
    let mut skip_first_line = false;
    let mut version = 0u8;
    let mut program = None;
    let mut i = 0;
    'words: while i < words.len() {
        let word = &words[i];
        i += 1;
        if word == "--" {
            break;
        }
        if word == "-" || !word.starts_with('-') {
            i -= 1;
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            match (name, inline) {
                ("help" | "help-all", None) => return Ok(Command::Help),
                ("help-env", None) => return Ok(Command::HelpEnv),
                ("help-xoptions", None) => return Ok(Command::HelpXoptions),
                ("version", None) => version += 1,
                ("dis", None) => dis = true,
                ("stats", None) => stats = Some(StatsTarget::Text),
                ("stats", Some(value)) => match value.strip_prefix("json:") {
                    Some(path) if !path.is_empty() => stats = Some(StatsTarget::Json(PathBuf::from(path))),
                    _ => {
                        return Err(UsageError::value(format!(
                            "quicken: invalid --stats value '{value}' (expected --stats or --stats=json:PATH)"
                        )))
                    }
                },
                ("jit-threshold", Some(value)) => match value.parse::<u16>() {
                    Ok(n) if (1..=quicken::bytecode::Counter::MAX_VALUE).contains(&n) => jit_threshold = Some(n),
                    _ => {
                        return Err(UsageError::value(format!(
                            "quicken: invalid --jit-threshold value '{value}' (expected an integer from 1 to {})",
                            quicken::bytecode::Counter::MAX_VALUE
                        )))
                    }
                },
                ("tier", _) => {
                    let value = match inline {
                        Some(v) => v.to_owned(),
                        None if i < words.len() => {
                            i += 1;
                            words[i - 1].clone()
                        }
                        None => return Err(UsageError::usage("Argument expected for the --tier option".into())),
                    };
                    tier = Some(Tier::parse(&value).map_err(UsageError::value)?);
                }
                // `--check-hash-based-pycs MODE`: about .pyc files, which quicken never writes.
                ("check-hash-based-pycs", None) => {
                    match words.get(i).map(String::as_str) {
                        Some("always" | "default" | "never") => i += 1,
                        Some(_) => return Err(UsageError::usage("--check-hash-based-pycs must be one of 'default', 'always', or 'never'".into())),
                        None => return Err(UsageError::usage("Argument expected for the --check-hash-based-pycs option".into())),
                    }
                }
                _ => return Err(UsageError::usage(format!("unknown option {word}"))),
            }
            continue;
        }
        // A cluster of short options: `-uO`, `-Bc CODE`, `-cCODE`.
        let cluster = &word[1..];
        for (at, c) in cluster.char_indices() {
            let takes_argument = short_option(c).ok_or_else(|| UsageError::usage(format!("Unknown option: -{c}")))?;
            if takes_argument {
                let rest = &cluster[at + c.len_utf8()..];
                let argument = if !rest.is_empty() {
                    rest.to_owned()
                } else if i < words.len() {
                    i += 1;
                    words[i - 1].clone()
                } else {
                    return Err(UsageError::usage(format!("Argument expected for the -{c} option")));
                };
                match c {
                    'c' => program = Some(Program::Command(argument)),
                    'm' => program = Some(Program::Module(argument)),
                    'W' => flags.warnoptions.push(argument),
                    _ => flags.xoptions.push(argument),
                }
                if program.is_some() {
                    // `-c` and `-m` end the options: the rest is the program's.
                    break 'words;
                }
                continue 'words;
            }
            match c {
                'b' => flags.bytes_warning = flags.bytes_warning.saturating_add(1),
                'B' => flags.dont_write_bytecode = true,
                'd' => flags.debug = flags.debug.saturating_add(1),
                'E' => flags.ignore_environment = true,
                'h' | '?' => return Ok(Command::Help),
                'i' => {
                    flags.inspect = true;
                    flags.interactive = true;
                }
                'I' => {
                    flags.isolated = true;
                    flags.ignore_environment = true;
                    flags.no_user_site = true;
                    flags.safe_path = true;
                }
                'O' => flags.optimize = flags.optimize.saturating_add(1),
                'P' => flags.safe_path = true,
                'q' => flags.quiet = true,
                's' => flags.no_user_site = true,
                'S' => flags.no_site = true,
                'u' => flags.unbuffered = true,
                'v' => flags.verbose = flags.verbose.saturating_add(1),
                'V' => version = version.saturating_add(1),
                'x' => skip_first_line = true,
                _ => {} // -R, -t: accepted, no effect (as in CPython 3.11)
            }
        }
    }
    if version > 0 {
        return Ok(Command::Version(version));
    }
    let program = program.unwrap_or_else(|| match words.get(i) {
        Some(word) if word != "-" => Program::Script(word.clone()),
        Some(_) => Program::Stdin { explicit: true },
        None => Program::Stdin { explicit: false },
    });
    let args_start = match program {
        Program::Script(_) | Program::Stdin { explicit: true } => i + 1,
        _ => i,
    };
    let args = words.get(args_start..).unwrap_or_default().to_vec();
    let mut startup = None;
    if !flags.ignore_environment {
        read_environment(&mut flags, env);
        startup = env_set(env, "PYTHONSTARTUP");
    }
    apply_xoptions(&mut flags)?;
    if flags.dev_mode {
        // CPython's development mode shows warnings by default.
        flags.warnoptions.insert(0, "default".into());
    }
    flags.utf8_mode = flags.utf8_mode || utf8_mode_from_locale(&flags, env);
    Ok(Command::Run(Box::new(Options { program, args, flags, tier: tier.unwrap_or_else(Tier::highest), dis, stats, jit_threshold, skip_first_line, startup })))
}

/// An environment variable counts when it is set and not empty (CPython's rule).
fn env_set(env: &dyn Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    env(name).filter(|v| !v.is_empty())
}

/// CPython's integer-valued environment flags: a number sets that level, any other text 1.
fn env_level(env: &dyn Fn(&str) -> Option<String>, name: &str) -> u8 {
    env_set(env, name).map_or(0, |v| v.trim().parse::<u8>().unwrap_or(1))
}

/// Folds in the `PYTHON*` variables that mirror options: a variable raises a level the
/// command line left lower, and never lowers one.
fn read_environment(flags: &mut Flags, env: &dyn Fn(&str) -> Option<String>) {
    flags.optimize = flags.optimize.max(env_level(env, "PYTHONOPTIMIZE"));
    flags.verbose = flags.verbose.max(env_level(env, "PYTHONVERBOSE"));
    flags.debug = flags.debug.max(env_level(env, "PYTHONDEBUG"));
    flags.inspect |= env_set(env, "PYTHONINSPECT").is_some();
    flags.unbuffered |= env_set(env, "PYTHONUNBUFFERED").is_some();
    flags.dont_write_bytecode |= env_set(env, "PYTHONDONTWRITEBYTECODE").is_some();
    flags.no_user_site |= env_set(env, "PYTHONNOUSERSITE").is_some();
    flags.safe_path |= env_set(env, "PYTHONSAFEPATH").is_some();
    flags.dev_mode |= env_set(env, "PYTHONDEVMODE").is_some();
    flags.warn_default_encoding |= env_set(env, "PYTHONWARNDEFAULTENCODING").is_some();
    flags.utf8_mode |= env_set(env, "PYTHONUTF8").as_deref() == Some("1");
    if let Some(warnings) = env_set(env, "PYTHONWARNINGS") {
        // Variable first, then -W options, as CPython orders sys.warnoptions.
        let from_env = warnings.split(',').filter(|w| !w.is_empty()).map(str::to_owned);
        flags.warnoptions.splice(0..0, from_env);
    }
    if flags.int_max_str_digits.is_none() {
        if let Some(v) = env_set(env, "PYTHONINTMAXSTRDIGITS") {
            flags.int_max_str_digits = v.trim().parse().ok();
        }
    }
}

/// The `-X` options quicken acts on (others are only recorded in `sys._xoptions`).
fn apply_xoptions(flags: &mut Flags) -> Result<(), UsageError> {
    for option in flags.xoptions.clone() {
        let (name, value) = match option.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (option.as_str(), None),
        };
        match name {
            "dev" => flags.dev_mode = true,
            "utf8" => flags.utf8_mode = value != Some("0"),
            "warn_default_encoding" => flags.warn_default_encoding = true,
            "int_max_str_digits" => {
                let limit = value.and_then(|v| v.parse::<usize>().ok()).filter(|&n| n == 0 || n >= 640);
                match limit {
                    Some(n) => flags.int_max_str_digits = Some(n),
                    None => {
                        return Err(UsageError::value(
                            "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.".into(),
                        ))
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// CPython 3.11 turns on UTF-8 mode by itself under the C or POSIX locale.
fn utf8_mode_from_locale(flags: &Flags, env: &dyn Fn(&str) -> Option<String>) -> bool {
    if flags.xoptions.iter().any(|x| x == "utf8=0") || (!flags.ignore_environment && env_set(env, "PYTHONUTF8").as_deref() == Some("0")) {
        return false;
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|name| env_set(env, name));
    matches!(locale.as_deref(), None | Some("C") | Some("POSIX"))
}

/// The first usage line, naming the program as it was started (as CPython does).
pub fn usage_line(program_name: &str) -> String {
    format!("usage: {program_name} [option] ... [-c cmd | -m mod | file | -] [arg] ...")
}

/// The report of a usage error, CPython's wording.
pub fn usage_error_text(err: &UsageError, program_name: &str) -> String {
    if err.with_usage {
        format!("{}\n{}\nTry `python -h' for more information.\n", err.message, usage_line(program_name))
    } else {
        format!("{}\n", err.message)
    }
}

/// `-h`: CPython's help text in its layout, listing the options quicken reads.
pub fn help_text(program_name: &str) -> String {
    format!(
        "{}\n{}{}{}",
        usage_line(program_name),
        "\
Options (and corresponding environment variables):
-b     : accepted (warnings about bytes are not issued)
-B     : don't write .pyc files (quicken writes none); also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : accepted (parser debugging is not available); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONOPTIMIZE)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (accepted and shown in sys.flags); also PYTHONVERBOSE=x
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control (recorded in sys.warnoptions); also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (recorded in sys._xoptions)
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
",
        "\
quicken options (before the program, like the options above):
--tier T        : execution tier: base, adaptive or jit (default: adaptive)
--dis           : after the run, print the bytecode of every code object
--stats         : print what the tier did (opcode counts, specializations) to stderr
--stats=json:PATH : write the same numbers as JSON to PATH
--jit-threshold=N : loop iterations before the jit tier records a trace (default 1000)
",
        "\
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"
    )
}

/// `--help-env`: the environment variables quicken reads.
pub const HELP_ENV: &str = "\
Environment variables that change behavior (ignored with -E or -I):
PYTHONOPTIMIZE   : like -O (a number sets the level)
PYTHONINSPECT    : like -i
PYTHONUNBUFFERED : like -u
PYTHONDONTWRITEBYTECODE : like -B
PYTHONVERBOSE    : like -v
PYTHONDEBUG      : like -d
PYTHONNOUSERSITE : like -s
PYTHONSAFEPATH   : like -P
PYTHONWARNINGS   : comma-separated warning options, before -W ones
PYTHONDEVMODE    : like -X dev
PYTHONUTF8       : 1 or 0, like -X utf8
PYTHONWARNDEFAULTENCODING : like -X warn_default_encoding
PYTHONINTMAXSTRDIGITS : like -X int_max_str_digits
PYTHONSTARTUP    : file executed before the first prompt of the REPL
";

/// `--help-xoptions`: the `-X` options quicken acts on.
pub const HELP_XOPTIONS: &str = "\
The following implementation-specific options are available:
-X dev : development mode (sys.flags.dev_mode; 'default' first in sys.warnoptions)
-X utf8 : UTF-8 mode (sys.flags.utf8_mode); -X utf8=0 turns it off
-X warn_default_encoding : recorded in sys.flags.warn_default_encoding
-X int_max_str_digits=N : limit the size of int<->str conversions (0 disables the limit)
Any other -X option is accepted and recorded in sys._xoptions.
";

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Command, UsageError> {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        parse(&words, &|_| None)
    }

    fn options(words: &[&str]) -> Options {
        match parse_words(words) {
            Ok(Command::Run(o)) => *o,
            other => panic!("{words:?} should run a program, got {other:?}"),
        }
    }

    #[test]
    fn options_stop_at_the_program() {
        let o = options(&["-u", "script.py", "-O", "--stats", "--", "-c"]);
        assert_eq!(o.program, Program::Script("script.py".into()));
        assert_eq!(o.argv(), ["script.py", "-O", "--stats", "--", "-c"]);
        assert!(o.flags.unbuffered && o.flags.optimize == 0 && o.stats.is_none());
        let o = options(&["-c", "print(1)", "--stats", "-u"]);
        assert_eq!(o.program, Program::Command("print(1)".into()));
        assert_eq!(o.argv(), ["-c", "--stats", "-u"]);
        assert!(o.stats.is_none() && !o.flags.unbuffered);
        let o = options(&["-m", "pkg.mod", "a", "-b"]);
        assert_eq!(o.program, Program::Module("pkg.mod".into()));
        assert_eq!(o.argv(), ["-m", "a", "-b"]);
        let o = options(&["-", "x"]);
        assert_eq!(o.argv(), ["-", "x"]);
        assert_eq!(options(&[]).argv(), [""]);
    }

    #[test]
    fn short_options_combine() {
        let o = options(&["-uOO", "-Bc", "pass", "x"]);
        assert!(o.flags.unbuffered && o.flags.dont_write_bytecode);
        assert_eq!(o.flags.optimize, 2);
        assert_eq!(o.program, Program::Command("pass".into()));
        assert_eq!(o.args, ["x"]);
        assert_eq!(options(&["-c-1"]).program, Program::Command("-1".into()));
        assert_eq!(options(&["-mmod"]).program, Program::Module("mod".into()));
        let o = options(&["-Wignore", "-W", "error", "-Xdev", "-X", "a=b", "-c", "pass"]);
        assert_eq!(o.flags.warnoptions, ["default", "ignore", "error"]);
        assert_eq!(o.flags.xoptions, ["dev", "a=b"]);
        assert!(o.flags.dev_mode);
    }

    #[test]
    fn double_dash_ends_options() {
        let o = options(&["-O", "--", "-u", "y"]);
        assert_eq!(o.program, Program::Script("-u".into()));
        assert_eq!(o.argv(), ["-u", "y"]);
        assert!(!o.flags.unbuffered);
    }

    #[test]
    fn quicken_options() {
        let o = options(&["--tier=base", "--dis", "--stats=json:/tmp/s.json", "f.py"]);
        assert_eq!((o.tier, o.dis), (Tier::Base, true));
        assert_eq!(o.stats, Some(StatsTarget::Json("/tmp/s.json".into())));
        assert_eq!(options(&["--tier", "base", "--stats", "f.py"]).stats, Some(StatsTarget::Text));
        for bad in [&["--stats=foo", "f.py"][..], &["--stats=json:", "f.py"], &["--tier", "warp"], &["--jit-threshold=0"], &["--jit-threshold=x"]] {
            let err = parse_words(bad).unwrap_err();
            assert!(!err.with_usage, "{bad:?}: {err:?}");
        }
    }

    #[test]
    fn usage_errors_use_cpython_wording() {
        let message = |words: &[&str]| parse_words(words).unwrap_err().message;
        assert_eq!(message(&["-Z"]), "Unknown option: -Z");
        assert_eq!(message(&["-uZ", "f.py"]), "Unknown option: -Z");
        assert_eq!(message(&["--foo"]), "unknown option --foo");
        assert_eq!(message(&["--version=2"]), "unknown option --version=2");
        assert_eq!(message(&["-c"]), "Argument expected for the -c option");
        assert_eq!(message(&["-O", "-m"]), "Argument expected for the -m option");
        assert_eq!(message(&["-X"]), "Argument expected for the -X option");
        assert_eq!(message(&["-X", "int_max_str_digits=5", "-c", "1"]), "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.");
    }

    #[test]
    fn help_and_version() {
        assert!(matches!(parse_words(&["-h", "-Z"]), Ok(Command::Help)));
        assert!(matches!(parse_words(&["-uV", "f.py"]), Ok(Command::Version(1))));
        assert!(matches!(parse_words(&["-VV"]), Ok(Command::Version(2))));
        // Unlike -h, -V only acts after every option has been read.
        assert!(parse_words(&["-V", "-Z"]).is_err());
    }

    #[test]
    fn environment_variables() {
        let env = |name: &str| match name {
            "PYTHONOPTIMIZE" => Some("2".to_owned()),
            "PYTHONINSPECT" | "PYTHONUNBUFFERED" => Some("1".to_owned()),
            "PYTHONWARNINGS" => Some("a,b".to_owned()),
            "LANG" => Some("C.UTF-8".to_owned()),
            _ => None,
        };
        let read = |words: &[&str]| match parse(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>(), &env) {
            Ok(Command::Run(o)) => o.flags,
            other => panic!("{other:?}"),
        };
        let flags = read(&["-Wc", "-c", "pass"]);
        assert_eq!((flags.optimize, flags.inspect, flags.interactive, flags.unbuffered), (2, true, false, true));
        assert_eq!(flags.warnoptions, ["a", "b", "c"]);
        assert!(!flags.utf8_mode);
        for isolating in ["-E", "-I"] {
            let flags = read(&[isolating, "-c", "pass"]);
            assert_eq!((flags.optimize, flags.inspect, flags.unbuffered), (0, false, false));
        }
        // Under the C locale (no LANG at all) CPython 3.11 turns UTF-8 mode on.
        match parse(&["-c".to_owned(), "pass".to_owned()], &|_| None) {
            Ok(Command::Run(o)) => assert!(o.flags.utf8_mode),
            other => panic!("{other:?}"),
        }
    }
}
