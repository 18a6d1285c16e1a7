"""logging: dictConfig errors (messages and causes), MemoryHandler targets defined later, filters,
disabling of existing loggers, incremental configuration, LoggerAdapter, makeLogRecord, format
validation in the three styles, basicConfig errors, level names, exceptions in records."""
import logging, logging.config, logging.handlers, io, sys
out = io.StringIO()
def cfg(d):
    try:
        logging.config.dictConfig(d)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__, '| ctx is cause:', e.__context__ is e.__cause__)
cfg({})
cfg({'version': 2})
cfg({'version': 1, 'formatters': {'f': {'format': '%(bogus', 'validate': True}}})
cfg({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'NOPE'}}})
cfg({'version': 1, 'loggers': {'a': {'level': 'BAD'}}})
cfg({'version': 1, 'root': {'handlers': ['missing']}})
cfg({'version': 1, 'incremental': True, 'handlers': {'zz': {}}})
logging.getLogger('keep.child'); logging.getLogger('other')
cfg({'version': 1, 'formatters': {'f': {'format': '%(name)s|%(levelname)s|%(message)s'}},
     'filters': {'only': {'name': 'keep'}},
     'handlers': {'m': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'z'},
                  'z': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f', 'filters': ['only']}},
     'loggers': {'keep': {'level': 'DEBUG', 'handlers': ['m'], 'propagate': False}}})
print(logging.getLogger('other').disabled, logging.getLogger('keep.child').disabled, logging.getLogger('keep.child').level)
logging.getLogger('keep.child').info('one'); logging.getLogger('keep').error('two %s', 2)
cfg({'version': 1, 'incremental': True, 'handlers': {'z': {'level': 'ERROR'}}, 'loggers': {'keep': {'level': 'WARNING'}}})
logging.getLogger('keep').warning('dropped by handler level'); logging.getLogger('keep').critical('kept')
logging.shutdown()
a = logging.LoggerAdapter(logging.getLogger('keep'), {'k': 1})
print(a, a.name, a.manager is logging.Logger.manager, a.isEnabledFor(10), a.getEffectiveLevel(), a.hasHandlers())
r = logging.makeLogRecord({'msg': 'x %s', 'args': (1,)}); print(r.getMessage(), r)
f = logging.Formatter('{levelname}|{message}', style='{', defaults={'zz': 1})
for bad in ['%(x', '{', '{x!q}', '$ $', '{x:<<<5}']:
    for st in '%{$':
        try: logging.Formatter(bad, style=st); print('ok', bad, st)
        except Exception as e: print(type(e).__name__, e)
try: logging.Formatter('x', style='#')
except Exception as e: print(e)
try: logging.basicConfig(stream=sys.stdout, filename='x', force=True)
except Exception as e: print(e)
try: logging.basicConfig(handlers=[], stream=sys.stdout, force=True)
except Exception as e: print(e)
try: logging.basicConfig(bogus=1, force=True)
except Exception as e: print(e)
print(logging.getLevelName(5), logging.getLevelName('INFO'), logging.getLevelName('X'))
logging.addLevelName(5, 'TRACE'); print(logging.getLevelName(5), logging.getLevelNamesMapping()['TRACE'])
for bad in ['NOPE', 3.5, None]:
    try: logging.getLogger('q').setLevel(bad)
    except Exception as e: print(type(e).__name__, e)
try: logging.getLogger('q').log('x', 'y')
except Exception as e: print(type(e).__name__, e)
try: logging.getLogger(3)
except Exception as e: print(type(e).__name__, e)
try: logging.setLoggerClass(int)
except Exception as e: print(type(e).__name__, e)
print(logging.getLogger('a.b.c').parent, logging.getLogger('a').parent, logging.getLogger('a.b.c').parent)
class Short(logging.Formatter):
    # Tracebacks would show this file's absolute path: only the exception's last line.
    def formatException(self, ei):
        return 'EXC %s: %s' % (ei[0].__name__, ei[1])


h = logging.StreamHandler(sys.stdout); h.setFormatter(Short('%(levelname)s %(message)s'))
lg = logging.getLogger('exc'); lg.addHandler(h); lg.propagate = False
try: 1/0
except ZeroDivisionError: lg.exception('boom')
lg.info('stack', stack_info=False); lg.error('e', exc_info=ValueError('v'))
print(h.setStream(sys.stdout), repr(h))
