//! quicken: a Python interpreter for numeric scripts, with a plain bytecode
//! interpreter tier (`base`), built to grow a specializing tier and a trace JIT.
//!
//! Pipeline: [`compiler`] (source → AST → symbol table → bytecode) →
//! [`bytecode`] (instruction set, code objects, disassembler) →
//! [`runtime`] (values and objects) → [`vm`] (frames and the eval loop),
//! with [`builtins`] and [`modules`] as the runtime library and [`run`] as
//! the driver used by the command line.

pub mod allocator;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod jit;
pub mod modules;
pub mod run;
pub mod runtime;
pub mod specialize;
pub mod vm;
