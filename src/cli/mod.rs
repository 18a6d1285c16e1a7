//! The `quicken` command's own parts: reading python3's command line and the REPL.

pub mod args;
pub mod repl;
