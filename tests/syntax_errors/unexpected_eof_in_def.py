def f(a, b,
