"""A course timetable: sessions are sorted with `key=lambda` by several criteria, rooms are
assigned greedily with interval scheduling, clashes are found through dicts keyed by
(day, slot) and (teacher, day) tuples, and a per-teacher summary is sorted for output."""
import sys

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
TEACHERS = ["Ada", "Ben", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal"]


def sessions(n):
    state = 31337
    out = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        day = DAYS[state % 5]
        start = 8 * 60 + ((state >> 8) % 40) * 15
        length = 45 + ((state >> 14) % 4) * 30
        teacher = TEACHERS[(state >> 18) % 8]
        size = 10 + (state >> 3) % 90
        out.append({"id": i, "day": day, "start": start, "end": start + length,
                    "teacher": teacher, "size": size})
    return out


def assign_rooms(items):
    """Greedy interval partitioning per day: the smallest number of rooms."""
    rooms_per_day = {}
    for day in DAYS:
        todays = sorted((s for s in items if s["day"] == day), key=lambda s: (s["start"], s["id"]))
        room_free = []
        for s in todays:
            for k, free in enumerate(room_free):
                if free <= s["start"]:
                    room_free[k] = s["end"]
                    s["room"] = k
                    break
            else:
                s["room"] = len(room_free)
                room_free.append(s["end"])
        rooms_per_day[day] = len(room_free)
    return rooms_per_day


def main(n):
    items = sessions(n)
    rooms = assign_rooms(items)
    print("rooms per day", rooms)
    by_slot = {}
    for s in items:
        for t in range(s["start"] // 30, (s["end"] + 29) // 30):
            key = (s["day"], t)
            by_slot[key] = by_slot.get(key, 0) + s["size"]
    busiest = sorted(by_slot.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("busiest half hours", busiest)
    clashes = 0
    per_teacher_day = {}
    for s in sorted(items, key=lambda s: (s["teacher"], DAYS.index(s["day"]), s["start"])):
        key = (s["teacher"], s["day"])
        last_end = per_teacher_day.get(key)
        if last_end is not None and last_end > s["start"]:
            clashes += 1
        per_teacher_day[key] = max(last_end or 0, s["end"])
    print("teacher clashes", clashes)
    load = {}
    for s in items:
        minutes, students = load.get(s["teacher"], (0, 0))
        load[s["teacher"]] = (minutes + s["end"] - s["start"], students + s["size"])
    for teacher, (minutes, students) in sorted(load.items(), key=lambda kv: (-kv[1][0], kv[0])):
        print(f"{teacher:<4} {minutes / 60:7.2f} h {students:6d} students")
    largest = sorted(items, key=lambda s: -s["size"] * (s["end"] - s["start"]))[:3]
    print("largest", [(s["id"], s["day"], s["room"]) for s in largest])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 35000)
