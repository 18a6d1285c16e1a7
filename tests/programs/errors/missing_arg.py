class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scaled(self, fx, fy):
        return Rect(self.w * fx, self.h * fy)


r = Rect(2, 3)
print(r.scaled(2, 2).w)
print(r.scaled(2).h)
