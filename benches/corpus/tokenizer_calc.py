"""A calculator: a hand-written tokenizer dispatching on one-character strings
(`if c == '+'` ...), a recursive-descent parser with precedence and unary minus, and an
evaluator over variables, run on generated formula sheets."""
import sys


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c == "+" or c == "-" or c == "*" or c == "/" or c == "%" or c == "^":
            tokens.append(Token("op", c))
            i += 1
        elif c == "(":
            tokens.append(Token("lparen", c))
            i += 1
        elif c == ")":
            tokens.append(Token("rparen", c))
            i += 1
        elif c == "=":
            tokens.append(Token("assign", c))
            i += 1
        elif "0" <= c <= "9" or c == ".":
            j = i
            while j < n and ("0" <= src[j] <= "9" or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    tokens.append(Token("end", ""))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def statement(self):
        if self.tokens[1].kind == "assign":
            name = self.take().text
            self.take()
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            if self.take().text == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            return self.env[tok.text]
        if tok.kind == "lparen":
            value = self.expr()
            if self.take().kind != "rparen":
                raise SyntaxError("expected )")
            return value
        raise SyntaxError(f"unexpected {tok.kind}")


def sheet(k):
    a = k % 17 + 1
    b = k % 5 + 2
    return [
        f"rate = {a}.5 / {b}",
        f"base = ({a} + {b}) * 3 - -{b} % 4",
        "total = base * rate + 2 ^ 3 ^ 1 - (base - 1) / 4",
        f"scaled_value = total * {k % 9 + 1} + rate * (base + {a}) * 0.125",
        "scaled_value - total / (rate + 1)",
    ]


def main(count):
    grand = 0.0
    token_count = 0
    for k in range(count):
        env = {}
        result = None
        for line in sheet(k):
            tokens = tokenize(line)
            token_count += len(tokens)
            result = Parser(tokens, env).statement()
        grand += result
        if k < 3:
            print(f"sheet {k}: {result:.6f} vars {sorted(env)}")
    print(f"sheets {count} tokens {token_count} grand total {grand:.6f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11000)
