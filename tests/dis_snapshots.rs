//! Bytecode snapshots: what the compiler emits for small programs, pinned as
//! inline `insta` snapshots of the `--dis` text (code object addresses are
//! replaced by `ADDR`). A compiler change that alters code shows up here.

use quicken::bytecode::dis::disassemble;
use quicken::compiler::{compile, Mode};

fn dis(src: &str) -> String {
    let code = compile(src, "<test>", Mode::Exec).expect("compiles");
    let mut out = String::new();
    disassemble(&code, false, &mut out);
    let mut clean = String::new();
    for line in out.lines() {
        let line = match line.find(" at 0x") {
            Some(i) => {
                let rest = &line[i + 6..];
                let end = rest.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(rest.len());
                format!("{} at ADDR{}", &line[..i], &rest[end..])
            }
            None => line.to_string(),
        };
        clean.push_str(line.trim_end());
        clean.push('\n');
    }
    clean
}

#[test]
fn constant_expressions_are_folded() {
    insta::assert_snapshot!(dis("x = 60 * 60 * 24\ny = 'a' + 'b'\nz = -(2 ** 10)\n"), @r###"
       1           0 LOAD_CONST                 0 (86400)
                   1 STORE_GLOBAL               0 (x)

       2           2 LOAD_CONST                 1 ('ab')
                   3 STORE_GLOBAL               1 (y)

       3           4 LOAD_CONST                 2 (-1024)
                   5 STORE_GLOBAL               2 (z)
                   6 LOAD_CONST                 3 (None)
                   7 RETURN_VALUE
    "###);
}

#[test]
fn loops_use_fast_locals_and_in_place_ops() {
    insta::assert_snapshot!(dis("def g(xs):\n    t = 0\n    for x in xs:\n        if x > 0:\n            t += x\n    return t\n"), @r###"
       1           0 LOAD_CONST                 0 (<code object g at ADDR, file "<test>", line 1>)
                   1 MAKE_FUNCTION              0
                   2 STORE_GLOBAL               0 (g)
                   3 LOAD_CONST                 1 (None)
                   4 RETURN_VALUE

    Disassembly of <code object g at ADDR, file "<test>", line 1>:
       2           0 LOAD_CONST                 0 (0)
                   1 STORE_FAST                 1 (t)

       3           2 LOAD_FAST                  0 (xs)
                   3 GET_ITER
             >>    4 FOR_ITER                  15 (to 15)
                   5 STORE_FAST                 2 (x)

       4           6 LOAD_FAST                  2 (x)
                   7 LOAD_CONST                 0 (0)
                   8 COMPARE_OP                 4 (>)
                   9 POP_JUMP_IF_FALSE         14 (to 14)

       5          10 LOAD_FAST                  1 (t)
                  11 LOAD_FAST                  2 (x)
                  12 BINARY_OP                 16 (+=)
                  13 STORE_FAST                 1 (t)
             >>   14 JUMP_BACKWARD              4 (to 4)

       6     >>   15 LOAD_FAST                  1 (t)
                  16 RETURN_VALUE
    "###);
}

#[test]
fn try_except_builds_an_exception_table() {
    insta::assert_snapshot!(dis("try:\n    y = 1 / 0\nexcept ZeroDivisionError as e:\n    y = 0\n"), @r###"
       2           0 LOAD_CONST                 0 (1)
                   1 LOAD_CONST                 1 (0)
                   2 BINARY_OP                  3 (/)
                   3 STORE_GLOBAL               0 (y)
                   4 JUMP                      19 (to 19)
             >>    5 PUSH_EXC_INFO

       3           6 LOAD_GLOBAL                1 (ZeroDivisionError)
                   7 CHECK_EXC_MATCH
                   8 POP_JUMP_IF_FALSE         17 (to 17)
                   9 STORE_GLOBAL               2 (e)

       4          10 LOAD_CONST                 1 (0)
                  11 STORE_GLOBAL               0 (y)
                  12 POP_EXCEPT
                  13 LOAD_CONST                 2 (None)
                  14 STORE_GLOBAL               2 (e)
                  15 DELETE_GLOBAL              2 (e)
                  16 JUMP                      19 (to 19)
             >>   17 RERAISE                    0
             >>   18 RERAISE                    1
             >>   19 LOAD_CONST                 2 (None)
                  20 RETURN_VALUE
    ExceptionTable:
      0 to 4 -> 5 [0]
      6 to 18 -> 18 [1]
    "###);
}

#[test]
fn comprehensions_are_nested_functions() {
    insta::assert_snapshot!(dis("sq = [i * i for i in range(3)]\n"), @r###"
       1           0 LOAD_CONST                 0 (<code object <listcomp> at ADDR, file "<test>", line 1>)
                   1 MAKE_FUNCTION              0
                   2 LOAD_GLOBAL                0 (range)
                   3 LOAD_CONST                 1 (3)
                   4 CALL                       1
                   5 GET_ITER
                   6 CALL                       1
                   7 STORE_GLOBAL               1 (sq)
                   8 LOAD_CONST                 2 (None)
                   9 RETURN_VALUE

    Disassembly of <code object <listcomp> at ADDR, file "<test>", line 1>:
       1           0 BUILD_LIST                 0
                   1 LOAD_FAST                  0 (.0)
             >>    2 FOR_ITER                   9 (to 9)
                   3 STORE_FAST                 1 (i)
                   4 LOAD_FAST                  1 (i)
                   5 LOAD_FAST                  1 (i)
                   6 BINARY_OP                  2 (*)
                   7 LIST_APPEND                2
                   8 JUMP_BACKWARD              2 (to 2)
             >>    9 RETURN_VALUE
    "###);
}

#[test]
fn value_layout_is_tag_then_payload() {
    use quicken::runtime::value::{Value, TAG_FLOAT, TAG_INT};
    let v = Value::Int(-42);
    let words: [u64; 2] = unsafe { std::mem::transmute_copy(&v) };
    assert_eq!(words, [TAG_INT, (-42i64) as u64]);
    let f = Value::float(1.5);
    let words: [u64; 2] = unsafe { std::mem::transmute_copy(&f) };
    assert_eq!(words, [TAG_FLOAT, 1.5f64.to_bits()]);
    assert_eq!(std::mem::size_of::<Value>(), 16);
}

/// Runs `src` under the adaptive tier, then disassembles function `name` as
/// quickened (`dis.dis(f, adaptive=True)`).
fn quickened(src: &str, name: &str) -> String {
    use quicken::runtime::str::intern;
    use quicken::runtime::value::Value;
    use quicken::vm::{Tier, Vm};
    let mut vm = Vm::new(Tier::Adaptive, vec![]);
    let code = compile(src, "<test>", Mode::Exec).expect("compiles");
    let globals = vm.new_globals("__main__");
    quicken::run::run_code(&mut vm, code, globals.clone()).unwrap_or_else(|_| panic!("runs"));
    let Some(Value::Function(f)) = globals.get_str(&intern(name)) else { panic!("no function {name}") };
    let mut out = String::new();
    quicken::bytecode::dis::disassemble_one(&f.code, true, &mut out);
    let s: String = out.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    if std::env::var("SHOW").is_ok() {
        eprintln!("=====\n{s}=====");
    }
    s
}

#[test]
fn adaptive_tier_specializes_numeric_loop() {
    let src = "def f(a, b, xs):\n    t = 0.0\n    n = 0\n    for x in xs:\n        if x < 50:\n            t += a * x - b\n            n += 1\n    return t, n\n\nfor _ in range(3):\n    f(1.5, 2.0, list(range(100)))\n";
    insta::assert_snapshot!(quickened(src, "f"), @r###"
       2           0 LOAD_CONST                 0 (0.0)
                   1 STORE_FAST                 3 (t)

       3           2 LOAD_CONST                 1 (0)
                   3 STORE_FAST_LOAD_FAST       4 (n)

       4           4 LOAD_FAST                  2 (xs)
                   5 GET_ITER
             >>    6 FOR_ITER_LIST             25 (to 25)
                   7 STORE_FAST_LOAD_FAST       5 (x)

       5           8 LOAD_FAST_LOAD_CONST       5 (x)
                   9 LOAD_CONST                 2 (50)
                  10 COMPARE_OP_INT             0 (<)
                  11 POP_JUMP_IF_FALSE         24 (to 24)

       6          12 LOAD_FAST_LOAD_FAST        3 (t)
                  13 LOAD_FAST_LOAD_FAST        0 (a)
                  14 LOAD_FAST                  5 (x)
                  15 BINARY_OP_FLOAT            2 (*)
                  16 LOAD_FAST                  1 (b)
                  17 BINARY_OP_SUB_FLOAT        1 (-)
                  18 BINARY_OP_ADD_FLOAT       16 (+=)
                  19 STORE_FAST_LOAD_FAST       3 (t)

       7          20 LOAD_FAST_LOAD_CONST       4 (n)
                  21 LOAD_CONST                 3 (1)
                  22 BINARY_OP_ADD_INT         16 (+=)
                  23 STORE_FAST                 4 (n)
             >>   24 JUMP_BACKWARD              6 (to 6)

       8     >>   25 LOAD_FAST_LOAD_FAST        3 (t)
                  26 LOAD_FAST                  4 (n)
                  27 BUILD_TUPLE                2
                  28 RETURN_VALUE
    "###);
}

#[test]
fn adaptive_tier_specializes_attributes_methods_and_globals() {
    let src = "import math\nclass P:\n    def __init__(self, x):\n        self.x = x\n    def norm(self):\n        return math.sqrt(self.x * self.x)\n\ndef g(ps):\n    s = 0.0\n    for p in ps:\n        p.x = p.x + 1.0\n        s += p.norm() + len(ps)\n    return s\n\nps = [P(float(i)) for i in range(10)]\nfor _ in range(3):\n    g(ps)\n";
    insta::assert_snapshot!(quickened(src, "g"), @r###"
       9           0 LOAD_CONST                 0 (0.0)
                   1 STORE_FAST_LOAD_FAST       1 (s)

      10           2 LOAD_FAST                  0 (ps)
                   3 GET_ITER
             >>    4 FOR_ITER_LIST             23 (to 23)
                   5 STORE_FAST_LOAD_FAST       2 (p)

      11           6 LOAD_FAST_LOAD_ATTR        2 (p)
                   7 LOAD_ATTR_INSTANCE         0 (x)
                   8 LOAD_CONST                 1 (1.0)
                   9 BINARY_OP_ADD_FLOAT        0 (+)
                  10 LOAD_FAST_STORE_ATTR       2 (p)
                  11 STORE_ATTR_INSTANCE        0 (x)

      12          12 LOAD_FAST_LOAD_FAST        1 (s)
                  13 LOAD_FAST                  2 (p)
                  14 LOAD_METHOD_INSTANCE       1 (norm)
                  15 CALL_METHOD_PY_EXACT       0
                  16 LOAD_GLOBAL_BUILTIN        2 (len)
                  17 LOAD_FAST                  0 (ps)
                  18 CALL_BUILTIN               1
                  19 BINARY_OP_FLOAT            0 (+)
                  20 BINARY_OP_ADD_FLOAT       16 (+=)
                  21 STORE_FAST                 1 (s)
                  22 JUMP_BACKWARD              4 (to 4)

      13     >>   23 LOAD_FAST_RETURN_VALUE     1 (s)
                  24 RETURN_VALUE
    "###);
}

#[test]
fn adaptive_tier_fuses_subscript_updates_and_unpacking() {
    let src = "def f(v, pairs):\n    for a, b in pairs:\n        v[0] -= a * b\n        if a is not None:\n            v[len(v) - 1] += 1\n    return v\n\nfor _ in range(3):\n    f([0.0, 0], [(1.5, 2.0)] * 10)\n";
    insta::assert_snapshot!(quickened(src, "f"), @r###"
       2           0 LOAD_FAST                  1 (pairs)
                   1 GET_ITER
             >>    2 FOR_ITER_LIST             33 (to 33)
                   3 UNPACK_SEQUENCE_TWO_TUPLE   2
                   4 STORE_FAST_STORE_FAST      2 (a)
                   5 STORE_FAST_LOAD_FAST       3 (b)

       3           6 LOAD_FAST_LOAD_CONST       0 (v)
                   7 LOAD_CONST                 0 (0)
                   8 BINARY_SUBSCR_LIST_INT
                   9 LOAD_FAST_LOAD_FAST        2 (a)
                  10 LOAD_FAST                  3 (b)
                  11 BINARY_OP_MUL_FLOAT        2 (*)
                  12 BINARY_OP_SUB_FLOAT       17 (-=)
                  13 LOAD_FAST_LOAD_CONST       0 (v)
                  14 LOAD_CONST                 0 (0)
                  15 STORE_SUBSCR_LIST_INT

       4          16 LOAD_FAST                  2 (a)
                  17 POP_JUMP_IF_NONE          32 (to 32)

       5          18 LOAD_FAST                  0 (v)
                  19 LOAD_GLOBAL_BUILTIN        0 (len)
                  20 LOAD_FAST                  0 (v)
                  21 CALL_BUILTIN               1
                  22 LOAD_CONST                 1 (1)
                  23 BINARY_OP_SUB_INT          1 (-)
                  24 COPY_COPY                  2
                  25 COPY                       2
                  26 BINARY_SUBSCR_LIST_INT
                  27 LOAD_CONST                 1 (1)
                  28 BINARY_OP_ADD_INT         16 (+=)
                  29 SWAP_SWAP                  3
                  30 SWAP                       2
                  31 STORE_SUBSCR_LIST_INT
             >>   32 JUMP_BACKWARD              2 (to 2)

       6     >>   33 LOAD_FAST_RETURN_VALUE     0 (v)
                  34 RETURN_VALUE
    "###);
}
