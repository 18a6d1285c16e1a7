"""A discrete-event simulation of a small factory: machines take jobs from a queue, break
down and get repaired; a reporter samples the queue. Events are a class hierarchy (five
subclasses calling `super().__init__`) ordered in a heap; each event's `fire` method
schedules the next ones."""
import heapq
import random
import sys


class Event:
    def __init__(self, time, seq):
        self.time = time
        self.seq = seq

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq

    def fire(self, sim):
        raise NotImplementedError


class Arrival(Event):
    def fire(self, sim):
        sim.queue.append(self.time)
        sim.arrivals += 1
        sim.schedule(Arrival, sim.rng.expovariate(sim.arrival_rate))
        sim.try_start()


class Completion(Event):
    def __init__(self, time, seq, machine):
        super().__init__(time, seq)
        self.machine = machine

    def fire(self, sim):
        m = self.machine
        if m.job_event is not self:
            return  # the job was lost to a breakdown
        m.job_event = None
        m.done += 1
        sim.completed += 1
        sim.try_start()


class Breakdown(Event):
    def __init__(self, time, seq, machine):
        super().__init__(time, seq)
        self.machine = machine

    def fire(self, sim):
        m = self.machine
        m.broken = True
        m.breakdowns += 1
        if m.job_event is not None:
            sim.lost += 1
            m.job_event = None
        sim.schedule(Repair, sim.rng.uniform(2.0, 6.0), machine=m)


class Repair(Event):
    def __init__(self, time, seq, machine):
        super().__init__(time, seq)
        self.machine = machine

    def fire(self, sim):
        self.machine.broken = False
        sim.schedule(Breakdown, sim.rng.expovariate(1.0 / 80.0), machine=self.machine)
        sim.try_start()


class Report(Event):
    def fire(self, sim):
        sim.samples += 1
        sim.queue_sum += len(sim.queue)
        sim.schedule(Report, 5.0)


class Machine:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.broken = False
        self.job_event = None
        self.done = 0
        self.breakdowns = 0


class Simulation:
    def __init__(self, machines, arrival_rate, seed):
        self.rng = random.Random(seed)
        self.now = 0.0
        self.seq = 0
        self.events = []
        self.queue = []
        self.machines = machines
        self.arrival_rate = arrival_rate
        self.arrivals = self.completed = self.lost = 0
        self.samples = 0
        self.queue_sum = 0
        self.wait_sum = 0.0

    def schedule(self, kind, delay, **extra):
        self.seq += 1
        heapq.heappush(self.events, kind(self.now + delay, self.seq, **extra))

    def try_start(self):
        for m in self.machines:
            if not self.queue:
                return
            if not m.broken and m.job_event is None:
                arrived = self.queue.pop(0)
                self.wait_sum += self.now - arrived
                self.seq += 1
                ev = Completion(self.now + self.rng.expovariate(m.speed), self.seq, m)
                m.job_event = ev
                heapq.heappush(self.events, ev)

    def run(self, until):
        self.schedule(Arrival, 0.0)
        self.schedule(Report, 5.0)
        for m in self.machines:
            self.schedule(Breakdown, self.rng.expovariate(1.0 / 80.0), machine=m)
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until:
                break
            self.now = ev.time
            ev.fire(self)


def main(until):
    machines = [Machine(f"m{i}", 0.35 + 0.1 * i) for i in range(4)]
    sim = Simulation(machines, 1.6, 42)
    sim.run(float(until))
    print(f"arrivals {sim.arrivals} completed {sim.completed} lost {sim.lost} waiting {len(sim.queue)}")
    print(f"mean wait {sim.wait_sum / max(1, sim.completed):.4f} mean queue {sim.queue_sum / sim.samples:.4f}")
    for m in machines:
        print(f"{m.name}: done {m.done} breakdowns {m.breakdowns}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 80000)
