//! The standard streams' buffers, with CPython's buffering.
//!
//! CPython's `sys.stdout` is a `TextIOWrapper` (encoded text waits in a
//! "pending" list of up to 8192 bytes) over a `BufferedWriter` (a buffer of
//! the file's `st_blksize`) over the file descriptor. [`OutStream`] keeps the
//! same two layers, because which bytes reach the descriptor when is
//! observable: `sys.stdout.buffer.write(b)` overtakes text printed before it
//! until a flush, stdout and stderr interleave in a shared pipe at those
//! points, and after a failed write (a closed pipe) the text layer has lost
//! its pending bytes while the binary layer keeps what it holds, which
//! decides whether the flush at exit fails again (exit status 120).
//!
//! Buffering as CPython 3.11: stdout is line-buffered on a terminal and
//! block-buffered otherwise; stderr is always line-buffered; `-u` (or
//! `PYTHONUNBUFFERED`) makes both write through.

use std::io::ErrorKind;

use super::errors::PyErr;
use super::{signals, PyResult, Vm};

/// The text layer's chunk size (`TextIOWrapper._CHUNK_SIZE`).
const TEXT_CHUNK: usize = 8192;
/// The binary buffer size when the descriptor has no block size.
const DEFAULT_BUFFER_SIZE: usize = 8192;
/// How much a read from standard input asks for.
const READ_CHUNK: usize = 65536;

/// Writes to `fd` once, retrying after a signal; a write interrupted while a
/// SIGINT with the default handler is pending returns
/// `ErrorKind::Interrupted` (raised as `KeyboardInterrupt`).
fn raw_write(fd: i32, data: &[u8]) -> std::io::Result<usize> {
    loop {
        // SAFETY: `data` is a valid buffer of its length.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != ErrorKind::Interrupted || signals::keyboard_interrupt_due() {
            return Err(e);
        }
    }
}

/// Reads from `fd` once into `buf`; `Ok(0)` at end of file, and
/// `ErrorKind::Interrupted` when a signal waits for its handler.
fn raw_read(fd: i32, buf: &mut [u8]) -> std::io::Result<usize> {
    loop {
        // SAFETY: `buf` is a valid buffer of its length.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != ErrorKind::Interrupted || signals::interrupt_pending() {
            return Err(e);
        }
    }
}

/// True when `fd` is a terminal.
pub fn isatty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

/// The block size `fd` reports (what CPython sizes the binary buffer by).
fn block_size(fd: i32) -> usize {
    // SAFETY: fstat fills a zeroed struct.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) == 0 && st.st_blksize > 1 {
            return st.st_blksize as usize;
        }
    }
    DEFAULT_BUFFER_SIZE
}

/// The Python exception for a failed read or write: `KeyboardInterrupt` when
/// a SIGINT interrupted it, else `OSError` with CPython's errno and text
/// (`BrokenPipeError: [Errno 32] Broken pipe` for a closed pipe).
pub fn io_error(e: &std::io::Error) -> PyErr {
    if e.kind() == ErrorKind::Interrupted {
        if let Err(interrupt) = signals::check_interrupt() {
            return interrupt;
        }
    }
    crate::builtins::exceptions::os_error_from_io(e, None)
}

/// An output stream (stdout or stderr): the text layer's pending bytes over
/// the binary layer's buffer over the descriptor.
pub struct OutStream {
    fd: i32,
    /// Encoded text not yet handed to the binary layer.
    text: Vec<u8>,
    /// The binary layer's buffer.
    binary: Vec<u8>,
    /// The binary buffer's size.
    binary_size: usize,
    /// Flush both layers after writing text that holds a newline.
    pub line_buffering: bool,
    /// `-u`: text goes straight to the descriptor.
    pub write_through: bool,
    /// Closed by the program (`sys.stdout.close()`).
    pub closed: bool,
}

impl OutStream {
    /// The stream on `fd`, buffered as CPython buffers it by default.
    pub fn new(fd: i32) -> OutStream {
        OutStream {
            fd,
            text: Vec::new(),
            binary: Vec::new(),
            binary_size: block_size(fd),
            line_buffering: fd == 2 || isatty(fd),
            write_through: false,
            closed: false,
        }
    }

    /// `TextIOWrapper.write`: the text layer takes the bytes, handing its
    /// pending bytes down when they reach the chunk size (never joining more
    /// than a chunk), at a newline when line-buffered, or at once when
    /// writing through.
    pub fn write_text(&mut self, s: &[u8]) -> std::io::Result<()> {
        if !self.text.is_empty() && self.text.len() + s.len() > TEXT_CHUNK {
            self.flush_text()?;
        }
        self.text.extend_from_slice(s);
        let newline = self.line_buffering && s.iter().any(|&b| b == b'\n' || b == b'\r');
        if self.text.len() >= TEXT_CHUNK || newline || self.write_through {
            self.flush_text()?;
        }
        if newline {
            self.flush_binary()?;
        }
        Ok(())
    }

