//! Standard modules written in embedded Python: `io`, `string`, `copy`,
//! `statistics`, `__future__`, `contextlib`, `dataclasses`, `traceback`,
//! `warnings`, `timeit`, `fractions`, `numbers`, `types`, `typing`, `abc`, `enum`,
//! `collections.abc`, `linecache`, `getopt`, `datetime`, `hmac`, `base64`, `csv`,
//! `textwrap`, `pprint`, `asyncio`, `inspect`, `argparse`, `logging`,
//! `logging.handlers`, `logging.config`, `posixpath` (`os.path`), `pathlib`,
//! `shutil`, `tempfile`, `glob`, `fnmatch`, `bz2`, `pickle`,
//! `copyreg`, `_codecs`, `atexit`, `queue`, `subprocess`, `multiprocessing` (`.pool`, `.dummy`),
//! `concurrent.futures`.

use std::rc::Rc;

use super::native::run_source;
use crate::builtins::set;
use crate::runtime::value::Value;

#[path = "stringio.rs"]
mod stringio;
#[path = "bytesio.rs"]
mod bytesio;
use crate::runtime::objects::*;
use crate::vm::Vm;

/// The parts of the embedded `asyncio`, run in order into its namespace,
/// each under the name of the CPython file it stands for.
const ASYNCIO_PARTS: [(&str, &str); 11] = [
    ("<frozen asyncio.exceptions>", include_str!("asyncio/exceptions.py")),
    ("<frozen asyncio.coroutines>", include_str!("asyncio/coroutines.py")),
    ("<frozen asyncio.events>", include_str!("asyncio/events.py")),
    ("<frozen asyncio.futures>", include_str!("asyncio/futures.py")),
    ("<frozen asyncio.base_events>", include_str!("asyncio/base_events.py")),
    ("<frozen asyncio.tasks>", include_str!("asyncio/tasks.py")),
    ("<frozen asyncio.queues>", include_str!("asyncio/queues.py")),
    ("<frozen asyncio.locks>", include_str!("asyncio/locks.py")),
    ("<frozen asyncio.timeouts>", include_str!("asyncio/timeouts.py")),
    ("<frozen asyncio.taskgroups>", include_str!("asyncio/taskgroups.py")),
    ("<frozen asyncio.runners>", include_str!("asyncio/runners.py")),
];

