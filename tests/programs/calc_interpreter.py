# A tokenizer, recursive-descent parser and tree-walking evaluator for a tiny expression language.


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.value!r}"


class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(Token("num", float(text) if "." in text else int(text), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", None, len(src)))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok.value != value:
            raise CalcError(f"expected {value!r} but found {tok.value!r}", tok.pos)
        return tok

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].value == "=":
            name = self.advance().value
            self.advance()
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            op = self.advance().value
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.advance().value
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek().value == "-":
            self.advance()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.advance()
            return ("**", base, self.unary())
        return base

    def atom(self):
        tok = self.advance()
        if tok.kind == "num":
            return ("num", tok.value)
        if tok.kind == "name":
            if self.peek().value == "(":
                self.advance()
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.advance()
                        args.append(self.expr())
                self.expect(")")
                return ("call", tok.value, args)
            return ("var", tok.value)
        if tok.value == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise CalcError(f"unexpected token {tok.value!r}", tok.pos)


FUNCS = {
    "max": max,
    "min": min,
    "abs": abs,
    "sqrt": lambda x: x ** 0.5,
    "fact": lambda n: 1 if n <= 1 else n * FUNCS["fact"](n - 1),
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]}") from None
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    left = evaluate(node[1], env)
    right = evaluate(node[2], env)
    if kind == "+":
        return left + right
    if kind == "-":
        return left - right
    if kind == "*":
        return left * right
    if kind == "/":
        return left / right
    if kind == "%":
        return left % right
    if kind == "**":
        return left ** right
    raise ValueError(kind)


def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    if node[0] == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    if node[0] == "assign":
        return f"{node[1]} := {show(node[2])}"
    return f"({show(node[1])} {node[0]} {show(node[2])})"


env = {"pi": 3.141592653589793}
program = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 10",
    "y = x * 2 + 1",
    "y % 7 - x / 4",
    "max(x, y, 3) + min(4, 2)",
    "fact(20)",
    "fact(25) / fact(23)",
    "r = 2.5",
    "pi * r ** 2",
    "sqrt(2) * sqrt(2)",
    "abs(-7) + -(-3)",
    "2 ** 100 + 1",
    "7 / 0",
    "1 + * 2",
    "q + 1",
    "3 $ 4",
    "(1 + 2",
]
for line in program:
    try:
        tokens = tokenize(line)
        tree = Parser(tokens).statement()
        value = evaluate(tree, env)
        print(f"{line:<28} => {show(tree):<40} = {value!r}")
    except CalcError as e:
        print(f"{line:<28} !! syntax: {e} (pos {e.pos})")
    except (ZeroDivisionError, NameError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(tokenize("a1 = (b_2 + 3.5) ** 2"))
print(sorted(env.items()))
