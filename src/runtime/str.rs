//! `str` objects: UTF-8 storage with Python code-point indexing semantics,
//! a cached hash, and the identifier intern table.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// A Python string. Immutable; the hash is computed once and cached.
pub struct PyStr {
    /// The text. A `String`, not a `Box<str>`: a string appended to in place
    /// (`PyStr::push_str`) keeps its spare capacity; the others have none.
    s: String,
    /// Number of code points (equals the byte length for ASCII strings), or
    /// [`UNCOUNTED`] for a string of 2^32 - 1 or more (counted when asked).
    /// Four bytes, so that the string with its checkpoint field stays the
    /// size it had without it.
    nchars: u32,
    hash: Cell<i64>,
    /// True when this object is the canonical interned copy.
    interned: Cell<bool>,
    /// For a long non-ASCII string that has been indexed: the byte offset of
    /// every [`CHECKPOINT`]th code point, so that `s[i]` and slices walk at
    /// most `CHECKPOINT - 1` characters instead of the whole prefix (CPython
    /// indexes in O(1); without this a parser over text with one `é` in it
    /// goes quadratic). Built on the first index that needs it. Boxed so
    /// that the field is one word: every string carries it.
    checkpoints: std::cell::OnceCell<Box<CharIndex>>,
}

/// Where the code points of a long non-ASCII string start (see
/// `PyStr::checkpoints`).
struct CharIndex {
    /// The byte offset of every [`CHECKPOINT`]th code point.
    checkpoints: Box<[u32]>,
    /// The last code point looked up and its byte offset: a scanner that
    /// steps through the text (`text[pos]`, `text[pos + 1]`, ...) walks from
    /// here one character instead of from the checkpoint up to 31 (CPython's
    /// fixed-width strings index in O(1)).
    cursor: Cell<(u32, u32)>,
}

/// `s` without spare capacity: a new string's buffer is exactly its text
/// (strings are many and mostly never appended to).
fn exact(mut s: String) -> String {
    s.shrink_to_fit();
    s
}

/// `PyStr::nchars` of a string too long for a `u32` count.
const UNCOUNTED: u32 = u32::MAX;

/// A code-point count as stored in `PyStr::nchars`.
fn stored_count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(UNCOUNTED).min(UNCOUNTED)
}

/// Code points between two entries of a string's checkpoint index.
const CHECKPOINT: usize = 32;

impl PyStr {
    /// Makes a string from a slice.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }
    /// Makes a string from an owned `String` without copying.
    pub fn from_string(s: String) -> PyStr {
        let nchars = stored_count(if s.is_ascii() { s.len() } else { s.chars().count() });
        PyStr { s: exact(s), nchars, hash: Cell::new(-1), interned: Cell::new(false), checkpoints: std::cell::OnceCell::new() }
    }
    /// Makes a string from an owned `String` whose code-point count the
    /// caller already knows (no scan of the text).
    pub fn from_string_counted(s: String, nchars: usize) -> PyStr {
        debug_assert_eq!(nchars, s.chars().count());
        PyStr { s: exact(s), nchars: stored_count(nchars), hash: Cell::new(-1), interned: Cell::new(false), checkpoints: std::cell::OnceCell::new() }
    }
    /// Appends `other` to a string nobody else holds (`s += t` when the
    /// local `s` held the only other reference: CPython's in-place
    /// concatenation). The buffer grows by doubling and keeps its spare
    /// room, so building a string this way stays linear instead of copying
    /// the whole text each time.
    pub fn push_str(&mut self, other: &PyStr) {
        let nchars = self.char_len() + other.char_len();
        self.s.push_str(other.as_str());
        self.nchars = stored_count(nchars);
        self.hash.set(-1);
        self.checkpoints = std::cell::OnceCell::new();
    }

