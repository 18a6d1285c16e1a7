"""Warehouse order fulfilment with dataclasses: `@dataclass` items with defaults and
`field(default_factory=list)`, a frozen dataclass used as a dict key, `order=True`
comparisons, `__post_init__` validation, `@property` computed values, a class hierarchy
of shipping rules with `__slots__`, and `sorted`/`min`/`max` with key functions."""
import sys
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: int

    def distance(self, other):
        return abs(self.aisle - other.aisle) * 10 + abs(self.shelf - other.shelf)


@dataclass(order=True)
class Item:
    sku: str
    price: float
    weight: float = 1.0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}")


@dataclass
class OrderLine:
    item: Item
    quantity: int = 1

    @property
    def total(self):
        return self.item.price * self.quantity

    @property
    def weight(self):
        return self.item.weight * self.quantity


@dataclass
class Order:
    number: int
    customer: str
    lines: list = field(default_factory=list)
    express: bool = False

    @property
    def total(self):
        return sum(line.total for line in self.lines)

    @property
    def weight(self):
        return sum(line.weight for line in self.lines)


class ShippingRule:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def applies(self, order):
        return True

    def cost(self, order):
        raise NotImplementedError


class FlatRate(ShippingRule):
    __slots__ = ("amount",)

    def __init__(self, amount):
        super().__init__("flat")
        self.amount = amount

    def cost(self, order):
        return self.amount


class ByWeight(ShippingRule):
    __slots__ = ("per_kg", "minimum")

    def __init__(self, per_kg, minimum):
        super().__init__("weight")
        self.per_kg = per_kg
        self.minimum = minimum

    def applies(self, order):
        return order.weight <= 120

    def cost(self, order):
        return max(self.minimum, order.weight * self.per_kg)


class FreeOver(ShippingRule):
    __slots__ = ("threshold",)

    def __init__(self, threshold):
        super().__init__("free")
        self.threshold = threshold

    def applies(self, order):
        return order.total >= self.threshold

    def cost(self, order):
        return 0.0


class Express(ByWeight):
    __slots__ = ()

    def __init__(self, per_kg, minimum):
        super().__init__(per_kg, minimum)
        self.name = "express"

    def applies(self, order):
        return order.express

    def cost(self, order):
        return super().cost(order) * 2 + 5


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def build_catalog(rng, count):
    catalog = []
    stock = {}
    for i in range(count):
        tags = [t for t in ("fragile", "bulky", "cold", "gift") if rng.next(4) == 0]
        item = Item(f"SKU{i:05d}", rng.next(10000) / 100 + 0.5, rng.next(300) / 10 + 0.1, tags)
        catalog.append(item)
        stock.setdefault(Location(i % 40, (i // 40) % 12), []).append(item)
    return catalog, stock


def pick_route(locations, start):
    route = []
    here = start
    left = set(locations)
    while left:
        nearest = min(left, key=lambda loc: (here.distance(loc), loc.aisle, loc.shelf))
        route.append(nearest)
        left.remove(nearest)
        here = nearest
    return route


def main(n):
    rng = Rng(2024)
    catalog, stock = build_catalog(rng, 800)
    where = {}
    for loc, items in stock.items():
        for item in items:
            where[item.sku] = loc
    rules = [Express(1.5, 8.0), FreeOver(250.0), ByWeight(0.8, 4.0), FlatRate(6.5)]
    orders = []
    for number in range(n):
        customer = f"cust{rng.next(300):03d}"
        order = Order(number, customer, express=rng.next(7) == 0)
        for _ in range(rng.next(6) + 1):
            order.lines.append(OrderLine(catalog[rng.next(len(catalog))], rng.next(4) + 1))
        orders.append(order)
    revenue = 0.0
    shipping = {}
    walked = 0
    tagged = {}
    for order in orders:
        rule = next(r for r in rules if r.applies(order))
        cost = rule.cost(order)
        shipping[rule.name] = shipping.get(rule.name, 0.0) + cost
        revenue += order.total
        route = pick_route({where[line.item.sku] for line in order.lines}, Location(0, 0))
        here = Location(0, 0)
        for loc in route:
            walked += here.distance(loc)
            here = loc
        for line in order.lines:
            for tag in line.item.tags:
                tagged[tag] = tagged.get(tag, 0) + line.quantity
    print(f"{len(orders)} orders, revenue {revenue:.2f}, walked {walked}")
    print("shipping", {k: round(v, 2) for k, v in sorted(shipping.items())})
    print("tags", sorted(tagged.items()))
    spend = {}
    for order in orders:
        spend[order.customer] = spend.get(order.customer, 0.0) + order.total
    best = sorted(spend.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("best customers", [(c, round(v, 2)) for c, v in best])
    heaviest = max(orders, key=lambda o: (o.weight, -o.number))
    print("heaviest", heaviest.number, round(heaviest.weight, 1), len(heaviest.lines))
    cheapest = sorted(catalog)[:3]
    print("first items", [(i.sku, i.price) for i in cheapest])
    print("priciest", max(catalog, key=lambda i: i.price).sku,
          "equal items", sum(1 for a, b in zip(catalog, catalog[1:]) if a == b))
    print(repr(orders[0].lines[0])[:70])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60000)
