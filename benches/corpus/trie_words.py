"""A trie of generated words: insertion, exact lookup, prefix counts, autocompletion by
depth-first walk, and deletion with pruning of empty branches."""
import sys


class TrieNode:
    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0

    def insert(self, word):
        node = self.root
        for ch in word:
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = TrieNode()
                node.children[ch] = nxt
            node = nxt
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1
            return True
        # undo the counts of a duplicate
        node = self.root
        for ch in word:
            node = node.children[ch]
            node.count -= 1
        return False

    def find(self, word):
        node = self.root
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self.find(word)
        return node is not None and node.terminal

    def count_prefix(self, prefix):
        node = self.find(prefix)
        return 0 if node is None else node.count

    def complete(self, prefix, limit):
        node = self.find(prefix)
        out = []
        if node is None:
            return out
        stack = [(node, prefix)]
        while stack and len(out) < limit:
            node, word = stack.pop()
            if node.terminal:
                out.append(word)
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], word + ch))
        return out

    def remove(self, word):
        path = []
        node = self.root
        for ch in word:
            path.append((node, ch))
            node = node.children.get(ch)
            if node is None:
                return False
        if not node.terminal:
            return False
        node.terminal = False
        self.size -= 1
        for parent, ch in path:
            child = parent.children[ch]
            child.count -= 1
            if child.count == 0:
                del parent.children[ch]
                break
        return True


def words(n, seed):
    letters = "etaoinshrdlucmfw"
    state = seed
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        length = 3 + (state >> 60) % 6
        w = []
        bits = state >> 8
        for _ in range(length):
            w.append(letters[bits & 15])
            bits >>= 4
        yield "".join(w)


def main(n):
    trie = Trie()
    added = sum(1 for w in words(n, 3) if trie.insert(w))
    print("inserted", added, "size", trie.size)
    hits = sum(1 for w in words(n // 2, 4) if w in trie)
    print("lookups hit", hits)
    for prefix in ("e", "ta", "sho", "in", "wf"):
        print(prefix, trie.count_prefix(prefix), trie.complete(prefix, 4))
    removed = sum(1 for w in words(n // 3, 3) if trie.remove(w))
    print("removed", removed, "size", trie.size, "root branches", len(trie.root.children))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 80000)
