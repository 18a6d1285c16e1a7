# Code objects: function.__code__ and a frame's f_code, their co_* attributes
# and CPython's co_flags bits.
import sys


def plain(a, b, c=3):
    total = a + b + c
    return total


def special(x, /, y, *args, z, w=1, **kw):
    local = 1
    return local


def outer(p):
    q = 2

    def inner(r):
        return p + q + r

    return inner


def gen(n):
    for i in range(n):
        yield i


class Holder:
    def method(self):
        return sys._getframe().f_code

    @staticmethod
    def helper():
        return 1


def show(code):
    print(code.co_name, code.co_qualname, code.co_firstlineno)
    print("  file:", code.co_filename.endswith("introspect_code.py"))
    print("  varnames:", code.co_varnames, "nlocals:", code.co_nlocals)
    print("  args:", code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
    print("  cells:", code.co_cellvars, "free:", code.co_freevars)
    print("  flags:", code.co_flags)


show(plain.__code__)
show(special.__code__)
show(outer.__code__)
show(outer(1).__code__)
show(gen.__code__)
show(Holder.method.__code__)
show(Holder.helper.__code__)
show((lambda v: v * 2).__code__)
print("method f_code is __code__:", Holder().method() is Holder.method.__code__)
print("names:", plain.__code__.co_names, gen.__code__.co_names)


def uses_globals():
    return len(sys.argv) + abs(-1)


print("global names:", uses_globals.__code__.co_names)


def literals():
    word = "quicken"
    number = 12345
    ratio = 2.5
    return word, number, ratio


consts = literals.__code__.co_consts
print("consts:", "quicken" in consts, 12345 in consts, 2.5 in consts, 99 in consts, type(consts).__name__)
print("stacksize positive:", plain.__code__.co_stacksize > 0)
print("generator flag:", bool(gen.__code__.co_flags & 0x20), bool(plain.__code__.co_flags & 0x20))
print("varargs flags:", bool(special.__code__.co_flags & 4), bool(special.__code__.co_flags & 8))
print("nested flag:", bool(outer(1).__code__.co_flags & 16), bool(outer.__code__.co_flags & 16))
print("module code:", sys._getframe().f_code.co_name, sys._getframe().f_code.co_flags)
code = compile("x = 1\ny = x + 1\n", "<made>", "exec")
print("compiled:", code.co_name, code.co_filename, code.co_firstlineno, code.co_flags, sorted(code.co_names))
print("code repr:", repr(plain.__code__).startswith("<code object plain at "))
print("type:", type(plain.__code__).__name__)
