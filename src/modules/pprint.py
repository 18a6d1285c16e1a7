# The `pprint` module for quicken. The layout rules (where lines break, how
# strings and bytes are cut, the order of dict keys and set members, depth
# limits, recursion markers) are CPython 3.11's, so the text is identical;
# the code is organised around two operations: summarize a value on one line
# (`_summarize`), and lay it out over several lines when that line is too
# long (`_layout` and the `_lay_*` methods, chosen by the value's type).

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print `object` to `stream` (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line_summary(object):
    # (text, readable, recursive) with the default settings and no depth limit.
    return PrettyPrinter()._summarize(object, {}, None, 0)


def saferepr(object):
    """repr() that survives recursive structures."""
    return _one_line_summary(object)[0]


def isreadable(object):
    """Whether the repr of `object` can be read back by eval()."""
    return _one_line_summary(object)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return _one_line_summary(object)[2]


class _OrderKey:
    """Sort key for dict keys and set members: their own order where they
    have one, else the name of their type (then identity), so that mixed
    keys still sort."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, other.value
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _item_order(pair):
    return _OrderKey(pair[0]), _OrderKey(pair[1])


def _own_repr_is(obj, base):
    """Whether type(obj) is `base`, or derives from it without its own __repr__."""
    for cls in type(obj).__mro__:
        if cls is base:
            return True
        if "__repr__" in cls.__dict__:
            return False
    return False


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _with_last(items):
    """(item, is it the last one) for each item; the next item is taken
    before the current one is handed out, as the layout expects."""
    it = iter(items)
    try:
        pending = next(it)
    except StopIteration:
        return
    for following in it:
        yield pending, False
        pending = following
    yield pending, True


# Types whose repr is already safe, readable and flat.
_PLAIN_TYPES = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    """Formats Python values over several lines within a width."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface ------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._layout(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._layout(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; override to customize."""
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        # CPython's name for the one-line summary; programs call and override it.
        return self._summarize(object, context, maxlevels, level)

    # -- one-line summaries ------------------------------------------------

    def _one_line(self, obj, context, level):
        """The one-line text of `obj` (through format(), so overrides apply),
        noting on the printer whether it was readable or recursive."""
        text, readable, recursive = self.format(obj, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _dict_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_item_order)
        return mapping.items()

    def _summarize(self, obj, context, maxlevels, level):
        if type(obj) in _PLAIN_TYPES:
            return repr(obj), True, False
        if isinstance(obj, int) and _own_repr_is(obj, int):
            return (f"{obj:_d}" if self._underscore_numbers else repr(obj)), True, False
        if isinstance(obj, dict) and _own_repr_is(obj, dict):
            if not obj:
                return "{}", True, False
            return self._summarize_members(obj, "{%s}", self._dict_items(obj), context, maxlevels, level)
        if isinstance(obj, list) and _own_repr_is(obj, list):
            if not obj:
                return "[]", True, False
            return self._summarize_members(obj, "[%s]", [(x,) for x in obj], context, maxlevels, level)
        if isinstance(obj, tuple) and _own_repr_is(obj, tuple):
            if not obj:
                return "()", True, False
            shape = "(%s,)" if len(obj) == 1 else "(%s)"
            return self._summarize_members(obj, shape, [(x,) for x in obj], context, maxlevels, level)
        text = repr(obj)
        return text, (text and not text.startswith("<")), False

    def _summarize_members(self, obj, shape, groups, context, maxlevels, level):
        """One line for a dict, list or tuple: each group (a key and its
        value, or one element) summarized one level deeper and joined into
        `shape`; "..." past the depth limit, a marker where `obj` recurs."""
        ident = id(obj)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, ident in context
        if ident in context:
            return _recursion(obj), False, True
        context[ident] = 1
        readable, recursive = True, False
        shown = []
        for group in groups:
            texts = []
            for member in group:
                text, member_readable, member_recursive = self.format(member, context, maxlevels, level + 1)
                texts.append(text)
                if not member_readable:
                    readable = False
                if member_recursive:
                    recursive = True
            shown.append(": ".join(texts))
        del context[ident]
        return shape % ", ".join(shown), readable, recursive

    # -- multi-line layout -------------------------------------------------

    def _layout(self, obj, out, indent, allowance, context, level):
        """Writes `obj` at column `indent`, leaving `allowance` columns at
        the end of its last line for what follows it."""
        ident = id(obj)
        if ident in context:
            out.write(_recursion(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._one_line(obj, context, level)
        if len(text) > self._width - indent - allowance:
            lay = _layout_method_for(obj)
            if lay is not None:
                context[ident] = 1
                lay(self, obj, out, indent, allowance, context, level + 1)
                del context[ident]
                return
        out.write(text)

    def _pad_after_opener(self, out):
        # With indent > 1 the first member lines up with the ones below it.
        if self._indent_per_level > 1:
            out.write((self._indent_per_level - 1) * " ")

    def _lay_members(self, items, out, indent, allowance, context, level):
        """Elements of a list, tuple, set or deque, one per line (or packed
        onto lines in compact mode)."""
        indent += self._indent_per_level
        self._pad_after_opener(out)
        newline = ",\n" + " " * indent
        room = full_room = self._width - indent + 1
        separator = ""
        for item, last in _with_last(items):
            if last:
                room -= allowance
                full_room -= allowance
            if self._compact:
                text = self._one_line(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    out.write(separator)
                    out.write(text)
                    separator = ", "
                    continue
            out.write(separator)
            separator = newline
            self._layout(item, out, indent, allowance if last else 1, context, level)

    def _lay_pairs(self, items, out, indent, allowance, context, level):
        """`key: value` entries, one per line, each value laid out after its key."""
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        for (key, value), last in _with_last(list(items)):
            key_text = self._one_line(key, context, level)
            out.write(key_text + ": ")
            self._layout(value, out, indent + len(key_text) + 2, allowance if last else 1, context, level)
            if not last:
                out.write(newline)

    def _lay_bracketed(self, opener, items, closer, out, indent, allowance, context, level):
        out.write(opener)
        self._lay_members(items, out, indent, allowance + len(closer), context, level)
        out.write(closer)

    def _lay_dict(self, obj, out, indent, allowance, context, level):
        out.write("{")
        self._pad_after_opener(out)
        if obj:
            self._lay_pairs(self._dict_items(obj), out, indent, allowance + 1, context, level)
        out.write("}")

    def _lay_list(self, obj, out, indent, allowance, context, level):
        self._lay_bracketed("[", obj, "]", out, indent, allowance, context, level)

    def _lay_tuple(self, obj, out, indent, allowance, context, level):
        self._lay_bracketed("(", obj, ",)" if len(obj) == 1 else ")", out, indent, allowance, context, level)

    def _lay_set(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        members = sorted(obj, key=_OrderKey)
        if type(obj) is set:
            self._lay_bracketed("{", members, "}", out, indent, allowance, context, level)
        else:
            name = type(obj).__name__
            self._lay_bracketed(name + "({", members, "})", out, indent + len(name) + 1, allowance, context, level)

    def _lay_str(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            # Parenthesized, so that the pieces join into one literal.
            indent += 1
            allowance += 1
        pieces = _string_pieces(obj, self._width - indent, allowance)
        if len(pieces) == 1:
            out.write(pieces[0])
            return
        self._write_pieces(pieces, out, indent, outermost)

    def _lay_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        self._write_pieces(list(_bytes_pieces(obj, self._width - indent, allowance)), out, indent, outermost)

    @staticmethod
    def _write_pieces(pieces, out, indent, parenthesized):
        out.write(("(" if parenthesized else "") + ("\n" + " " * indent).join(pieces)
                  + (")" if parenthesized else ""))

    def _lay_bytearray(self, obj, out, indent, allowance, context, level):
        out.write("bytearray(")
        self._lay_bytes(bytes(obj), out, indent + 10, allowance + 1, context, level + 1)
        out.write(")")

    def _lay_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + "(")
        self._layout(list(obj.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.write(")")

    def _lay_default_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        factory = self._one_line(obj.default_factory, context, level)
        name = type(obj).__name__
        indent += len(name) + 1
        out.write(f"{name}({factory},\n" + " " * indent)
        self._lay_dict(obj, out, indent, allowance + 1, context, level)
        out.write(")")

    def _lay_counter(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + "({")
        self._pad_after_opener(out)
        self._lay_pairs(obj.most_common(), out, indent + len(name) + 1, allowance + 2, context, level)
        out.write("})")

    def _lay_deque(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        indent += len(name) + 1
        out.write(name + "([")
        if obj.maxlen is None:
            self._lay_members(obj, out, indent, allowance + 2, context, level)
            out.write("])")
            return
        self._lay_members(obj, out, indent, 2, context, level)
        limit = self._one_line(obj.maxlen, context, level)
        out.write("],\n" + " " * indent + f"maxlen={limit})")


def _word_parts(line):
    """`line` cut after each run of whitespace: 'a b  c' -> ['a ', 'b  ', 'c']."""
    parts = []
    current = ""
    for ch in line:
        if current and not ch.isspace() and current[-1].isspace():
            parts.append(current)
            current = ""
        current += ch
    if current:
        parts.append(current)
    return parts


def _pack(pieces, room, last_room, show):
    """Joins consecutive pieces while show(joined) fits `room` (`last_room`
    once the last piece is in); yields the texts of the runs."""
    run = None
    final = len(pieces) - 1
    for n, piece in enumerate(pieces):
        limit = last_room if n == final else room
        candidate = piece if run is None else run + piece
        if len(show(candidate)) > limit:
            if run:
                yield show(run)
            run = piece
        else:
            run = candidate
    if run:
        yield show(run)


def _string_pieces(text, room, allowance):
    """The reprs a long string is cut into: its lines, and lines too long
    for `room` cut after whitespace; the last line keeps `allowance` free."""
    lines = text.splitlines(True)
    final = len(lines) - 1
    pieces = []
    for n, line in enumerate(lines):
        last_room = room - allowance if n == final else room
        whole = repr(line)
        if len(whole) <= last_room:
            pieces.append(whole)
        else:
            pieces.extend(_pack(_word_parts(line), room, last_room, repr))
    return pieces


def _bytes_pieces(data, room, allowance):
    """The reprs of a long bytes value, cut into runs of 4-byte groups."""
    groups = [data[i:i + 4] for i in range(0, len(data), 4)]
    # Only a short last group is held to the allowance (CPython's rule).
    return _pack(groups, room, room - allowance if len(data) % 4 else room, repr)


def _collections_layouts():
    try:
        import collections
    except ImportError:
        return []
    wanted = (("OrderedDict", PrettyPrinter._lay_ordered_dict),
              ("defaultdict", PrettyPrinter._lay_default_dict),
              ("Counter", PrettyPrinter._lay_counter),
              ("deque", PrettyPrinter._lay_deque))
    return [(getattr(collections, name), lay) for name, lay in wanted if hasattr(collections, name)]


# Most specific classes first: a Counter is a dict with its own repr.
_LAYOUTS = _collections_layouts() + [
    (dict, PrettyPrinter._lay_dict),
    (list, PrettyPrinter._lay_list),
    (tuple, PrettyPrinter._lay_tuple),
    (set, PrettyPrinter._lay_set),
    (frozenset, PrettyPrinter._lay_set),
    (str, PrettyPrinter._lay_str),
    (bytes, PrettyPrinter._lay_bytes),
    (bytearray, PrettyPrinter._lay_bytearray),
]


def _layout_method_for(obj):
    """The multi-line layout for `obj`'s type, if it keeps that type's repr."""
    for base, lay in _LAYOUTS:
        if isinstance(obj, base) and _own_repr_is(obj, base):
            return lay
    return None
