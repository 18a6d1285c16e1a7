//! Bytecode: instructions, code objects and the disassembler.

pub mod cache;
pub mod dis;
pub mod opcodes;

use std::cell::Cell;
use std::rc::Rc;

pub use cache::{Cache, Counter, PolyEntry, PolyKind, PolyTable, POLY_ENTRIES};
pub use opcodes::{op_name, ArgKind, Op, SUPERINSTRUCTIONS};

use crate::runtime::objects::Name;
use crate::runtime::value::Value;

/// One instruction: an opcode and a 32-bit argument (8 bytes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Instr {
    /// The opcode.
    pub op: Op,
    /// The argument (meaning given by `op.arg_kind()`).
    pub arg: u32,
}

/// Binary operators, in the order the `BinaryOp` argument encodes them.
/// In-place forms are `op as u32 + INPLACE`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `@`
    MatMul,
}

/// Offset added to a [`BinOp`] for its in-place (`+=`) form.
pub const INPLACE: u32 = 16;

impl BinOp {
    /// All operators in encoding order.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::TrueDiv, BinOp::FloorDiv, BinOp::Mod, BinOp::Pow,
        BinOp::LShift, BinOp::RShift, BinOp::And, BinOp::Or, BinOp::Xor, BinOp::MatMul,
    ];
    /// Decodes a `BinaryOp` argument into (operator, in-place).
    #[inline]
    pub fn decode(arg: u32) -> (BinOp, bool) {
        (BinOp::ALL[(arg % INPLACE) as usize], arg >= INPLACE)
    }
    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"][self as usize]
    }
    /// Names of the dunder method and its reflected form.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Comparison operators (the `CompareOp` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}
impl CmpOp {
    /// All operators in encoding order.
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];
    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// Whether `x <op> y` holds when `x.cmp(y)` is `order`.
    #[inline(always)]
    pub fn holds(self, order: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => order == Less,
            CmpOp::Le => order != Greater,
            CmpOp::Eq => order == Equal,
            CmpOp::Ne => order != Equal,
            CmpOp::Gt => order == Greater,
            CmpOp::Ge => order != Less,
        }
    }
    /// The dunder method and the reflected operator.
    pub fn dunder(self) -> (&'static str, CmpOp) {
        match self {
            CmpOp::Lt => ("__lt__", CmpOp::Gt),
            CmpOp::Le => ("__le__", CmpOp::Ge),
            CmpOp::Eq => ("__eq__", CmpOp::Eq),
            CmpOp::Ne => ("__ne__", CmpOp::Ne),
            CmpOp::Gt => ("__gt__", CmpOp::Lt),
            CmpOp::Ge => ("__ge__", CmpOp::Le),
        }
    }
}

/// Unary operators (the `UnaryOp` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}
impl UnaryOp {
    /// All operators in encoding order.
    pub const ALL: [UnaryOp; 4] = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not];
}

/// An exception-table entry: an exception raised by an instruction in
/// `start..end` truncates the stack to `depth`, pushes the exception and jumps
/// to `handler`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Handler instruction index.
    pub handler: u32,
    /// Stack depth (above the fixed slots) to restore.
    pub depth: u32,
}

/// Code flags.
pub mod flags {
    /// Has `*args`.
    pub const VARARGS: u32 = 1;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 2;
    /// Is a generator function.
    pub const GENERATOR: u32 = 4;
    /// Is a class body (names go to a namespace dict).
    pub const CLASS_BODY: u32 = 8;
    /// Module-level code.
    pub const MODULE: u32 = 16;
    /// `co_consts[0]` is the function's docstring.
    pub const DOCSTRING: u32 = 32;
    /// An `async def` (with `GENERATOR`: its frame is resumable).
    pub const COROUTINE: u32 = 64;
    /// An `async def` with `yield` (with `GENERATOR`).
    pub const ASYNC_GENERATOR: u32 = 128;
    /// Frames of this code are left out of tracebacks: code of embedded
    /// modules standing for what CPython implements in C (asyncio's futures
    /// and tasks), whose frames CPython's tracebacks do not show.
    pub const HIDDEN: u32 = 256;
}

