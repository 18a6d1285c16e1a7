//! The global allocator: mimalloc, called the way Python's objects need it.
//!
//! Python programs allocate and free many small objects (instances, lists, frames), where
//! glibc's malloc is slow; CPython has pymalloc for the same reason. The `mimalloc` crate's
//! allocator sends every request through `mi_malloc_aligned`, which costs about 20 machine
//! instructions more than `mi_malloc` per allocation, although mimalloc's plain entry
//! points already give every alignment Rust asks for here (16 bytes for blocks of 16 bytes
//! or more, the block size for smaller ones). This one calls them and keeps the aligned
//! entry points for the rare stricter alignments.

//!
//! Small blocks also go through a per-thread cache of freed blocks per size class (one
//! LIFO list per 16 bytes of size up to [`CACHED_MAX`]), as pymalloc's pools do for
//! CPython: a program that frees an object and makes the next one (a tuple per loop step,
//! an exception per failed parse, a frame per generator) reuses the block in a few
//! instructions, where mimalloc, which frees onto a list it allocates from only once the
//! page's other list runs dry, takes its slow path for nearly every such allocation.
use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ffi::c_void;
use std::ptr::null_mut;

use libmimalloc_sys as mi;

/// Alignment `mi_malloc` guarantees for blocks at least this large (`MI_MAX_ALIGN_SIZE`).
const PLAIN_ALIGN: usize = 16;

/// mimalloc as the global allocator (declared with `#[global_allocator]` by the binary).
pub struct Allocator;

/// Whether `mi_malloc(size)` is aligned enough for `align`.
#[inline(always)]
fn plain_fits(align: usize, size: usize) -> bool {
    align <= PLAIN_ALIGN && align <= size
}

/// Largest block size the per-thread cache keeps.
const CACHED_MAX: usize = 256;
/// Size classes of the cache: 16, 32, ..., [`CACHED_MAX`] bytes.
const CLASSES: usize = CACHED_MAX / PLAIN_ALIGN;
/// Most freed blocks one size class keeps (at most 544 KB over all classes); more go
/// back to mimalloc, so freeing a large structure does not hoard its memory.
const CACHED_PER_CLASS: u32 = 128;

/// The cache's size class of a block of `size` bytes (`size <= CACHED_MAX`).
#[inline(always)]
fn class_of(size: usize) -> usize {
    size.saturating_sub(1) / PLAIN_ALIGN
}

/// The size every block of class `class` is allocated with, so that any of them serves
/// any request of the class.
#[inline(always)]
fn class_size(class: usize) -> usize {
    (class + 1) * PLAIN_ALIGN
}

/// One thread's freed blocks: a list per size class, linked through the blocks' first
/// word. Blocks a thread still holds when it ends stay allocated (a bounded amount).
struct FreeLists {
    heads: [*mut u8; CLASSES],
    counts: [u32; CLASSES],
}

thread_local! {
    static FREE_LISTS: UnsafeCell<FreeLists> = const {
        UnsafeCell::new(FreeLists { heads: [null_mut(); CLASSES], counts: [0; CLASSES] })
    };
}

/// Runs `f` on this thread's free lists; `None` while the thread is being torn down.
#[inline(always)]
fn with_free_lists<R>(f: impl FnOnce(&mut FreeLists) -> R) -> Option<R> {
    // SAFETY: the lists belong to this thread, and `f` neither allocates nor frees, so
    // the reference is the only one while it lives.
    FREE_LISTS.try_with(|lists| f(unsafe { &mut *lists.get() })).ok()
}

/// A cached block of `class`, if the thread has one.
#[inline(always)]
fn pop_cached(class: usize) -> *mut u8 {
    with_free_lists(|lists| {
        let head = lists.heads[class];
        if !head.is_null() {
            // SAFETY: a cached block is free, at least a word long and holds the next link.
            lists.heads[class] = unsafe { *(head as *mut *mut u8) };
            lists.counts[class] -= 1;
        }
        head
    })
    .unwrap_or(null_mut())
}

