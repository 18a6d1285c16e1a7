"""A word-level Markov text model: `defaultdict(Counter)` transition tables built over a
`deque` sliding window of tuple states, sampling with cumulative weights and `bisect`,
`Counter` arithmetic (`+`, `-`, `&`, `most_common`), `defaultdict(list)` indexes, and
perplexity-style scoring with `math.log`."""
import sys
import math
from bisect import bisect_right
from collections import Counter, defaultdict, deque

SEED_TEXT = """the cat sat on the mat and the dog sat on the log . the cat saw the dog and
the dog saw the cat . a bird sang on the wall while the cat slept on the mat . the dog
ran to the park and the bird flew over the park . on the wall the bird sang and the cat
watched the bird . the log was by the wall and the mat was by the door ."""


class Model:
    def __init__(self, order):
        self.order = order
        self.table = defaultdict(Counter)
        self.starts = Counter()
        self.cumulative = {}
        self.opening = ()

    def train(self, words):
        window = deque(maxlen=self.order)
        self.opening = tuple(words[:self.order])
        for word in words:
            if len(window) == self.order:
                self.table[tuple(window)][word] += 1
            elif not window:
                self.starts[word] += 1
            window.append(word)
        self.cumulative.clear()

    def choices(self, state):
        entry = self.cumulative.get(state)
        if entry is None:
            counts = self.table[state]
            words = sorted(counts)
            totals = []
            running = 0
            for w in words:
                running += counts[w]
                totals.append(running)
            entry = (words, totals)
            self.cumulative[state] = entry
        return entry

    def generate(self, rng_state, length):
        state = rng_state
        window = deque(self.opening, maxlen=self.order)
        out = list(window)
        for _ in range(length):
            words, totals = self.choices(tuple(window))
            if not words:
                window = deque(self.opening, maxlen=self.order)
                continue
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pick = (state >> 8) % totals[-1]
            word = words[bisect_right(totals, pick)]
            out.append(word)
            window.append(word)
        return out

    def log_likelihood(self, words):
        total = 0.0
        window = deque(maxlen=self.order)
        vocab = len({w for c in self.table.values() for w in c}) + 1
        for word in words:
            if len(window) == self.order:
                counts = self.table.get(tuple(window))
                seen = counts[word] if counts else 0
                size = sum(counts.values()) if counts else 0
                total += math.log((seen + 1) / (size + vocab))
            window.append(word)
        return total


def main(n):
    base = SEED_TEXT.split()
    model2 = Model(2)
    model2.train(base * 3)
    corpus = model2.generate(17, n)
    model3 = Model(3)
    model3.train(corpus)
    text = model3.generate(29, n)
    unigrams = Counter(text)
    bigrams = Counter(zip(text, text[1:]))
    by_first = defaultdict(list)
    for (a, b), count in bigrams.items():
        by_first[a].append((count, b))
    print("vocabulary", len(unigrams), "bigrams", len(bigrams), "states", len(model3.table))
    print("top words", unigrams.most_common(5))
    print("top bigrams", [(" ".join(k), v) for k, v in bigrams.most_common(3)])
    followers = {a: [b for _, b in sorted(v, reverse=True)[:2]] for a, v in sorted(by_first.items())}
    print("followers of 'the'", followers["the"], "of 'cat'", followers["cat"])
    first_half = Counter(text[:len(text) // 2])
    second_half = Counter(text[len(text) // 2:])
    print("shift", sorted((first_half - second_half).items())[:4])
    print("common", len(first_half & second_half), "union", sum((first_half + second_half).values()))
    ll2 = model2.log_likelihood(text[:5000])
    ll3 = model3.log_likelihood(text[:5000])
    print(f"log likelihood order 2: {ll2:.3f}, order 3: {ll3:.3f}")
    sentences = " ".join(text).split(" . ")
    lengths = Counter(len(s.split()) for s in sentences)
    print("sentence lengths", sorted(lengths.items())[:6], "sentences", len(sentences))
    print(" ".join(text[:24]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 750000)
