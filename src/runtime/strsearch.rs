//! Substring search for the `str` methods and `in`.
//!
//! `str::find(&str)` and friends build a Two-Way searcher for every call,
//! which costs more than the search itself on the short texts programs
//! mostly handle (`line.split(",")`, `text.replace("&", "&amp;")`). CPython
//! special-cases one-character needles (`memchr`) and uses a cheap search
//! for short ones; here `memchr` does both: a one-byte needle is a `memchr`
//! scan, a longer one `memmem`. Needles and haystacks are UTF-8, so a byte
//! match of a whole needle is always a match on character boundaries.

use memchr::memmem;

/// Haystacks shorter than this are scanned byte by byte for a one-byte
/// needle (`ch in " \t\n"`): cheaper than entering the vectorized search.
const SHORT: usize = 16;

/// Byte offset of the first occurrence of `needle` in `hay`.
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(0),
        [b] if hay.len() < SHORT => hay.bytes().position(|c| c == *b),
        [b] => memchr::memchr(*b, hay.as_bytes()),
        n => memmem::find(hay.as_bytes(), n),
    }
}

/// Byte offset of the last occurrence of `needle` in `hay`.
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(hay.len()),
        [b] => memchr::memrchr(*b, hay.as_bytes()),
        n => memmem::rfind(hay.as_bytes(), n),
    }
}

/// True when `needle` occurs in `hay`.
#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// Byte offsets of the first `limit` non-overlapping occurrences of a
/// non-empty `needle`, left to right, passed to `each`.
#[inline]
fn each_match(hay: &str, needle: &str, limit: usize, mut each: impl FnMut(usize)) {
    debug_assert!(!needle.is_empty());
    if limit == 0 {
        return;
    }
    let mut taken = 0;
    let mut visit = |at: usize| {
        each(at);
        taken += 1;
        taken < limit
    };
    match needle.as_bytes() {
        [b] => {
            for at in memchr::memchr_iter(*b, hay.as_bytes()) {
                if !visit(at) {
                    return;
                }
            }
        }
        n => {
            for at in memmem::find_iter(hay.as_bytes(), n) {
                if !visit(at) {
                    return;
                }
            }
        }
    }
}

/// Number of non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &str, needle: &str) -> usize {
    let mut n = 0;
    each_match(hay, needle, usize::MAX, |_| n += 1);
    n
}

/// The pieces of `hay` between the first `limit` occurrences of a
/// non-empty `sep` (`str.split(sep, maxsplit)`; the rest is the last piece).
pub fn split<'a>(hay: &'a str, sep: &str, limit: usize) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut start = 0;
    each_match(hay, sep, limit, |at| {
        parts.push(&hay[start..at]);
        start = at + sep.len();
    });
    parts.push(&hay[start..]);
    parts
}

/// `hay` with the first `limit` occurrences of a non-empty `old` replaced
/// by `new`; `None` when `old` does not occur (the caller keeps `hay`'s
/// object, as CPython returns the string itself).
pub fn replace(hay: &str, old: &str, new: &str, limit: usize) -> Option<String> {
    let mut out: Option<String> = None;
    let mut start = 0;
    each_match(hay, old, limit, |at| {
        let buf = out.get_or_insert_with(|| String::with_capacity(hay.len() + new.len().saturating_sub(old.len()) * 4));
        buf.push_str(&hay[start..at]);
        buf.push_str(new);
        start = at + old.len();
    });
    let mut buf = out?;
    buf.push_str(&hay[start..]);
    Some(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        let texts = ["", "a", "abc", "a,b,,c,", "ééx€é", "&lt;&&amp;", "aaaa", "xyzxyzxy"];
        let needles = ["a", ",", "é", "€", "&amp;", "aa", "xyz", "zz", "b,"];
        for hay in texts {
            for n in needles {
                assert_eq!(find(hay, n), hay.find(n), "{hay:?} {n:?}");
                assert_eq!(rfind(hay, n), hay.rfind(n), "{hay:?} {n:?}");
                assert_eq!(count(hay, n), hay.matches(n).count(), "{hay:?} {n:?}");
                assert_eq!(split(hay, n, usize::MAX), hay.split(n).collect::<Vec<_>>(), "{hay:?} {n:?}");
                assert_eq!(split(hay, n, 1), hay.splitn(2, n).collect::<Vec<_>>(), "{hay:?} {n:?}");
                let replaced = replace(hay, n, "<>", usize::MAX).unwrap_or_else(|| hay.to_owned());
                assert_eq!(replaced, hay.replace(n, "<>"), "{hay:?} {n:?}");
                let once = replace(hay, n, "", 1).unwrap_or_else(|| hay.to_owned());
                assert_eq!(once, hay.replacen(n, "", 1), "{hay:?} {n:?}");
            }
        }
    }
}
