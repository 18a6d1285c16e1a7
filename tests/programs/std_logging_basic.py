"""logging: with no configuration warnings and above go to stderr as the bare message
(lastResort); basicConfig (level, format, stream, force, handlers, styles, its errors);
the module-level functions; levels (names, addLevelName, getLevelName, checks);
setLevel/getEffectiveLevel/isEnabledFor; disable; the deprecated warn()."""
import contextlib
import io
import logging
import sys

# No configuration: lastResort writes WARNING and above, message only, to sys.stderr.
err = io.StringIO()
with contextlib.redirect_stderr(err):
    log = logging.getLogger('app')
    log.debug('debug is dropped')
    log.info('info is dropped')
    log.warning('careful: %s', 'disk almost full')
    log.error('failed %d times', 3)
    log.critical('giving up')
print('stderr got:', err.getvalue().splitlines())
print(logging.root, log, logging.getLogger('app') is log, logging.getLogger() is logging.root)
print(logging.getLogger('root') is logging.root, logging.getLogger('') is logging.root)
print(logging.lastResort, logging.root.handlers)

# basicConfig happens once; module-level calls configure the root logger on first use.
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.warning('module-level warning configures the root logger')
    logging.info('info still below WARNING')
print('stderr got:', err.getvalue().splitlines())
print(logging.root.handlers)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='ignored %(message)s')
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True)
logging.debug('debug %s', 1)
logging.info('info')
logging.warning('warning')
logging.error('error')
logging.critical('critical')
logging.log(logging.INFO, 'log at %s', 'INFO')
logging.fatal('fatal is critical')
logging.getLogger('a.b').info('from %s', 'a.b')
logging.info('%(x)s and %(y)s', {'x': 1, 'y': 2})
logging.info('percent %% kept, args %s', ('tuple',))
logging.info(['not', 'a', 'string'])

# Levels.
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'custom level')
logging.log(33, 'unnamed level')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(33),
      logging.getLevelName('INFO'), logging.getLevelName('nope'), logging.getLevelName(logging.WARN))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
print(sorted(logging.getLevelNamesMapping().items()))
lg = logging.getLogger('levels')
for level in ('ERROR', 10, 'NOPE', 1.5, None):
    try:
        lg.setLevel(level)
        print('level', lg.level, lg.getEffectiveLevel())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lg.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
lg.setLevel(logging.NOTSET)
logging.root.setLevel(logging.WARNING)
print(lg.getEffectiveLevel(), lg.isEnabledFor(logging.INFO), lg.isEnabledFor(logging.ERROR))
lg.info('dropped')
lg.warning('kept')

# disable() silences every logger at and below the level.
logging.disable(logging.WARNING)
lg.warning('disabled')
lg.error('error passes')
logging.disable()
lg.critical('everything off')
logging.disable(logging.NOTSET)
lg.warning('back on')
print(logging.root.manager.disable)

# The deprecated warn() still logs (with a DeprecationWarning on stderr).
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.warn('old function')
    lg.warn('old method')
print('warnings:', [line.replace(__file__, 'FILE') for line in err.getvalue().splitlines() if 'Deprecat' in line])

# basicConfig's styles and errors.
logging.basicConfig(force=True, stream=sys.stdout, style='{')
logging.warning('brace default format')
logging.basicConfig(force=True, stream=sys.stdout, style='$', format='$levelname | $message')
logging.warning('dollar format')
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('own formatter: %(message)s'))
logging.basicConfig(force=True, handlers=[handler, logging.StreamHandler(sys.stdout)],
                    format='basic: %(message)s')
logging.warning('two handlers')
for kwargs in [dict(stream=sys.stdout, filename='x.log'), dict(handlers=[handler], stream=sys.stdout),
               dict(style='?'), dict(frobnicate=1, level=10, widget=2)]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print('ValueError', e)
