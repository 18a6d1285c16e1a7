"""A 2-D scene of shapes: a class hierarchy with polymorphic area/perimeter/bounds,
`super()` constructors, scaling with keyword arguments, and a layout pass that packs the
shapes into rows and reports coverage by shape kind."""
import math
import sys


class Shape:
    kind = "shape"

    def __init__(self, x, y, *, color="black"):
        self.x = x
        self.y = y
        self.color = color

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def bounds(self):
        raise NotImplementedError

    def scaled(self, factor):
        raise NotImplementedError

    def describe(self):
        return f"{self.kind}@({self.x:.1f},{self.y:.1f})"


class Circle(Shape):
    kind = "circle"

    def __init__(self, x, y, r, **style):
        super().__init__(x, y, **style)
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2.0 * math.pi * self.r

    def bounds(self):
        return (self.x - self.r, self.y - self.r, self.x + self.r, self.y + self.r)

    def scaled(self, factor):
        return Circle(self.x, self.y, self.r * factor, color=self.color)


class Rect(Shape):
    kind = "rect"

    def __init__(self, x, y, w, h, **style):
        super().__init__(x, y, **style)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2.0 * (self.w + self.h)

    def bounds(self):
        return (self.x, self.y, self.x + self.w, self.y + self.h)

    def scaled(self, factor):
        return Rect(self.x, self.y, self.w * factor, self.h * factor, color=self.color)


class Square(Rect):
    kind = "square"

    def __init__(self, x, y, side, **style):
        super().__init__(x, y, side, side, **style)

    def scaled(self, factor):
        return Square(self.x, self.y, self.w * factor, color=self.color)


class Triangle(Shape):
    kind = "triangle"

    def __init__(self, x, y, base, height, **style):
        super().__init__(x, y, **style)
        self.base = base
        self.height = height

    def area(self):
        return 0.5 * self.base * self.height

    def perimeter(self):
        side = math.hypot(self.base / 2.0, self.height)
        return self.base + 2.0 * side

    def bounds(self):
        return (self.x, self.y, self.x + self.base, self.y + self.height)

    def scaled(self, factor):
        return Triangle(self.x, self.y, self.base * factor, self.height * factor, color=self.color)


class RegularPolygon(Circle):
    kind = "polygon"

    def __init__(self, x, y, r, sides, **style):
        super().__init__(x, y, r, **style)
        self.sides = sides

    def area(self):
        return 0.5 * self.sides * self.r * self.r * math.sin(2.0 * math.pi / self.sides)

    def perimeter(self):
        return 2.0 * self.sides * self.r * math.sin(math.pi / self.sides)

    def scaled(self, factor):
        return RegularPolygon(self.x, self.y, self.r * factor, self.sides, color=self.color)


def make_scene(count):
    colors = ["red", "green", "blue", "black"]
    shapes = []
    for i in range(count):
        x = (i * 37) % 500 / 3.0
        y = (i * 53) % 700 / 7.0
        c = colors[i % 4]
        k = i % 5
        if k == 0:
            shapes.append(Circle(x, y, 1.0 + i % 7, color=c))
        elif k == 1:
            shapes.append(Rect(x, y, 2.0 + i % 5, 1.0 + i % 3, color=c))
        elif k == 2:
            shapes.append(Square(x, y, 1.5 + i % 4, color=c))
        elif k == 3:
            shapes.append(Triangle(x, y, 3.0 + i % 6, 2.0 + i % 4, color=c))
        else:
            shapes.append(RegularPolygon(x, y, 2.0 + i % 3, 5 + i % 4, color=c))
    return shapes


def layout(shapes, width):
    """Pack bounding boxes into rows of the given width; returns the height used."""
    x = y = row_h = 0.0
    for s in shapes:
        x0, y0, x1, y1 = s.bounds()
        w, h = x1 - x0, y1 - y0
        if x + w > width:
            x = 0.0
            y += row_h
            row_h = 0.0
        x += w
        if h > row_h:
            row_h = h
    return y + row_h


def main(count):
    shapes = make_scene(count)
    for rnd in range(3):
        by_kind = {}
        for s in shapes:
            a, p = by_kind.get(s.kind, (0.0, 0.0))
            by_kind[s.kind] = (a + s.area(), p + s.perimeter())
        height = layout(shapes, 400.0)
        print(f"round {rnd}: layout height {height:.3f}")
        for kind in sorted(by_kind):
            a, p = by_kind[kind]
            print(f"  {kind:<9} area {a:14.3f} perimeter {p:12.3f}")
        shapes = [s.scaled(1.1 if i % 2 else 0.95) for i, s in enumerate(shapes)]
    print(shapes[7].describe(), shapes[7].color)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 64000)
