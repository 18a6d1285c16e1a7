# sys and time usage as seen in benchmark harnesses, and the main guard.
import sys
import time
from time import perf_counter


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def main(argv):
    print("argv:", argv)
    print("script name ends with sys_time.py:", argv[0].endswith("sys_time.py"))
    iterations = int(argv[1]) if len(argv) > 1 else 3
    timings = []
    for it in range(iterations):
        t0 = time.perf_counter()
        result = work(20000)
        t1 = perf_counter()
        elapsed = t1 - t0
        timings.append(elapsed)
        print("iteration", it, "result", result)
    print("timings are floats:", all(isinstance(t, float) for t in timings))
    print("timings non-negative:", all(t >= 0 for t in timings))
    print("recursion limit:", sys.getrecursionlimit())
    print("maxsize:", sys.maxsize)
    print("int info bits:", sys.maxsize.bit_length())
    sys.setrecursionlimit(5000)
    print("new recursion limit:", sys.getrecursionlimit())

    def deep(n):
        return n if n == 0 else deep(n - 1) + 1

    print("deep(3000) =", deep(3000))
    return 0


if __name__ == "__main__":
    print("__name__ is", __name__)
    status = main(sys.argv)
    print("exiting with", status)
    sys.exit(status)
print("not reached")
