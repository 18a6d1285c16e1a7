"""dataclasses: tracebacks through generated methods name CPython's <string> lines
(__init__ calling __post_init__, frozen __setattr__)."""
from dataclasses import dataclass, field


@dataclass
class Checked:
    x: int
    y: list = field(default_factory=list)

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("negative")


@dataclass(frozen=True)
class Frozen:
    a: int


try:
    Checked(-1)
except ValueError as e:
    print("ValueError:", e)
f = Frozen(1)
print(f)
f.a = 2