/// An instruction and its inline cache, side by side as CPython lays them
/// out: the eval loop reaches both from one instruction pointer (no
/// separate bases to keep in registers or to scale an index for), and a
/// specialized instruction's cache is next to it in memory. Every
/// instruction has a cache (unused by most), so `pc` indexes both.
#[repr(C)]
pub struct Unit {
    /// The instruction. A cell so the adaptive tier can rewrite it in place.
    pub instr: Cell<Instr>,
    /// Its inline cache (used by the adaptive tier).
    pub cache: Cell<Cache>,
}

impl Unit {
    /// A fresh unit for `instr` of a code object whose constants are
    /// `consts`: an empty cache, except that a `LOAD_CONST` keeps a borrowed
    /// copy of its constant there ([`Cache::borrow_value`]), which the eval
    /// loop reads beside the instruction instead of indexing the constants.
    /// The code object's `consts` own the constant for as long as the unit
    /// exists.
    pub fn new(instr: Instr, consts: &[Value]) -> Unit {
        let mut cache = Cache::new();
        if instr.op == Op::LoadConst {
            cache.borrow_value(&consts[instr.arg as usize]);
        }
        Unit { instr: Cell::new(instr), cache: Cell::new(cache) }
    }

    /// The constant of a `LOAD_CONST` unit (or of a superinstruction whose
    /// first part is one).
    ///
    /// # Safety
    /// The unit was made for a `LOAD_CONST` by [`Unit::new`], and its code
    /// object is alive.
    #[inline(always)]
    pub unsafe fn constant(&self) -> Value {
        self.cache.get().borrowed_value()
    }
}

/// A compiled code object.
pub struct Code {
    /// Fixed frame slots: locals, cells and free variables (`nfixed()`).
    pub fixed_slots: u32,
    /// Slots a frame needs: the fixed ones, the deepest stack, and one spare.
    pub frame_size: u32,
    /// Whether the code has cell or free variables (frames set them up).
    pub has_cells: bool,
    /// `co_name`.
    pub name: Name,
    /// `co_qualname`.
    pub qualname: Name,
    /// Source file name.
    pub filename: Rc<str>,
    /// First line.
    pub firstlineno: u32,
    /// The instructions, each with its inline cache.
    pub units: Box<[Unit]>,
    /// Set once the adaptive tier has formed superinstructions.
    pub quickened: Cell<bool>,
    /// Where the last globals a function of this code was made in keep
    /// `__name__`: (the dict's keys version, entry index), so that
    /// `MAKE_FUNCTION` reads `__module__` without a lookup (see
    /// `Function::new`). Versions are unique across dicts.
    pub module_name_at: Cell<(u32, u32)>,
    /// The entry tables of the polymorphic sites, by instruction index
    /// ([`Code::poly_table`]); boxed, so a site's cache can point at its table.
    pub poly: std::cell::RefCell<Vec<(u32, Box<PolyTable>)>>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    /// Where in its line each instruction's expression is (CPython's
    /// `co_positions`), read only to draw a traceback's `~~^~~` markers;
    /// kept apart from `units` so that the eval loop never touches it.
    pub positions: Box<[Position]>,
    /// Constants.
    pub consts: Box<[Value]>,
    /// Global / attribute names.
    pub names: Box<[Name]>,
    /// Fast locals: parameters first.
    pub varnames: Box<[Name]>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Box<[Name]>,
    /// Variables captured from enclosing scopes.
    pub freevars: Box<[Name]>,
    /// For each cell var that is also a parameter: the parameter's index.
    pub cell2arg: Box<[Option<u32>]>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// [`flags`].
    pub flags: u32,
    /// Maximum value-stack depth.
    pub stacksize: u32,
    /// Exception handlers.
    pub exc_table: Box<[ExcEntry]>,
    /// For a code object made by `compile()`: its source and mode, so that
    /// `exec()`/`eval()` compile it again against the namespaces they run it
    /// in (the compiler resolves names for them; see `compiler::ExecNs`).
    pub source: Option<(Rc<str>, crate::compiler::Mode)>,
}

