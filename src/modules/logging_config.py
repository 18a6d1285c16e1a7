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
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


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
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary (the schema of version 1)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        if config.pop('incremental', False):
            self.configure_incrementally(config)
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        # Handlers in name order; a MemoryHandler whose target comes later waits.
        handlers = config.get('handlers', {})
        deferred = [name for name in sorted(handlers) if not self._configure_named_handler(handlers, name, True)]
        for name in deferred:
            self._configure_named_handler(handlers, name, False)
        # Loggers that exist but are not configured are disabled (unless told not to);
        # descendants of configured loggers are reset instead.
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefixed = name + '.'
                start = existing.index(name) + 1
                child_loggers.extend([other for other in existing[start:] if other.startswith(prefixed)])
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in child_loggers:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            else:
                logger.disabled = disable_existing
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
        root_config = config.get('root', None)
        if root_config:
            try:
                self.configure_root(root_config, incremental)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_incrementally(self, config):
        # Only levels change (and propagation of named loggers).
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        self._configure_root_of(config, True)

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory taking fmt= rather than format=.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        cls = self.resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return cls(fmt, datefmt, style, config['validate'])
        return cls(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                filterer.addFilter(self.config['filters'][name])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config):
        config_copy = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            if issubclass(factory, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        config.update(config_copy)
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # Handlers written for Python 2.6 call the stream strm.
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for handler in logger.handlers[:]:
                logger.removeHandler(handler)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

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