    /// Hands the text layer's pending bytes to the binary layer; they are
    /// gone from the text layer even if that fails, as in CPython.
    fn flush_text(&mut self) -> std::io::Result<()> {
        if self.text.is_empty() {
            return Ok(());
        }
        let mut pending = std::mem::take(&mut self.text);
        let r = self.write_binary(&pending);
        pending.clear();
        if self.text.is_empty() {
            self.text = pending;
        }
        r
    }

    /// `BufferedWriter.write` (or the unbuffered `FileIO.write` under `-u`):
    /// bytes that fit join the buffer; else the buffer is written out, then
    /// the bytes straight to the descriptor but for a tail that fits.
    pub fn write_binary(&mut self, data: &[u8]) -> std::io::Result<()> {
        if self.write_through {
            self.flush_binary()?;
            return write_all(self.fd, data);
        }
        if self.binary.len() + data.len() <= self.binary_size {
            self.binary.extend_from_slice(data);
            return Ok(());
        }
        self.flush_binary()?;
        let mut rest = data;
        while rest.len() > self.binary_size {
            let n = raw_write(self.fd, rest)?;
            rest = &rest[n..];
        }
        self.binary.extend_from_slice(rest);
        Ok(())
    }

    /// Writes out the binary buffer; what could not be written stays.
    fn flush_binary(&mut self) -> std::io::Result<()> {
        while !self.binary.is_empty() {
            match raw_write(self.fd, &self.binary) {
                Ok(n) => {
                    self.binary.drain(..n);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// `flush()`: both layers.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.flush_text()?;
        self.flush_binary()
    }
}

fn write_all(fd: i32, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        let n = raw_write(fd, data)?;
        data = &data[n..];
    }
    Ok(())
}

/// Lets `write!` and `write_all` target an output stream as text.
impl std::io::Write for OutStream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_text(buf)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        OutStream::flush(self)
    }
}

/// Runs the handlers of signals that interrupted a blocking read.
pub type OnSignal<'a> = &'a mut dyn FnMut() -> PyResult<()>;

/// Standard input's buffer, shared by `sys.stdin`, `sys.stdin.buffer` and
/// `input()`. Lines end at `\n` only (CPython's stdin on POSIX has
/// `newline='\n'`: no translation).
pub struct InStream {
    buf: Vec<u8>,
    /// How much of `buf` was consumed.
    pos: usize,
    /// Closed by the program (`sys.stdin.close()`).
    pub closed: bool,
}

impl Default for InStream {
    fn default() -> Self {
        InStream::new()
    }
}

impl InStream {
    /// An empty buffer over descriptor 0.
    pub fn new() -> InStream {
        InStream { buf: Vec::new(), pos: 0, closed: false }
    }

    /// The unconsumed bytes.
    fn available(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// Reads more input; `Ok(false)` at end of input (not sticky: a terminal
    /// can be read again after Ctrl-D, as in CPython). A signal runs its
    /// handlers (`on_signal`), then the read resumes.
    fn fill(&mut self, on_signal: OnSignal) -> PyResult<bool> {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + READ_CHUNK, 0);
        loop {
            let r = raw_read(0, &mut self.buf[old..]);
            let n = *r.as_ref().unwrap_or(&0);
            match r {
                Ok(n) => {
                    self.buf.truncate(old + n);
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {
                    if let Err(raised) = on_signal() {
                        self.buf.truncate(old);
                        return Err(raised);
                    }
                }
                Err(e) => {
                    self.buf.truncate(old + n);
                    return Err(io_error(&e));
                }
            }
        }
    }

    /// Consumes and returns the first `n` available bytes.
    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.buf[self.pos..self.pos + n].to_vec();
        self.pos += n;
        out
    }

    /// The bytes up to and including the next `\n` (all that is left at end
    /// of input). `limit` caps the line: in bytes when `chars` is false, else
    /// in code points (never splitting one).
    pub fn read_line(&mut self, limit: Option<usize>, chars: bool, on_signal: OnSignal) -> PyResult<Vec<u8>> {
        let mut scanned = 0;
        let mut count = 0;
        loop {
            let avail = self.available();
            while scanned < avail.len() {
                let b = avail[scanned];
                if let Some(limit) = limit {
                    let starts_char = !chars || b & 0xC0 != 0x80;
                    if starts_char && count == limit {
                        return Ok(self.take(scanned));
                    }
                    if starts_char {
                        count += 1;
                    }
                }
                scanned += 1;
                if b == b'\n' {
                    return Ok(self.take(scanned));
                }
            }
            if limit == Some(count) && (!chars || utf8_complete(avail)) {
                return Ok(self.take(scanned));
            }
            if !self.fill(on_signal)? {
                let n = self.available().len();
                return Ok(self.take(n));
            }
        }
    }

