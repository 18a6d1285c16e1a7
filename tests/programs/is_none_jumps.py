def f(node, x):
    n = 0
    while node is not None:
        n += 1
        node = node[1]
    if x is None or not (x is not None):
        return -n
    return n if x is not None else 0
print(f((1, (2, (3, None))), 5), f(None, None), f((1, None), 0))
print([v is None for v in (None, 0, False, [])], [v is not None for v in (None, 0)])


class Eq:
    def __eq__(self, other):
        return True


print([x is None for x in (Eq(), None)], [1 for x in (Eq(), None, 0) if x is not None])
