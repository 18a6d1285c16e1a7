"""traceback for quicken: exception reports as the interpreter prints them
(format_exc, print_exc, format_exception, print_exception, with chains),
and stack/traceback summaries (extract_tb, extract_stack, print_stack,
StackSummary, FrameSummary, TracebackException).

Exception reports come from the interpreter's own printer (`_tbformat`), so
they carry the same source lines and carets as an uncaught exception."""

import sys
import linecache
import _tbformat

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary",
           "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()


def _exception_of(exc, value):
    # The exception instance named by format_exception's old (type, value)
    # or new (exception) calling forms.
    if value is _sentinel:
        return exc
    return value


def _split_report(text):
    """Splits a report into the pieces CPython's format_exception yields: the
    header line, one piece per frame (with its source and caret lines), the
    chaining messages, then each line of the exception part."""
    lines = text.splitlines(keepends=True)
    pieces = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "') and ", in " in line:
            piece = line
            i += 1
            while i < len(lines) and (lines[i].startswith("    ") or lines[i].startswith("  [Previous line repeated")):
                piece += lines[i]
                i += 1
            pieces.append(piece)
            continue
        if line == "\n" and i + 2 < len(lines) and lines[i + 2] == "\n" and (
                lines[i + 1].startswith("The above exception") or lines[i + 1].startswith("During handling")):
            pieces.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        pieces.append(line)
        i += 1
    return pieces


def _is_frame(piece):
    return piece.startswith('  File "') and ", in " in piece.split("\n", 1)[0]


def _apply_limit(pieces, limit):
    """Keeps `limit` frames of each traceback (the last -limit when negative),
    dropping a header left with no frames."""
    if limit is None:
        return pieces
    out = []
    i = 0
    while i < len(pieces):
        if pieces[i] == "Traceback (most recent call last):\n":
            j = i + 1
            while j < len(pieces) and _is_frame(pieces[j]):
                j += 1
            frames = pieces[i + 1:j]
            frames = frames[:limit] if limit >= 0 else frames[limit:]
            if frames:
                out.append(pieces[i])
                out.extend(frames)
            i = j
            continue
        out.append(pieces[i])
        i += 1
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report of an exception as a list of strings (they end in newlines)."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if isinstance(exc, type):
        return [f"{exc.__name__}\n"]
    return _apply_limit(_split_report(_tbformat.format_exception(exc, chain)), limit)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of an exception's report (`Type: message`)."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _tbformat.format_exception_only(exc).splitlines(keepends=True)


def _write_all(pieces, file):
    """Writes the report pieces (each ends in a newline) to `file`, stderr by default."""
    out = sys.stderr if file is None else file
    for piece in pieces:
        print(piece, file=out, end="")


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception's report to `file` (stderr)."""
    _write_all(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the report of the last uncaught exception (sys.last_value)."""
    try:
        kind = sys.last_type
    except AttributeError:
        raise ValueError("no last exception") from None
    print_exception(kind, sys.last_value, sys.last_traceback, limit, file, chain)


class FrameSummary:
    """One frame of a traceback or stack: file, line number, function name and
    the source line."""
    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        if lookup_line:
            self.line  # read the source now, while the file is as it was
        # Locals are kept as their reprs: the report must not hold the objects.
        self.locals = None
        if locals:
            self.locals = {name: repr(value) for name, value in locals.items()}

    def _as_tuple(self):
        # The old 4-tuple form of a frame entry.
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._as_tuple()[:3] == other._as_tuple()[:3] and self.locals == other.locals
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """(frame, line number) from `f` outwards (the caller's caller when None)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) along a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, with CPython's formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarises (frame, lineno) pairs, keeping `limit` of them."""
        items = list(frame_gen)
        if limit is not None:
            items = items[:limit] if limit >= 0 else items[limit:]
        result = klass()
        for f, lineno in items:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (file, line, name, text) tuples."""
        summary = klass()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                where, number, function, text = entry
                entry = FrameSummary(where, number, function, line=text)
            summary.append(entry)
        return summary

    def format_frame_summary(self, frame_summary):
        """The lines for one frame."""
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            row.append(f"    {frame_summary.line}\n")
        for name, shown in sorted((frame_summary.locals or {}).items()):
            row.append(f"    {name} = {shown}\n")
        return "".join(row)

    def format(self):
        """One string per frame, with runs of the same line collapsed as CPython does."""
        result = []
        last = None
        count = 0
        for fs in self:
            here = (fs.filename, fs.lineno, fs.name)
            if last is None or here != last:
                if count > 3:
                    n = count - 3
                    result.append(f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n")
                last = here
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(fs))
        if count > 3:
            n = count - 3
            result.append(f"  [Previous line repeated {n} more time{'s' if n > 1 else ''}]\n")
        return result


def extract_tb(tb, limit=None):
    """The frames of a traceback object, outermost first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def _caller_of_caller():
    """The frame that called the traceback function that calls this (None
    where frames are not available)."""
    try:
        return sys._getframe(2)
    except (AttributeError, ValueError):
        return None


def _outermost_first(f, limit):
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def extract_stack(f=None, limit=None):
    """The frames of the running stack (from `f`, or the caller), outermost first."""
    start = _caller_of_caller() if f is None else f
    if start is None:
        return StackSummary()
    return _outermost_first(start, limit)


def format_list(extracted_list):
    """Strings for a list of frames (FrameSummary objects or tuples)."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """Strings for the frames of a traceback object."""
    return format_list(extract_tb(tb, limit=limit))


def print_tb(tb, limit=None, file=None):
    """Prints the frames of a traceback object."""
    _write_all(format_tb(tb, limit), file)


def print_list(extracted_list, file=None):
    """Prints a list of frames."""
    _write_all(format_list(extracted_list), file)


def format_stack(f=None, limit=None):
    """Strings for the running stack (the caller's frames)."""
    start = _caller_of_caller() if f is None else f
    if start is None:
        return []
    return format_list(_outermost_first(start, limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the running stack, outermost frame first."""
    start = _caller_of_caller() if f is None else f
    if start is not None:
        _write_all(format_list(_outermost_first(start, limit)), file)


def clear_frames(tb):
    """Kept for compatibility (quicken's frames hold no locals after they end)."""


class TracebackException:
    """An exception ready to be formatted later: its type, message, stack,
    cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self._str = "None" if exc_value is None else str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._keep_syntax_details(exc_value)
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            for attr in ("__cause__", "__context__"):
                other = getattr(exc_value, attr)
                if other is not None and id(other) not in _seen:
                    setattr(self, attr, TracebackException(type(other), other, other.__traceback__, limit=limit,
                                                           lookup_lines=lookup_lines, _seen=_seen))
        self.exceptions = None

    def _keep_syntax_details(self, error):
        # Where a SyntaxError points (the line number kept as text).
        self.filename, self.text, self.offset, self.msg = error.filename, error.text, error.offset, error.msg
        self.lineno = None if error.lineno is None else str(error.lineno)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Captures an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The `Type: message` lines."""
        if self._exc is not None:
            yield from format_exception_only(self._exc)
            return
        # Only a type was given (or none): its name and the text kept.
        kind = self.exc_type
        name = None if kind is None else kind.__qualname__
        if kind is not None and kind.__module__ not in ("__main__", "builtins"):
            name = f"{kind.__module__}.{name}"
        yield f"{name}: {self._str}\n" if self._str else f"{name}\n"

    def format(self, *, chain=True):
        """The report, piece by piece."""
        if self._exc is None:
            yield from self.format_exception_only()
            return
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        """Prints the report."""
        _write_all(self.format(chain=chain), file)