    /// `read(n)`: up to `n` bytes (code points when `chars`), blocking until
    /// that many arrived or the input ended; `None` reads to the end.
    pub fn read(&mut self, n: Option<usize>, chars: bool, on_signal: OnSignal) -> PyResult<Vec<u8>> {
        let Some(n) = n else {
            while self.fill(on_signal)? {}
            let all = self.available().len();
            return Ok(self.take(all));
        };
        let mut scanned = 0;
        let mut count = 0;
        loop {
            let avail = self.available();
            while scanned < avail.len() {
                let starts_char = !chars || avail[scanned] & 0xC0 != 0x80;
                if starts_char {
                    if count == n {
                        return Ok(self.take(scanned));
                    }
                    count += 1;
                }
                scanned += 1;
            }
            // With `chars`, the last code point may still miss tail bytes.
            if count == n && (!chars || utf8_complete(avail)) {
                return Ok(self.take(scanned));
            }
            if !self.fill(on_signal)? {
                let all = self.available().len();
                return Ok(self.take(all));
            }
        }
    }
}

/// True when `bytes` does not end inside a UTF-8 sequence.
fn utf8_complete(bytes: &[u8]) -> bool {
    let tail = bytes.len().saturating_sub(4);
    match bytes[tail..].iter().rposition(|&b| b & 0xC0 != 0x80) {
        None => true,
        Some(i) => {
            let lead = bytes[tail + i];
            let need = match lead {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            bytes.len() - (tail + i) >= need
        }
    }
}

/// Decodes input text. Invalid UTF-8 becomes U+FFFD (CPython's stdin uses
/// `surrogateescape` in a C or UTF-8 locale; quicken's strings hold no lone
/// surrogates).
pub fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// What `repr(sys.stdout)` says, also in "Exception ignored in" reports.
pub fn text_stream_repr(fd: i32) -> String {
    let (name, mode) = stream_name_mode(fd);
    format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", name, mode)
}

/// The `name` and text `mode` of standard stream `fd`.
pub fn stream_name_mode(fd: i32) -> (&'static str, &'static str) {
    match fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    }
}

impl Vm {
    /// Applies `-u` (the command line folds `PYTHONUNBUFFERED` into it unless
    /// `-E`) to stdout and stderr: the driver calls it once the flags are set.
    pub fn configure_std_streams(&mut self) {
        if self.flags.unbuffered {
            self.stdout.write_through = true;
            self.stderr.write_through = true;
        }
    }

    /// Runs `read` on standard input's buffer; signals that interrupt it run
    /// their Python-level handlers.
    pub fn read_stdin<T>(&mut self, read: impl FnOnce(&mut InStream, OnSignal) -> PyResult<T>) -> PyResult<T> {
        let mut stdin = std::mem::take(&mut self.stdin);
        let result = read(&mut stdin, &mut || self.check_signals());
        self.stdin = stdin;
        result
    }

    /// The output stream on `fd` (1 or 2).
    pub fn out_stream(&mut self, fd: i32) -> &mut OutStream {
        if fd == 2 {
            &mut self.stderr
        } else {
            &mut self.stdout
        }
    }

    /// Writes text to standard output (`print`, `sys.stdout.write`); a closed
    /// pipe raises `BrokenPipeError` here, at the write that flushed.
    /// Generators that died inside a `try` are closed first, so output from
    /// their `finally` blocks comes before anything printed after they died
    /// (CPython closes them at once).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.write_std(1, s.as_bytes())
    }

    /// Writes text to output stream `fd` (1 or 2), as [`Vm::write_stdout`].
    pub fn write_std(&mut self, fd: i32, bytes: &[u8]) -> PyResult<()> {
        if signals::breaker() {
            self.run_finalizers();
        }
        let stream = self.out_stream(fd);
        if stream.closed {
            return Err(closed_file());
        }
        stream.write_text(bytes).map_err(|e| io_error(&e))
    }

    /// Writes interpreter reports (tracebacks, warnings) to stderr, through
    /// its buffer so they keep their place among the program's own stderr
    /// writes; errors are ignored, as CPython ignores them there.
    pub fn write_stderr(&mut self, s: &str) {
        let _ = self.stderr.write_text(s.as_bytes());
    }

    /// Flushes standard output, ignoring errors (the unwritten bytes stay).
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// CPython's `flush_io`, run before a script's traceback: stderr, then
    /// stdout, errors ignored.
    pub fn flush_io(&mut self) {
        let _ = self.stderr.flush();
        let _ = self.stdout.flush();
    }

    /// The flush at exit: a failing stdout is reported as CPython reports it
    /// ("Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>") and
    /// makes the exit status 120; returns false then.
    pub fn flush_std_streams_at_exit(&mut self) -> bool {
        let mut ok = true;
        if !self.stdout.closed {
            if let Err(e) = self.stdout.flush() {
                let err = io_error(&e);
                let text = self.format_exception(&err);
                let report = format!("Exception ignored in: {}\n{}", text_stream_repr(1), text.trim_start_matches("Traceback (most recent call last):\n"));
                self.write_stderr(&report);
                ok = false;
            }
        }
        let _ = self.stderr.flush();
        ok
    }
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_file() -> PyErr {
    super::errors::value_error("I/O operation on closed file.")
}
