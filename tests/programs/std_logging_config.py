"""logging.config.dictConfig (formatters with styles and factories, filters, handlers
with 'ext://' streams, '.' properties, a MemoryHandler whose target is configured after
it, loggers, root, disable_existing_loggers, incremental, its errors) and
logging.handlers (MemoryHandler, BufferingHandler, QueueHandler, RotatingFileHandler
without rollover)."""
import logging
import logging.config
import logging.handlers
import sys
from logging import handlers

print(handlers is logging.handlers, logging.config.valid_ident('ok_name'))

# MemoryHandler: flushes to its target when full or at flushLevel.
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target: %(levelname)s %(message)s'))
memory = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mem_log = logging.getLogger('mem')
mem_log.propagate = False
mem_log.addHandler(memory)
mem_log.setLevel(logging.DEBUG)
mem_log.info('one')
mem_log.info('two')
print('buffered', len(memory.buffer))
mem_log.info('three')
print('after reaching capacity', len(memory.buffer))
mem_log.debug('four')
mem_log.error('five')
print('after an error', len(memory.buffer))
mem_log.info('six')
memory.close()
print('closed:', memory.target, len(memory.buffer))
buffering = logging.handlers.BufferingHandler(2)
mem_log.addHandler(buffering)
mem_log.info('a')
print(len(buffering.buffer))
mem_log.info('b')
print(len(buffering.buffer))


class ListQueue:
    def __init__(self):
        self.items = []

    def put_nowait(self, item):
        self.items.append(item)


queue = ListQueue()
queue_log = logging.getLogger('queue')
queue_log.addHandler(logging.handlers.QueueHandler(queue))
queue_log.propagate = False
queue_log.warning('queued %s', 'message')
record = queue.items[0]
print(record.msg, record.args, record.message, record.exc_info, record.levelname)

rotating = logging.handlers.RotatingFileHandler('std_logging_config.tmp', mode='w')
rot_log = logging.getLogger('rot')
rot_log.addHandler(rotating)
rot_log.propagate = False
rot_log.warning('rotating file without a size limit')
rotating.close()
print(open('std_logging_config.tmp').read(), end='')
print(rotating.maxBytes, rotating.backupCount, rotating.mode)

# dictConfig.
early = logging.getLogger('early')
early_child = logging.getLogger('app.sub')
early_child.setLevel(logging.CRITICAL)


class Shout(logging.Filter):
    def filter(self, record):
        record.shout = str(record.msg).upper()
        return True


def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)


CONFIG = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'braces': {'format': '{levelname}|{name}|{shout}', 'style': '{'},
        'custom': {'()': make_formatter, 'fmt': '%(message)s', 'prefix': '>> '},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'shout': {'()': Shout},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'level': 'INFO',
                    'stream': 'ext://sys.stdout'},
        'braces': {'class': 'logging.StreamHandler', 'formatter': 'braces', 'stream': 'ext://sys.stdout',
                   'filters': ['shout']},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10, 'target': 'console',
                   'flushLevel': logging.ERROR},
        'zcustom': {'()': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'custom',
                    '.': {'terminator': ' <<\n'}},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['braces'], 'filters': ['only_app']},
        'buffered': {'handlers': ['buffer'], 'propagate': False, 'level': 'DEBUG'},
        'custom': {'handlers': ['zcustom'], 'propagate': 0},
    },
    'root': {'level': 'WARNING', 'handlers': ['console']},
}
logging.config.dictConfig(CONFIG)
print(CONFIG['handlers']['console'])
print(early.disabled, early_child.disabled, early_child.level)
early.warning('early is disabled')
app = logging.getLogger('app')
app.debug('debug from app')
app.info('info from app')
logging.getLogger('app.sub').warning('child of app')
logging.getLogger('other').warning('other logger')
buffered = logging.getLogger('buffered')
buffered.info('buffered one')
buffered.info('buffered two')
print('nothing yet')
buffered.error('flush now')
logging.getLogger('custom').warning('custom formatter')
print(sorted(logging._handlers))
for bad in [{}, {'version': 2},
            {'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
            {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x'}}},
            {'version': 1, 'loggers': {'x': {'handlers': ['nope']}}}]:
    try:
        logging.config.dictConfig(bad)
        print('accepted')
    except ValueError as e:
        print('ValueError:', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)
logging.config.dictConfig({
    'version': 1, 'disable_existing_loggers': False,
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}},
    'root': {'handlers': ['out'], 'level': 'DEBUG'}})
app.info('app still enabled: %s', not app.disabled)
logging.config.dictConfig({'version': 1, 'incremental': True, 'root': {'level': 'ERROR'}})
app.warning('dropped')
app.error('kept')
