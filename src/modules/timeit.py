import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

# The command line's options, one table driving both the getopt specs and
# the help text: (short letter, long name, metavar, help). A metavar of ""
# takes an argument without showing one; None is a plain switch; a help of
# None keeps the option out of the help (-t and -c are accepted for
# compatibility and do nothing).
_CLI_OPTIONS = (
    ("n", "number", "N", "how many times to execute 'statement' (default: see below)"),
    ("r", "repeat", "N", "how many times to repeat the timer (default 5)"),
    ("s", "setup", "S", "statement to be executed once initially (default 'pass').\n"
                        "Execution time of this setup statement is NOT timed."),
    ("p", "process", None, "use time.process_time() (default is time.perf_counter())"),
    ("v", "verbose", None, "print raw timing results; repeat for more digits precision"),
    ("u", "unit", "", "set the output time unit (nsec, usec, msec, or sec)"),
    ("h", "help", None, "print this usage message and exit"),
    ("t", "time", None, None),
    ("c", "clock", None, None),
)

_HELP_INTRO = """Tool for measuring execution time of small code snippets.

This module avoids a number of common traps for measuring execution
times.  See also Tim Peters' introduction to the Algorithms chapter in
the Python Cookbook, published by O'Reilly.

Library usage: see the Timer class.

Command line usage:
    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]

Options:
"""

_HELP_OUTRO = """  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.

Note: there is a certain baseline overhead associated with executing a
pass statement.  It differs between versions.  The code here doesn't try
to hide it, but you should be aware of it.  The baseline overhead can be
measured by invoking the program without arguments.

Classes:

    Timer

Functions:

    timeit(string, string) -> float
    repeat(string, string) -> list
    default_timer() -> float

"""


def _help_text():
    """The module docstring, which is also what -h prints."""
    entries = []
    for letter, name, metavar, text in _CLI_OPTIONS:
        if text is None:
            continue
        head = f"  -{letter}/--{name}" + (f" {metavar}" if metavar else "") + ": "
        first, *rest = text.split("\n")
        entries.append(head + first + "\n")
        entries.extend(" " * len(head) + more + "\n" for more in rest)
    return _HELP_INTRO + "".join(entries) + _HELP_OUTRO


__doc__ = _help_text()

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_module_namespace = globals

# The function a Timer compiles: setup once, then the statement in a loop
# between two timer readings. Public, as in CPython; filled by str.format.
template = "\n".join((
    "",
    "def inner(_it, _timer{init}):",
    "    {setup}",
    "    _t0 = _timer()",
    "    for _i in _it:",
    "        {stmt}",
    "        pass",
    "    _t1 = _timer()",
    "    return _t1 - _t0",
    "",
))


def reindent(src, indent):
    """Indents every line after the first by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _template_slot(part, role, depth, bindings, checked_after=""):
    """What `part` (source text or a callable) puts in the template:
    (text for its slot, extra parameter of inner()). Source text is
    compiled first (after `checked_after`) so a syntax error shows up here
    with the user's own text; a callable is passed in as a default
    argument named after its role."""
    if isinstance(part, str):
        compile(checked_after + part, dummy_src_name, "exec")
        return reindent(part, depth), ""
    if callable(part):
        hidden = "_" + role
        bindings[hidden] = part
        return hidden + "()", f", {hidden}={hidden}"
    raise ValueError(f"{role} is neither a string nor callable")


def _pause_collector():
    """Turns the cyclic garbage collector off for a measurement; returns
    what turns it back on (nothing to do where it was off or is absent)."""
    try:
        import gc
        if gc.isenabled():
            gc.disable()
            return gc.enable
    except (ImportError, AttributeError):
        pass
    return None


def _loop_counts():
    """1, 2, 5, 10, 20, 50, 100, ..."""
    decade = 1
    while True:
        yield decade
        yield decade * 2
        yield decade * 5
        decade *= 10


class Timer:
    """Times a statement (source text or a callable) after a setup statement."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        bindings = {}
        setup_text, setup_param = _template_slot(setup, "setup", 4, bindings)
        prefix = setup + "\n" if isinstance(setup, str) else ""
        stmt_text, stmt_param = _template_slot(stmt, "stmt", 8, bindings, prefix)
        self.src = template.format(stmt=stmt_text, setup=setup_text, init=setup_param + stmt_param)
        namespace = _module_namespace() if globals is None else globals
        exec(compile(self.src, dummy_src_name, "exec"), namespace, bindings)
        self.inner = bindings["inner"]

    def print_exc(self, file=None):
        """Prints the report of an exception raised by the timed code, with
        the generated source's lines."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        traceback.print_exception(*sys.exc_info(), file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the garbage
        collector is paused meanwhile)."""
        resume = _pause_collector()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if resume is not None:
                resume()

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), `repeat` times: a list of times."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a loop count (1, 2, 5, 10, 20, 50, ...) taking at least 0.2
        seconds; returns (number, time taken)."""
        for count in _loop_counts():
            taken = self.timeit(count)
            if callback:
                callback(count, taken)
            if taken >= 0.2:
                return (count, taken)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Seconds taken by `number` runs of `stmt` after `setup`."""
    measured = Timer(stmt, setup, timer, globals)
    return measured.timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """A list of `repeat` timeit() results."""
    measured = Timer(stmt, setup, timer, globals)
    return measured.repeat(repeat, number)


