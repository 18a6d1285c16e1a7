# asyncio for quicken: queues. Their async methods are Python code in
# CPython too; the lines a traceback can show are at CPython's numbers.
#@visible Queue.put Queue.put_nowait Queue.get Queue.get_nowait Queue.task_done Queue.join

import heapq as _queue_heapq
from collections import deque as _queue_deque


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class Queue(_LoopBoundMixin):
    """A FIFO queue for producer and consumer coroutines; maxsize <= 0
    means unbounded."""
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _queue_deque()
        self._putters = _queue_deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _queue_deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # The first waiter that was not cancelled.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

#@line 110
    async def put(self, item):
        """Put an item into the queue, waiting for a free slot."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
#@line 120
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    # A get_nowait() took it out already.
                    pass
                if not self.full() and not putter.cancelled():
                    # Woken by get_nowait() but leaving: wake the next one.
                    self._wakeup_next(self._putters)
                raise
#@line 135
        return self.put_nowait(item)

#@line 137
    def put_nowait(self, item):
        """Put an item into the queue without blocking (QueueFull when full)."""
        if self.full():
#@line 143
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

#@line 149
    async def get(self):
        """Remove and return an item, waiting for one."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
#@line 158
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    # A put_nowait() took it out already.
                    pass
                if not self.empty() and not getter.cancelled():
                    # Woken by put_nowait() but leaving: wake the next one.
                    self._wakeup_next(self._getters)
                raise
#@line 173
        return self.get_nowait()

#@line 175
    def get_nowait(self):
        """Remove and return an item if one is there, else raise QueueEmpty."""
        if self.empty():
#@line 181
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

#@line 186
    def task_done(self):
        """One item taken out with get() is processed."""
        if self._unfinished_tasks <= 0:
#@line 201
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

#@line 206
    async def join(self):
        """Wait until every item put in was processed (task_done())."""
        if self._unfinished_tasks > 0:
#@line 215
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue giving the smallest entry first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _queue_heapq.heappush(self._queue, item)

    def _get(self):
        return _queue_heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue giving the most recent entry first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
