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
    y = cls.__new__(cls)
    state, custom = _get_state(x)
    if isinstance(x, list):
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
        else:
            y = cls.__new__(cls)
            memo[d] = y
            state, custom = _get_state(x)
            if isinstance(x, list):
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
