"""A record importer that uses exceptions for control flow, as such code often does:
parsing numbers with try/except ValueError, lookups that fall back on KeyError, a custom
exception hierarchy for validation errors, and early exits from nested loops by raising."""
import sys


class RecordError(Exception):
    pass


class MissingField(RecordError):
    def __init__(self, field):
        super().__init__(f"missing {field}")
        self.field = field


class BadValue(RecordError):
    pass


class Found(Exception):
    def __init__(self, where):
        self.where = where


def make_lines(n):
    lines = []
    for i in range(n):
        amount = str(i % 1000) if i % 9 else "n/a"
        rate = f"{(i % 50) / 10:.1f}" if i % 13 else "x"
        city = ["Oslo", "Lima", "Pune", "", "Kobe"][i % 5]
        lines.append(f"{i};{city};{amount};{rate}")
    return lines


PRICES = {"Oslo": 3, "Lima": 1, "Pune": 2}


def parse(line):
    parts = line.split(";")
    ident, city, amount, rate = parts
    if not city:
        raise MissingField("city")
    try:
        amount = int(amount)
    except ValueError:
        raise BadValue(f"amount {amount!r}")
    try:
        rate = float(rate)
    except ValueError:
        rate = 1.0
    try:
        price = PRICES[city]
    except KeyError:
        price = 5
    return int(ident), city, amount * price * rate


def find_in_grid(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise Found((r, c))
    except Found as f:
        return f.where
    return None


def main(n):
    total = 0.0
    problems = {}
    for line in make_lines(n):
        try:
            _, city, value = parse(line)
        except MissingField as e:
            problems[e.field] = problems.get(e.field, 0) + 1
            continue
        except RecordError as e:
            key = type(e).__name__
            problems[key] = problems.get(key, 0) + 1
            continue
        else:
            total += value
        finally:
            pass
    print(f"total {total:.2f} problems {sorted(problems.items())}")
    grid = [[(r * 31 + c * 17) % 101 for c in range(30)] for r in range(30)]
    found = [find_in_grid(grid, t) for t in range(0, 110, 3)]
    print("found", found[:6], "missing", found.count(None))
    it_total = 0
    for k in range(n // 20):
        it = iter(range(k % 30))
        while True:
            try:
                it_total += next(it)
            except StopIteration:
                break
    print("manual iteration total", it_total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 330000)
