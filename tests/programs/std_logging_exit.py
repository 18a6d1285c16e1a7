"""logging: a script that reports through basicConfig's stderr handler and then exits
with status 1; the last stderr line is the CRITICAL record."""
import logging
import sys

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('loader')
print('loading')
log.info('reading %d files', 3)
log.warning('file %r is empty', 'b.txt')
log.critical('cannot continue after %d errors', 2)
sys.exit(1)
