"""logging: the logger hierarchy (dotted names, placeholders, parents, propagation,
effective levels), handlers (StreamHandler, FileHandler with modes and delay, NullHandler,
handler levels, names, reprs), filters on loggers and handlers, LoggerAdapter, a Logger
subclass, captureWarnings, handleError's report, shutdown."""
import contextlib
import io
import logging
import sys
import warnings



class TidyStdout:
    """sys.stdout with this file's absolute path (in tracebacks, warnings) shown as FILE."""
    name = '<stdout>'

    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'FILE'))

    def flush(self):
        sys.stdout.flush()


stdout = TidyStdout()
root = logging.getLogger()
out = logging.StreamHandler(stdout)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
root.addHandler(out)

# The hierarchy: a child created first hangs below a placeholder until its parent exists.
abc = logging.getLogger('a.b.c')
print(abc.parent is root, type(logging.Logger.manager.loggerDict['a.b']).__name__)
a = logging.getLogger('a')
print(abc.parent is a, a.parent is root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.getChild('b') is ab, root.getChild('x.y').name)
print(sorted(logging.Logger.manager.loggerDict))
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
abc.debug('below the effective level')
abc.info('propagates to the root handler')
a.addHandler(out)
abc.info('printed twice: a and root')
a.propagate = False
abc.info('printed once: propagation stops at a')
print(a.hasHandlers(), abc.hasHandlers(), logging.getLogger('lonely').hasHandlers())
print(repr(a), repr(abc), repr(root), repr(out))
a.removeHandler(out)
a.propagate = True

# Handler levels and duplicates.
lv = logging.getLogger('levels')
lv.propagate = False
loud = logging.StreamHandler(stdout)
loud.setLevel(logging.WARNING)
loud.setFormatter(logging.Formatter('loud %(message)s'))
all_ = logging.StreamHandler(stdout)
all_.setFormatter(logging.Formatter('all %(message)s'))
lv.addHandler(loud)
lv.addHandler(all_)
lv.addHandler(all_)
lv.setLevel(logging.DEBUG)
lv.debug('debug')
lv.warning('warning')
lv.removeHandler(all_)
lv.removeHandler(all_)
lv.error('error')
print(len(lv.handlers), loud.level, all_.level, repr(loud))
all_.name = 'everything'
print(all_.name, all_.get_name(), repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)

# A library logger with a NullHandler stays silent and keeps lastResort away.
lib = logging.getLogger('library')
lib.addHandler(logging.NullHandler())
lib.propagate = False
lib.error('nobody sees this')

# Filters.
f_out = logging.StreamHandler(stdout)
f_out.setFormatter(logging.Formatter('filtered %(name)s %(message)s'))
f_out.addFilter(logging.Filter('app'))
flt = logging.getLogger('filters')
for name in ('app', 'app.db', 'apple', 'other'):
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.addHandler(f_out)
    logger.warning('from %s', name)


def only_odd(record):
    return record.msg.endswith(('1', '3'))


odd = logging.getLogger('odd')
odd.propagate = False
odd.addHandler(f_out)
f_out.filters.clear()
odd.addFilter(only_odd)
odd.addFilter(only_odd)
for i in range(4):
    odd.warning('m%d' % i)
logging.getLogger('odd.child').warning('m2 from a child: logger filters do not apply')
odd.removeFilter(only_odd)
odd.warning('m4 unfiltered')


class AddUser(logging.Filter):
    def filter(self, record):
        record.user = 'bob'
        return True


ctx = logging.StreamHandler(stdout)
ctx.setFormatter(logging.Formatter('%(user)s did %(message)s'))
ctx.addFilter(AddUser())
users = logging.getLogger('users')
users.propagate = False
users.addHandler(ctx)
users.warning('something')

# LoggerAdapter.
net = logging.getLogger('net')
net.propagate = False
net_out = logging.StreamHandler(stdout)
net_out.setFormatter(logging.Formatter('%(levelname)s [conn %(conn)s] %(message)s'))
net.addHandler(net_out)
net.setLevel(logging.DEBUG)
adapter = logging.LoggerAdapter(net, {'conn': 7})
adapter.info('connected %s', 'ok')
adapter.debug('details')
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(),
      adapter.manager is logging.Logger.manager, adapter.hasHandlers())


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault('extra', {})['conn'] = self.extra['conn']
        return '<%s> %s' % (self.extra['conn'], msg), kwargs


Prefixed(net, {'conn': 9}).warning('custom process')
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception('failed')
adapter.setLevel(logging.ERROR)
adapter.warning('dropped')
print(net.level)


# A Logger subclass.
class AppLogger(logging.Logger):
    def hello(self):
        self.warning('hello from %s', self.name)


logging.setLoggerClass(AppLogger)
mine = logging.getLogger('mine')
print(type(mine).__name__, logging.getLoggerClass().__name__)
mine.hello()
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('plain')).__name__)
for bad in (lambda: logging.setLoggerClass(int), lambda: logging.getLogger(5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# Files.
logging.basicConfig(filename='std_logging_handlers_1.tmp', filemode='w', force=True,
                    format='%(levelname)s:%(message)s', level=logging.INFO)
logging.info('to the file')
logging.getLogger('x').warning('second line')
fh = root.handlers[0]
print(type(fh).__name__, fh.mode, fh.baseFilename.endswith('std_logging_handlers_1.tmp'), fh.terminator == '\n')
logging.shutdown()
print(open('std_logging_handlers_1.tmp').read(), end='')
delayed = logging.FileHandler('std_logging_handlers_2.tmp', mode='w', delay=True)
print(delayed.stream)
files = logging.getLogger('files')
files.propagate = False
files.addHandler(delayed)
files.warning('written on first use')
delayed.close()
print(delayed.stream, open('std_logging_handlers_2.tmp').read(), end='')
appending = logging.FileHandler('std_logging_handlers_2.tmp')
files.addHandler(appending)
files.warning('appended')
appending.close()
print(open('std_logging_handlers_2.tmp').read(), end='')
logging.basicConfig(stream=stdout, force=True)

# A StreamHandler's stream can be swapped.
swap = logging.StreamHandler(sys.stdout)
print(swap.setStream(sys.stdout), swap.setStream(sys.stderr) is sys.stdout)

# captureWarnings sends warnings to the 'py.warnings' logger.
logging.captureWarnings(True)
warnings.warn('captured')
logging.captureWarnings(False)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    warnings.warn('shown normally')
print([line.replace(__file__, 'FILE') for line in err.getvalue().splitlines()][:1])

# A failing emit is reported on stderr and the program goes on.
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.warning('bad %d', 'x')
report = err.getvalue().splitlines()
print(report[0], report[-3:])
logging.raiseExceptions = False
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.warning('bad %d %d', 1)
print(repr(err.getvalue()))
