"""Word statistics over a generated corpus: frequency counts with `dict.get(k, 0) + 1`,
bigram counts keyed by tuples, grouping words by length and by first letter, and a
memoized edit distance between the top words."""
import sys

STEMS = ["data", "model", "train", "loss", "layer", "graph", "node", "edge", "vector",
         "matrix", "tensor", "batch", "epoch", "weight", "bias", "score", "value", "query"]
SUFFIXES = ["", "s", "ed", "ing", "er", "ly"]


def text(n):
    state = 2718
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        stem = STEMS[(state >> 7) % len(STEMS)]
        suffix = SUFFIXES[(state >> 13) % len(SUFFIXES)] if state % 3 else ""
        words.append(stem + suffix)
        if state % 11 == 0:
            words.append("the")
    return " ".join(words)


def edit_distance(a, b, memo):
    key = (a, b)
    if key in memo:
        return memo[key]
    if not a:
        d = len(b)
    elif not b:
        d = len(a)
    elif a[0] == b[0]:
        d = edit_distance(a[1:], b[1:], memo)
    else:
        d = 1 + min(edit_distance(a[1:], b, memo), edit_distance(a, b[1:], memo),
                    edit_distance(a[1:], b[1:], memo))
    memo[key] = d
    return d


def main(n):
    words = text(n).split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    bigrams = {}
    for a, b in zip(words, words[1:]):
        bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
    by_length = {}
    by_letter = {}
    for w, c in counts.items():
        by_length.setdefault(len(w), []).append(w)
        by_letter[w[0]] = by_letter.get(w[0], 0) + c
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("words", len(words), "distinct", len(counts))
    print("top", top)
    best_pair = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    print("top bigram", best_pair, "distinct bigrams", len(bigrams))
    print("lengths", {k: len(v) for k, v in sorted(by_length.items())})
    print("letters", sorted(by_letter.items()))
    memo = {}
    names = sorted(counts)
    total = 0
    for i, a in enumerate(names):
        for b in names[i + 1:i + 12]:
            total += edit_distance(a, b, memo)
    print("edit distance total", total, "memo entries", len(memo))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 550000)
