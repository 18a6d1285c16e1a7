"""Allocate and free many binary trees: full trees of several depths built from node
objects, checked by a recursive walk, plus one long-lived tree that survives the churn."""
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def tuple_tree(depth):
    if depth == 0:
        return (None, None)
    return (tuple_tree(depth - 1), tuple_tree(depth - 1))


def tuple_check(t):
    left, right = t
    if left is None:
        return 1
    return 1 + tuple_check(left) + tuple_check(right)


def main(max_depth):
    min_depth = 4
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {check(build(stretch))}")
    long_lived = build(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(build(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    total = 0
    for _ in range(8):
        total += tuple_check(tuple_tree(max_depth - 2))
    print(f"tuple trees check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 14)
