"""logging.config for quicken: dictConfig (CPython 3.11's schema: formatters, filters,
handlers, loggers, root, disable_existing_loggers, '()' factories, '.' properties,
'ext://' and 'cfg://' values). fileConfig and listen are not supported."""

import logging
import logging.handlers
import re

_IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)
_CONVERTIBLE = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')


def valid_ident(s):
    if not _IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _clearExistingHandlers():
    """Closes and forgets every handler made so far (dictConfig starts afresh)."""
    logging._handlers.clear()
    everything = list(logging._handlerList)
    logging._handlerList[:] = []
    logging.shutdown(everything)


def _make(factory, config):
    """factory(**the identifier keys of config), then the '.' attributes set on the result."""
    attributes = config.pop('.', None) or {}
    made = factory(**{key: config[key] for key in config if valid_ident(key)})
    for key in attributes:
        setattr(made, key, attributes[key])
    return made


class BaseConfigurator(object):
    """Resolves dotted names and the 'ext://' / 'cfg://' value prefixes."""

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.raw = config
        self.config = self.convert(config)

    def resolve(self, s):
        """The object a dotted name stands for, importing modules on the way."""
        parts = s.split('.')
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for part in parts:
                used += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        """'ext://sys.stderr': the object of that dotted name."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """'cfg://handlers.console' or 'cfg://list[0]': a value elsewhere in the config."""
        m = re.match(r'^\s*(\w+)\s*', value)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = value[m.end():]
        found = self.raw[m.group(1)]
        while rest:
            m = re.match(r'^\.\s*(\w+)\s*', rest)
            if m:
                found = found[m.group(1)]
            else:
                m = re.match(r'^\[\s*(\w+)\s*\]\s*', rest)
                if not m:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = m.group(1)
                if re.match(r'^\d+$', key) and not isinstance(found, dict):
                    found = found[int(key)]
                else:
                    found = found[key]
            rest = rest[m.end():]
        return self.convert(found)

    def convert(self, value):
        """A copy of `value` with its 'prefix://' strings replaced by what they name."""
        if isinstance(value, dict):
            return {key: self.convert(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.convert(item) for item in value]
        if isinstance(value, tuple):
            return tuple([self.convert(item) for item in value])
        if isinstance(value, str):
            m = _CONVERTIBLE.match(value)
            if m:
                prefix = m.group('prefix')
                if prefix == 'ext':
                    return self.ext_convert(m.group('suffix'))
                if prefix == 'cfg':
                    return self.cfg_convert(m.group('suffix'))
        return value

    def configure_custom(self, config):
        """An object made by the factory under '()', with '.' giving attributes to set."""
        return _make(self._callable(config.pop('()')), config)

    def _callable(self, factory):
        return factory if callable(factory) else self.resolve(factory)

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class _blame(object):
    """Turns an exception raised in its block into ValueError(message) caused by it."""

    def __init__(self, message):
        self.message = message

    def __enter__(self):
        return self

    def __exit__(self, kind, problem, trace):
        if kind is not None and issubclass(kind, Exception):
            raise ValueError(self.message) from problem
        return False


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary (the schema of version 1)."""

    def configure(self):
        """Applies the whole configuration (or, with 'incremental', only levels)."""
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        if config.pop('incremental', False):
            self.configure_incrementally(config)
            return
        disable_others = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        for section, build in (('formatters', self.configure_formatter),
                               ('filters', self.configure_filter)):
            entries = config.get(section, {})
            for name in entries:
                with _blame('Unable to configure %s %r' % (section[:-1], name)):
                    entries[name] = build(entries[name])
        # Handlers in name order; a MemoryHandler whose target comes later waits.
        handlers = config.get('handlers', {})
        waiting = [name for name in sorted(handlers)
                   if not self._configure_named_handler(handlers, name, True)]
        for name in waiting:
            self._configure_named_handler(handlers, name, False)
        table = logging.root.manager.loggerDict
        untouched = sorted(table)
        below_configured = set()
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in untouched:
                below_configured.update(other for other in untouched if other.startswith(name + '.'))
                untouched.remove(name)
            with _blame('Unable to configure logger %r' % name):
                self.configure_logger(name, loggers[name])
        # Loggers that exist but are not configured are disabled (unless told not to);
        # descendants of configured loggers are reset instead.
        for name in untouched:
            node = table[name]
            if name not in below_configured:
                node.disabled = disable_others
            elif not isinstance(node, logging.PlaceHolder):
                node.setLevel(logging.NOTSET)
                node.handlers, node.propagate = [], True
        self._configure_root_of(config, False)

    def _configure_named_handler(self, handlers, name, may_defer):
        """Replaces handlers[name] by the handler it describes; False when it must wait
        for a target handler configured later."""
        try:
            handler = self.configure_handler(handlers[name])
        except Exception as e:
            if may_defer and 'target not configured yet' in str(e.__cause__):
                return False
            raise ValueError('Unable to configure handler %r' % name) from e
        handler.name = name
        handlers[name] = handler
        return True

    def _configure_root_of(self, config, incremental):
        if config.get('root'):
            with _blame('Unable to configure root logger'):
                self.configure_root(config['root'], incremental)

    def configure_incrementally(self, config):
        """Only levels change (and the propagation of named loggers)."""
        known = logging._handlers
        for name, settings in config.get('handlers', {}).items():
            if name not in known:
                raise ValueError('No handler found with name %r' % name)
            with _blame('Unable to configure handler %r' % name):
                if settings.get('level'):
                    known[name].setLevel(logging._checkLevel(settings['level']))
        for name, settings in config.get('loggers', {}).items():
            with _blame('Unable to configure logger %r' % name):
                self.configure_logger(name, settings, True)
        self._configure_root_of(config, True)

    def configure_formatter(self, config):
        """A Formatter (or the class under 'class', or the factory under '()')."""
        if '()' not in config:
            kind = self.resolve(config['class']) if config.get('class') else logging.Formatter
            given = [config.get('format'), config.get('datefmt'), config.get('style', '%')]
            if 'validate' in config:
                given.append(config['validate'])
            return kind(*given)
        factory = config['()']
        try:
            return self.configure_custom(config)
        except TypeError as problem:
            if "'format'" not in str(problem):
                raise
        # A factory taking fmt= rather than format=.
        config['fmt'] = config.pop('format')
        config['()'] = factory
        return self.configure_custom(config)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def _attach(self, section, names, add):
        """add(the configured object) for each name of `section` ('filters'/'handlers')."""
        noun = section[:-1]
        for name in names:
            try:
                add(self.config[section][name])
            except Exception as problem:
                raise ValueError('Unable to add %s %r' % (noun, name)) from problem

    def add_filters(self, filterer, filters):
        self._attach('filters', filters, filterer.addFilter)

    def add_handlers(self, logger, handlers):
        self._attach('handlers', handlers, logger.addHandler)

    def configure_handler(self, config):
        """A handler from its 'class' (or '()' factory), with formatter, level and filters."""
        original = dict(config)
        formatter_name = config.pop('formatter', None)
        formatter = None
        if formatter_name:
            try:
                formatter = self.config['formatters'][formatter_name]
            except Exception as problem:
                raise ValueError('Unable to set formatter %r' % formatter_name) from problem
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = self._callable(config.pop('()'))
        else:
            factory = self.resolve(config.pop('class'))
            if 'target' in config and issubclass(factory, logging.handlers.MemoryHandler):
                self._link_target(config, original)
        try:
            handler = _make(factory, dict(config))
        except TypeError as problem:
            if "'stream'" not in str(problem):
                raise
            # Handlers written for Python 2.6 call the stream strm.
            config['strm'] = config.pop('stream')
            handler = _make(factory, config)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        return handler

    def _link_target(self, config, original):
        """A MemoryHandler's 'target': the handler of that name, configured already."""
        try:
            target = self.config['handlers'][config['target']]
            if not isinstance(target, logging.Handler):
                config.update(original)
                raise TypeError('target not configured yet')
        except Exception as problem:
            raise ValueError('Unable to set target handler %r' % config['target']) from problem
        config['target'] = target

    def common_logger_config(self, logger, config, incremental=False):
        """Level, and unless incremental, handlers and filters replacing the old ones."""
        if config.get('level') is not None:
            logger.setLevel(logging._checkLevel(config['level']))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        if config.get('handlers'):
            self.add_handlers(logger, config['handlers'])
        if config.get('filters'):
            self.add_filters(logger, config['filters'])

    def configure_logger(self, name, config, incremental=False):
        named = logging.getLogger(name)
        self.common_logger_config(named, config, incremental)
        named.disabled = False
        if config.get('propagate') is not None:
            named.propagate = config['propagate']

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('logging.config.fileConfig is not supported by quicken '
                              '(no configparser); use logging.config.dictConfig')


def listen(port=9030, verify=None):
    raise NotImplementedError('logging.config.listen is not supported by quicken (it needs sockets and threads)')


def stopListening():
    pass
