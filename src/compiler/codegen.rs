//! Code generation: AST + symbol table → [`Code`] objects.
//!
//! Exception handling uses a zero-cost exception table (as CPython 3.11):
//! every emitted instruction records the innermost active handler; ranges
//! are derived at the end, together with stack depths from a flow analysis.

mod annotations;

use std::collections::HashMap;
use std::rc::Rc;

use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Ranged, Stmt};

use super::fold::{constant_value, fold_expr};
use super::symtable::{tag, Access, ScopeKind, SymbolTable};
use super::{CompileError, ErrorKind, LineIndex, Mode};
use crate::vm::coro::awaited;
use crate::bytecode::{flags, ArgKind, BinOp, CmpOp, Code, ExcEntry, Instr, Op, Position, UnaryOp, INPLACE};
use crate::runtime::str::intern;
use crate::runtime::value::{B64, Value};

#[path = "patterns.rs"]
mod patterns;

type Label = u32;

/// A handler registered while compiling a `try`/`with`.
struct HandlerDef {
    label: Label,
    /// Instruction whose stack depth (plus `adjust`) the handler restores.
    start_pc: usize,
    adjust: i32,
}

/// Control-flow blocks that `break`/`continue`/`return` must unwind.
enum FBlock<'a> {
    /// `while` loop.
    While { cont: Label, brk: Label },
    /// `for` loop (the iterator is on the stack).
    For { cont: Label, brk: Label },
    /// Body of an `except` clause: [prev_exc] on the stack.
    Handler { name: Option<String> },
    /// Body of `try` with `finally` (the finally body is inlined on exit).
    Finally { body: &'a [Stmt], handlers: usize },
    /// A `finally` body running for an exception: [prev, exc] on the stack.
    FinallyEnd,
    /// A `with` body: [exit] on the stack.
    With,
    /// An `async with` body: [aexit] on the stack.
    AsyncWith,
}

/// One code object under construction.
struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    /// Byte range in the source of each instruction's node (see `span`).
    spans: Vec<(u32, u32)>,
    handler_of: Vec<Option<usize>>,
    consts: Vec<Value>,
    names: Vec<Rc<crate::runtime::str::PyStr>>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<usize>,
    handlers: Vec<HandlerDef>,
    handler_stack: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    /// Byte range of the node instructions are emitted for now ((0, 0): none).
    span: (u32, u32),
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    firstline: u32,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    lines: LineIndex,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    mode: Mode,
    /// The namespaces of an `eval()`/`exec()` string (see [`super::ExecNs`]).
    ns: Option<super::ExecNs>,
    /// Optimization level (python3's `-O` count, see [`super::compile_optimized`]).
    optimize: u8,
    /// The source text (to see what the AST does not keep, such as parentheses).
    source: &'a str,
    /// What the module's `from __future__ import` statements ask for.
    futures: super::future::Futures,
}

/// Compiles a module body.
pub fn compile_module<'a>(
    body: &'a [Stmt],
    table: &'a SymbolTable,
    source: &'a str,
    filename: &str,
    mode: Mode,
    ns: Option<super::ExecNs>,
    optimize: u8,
) -> Result<Rc<Code>, CompileError> {
    let futures = super::future::scan(body)?;
    let mut c = Compiler { table, lines: LineIndex::new(source), filename: filename.into(), units: Vec::new(), mode, ns, optimize, source, futures };
    c.push_unit(0, "<module>", "<module>", 1);
    c.setup_annotations(body);
    if mode == Mode::Exec {
        if let Some(doc) = c.docstring(body) {
            c.load_const(Value::str(doc));
            c.store_name("__doc__");
        }
    }
    for s in body {
        c.stmt(s)?;
    }
    c.load_const(Value::None);
    c.emit(Op::ReturnValue, 0);
    let mut code = c.finish_unit()?;
    if let Some(code) = Rc::get_mut(&mut code) {
        code.flags |= flags::MODULE;
    }
    Ok(code)
}

impl<'a> Compiler<'a> {
    /// The docstring of a body that the code keeps: none under `-OO`.
    fn docstring(&self, body: &'a [Stmt]) -> Option<&'a str> {
        if self.optimize >= 2 {
            None
        } else {
            docstring(body)
        }
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, firstline: u32) {
        let s = &self.table.scopes[scope];
        let mut u = Unit {
            scope,
            name: name.to_owned(),
            qualname: qualname.to_owned(),
            instrs: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            handler_of: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            line: firstline,
            span: (0, 0),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            firstline,
        };
        if s.kind == ScopeKind::Function || s.kind == ScopeKind::Comprehension {
            for p in &s.params {
                let i = u.varnames.len() as u32;
                u.varnames.push(p.clone());
                u.var_map.insert(p.clone(), i);
            }
        }
        if s.is_generator {
            u.flags |= flags::GENERATOR;
        }
        if s.is_coroutine {
            u.flags |= flags::GENERATOR | if s.is_generator { flags::ASYNC_GENERATOR } else { flags::COROUTINE };
        }
        if s.kind == ScopeKind::Class {
            u.flags |= flags::CLASS_BODY;
        }
        self.units.push(u);
    }

    fn line_of(&self, offset: u32) -> u32 {
        self.lines.line(offset)
    }

    /// The position-table entry of an instruction on line `line` emitted for
    /// the node at bytes `start..end`.
    fn position(&self, line: u32, (start, end): (u32, u32)) -> Position {
        if (start, end) == (0, 0) || self.line_of(start) != line {
            return Position::UNKNOWN;
        }
        Position::new(line, self.lines.column(start), self.line_of(end), self.lines.column(end))
    }

    fn set_line(&mut self, node: &impl Ranged) {
        let l = self.line_of(node.start().to_u32());
        self.u().line = l;
        self.u().span = (node.start().to_u32(), node.end().to_u32());
    }

    fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.u();
        let line = u.line;
        let h = u.handler_stack.last().copied();
        u.instrs.push(Instr { op, arg });
        u.lines.push(line);
        let span = u.span;
        u.spans.push(span);
        u.handler_of.push(h);
        u.instrs.len() - 1
    }

    /// True when control cannot fall off the end: the last instruction is a
    /// return and no jump targets the end of the code.
    fn ends_in_return(&mut self) -> bool {
        let u = self.u();
        let end = u.instrs.len();
        matches!(u.instrs.last(), Some(Instr { op: Op::ReturnValue, .. })) && !u.labels.contains(&end)
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(usize::MAX);
        (u.labels.len() - 1) as Label
    }

    fn place(&mut self, l: Label) {
        let u = self.u();
        u.labels[l as usize] = u.instrs.len();
    }

    fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l);
    }

    fn load_const(&mut self, v: Value) {
        let idx = self.const_index(v);
        self.emit(Op::LoadConst, idx);
    }

    fn const_index(&mut self, v: Value) -> u32 {
        let u = self.u();
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
                (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.name_map.get(name) {
            return *i;
        }
        let i = u.names.len() as u32;
        u.names.push(intern(name));
        u.name_map.insert(name.to_owned(), i);
        i
    }

    fn var_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.var_map.get(name) {
            return *i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_owned());
        u.var_map.insert(name.to_owned(), i);
        i
    }

    fn cell_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|c| c == name) {
            return (u.cellvars.len() + i) as u32;
        }
        0
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.units.last().map(|u| u.scope).unwrap_or(0)].kind
    }

    fn access(&self, name: &str) -> Access {
        let u = self.units.last().expect("unit");
        let s = &self.table.scopes[u.scope];
        if u.cellvars.iter().any(|c| c == name) {
            return Access::Cell;
        }
        if u.freevars.iter().any(|c| c == name) {
            return Access::Free;
        }
        let a = s.access(name);
        // exec()/eval() with a separate locals dict: the top level reads and
        // writes names through it (LOAD_NAME/STORE_NAME), as a class body.
        if a == Access::Global && s.kind == ScopeKind::Module && !s.globals.contains(name) && self.separate_locals() {
            return Access::Name;
        }
        a
    }

    fn separate_locals(&self) -> bool {
        match &self.ns {
            Some(super::ExecNs { globals: Value::Dict(g), locals: Value::Dict(l) }) => !Rc::ptr_eq(g, l),
            _ => false,
        }
    }

    /// Emits the load, store or delete opcode `ops` picks for how `name`
    /// resolves in the current scope: [fast, cell, global, namespace].
    fn name_op(&mut self, name: &str, ops: [Op; 4]) {
        let [fast, cell, global, ns] = ops;
        match self.access(name) {
            Access::Fast => {
                let i = self.var_index(name);
                self.emit(fast, i);
            }
            Access::Cell | Access::Free => {
                let i = self.cell_index(name);
                // Class bodies look in their namespace before the cell.
                let op = if cell == Op::LoadDeref && self.scope_kind() == ScopeKind::Class { Op::LoadClassDeref } else { cell };
                self.emit(op, i);
            }
            Access::Global => {
                let i = self.name_index(name);
                self.emit(global, i);
            }
            Access::Name => {
                let i = self.name_index(name);
                self.emit(ns, i);
            }
        }
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, [Op::LoadFast, Op::LoadDeref, Op::LoadGlobal, Op::LoadName]);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, [Op::StoreFast, Op::StoreDeref, Op::StoreGlobal, Op::StoreName]);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, [Op::DeleteFast, Op::DeleteDeref, Op::DeleteGlobal, Op::DeleteName]);
    }

    fn push_handler(&mut self, label: Label, adjust: i32) {
        let u = self.u();
        let start_pc = u.instrs.len();
        u.handlers.push(HandlerDef { label, start_pc, adjust });
        let id = u.handlers.len() - 1;
        u.handler_stack.push(id);
    }

    fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    /// A syntax error CPython's compiler raises, marked under the whole of `node`.
    fn err(&self, msg: &str, node: &impl Ranged) -> CompileError {
        self.parser_err(msg, node).after_parse()
    }

    /// A syntax error CPython's parser raises (rustpython-parser lets it
    /// through), marked under the whole of `node`.
    fn parser_err(&self, msg: &str, node: &impl Ranged) -> CompileError {
        CompileError::syntax_range(msg.to_owned(), node.start().to_u32(), node.end().to_u32())
    }

    // ---------------------------------------------------------------- statements

    fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        self.set_line(s);
        match s {
            Stmt::FunctionDef(f) => self.function_def(&f.decorator_list, f.name.as_str(), &f.args, f.returns.as_deref(), &f.body, f.range.start().to_u32())?,
            Stmt::AsyncFunctionDef(f) => self.function_def(&f.decorator_list, f.name.as_str(), &f.args, f.returns.as_deref(), &f.body, f.range.start().to_u32())?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => {
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return Err(self.err("'return' outside function", s));
                }
                if r.value.is_some() && self.u().flags & flags::ASYNC_GENERATOR != 0 {
                    return Err(self.err("'return' with value in async generator", s));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_fblocks(true, None)?;
                self.set_line(s);
                self.emit(Op::ReturnValue, 0);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                // CPython's parser suggests '==' for `f() = x` and `1 = x`.
                if let Some(t) = a.targets.first() {
                    let plain = matches!(t, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) | Expr::Tuple(_) | Expr::List(_) | Expr::Starred(_));
                    let name = expr_name(t);
                    // Only an operand of `|` or tighter gets the suggestion.
                    let loose = matches!(t, Expr::Compare(_) | Expr::BoolOp(_) | Expr::IfExp(_) | Expr::Lambda(_) | Expr::NamedExpr(_))
                        || matches!(t, Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not);
                    if !plain && !matches!(name, "True" | "False" | "None" | "generator expression") {
                        let msg = if loose { format!("cannot assign to {}", name) } else { format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", name) };
                        return Err(self.parser_err(&msg, t));
                    }
                }
                // `a, b = x, y` (up to three names, no starred item): the values
                // go to the targets without a tuple, reordered by a SWAP, as
                // CPython 3.11's peephole pass rewrites BUILD_TUPLE + UNPACK_SEQUENCE.
                if let ([Expr::Tuple(ast::ExprTuple { elts: targets, .. }) | Expr::List(ast::ExprList { elts: targets, .. })], Expr::Tuple(values)) = (&a.targets[..], &*a.value) {
                    let n = values.elts.len();
                    let starred = |e: &Expr| matches!(e, Expr::Starred(_));
                    // (A tuple of constants stays one constant, unpacked.)
                    if (1..=3).contains(&n) && targets.len() == n && !targets.iter().any(starred) && !values.elts.iter().any(starred) && fold_expr(&a.value).is_none() {
                        for e in &values.elts {
                            self.expr(e)?;
                        }
                        if n > 1 {
                            self.emit(Op::Swap, n as u32);
                        }
                        for t in targets {
                            self.store_target(t)?;
                        }
                        return Ok(());
                    }
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_l)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.jump(Op::Jump, end);
                }
                self.place(else_l);
                self.stmts(&i.orelse)?;
                self.place(end);
            }
            Stmt::With(w) => self.with_stmt(s, &w.items, &w.body, false)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(s);
                self.emit(Op::Raise, n);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            // `-O`: asserts compile to nothing (their operands are not evaluated).
            Stmt::Assert(_) if self.optimize >= 1 => {}
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.set_line(s);
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                // CPython marks the failed test under the line.
                self.set_line(&*a.test);
                self.emit(Op::Raise, 1);
                self.place(end);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    // As CPython: IMPORT_NAME pops the level and the fromlist and pushes the
                    // top-level package; `as` walks down to the submodule with IMPORT_FROM.
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let idx = self.name_index(a.name.as_str());
                    self.emit(Op::ImportName, idx);
                    match &a.asname {
                        Some(n) => {
                            let mut parts = a.name.split('.').skip(1).peekable();
                            if parts.peek().is_none() {
                                self.store_name(n.as_str());
                                continue;
                            }
                            while let Some(attr) = parts.next() {
                                let idx = self.name_index(attr);
                                self.emit(Op::ImportFrom, idx);
                                if parts.peek().is_some() {
                                    self.emit(Op::Swap, 2);
                                    self.emit(Op::PopTop, 0);
                                }
                            }
                            self.store_name(n.as_str());
                            self.emit(Op::PopTop, 0);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_owned();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                super::future::check_placement(&self.futures, i)?;
                // `level` counts the leading dots of a relative import; the fromlist
                // tuple tells IMPORT_NAME to return the module itself and to import
                // submodules named in it.
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                self.load_const(Value::Int(level as i64));
                let fromlist = i.names.iter().map(|a| Value::str(a.name.as_str())).collect();
                self.load_const(Value::tuple(fromlist));
                let idx = self.name_index(&module);
                self.emit(Op::ImportName, idx);
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        self.emit(Op::ImportStar, 0);
                        return Ok(());
                    }
                    let idx = self.name_index(a.name.as_str());
                    self.emit(Op::ImportFrom, idx);
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&bound);
                }
                self.emit(Op::PopTop, 0);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                if self.mode == Mode::Interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::PrintExpr, 0);
                } else if self.mode == Mode::Eval && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::ReturnValue, 0);
                } else if !matches!(&*e.value, Expr::Constant(_)) {
                    self.expr(&e.value)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            Stmt::Break(_) => {
                let target = self.unwind_fblocks(false, Some(true))?;
                match target {
                    Some(l) => self.jump(Op::Jump, l),
                    None => return Err(self.err("'break' outside loop", s)),
                }
            }
            Stmt::Continue(_) => {
                let target = self.unwind_fblocks(false, Some(false))?;
                match target {
                    Some(l) => self.jump(Op::Jump, l),
                    None => return Err(self.err("'continue' not properly in loop", s)),
                }
            }
            Stmt::AsyncFor(f) => self.async_for_stmt(f)?,
            Stmt::AsyncWith(w) => self.with_stmt(s, &w.items, &w.body, true)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TryStar(_) => return Err(CompileError::unsupported("except* (exception groups)", s.start().to_u32())),
            Stmt::TypeAlias(_) => return Err(CompileError::unsupported("type aliases", s.start().to_u32())),
        }
        Ok(())
    }

    /// Emits the cleanup for leaving enclosing blocks. `loop_jump`: Some(true)
    /// for break, Some(false) for continue (stop at the innermost loop and
    /// return its target); None for return (unwind everything, preserving TOS).
    fn unwind_fblocks(&mut self, preserve_tos: bool, loop_jump: Option<bool>) -> Result<Option<Label>, CompileError> {
        let n = self.u().fblocks.len();
        let saved_handlers = self.u().handler_stack.clone();
        let mut result = None;
        for i in (0..n).rev() {
            let (kind_loop, target) = match &self.u().fblocks[i] {
                FBlock::While { cont, brk } => (true, if loop_jump == Some(true) { *brk } else { *cont }),
                FBlock::For { cont, brk } => (true, if loop_jump == Some(true) { *brk } else { *cont }),
                _ => (false, 0),
            };
            if kind_loop && loop_jump.is_some() {
                if loop_jump == Some(true) && matches!(self.u().fblocks[i], FBlock::For { .. }) {
                    self.emit(Op::PopTop, 0);
                }
                result = Some(target);
                break;
            }
            // Take the block out while emitting its cleanup (an inlined finally
            // body must not see itself as enclosing).
            let block = std::mem::replace(&mut self.u().fblocks[i], FBlock::FinallyEnd);
            match &block {
                FBlock::While { .. } => {}
                FBlock::For { .. } => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                }
                FBlock::Handler { name } => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopExcept, 0);
                    if let Some(name) = name.clone() {
                        self.load_const(Value::None);
                        self.store_name(&name);
                        self.delete_name(&name);
                    }
                }
                FBlock::Finally { body, handlers } => {
                    let body: &'a [Stmt] = body;
                    let handlers = *handlers;
                    let saved_blocks: Vec<FBlock<'a>> = self.u().fblocks.drain(i..).collect();
                    self.u().handler_stack.truncate(handlers);
                    self.stmts(body)?;
                    let u = self.u();
                    u.fblocks.extend(saved_blocks);
                }
                FBlock::FinallyEnd => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopExcept, 0);
                }
                FBlock::With | FBlock::AsyncWith => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit_with_exit(matches!(block, FBlock::AsyncWith));
                }
            }
            self.u().fblocks[i] = block;
        }
        self.u().handler_stack = saved_handlers;
        Ok(result)
    }

    /// `def` or `async def` (the symbol table knows which).
    fn function_def(&mut self, decorators: &'a [Expr], name: &str, args: &'a ast::Arguments, returns: Option<&'a Expr>, body: &'a [Stmt], start: u32) -> Result<(), CompileError> {
        let span = self.u().span;
        for d in decorators {
            self.expr(d)?;
        }
        self.u().line = self.line_of(start);
        self.u().span = span;
        let scope = self.table.by_node[&(start, tag::FUNC)];
        // A decorated function's code starts at its first decorator (CPython's `co_firstlineno`).
        let first = decorators.first().map_or(start, |d| d.start().to_u32());
        self.make_function(scope, name, args, returns, FuncBody::Stmts(body), first)?;
        for _ in decorators {
            self.emit(Op::Call, 1);
        }
        let bound = self.table.scopes[self.units.last().expect("unit").scope].binding_name(name);
        self.store_name(&bound);
        Ok(())
    }

    /// The `await` of TOS: GET_AWAITABLE, then the `yield from` loop.
    fn emit_await(&mut self, what: u32) {
        self.emit(Op::GetAwaitable, what);
        self.load_const(Value::None);
        self.emit(Op::YieldFrom, 0);
    }

    /// The start of an `async for` iteration at `top`, with the async
    /// iterator on the stack: awaits its next item, jumping to `end` (with
    /// [aiter, exc] on the stack, for END_ASYNC_FOR) when that raises.
    fn async_for_next(&mut self, top: Label, end: Label) {
        self.place(top);
        self.push_handler(end, 0);
        self.emit(Op::GetAnext, 0);
        self.emit_await(awaited::AWAIT);
        self.pop_handler();
    }

    fn async_for_stmt(&mut self, f: &'a ast::StmtAsyncFor) -> Result<(), CompileError> {
        let top = self.new_label();
        let stop = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f);
        self.emit(Op::GetAiter, 0);
        self.async_for_next(top, stop);
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::For { cont: top, brk: end });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.jump(Op::Jump, top);
        self.place(stop);
        self.set_line(f);
        self.emit(Op::EndAsyncFor, 0);
        self.stmts(&f.orelse)?;
        self.place(end);
        Ok(())
    }

    /// `with` and `async with` (`is_async`: the `__aenter__` and
    /// `__aexit__` calls are awaited). The exit calls carry the statement's
    /// line, as in CPython.
    fn with_stmt(&mut self, stmt: &'a Stmt, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool) -> Result<(), CompileError> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_line(stmt);
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit_await(awaited::AENTER);
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.push_handler(handler, 0);
        self.u().fblocks.push(if is_async { FBlock::AsyncWith } else { FBlock::With });
        self.with_stmt(stmt, rest, body, is_async)?;
        self.u().fblocks.pop();
        self.pop_handler();
        self.set_line(stmt);
        self.emit_with_exit(is_async);
        self.jump(Op::Jump, end);
        // Exceptional exit: [exit, exc]
        self.place(handler);
        self.set_line(stmt);
        self.emit(Op::PushExcInfo, 0);
        self.push_handler(cleanup, -1);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit_await(awaited::AEXIT);
        }
        self.jump(Op::PopJumpIfTrue, suppress);
        self.pop_handler();
        self.emit(Op::Reraise, 1);
        self.place(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.place(cleanup);
        self.emit(Op::Reraise, 1);
        self.place(end);
        Ok(())
    }

    /// The normal exit of a `with` block: `__exit__(None, None, None)`
    /// with [exit] on the stack (awaited for `async with`).
    fn emit_with_exit(&mut self, is_async: bool) {
        if is_async {
            self.emit(Op::AsyncWithExit, 0);
            self.emit_await(awaited::AEXIT);
            self.emit(Op::PopTop, 0);
        } else {
            self.emit(Op::WithExit, 0);
        }
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let s = &self.table.scopes[u.scope];
        match s.kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Compiles defaults, annotations, the body, the closure and `MakeFunction`;
    /// leaves the function on the stack.
    fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
        body: FuncBody<'a>,
        start: u32,
    ) -> Result<(), CompileError> {
        let mut mflags = 0;
        let positional: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(args.args.iter()).collect();
        let ndefaults = positional.iter().filter(|a| a.default.is_some()).count();
        if ndefaults > 0 {
            for a in positional.iter().filter(|a| a.default.is_some()) {
                self.expr(a.default.as_ref().expect("default"))?;
            }
            self.emit(Op::BuildTuple, ndefaults as u32);
            mflags |= 1;
        }
        let kwd: Vec<&ast::ArgWithDefault> = args.kwonlyargs.iter().filter(|a| a.default.is_some()).collect();
        if !kwd.is_empty() {
            for a in &kwd {
                self.load_const(Value::str(a.def.arg.as_str()));
                self.expr(a.default.as_ref().expect("default"))?;
            }
            self.emit(Op::BuildMap, kwd.len() as u32);
            mflags |= 2;
        }
        if self.function_annotations(args, returns)? {
            mflags |= 4;
        }
        let qualname = self.qualname_for(name);
        let firstline = self.line_of(start);
        self.push_unit(scope, name, &qualname, firstline);
        {
            let u = self.u();
            u.argcount = positional.len() as u32;
            u.posonly = args.posonlyargs.len() as u32;
            u.kwonly = args.kwonlyargs.len() as u32;
            if args.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if args.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
        }
        match body {
            FuncBody::Stmts(stmts) => {
                if let Some(doc) = self.docstring(stmts) {
                    self.const_index(Value::str(doc));
                    self.u().flags |= flags::DOCSTRING;
                }
                self.stmts(stmts)?;
                if !self.ends_in_return() {
                    self.load_const(Value::None);
                    self.emit(Op::ReturnValue, 0);
                }
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::ReturnValue, 0);
            }
        }
        let code = self.finish_unit()?;
        self.emit_closure_and_make(code, mflags);
        Ok(())
    }

    fn emit_closure_and_make(&mut self, code: Rc<Code>, mut mflags: u32) {
        if !code.freevars.is_empty() {
            let free: Vec<String> = code.freevars.iter().map(|n| n.as_str().to_owned()).collect();
            for n in &free {
                let i = self.cell_index(n);
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, free.len() as u32);
            mflags |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction, mflags);
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> Result<(), CompileError> {
        // Keywords (`metaclass=`) or starred bases: a call of `__build_class__`,
        // as CPython compiles every class statement.
        let general = !c.keywords.is_empty() || c.bases.iter().any(|b| matches!(b, Expr::Starred(_)));
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.set_line(c);
        let scope = self.table.by_node[&(c.range.start().to_u32(), tag::CLASS)];
        let qualname = self.qualname_for(c.name.as_str());
        let firstline = self.line_of(c.decorator_list.first().map_or(c.range.start(), |d| d.start()).to_u32());
        self.push_unit(scope, c.name.as_str(), &qualname, firstline);
        self.setup_annotations(&c.body);
        if let Some(doc) = self.docstring(&c.body) {
            self.load_const(Value::str(doc));
            self.store_name("__doc__");
        }
        self.stmts(&c.body)?;
        if self.u().cellvars.iter().any(|n| n == "__class__") {
            let i = self.cell_index("__class__");
            self.emit(Op::LoadClosure, i);
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.finish_unit()?;
        if general {
            self.emit(Op::LoadBuildClass, 0);
        }
        self.emit_closure_and_make(code, 0);
        self.load_const(Value::str(c.name.as_str()));
        if general {
            self.emit(Op::BuildList, 2);
            self.call_arguments(&c.bases, &c.keywords)?;
            self.set_line(c);
            self.emit(Op::CallEx, !c.keywords.is_empty() as u32);
        } else {
            for b in &c.bases {
                self.expr(b)?;
            }
            self.set_line(c);
            self.emit(Op::BuildClass, c.bases.len() as u32);
        }
        for _ in &c.decorator_list {
            self.emit(Op::Call, 1);
        }
        let bound = self.table.scopes[self.units.last().expect("unit").scope].binding_name(c.name.as_str());
        self.store_name(&bound);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = binop(a.op) as u32 + INPLACE;
        // CPython marks a failed load or store under the target, a failed
        // operation under the whole statement.
        self.set_line(&*a.target);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Op::BinaryOp, op);
                self.set_line(&*a.target);
                self.store_name(n.id.as_str());
            }
            // `obj.x op= v` and `seq[i] op= v` with a local object and a local
            // or constant index, and a value that cannot rebind the local:
            // loading them again for the store gives the same objects, and
            // saves the stack shuffling of the general form.
            Expr::Attribute(at) if self.is_stable(&at.value) && rebinds_nothing(&a.value) => {
                let i = self.name_index(at.attr.as_str());
                self.expr(&at.value)?;
                self.emit(Op::LoadAttr, i);
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Op::BinaryOp, op);
                self.expr(&at.value)?;
                self.set_line(&*a.target);
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(sub) if self.is_stable(&sub.value) && self.is_stable(&sub.slice) && rebinds_nothing(&a.value) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Op::BinaryOp, op);
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.set_line(&*a.target);
                self.emit(Op::StoreSubscr, 0);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Copy, 1);
                let i = self.name_index(at.attr.as_str());
                self.emit(Op::LoadAttr, i);
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Op::BinaryOp, op);
                self.set_line(&*a.target);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.subscript_key(&sub.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Op::BinaryOp, op);
                self.set_line(&*a.target);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            _ => return Err(self.parser_err(&format!("'{}' is an illegal expression for augmented assignment", expr_name(&a.target)), &*a.target)),
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        let top = self.new_label();
        let exit = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f);
        self.emit(Op::GetIter, 0);
        self.place(top);
        self.set_line(f);
        self.jump(Op::ForIter, exit);
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::For { cont: top, brk: end });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.jump(Op::Jump, top);
        self.place(exit);
        self.stmts(&f.orelse)?;
        self.place(end);
        Ok(())
    }

    /// `while` with its test at the bottom too (as CPython compiles it): an
    /// iteration ends in one conditional jump back instead of a jump to a
    /// test at the top.
    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> Result<(), CompileError> {
        let body = self.new_label();
        let test = self.new_label();
        let else_l = self.new_label();
        let end = self.new_label();
        let always = matches!(fold_expr(&w.test), Some(Value::Bool(B64::TRUE)) | Some(Value::Int(1..)));
        if !always {
            self.jump_if(&w.test, false, else_l)?;
        }
        self.place(body);
        self.u().fblocks.push(FBlock::While { cont: test, brk: end });
        self.stmts(&w.body)?;
        self.u().fblocks.pop();
        self.place(test);
        self.set_line(w);
        if always {
            self.jump(Op::Jump, body);
        } else {
            self.jump_if(&w.test, true, body)?;
        }
        self.place(else_l);
        self.stmts(&w.orelse)?;
        self.place(end);
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        let has_finally = !t.finalbody.is_empty();
        let finally_handler = self.new_label();
        let end = self.new_label();
        if has_finally {
            let handlers = self.u().handler_stack.len();
            self.push_handler(finally_handler, 0);
            self.u().fblocks.push(FBlock::Finally { body: &t.finalbody, handlers });
        }
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        if has_finally {
            self.u().fblocks.pop();
            self.pop_handler();
            self.stmts(&t.finalbody)?;
            self.jump(Op::Jump, end);
            // Exceptional path: [exc]
            let cleanup = self.new_label();
            self.place(finally_handler);
            self.emit(Op::PushExcInfo, 0);
            self.push_handler(cleanup, -1);
            self.u().fblocks.push(FBlock::FinallyEnd);
            self.stmts(&t.finalbody)?;
            self.u().fblocks.pop();
            // The closing re-raise restores the handled exception itself, so
            // it must not be covered by `cleanup` (which would restore again).
            self.pop_handler();
            self.emit(Op::Reraise, 1);
            self.place(cleanup);
            self.emit(Op::Reraise, 1);
        }
        self.place(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let after = self.new_label();
        self.push_handler(handler, 0);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(Op::Jump, after);
        self.place(handler);
        self.emit(Op::PushExcInfo, 0);
        self.push_handler(cleanup, -1);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 != n {
                        return Err(self.err("default 'except:' must be last", h));
                    }
                }
            }
            match &h.name {
                Some(name) => self.store_name(name.as_str()),
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            let name = h.name.as_ref().map(|n| n.to_string());
            self.u().fblocks.push(FBlock::Handler { name: name.clone() });
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.emit(Op::PopExcept, 0);
            if let Some(name) = &name {
                self.load_const(Value::None);
                self.store_name(name);
                self.delete_name(name);
            }
            self.jump(Op::Jump, after);
            self.place(next);
        }
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.place(cleanup);
        self.emit(Op::Reraise, 1);
        self.place(after);
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.as_str());
                self.set_line(t);
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_line(t);
                self.emit(Op::StoreSubscr, 0);
            }
            // A failed unpacking is marked under the target.
            Expr::Tuple(tt) => {
                self.set_line(t);
                self.unpack_targets(&tt.elts, t)?
            }
            Expr::List(tt) => {
                self.set_line(t);
                self.unpack_targets(&tt.elts, t)?
            }
            Expr::Starred(_) => return Err(self.err("starred assignment target must be in a list or tuple", t)),
            _ => return Err(self.parser_err(&format!("cannot assign to {}", expr_name(t)), t)),
        }
        Ok(())
    }

    fn unpack_targets(&mut self, elts: &'a [Expr], node: &Expr) -> Result<(), CompileError> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            Some(si) => {
                if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                    return Err(self.err("multiple starred expressions in assignment", node));
                }
                let after = elts.len() - si - 1;
                self.emit(Op::UnpackEx, (si as u32) | ((after as u32) << 8));
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            None => {
                self.emit(Op::UnpackSequence, elts.len() as u32);
                for e in elts {
                    self.store_target(e)?;
                }
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        self.set_line(t);
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.as_str());
                self.emit(Op::DeleteAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            Expr::Tuple(tt) => {
                for e in &tt.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(tt) => {
                for e in &tt.elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.parser_err(&format!("cannot delete {}", expr_name(t)), t)),
        }
        Ok(())
    }

    // ---------------------------------------------------------------- expressions

    /// Compiles a condition and jumps to `target` when its truth equals `when`.
    fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> Result<(), CompileError> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !when, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // and/jump-if-false or or/jump-if-true: any operand decides.
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.place(skip);
                }
                return Ok(());
            }
            // `a < b < c` tested for a jump: each link jumps on its own result
            // (as CPython compiles it), so each result's truth is asked once and
            // every comparison sits right before its jump.
            Expr::Compare(c) if c.ops.len() > 1 => {
                let line = self.line_of(e.start().to_u32());
                let saved = (self.u().line, self.u().span);
                self.u().line = line;
                self.u().span = (e.start().to_u32(), e.end().to_u32());
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(&c.left)?;
                let n = c.ops.len();
                for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    self.expr(right)?;
                    if i + 1 < n {
                        self.emit(Op::Swap, 2);
                        self.emit(Op::Copy, 2);
                        self.compare_op(*op);
                        self.jump(Op::PopJumpIfFalse, cleanup);
                    } else {
                        self.compare_op(*op);
                        self.jump(if when { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
                    }
                }
                self.jump(Op::Jump, end);
                // A link was false: drop the operand kept for the next link.
                self.place(cleanup);
                self.emit(Op::PopTop, 0);
                if !when {
                    self.jump(Op::Jump, target);
                }
                self.place(end);
                (self.u().line, self.u().span) = saved;
                return Ok(());
            }
            // `x is None` / `x is not None`: one test-and-jump instead of
            // LOAD_CONST, IS_OP and a jump (as CPython 3.12 compiles it).
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(&c.comparators[0], Expr::Constant(k) if matches!(k.value, ast::Constant::None)) =>
            {
                self.expr(&c.left)?;
                let is = matches!(c.ops[0], ast::CmpOp::Is);
                self.jump(if is == when { Op::PopJumpIfNone } else { Op::PopJumpIfNotNone }, target);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(if when { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        let line = self.line_of(e.start().to_u32());
        let saved = (self.u().line, self.u().span);
        self.u().line = line;
        self.u().span = (e.start().to_u32(), e.end().to_u32());
        self.expr_inner(e, line)?;
        (self.u().line, self.u().span) = saved;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr, line: u32) -> Result<(), CompileError> {
        if matches!(e, Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Tuple(_)) {
            if let Some(v) = fold_expr(e) {
                self.load_const(v);
                return Ok(());
            }
        }
        match e {
            Expr::Constant(c) => match &c.value {
                Constant::Ellipsis => {
                    self.load_const(crate::runtime::objects::ellipsis());
                }
                other => {
                    let v = constant_value(other).ok_or_else(|| self.err("bad constant", e))?;
                    self.load_const(v);
                }
            },
            Expr::Name(n) => {
                if n.ctx != ExprContext::Load {
                    return Err(self.err("invalid name context", e));
                }
                if n.id.as_str() == "__debug__" {
                    // A compile-time constant, as in CPython: False under `-O`.
                    self.load_const(Value::Bool(if self.optimize == 0 { B64::TRUE } else { B64::FALSE }));
                } else {
                    self.load_name(n.id.as_str());
                }
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                        self.jump(if b.op == ast::BoolOp::And { Op::PopJumpIfFalse } else { Op::PopJumpIfTrue }, end);
                        self.emit(Op::PopTop, 0);
                    }
                }
                self.place(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.u().line = line;
                self.emit(Op::BinaryOp, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.u().line = line;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Op::UnaryOp, op as u32);
            }
            Expr::Lambda(l) => {
                let scope = self.table.by_node[&(l.range.start().to_u32(), tag::LAMBDA)];
                self.make_function(scope, "<lambda>", &l.args, None, FuncBody::Expr(&l.body), l.range.start().to_u32())?;
            }
            Expr::IfExp(i) => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_l)?;
                self.expr(&i.body)?;
                self.jump(Op::Jump, end);
                self.place(else_l);
                self.expr(&i.orelse)?;
                self.place(end);
            }
            Expr::Dict(d) => {
                if d.keys.iter().any(|k| k.is_none()) {
                    self.emit(Op::BuildMap, 0);
                    for (k, v) in d.keys.iter().zip(d.values.iter()) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd, 1);
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                } else {
                    for (k, v) in d.keys.iter().zip(d.values.iter()) {
                        self.expr(k.as_ref().expect("key"))?;
                        self.expr(v)?;
                    }
                    self.u().line = line;
                    self.emit(Op::BuildMap, d.keys.len() as u32);
                }
            }
            Expr::Set(s) => self.sequence(&s.elts, Op::BuildSet)?,
            Expr::List(l) => self.sequence(&l.elts, Op::BuildList)?,
            Expr::Tuple(t) => self.sequence(&t.elts, Op::BuildTuple)?,
            Expr::ListComp(c) => self.comprehension(e, &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => self.comprehension(e, &c.generators, CompKind::Dict(&c.key, &c.value))?,
            Expr::GeneratorExp(c) => self.comprehension(e, &c.generators, CompKind::Gen(&c.elt))?,
            Expr::Await(a) => {
                // The symbol table allowed it: this is a coroutine.
                self.expr(&a.value)?;
                self.u().line = line;
                self.emit_await(awaited::AWAIT);
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.u().line = line;
                self.emit_yield();
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.u().line = line;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom, 0);
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                let n = c.ops.len();
                if n == 1 {
                    self.expr(&c.comparators[0])?;
                    self.u().line = line;
                    self.compare_op(c.ops[0]);
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                        self.expr(right)?;
                        self.u().line = line;
                        if i + 1 < n {
                            self.emit(Op::Swap, 2);
                            self.emit(Op::Copy, 2);
                            self.compare_op(*op);
                            self.emit(Op::Copy, 1);
                            self.jump(Op::PopJumpIfFalse, cleanup);
                            self.emit(Op::PopTop, 0);
                        } else {
                            self.compare_op(*op);
                        }
                    }
                    self.jump(Op::Jump, end);
                    self.place(cleanup);
                    self.emit(Op::Swap, 2);
                    self.emit(Op::PopTop, 0);
                    self.place(end);
                }
            }
            Expr::Call(c) => self.call(c, line)?,
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                let conv = match f.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                let mut arg = conv;
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit(Op::FormatValue, arg);
            }
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    self.load_const(Value::str(""));
                } else {
                    for v in &j.values {
                        self.expr(v)?;
                    }
                    if j.values.len() > 1 || !matches!(j.values[0], Expr::Constant(_) | Expr::FormattedValue(_)) {
                        self.emit(Op::BuildString, j.values.len() as u32);
                    }
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.u().line = line;
                let i = self.name_index(a.attr.as_str());
                self.emit(Op::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.u().line = line;
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Starred(_) => return Err(self.err("can't use starred expression here", e)),
            Expr::Slice(s) => self.slice(s)?,
        }
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        match op {
            ast::CmpOp::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            ast::CmpOp::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            ast::CmpOp::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            ast::CmpOp::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            ast::CmpOp::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            ast::CmpOp::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            ast::CmpOp::Is => self.emit(Op::IsOp, 0),
            ast::CmpOp::IsNot => self.emit(Op::IsOp, 1),
            ast::CmpOp::In => self.emit(Op::ContainsOp, 0),
            ast::CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
        };
    }

    /// True for an expression that evaluates to the same object each time
    /// within a statement whose other parts [`rebinds_nothing`]: a fast
    /// local (not a cell, which a nested function could rebind) or a
    /// constant.
    fn is_stable(&mut self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => matches!(self.access(n.id.as_str()), Access::Fast),
            Expr::Slice(_) => false,
            _ => fold_expr(e).is_some(),
        }
    }

    fn subscript_key(&mut self, key: &'a Expr) -> Result<(), CompileError> {
        match key {
            Expr::Slice(s) => self.slice(s),
            _ => self.expr(key),
        }
    }

    fn slice(&mut self, s: &'a ast::ExprSlice) -> Result<(), CompileError> {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(Value::None),
            }
        }
        match &s.step {
            Some(st) => {
                self.expr(st)?;
                self.emit(Op::BuildSlice, 3);
            }
            None => {
                self.emit(Op::BuildSlice, 2);
            }
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], build: Op) -> Result<(), CompileError> {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let (start, add, extend) = match build {
                Op::BuildSet => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
                _ => (Op::BuildList, Op::ListAppend, Op::ListExtend),
            };
            self.emit(start, 0);
            for e in elts {
                match e {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(extend, 1);
                    }
                    _ => {
                        self.expr(e)?;
                        self.emit(add, 1);
                    }
                }
            }
            if build == Op::BuildTuple {
                self.emit(Op::ListToTuple, 0);
            }
        } else {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
        }
        Ok(())
    }

    /// Calls whose namespaces the compiler knows: `globals()` loads the
    /// frame's globals (`LOAD_GLOBALS`); inside an `eval()`/`exec()` string,
    /// `globals()` (anywhere) and `locals()`/`vars()` (at its top level)
    /// load its namespaces as constants, and `eval(src)`/`exec(src)` with
    /// one argument at its top level pass them. (Elsewhere the builtins find
    /// the calling frame themselves, see `vm::frames`.) Returns true when
    /// it emitted the call.
    fn namespace_call(&mut self, c: &'a ast::ExprCall, line: u32) -> Result<bool, CompileError> {
        let Expr::Name(n) = &*c.func else { return Ok(false) };
        let nm = n.id.as_str();
        if !matches!(nm, "globals" | "locals" | "vars" | "eval" | "exec")
            || !c.keywords.is_empty()
            || !matches!(self.access(nm), Access::Global | Access::Name)
            || self.table.scopes[0].binds(nm)
        {
            return Ok(false);
        }
        let scope = self.units.last().expect("unit").scope;
        if self.table.scopes[scope].binds(nm) {
            return Ok(false);
        }
        let kind = self.table.scopes[scope].kind;
        let ns = self.ns.clone();
        match (nm, c.args.len()) {
            // Elsewhere the frame's own globals (a function of an imported module sees
            // its module's namespace, not the main one).
            ("globals", 0) => {
                match ns {
                    Some(ns) => self.load_const(ns.globals),
                    None => {
                        self.u().line = line;
                        self.emit(Op::LoadGlobals, 0);
                    }
                }
                Ok(true)
            }
            ("locals" | "vars", 0) => match ns {
                Some(ns) if kind == ScopeKind::Module => {
                    self.load_const(ns.locals);
                    Ok(true)
                }
                _ => Ok(false),
            },
            ("eval" | "exec", 1) if !matches!(c.args[0], Expr::Starred(_)) && kind == ScopeKind::Module => {
                let Some(ns) = ns else { return Ok(false) };
                self.load_name(nm);
                self.expr(&c.args[0])?;
                self.load_const(ns.globals);
                self.load_const(ns.locals);
                self.u().line = line;
                self.emit(Op::Call, 3);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall, line: u32) -> Result<(), CompileError> {
        // `f(x for x in y, 1)`: the parser here accepts a bare generator
        // expression beside other arguments; CPython does not.
        if c.args.len() + c.keywords.len() > 1 {
            for a in &c.args {
                if matches!(a, Expr::GeneratorExp(_)) && self.source.as_bytes().get(a.start().to_usize()) != Some(&b'(') {
                    return Err(self.parser_err("Generator expression must be parenthesized", a));
                }
            }
        }
        let starred = c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none());
        // Zero-argument super(): pass __class__ and the first argument explicitly.
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() && self.access("super") == Access::Global {
                let u = self.units.last().expect("unit");
                let has_class = u.freevars.iter().any(|f| f == "__class__");
                let first = self.table.scopes[u.scope].params.first().cloned();
                if let (true, Some(first)) = (has_class, first) {
                    self.load_name("super");
                    let i = self.cell_index("__class__");
                    self.emit(Op::LoadDeref, i);
                    self.load_name(&first);
                    self.u().line = line;
                    self.emit(Op::Call, 2);
                    return Ok(());
                }
            }
        }
        if self.namespace_call(c, line)? {
            return Ok(());
        }
        if starred {
            self.expr(&c.func)?;
            if let [Expr::Starred(only)] = &c.args[..] {
                // `f(*it)`: CALL_EX takes the iterable itself (a tuple as it
                // is), as CPython's CALL_FUNCTION_EX does.
                self.expr(&only.value)?;
                self.keyword_arguments(&c.keywords)?;
            } else {
                self.emit(Op::BuildList, 0);
                self.call_arguments(&c.args, &c.keywords)?;
            }
            self.u().line = line;
            self.emit(Op::CallEx, !c.keywords.is_empty() as u32);
            return Ok(());
        }
        if let (Expr::Attribute(a), true) = (&*c.func, c.keywords.is_empty()) {
            self.expr(&a.value)?;
            self.u().line = line;
            let i = self.name_index(a.attr.as_str());
            // A failed method lookup is marked under `obj.name`, the call under all of it.
            let call_span = std::mem::replace(&mut self.u().span, (c.func.start().to_u32(), c.func.end().to_u32()));
            self.emit(Op::LoadMethod, i);
            self.u().span = call_span;
            for arg in &c.args {
                self.expr(arg)?;
            }
            self.u().line = line;
            self.emit(Op::CallMethod, c.args.len() as u32);
            return Ok(());
        }
        self.expr(&c.func)?;
        for arg in &c.args {
            self.expr(arg)?;
        }
        if c.keywords.is_empty() {
            self.u().line = line;
            self.emit(Op::Call, c.args.len() as u32);
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                let name = k.arg.as_ref().expect("keyword name").to_string();
                if names.iter().any(|n: &Value| n.as_str().map(|s| s.as_str()) == Some(name.as_str())) {
                    let msg = format!("keyword argument repeated: {}", name);
                    return Err(CompileError::syntax_range(msg, k.range.start().to_u32(), k.value.end().to_u32()));
                }
                self.expr(&k.value)?;
                // Interned, as the parameter names are: binding compares pointers first.
                names.push(Value::Str(intern(&name)));
            }
            let n = (c.args.len() + names.len()) as u32;
            self.load_const(Value::tuple(names));
            self.u().line = line;
            self.emit(Op::CallKw, n);
        }
        Ok(())
    }

    /// The arguments of a `CallEx`: appends `args` (starred ones spread) to the
    /// list on top of the stack and makes it a tuple, then builds the keyword
    /// dict when there are `keywords` (`**` ones merged).
    fn call_arguments(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> Result<(), CompileError> {
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        self.keyword_arguments(keywords)
    }

    /// The keyword dict of a `CallEx` when there are `keywords` (`**` ones
    /// merged); its names are interned, as parameter names are. A lone
    /// `**m` is passed as it is: `CALL_EX` copies what is not a dict (the
    /// binder copies a dict's items anyway), which saves forwarding
    /// wrappers a dict per call.
    fn keyword_arguments(&mut self, keywords: &'a [ast::Keyword]) -> Result<(), CompileError> {
        if let [ast::Keyword { arg: None, value, .. }] = keywords {
            return self.expr(value);
        }
        if !keywords.is_empty() {
            self.emit(Op::BuildMap, 0);
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Value::Str(intern(name.as_str())));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd, 1);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &'a Expr, generators: &'a [ast::Comprehension], kind: CompKind<'a>) -> Result<(), CompileError> {
        let scope = self.table.by_node[&(e.start().to_u32(), tag::COMP)];
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.line_of(e.start().to_u32());
        self.push_unit(scope, name, &qualname, line);
        self.u().argcount = 1;
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList, 0);
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet, 0);
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap, 0);
            }
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, &kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue, 0);
        let is_async = self.u().flags & flags::COROUTINE != 0;
        let code = self.finish_unit()?;
        self.emit_closure_and_make(code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async { Op::GetAiter } else { Op::GetIter }, 0);
        self.emit(Op::Call, 1);
        if is_async {
            self.emit_await(awaited::AWAIT);
        }
        Ok(())
    }

    /// `yield` of TOS; an async generator's yields are wrapped (see
    /// `crate::vm::coro`).
    fn emit_yield(&mut self) {
        if self.u().flags & flags::ASYNC_GENERATOR != 0 {
            self.emit(Op::AsyncGenWrap, 0);
        }
        self.emit(Op::YieldValue, 0);
    }

    fn comp_generator(&mut self, gens: &'a [ast::Comprehension], depth: usize, kind: &CompKind<'a>) -> Result<(), CompileError> {
        let g = &gens[depth];
        let top = self.new_label();
        let exit = self.new_label();
        if depth == 0 {
            let i = self.var_index(".0");
            self.emit(Op::LoadFast, i);
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAiter } else { Op::GetIter }, 0);
        }
        if g.is_async {
            let stop = self.new_label();
            self.async_for_next(top, stop);
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, top)?;
            }
            self.comp_body(gens, depth, kind)?;
            self.jump(Op::Jump, top);
            self.place(stop);
            self.emit(Op::EndAsyncFor, 0);
            return Ok(());
        }
        self.place(top);
        self.jump(Op::ForIter, exit);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        self.comp_body(gens, depth, kind)?;
        self.jump(Op::Jump, top);
        self.place(exit);
        Ok(())
    }

    /// What runs for each item of generator `depth` of a comprehension:
    /// the next generator's loop, or the element's append (yield).
    fn comp_body(&mut self, gens: &'a [ast::Comprehension], depth: usize, kind: &CompKind<'a>) -> Result<(), CompileError> {
        if depth + 1 < gens.len() {
            self.comp_generator(gens, depth + 1, kind)?;
        } else {
            let d = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, d);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, d);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, d);
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit_yield();
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- assembly

    fn finish_unit(&mut self) -> Result<Rc<Code>, CompileError> {
        let u = self.units.pop().expect("unit");
        let mut instrs = u.instrs;
        for (pc, ins) in instrs.iter_mut().enumerate() {
            if ins.op.arg_kind() == ArgKind::Jump {
                let target = u.labels[ins.arg as usize];
                ins.arg = target as u32;
                // Loops close with their own opcode: the tier-up point.
                if ins.op == Op::Jump && target <= pc {
                    ins.op = Op::JumpBackward;
                }
            }
        }
        let handler_target: Vec<usize> = u.handlers.iter().map(|h| u.labels[h.label as usize]).collect();
        // Stack depths by flow analysis.
        let n = instrs.len();
        let mut depth: Vec<i32> = vec![-1; n + 1];
        let mut work = vec![0usize];
        if n > 0 {
            depth[0] = 0;
        }
        let mut max = 0;
        while let Some(pc) = work.pop() {
            if pc >= n {
                continue;
            }
            let d = depth[pc];
            let ins = instrs[pc];
            if let Some(h) = u.handler_of[pc] {
                let hd = &u.handlers[h];
                let base = if hd.start_pc < n && depth[hd.start_pc] >= 0 { depth[hd.start_pc] } else { d };
                let hdepth = base + hd.adjust + 1;
                let t = handler_target[h];
                if t <= n && depth[t] < 0 {
                    depth[t] = hdepth;
                    max = max.max(hdepth);
                    work.push(t);
                }
            }
            let terminal = matches!(ins.op, Op::Jump | Op::JumpBackward | Op::ReturnValue | Op::Raise | Op::Reraise);
            if ins.op.arg_kind() == ArgKind::Jump {
                let t = ins.arg as usize;
                let jd = d + ins.op.stack_effect(ins.arg, true);
                if t <= n && depth[t] < 0 {
                    depth[t] = jd;
                    work.push(t);
                }
                max = max.max(jd);
            }
            if !terminal {
                let nd = d + ins.op.stack_effect(ins.arg, false);
                max = max.max(nd).max(d + 1);
                if depth[pc + 1] < 0 {
                    depth[pc + 1] = nd;
                    work.push(pc + 1);
                }
            }
        }
        // Exception table: maximal runs of instructions sharing a handler.
        let mut exc_table = Vec::new();
        let mut pc = 0;
        while pc < n {
            match u.handler_of[pc] {
                Some(h) => {
                    let start = pc;
                    while pc < n && u.handler_of[pc] == Some(h) {
                        pc += 1;
                    }
                    let hd = &u.handlers[h];
                    let base = if hd.start_pc < n && depth[hd.start_pc] >= 0 { depth[hd.start_pc] } else { 0 };
                    exc_table.push(ExcEntry { start: start as u32, end: pc as u32, handler: handler_target[h] as u32, depth: (base + hd.adjust).max(0) as u32 });
                }
                None => pc += 1,
            }
        }
        let scope = &self.table.scopes[u.scope];
        let cell2arg: Vec<Option<u32>> = u.cellvars.iter().map(|c| scope.params.iter().position(|p| p == c).map(|p| p as u32)).collect();
        // A parameter that is a cell keeps its slot (cell2arg moves the value).
        let fixed_slots = (u.varnames.len() + u.cellvars.len() + u.freevars.len()) as u32;
        let stacksize = (max.max(0) + 2) as u32;
        let consts = u.consts.into_boxed_slice();
        let code = Code {
            fixed_slots,
            frame_size: fixed_slots + stacksize + 1,
            has_cells: !u.cellvars.is_empty() || !u.freevars.is_empty(),
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstline,
            quickened: std::cell::Cell::new(false),
            module_name_at: std::cell::Cell::new((crate::runtime::objects::NO_VERSION, 0)),
            poly: Default::default(),
            units: instrs.into_iter().map(|instr| crate::bytecode::Unit::new(instr, &consts)).collect(),
            positions: u.lines.iter().zip(&u.spans).map(|(&line, &span)| self.position(line, span)).collect(),
            lines: u.lines.into_boxed_slice(),
            consts,
            names: u.names.into_boxed_slice(),
            varnames: u.varnames.iter().map(|v| intern(v)).collect(),
            cellvars: u.cellvars.iter().map(|v| intern(v)).collect(),
            freevars: u.freevars.iter().map(|v| intern(v)).collect(),
            cell2arg: cell2arg.into_boxed_slice(),
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            stacksize,
            exc_table: exc_table.into_boxed_slice(),
            source: None,
        };
        let _ = ErrorKind::Syntax;
        Ok(Rc::new(code))
    }
}

enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// The docstring of a body: a leading string-constant expression statement.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::Constant(c) => match &c.value {
                Constant::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// True when evaluating `e` cannot rebind a fast local of the running
/// function: built only from names, constants, attribute and subscript
/// loads, operators and calls with plain arguments. (Conservative: a `:=`
/// could rebind one; anything else unlisted answers false too.)
fn rebinds_nothing(e: &Expr) -> bool {
    match e {
        Expr::Name(_) | Expr::Constant(_) => true,
        Expr::Attribute(a) => rebinds_nothing(&a.value),
        Expr::Subscript(s) => rebinds_nothing(&s.value) && rebinds_nothing(&s.slice),
        Expr::BinOp(b) => rebinds_nothing(&b.left) && rebinds_nothing(&b.right),
        Expr::UnaryOp(u) => rebinds_nothing(&u.operand),
        Expr::BoolOp(b) => b.values.iter().all(rebinds_nothing),
        Expr::Compare(c) => rebinds_nothing(&c.left) && c.comparators.iter().all(rebinds_nothing),
        Expr::Call(c) => rebinds_nothing(&c.func) && c.args.iter().all(rebinds_nothing) && c.keywords.iter().all(|k| k.arg.is_some() && rebinds_nothing(&k.value)),
        Expr::Tuple(t) => t.elts.iter().all(rebinds_nothing),
        Expr::List(l) => l.elts.iter().all(rebinds_nothing),
        Expr::IfExp(i) => rebinds_nothing(&i.test) && rebinds_nothing(&i.body) && rebinds_nothing(&i.orelse),
        _ => false,
    }
}

/// CPython's name for an expression in "cannot assign to ..." messages.
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}
