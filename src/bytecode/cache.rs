//! Inline caches: one per instruction, beside it in the instruction stream
//! ([`Unit`](super::Unit)).
//!
//! The adaptive tier keeps, for every instruction, a [`Counter`] (when to
//! try specializing, when to give up on a specialized form) and the guard
//! data of the specialized form (versions, an index, a pointer). The layout
//! is fixed so the JIT can read a cache without calling Rust.

/// A backoff counter, bit for bit CPython's `_Py_BackoffCounter`: the low
/// 12 bits count down, the top 4 bits are the backoff exponent. It
/// "triggers" at zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(transparent)]
pub struct Counter(pub u16);

impl Counter {
    const VALUE_BITS: u16 = 12;
    const MAX_BACKOFF: u16 = 12;
    /// The largest countdown value (12 bits).
    pub const MAX_VALUE: u16 = (1 << Counter::VALUE_BITS) - 1;

    /// `value` with backoff exponent `backoff`.
    pub const fn new(value: u16, backoff: u16) -> Counter {
        Counter((backoff << Counter::VALUE_BITS) | value)
    }
    /// Before the first attempt: specialize on the second execution (most
    /// types are stable by then).
    pub const WARMUP: Counter = Counter::new(1, 1);
    /// After a successful specialization: misses allowed before the
    /// instruction goes back to its generic form (53, a prime, as CPython).
    pub const COOLDOWN: Counter = Counter::new(52, 0);

    /// The countdown value.
    #[inline(always)]
    pub fn value(self) -> u16 {
        self.0 & ((1 << Counter::VALUE_BITS) - 1)
    }
    /// The backoff exponent.
    #[inline(always)]
    pub fn backoff(self) -> u16 {
        self.0 >> Counter::VALUE_BITS
    }
    /// True when the counter has reached zero.
    #[inline(always)]
    pub fn triggers(self) -> bool {
        self.value() == 0
    }
    /// One step towards zero.
    #[inline(always)]
    pub fn advance(self) -> Counter {
        Counter(self.0 - 1)
    }
    /// After a failed attempt (or a deopt): wait twice as long as last time,
    /// `2^k - 1` executions up to 4095.
    pub fn restart(self) -> Counter {
        let backoff = (self.backoff() + 1).min(Counter::MAX_BACKOFF);
        Counter::new((1 << backoff) - 1, backoff)
    }
}

/// The inline cache of one instruction (40 bytes). Which fields mean what
/// depends on the specialized opcode; see the table in `opcodes.rs`.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Cache {
    /// Adaptive counter.
    pub counter: Counter,
    /// A slot or dict-entry index.
    pub index: u16,
    /// Main guard: a class version or a dict keys version.
    pub version: u32,
    /// Second guard: a shape id or the builtins' keys version.
    pub aux: u32,
    /// A borrowed pointer valid while the guards hold (a cached method).
    pub ptr: usize,
    /// The instance forms' second receiver layout
    /// ([`Cache::second_layout`]; [`Cache::NO_SECOND`] = none yet).
    pub second: u64,
    /// `LOAD_METHOD_INSTANCE`'s method for the second layout.
    pub ptr2: usize,
}

impl Default for Cache {
    fn default() -> Cache {
        Cache::new()
    }
}

impl Cache {
    /// A fresh cache.
    pub const fn new() -> Cache {
        Cache { counter: Counter::WARMUP, index: 0, version: 0, aux: 0, ptr: 0, second: Cache::NO_SECOND, ptr2: 0 }
    }

    /// `second` while no second layout is cached: made of two
    /// [`VERSION_SENTINEL`](crate::runtime::objects::VERSION_SENTINEL)s, tags never
    /// handed out, so no receiver matches it (not even one whose class and shape
    /// were tagged after the tags ran out).
    pub const NO_SECOND: u64 = Cache::second_layout(crate::runtime::objects::VERSION_SENTINEL, crate::runtime::objects::VERSION_SENTINEL);

    /// Whether an instance of class version `version` with shape `shape`
    /// passes an instance guard: the cached pair (`version`, `aux`), or the
    /// second one ([`Cache::second_layout`]).
    #[inline(always)]
    pub fn instance_layout_fits(&self, version: u32, shape: u32) -> bool {
        (version == self.version && shape == self.aux) || self.second == Cache::second_layout(version, shape)
    }

    /// The method `LOAD_METHOD_INSTANCE` cached for receivers of class
    /// version `version` and shape `shape` (`ptr` for the first layout,
    /// `ptr2` for the second), if either matches.
    #[inline(always)]
    pub fn method_for(&self, version: u32, shape: u32) -> Option<usize> {
        if version == self.version && shape == self.aux {
            Some(self.ptr)
        } else if self.second == Cache::second_layout(version, shape) {
            Some(self.ptr2)
        } else {
            None
        }
    }

    /// A second receiver layout for the instance forms (`LOAD_ATTR_INSTANCE`,
    /// `STORE_ATTR_INSTANCE`, `LOAD_METHOD_INSTANCE`): a two-entry polymorphic
    /// cache for sites that see two classes (say, subclasses sharing a base's
    /// methods, or overriding one).
    #[inline(always)]
    pub const fn second_layout(version: u32, shape: u32) -> u64 {
        ((version as u64) << 32) | shape as u64
    }

    /// Keeps a borrowed copy of `v` (its tag in `index`, its payload in
    /// `ptr`), for [`Cache::borrowed_value`] while the guards hold.
    pub fn borrow_value(&mut self, v: &crate::runtime::value::Value) {
        // SAFETY: `Value` is `#[repr(C, u64)]`: tag word, then payload word.
        let words: [u64; 2] = unsafe { std::mem::transmute_copy(v) };
        self.index = words[0] as u16;
        self.ptr = words[1] as usize;
    }

    /// A new reference to the value kept by [`Cache::borrow_value`].
    ///
    /// # Safety
    /// The instruction's guards must have passed: they show that the owner
    /// of the value (a class dict whose version is unchanged) still holds it.
    #[inline(always)]
    pub unsafe fn borrowed_value(&self) -> crate::runtime::value::Value {
        let words: [u64; 2] = [self.index as u64, self.ptr as u64];
        let copy: std::mem::ManuallyDrop<crate::runtime::value::Value> = std::mem::transmute(words);
        (*copy).clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_4095() {
        let mut c = Counter::WARMUP;
        assert_eq!(c.value(), 1);
        let mut gaps = Vec::new();
        for _ in 0..14 {
            c = c.restart();
            gaps.push(c.value());
        }
        assert_eq!(&gaps[..4], &[3, 7, 15, 31]);
        assert_eq!(*gaps.last().unwrap(), 4095);
    }

    #[test]
    fn counter_triggers_at_zero() {
        let c = Counter::new(2, 0);
        assert!(!c.triggers());
        assert!(!c.advance().triggers());
        assert!(c.advance().advance().triggers());
    }
}
