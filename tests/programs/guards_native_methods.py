# LOAD_METHOD_INSTANCE_BUILTIN: methods of native classes (deque) and builtin
# methods inherited by subclasses of builtin types, at warm sites whose
# receiver later changes class, gets a shadowing attribute, or whose class
# gets a Python method of the same name.
from collections import deque


class Stack(list):
    pass


class Other(list):
    def pop(self, *args):
        return -1000


def run():
    q = deque()
    s = Stack()
    total = 0
    for i in range(200):
        q.append(i)
        s.append(i * 2)
        if len(q) > 5:
            total += q.popleft()
        if len(s) > 3:
            total += s.pop()
        if i == 150:
            s = Other(s)
        elif i == 155:
            s = Stack(s)
        elif i == 160:
            Stack.pop = lambda self: 7
        elif i == 170:
            s.append = lambda v: None
        elif i == 180:
            del Stack.pop
            del s.append
        elif i == 190:
            q = deque(q, maxlen=3)
        if i % 10 == 0:
            print(i, total, len(q), len(s))
    print(total, list(q), s)


def mixed_receivers():
    out = []
    items = [deque([1, 2]), Stack([3, 4]), [5, 6], Other([7, 8])]
    for i in range(120):
        r = items[i % 4]
        r.append(i)
        out.append(r.pop())
        try:
            r.missing_method()
        except AttributeError as e:
            if 0 < i < 4:  # (quicken names deque without its module here)
                out.append(str(e))
    print(out[:8], sum(x for x in out if isinstance(x, int)))


run()
mixed_receivers()