# Seconds per unit, largest first (the automatic choice takes the first one
# not larger than the time shown).
_UNIT_SECONDS = (("sec", 1.0), ("msec", 1e-3), ("usec", 1e-6), ("nsec", 1e-9))


def _plural(count):
    return "" if count == 1 else "s"


class _CommandLine:
    """The settings of one `-m timeit` run, read from its arguments."""

    def __init__(self):
        self.timer = default_timer
        self.number = 0          # 0: found by autorange
        self.setup_lines = []
        self.repeat = default_repeat
        self.verbose = 0
        self.unit = None         # None: chosen per time shown
        self.digits = 3

    def apply(self, flag, value):
        """Takes one option; returns an exit status to stop with, or None."""
        name = flag.lstrip("-")
        name = {letter: long for letter, long, *_ in _CLI_OPTIONS}.get(name, name)
        if name == "number":
            self.number = int(value)
        elif name == "setup":
            self.setup_lines.append(value)
        elif name == "unit":
            if value not in dict(_UNIT_SECONDS):
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            self.unit = value
        elif name == "repeat":
            self.repeat = max(int(value), 1)
        elif name == "process":
            self.timer = time.process_time
        elif name == "verbose":
            if self.verbose:
                self.digits += 1
            self.verbose += 1
        elif name == "help":
            print(__doc__, end=" ")
            return 0
        return None

    def show(self, seconds):
        """`seconds` in the chosen unit, or the largest one it reaches."""
        if self.unit is not None:
            unit, scale = self.unit, dict(_UNIT_SECONDS)[self.unit]
        else:
            for unit, scale in _UNIT_SECONDS:
                if seconds >= scale:
                    break
        return "%.*g %s" % (self.digits, seconds / scale, unit)

    def report_trial(self, count, taken):
        print(f"{count} loop{_plural(count)} -> {taken:.{self.digits}g} secs")


def _current_dir():
    try:
        import os
    except ImportError:
        return "."
    return os.curdir


def _run_or_report(timer, action):
    """(True, result) of action(), or (False, None) after printing the
    traceback of whatever it raised."""
    try:
        return True, action()
    except BaseException:
        timer.print_exc()
        return False, None


def main(args=None, *, _wrap_timer=None):
    """The command line (`-m timeit`); returns the exit status."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    short_spec = "".join(letter + (":" if metavar is not None else "")
                         for letter, _, metavar, _ in _CLI_OPTIONS)
    long_spec = [name + ("=" if metavar is not None else "") for _, name, metavar, _ in _CLI_OPTIONS]
    try:
        opts, args = getopt.getopt(args, short_spec, long_spec)
    except getopt.GetoptError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    run = _CommandLine()
    for flag, value in opts:
        status = run.apply(flag, value)
        if status is not None:
            return status
    sys.path.insert(0, _current_dir())
    timer = run.timer if _wrap_timer is None else _wrap_timer(run.timer)
    t = Timer("\n".join(args) or "pass", "\n".join(run.setup_lines) or "pass", timer)
    number = run.number
    if number == 0:
        ok, found = _run_or_report(t, lambda: t.autorange(run.report_trial if run.verbose else None))
        if not ok:
            return 1
        number = found[0]
        if run.verbose:
            print()
    ok, raw = _run_or_report(t, lambda: t.repeat(run.repeat, number))
    if not ok:
        return 1
    if run.verbose:
        print("raw times: %s" % ", ".join(map(run.show, raw)))
        print()
    per_loop = [total / number for total in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (number, _plural(number), run.repeat, run.show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more than four "
                               "times slower than the best time (%s)." % (run.show(worst), run.show(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
