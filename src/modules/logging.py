"""logging for quicken: loggers in a dotted hierarchy, handlers, formatters and
filters, with the records, output and messages of CPython 3.11's module.

quicken runs one thread, so the module's locks are no-ops. Records learn their
file, line and function from the calling frame (sys._getframe), skipping the
frames of this module.
"""

import sys
import time
import io
import warnings

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
           'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
           'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
           'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug', 'disable',
           'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
           'getLevelNamesMapping']


# ---------------------------------------------------------------------------
# The process (os/threading when quicken has them)

import _clisupport
try:
    import os as _os
except ImportError:
    _os = None
try:
    import threading as _threading
except ImportError:
    _threading = None

if _os is not None:
    _getpid, _getcwd = _os.getpid, _os.getcwd
else:
    _getpid, _getcwd = _clisupport.getpid, _clisupport.getcwd


def _thread_ident():
    if _threading is None:
        return _clisupport.thread_ident()
    return _threading.get_ident()


def _thread_name():
    if _threading is None:
        return 'MainThread'
    return _threading.current_thread().name


def _basename(path):
    return path.rpartition('/')[2]


def _splitext_root(name):
    dot = name.rfind('.')
    if dot <= 0 or name[:dot].strip('.') == '':
        return name
    return name[:dot]


def _abspath(path):
    if _os is not None:
        return _os.path.abspath(path)
    if not path.startswith('/'):
        path = _getcwd().rstrip('/') + '/' + path
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..':
            if parts:
                parts.pop()
        else:
            parts.append(part)
    return '/' + '/'.join(parts)


try:
    _localtime = time.localtime
except AttributeError:
    _localtime = _clisupport.localtime

try:
    _strftime = time.strftime
except AttributeError:
    _strftime = _clisupport.strftime


# ---------------------------------------------------------------------------
# Module state

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()


class _NoLock(object):
    """The lock of a one-threaded interpreter: acquiring always succeeds."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    __enter__ = acquire

    def __exit__(self, *exc):
        return False


_lock = _NoLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# Level number -> name and name -> number; addLevelName() adds to both.
_level_names = {}
_name_levels = {'FATAL': FATAL, 'WARN': WARNING}
for _number, _name in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                       (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _level_names[_number] = _name
    _name_levels[_name] = _number
del _number, _name
# CPython's names for the two tables (some programs read them).
_levelToName = _level_names
_nameToLevel = _name_levels


def getLevelNamesMapping():
    """A copy of the name -> level number table."""
    return dict(_name_levels)


def getLevelName(level):
    """The name of a level number, the number of a level name, else 'Level %s'."""
    for table in (_level_names, _name_levels):
        found = table.get(level)
        if found is not None:
            return found
    return 'Level %s' % level


def addLevelName(level, levelName):
    """Gives level number `level` the name `levelName` (both ways)."""
    _level_names[level] = levelName
    _name_levels[levelName] = level


def _level_number(level):
    """`level` as a number: numbers pass, registered names are looked up."""
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError('Level not an integer or a valid string: %r' % (level,))
    try:
        return _name_levels[level]
    except KeyError:
        raise ValueError('Unknown level: %r' % level) from None


_checkLevel = _level_number   # CPython's name (logging.config and some programs use it)


# The file of this module's code: findCaller skips its frames.
_srcfile = sys._getframe(0).f_code.co_filename


def currentframe():
    return sys._getframe(1)


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return filename == _srcfile or ('importlib' in filename and '_bootstrap' in filename)


# ---------------------------------------------------------------------------
# Records

class LogRecord(object):
    """One logged event: the message, its arguments and where it came from."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        if args and len(args) == 1 and args[0] and _is_mapping(args[0]):
            # logger.info('%(a)s', {'a': 1}): the mapping is the argument.
            args = args[0]
        filename, module = _file_and_module(pathname)
        # One update, in CPython's attribute order (vars(record) shows it).
        vars(self).update(
            name=name, msg=msg, args=args, levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=filename, module=module, exc_info=exc_info,
            exc_text=None, stack_info=sinfo, lineno=lineno, funcName=func, created=now,
            msecs=float(int((now - int(now)) * 1000)),
            relativeCreated=1000 * (now - _startTime),
            thread=_thread_ident() if logThreads else None,
            threadName=_thread_name() if logThreads else None,
            processName='MainProcess' if logMultiprocessing else None,
            process=_getpid() if logProcesses else None)

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        """str(msg), %-formatted with the arguments when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


def _file_and_module(pathname):
    """A record's filename and module (the file name without its extension)."""
    try:
        base = _basename(pathname)
        return base, _splitext_root(base)
    except (TypeError, ValueError, AttributeError):
        return pathname, 'Unknown module'


