//! The global allocator: mimalloc, called the way Python's objects need it.
//!
//! Python programs allocate and free many small objects (instances, lists, frames), where
//! glibc's malloc is slow; CPython has pymalloc for the same reason. The `mimalloc` crate's
//! allocator sends every request through `mi_malloc_aligned`, which costs about 20 machine
//! instructions more than `mi_malloc` per allocation, although mimalloc's plain entry
//! points already give every alignment Rust asks for here (16 bytes for blocks of 16 bytes
//! or more, the block size for smaller ones). This one calls them and keeps the aligned
//! entry points for the rare stricter alignments.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

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

// SAFETY: every pointer comes from mimalloc and goes back to it; the plain entry points are
// used only where their alignment guarantee covers the layout.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain_fits(layout.align(), layout.size()) {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain_fits(layout.align(), layout.size()) {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
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
}
