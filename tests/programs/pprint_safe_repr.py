# PrettyPrinter._safe_repr(object, context, maxlevels, level): the one-line
# (repr, readable, recursive) triple that pprint benchmarks and subclasses call,
# and a subclass overriding it changes what format() and pformat() produce.
from pprint import PrettyPrinter

printer = PrettyPrinter()
rows = [("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 3
text, readable, recursive = printer._safe_repr(rows, {}, None, 0)
print(text)
print(readable, recursive)
loop = [1]
loop.append(loop)
print(printer._safe_repr(loop, {}, None, 0)[1:])
print(printer._safe_repr(object, {}, None, 0)[1:])
print(printer._safe_repr({"b": 1, "a": [1, 2]}, {}, 1, 0))


class Hex(PrettyPrinter):
    def _safe_repr(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        return super()._safe_repr(object, context, maxlevels, level)


print(Hex().pformat([255, 16, True]))
print(Hex().format(4096, {}, 0, 0))
