# The `csv` module: CPython 3.11's reader state machine and writer quoting
# rules, dialects, DictReader and DictWriter.

import re as _re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel",
           "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader", "DictWriter", "unix_dialect", "Sniffer"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


def field_size_limit(*args):
    """Sets the largest field the reader accepts; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """The formatting parameters of a CSV flavour."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def _char_param(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        value = default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, ' or None' if allow_none else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """A validated dialect: the parameters a reader or writer runs with."""

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kw:
                return kw[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default

        for key in kw:
            if key not in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                           'lineterminator', 'quoting', 'strict'):
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % key)
        self.delimiter = _char_param('delimiter', pick('delimiter', ','), ',', False)
        self.quoting = pick('quoting', QUOTE_MINIMAL)
        if not isinstance(self.quoting, int):
            raise TypeError('"quoting" must be an integer')
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if 'quotechar' in kw:
            qc = kw['quotechar']
        elif dialect is not None:
            qc = getattr(dialect, 'quotechar', None)
        else:
            qc = '"'
        if qc is None:
            if self.quoting != QUOTE_NONE:
                raise TypeError('quotechar must be set if quoting enabled')
            self.quotechar = None
        else:
            self.quotechar = _char_param('quotechar', qc, '"', True)
        self.escapechar = _char_param('escapechar', pick('escapechar', None), None, True)
        self.doublequote = bool(pick('doublequote', True))
        self.skipinitialspace = bool(pick('skipinitialspace', False))
        lt = pick('lineterminator', '\r\n')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        self.strict = bool(pick('strict', False))


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect under `name`."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _Params(dialect, **fmtparams)
    if dialect is None or fmtparams:
        base = dialect

        class _Registered(Dialect):
            pass
        params = _Params(base, **fmtparams)
        for attr in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            setattr(_Registered, attr, getattr(params, attr))
        dialect = _Registered
    _dialects[name] = dialect


def unregister_dialect(name):
    """Forgets the dialect `name`."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The dialect registered as `name`."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_EOL = object()


class _Reader:
    """Iterates over the records of CSV text, one list of fields each."""

    def __init__(self, iterable, dialect='excel', **kw):
        self._input = iter(iterable)
        self._p = _Params(dialect, **kw)
        self.dialect = self._p
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        p = self._p
        state = self._state
        eol = c is _EOL
        if state == _START_RECORD:
            if eol:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and p.skipinitialspace:
                pass
            elif c == p.delimiter:
                self._save_field()
            else:
                if p.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if not eol and c in '\n\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if eol else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and eol:
                return
            if eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == p.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == p.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if eol:
                pass
            elif c == p.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == p.quotechar and p.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if p.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if eol else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if p.quoting != QUOTE_NONE and c == p.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == p.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif not p.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
        elif state == _EAT_CRNL:
            if eol:
                self._state = _START_RECORD
            elif c == '\n' or c == '\r':
                pass
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._p.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            self.line_num += 1
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


class _Writer:
    """Writes rows as CSV lines to a file-like object."""

    def __init__(self, fileobj, dialect='excel', **kw):
        self._write = fileobj.write
        self._p = _Params(dialect, **kw)
        self.dialect = self._p

    def _field(self, value, only_field):
        p = self._p
        if p.quoting == QUOTE_ALL:
            quote = True
        elif p.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float, complex))
        else:
            quote = False
        if value is None:
            text = ''
        elif isinstance(value, str):
            text = value
        else:
            text = str(value)
        special = p.delimiter + (p.quotechar or '') + (p.escapechar or '') + '\n\r' + p.lineterminator
        out = []
        for c in text:
            if c in special:
                want_escape = False
                if p.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == p.quotechar:
                        if p.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == p.escapechar:
                        want_escape = True
                    if not want_escape:
                        quote = True
                if want_escape:
                    if p.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(p.escapechar)
            out.append(c)
        text = ''.join(out)
        if not text and only_field:
            if p.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quote = True
        if quote:
            text = p.quotechar + text + p.quotechar
        return text

    def writerow(self, row):
        """Writes one row (an iterable of fields); returns what write() returned."""
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        only = len(fields) == 1
        line = self._p.delimiter.join(self._field(f, only) for f in fields) + self._p.lineterminator
        return self._write(line)

    def writerows(self, rows):
        """Writes every row of `rows`."""
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the records of `csvfile` (any iterable of lines)."""
    return _Reader(csvfile, dialect, **fmtparams)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer of CSV rows to `csvfile` (anything with a write method)."""
    if not hasattr(csvfile, 'write'):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Reads records as dicts keyed by the header row (or `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Writes the field names as a row."""
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        """Writes one dict as a row."""
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        """Writes every dict of `rowdicts`."""
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Not available in quicken."""

    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not supported by quicken")
