"""Texas hold'em showdowns: the best five-card hand out of seven with
`itertools.combinations`, hands ranked by `Counter` of ranks and compared as tuples,
straights found with sets and sorted lists, `max` with a key, and tie handling by
tuple equality; plus equity estimates by dealing random boards."""
import sys
from collections import Counter
from itertools import combinations
import random

RANKS = "23456789TJQKA"
SUITS = "cdhs"
CATEGORY = ["high card", "pair", "two pair", "three of a kind", "straight", "flush",
            "full house", "four of a kind", "straight flush"]


def parse_card(text):
    return RANKS.index(text[0]) + 2, text[1]


def straight_high(values):
    """The top card of a straight in these five distinct values, or 0."""
    distinct = sorted(set(values), reverse=True)
    if len(distinct) != 5:
        return 0
    if distinct[0] - distinct[4] == 4:
        return distinct[0]
    if distinct == [14, 5, 4, 3, 2]:
        return 5
    return 0


def rank_five(cards):
    values = [v for v, _ in cards]
    suits = {s for _, s in cards}
    counts = Counter(values)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    shape = [c for _, c in groups]
    ordered = tuple(v for v, _ in groups)
    flush = len(suits) == 1
    high = straight_high(values)
    if high and flush:
        return (8, high)
    if shape == [4, 1]:
        return (7,) + ordered
    if shape == [3, 2]:
        return (6,) + ordered
    if flush:
        return (5,) + tuple(sorted(values, reverse=True))
    if high:
        return (4, high)
    if shape == [3, 1, 1]:
        return (3,) + ordered
    if shape == [2, 2, 1]:
        return (2,) + ordered
    if shape == [2, 1, 1, 1]:
        return (1,) + ordered
    return (0,) + tuple(sorted(values, reverse=True))


def best_hand(seven):
    return max(rank_five(five) for five in combinations(seven, 5))


def showdown(players, board):
    scores = [(best_hand(hole + board), i) for i, hole in enumerate(players)]
    top = max(score for score, _ in scores)
    return [i for score, i in scores if score == top], top


def deck():
    return [(v, s) for v in range(2, 15) for s in SUITS]


def main(n):
    rng = random.Random(7)
    categories = Counter()
    wins = Counter()
    ties = 0
    for _ in range(n):
        cards = deck()
        rng.shuffle(cards)
        players = [cards[i * 2:i * 2 + 2] for i in range(4)]
        board = cards[8:13]
        winners, top = showdown(players, board)
        categories[CATEGORY[top[0]]] += 1
        if len(winners) > 1:
            ties += 1
        for w in winners:
            wins[w] += 1
    print(f"{n} deals, {ties} split pots")
    for name in CATEGORY:
        print(f"  {name:<16}{categories[name]:>7}")
    print("wins by seat", sorted(wins.items()))
    hero = [parse_card("Ah"), parse_card("Kh")]
    villain = [parse_card("Qs"), parse_card("Qd")]
    rest = [c for c in deck() if c not in hero and c not in villain]
    hero_wins = villain_wins = split = 0
    for _ in range(n // 4):
        board = rng.sample(rest, 5)
        a = best_hand(hero + board)
        b = best_hand(villain + board)
        if a > b:
            hero_wins += 1
        elif a < b:
            villain_wins += 1
        else:
            split += 1
    total = hero_wins + villain_wins + split
    print(f"AKs vs QQ: {hero_wins / total:.3f} / {villain_wins / total:.3f} / {split / total:.3f}")
    print("royal", rank_five([parse_card(c) for c in "Ah Kh Qh Jh Th".split()]),
          "wheel", rank_five([parse_card(c) for c in "Ac 2d 3h 4s 5c".split()]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500)
