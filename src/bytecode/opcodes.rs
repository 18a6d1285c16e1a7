//! The instruction set, defined once.
//!
//! Every opcode appears exactly once in the `opcodes!` table below with its
//! argument kind and stack effect. The `Op` enum, names, stack effects, the
//! disassembler's argument rendering and the compiler's stack-depth analysis
//! are all derived from this table; the eval loop matches on `Op`
//! exhaustively, so adding an opcode without implementing it fails to build.

/// How an instruction's argument is interpreted (drives `dis` output).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgKind {
    /// No argument.
    None,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_varnames` (a fast local).
    Local,
    /// Index into `co_names`.
    Name,
    /// Index into cell + free variables.
    Cell,
    /// Absolute instruction index of a jump target.
    Jump,
    /// A count or small integer.
    Count,
    /// A [`BinOp`](super::BinOp).
    BinOp,
    /// A [`CmpOp`](super::CmpOp).
    CmpOp,
    /// A [`UnaryOp`](super::UnaryOp).
    UnaryOp,
}

macro_rules! opcodes {
    (@family $name:ident) => { Op::$name };
    (@family $name:ident $family:ident) => { Op::$family };
    ($(
        $(#[doc = $doc:literal])*
        $name:ident ($kind:ident $(in $family:ident)?) => |$arg:ident, $jump:ident| $effect:expr;
    )*) => {
        /// An opcode. See the table in `opcodes.rs` for each one's meaning.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Op {
            /// Every opcode, in table order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// The opcode's Rust name (`LoadFast`); see [`op_name`] for `LOAD_FAST`.
            pub fn camel_name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }

            /// How the argument is interpreted.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Op::$name => ArgKind::$kind,)* }
            }

            /// The generic opcode this one specializes (itself for generic
            /// opcodes): the compiler emits only generic opcodes, the
            /// adaptive tier rewrites them to a member of their family and
            /// back.
            pub fn family(self) -> Op {
                match self { $(Op::$name => opcodes!(@family $name $($family)?),)* }
            }

            /// Net change of the stack depth. `jump` selects the effect on the
            /// branch taken (only differs for branching instructions).
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $(Op::$name => { let $arg = arg as i32; let $jump = jump; $effect })* }
            }
        }
    };
}

impl Op {
    /// True for the type-specialized forms written by the adaptive tier.
    #[inline]
    pub fn is_specialized(self) -> bool {
        self.family() != self
    }

    /// The compiler's opcode this one stands for: the family of a
    /// specialized form, the first part of a superinstruction (what it does
    /// when run on its own), else itself. `dis` without `adaptive=True`
    /// shows these.
    pub fn base_form(self) -> Op {
        self.unfused().family()
    }

    /// For a superinstruction, the first instruction of its pair (what it
    /// does when run on its own, as the full eval loop runs it); else itself.
    pub fn unfused(self) -> Op {
        SUPERINSTRUCTIONS.iter().find(|(_, _, fused)| *fused == self).map_or(self, |(first, _, _)| *first)
    }

    /// True for generic opcodes that have specialized forms (a family).
    pub fn is_specializable(self) -> bool {
        !self.is_specialized() && Op::ALL.iter().any(|o| o.family() == self && *o != self)
    }
}

opcodes! {
    /// Do nothing.
    Nop(None) => |a, j| 0;
    /// Discard TOS.
    PopTop(None) => |a, j| -1;
    /// Swap TOS with the item `arg` deep (arg >= 2).
    Swap(Count) => |a, j| 0;
    /// Push a copy of the item `arg` deep (1 = TOS).
    Copy(Count) => |a, j| 1;
    /// Push `co_consts[arg]`.
    LoadConst(Const) => |a, j| 1;
    /// Push fast local `arg`; UnboundLocalError when unbound.
    LoadFast(Local) => |a, j| 1;
    /// Pop into fast local `arg`.
    StoreFast(Local) => |a, j| -1;
    /// Unbind fast local `arg`.
    DeleteFast(Local) => |a, j| 0;
    /// Push the contents of cell `arg`.
    LoadDeref(Cell) => |a, j| 1;
    /// Pop into cell `arg`.
    StoreDeref(Cell) => |a, j| -1;
    /// Empty cell `arg`.
    DeleteDeref(Cell) => |a, j| 0;
    /// Push cell `arg` itself (to build a closure).
    LoadClosure(Cell) => |a, j| 1;
    /// Class body: look the name of cell `arg` up in the namespace, then the cell.
    LoadClassDeref(Cell) => |a, j| 1;
    /// Push global `co_names[arg]` (globals, then builtins).
    LoadGlobal(Name) => |a, j| 1;
    /// Pop into global `co_names[arg]`.
    StoreGlobal(Name) => |a, j| -1;
    /// Delete global `co_names[arg]`.
    DeleteGlobal(Name) => |a, j| 0;
    /// Push name `co_names[arg]` from the frame's namespace, globals, builtins.
    LoadName(Name) => |a, j| 1;
    /// Pop into the frame's namespace.
    StoreName(Name) => |a, j| -1;
    /// Delete from the frame's namespace.
    DeleteName(Name) => |a, j| 0;
    /// Replace TOS with its attribute `co_names[arg]`.
    LoadAttr(Name) => |a, j| 0;
    /// `TOS.name = TOS1`; pops both.
    StoreAttr(Name) => |a, j| -2;
    /// `del TOS.name`.
    DeleteAttr(Name) => |a, j| -1;
    /// Replace TOS (obj) with [method, obj] or [attribute, NULL] for CallMethod.
    LoadMethod(Name) => |a, j| 1;
    /// `TOS1[TOS]`.
    BinarySubscr(None) => |a, j| -1;
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr(None) => |a, j| -3;
    /// `del TOS1[TOS]`.
    DeleteSubscr(None) => |a, j| -2;
    /// Build a slice from `arg` (2 or 3) items.
    BuildSlice(Count) => |a, j| 1 - a;
    /// Binary operator `arg` on TOS1, TOS.
    BinaryOp(BinOp) => |a, j| -1;
    /// Unary operator `arg` on TOS.
    UnaryOp(UnaryOp) => |a, j| 0;
    /// Rich comparison `arg` of TOS1, TOS.
    CompareOp(CmpOp) => |a, j| -1;
    /// `is` (arg 0) / `is not` (arg 1).
    IsOp(Count) => |a, j| -1;
    /// `in` (arg 0) / `not in` (arg 1): TOS1 in TOS.
    ContainsOp(Count) => |a, j| -1;
    /// Jump forward to `arg`.
    Jump(Jump) => |a, j| 0;
    /// Jump back to `arg`: the end of a `for` body, `while True`, `continue`.
    /// The eval breaker is tested here, and the `jit` tier counts loop
    /// iterations in its cache (a conditional jump whose target is behind it
    /// closes a `while` loop the same way).
    JumpBackward(Jump) => |a, j| 0;
    /// Pop TOS; jump when false.
    PopJumpIfFalse(Jump) => |a, j| -1;
    /// Pop TOS; jump when true.
    PopJumpIfTrue(Jump) => |a, j| -1;
    /// Pops TOS; jumps if it is `None` (`if x is not None:` tests).
    PopJumpIfNone(Jump) => |a, j| -1;
    /// Pops TOS; jumps if it is not `None` (`if x is None:` tests).
    PopJumpIfNotNone(Jump) => |a, j| -1;
    /// Replace TOS with `iter(TOS)`.
    GetIter(None) => |a, j| 0;
    /// Push next(TOS); when exhausted pop the iterator and jump to `arg`.
    ForIter(Jump) => |a, j| if j { -1 } else { 1 };
    /// Build a list of `arg` items.
    BuildList(Count) => |a, j| 1 - a;
    /// Build a tuple of `arg` items.
    BuildTuple(Count) => |a, j| 1 - a;
    /// Build a set of `arg` items.
    BuildSet(Count) => |a, j| 1 - a;
    /// Build a dict of `arg` key/value pairs.
    BuildMap(Count) => |a, j| 1 - 2 * a;
    /// Concatenate `arg` strings (f-strings).
    BuildString(Count) => |a, j| 1 - a;
    /// Append TOS to the list `arg` deep (comprehensions).
    ListAppend(Count) => |a, j| -1;
    /// Add TOS to the set `arg` deep.
    SetAdd(Count) => |a, j| -1;
    /// Store TOS1: TOS into the dict `arg` deep.
    MapAdd(Count) => |a, j| -2;
    /// Extend the list `arg` deep with iterable TOS.
    ListExtend(Count) => |a, j| -1;
    /// Update the set `arg` deep with iterable TOS.
    SetUpdate(Count) => |a, j| -1;
    /// Update the dict `arg` deep with mapping TOS.
    DictUpdate(Count) => |a, j| -1;
    /// Like DictUpdate but duplicate keys are an error (`**` in calls).
    DictMerge(Count) => |a, j| -1;
    /// Convert the list at TOS to a tuple.
    ListToTuple(None) => |a, j| 0;
    /// Format TOS for an f-string: arg & 3 = conversion (0 none, 1 str, 2 repr,
    /// 3 ascii); arg & 4 = a format spec is on top.
    FormatValue(Count) => |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// Unpack TOS into `arg` items (first item on top).
    UnpackSequence(Count) => |a, j| a - 1;
    /// Unpack with a starred target: arg = before | after << 8.
    UnpackEx(Count) => |a, j| (a & 0xff) + (a >> 8);
    /// Make a function from the code at TOS; flags: 1 defaults, 2 kwdefaults,
    /// 4 annotations (a dict), 8 closure.
    MakeFunction(Count) => |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    /// Call TOS-arg with `arg` positional arguments.
    Call(Count) => |a, j| -a;
    /// Call [method, self-or-NULL, args...] with `arg` arguments.
    CallMethod(Count) => |a, j| -a - 1;
    /// Call [callable, args..., kwnames]; `arg` counts positional and keyword values.
    CallKw(Count) => |a, j| -a - 1;
    /// Call [callable, args tuple, kwargs dict if arg & 1].
    CallEx(Count) => |a, j| -1 - (a & 1);
    /// Return TOS.
    ReturnValue(None) => |a, j| -1;
    /// Yield TOS; the value sent in is pushed on resumption.
    YieldValue(None) => |a, j| 0;
    /// Delegate to iterator TOS1 sending TOS; leaves the result of the sub-iterator.
    YieldFrom(None) => |a, j| -1;
    /// Replace TOS with `iter(TOS)` unless it is a generator.
    GetYieldFromIter(None) => |a, j| 0;
    /// Replace TOS with the iterator `await TOS` delegates to (a coroutine,
    /// or what `__await__` returns); `arg` says what is awaited, for the
    /// error messages: 0 `await`, 1 `__aenter__`'s result, 2 `__aexit__`'s.
    GetAwaitable(Count) => |a, j| 0;
    /// Replace TOS with `type(TOS).__aiter__(TOS)` (`async for`).
    GetAiter(None) => |a, j| 0;
    /// Push the awaitable for the next item of the async iterator TOS.
    GetAnext(None) => |a, j| 1;
    /// Handler at the end of `async for`: [aiter, exc] -> [] when exc is a
    /// StopAsyncIteration, else re-raise exc.
    EndAsyncFor(None) => |a, j| -2;
    /// [manager] -> [bound __aexit__, result of __aenter__()] (then awaited).
    BeforeAsyncWith(None) => |a, j| 1;
    /// Normal `async with` exit: [aexit] -> [aexit(None, None, None)] (then awaited).
    AsyncWithExit(None) => |a, j| 0;
    /// Wrap TOS as the value an async generator's `yield` produces (before
    /// YIELD_VALUE), which its awaitables tell from values `await` passes up.
    AsyncGenWrap(None) => |a, j| 0;
    /// `raise` with `arg` operands (0: re-raise, 1: exc, 2: exc from cause).
    Raise(Count) => |a, j| -a;
    /// Re-raise the exception at TOS; with arg 1 first restore the handled
    /// exception saved below it (exception-handler cleanup).
    Reraise(Count) => |a, j| -1 - a;
    /// Handler entry: [exc] -> [previously handled, exc]; exc becomes handled.
    PushExcInfo(None) => |a, j| 1;
    /// Handler exit: pop the saved handled exception and restore it.
    PopExcept(None) => |a, j| -1;
    /// [exc, type] -> [exc, isinstance(exc, type)].
    CheckExcMatch(None) => |a, j| 0;
    /// [manager] -> [bound __exit__, result of __enter__].
    BeforeWith(None) => |a, j| 1;
    /// Normal `with` exit: pop __exit__ and call it with three Nones.
    WithExit(None) => |a, j| -1;
    /// [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)].
    WithExceptStart(None) => |a, j| 1;
    /// [level, fromlist] -> module: imports `co_names[arg]` as `__import__` does.
    ImportName(Name) => |a, j| -1;
    /// Push attribute `co_names[arg]` of the module at TOS.
    ImportFrom(Name) => |a, j| 1;
    /// `from module import *`.
    ImportStar(None) => |a, j| -1;
    /// [body function, name, bases... (arg)] -> class.
    BuildClass(Count) => |a, j| -a - 1;
    /// Create `__annotations__` in the running namespace (class body or module) unless
    /// it is there.
    SetupAnnotations(None) => |a, j| 0;
    /// Push `builtins.__build_class__` (a class statement with keywords or
    /// starred bases calls it as CPython does).
    LoadBuildClass(None) => |a, j| 1;
    /// `match`: push `len(TOS)` (TOS stays).
    GetLen(None) => |a, j| 1;
    /// `match`: push whether TOS is a sequence for patterns (list, tuple,
    /// range, ...; not str, bytes or bytearray). TOS stays.
    MatchSequence(None) => |a, j| 1;
    /// `match`: push whether TOS is a mapping for patterns (dict, ...). TOS stays.
    MatchMapping(None) => |a, j| 1;
    /// `match`: [subject, keys tuple] -> [subject, keys, values tuple or None].
    MatchKeys(None) => |a, j| 1;
    /// `match`: [subject, class, attribute names] -> tuple of the `arg`
    /// positional (`__match_args__`) and the named attributes, or None.
    MatchClass(Count) => |a, j| -2;
    /// Push the frame's globals dict (`globals()`, and the namespace `eval`/`exec` default
    /// to in a function).
    LoadGlobals(None) => |a, j| 1;
    /// Push `AssertionError`.
    LoadAssertionError(None) => |a, j| 1;
    /// Interactive mode: print repr(TOS) when not None.
    PrintExpr(None) => |a, j| -1;

    // ---- Superinstructions, written by the adaptive tier's quickening pass
    // ---- over the most frequent pairs (see `--stats` pair counts). Each
    // ---- replaces the first instruction of a pair and runs both; the second
    // ---- stays in place (it may be a jump target) and supplies its argument.
    /// `LoadFast arg` then `LoadFast` of the next instruction.
    LoadFastLoadFast(Local) => |a, j| 1;
    /// `LoadFast arg` then `LoadConst` of the next instruction.
    LoadFastLoadConst(Local) => |a, j| 1;
    /// `StoreFast arg` then `LoadFast` of the next instruction.
    StoreFastLoadFast(Local) => |a, j| -1;
    /// `LoadFast arg`, then the next instruction's attribute load in the same
    /// step once that load is specialized to `LoadAttrInstance`.
    LoadFastLoadAttr(Local) => |a, j| 1;
    /// `StoreFast arg` then `StoreFast` of the next instruction (unpacking).
    StoreFastStoreFast(Local) => |a, j| -1;
    /// `Copy arg` then `Copy` of the next instruction (`a[i] op= x`).
    CopyCopy(Count) => |a, j| 1;
    /// `Swap arg` then `Swap` of the next instruction (`a[i] op= x`).
    SwapSwap(Count) => |a, j| 0;
    /// `LoadFast arg`, then the next instruction's attribute store in the
    /// same step once that store is specialized to `StoreAttrInstance`.
    LoadFastStoreAttr(Local) => |a, j| 1;
    /// `LoadFast arg` then `ReturnValue` (`return x`).
    LoadFastReturnValue(Local) => |a, j| 1;
    /// `LoadConst arg` then `ReturnValue` (`return None`, the end of `__init__`).
    LoadConstReturnValue(Const) => |a, j| 1;

    // ---- Specialized forms, written by the adaptive tier (`in` names the
    // ---- family). Each guards its assumption and falls back to the generic
    // ---- form on a miss; the guard data is in the instruction's `Cache`.
    /// Global from the module dict (guard: globals keys version; cache: entry index).
    LoadGlobalModule(Name in LoadGlobal) => |a, j| 1;
    /// Global from builtins (guards: globals and builtins keys versions).
    LoadGlobalBuiltin(Name in LoadGlobal) => |a, j| 1;
    /// Instance attribute by slot (guards: class version, shape id).
    LoadAttrInstance(Name in LoadAttr) => |a, j| 0;
    /// A plain class attribute read through an instance that does not shadow
    /// it (guards: class version, shape id; cache: the value, borrowed).
    LoadAttrClassAttr(Name in LoadAttr) => |a, j| 0;
    /// A property whose getter is a Python function: the getter runs as an
    /// inline call (guard: class version; cache: the getter, borrowed).
    LoadAttrProperty(Name in LoadAttr) => |a, j| 0;
    /// A method read as an attribute (`f = self.method`, `self.update(*a,
    /// **k)`): a new bound method of the Python function on the class, not
    /// shadowed by the instance (guards and cache as `LOAD_METHOD_INSTANCE`).
    LoadAttrMethod(Name in LoadAttr) => |a, j| 0;
    /// A plain attribute of a class object (`Cls.X`; guard: class version).
    LoadAttrClass(Name in LoadAttr) => |a, j| 0;
    /// Module attribute (guard: module dict keys version; cache: entry index).
    LoadAttrModule(Name in LoadAttr) => |a, j| 0;
    /// An instance slot or unshadowed class attribute, for instances of up to
    /// [`POLY_ENTRIES`](crate::bytecode::POLY_ENTRIES) layouts (guard: the
    /// class version and shape id of one entry; cache: the site's
    /// [`PolyTable`](crate::bytecode::PolyTable)).
    LoadAttrPoly(Name in LoadAttr) => |a, j| 0;
    /// A site that met more layouts than a polymorphic one keeps: instance
    /// attributes through the VM's megamorphic cache, keyed by layout and
    /// name; anything else by the generic lookup, without leaving the hot
    /// loop or specializing again.
    LoadAttrMega(Name in LoadAttr) => |a, j| 0;
    /// Instance attribute store into an existing slot (guards: class version, shape id).
    StoreAttrInstance(Name in StoreAttr) => |a, j| -2;
    /// Instance attribute store that adds a slot (guards: class version, shape id;
    /// cache: the shape after the transition).
    StoreAttrAddInstance(Name in StoreAttr) => |a, j| -2;
    /// A store into an existing slot or one that adds a slot, for instances
    /// of up to four layouts (as `LOAD_ATTR_POLY`).
    StoreAttrPoly(Name in StoreAttr) => |a, j| -2;
    /// The megamorphic store (as `LOAD_ATTR_MEGA`).
    StoreAttrMega(Name in StoreAttr) => |a, j| -2;
    /// Method found on the class, receiver kept, no bound method (guards: class version, shape id).
    LoadMethodInstance(Name in LoadMethod) => |a, j| 1;
    /// Builtin method found on an instance's class, a native class's
    /// (`deque.append`) or one inherited from a builtin type (guards: class
    /// version, shape id).
    LoadMethodInstanceBuiltin(Name in LoadMethod) => |a, j| 1;
    /// Method of a builtin type (`list.append`, `str.split`, `dict.get`):
    /// guard: the value's tag; builtin types cannot be changed.
    LoadMethodBuiltinType(Name in LoadMethod) => |a, j| 1;
    /// Function from a module (guard: module dict keys version).
    LoadMethodModule(Name in LoadMethod) => |a, j| 1;
    /// A function, builtin, `staticmethod` or `classmethod` read from a class
    /// object (`Base.method(self, x)`, `dict.__init__(self)`, `Cls.helper(x)`,
    /// `Cls.make(x)`): the function without binding, the class as `self` for
    /// a classmethod (guard: class version; cache: the function, borrowed;
    /// `aux` its kind).
    LoadMethodClass(Name in LoadMethod) => |a, j| 1;
    /// A Python or builtin method on the class, for instances of up to four
    /// layouts (as `LOAD_ATTR_POLY`).
    LoadMethodPoly(Name in LoadMethod) => |a, j| 1;
    /// The megamorphic method load (as `LOAD_ATTR_MEGA`).
    LoadMethodMega(Name in LoadMethod) => |a, j| 1;
    /// `int + int` without overflow.
    BinaryOpAddInt(BinOp in BinaryOp) => |a, j| -1;
    /// `int - int` without overflow.
    BinaryOpSubInt(BinOp in BinaryOp) => |a, j| -1;
    /// `int * int` without overflow.
    BinaryOpMulInt(BinOp in BinaryOp) => |a, j| -1;
    /// Other operators on two ints (`// % & | ^ << >>`, `**` with an exponent
    /// that was not negative when specialized; zero divisors, negative
    /// exponents and overflow miss).
    BinaryOpInt(BinOp in BinaryOp) => |a, j| -1;
    /// `int / int`, both below 2**53 (a zero divisor or a bigger int misses).
    BinaryOpDivInt(BinOp in BinaryOp) => |a, j| -1;
    /// `float + float`.
    BinaryOpAddFloat(BinOp in BinaryOp) => |a, j| -1;
    /// `float - float`.
    BinaryOpSubFloat(BinOp in BinaryOp) => |a, j| -1;
    /// `float * float`.
    BinaryOpMulFloat(BinOp in BinaryOp) => |a, j| -1;
    /// `float / float` (a zero divisor misses).
    BinaryOpDivFloat(BinOp in BinaryOp) => |a, j| -1;
    /// Any operator on floats or an int/float mix (ints below 2**53).
    BinaryOpFloat(BinOp in BinaryOp) => |a, j| -1;
    /// `+ - * /` with a complex operand, the other complex, float or an int
    /// exact as a float.
    BinaryOpComplex(BinOp in BinaryOp) => |a, j| -1;
    /// `str + str`.
    BinaryOpAddStr(BinOp in BinaryOp) => |a, j| -1;
    /// `bytearray += bytes-like` (extended in place; the same object on both
    /// sides misses).
    BinaryOpExtendByteArray(BinOp in BinaryOp) => |a, j| -1;
    /// `+ - * // % & | ^ << >>` on two ints, either of them big (digits are
    /// reused when an operand holds the last reference; errors raise as in
    /// the generic form).
    BinaryOpBigInt(BinOp in BinaryOp) => |a, j| -1;
    /// An operator whose left operand is an instance of a class defining the
    /// dunder as a Python function (guard: class version; the right operand
    /// is not an instance of another class). Runs in a frame of its own.
    BinaryOpDunder(BinOp in BinaryOp) => |a, j| -1;
    /// `| & - ^` and their in-place forms on two exact sets or frozensets
    /// (guard: both operands' tags; an in-place operator mutates a set on the
    /// left, as `set.__ior__` does).
    BinaryOpSet(BinOp in BinaryOp) => |a, j| -1;
    /// `tuple + tuple` (also `+=`), `list + list` (not `+=`, which extends
    /// in place): a new sequence of the items of both.
    BinaryOpAddSeq(BinOp in BinaryOp) => |a, j| -1;
    /// Comparison of two ints.
    CompareOpInt(CmpOp in CompareOp) => |a, j| -1;
    /// Comparison of floats or an int/float mix (ints below 2**53).
    CompareOpFloat(CmpOp in CompareOp) => |a, j| -1;
    /// Comparison of two strs.
    CompareOpStr(CmpOp in CompareOp) => |a, j| -1;
    /// Comparison of two tuples or two lists of ints, floats, strs, `None` or
    /// such tuples and lists (any other item misses: its comparison may run
    /// Python code or raise).
    CompareOpTuple(CmpOp in CompareOp) => |a, j| -1;
    /// Comparison of two ints, either of them big.
    CompareOpBigInt(CmpOp in CompareOp) => |a, j| -1;
    /// `for` over a range iterator.
    ForIterRange(Jump in ForIter) => |a, j| if j { -1 } else { 1 };
    /// `for` over a list iterator.
    ForIterList(Jump in ForIter) => |a, j| if j { -1 } else { 1 };
    /// `for` over a tuple iterator.
    ForIterTuple(Jump in ForIter) => |a, j| if j { -1 } else { 1 };
    /// `for` over a generator: resumed directly from the loop.
    ForIterGen(Jump in ForIter) => |a, j| if j { -1 } else { 1 };
    /// `in` / `not in` on an exact dict.
    ContainsOpDict(Count in ContainsOp) => |a, j| -1;
    /// `in` / `not in` on an exact set or frozenset.
    ContainsOpSet(Count in ContainsOp) => |a, j| -1;
    /// `in` / `not in` on an exact list, tuple or str.
    ContainsOpSeq(Count in ContainsOp) => |a, j| -1;
    /// `for` over another native iterator (enumerate, zip, map, dict views, ...).
    ForIterIter(Jump in ForIter) => |a, j| if j { -1 } else { 1 };
    /// `list[int]`.
    BinarySubscrListInt(None in BinarySubscr) => |a, j| -1;
    /// `tuple[int]`.
    BinarySubscrTupleInt(None in BinarySubscr) => |a, j| -1;
    /// `dict[key]` on an exact dict.
    BinarySubscrDict(None in BinarySubscr) => |a, j| -1;
    /// `d[key]` on an instance of a dict subclass that keeps `dict.__getitem__`
    /// (`Counter`, `defaultdict`; guard: class version). A missing key runs
    /// the class's `__missing__` as the generic form does.
    BinarySubscrDictSubclass(None in BinarySubscr) => |a, j| -1;
    /// `str[int]`.
    BinarySubscrStrInt(None in BinarySubscr) => |a, j| -1;
    /// `bytes[int]` or `bytearray[int]`, read in place.
    BinarySubscrBytesInt(None in BinarySubscr) => |a, j| -1;
    /// `array.array[int]` (guard: the array class's version and the
    /// instance layout; reads the item list in place).
    BinarySubscrArrayInt(None in BinarySubscr) => |a, j| -1;
    /// `list[int] = v`.
    StoreSubscrListInt(None in StoreSubscr) => |a, j| -3;
    /// `bytearray[int] = int` (a value outside 0..=255 misses).
    StoreSubscrByteArrayInt(None in StoreSubscr) => |a, j| -3;
    /// `array.array[int] = v` for a value the typecode takes as it is (an
    /// int in range, a float or int for `'d'`); guards as BINARY_SUBSCR_ARRAY_INT.
    StoreSubscrArrayInt(None in StoreSubscr) => |a, j| -3;
    /// `dict[key] = v` on an exact dict.
    StoreSubscrDict(None in StoreSubscr) => |a, j| -3;
    /// `d[key] = v` on an instance of a dict subclass that keeps
    /// `dict.__setitem__` (guard: class version).
    StoreSubscrDictSubclass(None in StoreSubscr) => |a, j| -3;
    /// Unpack a 2-tuple.
    UnpackSequenceTwoTuple(Count in UnpackSequence) => |a, j| a - 1;
    /// Unpack a tuple of `arg` items.
    UnpackSequenceTuple(Count in UnpackSequence) => |a, j| a - 1;
    /// Unpack a list of `arg` items.
    UnpackSequenceList(Count in UnpackSequence) => |a, j| a - 1;
    /// Call of a Python function taking exactly `arg` positional arguments.
    CallPyExact(Count in Call) => |a, j| -a;
    /// Call of a Python function whose missing trailing parameters have defaults.
    CallPyDefaults(Count in Call) => |a, j| -a;
    /// Call of a builtin function.
    CallBuiltin(Count in Call) => |a, j| -a;
    /// Call of a bound method (its function gets the receiver first).
    CallBoundMethod(Count in Call) => |a, j| -a;
    /// Call of a builtin class (`range(n)`, `float(x)`): its `__new__`
    /// directly (guard: class version).
    CallBuiltinClass(Count in Call) => |a, j| -a;
    /// Instantiation of a class with a Python `__init__` taking exactly the
    /// arguments given and the default `__new__` (guard: class version).
    CallClassInit(Count in Call) => |a, j| -a;
    /// Any other class call (a native base such as `dict`, a Python
    /// `__new__`, an `__init__` with `*args`): the general call, from the
    /// hot loop.
    CallClass(Count in Call) => |a, j| -a;
    /// Keyword call of a Python function whose keywords name the parameters
    /// right after the positional arguments, in any order (missing trailing
    /// parameters have defaults). Cache: the code object and the keywords'
    /// parameter offsets; the names are checked against the parameters.
    CallKwPy(Count in CallKw) => |a, j| -a - 1;
    /// Keyword call of a builtin function (`sorted(xs, key=f)`), called
    /// from the hot loop.
    CallKwBuiltin(Count in CallKw) => |a, j| -a - 1;
    /// Keyword call of any other callable (a class, a bound method, an
    /// instance with `__call__`, `functools.partial`): the general call,
    /// from the hot loop.
    CallKwOther(Count in CallKw) => |a, j| -a - 1;
    /// Call of an instance whose class has a Python `__call__` (guard: the
    /// class version; cache: the function, borrowed): the instance is its
    /// first argument, run inline.
    CallPyInstance(Count in Call) => |a, j| -a;
    /// Keyword call of a Python function (not a generator) that
    /// `CALL_KW_PY` does not take: bound by the general binder, run inline.
    CallKwPyBound(Count in CallKw) => |a, j| -a - 1;
    /// Positional call of a Python function (not a generator) that
    /// `CALL_PY_EXACT`/`CALL_PY_DEFAULTS` do not take (`*args`, `**kwargs`
    /// or keyword-only parameters, as decorator wrappers have): bound by the
    /// general binder, run inline.
    CallPyBound(Count in Call) => |a, j| -a;
    /// Method call of a Python function taking exactly the arguments given.
    CallMethodPyExact(Count in CallMethod) => |a, j| -a - 1;
    /// Method call of a Python function whose missing trailing parameters have defaults.
    CallMethodPyDefaults(Count in CallMethod) => |a, j| -a - 1;
    /// Call of a generator (or coroutine) function that the positional
    /// arguments bind, exactly or with defaults: a new generator object.
    CallPyGen(Count in Call) => |a, j| -a;
    /// Method call of such a generator function.
    CallMethodPyGen(Count in CallMethod) => |a, j| -a - 1;
    /// Method call of a builtin (`list.append`, `math.sqrt`, ...).
    CallMethodBuiltin(Count in CallMethod) => |a, j| -a - 1;
    /// `super().name` for a Python function on the MRO: a bound method,
    /// without searching the MRO (guards: the instance's class version, the
    /// super object's class; cache: the function, borrowed).
    LoadAttrSuper(Name in LoadAttr) => |a, j| 0;
    /// `super().name(...)`: `[function, instance]`, as `LOAD_ATTR_SUPER`
    /// finds the function, so that the call needs no bound method.
    LoadMethodSuper(Name in LoadMethod) => |a, j| 1;
}

