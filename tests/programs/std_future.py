"""The __future__ module's records and `from __future__ import annotations`."""
from __future__ import annotations, division, generator_stop
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease())
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(type(__future__.annotations).__name__, division.compiler_flag)


# Under the future import no annotation is evaluated: each is kept as the
# text of its expression, as CPython's unparser writes it.
def f(a: List[ int ], b: 'x' = 3, /, *args: Tuple[int,...], c: Dict[str, "A"] | None, d: Callable[[int, str], a.b.c], **kw: Any) -> lambda x, *y, z=1, **w: x+1:
    return a


print(f.__annotations__)
print(f(1, c=None, d=None))


class C:
    x: ClassVar[int] = 1
    y: (1, 2)
    z: [1, 2.5, -3, 1e100, 1e999, 1j, ..., None, True, b"x\n", u"u"]
    w: {1: 2, **a, 'k': {3, 4}}
    v: a if b else c
    u: not a and b or c and not (d or e)
    t: x[1:2, ::3, :, 1:]
    s: f"{x!r:>{width}} {{lit}} {y=}"
    r: (a + b) * c ** -d ** e // f @ g % h << i >> j & k ^ l | m
    q: [i for i in range(3) if i for j in k] + {k: v for k, v in d} + (g for g in h)
    p: a < b <= c != d is not e in f not in g
    n: lambda: 0
    m: f(x for x in y)
    l: f(1, *a, k=2, **kw)
    k: 1 .real + 1.5.real
    i: x[()]
    h: x[a,]
    g: ~+-x
    e: await_ if a else (lambda q: q)
    __private: int


print(C.x)
for k, v in C.__annotations__.items():
    print(k, repr(v))
print(__annotations__)
counter: int = 0
undefined_name: DoesNotExist
print(__annotations__, counter)
print('undefined_name' in globals())
