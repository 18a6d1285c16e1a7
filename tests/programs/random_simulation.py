# Simulations with fixed seeds: results depend on every draw being CPython's.
import random
import math
from heapq import heappush, heappop


def monte_carlo_pi(n, rng):
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def random_walk(steps, rng):
    x = y = 0
    far = 0
    for _ in range(steps):
        dx, dy = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x += dx
        y += dy
        far = max(far, abs(x) + abs(y))
    return x, y, far


def dice_histogram(rolls, rng):
    counts = [0] * 13
    for _ in range(rolls):
        counts[rng.randint(1, 6) + rng.randint(1, 6)] += 1
    return counts


def bank_queue(customers, tellers, rng):
    """Event-driven queue: exponential arrivals and service times."""
    t = 0.0
    events = []
    for cid in range(customers):
        t += rng.expovariate(1.0 / 2.0)
        heappush(events, (t, 0, cid))
    free = tellers
    waiting = []
    arrived = {}
    waits = []
    while events:
        now, kind, cid = heappop(events)
        if kind == 0:
            arrived[cid] = now
            if free:
                free -= 1
                waits.append(0.0)
                heappush(events, (now + rng.expovariate(1.0 / 3.5), 1, cid))
            else:
                waiting.append(cid)
        else:
            if waiting:
                nxt = waiting.pop(0)
                waits.append(now - arrived[nxt])
                heappush(events, (now + rng.expovariate(1.0 / 3.5), 1, nxt))
            else:
                free += 1
    return len(waits), round(sum(waits) / len(waits), 6), round(max(waits), 6)


def genetic(target, rng, pop_size=30, generations=40):
    alphabet = "abcdefghijklmnopqrstuvwxyz "

    def fitness(s):
        return sum(a == b for a, b in zip(s, target))

    pop = ["".join(rng.choice(alphabet) for _ in target) for _ in range(pop_size)]
    for gen in range(generations):
        pop.sort(key=fitness, reverse=True)
        if pop[0] == target:
            break
        parents = pop[: pop_size // 3]
        children = []
        while len(children) < pop_size - len(parents):
            a, b = rng.sample(parents, 2)
            cut = rng.randrange(1, len(target))
            child = list(a[:cut] + b[cut:])
            for i in range(len(child)):
                if rng.random() < 0.05:
                    child[i] = rng.choice(alphabet)
            children.append("".join(child))
        pop = parents + children
    pop.sort(key=fitness, reverse=True)
    return gen, pop[0], fitness(pop[0])


def reservoir(stream, k, rng):
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                res[j] = item
    return res


def bootstrap_mean_ci(data, rng, rounds=200):
    means = []
    for _ in range(rounds):
        sample = rng.choices(data, k=len(data))
        means.append(sum(sample) / len(sample))
    means.sort()
    return round(means[int(0.025 * rounds)], 9), round(means[int(0.975 * rounds)], 9)


def stats(xs):
    m = sum(xs) / len(xs)
    v = sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
    return m, math.sqrt(v)


rng = random.Random(20240601)
print("pi", monte_carlo_pi(20000, rng))
print("walk", random_walk(5000, rng))
print("dice", dice_histogram(3000, rng))
print("bank", bank_queue(400, 2, rng))
print("ga", genetic("hello world", rng))
print("reservoir", reservoir(range(10000), 10, rng))
heights = [rng.gauss(170, 8) for _ in range(300)]
print("heights", stats(heights))
print("bootstrap", bootstrap_mean_ci(heights, rng))
lifetimes = [rng.weibullvariate(100, 1.5) for _ in range(200)]
print("weibull", stats(lifetimes))
print("normal", stats([rng.normalvariate(0, 1) for _ in range(500)]))
print("beta", stats([rng.betavariate(2, 3) for _ in range(200)]))

# The shared module-level generator.
random.seed(12345)
teams = ["ants", "bees", "cats", "dogs", "eels", "fish", "gnus", "hens"]
random.shuffle(teams)
print("bracket", list(zip(teams[::2], teams[1::2])))
scores = {t: random.randint(0, 100) for t in teams}
print("scores", scores)
print("winner", max(scores, key=scores.get))
print("lottery", sorted(random.sample(range(1, 50), 6)))
print("weighted", random.choices(["common", "rare", "epic"], [80, 15, 5], k=12))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print("replay", first == [random.random() for _ in range(3)])
