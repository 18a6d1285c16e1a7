"""queue for quicken: the FIFO, LIFO and priority queues of CPython's module.

quicken runs one thread, so a get() that would have to wait for another
thread's put() can never be satisfied: it raises Empty at once when a
timeout is given or block is false, and otherwise says that it would wait
forever (CPython would hang)."""

import heapq as _heapq
from collections import deque as _deque


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    pass


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


def _never(what):
    raise RuntimeError("queue.%s would wait forever: quicken has no other thread to "
                       "satisfy it" % what)


def _cannot_wait(block, timeout, exc, what):
    # With no other thread, a wait can only time out (`exc`) or never end.
    if not block:
        raise exc
    if timeout is not None:
        if timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        raise exc
    _never(what)


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            _never("Queue.join()")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _cannot_wait(block, timeout, Full, "Queue.put() on a full queue")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _cannot_wait(block, timeout, Empty, "Queue.get() on an empty queue")
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(lambda cls, item: cls)


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue."""

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block or timeout is not None:
                if timeout is not None and timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                raise Empty
            _never("SimpleQueue.get() on an empty queue")
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(lambda cls, item: cls)
