# richards/deltablue-style: a task scheduler with packets and an
# incremental constraint solver, heavy on attribute access and dispatch.
class Packet:
    __slots__ = ('link', 'ident', 'kind', 'datum', 'data')
    def __init__(self, link, ident, kind):
        self.link = link; self.ident = ident; self.kind = kind; self.datum = 0; self.data = [0] * 4
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    count = 0
    def __init__(self, name, priority):
        self.name = name; self.priority = priority; self.queue = None; self.done = 0
        Task.count += 1
    def run(self, packet):
        raise NotImplementedError
    def __repr__(self):
        return '%s(%r, p=%d)' % (type(self).__name__, self.name, self.priority)

class Worker(Task):
    def run(self, packet):
        packet.datum = (packet.datum + self.priority) % 26
        packet.data = [(d + packet.datum) % 26 for d in packet.data]
        self.done += 1
        return packet

class Handler(Task):
    def run(self, packet):
        self.queue = packet.append_to(self.queue)
        self.done += 1
        if self.done % 3 == 0 and self.queue is not None:
            p = self.queue; self.queue = p.link
            return p
        return None

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.log = []
    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
    def schedule(self, packets, rounds):
        for r in range(rounds):
            for t in self.tasks:
                if not packets:
                    break
                p = packets.pop(0)
                out = t.run(p)
                if out is not None:
                    packets.append(out)
        return [t.done for t in self.tasks]

s = Scheduler()
for i in range(3):
    s.add(Worker('w%d' % i, i + 1))
    s.add(Handler('h%d' % i, i * 2))
packets = [Packet(None, i, i % 3) for i in range(40)]
print(s.schedule(packets, 200), len(packets), Task.count)
print(s.tasks[:3])
print(sorted(p.datum for p in packets)[:10])

# deltablue-ish: equality/scale constraints propagated through variables
class Variable:
    def __init__(self, name, value):
        self.name, self.value, self.constraints = name, value, []
class Constraint:
    strength = 1
    def __init__(self, *vars):
        self.vars = vars
        for v in vars:
            v.constraints.append(self)
    def satisfy(self):
        raise NotImplementedError
class Equal(Constraint):
    def satisfy(self):
        a, b = self.vars
        if b.value != a.value:
            b.value = a.value
            return [b]
        return []
class Scale(Constraint):
    strength = 2
    def __init__(self, src, dst, factor, offset):
        super().__init__(src, dst)
        self.factor, self.offset = factor, offset
    def satisfy(self):
        src, dst = self.vars
        v = src.value * self.factor + self.offset
        if dst.value != v:
            dst.value = v
            return [dst]
        return []
def propagate(start):
    todo = [start]; changed = 0
    while todo:
        v = todo.pop()
        for c in sorted(v.constraints, key=lambda c: -c.strength):
            if c.vars[0] is v:
                out = c.satisfy()
                changed += len(out)
                todo.extend(out)
    return changed
chain = [Variable('v%d' % i, 0) for i in range(100)]
for a, b in zip(chain, chain[1:]):
    Equal(a, b)
scaled = Variable('scaled', 0)
Scale(chain[-1], scaled, 3, 7)
total = 0
for i in range(1, 30):
    chain[0].value = i
    total += propagate(chain[0])
print(total, chain[-1].value, scaled.value)
try:
    Task('t', 1).run(None)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
