"""warnings for quicken: warn() with categories and the filter list
(filterwarnings, simplefilter, -W options), catch_warnings, and CPython's
`file:line: Category: message` report on stderr."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message regex or None, category, module regex/str or None, lineno);
# the first match decides. These are CPython 3.11's defaults.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    # Registries remember shown warnings per filter generation.
    global _filters_version
    _filters_version += 1


# The report path has two replaceable layers, as in CPython: the public
# showwarning()/formatwarning() (users may assign their own), and the
# _showwarnmsg_impl/_formatwarnmsg_impl functions working on a
# WarningMessage (catch_warnings(record=True) swaps the first for a list's
# append).

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning report."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    target = sys.stderr if msg.file is None else msg.file
    if target is None:
        return  # no stderr (pythonw): the warning is lost
    report = _formatwarnmsg(msg)
    try:
        target.write(report)
    except OSError:
        pass  # an unwritable stream must not turn a warning into an error


def _source_line_of(msg):
    if msg.line is not None:
        return msg.line
    try:
        import linecache
        return linecache.getline(msg.filename, msg.lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    head = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    source = _source_line_of(msg)
    return head + f"  {source.strip()}\n" if source else head


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    # A replaced showwarning() gets the call; otherwise the report is written.
    replacement = showwarning
    if replacement is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(replacement):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    replacement(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _formatwarnmsg(msg):
    replacement = formatwarning
    if replacement is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return replacement(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: `action` for warnings whose text starts with the
    `message` regex, of `category`, from modules matching `module`."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    text_pattern = _compiled(message, ignore_case=True)
    module_pattern = _compiled(module, ignore_case=False)
    _add_filter(action, text_pattern, category, module_pattern, lineno, append=append)


def _compiled(pattern, ignore_case):
    # An empty pattern matches everything: no regex (None) is kept for it.
    if not pattern:
        return None
    import re
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of `category` (any text, any module)."""
    assert action in _ACTIONS, f"invalid action: {action!r}"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter added again moves to the front; appended, it stays where it is.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Clears the filter list (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A bad -W option."""


def _processoptions(args):
    for option in args:
        try:
            _setoption(option)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


def _option_lineno(field):
    if not field:
        return 0
    try:
        number = int(field)
    except (ValueError, OverflowError):
        raise _OptionError(f"invalid lineno {field!r}") from None
    if number < 0:
        raise _OptionError(f"invalid lineno {number!r}")
    return number


def _setoption(arg):
    """One -W option, action:message:category:module:lineno (trailing
    fields may be left out); message and module are literal texts."""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    fields = [field.strip() for field in fields] + [""] * (5 - len(fields))
    action_name, text, category_name, module_name, line_field = fields
    action = _getaction(action_name)
    category = _getcategory(category_name)
    import re
    text = re.escape(text) if text else text
    module_name = re.escape(module_name) + r"\Z" if module_name else module_name
    filterwarnings(action, text, category, module_name, _option_lineno(line_field))


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    if not category:
        return Warning
    found = _named_class(category)
    if found is None:
        raise _OptionError(f"unknown warning category: {category!r}")
    if not issubclass(found, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return found


def _named_class(dotted):
    """The class a -W option names: a builtin, or module.attribute."""
    owner_name, _, attribute = dotted.rpartition(".")
    if not owner_name:
        import builtins
        return getattr(builtins, dotted, None)
    try:
        owner = __import__(owner_name, None, None, [attribute])
    except ImportError:
        raise _OptionError(f"invalid module name: {owner_name!r}") from None
    return getattr(owner, attribute, None)


def _caller(stacklevel):
    """(globals, filename, lineno) of the frame `stacklevel` levels up from
    warn()'s caller; sys's when the stack is not that deep."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except (AttributeError, ValueError):
        return sys.__dict__, "sys", 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (UserWarning unless `category` says otherwise),
    located at the caller `stacklevel` levels up."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    caller_globals, filename, lineno = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, caller_globals.get("__name__", "<string>"),
                  caller_globals.setdefault("__warningregistry__", {}), caller_globals, source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _module_from_filename(filename):
    name = filename or "<unknown>"
    return name[:-3] if name[-3:].lower() == ".py" else name


def _chosen_filter(text, category, module, lineno):
    """(action, the filter that chose it or None): the first filter
    matching the warning, else the default action."""
    for entry in filters:
        action, text_pattern, base, module_pattern, only_line = entry
        if (_matches(text_pattern, text) and issubclass(category, base)
                and _matches(module_pattern, module) and only_line in (0, lineno)):
            return action, entry
    return defaultaction, None


def _note(book, key):
    """Whether `key` is already in the registry `book`; notes it if not. A
    book filled under other filters starts over."""
    if book.get("version") != _filters_version:
        book.clear()
        book["version"] = _filters_version
    elif book.get(key):
        return True
    book[key] = True
    return False


def _seen_before(action, entry, registry, text, category, lineno):
    """Whether the warning is to be left out under `action` (as ignored or
    as a repeat); notes it in the registries otherwise. These are the rules
    of CPython's C implementation: "once" and "module" count per registry
    given (the module's), "once" without one in the shared onceregistry."""
    if action == "always":
        return False
    if registry is not None:
        registry[(text, category, lineno)] = True
    if action == "ignore":
        return True
    if action == "once":
        return _note(onceregistry if registry is None else registry, (text, category))
    if action == "module":
        return registry is not None and _note(registry, (text, category))
    if action != "default":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {entry}")
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning at an explicit location, through the filters."""
    lineno = int(lineno)
    if module is None:
        module = _module_from_filename(filename)
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    if registry is not None and _already_shown(registry, (text, category, lineno)):
        return
    action, entry = _chosen_filter(text, category, module, lineno)
    if action == "error":
        raise message
    if _seen_before(action, entry, registry, text, category, lineno):
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _already_shown(registry, key):
    # A registry filled under other filters is stale: emptied first.
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
        return False
    return bool(registry.get(key))


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit;
    with record=True the block's warnings are collected in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


_processoptions(sys.warnoptions)
