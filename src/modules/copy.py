"""copy for quicken: shallow and deep copies."""


class Error(Exception):
    pass


error = Error

_atomic = [type(None), int, float, bool, str, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: None), property]
for _n in ('complex', 'bytes'):
    try:
        _atomic.append(getattr(__builtins__, _n))
    except AttributeError:
        pass
_atomic = tuple(_atomic)


def _is_atomic(cls):
    for t in _atomic:
        if cls is t:
            return True
    return False


def _get_state(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return x.__getstate__(), True
    state = None
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if d:
        state = d
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots), True
    return state, False


def _set_state(y, state, custom):
    if state is None:
        return
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if custom and isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for k, v in slots.items():
            setattr(y, k, v)


def copy(x):
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    cp = getattr(cls, '__copy__', None)
    if cp is not None:
        return x.__copy__()
    if isinstance(x, type):
        return x
    red = _reduce(x)
    if red is not None:
        return _reconstruct(x, None, *red)
    y = _make(x, cls, None)
    state, custom = _get_state(x)
    if isinstance(x, (list, _deque())):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    elif isinstance(x, set):
        y.update(x)
    if custom:
        _set_state(y, state, True)
    elif state:
        _set_state(y, dict(state), False)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        same = True
        for k, j in zip(x, items):
            if k is not j:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    else:
        cp = getattr(x, '__deepcopy__', None)
        if cp is not None and not isinstance(x, type):
            y = cp(memo)
        elif isinstance(x, type):
            return x
        elif (red := _reduce(x)) is not None:
            y = _reconstruct(x, memo, *red)
        else:
            y = _make(x, cls, memo)
            memo[d] = y
            state, custom = _get_state(x)
            if isinstance(x, (list, _deque())):
                for a in x:
                    y.append(deepcopy(a, memo))
            elif isinstance(x, dict):
                for k, v in x.items():
                    y[deepcopy(k, memo)] = deepcopy(v, memo)
            elif isinstance(x, set):
                for a in x:
                    y.add(deepcopy(a, memo))
            if state is not None:
                _set_state(y, deepcopy(state, memo), custom)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deque():
    from collections import deque
    return deque


def _make(x, cls, memo):
    """A new empty-ish instance of x's class (before state is restored)."""
    gna = getattr(cls, '__getnewargs__', None)
    if gna is not None or isinstance(x, tuple):
        args = x.__getnewargs__() if gna is not None else (tuple(x),)
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    if isinstance(x, BaseException):
        args = x.args if memo is None else deepcopy(x.args, memo)
        y = cls.__new__(cls, *args)
        y.args = args
        return y
    if isinstance(x, _deque()):
        return cls.__new__(cls, (), x.maxlen)
    y = cls.__new__(cls)
    if isinstance(x, dict) and hasattr(x, 'default_factory'):
        y.default_factory = x.default_factory
    return y


def _reduce(x):
    cls = type(x)
    f = getattr(cls, '__reduce_ex__', None)
    if f is not None and f is not getattr(object, '__reduce_ex__', None):
        rv = x.__reduce_ex__(4)
    else:
        f = getattr(cls, '__reduce__', None)
        if f is None or f is getattr(object, '__reduce__', None):
            return None
        rv = x.__reduce__()
    if isinstance(rv, str):
        return None
    return rv


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