def _is_mapping(obj):
    """isinstance(obj, collections.abc.Mapping), without importing it for common types."""
    if isinstance(obj, dict):
        return True
    if isinstance(obj, (str, int, float, tuple, list, bytes)):
        return False
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """The callable that makes LogRecords from now on."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that makes LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are the items of `dict` (for records sent elsewhere)."""
    rv = _logRecordFactory(None, None, '', 0, '', (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---------------------------------------------------------------------------
# Format styles

class PercentStyle(object):
    """'%(name)s' formats."""

    # The format used without one, how a format shows the time, and what marks that.
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        """Whether the format shows the time (then records get asctime)."""
        return self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError unless the format has at least one valid field."""
        if not _percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        """The record's attributes, over the defaults given to the formatter."""
        if not self._defaults:
            return vars(record)
        merged = dict(self._defaults)
        merged.update(vars(record))
        return merged

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        """The record's text in this style."""
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing) from None


def _percent_field(fmt):
    """Whether `fmt` holds a '%(name)X' field with a valid conversion."""
    import re
    return re.search(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', fmt, re.I) is not None


class StrFormatStyle(PercentStyle):
    """'{name}' formats."""

    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Raises ValueError for a malformed field, conversion or spec, or no field at all."""
        import re
        spec_ok = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
        field_ok = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')
        fields = set()
        try:
            for fieldname, spec, conversion in _format_fields(self._fmt):
                if fieldname:
                    if not field_ok.match(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not spec_ok.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


def _format_fields(fmt):
    """The (field name, spec, conversion) of each replacement field of a str.format
    string, with string.Formatter.parse's errors."""
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '}':
            if fmt.startswith('}}', i):
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            i += 1
            continue
        if fmt.startswith('{{', i):
            i += 2
            continue
        if i == n - 1:
            raise ValueError("Single '{' encountered in format string")
        # Find the matching close brace (specs may nest one level of fields).
        depth = 1
        j = i + 1
        while j < n and depth:
            if fmt[j] == '{':
                depth += 1
            elif fmt[j] == '}':
                depth -= 1
            j += 1
        if depth:
            if j >= n and '}' not in fmt[i + 1:]:
                raise ValueError("expected '}' before end of string")
            raise ValueError("unmatched '{' in format spec")
        body = fmt[i + 1:j - 1]
        name, spec, conversion = body, '', None
        colon = body.find(':')
        bang = body.find('!')
        if bang >= 0 and (colon < 0 or bang < colon):
            name = body[:bang]
            rest = body[bang + 1:]
            if ':' in rest:
                conversion, spec = rest.split(':', 1)
            else:
                conversion = rest
            if len(conversion) != 1:
                raise ValueError('expected \':\' after conversion specifier')
        elif colon >= 0:
            name, spec = body[:colon], body[colon + 1:]
        fields.append((name, spec, conversion))
        i = j
    return fields


class StringTemplateStyle(PercentStyle):
    """'$name' formats (string.Template)."""

    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        """Whether the format shows the time ($asctime or ${asctime})."""
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError for a bare '$' or a format without fields."""
        import re
        fields = set()
        pattern = r'\$(?:(\$)|([_a-z][_a-z0-9]*)|{([_a-z][_a-z0-9]*)}|())'
        for m in re.finditer(pattern, self._fmt, re.I):
            escaped, named, braced, invalid = m.groups()
            if named:
                fields.add(named)
            elif braced:
                fields.add(braced)
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# style character -> (style class, basicConfig's default format in that style)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT)}
_STYLES['{'] = (StrFormatStyle, BASIC_FORMAT.replace('%(', '{').replace(')s', '}'))
_STYLES['$'] = (StringTemplateStyle, BASIC_FORMAT.replace('%(', '${').replace(')s', '}'))




def _style_class(style):
    try:
        return _STYLES[style][0]
    except KeyError:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys())) from None


# ---------------------------------------------------------------------------
# Formatters

class Formatter(object):
    """Turns a record into text: the format string, the time, the traceback."""

    converter = staticmethod(_localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        style_class = _style_class(style)
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time: strftime(datefmt), or 'YYYY-mm-dd HH:MM:SS,mmm'."""
        when = self.converter(record.created)
        if datefmt:
            return _strftime(datefmt, when)
        text = _strftime(self.default_time_format, when)
        if not self.default_msec_format:
            return text
        return self.default_msec_format % (text, record.msecs)

    def formatException(self, ei):
        """The traceback of exc_info tuple `ei`, without its last newline."""
        import traceback
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        """Whether the format shows the time."""
        return self._style.usesTime()

    def formatMessage(self, record):
        """The format applied to the record (message and asctime set already)."""
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text of stack_info as shown after the message (unchanged here)."""
        return stack_info

    def format(self, record):
        """The record's text: the formatted message, then the traceback and the stack."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        pieces = [self.formatMessage(record)]
        # The traceback text is kept on the record for the other handlers.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            pieces.append(record.exc_text)
        if record.stack_info:
            pieces.append(self.formatStack(record.stack_info))
        text = pieces[0]
        for extra in pieces[1:]:
            text += extra if text.endswith('\n') else '\n' + extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        """Text before a batch of records (none here)."""
        return ''

    def formatFooter(self, records):
        """Text after a batch of records (none here)."""
        return ''

    def format(self, records):
        """The header, each record formatted by linefmt, the footer ("" for no records)."""
        if not records:
            return ''
        return (self.formatHeader(records)
                + ''.join([self.linefmt.format(record) for record in records])
                + self.formatFooter(records))


# ---------------------------------------------------------------------------
# Filters

class Filter(object):
    """Passes the records of one logger and its descendants (all with name '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether `record` comes from the named logger or one below it."""
        if self.nlen == 0 or self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == '.'


class Filterer(object):
    """Base of loggers and handlers: a list of filters a record must pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Adds `filter` (an object with a filter method, or a callable) once."""
        if not any(f is filter or f == filter for f in self.filters):
            self.filters += [filter]

    def removeFilter(self, filter):
        """Removes `filter` if present."""
        self.filters[:] = [f for f in self.filters if not (f is filter or f == filter)]

    def filter(self, record):
        """Whether every filter accepts `record` (the first refusal decides)."""
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers

_handlers = {}       # handler name -> handler
_handlerList = []    # every handler, oldest first (shutdown closes them newest first)


def _addHandlerRef(handler):
    _handlerList.append(handler)


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _level_number(level)
        self._name = self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        """The handler's name (dictConfig names handlers)."""
        return self._name

    def set_name(self, name):
        """Names the handler; logging.config finds handlers by these names."""
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        """The handler's lock (one that never blocks: quicken runs one thread)."""
        self.lock = _NoLock()

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        """Takes the handler's lock."""
        if self.lock:
            self.lock.acquire()

    def release(self):
        """Releases the handler's lock."""
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """The lowest level of the records this handler emits."""
        self.level = _level_number(level)

    def format(self, record):
        """The record's text, by this handler's formatter or the default one."""
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        """Writes the record out: what each kind of handler defines."""
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits `record` if the filters let it through; returns what they said."""
        passed = self.filter(record)
        if passed:
            with self.lock or _NoLock():
                self.emit(record)
        return passed

    def setFormatter(self, fmt):
        """The formatter this handler uses (None: the default one)."""
        self.formatter = fmt

    def flush(self):
        """Pushes out buffered output (nothing to do here)."""
        pass

    def close(self):
        """Forgets the handler's name; subclasses release their resources too."""
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        """Reports an exception raised while emitting, on stderr, and carries on."""
        if not raiseExceptions or not sys.stderr:
            return
        import traceback
        kind, problem, trace = sys.exc_info()
        out = sys.stderr
        try:
            out.write('--- Logging error ---\n')
            traceback.print_exception(kind, problem, trace, None, out)
            out.write('Call stack:\n')
            frame = sys._getframe(0)
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            if frame is None:
                out.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            else:
                traceback.print_stack(frame, file=out)
            try:
                out.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                out.write('Unable to print the message and arguments - possible '
                          'formatting error.\nUse the traceback above to help find '
                          'the error.\n')
        except OSError:
            pass
        finally:
            kind = problem = trace = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr unless given)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        """Flushes the stream (when it has a flush method)."""
        with self.lock or _NoLock():
            target = self.stream
            if target and hasattr(target, 'flush'):
                target.flush()

    def emit(self, record):
        """Writes the formatted record and the terminator, then flushes."""
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switches to `stream` (flushing the old one); returns the old one, or None
        when it is the same."""
        previous = self.stream
        if stream is previous:
            return None
        with self.lock or _NoLock():
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        shown = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, shown + ' ' if shown else '',
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes formatted records to a file (opened at once unless delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = _abspath(_fspath(filename))
        self.mode, self.errors, self.delay = mode, errors, delay
        if 'b' in mode:
            self.encoding = encoding
        elif hasattr(io, 'text_encoding'):
            self.encoding = io.text_encoding(encoding)
        else:
            self.encoding = encoding or 'locale'
        self._builtin_open = open
        if delay:
            # No file until the first record.
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        """Flushes and closes the file."""
        with self.lock or _NoLock():
            try:
                current, self.stream = self.stream, None
                if current:
                    try:
                        current.flush()
                    finally:
                        if hasattr(current, 'close'):
                            current.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        encoding = None if self.encoding == 'locale' else self.encoding
        return self._builtin_open(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def emit(self, record):
        # A delayed file opens now; a closed one reopens, except in mode 'w' (which
        # would truncate what was written).
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(path).__name__)
    return fspath(path)


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Does nothing (for libraries: keeps 'no handlers' reports away)."""

    def handle(self, record):
        """Drops the record."""
        pass

    def emit(self, record):
        """Drops the record."""
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# Loggers and their hierarchy

class PlaceHolder(object):
    """Stands in the hierarchy for a logger not created yet ('a.b' before 'a')."""

    def __init__(self, alogger):
        self.loggerMap = dict.fromkeys([alogger])

    def append(self, alogger):
        """Remembers one more logger below this name."""
        self.loggerMap.setdefault(alogger)


def setLoggerClass(klass):
    """The class getLogger() instantiates for new loggers."""
    _check_logger_class(klass)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() instantiates for new loggers."""
    return _loggerClass


class Manager(object):
    """Holds the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _level_number(value)

    def getLogger(self, name):
        """The logger called `name`, made (and linked into the hierarchy) on first use."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        node = self.loggerDict.get(name)
        if node is not None and not isinstance(node, PlaceHolder):
            return node
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if node is not None:
            self._fixupChildren(node, made)
        self._fixupParents(made)
        return made

    def setLoggerClass(self, klass):
        """The class this manager makes loggers of."""
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """The record factory of this manager (kept for CPython compatibility)."""
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The parent is the nearest ancestor that is a real logger; the missing
        # ancestors on the way get placeholders that remember this logger.
        parts = alogger.name.split('.')
        parent = None
        for cut in range(len(parts) - 1, 0, -1):
            ancestor = '.'.join(parts[:cut])
            if not ancestor:
                break
            node = self.loggerDict.get(ancestor)
            if isinstance(node, Logger):
                parent = node
                break
            if node is None:
                self.loggerDict[ancestor] = PlaceHolder(alogger)
            else:
                node.append(alogger)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        # Descendants created earlier now hang below the new logger, unless they
        # already have a nearer parent.
        prefix = alogger.name
        for child in list(ph.loggerMap):
            if not child.parent.name.startswith(prefix):
                alogger.parent, child.parent = child.parent, alogger

    def _clear_cache(self):
        self.root._cache.clear()
        for node in self.loggerDict.values():
            if isinstance(node, Logger):
                node._cache.clear()


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)


class Logger(Filterer):
    """A named channel for messages: a level, handlers, and a parent to propagate to."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """The lowest level this logger processes (NOTSET: ask the parent)."""
        self.level = _level_number(level)
        self.manager._clear_cache()

    def _at(level, name):
        def method(self, msg, *args, **kwargs):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        method.__name__ = method.__qualname__ = name
        method.__doc__ = 'Logs `msg %% args` at level %s.' % _level_names[level]
        return method

    debug = _at(DEBUG, 'debug')
    info = _at(INFO, 'info')
    warning = _at(WARNING, 'warning')
    error = _at(ERROR, 'error')
    critical = fatal = _at(CRITICAL, 'critical')
    del _at

    def warn(self, msg, *args, **kwargs):
        """Deprecated name of warning()."""
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error() with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs `msg % args` at level number `level`."""
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError('level must be an integer')

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the caller `stacklevel` frames out
        of this module."""
        frame = currentframe()
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        remaining = stacklevel
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                remaining -= 1
        stack = None
        if stack_info:
            import traceback
            stack = 'Stack (most recent call last):\n' + ''.join(traceback.format_stack(frame))
            stack = stack[:-1] if stack.endswith('\n') else stack
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        """A record from the factory, with the `extra` attributes (which may not
        replace the record's own)."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key, value in (extra or {}).items():
            if key in ('message', 'asctime') or key in vars(record):
                raise KeyError('Attempt to overwrite %r in LogRecord' % key)
            setattr(record, key, value)
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        where = ('(unknown file)', 0, '(unknown function)', None)
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        if exc_info and isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        path, line, function, stack = where
        self.handle(self.makeRecord(self.name, level, path, line, msg, args, exc_info,
                                    function, extra, stack))

    def handle(self, record):
        """Passes `record` to the handlers unless this logger is disabled or a filter drops it."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Adds handler `hdlr` (once)."""
        if all(h is not hdlr and h != hdlr for h in self.handlers):
            self.handlers += [hdlr]

    def removeHandler(self, hdlr):
        """Removes handler `hdlr` if present."""
        self.handlers[:] = [h for h in self.handlers if not (h is hdlr or h == hdlr)]

    def hasHandlers(self):
        """Whether a handler is reachable from this logger through propagation."""
        return any(node.handlers for node in self._lineage())

    def _lineage(self):
        """This logger and its ancestors, up to the first that does not propagate."""
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def callHandlers(self, record):
        """Gives `record` to the handlers of this logger and its ancestors (while
        they propagate) whose level it reaches; to lastResort when there are none."""
        handlers = [h for node in self._lineage() for h in node.handlers]
        for handler in handlers:
            if record.levelno >= handler.level:
                handler.handle(record)
        if handlers:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the nearest ancestor (self included) with a level set."""
        node = self
        while node and not node.level:
            node = node.parent
        return node.level if node else NOTSET

    def isEnabledFor(self, level):
        """Whether a record of `level` would be processed (cached per level)."""
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            known = self._cache[level] = (level > self.manager.disable
                                          and level >= self.getEffectiveLevel())
        return known

    def getChild(self, suffix):
        """The logger named 'NAME.suffix'."""
        full = suffix if self.root is self else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context (`extra`) to each record."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Adds the adapter's `extra` to the keyword arguments of a logging call."""
        kwargs['extra'] = self.extra
        return msg, kwargs

    def _at(level, name):
        def method(self, msg, *args, **kwargs):
            self.log(level, msg, *args, **kwargs)
        method.__name__ = method.__qualname__ = name
        return method

    debug = _at(DEBUG, 'debug')
    info = _at(INFO, 'info')
    warning = _at(WARNING, 'warning')
    error = _at(ERROR, 'error')
    critical = _at(CRITICAL, 'critical')
    del _at

    def warn(self, msg, *args, **kwargs):
        """Deprecated name of warning()."""
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error() with the exception being handled."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs through the wrapped logger, after process() added the context."""
        if not self.logger.isEnabledFor(level):
            return
        text, options = self.process(msg, kwargs)
        self.logger.log(level, text, *args, **options)

    # The level questions go to the wrapped logger.
    isEnabledFor = property(lambda self: self.logger.isEnabledFor)
    setLevel = property(lambda self: self.logger.setLevel)
    getEffectiveLevel = property(lambda self: self.logger.getEffectiveLevel)
    hasHandlers = property(lambda self: self.logger.hasHandlers)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    # The wrapped logger's manager and name.
    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        wrapped = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, wrapped.name,
                                 getLevelName(wrapped.getEffectiveLevel()))

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Logger.root = root = RootLogger(WARNING)
Logger.manager = Manager(root)


# ---------------------------------------------------------------------------
# Configuration and the module-level shortcuts

def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, once (unless force=True)."""
    options = dict(kwargs)
    if options.pop('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    encoding = options.pop('encoding', None)
    errors = options.pop('errors', 'backslashreplace')
    handlers = options.pop('handlers', None)
    given = [key for key in ('stream', 'filename') if key in options]
    if handlers is not None and given:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if len(given) == 2:
        raise ValueError("'stream' and 'filename' should not be specified together")
    if handlers is None:
        handlers = [_basic_handler(options, encoding, errors)]
    style = options.pop('style', '%')
    _style_class(style)
    shared = Formatter(options.pop('format', _STYLES[style][1]), options.pop('datefmt', None), style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(shared)
        root.addHandler(handler)
    level = options.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def _basic_handler(options, encoding, errors):
    """basicConfig's own handler: a FileHandler for filename=, else a StreamHandler."""
    filename = options.pop('filename', None)
    mode = options.pop('filemode', 'a')
    if not filename:
        return StreamHandler(options.pop('stream', None))
    if 'b' in mode:
        errors = None
    elif hasattr(io, 'text_encoding'):
        encoding = io.text_encoding(encoding)
    return FileHandler(filename, mode, encoding=encoding, errors=errors)


def getLogger(name=None):
    """The logger called `name` (created on first use); the root logger without one."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _on_root(name):
    """The module-level function `name`: configures the root logger when it has no
    handler, then calls its method of that name."""
    def function(*args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, name)(*args, **kwargs)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = 'root.%s(...), after basicConfig() if the root logger has no handler.' % name
    return function


critical = fatal = _on_root('critical')
error = _on_root('error')
warning = _on_root('warning')
info = _on_root('info')
debug = _on_root('debug')
log = _on_root('log')


def exception(msg, *args, exc_info=True, **kwargs):
    """error() with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    """Deprecated name of warning()."""
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def _deprecated(message):
    # stacklevel 3: the caller of the deprecated method or function.
    warnings.warn(message, DeprecationWarning, 3)


def disable(level=CRITICAL):
    """Drops every record at `level` and below, whatever the loggers' levels."""
    manager = Logger.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, newest first (CPython runs this at exit)."""
    for handler in list(handlerList)[::-1]:
        if not handler:
            continue
        try:
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            except (OSError, ValueError):
                pass   # the stream may be gone already
            finally:
                handler.release()
        except:
            if raiseExceptions:
                raise


# CPython flushes and closes every handler at exit (MemoryHandler's buffer reaches its
# target then); quicken does the same once it has an atexit module.
try:
    import atexit as _atexit
except ImportError:
    pass
else:
    _atexit.register(shutdown)

_warnings_showwarning = None   # warnings.showwarning while warnings are captured


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while captured: a WARNING on 'py.warnings' (or the
    original function, for warnings written to a given file)."""
    if file is None:
        text = warnings.formatwarning(message, category, filename, lineno, line)
        target = getLogger('py.warnings')
        if not target.handlers:
            target.addHandler(NullHandler())
        target.warning('%s', text)
    elif _warnings_showwarning is not None:
        _warnings_showwarning(message, category, filename, lineno, file, line)


def captureWarnings(capture):
    """Routes warnings.warn() reports to the 'py.warnings' logger (or stops)."""
    global _warnings_showwarning
    capturing = _warnings_showwarning is not None
    if capture and not capturing:
        _warnings_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif capturing and not capture:
        warnings.showwarning, _warnings_showwarning = _warnings_showwarning, None
