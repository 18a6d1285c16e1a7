# SyntaxError attributes for eval()/exec() strings, as CPython 3.11 sets them:
# message, line, 1-based columns and the source line (None for errors its
# compiler raises after parsing).
sources = [
    "x = (1,\ny = 2",
    "if x\n    pass\n",
    "for i in range(3)\n    pass\n",
    "a = [1 2 3]",
    "print 'hi'",
    "x = 'abc",
    "s = '''abc\n\n",
    "x = (1 + 2))",
    "v = (1, 2]",
    "if x = 1:\n    pass\n",
    "1 = x",
    "f() = 3",
    "None = 1",
    "del f()",
    "x = 012",
    "x = 1abc",
    "f(x for x in y, 1)",
    "def f(a=1, b):\n    pass\n",
    "return 1",
    "x = 1\nbreak",
    "nonlocal x",
    "f(a=1, a=2)",
    "x = 1\n    y = 2\n",
    "if True:\n        x = 1\n\ty = 2\n",
    "def f():\n        x = 1\n    return x\n",
    "if x:\nprint(x)\n",
    "try:\n    pass\nx = 1\n",
    "y = 1 if x\n",
    "d = {'a': 1, 'b'}",
    "from os import path,\n",
]
for src in sources:
    try:
        exec(src)
        print("no error:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", repr(e.text))

# eval() strips leading blanks and shows lines without their newline.
for src in ["  (1,", "1 2", "  x y", "\t[1 2]", "a = 1", "  'abc"]:
    try:
        eval(src)
        print("no error:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset, "|", repr(e.text))
