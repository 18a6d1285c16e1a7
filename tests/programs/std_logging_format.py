"""logging: Formatter fields (%(name)s ... %(lineno)d %(funcName)s %(filename)s %(module)s
%(threadName)s %(levelno)s), the '{' and '$' styles, defaults, extra, validation errors,
asctime with a fixed converter and datefmt, exc_info/exception tracebacks, stack_info,
stacklevel, LogRecord and makeLogRecord, record factories."""
import io
import logging
import re
import sys


def tidy(text):
    # Tracebacks name files by absolute path: keep the base name.
    return re.sub(r'File "[^"]*/([^"/]*)"', r'File "\1"', text)


class Out:
    def write(self, text):
        sys.stdout.write(tidy(text))

    def flush(self):
        sys.stdout.flush()


handler = logging.StreamHandler(Out())
log = logging.getLogger('fmt')
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def use(fmt, **kwargs):
    handler.setFormatter(logging.Formatter(fmt, **kwargs))


use('%(name)s|%(levelname)s|%(levelno)d|%(filename)s|%(module)s|%(funcName)s|%(lineno)d|'
    '%(threadName)s|%(processName)s|%(message)s')


def work():
    log.info('inside work')


class Service:
    def run(self):
        log.warning('method %(x)s', {'x': 5})


work()
Service().run()
log.debug('module level')
use('%(levelname)-8s[%(name)5s] %(message)s %(lineno)s', defaults={'lineno': 'L'})
log.error('aligned; defaults do not hide record fields: %s', 'ok')
use('%(message)s user=%(user)s', defaults={'user': 'nobody'})
log.info('default user')
log.info('extra user', extra={'user': 'ann'})
try:
    log.info('overwrite', extra={'msg': 'x'})
except KeyError as e:
    print('KeyError', e)
use('{levelname:>8}:{name}:{message!r} {lineno:04d}', style='{')
log.info('braces')
use('$levelname/${name}: $message $$', style='$')
log.info('dollars')
try:
    logging.Formatter('%(message)s %(missing)s').format(logging.makeLogRecord({'msg': 'm'}))
except ValueError as e:
    print('ValueError', e)
for fmt, style in [('%(x', '%'), ('plain text', '%'), ('{x!z}', '{'), ('{x:zz}', '{'), ('no fields', '{'),
                   ('{a} }', '{'), ('$', '$'), ('plain', '$'), ('{a}', '%'), ('%(a)s', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', repr(fmt), style)
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('x', validate=False)._fmt, logging.Formatter()._fmt,
      logging.Formatter(style='{')._fmt, logging.Formatter(style='$')._fmt)


# asctime, with a converter giving a fixed time.
class Fixed(logging.Formatter):
    def converter(self, created):
        return (2024, 2, 29, 13, 5, 9, 3, 60, 0)


record = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'created': 1700000000.25,
                                'msecs': 250.0, 'levelname': 'INFO', 'name': 'n'})
print(Fixed('%(asctime)s %(levelname)s %(message)s').format(record))
print(Fixed('%(asctime)s|%(message)s', datefmt='%d/%m/%Y %H:%M').format(record))
brace = Fixed('{asctime} {message}', style='{')
brace.default_msec_format = '%s.%03d'
print(brace.format(record))
brace.default_time_format = '%H:%M:%S'
brace.default_msec_format = None
print(brace.format(record))
print(Fixed('%(asctime)s').usesTime(), logging.Formatter('%(message)s').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime(), logging.Formatter('{asctime}', style='{').usesTime())
stamp = logging.Formatter('%(asctime)s').format(record)
print(len(stamp), stamp[4], stamp[7], stamp[10], stamp[13], stamp[16], stamp[19], stamp[20:])

# Tracebacks.
use('%(levelname)s %(message)s')


def fail():
    return {}['missing']


try:
    fail()
except KeyError:
    log.exception('lookup failed')
try:
    1 / 0
except ZeroDivisionError as e:
    log.error('with exc_info=True', exc_info=True)
    log.warning('with the exception object', exc_info=e)
    saved = sys.exc_info()
log.error('with a saved tuple', exc_info=saved)
log.error('exc_info=True outside except', exc_info=True)
log.info('no exc_info', exc_info=False)


def helper(msg):
    log.warning(msg, stacklevel=2)


def caller():
    helper('reported at the caller of helper')
    log.info('with its stack', stack_info=True)


use('%(funcName)s:%(lineno)d %(message)s')
caller()
helper('from the module')
log.warning('stacklevel beyond the stack', stacklevel=50)

# Records.
r = logging.LogRecord('name', logging.INFO, '/some/dir/module.py', 12, 'msg %s', ('x',), None, 'fn')
print(r, r.getMessage(), r.filename, r.module, r.funcName, r.levelname, r.levelno, r.lineno)
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__,
      type(r.process).__name__, type(r.thread).__name__, r.threadName, r.processName, r.exc_text, r.stack_info)
print(list(r.__dict__))
print(logging.LogRecord('n', 10, 'noext', 1, {'a': 1}, None, None).getMessage(),
      logging.LogRecord('n', 10, 'x.tar.gz', 1, 'm', (), None).module)
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.tag = 'TAGGED'
    return rec


logging.setLogRecordFactory(factory)
use('%(tag)s %(message)s')
log.warning('from the factory')
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)
buffering = logging.BufferingFormatter(logging.Formatter('[%(message)s]'))
print(buffering.format([logging.makeLogRecord({'msg': m}) for m in 'abc']), repr(buffering.format([])))
