# compile(source, filename, mode, ...) for exec/eval/single, the code
# object it returns run by exec()/eval(), and the SyntaxError it raises.
c = compile("x = 1\ny = x + 1\nprint('in exec', x, y)", "myfile.py", "exec")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno)
g = {}
exec(c, g)
print(g["y"])
exec(c)
print(y)
e = compile("a * 2", "<expr>", "eval")
print(eval(e, {"a": 21}), eval(e, {"a": "ab"}))
a = 5
print(eval(e))
print(eval(c, {}))
s = compile("1 + 2", "<single>", "single")
exec(s)
exec(compile("None", "<s>", "single"))
ns = {}
exec(compile("def f(n):\n    return n * 3\n", "<defs>", "exec"), ns)
print(ns["f"](4), ns["f"].__code__.co_filename)
for src, mode in [("x = = 1", "exec"), ("1 + * 2", "eval"), ("if True:\nprint(1)", "exec"), ("def f(:\n  pass", "exec")]:
    try:
        compile(src, "bad.py", mode)
    except SyntaxError as err:
        print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset)
        print(str(err))
for bad in [lambda: compile("1", "f", "nope"), lambda: compile("1", "f", 5), lambda: compile(5, "f", "exec"),
            lambda: compile("1", 5, "exec"), lambda: compile("1", "f", "exec", 0x8000000), lambda: compile("1"),
            lambda: exec(5), lambda: eval(5)]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
c = compile(b"print('from bytes')", b"bytes.py", "exec", 0, True, -1)
exec(c)
print(c.co_filename)
c = compile("z = 1", "f", "exec", dont_inherit=True, flags=0, optimize=2)
exec(c); print(z)
try:
    exec(compile("def g():\n    raise ValueError('deep')\ng()\n", "tb.py", "exec"), {})
except ValueError as err:
    print("caught", err)
try:
    eval("2 * * 3")
except SyntaxError as err:
    print(err.filename, err.lineno, err.offset, repr(err.text), str(err))

# 'single' mode takes one statement line.
for src in ['x=1\ny=2', 'x=1; y=2', 'if 1:\n  pass\nz=2\n', 'x=1;\ny=2', 'print(5)\n', 'for i in range(2):\n    print(i)\n\n']:
    try:
        c = compile(src, 'f', 'single')
        print('ok', repr(src))
        exec(c)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
