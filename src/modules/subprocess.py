"""subprocess for quicken: child programs started with os.fork and os.execv(e).

What is here: Popen (args as a list or, with shell=True, a string; stdin,
stdout and stderr as None, PIPE, DEVNULL, STDOUT, a descriptor or a file
object; cwd, env, text / universal_newlines / encoding; communicate, wait,
poll, kill, terminate, `with`), run, call, check_call, check_output,
CompletedProcess, CalledProcessError, TimeoutExpired. Timeouts are not
supported: a call with a timeout raises NotImplementedError."""

import os as _os
import sys as _sys

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


def _no_timeout(timeout):
    if timeout is not None:
        raise NotImplementedError("subprocess timeouts are not available in quicken")


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _fileno(spec):
    if isinstance(spec, int):
        return spec
    return spec.fileno()


def _read_all(fd):
    parts = []
    while True:
        chunk = _os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)


def _candidates(program, env):
    if "/" in program:
        return [program]
    path = (env if env is not None else _os.environ).get("PATH", "/bin:/usr/bin")
    return [_os.path.join(d or ".", program) for d in path.split(_os.pathsep)]


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._text = bool(text or universal_newlines or encoding or errors)
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable is None:
                executable = "/bin/sh"
        argv = [_os.fspath(a) if hasattr(a, "__fspath__") else a for a in argv]
        program = _os.fspath(executable) if executable is not None else argv[0]

        # (child end, parent end) for each standard stream.
        ends = []
        devnull = None
        for index, spec in enumerate((stdin, stdout, stderr)):
            if spec is None:
                ends.append((None, None))
            elif spec == PIPE:
                r, w = _os.pipe()
                ends.append((r, w) if index == 0 else (w, r))
            elif spec == DEVNULL:
                if devnull is None:
                    devnull = _os.open(_os.devnull, _os.O_RDWR)
                ends.append((devnull, None))
            elif spec == STDOUT and index == 2:
                ends.append(("stdout", None))
            else:
                ends.append((_fileno(spec), None))

        error_read, error_write = _os.pipe()
        for stream in (_sys.stdout, _sys.stderr):
            try:
                stream.flush()
            except (AttributeError, ValueError, OSError):
                pass
        pid = _os.fork()
        if pid == 0:
            self._child(program, argv, ends, cwd, env, error_write)
        self.pid = pid
        _os.close(error_write)
        for child_end, parent_end in ends:
            if isinstance(child_end, int) and parent_end is not None:
                _os.close(child_end)
        if devnull is not None:
            _os.close(devnull)
        failure = _read_all(error_read)
        _os.close(error_read)
        if failure:
            _os.waitpid(pid, 0)
            for _, parent_end in ends:
                if parent_end is not None:
                    _os.close(parent_end)
            errno, _, where = failure.decode().partition(":")
            errno = int(errno)
            if where == "cwd":
                raise OSError(errno, _os.strerror(errno), cwd)
            raise OSError(errno, _os.strerror(errno), program)
        files = []
        for index, (_, parent_end) in enumerate(ends):
            if parent_end is None:
                files.append(None)
                continue
            mode = "wb" if index == 0 else "rb"
            files.append(_PipeFile(parent_end, mode))
        self.stdin, self.stdout, self.stderr = [self._wrap(f) for f in files]

    def _wrap(self, f):
        if f is None or not self._text:
            return f
        return _TextPipe(f, self._encoding, self._errors)

    @staticmethod
    def _child(program, argv, ends, cwd, env, error_write):
        """In the forked child: set up the streams, exec, or report errno through the pipe."""
        where = "exec"
        try:
            stdout_fd = ends[1][0]
            for target, (child_end, _) in enumerate(ends):
                if child_end == "stdout":
                    child_end = stdout_fd if isinstance(stdout_fd, int) else 1
                if isinstance(child_end, int) and child_end != target:
                    _os.dup2(child_end, target)
            if cwd is not None:
                where = "cwd"
                _os.chdir(cwd)
                where = "exec"
            last = None
            for candidate in _candidates(program, env):
                try:
                    if env is None:
                        _os.execv(candidate, argv)
                    else:
                        _os.execve(candidate, argv, env)
                except OSError as exc:
                    last = exc
            raise last
        except OSError as exc:
            _os.write(error_write, ("%d:%s" % (exc.errno or 0, where)).encode())
        except BaseException:
            _os.write(error_write, b"0:exec")
        _os._exit(255)

    def communicate(self, input=None, timeout=None):
        _no_timeout(timeout)
        if self.stdin is not None:
            if input:
                self.stdin.write(input)
            self.stdin.close()
        out = self.stdout.read() if self.stdout is not None else None
        err = self.stderr.read() if self.stderr is not None else None
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        self.wait()
        return out, err

    def poll(self):
        if self.returncode is None:
            pid, status = _os.waitpid(self.pid, _os.WNOHANG)
            if pid != 0:
                self.returncode = _os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout=None):
        _no_timeout(timeout)
        if self.returncode is None:
            _, status = _os.waitpid(self.pid, 0)
            self.returncode = _os.waitstatus_to_exitcode(status)
        return self.returncode

    def send_signal(self, sig):
        if self.returncode is None:
            _os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                f.close()
        self.wait()


class _PipeFile:
    """A binary file over a pipe descriptor (read to the end, write all, close)."""

    def __init__(self, fd, mode):
        self._fd = fd
        self.mode = mode
        self.closed = False

    def fileno(self):
        return self._fd

    def read(self, n=-1):
        if n is None or n < 0:
            return _read_all(self._fd)
        return _os.read(self._fd, n)

    def readline(self):
        line = bytearray()
        while True:
            c = _os.read(self._fd, 1)
            if not c:
                break
            line += c
            if c == b"\n":
                break
        return bytes(line)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def write(self, data):
        data = bytes(data)
        view = data
        while view:
            n = _os.write(self._fd, view)
            view = view[n:]
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            _os.close(self._fd)


class _TextPipe:
    def __init__(self, raw, encoding, errors):
        self._raw = raw
        self._encoding = encoding
        self._errors = errors

    def fileno(self):
        return self._raw.fileno()

    @property
    def closed(self):
        return self._raw.closed

    def read(self, n=-1):
        data = self._raw.read(n)
        return data.decode(self._encoding, self._errors).replace("\r\n", "\n").replace("\r", "\n")

    def readline(self):
        return self._raw.readline().decode(self._encoding, self._errors)

    def __iter__(self):
        for line in self._raw:
            yield line.decode(self._encoding, self._errors)

    def write(self, text):
        self._raw.write(text.encode(self._encoding, self._errors))
        return len(text)

    def flush(self):
        pass

    def close(self):
        self._raw.close()


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        stdout, stderr = process.communicate(input, timeout=timeout)
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("universal_newlines") or kwargs.get("text") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    process = run(cmd, shell=True, text=True, stdout=PIPE, stderr=STDOUT)
    data = process.stdout
    if data[-1:] == "\n":
        data = data[:-1]
    return process.returncode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
