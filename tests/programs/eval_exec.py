x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
exec("y = x + 5")
print(y)
g = {"a": 3}
print(eval("a * 2", g))
exec("b = a + 1\ndef f(n):\n    return n + b\nprint(f(1))", g)
print(sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g)
l = {}
exec("c = a + 100", g, l)
print(l, "c" in g)
l2 = {"q": 1}
exec("r = (globals(), locals())\nprint(q, sorted(locals()))", g, l2)
print(l2["r"][0] is g, l2["r"][1] is l2)
print(eval("q", g, {"q": 7}))
def fn(p):
    z = 4
    r = eval("x + 1")
    exec("w = 5")
    return r, "w" in globals()
print(fn(1))
def fn2():
    k = 3
    return eval("k + x", globals(), {"k": k})
print(fn2())
print(eval("[i * 2 for i in range(3)]"))
print(eval("(lambda t: t + x)(1)"))
exec("import math\nprint(math.sqrt(16))")
print(math.pi > 3)
for bad in ["1 +", "a b", "x = 1"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.filename, str(e))
try:
    exec("x = 1\nif x y:\n    pass\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, repr(e.text))
for stmt in ['eval("1", globals={})', 'exec("1", globals={})', 'eval(1)', 'exec(1)', 'eval("1", 1)', 'exec("1", 1)', 'eval("1", {}, 1)', 'exec("1", {}, 1)', 'eval()', 'exec()', 'eval("1",{},{},{})']:
    try:
        print(stmt, '->', repr(eval(stmt)))
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("zde", e)
print(exec("1"))
print(eval("__name__"), eval("__name__", {}))
class C:
    v = 1
    def m(self):
        return eval("self")  if False else eval("x")
print(C().m())
exec("def h():\n    return 42")
print(h())
print(eval("1 if x > 5 else 2"))

# nested eval/exec inside exec'd code see that code's namespaces
g2 = {"v": 2}
exec("w = eval('v * 10')\nexec('u = w + 1')", g2)
print(g2["w"], g2["u"])
l3 = {}
exec("p = 5\nq = eval('p + 1')", {}, l3)
print(sorted(l3.items()))
# functions defined by exec see the exec globals, not its locals
g4 = {}
l4 = {}
exec("t = 1\ndef h():\n    try:\n        return t\n    except NameError as e:\n        return str(e)\nres = h()", g4, l4)
print(l4["res"])
# eval in a function that only uses globals works
def uses_globals_only():
    local_thing = 1
    return eval("x * 3"), eval("len('abc')")
print(uses_globals_only())
print(eval("x", {"x": "given"}), eval("x", {}, {"x": "loc"}))
