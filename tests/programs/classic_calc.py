# Tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language.
import math


class Token:
    __slots__ = ('kind', 'text', 'pos')

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r}, {self.pos})"

    def __eq__(self, other):
        return (self.kind, self.text) == (other.kind, other.text)


class LexError(Exception):
    pass


class ParseError(Exception):
    def __init__(self, msg, tok):
        super().__init__(f"{msg} at {tok.pos}: {tok.text!r}")
        self.tok = tok


KEYWORDS = {"let", "fn", "if", "then", "else", "while", "do", "end", "print", "return"}
OPS = ["==", "!=", "<=", ">=", "**", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "(", ")", ",", "=", ";", "!"]


def tokenize(src):
    i = 0
    n = len(src)
    toks = []
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c == '#':
            while i < n and src[i] != '\n':
                i += 1
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and src[i + 1].isdigit()):
            j = i
            while j < n and (src[j].isdigit() or src[j] in '._'):
                j += 1
            if j < n and src[j] in 'eE':
                j += 1
                if src[j] in '+-':
                    j += 1
                while j < n and src[j].isdigit():
                    j += 1
            toks.append(Token("num", src[i:j], i))
            i = j
            continue
        if c.isalpha() or c == '_':
            j = i
            while j < n and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            toks.append(Token("kw" if word in KEYWORDS else "name", word, i))
            i = j
            continue
        if c == '"':
            j = src.index('"', i + 1)
            toks.append(Token("str", src[i + 1:j], i))
            i = j + 1
            continue
        for op in OPS:
            if src.startswith(op, i):
                toks.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise LexError(f"unexpected character {c!r} at {i}")
    toks.append(Token("eof", "", n))
    return toks


class Node:
    fields = ()

    def __init__(self, *args):
        for f, a in zip(self.fields, args):
            setattr(self, f, a)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(repr(getattr(self, f)) for f in self.fields))


class Num(Node): fields = ("value",)
class Str(Node): fields = ("value",)
class Var(Node): fields = ("name",)
class BinOp(Node): fields = ("op", "left", "right")
class Unary(Node): fields = ("op", "operand")
class Call(Node): fields = ("func", "args")
class Let(Node): fields = ("name", "expr")
class If(Node): fields = ("cond", "then", "other")
class While(Node): fields = ("cond", "body")
class Print(Node): fields = ("args",)
class FnDef(Node): fields = ("name", "params", "body")
class Return(Node): fields = ("expr",)


PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4,
        "+": 5, "-": 5, "*": 6, "/": 6, "%": 6, "**": 8}
RIGHT = {"**"}


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    @property
    def tok(self):
        return self.toks[self.i]

    def advance(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            raise ParseError(f"expected {text or kind}", t)
        return self.advance()

    def accept(self, kind, text):
        if self.tok.kind == kind and self.tok.text == text:
            return self.advance()
        return None

    def program(self):
        stmts = []
        while self.tok.kind != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self, *enders):
        stmts = []
        while not (self.tok.kind == "kw" and self.tok.text in enders):
            if self.tok.kind == "eof":
                raise ParseError("unterminated block", self.tok)
            stmts.append(self.statement())
        return stmts

    def statement(self):
        t = self.tok
        if t.kind == "kw":
            if t.text == "let":
                self.advance()
                name = self.expect("name").text
                self.expect("op", "=")
                e = self.expr()
                self.accept("op", ";")
                return Let(name, e)
            if t.text == "if":
                self.advance()
                c = self.expr()
                self.expect("kw", "then")
                body = self.block("else", "end")
                other = []
                if self.accept("kw", "else"):
                    other = self.block("end")
                self.expect("kw", "end")
                return If(c, body, other)
            if t.text == "while":
                self.advance()
                c = self.expr()
                self.expect("kw", "do")
                body = self.block("end")
                self.expect("kw", "end")
                return While(c, body)
            if t.text == "print":
                self.advance()
                args = [self.expr()]
                while self.accept("op", ","):
                    args.append(self.expr())
                self.accept("op", ";")
                return Print(args)
            if t.text == "fn":
                self.advance()
                name = self.expect("name").text
                self.expect("op", "(")
                params = []
                if not self.accept("op", ")"):
                    params.append(self.expect("name").text)
                    while self.accept("op", ","):
                        params.append(self.expect("name").text)
                    self.expect("op", ")")
                body = self.block("end")
                self.expect("kw", "end")
                return FnDef(name, params, body)
            if t.text == "return":
                self.advance()
                e = self.expr()
                self.accept("op", ";")
                return Return(e)
        e = self.expr()
        self.accept("op", ";")
        return e

    def expr(self, min_prec=0):
        left = self.unary()
        while True:
            t = self.tok
            if t.kind != "op" or t.text not in PREC:
                break
            p = PREC[t.text]
            if p < min_prec:
                break
            self.advance()
            right = self.expr(p if t.text in RIGHT else p + 1)
            left = BinOp(t.text, left, right)
        return left

    def unary(self):
        if self.tok.kind == "op" and self.tok.text in ("-", "!"):
            op = self.advance().text
            return Unary(op, self.unary())
        return self.postfix()

    def postfix(self):
        e = self.atom()
        while self.accept("op", "("):
            args = []
            if not self.accept("op", ")"):
                args.append(self.expr())
                while self.accept("op", ","):
                    args.append(self.expr())
                self.expect("op", ")")
            e = Call(e, args)
        return e

    def atom(self):
        t = self.advance()
        if t.kind == "num":
            txt = t.text.replace("_", "")
            return Num(float(txt) if any(c in txt for c in ".eE") else int(txt))
        if t.kind == "str":
            return Str(t.text)
        if t.kind == "name":
            return Var(t.text)
        if t.kind == "op" and t.text == "(":
            e = self.expr()
            self.expect("op", ")")
            return e
        raise ParseError("unexpected token", t)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Function:
    def __init__(self, name, params, body, env):
        self.name, self.params, self.body, self.env = name, params, body, env

    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"