    /// The UTF-8 text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        if self.nchars != UNCOUNTED {
            self.nchars as usize
        } else {
            self.s.chars().count()
        }
    }
    /// True when every character is ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        if self.nchars != UNCOUNTED {
            self.nchars as usize == self.s.len()
        } else {
            self.s.is_ascii()
        }
    }
    /// The code point at `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            let (base, rest) = self.checkpoint(i);
            match self.skip_chars(base, rest) {
                Some(b) => self.s[b..].chars().next().unwrap_or('\0'),
                None => '\0',
            }
        }
    }
    /// `self[i]` (negative `i` counts from the end) when the string is ASCII and `i`
    /// is in range: the shared one-character string, no allocation.
    #[inline]
    pub fn ascii_item(&self, i: i64) -> Option<Rc<PyStr>> {
        if !self.is_ascii() {
            return None;
        }
        let len = self.s.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if !(0..len).contains(&j) {
            return None;
        }
        Some(small_at(self.s.as_bytes()[j as usize] as usize + 1))
    }
    /// `self[i]` (negative `i` counts from the end) when `i` is in range:
    /// the shared one-character string for ASCII text, otherwise the
    /// character found through the checkpoint index and its cursor.
    #[inline]
    pub fn item(&self, i: i64) -> Option<Rc<PyStr>> {
        if self.is_ascii() {
            return self.ascii_item(i);
        }
        let len = self.char_len() as i64;
        let j = if i < 0 { i + len } else { i };
        if !(0..len).contains(&j) {
            return None;
        }
        Some(char_str(self.char_at(j as usize)))
    }
    /// Byte offset of code point index `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            let (base, rest) = self.checkpoint(i);
            self.s[base..].char_indices().nth(rest).map(|(b, _)| base + b).unwrap_or(self.s.len())
        }
    }
    /// For a non-ASCII string: a byte offset at or before code point `i` and
    /// how many code points past it `i` is. Short strings are walked from the
    /// start; long ones get their checkpoint index on first use.
    fn checkpoint(&self, i: usize) -> (usize, usize) {
        if self.s.len() <= 2 * CHECKPOINT || self.s.len() > u32::MAX as usize {
            return (0, i);
        }
        let index = self.checkpoints.get_or_init(|| {
            // Every code point starts with a byte that is not a continuation
            // byte (0b10xxxxxx): counting those needs no decoding.
            let mut checkpoints = Vec::with_capacity(self.nchars as usize / CHECKPOINT + 1);
            let mut n = 0usize;
            for (b, &byte) in self.s.as_bytes().iter().enumerate() {
                if byte & 0xC0 != 0x80 {
                    if n % CHECKPOINT == 0 {
                        checkpoints.push(b as u32);
                    }
                    n += 1;
                }
            }
            Box::new(CharIndex {
                checkpoints: checkpoints.into_boxed_slice(),
                cursor: Cell::new((0, 0)),
            })
        });
        // `i` may be the length, one past the last checkpoint's stretch.
        let k = (i / CHECKPOINT).min(index.checkpoints.len() - 1);
        let (at_char, at_byte) = index.cursor.get();
        let (at_char, at_byte) = (at_char as usize, at_byte as usize);
        let (base, rest) = if at_char <= i && at_char >= k * CHECKPOINT {
            (at_byte, i - at_char)
        } else {
            (index.checkpoints[k] as usize, i - k * CHECKPOINT)
        };
        // The caller walks `rest` characters from `base`: remember where
        // that lands (when it is a character of the text).
        if let Some(b) = self.skip_chars(base, rest) {
            index.cursor.set((i as u32, b as u32));
            return (b, 0);
        }
        (base, rest)
    }
    /// The byte offset `n` code points after the character boundary `b`,
    /// when that is a character of the text (`None` past the last one).
    /// Steps by the lead bytes' widths without decoding the characters.
    #[inline]
    fn skip_chars(&self, mut b: usize, n: usize) -> Option<usize> {
        let bytes = self.s.as_bytes();
        for _ in 0..n {
            let lead = *bytes.get(b)?;
            b += match lead {
                0..=0x7F => 1,
                0x80..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
        }
        (b < bytes.len()).then_some(b)
    }
    /// Substring by code-point indices `[start, end)`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = if self.is_ascii() || end - start >= CHECKPOINT {
            self.byte_offset(end)
        } else {
            // A short slice: walk on from its start.
            self.s[b0..].char_indices().nth(end - start).map(|(b, _)| b0 + b).unwrap_or(self.s.len())
        };
        &self.s[b0..b1]
    }
    /// The Python hash of this string (cached).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
    /// True when this is the canonical interned object for its text.
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
}

/// The string hash: FNV-1a over the UTF-8 bytes, never -1.
/// (CPython randomizes str hashes per process, so no program can depend on them.)
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl PartialEq for PyStr {
    #[inline]
    fn eq(&self, other: &PyStr) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        // Two distinct interned objects never hold the same text (one-character
        // strings and identifiers are interned, so `c == '+'` rarely reads bytes).
        if self.is_interned() && other.is_interned() {
            return false;
        }
        self.s.len() == other.s.len() && self.s == other.s
    }
}

impl PartialOrd for PyStr {
    #[inline]
    fn partial_cmp(&self, other: &PyStr) -> Option<std::cmp::Ordering> {
        self.s.partial_cmp(&other.s)
    }
}

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, Rc<PyStr>>> = RefCell::new(HashMap::new());
    /// The empty string and the 256 one-character strings of Latin-1, interned, as
    /// CPython keeps them: per-character code (`c = s[i]`, `for c in s`,
    /// `if c == '+'`) allocates nothing and compares the same objects by address.
    /// Index 0 is `''`, index `c + 1` the character `c`; each made on first use (the
    /// interned copy, so that interned strings stay one object per text).
    static SMALL: [std::cell::OnceCell<Rc<PyStr>>; 257] = [const { std::cell::OnceCell::new() }; 257];
}

/// The shared string at [`SMALL`] index `index`.
#[inline]
fn small_at(index: usize) -> Rc<PyStr> {
    SMALL.with(|t| {
        t[index]
            .get_or_init(|| match index {
                0 => intern(""),
                _ => intern(char::from((index - 1) as u8).encode_utf8(&mut [0u8; 4])),
            })
            .clone()
    })
}

