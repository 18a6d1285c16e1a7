"""A tree-walking interpreter for a tiny language whose programs are nested tuples
(`("while", cond, body)`, `("set", name, expr)` ...): the evaluator dispatches on the
node's tag string with an if/elif chain, keeps variables in a dict, and runs a few programs
(sums of divisors, a bubble sort on a list value, gcd tables)."""
import sys


def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        return env[node[1]]
    if tag == "add":
        return evaluate(node[1], env) + evaluate(node[2], env)
    if tag == "sub":
        return evaluate(node[1], env) - evaluate(node[2], env)
    if tag == "mul":
        return evaluate(node[1], env) * evaluate(node[2], env)
    if tag == "mod":
        return evaluate(node[1], env) % evaluate(node[2], env)
    if tag == "lt":
        return evaluate(node[1], env) < evaluate(node[2], env)
    if tag == "eq":
        return evaluate(node[1], env) == evaluate(node[2], env)
    if tag == "index":
        return evaluate(node[1], env)[evaluate(node[2], env)]
    if tag == "len":
        return len(evaluate(node[1], env))
    raise ValueError("unknown expression " + tag)


def execute(stmt, env):
    tag = stmt[0]
    if tag == "set":
        env[stmt[1]] = evaluate(stmt[2], env)
    elif tag == "seq":
        for s in stmt[1:]:
            execute(s, env)
    elif tag == "while":
        while evaluate(stmt[1], env):
            execute(stmt[2], env)
    elif tag == "if":
        if evaluate(stmt[1], env):
            execute(stmt[2], env)
        elif len(stmt) > 3:
            execute(stmt[3], env)
    elif tag == "store":
        env[stmt[1]][evaluate(stmt[2], env)] = evaluate(stmt[3], env)
    elif tag == "swap":
        lst = env[stmt[1]]
        i = evaluate(stmt[2], env)
        lst[i], lst[i + 1] = lst[i + 1], lst[i]
    else:
        raise ValueError("unknown statement " + tag)


def num(v):
    return ("num", v)


def var(name):
    return ("var", name)


# total = sum over n < limit of the sum of proper divisors of n
DIVISORS = ("seq",
            ("set", "n", num(1)), ("set", "total", num(0)),
            ("while", ("lt", var("n"), var("limit")),
             ("seq",
              ("set", "d", num(1)),
              ("while", ("lt", ("mul", var("d"), num(2)), ("add", var("n"), num(1))),
               ("seq",
                ("if", ("eq", ("mod", var("n"), var("d")), num(0)),
                 ("set", "total", ("add", var("total"), var("d")))),
                ("set", "d", ("add", var("d"), num(1))))),
              ("set", "n", ("add", var("n"), num(1))))))

BUBBLE = ("seq",
          ("set", "i", num(0)),
          ("while", ("lt", var("i"), ("len", var("xs"))),
           ("seq",
            ("set", "j", num(0)),
            ("while", ("lt", ("add", var("j"), num(1)), ("sub", ("len", var("xs")), var("i"))),
             ("seq",
              ("if", ("lt", ("index", var("xs"), ("add", var("j"), num(1))), ("index", var("xs"), var("j"))),
               ("swap", "xs", var("j"))),
              ("set", "j", ("add", var("j"), num(1))))),
            ("set", "i", ("add", var("i"), num(1))))))

GCD = ("seq",
       ("while", ("lt", num(0), var("b")),
        ("seq", ("set", "t", ("mod", var("a"), var("b"))), ("set", "a", var("b")), ("set", "b", var("t")))))


def main(limit):
    env = {"limit": limit}
    execute(DIVISORS, env)
    print("divisor total below", limit, "=", env["total"])
    xs = [(i * 7919) % 1009 for i in range(limit // 12)]
    env = {"xs": xs}
    execute(BUBBLE, env)
    print("sorted", xs == sorted(xs), "head", xs[:5], "tail", xs[-3:])
    coprime = 0
    for a in range(1, limit // 40):
        for b in range(1, 40):
            env = {"a": a, "b": b}
            execute(GCD, env)
            if env["a"] == 1:
                coprime += 1
    print("coprime pairs", coprime)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1300)
