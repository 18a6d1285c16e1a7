# asyncio for quicken: telling coroutines and coroutine functions apart.

def iscoroutinefunction(func):
    """True for a function defined with `async def` (also through a bound
    method or functools.partial)."""
    while True:
        if hasattr(func, '__func__'):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            break
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def iscoroutine(obj):
    """True for coroutine objects (and generators, which asyncio still accepts)."""
    name = type(obj).__name__
    if name == 'coroutine' or name == 'generator':
        return True
    cls = type(obj)
    return all(hasattr(cls, m) for m in ('send', 'throw', 'close', '__await__'))