class Env(dict):
    def __init__(self, parent=None):
        super().__init__()
        self.parent = parent

    def lookup(self, name):
        e = self
        while e is not None:
            if name in e:
                return e[name]
            e = e.parent
        raise NameError(f"undefined variable {name!r}")


class Interpreter:
    BINOPS = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
        "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
        "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
    }

    def __init__(self):
        self.globals = Env()
        self.globals.update({"sqrt": math.sqrt, "abs": abs, "str": str, "len": len, "floor": math.floor})
        self.output = []
        self.steps = 0

    def run(self, src):
        for stmt in Parser(tokenize(src)).program():
            self.execute(stmt, self.globals)

    def execute(self, node, env):
        self.steps += 1
        method = getattr(self, "exec_" + type(node).__name__, None)
        if method is None:
            return self.eval(node, env)
        return method(node, env)

    def exec_Let(self, node, env):
        env[node.name] = self.eval(node.expr, env)

    def exec_If(self, node, env):
        branch = node.then if self.truthy(self.eval(node.cond, env)) else node.other
        for s in branch:
            self.execute(s, env)

    def exec_While(self, node, env):
        while self.truthy(self.eval(node.cond, env)):
            for s in node.body:
                self.execute(s, env)

    def exec_Print(self, node, env):
        vals = [self.eval(a, env) for a in node.args]
        line = " ".join(self.show(v) for v in vals)
        self.output.append(line)
        print(line)

    def exec_FnDef(self, node, env):
        env[node.name] = Function(node.name, node.params, node.body, env)

    def exec_Return(self, node, env):
        raise ReturnSignal(self.eval(node.expr, env))

    @staticmethod
    def truthy(v):
        return v not in (0, False, None, "")

    @staticmethod
    def show(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return f"{v:.6g}"
        return str(v)

    def eval(self, node, env):
        kind = type(node)
        if kind is Num or kind is Str:
            return node.value
        if kind is Var:
            return env.lookup(node.name)
        if kind is BinOp:
            if node.op == "&&":
                l = self.eval(node.left, env)
                return self.eval(node.right, env) if self.truthy(l) else l
            if node.op == "||":
                l = self.eval(node.left, env)
                return l if self.truthy(l) else self.eval(node.right, env)
            return self.BINOPS[node.op](self.eval(node.left, env), self.eval(node.right, env))
        if kind is Unary:
            v = self.eval(node.operand, env)
            return -v if node.op == "-" else not self.truthy(v)
        if kind is Call:
            f = self.eval(node.func, env)
            args = [self.eval(a, env) for a in node.args]
            if isinstance(f, Function):
                if len(args) != len(f.params):
                    raise TypeError(f"{f.name}() takes {len(f.params)} arguments but {len(args)} were given")
                local = Env(f.env)
                local.update(zip(f.params, args))
                try:
                    for s in f.body:
                        self.execute(s, local)
                except ReturnSignal as r:
                    return r.value
                return None
            return f(*args)
        raise RuntimeError(f"cannot evaluate {node!r}")


PROGRAM = '''
# recursion, loops and closures
fn fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
let i = 0
while i < 15 do print i, fib(i); let i = i + 1 end
fn fact(n) if n <= 1 then return 1 else return n * fact(n - 1) end end
print "fact", fact(25), fact(5) / 7
fn make_adder(k) fn add(x) return x + k end return add end
let add5 = make_adder(5)
print add5(10), make_adder(2.5)(1), make_adder("a")("b")
print 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 7 % 3, -7 % 3, 7 / 2, 1_000_000 * 3
print 1 < 2 && 2 < 3, 1 > 2 || 0, !0, !(1 == 1), sqrt(2), floor(-2.5), abs(-4)
fn collatz(n) let steps = 0 while n != 1 do if n % 2 == 0 then let n = n / 2 else let n = 3 * n + 1 end let steps = steps + 1 end return steps end
print "collatz", collatz(27), collatz(97)
print str(1.5e-7), len("hello"), 1e21, 0.1 + 0.2
'''

if __name__ == "__main__":
    toks = tokenize("let x = 3.5e2 + foo(1, 2) ** -y; # comment\nprint x")
    print(toks[:6])
    print(len(toks), toks[-1])
    tree = Parser(tokenize("1 + 2 * 3 - f(x, 2 ** 3 ** 2) && !y")).expr()
    print(tree)
    it = Interpreter()
    it.run(PROGRAM)
    print("steps:", it.steps, "lines:", len(it.output))
    print(sorted(k for k in it.globals if not callable(it.globals[k]) or isinstance(it.globals[k], Function)))
    for bad in ["let = 3", "print 1 +", "if 1 then print 2", "let x = $", "fn f(a, b) return a end f(1)", "print undefined_var", "print 1 / 0", 'print "a" - 1']:
        try:
            Interpreter().run(bad)
        except (LexError, ParseError) as e:
            print("syntax:", type(e).__name__, e)
        except Exception as e:
            print("runtime:", type(e).__name__, e)