impl Code {
    /// Number of fixed frame slots: locals, then cells and free variables.
    #[inline]
    pub fn nfixed(&self) -> usize {
        self.fixed_slots as usize
    }
    /// The instruction at `pc`.
    #[inline(always)]
    pub fn instr(&self, pc: usize) -> Instr {
        self.units[pc].instr.get()
    }
    /// Rewrites the instruction at `pc` (quickening, specialization).
    #[inline]
    pub fn set_instr(&self, pc: usize, instr: Instr) {
        self.units[pc].instr.set(instr)
    }
    /// The inline cache of the instruction at `pc`.
    #[inline(always)]
    pub fn cache(&self, pc: usize) -> &Cell<Cache> {
        &self.units[pc].cache
    }
    /// An empty entry table for the polymorphic site at `pc` (the one it had
    /// before, emptied, when the site was polymorphic once already). It lives
    /// as long as the code object, at a fixed address.
    pub fn poly_table(&self, pc: usize) -> *const PolyTable {
        let mut tables = self.poly.borrow_mut();
        if let Some((_, table)) = tables.iter().find(|(at, _)| *at as usize == pc) {
            table.clear();
            return &**table;
        }
        let table = Box::<PolyTable>::default();
        let ptr: *const PolyTable = &*table;
        tables.push((pc as u32, table));
        ptr
    }
    /// Number of instructions.
    pub fn len(&self) -> usize {
        self.units.len()
    }
    /// Line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstlineno)
    }
    /// Name of cell/free variable `i`.
    pub fn cell_name(&self, i: usize) -> &Name {
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }
    /// True for generator functions.
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
    /// What calling this generator code makes: a generator, coroutine or
    /// async generator object.
    pub fn gen_kind(&self) -> crate::runtime::objects::GenKind {
        use crate::runtime::objects::GenKind;
        if self.flags & flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else if self.flags & flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        }
    }
    /// CPython's `co_flags` bits for this code (`inspect` and
    /// `asyncio.iscoroutinefunction` read them).
    pub fn cpython_flags(&self) -> u32 {
        let mut f = 0;
        if self.flags & flags::MODULE == 0 && self.flags & flags::CLASS_BODY == 0 {
            f |= 0x1 | 0x2; // CO_OPTIMIZED | CO_NEWLOCALS
        }
        if self.flags & flags::VARARGS != 0 {
            f |= 0x4;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            f |= 0x8;
        }
        if self.qualname.as_str().contains("<locals>") {
            f |= 0x10; // CO_NESTED: defined in a function
        }
        if self.flags & flags::ASYNC_GENERATOR != 0 {
            f |= 0x200;
        } else if self.flags & flags::COROUTINE != 0 {
            f |= 0x80;
        } else if self.flags & flags::GENERATOR != 0 {
            f |= 0x20;
        }
        f
    }
    /// The innermost handler covering `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<ExcEntry> {
        let pc = pc as u32;
        self.exc_table.iter().filter(|e| e.start <= pc && pc < e.end).min_by_key(|e| e.end - e.start).copied()
    }
}

/// The source range of one instruction beyond its start line: the end line
/// (as a distance from the start line) and the UTF-8 byte columns of the
/// start and end, as CPython's `co_positions` gives them. Six bytes per
/// instruction; a range that does not fit is [`Position::UNKNOWN`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// End line minus start line.
    pub end_line_delta: u16,
    /// Start column (UTF-8 bytes).
    pub col: u16,
    /// End column (UTF-8 bytes, exclusive).
    pub end_col: u16,
}

impl Position {
    /// No known range: the traceback shows the line without markers.
    pub const UNKNOWN: Position = Position { end_line_delta: 0, col: u16::MAX, end_col: u16::MAX };

    /// A range from (start line, column) to (end line, column), or UNKNOWN
    /// when it does not fit.
    pub fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Position {
        match (u16::try_from(end_line.wrapping_sub(line)), u16::try_from(col), u16::try_from(end_col)) {
            (Ok(d), Ok(c), Ok(e)) if end_line >= line && c != u16::MAX && e != u16::MAX => Position { end_line_delta: d, col: c, end_col: e },
            _ => Position::UNKNOWN,
        }
    }
}

impl Code {
    /// The source range of the instruction at `pc`: (start line, start
    /// column, end line, end column), columns in UTF-8 bytes.
    pub fn position_at(&self, pc: usize) -> Option<(u32, u32, u32, u32)> {
        let p = *self.positions.get(pc)?;
        if p == Position::UNKNOWN {
            return None;
        }
        let line = self.line_at(pc);
        Some((line, p.col as u32, line + p.end_line_delta as u32, p.end_col as u32))
    }
}
