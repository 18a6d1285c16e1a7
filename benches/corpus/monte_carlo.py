"""Monte Carlo estimates with a seeded random.Random(42): pi by dart throwing, the mean
distance of 2-D random walks, the volume of a unit ball in 4-D, and a European option price
by simulated log-normal paths."""
import math
import random
import sys


def estimate_pi(rng, darts):
    inside = 0
    for _ in range(darts):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / darts


def random_walks(rng, walkers, steps):
    total = 0.0
    farthest = 0.0
    for _ in range(walkers):
        x = y = 0.0
        for _ in range(steps):
            angle = rng.uniform(0.0, 2.0 * math.pi)
            x += math.cos(angle)
            y += math.sin(angle)
        d = math.sqrt(x * x + y * y)
        total += d
        farthest = max(farthest, d)
    return total / walkers, farthest


def ball_volume(rng, samples, dim):
    hits = 0
    for _ in range(samples):
        if sum(rng.uniform(-1.0, 1.0) ** 2 for _ in range(dim)) <= 1.0:
            hits += 1
    return (2.0 ** dim) * hits / samples


def option_price(rng, paths, spot=100.0, strike=105.0, rate=0.03, vol=0.2, years=1.0):
    drift = (rate - 0.5 * vol * vol) * years
    spread = vol * math.sqrt(years)
    payoff = 0.0
    for _ in range(paths):
        end = spot * math.exp(drift + spread * rng.gauss(0.0, 1.0))
        payoff += max(end - strike, 0.0)
    return math.exp(-rate * years) * payoff / paths


def main(n):
    rng = random.Random(42)
    print(f"pi ~ {estimate_pi(rng, n):.6f}")
    mean, far = random_walks(rng, n // 500, 100)
    print(f"walk mean distance {mean:.6f} farthest {far:.6f} (sqrt(steps) = 10)")
    print(f"4-ball volume ~ {ball_volume(rng, n // 8, 4):.6f} exact {math.pi ** 2 / 2:.6f}")
    print(f"call option ~ {option_price(rng, n // 4):.6f}")
    print("dice", [rng.randint(1, 6) for _ in range(10)], "choice", rng.choice("abcdef"))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1100000)
