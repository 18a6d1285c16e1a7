# Text files for the builtin open(): quicken reads a file whole and writes
# through buffered appends. Binary modes are outside the subset.

class TextIOWrapper:
    def __init__(self, path, mode="r"):
        if "b" in mode:
            raise NotImplementedError("binary files are not supported by quicken")
        if not any(c in mode for c in "rwax"):
            raise ValueError("Must have exactly one of create/read/write/append mode")
        self.name = path
        self.mode = mode
        self.closed = False
        self._reading = "r" in mode and "+" not in mode
        self._buf = []
        self._pos = 0
        self._data = ""
        if self._reading:
            self._data = _read_text(path)
        elif "w" in mode:
            _write_text(path, "", False)
        elif "x" in mode:
            _create_text(path)
        else:
            _write_text(path, "", True)

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, size=-1):
        self._check()
        if not self._reading:
            raise _unsupported("not readable")
        if size is None or size < 0:
            out = self._data[self._pos:]
        else:
            out = self._data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._check()
        if not self._reading:
            raise _unsupported("not readable")
        end = self._data.find("\n", self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self):
        return list(self)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if self._reading:
            raise _unsupported("not writable")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        self._buf.append(s)
        if len(self._buf) > 512:
            self.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._buf:
            _write_text(self.name, "".join(self._buf), True)
            self._buf = []

    def close(self):
        if not self.closed:
            self.flush()
            self.closed = True

    def readable(self):
        return self._reading

    def writable(self):
        return not self._reading

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding='UTF-8'>" % (self.name, self.mode)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
    return TextIOWrapper(file, mode)