/// Keeps a freed block of `class` for reuse; false when that class is full.
#[inline(always)]
fn push_cached(ptr: *mut u8, class: usize) -> bool {
    with_free_lists(|lists| {
        if lists.counts[class] >= CACHED_PER_CLASS {
            return false;
        }
        // SAFETY: the block is ours from now on and at least a word long.
        unsafe { *(ptr as *mut *mut u8) = lists.heads[class] };
        lists.heads[class] = ptr;
        lists.counts[class] += 1;
        true
    })
    .unwrap_or(false)
}

/// Whether blocks of this layout go through the cache.
#[inline(always)]
fn cacheable(align: usize, size: usize) -> bool {
    size <= CACHED_MAX && align <= PLAIN_ALIGN
}

// SAFETY: every pointer comes from mimalloc and goes back to it; the plain entry points are
// used only where their alignment guarantee covers the layout. A cached block was made by
// `mi_malloc(class_size(class))`, so it is 16-byte aligned and large enough for every
// layout of its class.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if cacheable(layout.align(), layout.size()) {
            let class = class_of(layout.size());
            let cached = pop_cached(class);
            if !cached.is_null() {
                return cached;
            }
            return mi::mi_malloc(class_size(class)) as *mut u8;
        }
        if plain_fits(layout.align(), layout.size()) {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if cacheable(layout.align(), layout.size()) {
            let class = class_of(layout.size());
            let cached = pop_cached(class);
            if !cached.is_null() {
                std::ptr::write_bytes(cached, 0, layout.size());
                return cached;
            }
            return mi::mi_zalloc(class_size(class)) as *mut u8;
        }
        if plain_fits(layout.align(), layout.size()) {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if cacheable(layout.align(), layout.size()) && push_cached(ptr, class_of(layout.size())) {
            return;
        }
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if cacheable(layout.align(), new_size) {
            // Still a whole block of the new class, so it may be cached when freed.
            let class = class_of(new_size);
            if cacheable(layout.align(), layout.size()) && class_of(layout.size()) == class {
                return ptr;
            }
            return mi::mi_realloc(ptr as *mut c_void, class_size(class)) as *mut u8;
        }
        if plain_fits(layout.align(), new_size) {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every size and alignment the plain path takes comes back aligned.
    #[test]
    fn plain_blocks_are_aligned() {
        for align in [1usize, 2, 4, 8, 16] {
            for size in [align, align + 1, 24, 40, 100, 1000, 5000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = Allocator.alloc(layout);
                    assert!(!p.is_null() && p as usize % align == 0, "size {size} align {align}");
                    let q = Allocator.realloc(p, layout, size * 3);
                    assert!(!q.is_null() && q as usize % align == 0);
                    Allocator.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                }
            }
        }
        let big = Layout::from_size_align(64, 64).unwrap();
        unsafe {
            let p = Allocator.alloc_zeroed(big);
            assert!(p as usize % 64 == 0 && *p == 0);
            Allocator.dealloc(p, big);
        }
    }

    /// A freed small block is handed out again for any size of its class, whole; a
    /// block grown or shrunk within the class stays in place.
    #[test]
    fn cached_blocks_serve_their_whole_class() {
        unsafe {
            let small = Layout::from_size_align(17, 8).unwrap();
            let p = Allocator.alloc(small);
            Allocator.dealloc(p, small);
            let whole = Layout::from_size_align(32, 16).unwrap();
            let q = Allocator.alloc_zeroed(whole);
            assert_eq!(p, q);
            assert!((0..32).all(|i| *q.add(i) == 0));
            std::ptr::write_bytes(q, 0xab, 32);
            let r = Allocator.realloc(q, whole, 20);
            assert_eq!(r, q);
            let s = Allocator.realloc(r, Layout::from_size_align(20, 16).unwrap(), 300);
            assert!((0..20).all(|i| *s.add(i) == 0xab));
            Allocator.dealloc(s, Layout::from_size_align(300, 16).unwrap());
        }
    }
}
