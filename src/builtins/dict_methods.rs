//! Placeholder until the methods land.

/// Registers the methods.
pub fn register() {}
