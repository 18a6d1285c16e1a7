"""Document similarity with word sets.

Documents are generated from a syllable vocabulary (a topic biases each document's word
choice); every pair of documents is compared by Jaccard similarity of their word sets, the
closest pairs are listed, and per-topic vocabularies are built with set unions and
differences.
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "el"]


def vocabulary(size):
    words = []
    for i in range(size):
        a = SYLLABLES[i % 12]
        b = SYLLABLES[(i // 12) % 12]
        c = SYLLABLES[(i // 144) % 12] if i >= 144 else ""
        words.append(a + b + c)
    return words


def documents(count, words, seed):
    state = seed
    docs = []
    for d in range(count):
        topic = d % 5
        doc = []
        for _ in range(120):
            state = (state * 214013 + 2531011) % 4294967296
            r = state >> 16
            if (state >> 12) % 3 == 0:
                w = words[(topic * 97 + r % 60) % len(words)]
            else:
                w = words[r % len(words)]
            doc.append(w)
        docs.append((topic, doc))
    return docs


def jaccard(a, b):
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def main(count):
    words = vocabulary(600)
    docs = documents(count, words, 5)
    sets = [set(doc) for _, doc in docs]
    best = []
    same_topic = other_topic = 0.0
    pairs_same = pairs_other = 0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            s = jaccard(sets[i], sets[j])
            if docs[i][0] == docs[j][0]:
                same_topic += s
                pairs_same += 1
            else:
                other_topic += s
                pairs_other += 1
            if s > 0.2:
                best.append((round(s, 6), i, j))
    best.sort(reverse=True)
    print(f"mean similarity same topic {same_topic / pairs_same:.5f} other {other_topic / pairs_other:.5f}")
    print("closest pairs", best[:3], "pairs above 0.2:", len(best))
    topic_vocab = [set() for _ in range(5)]
    for (topic, _), s in zip(docs, sets):
        topic_vocab[topic] |= s
    everywhere = set.intersection(*topic_vocab)
    for t in range(5):
        own = topic_vocab[t] - set().union(*(topic_vocab[u] for u in range(5) if u != t))
        print(f"topic {t}: vocabulary {len(topic_vocab[t])} own {len(own)} sample {sorted(own)[:3]}")
    print("words in every topic", len(everywhere))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 520)