/// The superinstructions as `(first, second, fused)`: the quickening pass
/// replaces `first` by `fused` where `second` (or a specialized form of it)
/// follows. Chosen from `--stats` pair counts on the benchmarks.
pub const SUPERINSTRUCTIONS: [(Op, Op, Op); 10] = [
    (Op::LoadFast, Op::LoadFast, Op::LoadFastLoadFast),
    (Op::LoadFast, Op::LoadConst, Op::LoadFastLoadConst),
    (Op::LoadFast, Op::LoadAttr, Op::LoadFastLoadAttr),
    (Op::LoadFast, Op::StoreAttr, Op::LoadFastStoreAttr),
    (Op::LoadFast, Op::ReturnValue, Op::LoadFastReturnValue),
    (Op::LoadConst, Op::ReturnValue, Op::LoadConstReturnValue),
    (Op::StoreFast, Op::LoadFast, Op::StoreFastLoadFast),
    (Op::StoreFast, Op::StoreFast, Op::StoreFastStoreFast),
    (Op::Copy, Op::Copy, Op::CopyCopy),
    (Op::Swap, Op::Swap, Op::SwapSwap),
];

/// The opcode's name as `dis` prints it (`LOAD_FAST`), from a table built once.
pub fn op_name(op: Op) -> &'static str {
    use std::sync::OnceLock;
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        Op::ALL
            .iter()
            .map(|op| {
                let camel = op.camel_name();
                let mut s = String::new();
                for (i, ch) in camel.chars().enumerate() {
                    if ch.is_ascii_uppercase() && i > 0 {
                        s.push('_');
                    }
                    s.push(ch.to_ascii_uppercase());
                }
                &*Box::leak(s.into_boxed_str())
            })
            .collect()
    });
    names[op as usize]
}
