import logging, io
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
logger = logging.getLogger('bench')
logger.addHandler(handler)
logger.setLevel(logging.WARNING)
logger.propagate = False
FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'
for i in range(100):
    logger.debug(MESSAGE)
    logger.warning(FORMAT, MESSAGE)
    logger.error('%d items %s', i, 'x')
lines = stream.getvalue().splitlines()
print(len(lines), lines[0], lines[-1])
print(logger.isEnabledFor(logging.INFO), logger.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName('ERROR'))
child = logging.getLogger('bench.child')
print(child.parent is logger, child.name)
stream.truncate(0); stream.seek(0)
try:
    1 / 0
except ZeroDivisionError:
    logger.exception('failed')
out = stream.getvalue()
print(out.splitlines()[0], 'ZeroDivisionError: division by zero' in out)
fmt = logging.Formatter('[%(levelname)-8s] %(message)s')
rec = logging.LogRecord('n', logging.INFO, 'p', 1, 'msg %s', ('arg',), None)
print(fmt.format(rec))
class Filt(logging.Filter):
    def filter(self, record): return 'keep' in record.getMessage()
handler.addFilter(Filt())
stream.truncate(0); stream.seek(0)
logger.warning('keep this'); logger.warning('drop this')
print(repr(stream.getvalue()))
