# `from __future__ import ...` lines import the real __future__ module: its feature
# records and their release tuples.
from __future__ import annotations, division
import __future__


def scale(x: Vector, k: Factor) -> Vector:  # annotations are never evaluated
    return [v * k for v in x]


print(scale([1, 2], 3))
print(__future__.annotations)
print(__future__.all_feature_names)
print(division.getOptionalRelease(), division.getMandatoryRelease())
print(annotations.compiler_flag == __future__.annotations.compiler_flag)
print(sorted(n for n in dir(__future__) if not n.startswith("_"))[:4])
