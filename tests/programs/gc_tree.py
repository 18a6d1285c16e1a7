# The program: small trees whose children point back to their parent.
# Every tree is a reference cycle; the collector must free them as it goes.
import gc


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


total = 0
for i in range(200000):
    root = Node(None)
    for j in range(5):
        Node(root)
    total += len(root.children)
print(total)

# With automatic collection off, the count of what one collection frees is
# deterministic: six nodes and their six lists per tree.
gc.collect()
gc.disable()
for i in range(10):
    root = Node(None)
    for j in range(5):
        Node(root)
del root
print(gc.collect())
gc.enable()

# A doubly linked list and a graph with back edges.
class Link:
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


gc.disable()
head = Link(0)
cur = head
for v in range(1, 50):
    nxt = Link(v)
    cur.next = nxt
    nxt.prev = cur
    cur = nxt
del head, cur, nxt
print(gc.collect())

graph = {n: [] for n in range(20)}
for n in range(20):
    graph[n].append(graph[(n + 1) % 20])
    graph[n].append(graph[(n * 7) % 20])
del graph
print(gc.collect())
gc.enable()