/// The shared object for `s` when it is empty or one Latin-1 character.
#[inline]
pub fn small_str(s: &str) -> Option<Rc<PyStr>> {
    let index = match s.as_bytes() {
        [] => 0,
        [b] => *b as usize + 1,
        // U+0080..U+00FF: two UTF-8 bytes, the first 0xC2 or 0xC3.
        [lead @ (0xC2 | 0xC3), cont] => ((((*lead & 0x1F) as usize) << 6) | (*cont & 0x3F) as usize) + 1,
        _ => return None,
    };
    Some(small_at(index))
}

/// The string of one character (shared for Latin-1).
#[inline]
pub fn char_str(c: char) -> Rc<PyStr> {
    match u8::try_from(u32::from(c)) {
        Ok(latin1) => small_at(latin1 as usize + 1),
        Err(_) => Rc::new(PyStr::new(c.encode_utf8(&mut [0u8; 4]))),
    }
}

/// Returns the canonical shared copy of `s`; identifiers are interned so that
/// attribute and global lookups usually compare pointers.
pub fn intern(s: &str) -> Rc<PyStr> {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(r) = t.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        r.interned.set(true);
        t.insert(s.into(), r.clone());
        r
    })
}

/// Interns a string object: the canonical copy of its text, which is `s`
/// itself when there was none (`sys.intern`).
pub fn intern_object(s: &Rc<PyStr>) -> Rc<PyStr> {
    if s.is_interned() {
        return s.clone();
    }
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(r) = t.get(s.as_str()) {
            return r.clone();
        }
        s.interned.set(true);
        t.insert(s.as_str().into(), s.clone());
        s.clone()
    })
}

/// Interns an existing string object (returns the canonical copy).
pub fn intern_rc(s: &Rc<PyStr>) -> Rc<PyStr> {
    if s.is_interned() {
        return s.clone();
    }
    intern(s.as_str())
}

/// Python's `repr()` of a string: quotes chosen like CPython, escapes for
/// backslash, the quote, `\n \r \t` and non-printable characters.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) >= 0x80 && !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one non-ASCII character: control, format, separator
/// (other than space), surrogate and private-use characters are not printable.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    !(c.is_control()
        || c.is_whitespace()
        || n == 0xad
        || (0x200b..=0x200f).contains(&n)
        || (0x2028..=0x202e).contains(&n)
        || (0x2060..=0x2064).contains(&n)
        || n == 0xfeff
        || (0xe000..=0xf8ff).contains(&n))
}

/// `ascii()`: escapes every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

/// log2 of the number of entry pairs in `STATIC_NAMES`.
const STATIC_NAME_PAIR_BITS: u32 = 8;

thread_local! {
    /// (literal address, length, interned copy), two-way set associative:
    /// literals at unrelated addresses may share a pair without evicting
    /// each other (a direct-mapped table re-interned through the HashMap on
    /// every use when two hot literals collided, and which ones did changed
    /// with the layout of the binary).
    static STATIC_NAMES: RefCell<Vec<(usize, usize, Option<Rc<PyStr>>)>> =
        RefCell::new(vec![(0, 0, None); 2 << STATIC_NAME_PAIR_BITS]);
}

/// Interns a string literal, cached by the literal's address and length so
/// hot paths (`__init__`, `__eq__`, ...) skip hashing the text.
#[inline]
pub fn static_name(s: &'static str) -> Rc<PyStr> {
    let (ptr, len) = (s.as_ptr() as usize, s.len());
    let pair = static_name_pair(ptr, len);
    let hit = STATIC_NAMES.with(|t| {
        let t = t.borrow();
        t[pair..pair + 2].iter().find(|(p, l, _)| *p == ptr && *l == len).and_then(|(_, _, v)| v.clone())
    });
    hit.unwrap_or_else(|| static_name_miss(s))
}

/// The first of the two `STATIC_NAMES` entries where a literal may be cached.
#[inline(always)]
fn static_name_pair(ptr: usize, len: usize) -> usize {
    // Fibonacci hashing spreads literals that sit at regular strides.
    (((ptr ^ len) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (u64::BITS - STATIC_NAME_PAIR_BITS)) as usize * 2
}

/// The miss of [`static_name`]: interns the text and caches it first in its
/// pair, evicting the older entry.
#[cold]
#[inline(never)]
fn static_name_miss(s: &'static str) -> Rc<PyStr> {
    let (ptr, len) = (s.as_ptr() as usize, s.len());
    let v = intern(s);
    let pair = static_name_pair(ptr, len);
    STATIC_NAMES.with(|t| {
        let mut t = t.borrow_mut();
        t[pair + 1] = (ptr, len, Some(v.clone()));
        t.swap(pair, pair + 1);
    });
    v
}

#[cfg(test)]
mod size_tests {
    /// Every string carries these fields (allocation-heavy code feels each
    /// word): 40 bytes with the checkpoint index, 48 since the text keeps its
    /// capacity, which `s += t` in place needs to stay linear.
    #[test]
    fn pystr_stays_six_words() {
        assert_eq!(std::mem::size_of::<super::PyStr>(), 48);
    }
}
