"""A 2-D physics step with a small vector class: `__slots__`, operator dunders
(`__add__`, `__sub__`, `__mul__`, `__rmul__`, `__neg__`, `__abs__`), `@property`
getters and setters with validation, `@classmethod` constructors, `@staticmethod`
helpers, and a body hierarchy (circles and boxes) with overridden properties,
broad-phase collision by grid cells, and elastic responses."""
import sys
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    @classmethod
    def polar(cls, r, angle):
        return cls(r * math.cos(angle), r * math.sin(angle))

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def normalized(self):
        length = abs(self)
        return Vec(self.x / length, self.y / length) if length else Vec()

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f})"


class Body:
    __slots__ = ("pos", "vel", "_mass", "name")
    count = 0

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        Body.count += 1
        self.name = f"{type(self).__name__.lower()}{Body.count}"

    @property
    def mass(self):
        return self._mass

    @mass.setter
    def mass(self, value):
        if value <= 0:
            raise ValueError("mass must be positive")
        self._mass = value

    @property
    def momentum(self):
        return self.vel * self._mass

    @property
    def kinetic(self):
        return 0.5 * self._mass * self.vel.dot(self.vel)

    @property
    def radius(self):
        raise NotImplementedError

    def step(self, dt, gravity):
        self.vel = self.vel + gravity * dt
        self.pos = self.pos + self.vel * dt

    @staticmethod
    def bounce(value, low, high, velocity):
        if value < low:
            return low + (low - value), abs(velocity)
        if value > high:
            return high - (value - high), -abs(velocity)
        return value, velocity


class Circle(Body):
    __slots__ = ("r",)

    def __init__(self, pos, vel, r, density=1.0):
        self.r = r
        super().__init__(pos, vel, density * math.pi * r * r)

    @property
    def radius(self):
        return self.r


class Box(Body):
    __slots__ = ("w", "h")

    def __init__(self, pos, vel, w, h, density=1.0):
        self.w = w
        self.h = h
        super().__init__(pos, vel, density * w * h)

    @property
    def radius(self):
        return 0.5 * math.hypot(self.w, self.h)


class World:
    def __init__(self, width, height, cell):
        self.width = width
        self.height = height
        self.cell = cell
        self.bodies = []
        self.gravity = Vec(0.0, -9.81)
        self.collisions = 0

    def add(self, body):
        self.bodies.append(body)

    def walls(self, body):
        r = body.radius
        x, vx = Body.bounce(body.pos.x, r, self.width - r, body.vel.x)
        y, vy = Body.bounce(body.pos.y, r, self.height - r, body.vel.y)
        body.pos = Vec(x, y)
        body.vel = Vec(vx * 0.99, vy * 0.99)

    def pairs(self):
        grid = {}
        for body in self.bodies:
            key = (int(body.pos.x // self.cell), int(body.pos.y // self.cell))
            grid.setdefault(key, []).append(body)
        for (cx, cy), members in grid.items():
            for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1), (1, -1)):
                others = grid.get((cx + dx, cy + dy))
                if not others:
                    continue
                for i, a in enumerate(members):
                    for b in (members[i + 1:] if (dx, dy) == (0, 0) else others):
                        yield a, b

    def resolve(self, a, b):
        delta = b.pos - a.pos
        dist = abs(delta)
        overlap = a.radius + b.radius - dist
        if overlap <= 0 or dist == 0:
            return
        normal = delta.normalized()
        relative = (b.vel - a.vel).dot(normal)
        if relative > 0:
            return
        self.collisions += 1
        impulse = -2 * relative / (1 / a.mass + 1 / b.mass)
        a.vel = a.vel - normal * (impulse / a.mass)
        b.vel = b.vel + normal * (impulse / b.mass)
        correction = 0.5 * overlap * normal
        a.pos = a.pos - correction
        b.pos = b.pos + correction

    def step(self, dt):
        for body in self.bodies:
            body.step(dt, self.gravity)
            self.walls(body)
        for a, b in self.pairs():
            self.resolve(a, b)

    def energy(self):
        return sum(b.kinetic + b.mass * 9.81 * b.pos.y for b in self.bodies)


def main(n):
    world = World(100.0, 60.0, 4.0)
    state = 3
    for i in range(120):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        pos = Vec(5 + (state >> 8) % 90, 5 + (state >> 16) % 50)
        vel = Vec.polar(((state >> 4) % 20) / 2.0, (state % 628) / 100.0)
        if i % 3:
            world.add(Circle(pos, vel, 0.5 + (state >> 20) % 3 * 0.5))
        else:
            world.add(Box(pos, vel, 1.0 + (state >> 21) % 2, 1.0 + (state >> 22) % 3 * 0.5, density=0.8))
    start = world.energy()
    for _ in range(n):
        world.step(0.01)
    end = world.energy()
    total = Vec()
    for body in world.bodies:
        total = total + body.momentum
    print(f"{len(world.bodies)} bodies, {n} steps, {world.collisions} collisions")
    print(f"energy {start:.3f} -> {end:.3f}")
    print("momentum", total)
    heaviest = max(world.bodies, key=lambda b: (b.mass, b.name))
    print("heaviest", heaviest.name, round(heaviest.mass, 3), heaviest.pos)
    fastest = max(world.bodies, key=lambda b: abs(b.vel))
    print("fastest", fastest.name, f"{abs(fastest.vel):.4f}")
    try:
        fastest.mass = -1
    except ValueError as exc:
        print("rejected:", exc)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1600)
