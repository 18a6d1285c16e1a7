"""Clustering and classification on 2-D/4-D points: k-means with list comprehensions
(`[p for p in points if ...]`), `min(range(k), key=...)`, `zip(*cluster)` transposes,
`sum(...)` of generators, `enumerate`; k-nearest-neighbour voting with `sorted(key=)`
and `heapq.nsmallest`; a confusion matrix as a list of lists."""
import sys
import math
import heapq
import random


def make_blobs(rng, centers, per_center, spread):
    points = []
    labels = []
    for label, center in enumerate(centers):
        for _ in range(per_center):
            points.append(tuple(c + rng.gauss(0.0, spread) for c in center))
            labels.append(label)
    return points, labels


def sq_dist(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))


def mean(points):
    n = len(points)
    return tuple(sum(col) / n for col in zip(*points))


def kmeans(points, k, rng, iterations=20):
    centroids = rng.sample(points, k)
    assignment = [0] * len(points)
    for it in range(iterations):
        changed = 0
        for i, p in enumerate(points):
            best = min(range(k), key=lambda c: sq_dist(p, centroids[c]))
            if best != assignment[i]:
                assignment[i] = best
                changed += 1
        new_centroids = []
        for c in range(k):
            members = [p for p, a in zip(points, assignment) if a == c]
            new_centroids.append(mean(members) if members else centroids[c])
        centroids = new_centroids
        if changed == 0:
            break
    inertia = sum(sq_dist(p, centroids[a]) for p, a in zip(points, assignment))
    return centroids, assignment, inertia, it + 1


def knn_predict(train, train_labels, query, k):
    nearest = heapq.nsmallest(k, range(len(train)), key=lambda i: sq_dist(train[i], query))
    votes = {}
    for i in nearest:
        votes[train_labels[i]] = votes.get(train_labels[i], 0) + 1
    return max(sorted(votes), key=lambda label: votes[label])


def main(n):
    rng = random.Random(5)
    centers = [(0.0, 0.0, 1.0, 2.0), (5.0, 5.0, 0.0, 1.0), (0.0, 6.0, 3.0, 0.0),
               (6.0, 0.0, 2.0, 4.0), (3.0, 3.0, 5.0, 5.0)]
    points, labels = make_blobs(rng, centers, n, 1.3)
    centroids, assignment, inertia, rounds = kmeans(points, len(centers), rng)
    print(f"{len(points)} points, k-means converged in {rounds} rounds, inertia {inertia:.3f}")
    for c in sorted(centroids):
        print("  centroid", " ".join(f"{x:6.3f}" for x in c))
    sizes = sorted(sum(1 for a in assignment if a == c) for c in range(len(centers)))
    print("cluster sizes", sizes)
    order = list(range(len(points)))
    rng.shuffle(order)
    split = len(order) * 4 // 5
    train = [points[i] for i in order[:split]]
    train_labels = [labels[i] for i in order[:split]]
    test = [(points[i], labels[i]) for i in order[split:]][:max(20, n // 6)]
    confusion = [[0] * len(centers) for _ in centers]
    for point, label in test:
        confusion[label][knn_predict(train, train_labels, point, 7)] += 1
    correct = sum(confusion[i][i] for i in range(len(centers)))
    print(f"knn accuracy {correct}/{len(test)}")
    for row in confusion:
        print("  " + " ".join(f"{v:4d}" for v in row))
    spread = [math.sqrt(sum(sq_dist(p, centroids[c]) for p, a in zip(points, assignment) if a == c)
                        / max(1, sum(1 for a in assignment if a == c))) for c in range(len(centers))]
    print("spreads", [round(s, 3) for s in sorted(spread)])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