/// The file label and source of embedded-Python module `name`.
fn source_of(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "io" => ("<frozen io>", include_str!("io.py")),
        "string" => ("<frozen string>", include_str!("string.py")),
        "copy" => ("<frozen copy>", include_str!("copy.py")),
        "statistics" => ("<frozen statistics>", include_str!("statistics.py")),
        "__future__" => ("<frozen __future__>", include_str!("future.py")),
        "weakref" => ("<frozen weakref>", include_str!("weakref.py")),
        "contextlib" => ("<frozen contextlib>", include_str!("contextlib.py")),
        "types" => ("<frozen types>", include_str!("types.py")),
        "dataclasses" => ("<frozen dataclasses>", include_str!("dataclasses.py")),
        "abc" => ("<frozen abc>", include_str!("abc.py")),
        "numbers" => ("<frozen numbers>", include_str!("numbers.py")),
        "collections.abc" => ("<frozen _collections_abc>", include_str!("collections_abc.py")),
        "typing" => ("<frozen typing>", include_str!("typing.py")),
        "datetime" => ("<frozen datetime>", include_str!("datetime.py")),
        "hmac" => ("<frozen hmac>", include_str!("hmac.py")),
        "base64" => ("<frozen base64>", include_str!("base64.py")),
        "csv" => ("<frozen csv>", include_str!("csv.py")),
        "textwrap" => ("<frozen textwrap>", include_str!("textwrap.py")),
        "pprint" => ("<frozen pprint>", include_str!("pprint.py")),
        "enum" => ("<frozen enum>", include_str!("enum.py")),
        "linecache" => ("<frozen linecache>", include_str!("linecache.py")),
        "warnings" => ("<frozen warnings>", include_str!("warnings.py")),
        "traceback" => ("<frozen traceback>", include_str!("traceback.py")),
        "getopt" => ("<frozen getopt>", include_str!("getopt.py")),
        "timeit" => ("<frozen timeit>", include_str!("timeit.py")),
        "fractions" => ("<frozen fractions>", include_str!("fractions.py")),
        "inspect" => ("<frozen inspect>", include_str!("inspect.py")),
        "argparse" => ("<frozen argparse>", include_str!("argparse.py")),
        "logging" => ("<frozen logging>", include_str!("logging.py")),
        "logging.handlers" => ("<frozen logging.handlers>", include_str!("logging_handlers.py")),
        "logging.config" => ("<frozen logging.config>", include_str!("logging_config.py")),
        "posixpath" => ("<frozen posixpath>", include_str!("posixpath.py")),
        "pathlib" => ("<frozen pathlib>", include_str!("pathlib.py")),
        "shutil" => ("<frozen shutil>", include_str!("shutil.py")),
        "tempfile" => ("<frozen tempfile>", include_str!("tempfile.py")),
        "glob" => ("<frozen glob>", include_str!("glob.py")),
        "fnmatch" => ("<frozen fnmatch>", include_str!("fnmatch.py")),
        "bz2" => ("<frozen bz2>", include_str!("bz2.py")),
        "pickle" => ("<frozen pickle>", include_str!("pickle.py")),
        "copyreg" => ("<frozen copyreg>", include_str!("copyreg.py")),
        "_codecs" => ("<frozen _codecs>", include_str!("codecs_native.py")),
        "atexit" => ("<frozen atexit>", include_str!("atexit.py")),
        "queue" => ("<frozen queue>", include_str!("queue.py")),
        "subprocess" => ("<frozen subprocess>", include_str!("subprocess.py")),
        "multiprocessing" => ("<frozen multiprocessing>", include_str!("multiprocessing.py")),
        "multiprocessing.pool" => (
            "<frozen multiprocessing.pool>",
            "from multiprocessing import Pool, ThreadPool, AsyncResult, ApplyResult, MapResult, TimeoutError\n",
        ),
        "multiprocessing.dummy" => (
            "<frozen multiprocessing.dummy>",
            "from multiprocessing import ThreadPool as Pool, cpu_count, current_process\n",
        ),
        "concurrent" => ("<frozen concurrent>", "\"\"\"The concurrent package (concurrent.futures).\"\"\"\n"),
        "concurrent.futures" => ("<frozen concurrent.futures>", include_str!("concurrent_futures.py")),
        _ => return None,
    })
}

/// The file label and source of an embedded module that can run as `__main__`
/// (`-m timeit`): those needing no native parts.
pub fn main_source(name: &str) -> Option<(&'static str, &'static str)> {
    if name == "io" {
        return None;
    }
    source_of(name)
}

/// Fills the namespace of embedded-Python module `name`; false when unknown.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>, name: &str) -> bool {
    if name == "asyncio" {
        crate::vm::coro::add_asyncio_helpers(d);
        for (file, src) in ASYNCIO_PARTS {
            super::native::run_embedded(vm, d, file, src, true);
        }
        return true;
    }
    let Some((file, src)) = source_of(name) else { return false };
    if name == "io" {
        set(d, "StringIO", Value::Class(stringio::class()));
        set(d, "_BytesIO", Value::Class(bytesio::class()));
    }
    if matches!(name, "pickle" | "copyreg" | "_codecs") {
        // C code in CPython (_pickle): its frames never show in tracebacks.
        super::native::run_embedded(vm, d, file, src, true);
    } else {
        run_source(vm, d, file, src);
    }
    if name == "io" {
        stringio::finish(d);
    }
    true
}
