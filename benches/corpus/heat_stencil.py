"""1-D heat equation on a rod, explicit finite differences on array('d') buffers.

A rod with a hot spot and two heater segments cools towards fixed end temperatures; every
step applies the three-point stencil into a second buffer and swaps them. Reports the
temperature profile at a few probes and the total heat every so often.
"""
import sys
from array import array


def make_rod(cells):
    rod = array('d', [20.0] * cells)
    for i in range(cells // 3, cells // 3 + cells // 20):
        rod[i] = 180.0
    rod[cells // 2] = 400.0
    return rod


def heat_step(src, dst, alpha, heaters):
    n = len(src)
    for i in range(1, n - 1):
        dst[i] = src[i] + alpha * (src[i - 1] - 2.0 * src[i] + src[i + 1])
    for pos, power in heaters:
        dst[pos] += power
    dst[0] = 15.0
    dst[n - 1] = 25.0


def total_heat(rod):
    total = 0.0
    for t in rod:
        total += t
    return total


def simulate(cells, steps):
    src = make_rod(cells)
    dst = array('d', src)
    heaters = [(cells // 5, 0.75), (4 * cells // 5, 0.5)]
    alpha = 0.24
    for step in range(steps):
        heat_step(src, dst, alpha, heaters)
        src, dst = dst, src
        if step % (steps // 4) == 0:
            print(f"step {step:5d}: heat {total_heat(src):12.4f} max {max(src):8.3f}")
    return src


def main(steps):
    cells = 200
    rod = simulate(cells, steps)
    probes = [rod[i] for i in range(0, cells, cells // 8)]
    print("probes:", " ".join(f"{t:.3f}" for t in probes))
    print(f"mean {total_heat(rod) / cells:.5f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12000)
