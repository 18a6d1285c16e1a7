# Truth of containers inside hot loops (`if lst:`, `while queue:`, `not d`),
# with the tested value changing type mid-loop: to an instance whose
# __bool__ / __len__ is Python code (which prints), to None, to a number.


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("Flag.__bool__", self.v)
        return self.v


class Sized:
    def __len__(self):
        print("Sized.__len__")
        return 0


def count_nonempty(items):
    n = 0
    for x in items:
        if x:
            n += 1
        if not x:
            n += 100
    return n


lists = [[1], [], [2, 3], (), (4,), "", "ab", {}, {1: 2}, set(), {5}] * 300
print(count_nonempty(lists))
mixed = lists[:2000] + [Flag(True), Flag(False), Sized(), None, 0, 7, 2.5, 0.0] + lists[:50]
print(count_nonempty(mixed))


def drain(queue):
    total = 0
    refilled = False
    while queue:
        total += queue.pop()
        if len(queue) == 3000 and not refilled:
            queue.append(5)
            refilled = True
    return total


print(drain(list(range(6000))))


def until_empty(stack, limit):
    steps = 0
    while stack and steps < limit:
        top = stack.pop()
        if top:
            stack.append(top[1:])
        steps += 1
    return steps, len(stack)


nested = [[[1, 2], [3], []] for _ in range(1500)]
print(until_empty([x for xs in nested for x in xs], 10000))
