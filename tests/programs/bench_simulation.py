# A small class-based discrete-event simulation: a bank with tellers and a deterministic
# pseudo-random customer stream (linear congruential generator).


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2 ** 31)

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


class Customer:
    __slots__ = ("ident", "arrival", "service", "start", "finish")

    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.start = None
        self.finish = None

    @property
    def wait(self):
        return self.start - self.arrival

    def __repr__(self):
        return f"Customer({self.ident}, arr={self.arrival:.2f}, svc={self.service:.2f})"


class Teller:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.busy_until = 0.0
        self.served = []

    def serve(self, customer, now):
        customer.start = max(now, self.busy_until)
        customer.finish = customer.start + customer.service / self.speed
        self.busy_until = customer.finish
        self.served.append(customer)

    def utilisation(self, horizon):
        busy = sum(c.finish - c.start for c in self.served)
        return busy / horizon if horizon else 0.0

    def __str__(self):
        return f"{self.name}(speed={self.speed})"


class EventQueue:
    """A binary min-heap of (time, seq, payload)."""

    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, time, payload):
        self.counter += 1
        self.heap.append((time, self.counter, payload))
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[parent] <= self.heap[i]:
                break
            self.heap[parent], self.heap[i] = self.heap[i], self.heap[parent]
            i = parent

    def pop(self):
        heap = self.heap
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and heap[child] < heap[smallest]:
                        smallest = child
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return bool(self.heap)


class Bank:
    def __init__(self, tellers, rng):
        self.tellers = tellers
        self.rng = rng
        self.events = EventQueue()
        self.customers = []
        self.log = []

    def generate(self, count):
        t = 0.0
        for i in range(count):
            t += self.rng.uniform(0.1, 2.0)
            c = Customer(i, t, self.rng.uniform(0.5, 4.0))
            self.customers.append(c)
            self.events.push(t, ("arrive", c))

    def run(self):
        while self.events:
            now, _, (kind, customer) = self.events.pop()
            if kind == "arrive":
                teller = min(self.tellers, key=lambda t: (max(t.busy_until, now), -t.speed))
                teller.serve(customer, now)
                self.events.push(customer.finish, ("leave", customer))
                self.log.append((round(now, 3), "arrive", customer.ident, teller.name))
            else:
                self.log.append((round(now, 3), "leave", customer.ident, None))
        return self.customers[-1].finish


rng = LCG(42)
print([rng.randint(1, 6) for _ in range(10)])
bank = Bank([Teller("ann", 1.0), Teller("bob", 1.5), Teller("cat", 0.8)], LCG(2024))
bank.generate(300)
print(bank.customers[:3])
horizon = bank.run()
print("horizon %.4f" % horizon)
for entry in bank.log[:12]:
    print(entry)
print("events logged:", len(bank.log))
waits = [c.wait for c in bank.customers]
print("mean wait %.4f, max wait %.4f, zero waits %d" % (sum(waits) / len(waits), max(waits), sum(1 for w in waits if w == 0)))
for t in bank.tellers:
    print(str(t), len(t.served), "%.3f" % t.utilisation(horizon), [c.ident for c in t.served[:5]])
longest = max(bank.customers, key=lambda c: c.wait)
print("longest wait:", longest, "%.3f" % longest.wait)
buckets = [0] * 6
for w in waits:
    buckets[min(int(w), 5)] += 1
print("wait histogram:", buckets)
