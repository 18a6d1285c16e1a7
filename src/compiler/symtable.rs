//! Symbol tables: which names each scope binds, and how every name resolves
//! (fast local, cell, free variable, explicit or implicit global, or a
//! class-body name).

use std::collections::{HashMap, HashSet};

use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

use super::CompileError;

/// What kind of code a scope compiles to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    /// Module body.
    Module,
    /// `def` or `lambda`.
    Function,
    /// A comprehension or generator expression.
    Comprehension,
    /// A class body.
    Class,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    /// A fast local slot.
    Fast,
    /// A cell owned by this scope (captured by an inner scope).
    Cell,
    /// A cell captured from an enclosing scope.
    Free,
    /// A global (module dict then builtins).
    Global,
    /// Class body / module: namespace dict, then globals, builtins.
    Name,
}

/// One scope's symbols.
#[derive(Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Name (function or class name).
    pub name: String,
    /// Names bound here (assignment, parameter, def, import, for target ...).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    /// Names used (loaded) here.
    pub used: HashSet<String>,
    /// `global` declarations.
    pub globals: HashSet<String>,
    /// `nonlocal` declarations.
    pub nonlocals: HashSet<String>,
    /// The byte range of the `nonlocal` statement declaring each name (for
    /// "no binding for nonlocal 'x' found").
    pub nonlocal_stmts: HashMap<String, (u32, u32)>,
    /// Parameters in order.
    pub params: Vec<String>,
    /// Cell variables (bound here, captured below), in first-capture order.
    pub cellvars: Vec<String>,
    /// Free variables (captured from above), in first-use order.
    pub freevars: Vec<String>,
    /// Child scopes in source order.
    pub children: Vec<usize>,
    /// Parent scope.
    pub parent: Option<usize>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// An `async def`, or a comprehension with `async for` or `await` (an
    /// async generator when `is_generator` too).
    pub is_coroutine: bool,
    /// Uses zero-argument `super()` (needs the `__class__` cell).
    pub uses_super: bool,
    /// The innermost enclosing class name (this scope's own name for a class
    /// body): private names bound by `def`/`class` here are mangled with it.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            nonlocal_stmts: HashMap::new(),
            params: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            uses_super: false,
            private: None,
        }
    }
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_owned()) {
            self.bound.push(name.to_owned());
        }
    }
    /// The name a `def` or `class` statement named `name` binds in this scope
    /// (mangled when it is private and this scope is inside a class).
    pub fn binding_name(&self, name: &str) -> String {
        super::mangle::mangle(self.private.as_deref(), name).unwrap_or_else(|| name.to_owned())
    }
    /// True when `name` is bound locally (not declared global/nonlocal).
    pub fn binds(&self, name: &str) -> bool {
        self.bound_set.contains(name) && !self.globals.contains(name) && !self.nonlocals.contains(name)
    }

    /// How `name` is accessed from this scope.
    pub fn access(&self, name: &str) -> Access {
        if self.globals.contains(name) {
            return Access::Global;
        }
        if self.cellvars.iter().any(|c| c == name) {
            return Access::Cell;
        }
        if self.freevars.iter().any(|c| c == name) {
            return Access::Free;
        }
        match self.kind {
            ScopeKind::Module => Access::Global,
            ScopeKind::Class => Access::Name,
            _ => {
                if self.binds(name) {
                    Access::Fast
                } else {
                    Access::Global
                }
            }
        }
    }
}

/// All scopes of a module; scope 0 is the module.
pub struct SymbolTable {
    /// Scopes, indexed by id.
    pub scopes: Vec<Scope>,
    /// Scope id of each scope-creating node, keyed by (start offset, kind tag).
    pub by_node: HashMap<(u32, u8), usize>,
}

/// Key tags for scope-creating nodes.
pub mod tag {
    /// `def`
    pub const FUNC: u8 = 1;
    /// `lambda`
    pub const LAMBDA: u8 = 2;
    /// comprehension / generator expression
    pub const COMP: u8 = 3;
    /// `class`
    pub const CLASS: u8 = 4;
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<(u32, u8), usize>,
    cur: usize,
    /// `from __future__ import annotations`: annotations are strings, so their
    /// names are not references.
    string_annotations: bool,
}

/// Builds and resolves the symbol table of a module body.
pub fn build(body: &[Stmt]) -> Result<SymbolTable, CompileError> {
    // A bad future statement is reported by the code generator.
    let string_annotations = super::future::scan(body).map_or(false, |f| f.annotations);
    let mut b = Builder { scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)], by_node: HashMap::new(), cur: 0, string_annotations };
    for s in body {
        b.stmt(s)?;
    }
    let mut t = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    resolve(&mut t)?;
    Ok(t)
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn push(&mut self, kind: ScopeKind, name: &str, key: (u32, u8)) -> usize {
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.cur));
        scope.private = if kind == ScopeKind::Class { Some(name.to_owned()) } else { self.scopes[self.cur].private.clone() };
        self.scopes.push(scope);
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args(&mut self, args: &ast::Arguments, returns: Option<&Expr>) -> Result<(), CompileError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for a in args.posonlyargs.iter().chain(args.args.iter()).chain(args.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        let params = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).map(|a| &a.def);
        for p in params.chain(args.vararg.as_deref()).chain(args.kwarg.as_deref()) {
            self.annotation(p.annotation.as_deref())?;
        }
        self.annotation(returns)
    }

    /// An annotation's names are references unless annotations are strings.
    fn annotation(&mut self, e: Option<&Expr>) -> Result<(), CompileError> {
        match e {
            Some(e) if !self.string_annotations => self.expr(e),
            _ => Ok(()),
        }
    }

    fn params(&mut self, args: &ast::Arguments) {
        let mut names: Vec<String> = Vec::new();
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            names.push(a.def.arg.to_string());
        }
        for a in args.kwonlyargs.iter() {
            names.push(a.def.arg.to_string());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.to_string());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.to_string());
        }
        for n in names {
            self.scope().bind(&n);
            self.scope().params.push(n);
        }
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(&f.decorator_list, &f.args, f.returns.as_deref(), f.name.as_str(), &f.body, f.range.start().to_u32(), false)?,
            Stmt::AsyncFunctionDef(f) => self.function_def(&f.decorator_list, &f.args, f.returns.as_deref(), f.name.as_str(), &f.body, f.range.start().to_u32(), true)?,
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let bound = self.scope().binding_name(c.name.as_str());
                self.scope().bind(&bound);
                let prev = self.push(ScopeKind::Class, c.name.as_str(), (c.range.start().to_u32(), tag::CLASS));
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.scope().used.insert(n.id.to_string());
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                self.annotation(Some(&a.annotation))?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation makes the name local in functions.
                    if self.scope().kind == ScopeKind::Function {
                        self.scope().bind(n.id.as_str());
                    }
                } else {
                    self.expr(&a.target)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::AsyncFor(f) => {
                self.require_async("'async for' outside async function", s)?;
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => self.with_items(&w.items, &w.body)?,
            Stmt::AsyncWith(w) => {
                self.require_async("'async with' outside async function", s)?;
                self.with_items(&w.items, &w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.scope().bind(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_owned(),
                    };
                    self.scope().bind(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.scope().bind(&bound);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let n = n.to_string();
                    if self.scope().bound_set.contains(&n) || self.scope().used.contains(&n) {
                        let what = if self.scope().params.contains(&n) { "is parameter and global" } else if self.scope().used.contains(&n) && !self.scope().bound_set.contains(&n) { "is used prior to global declaration" } else { "is assigned to before global declaration" };
                        return Err(CompileError::syntax_range(format!("name '{}' {}", n, what), g.range.start().to_u32(), g.range.end().to_u32()));
                    }
                    self.scope().globals.insert(n);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(CompileError::syntax_range("nonlocal declaration not allowed at module level".into(), g.range.start().to_u32(), g.range.end().to_u32()));
                }
                for n in &g.names {
                    let n = n.to_string();
                    if self.scope().params.contains(&n) {
                        return Err(CompileError::syntax_range(format!("name '{}' is parameter and nonlocal", n), g.range.start().to_u32(), g.range.end().to_u32()));
                    }
                    self.scope().nonlocal_stmts.insert(n.clone(), (g.range.start().to_u32(), g.range.end().to_u32()));
                    self.scope().nonlocals.insert(n);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::TryStar(t) => return Err(CompileError::unsupported("except* (exception groups)", t.range.start().to_u32())),
            Stmt::TypeAlias(t) => return Err(CompileError::unsupported("type aliases", t.range.start().to_u32())),
        }
        Ok(())
    }

    /// The names a `case` pattern binds and the expressions it evaluates.
    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern;
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for sub in &s.patterns {
                    self.pattern(sub)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for sub in &m.patterns {
                    self.pattern(sub)?;
                }
                if let Some(rest) = &m.rest {
                    self.scope().bind(rest.as_str());
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for sub in c.patterns.iter().chain(c.kwd_patterns.iter()) {
                    self.pattern(sub)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.scope().bind(n.as_str());
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.pattern(sub)?;
                }
                if let Some(n) = &a.name {
                    self.scope().bind(n.as_str());
                }
            }
            Pattern::MatchOr(o) => {
                for sub in &o.patterns {
                    self.pattern(sub)?;
                }
            }
        }
        Ok(())
    }

    /// A `def` or `async def`: decorators and defaults in this scope, the
    /// body in a new one.
    fn function_def(&mut self, decorators: &[Expr], args: &ast::Arguments, returns: Option<&Expr>, name: &str, body: &[Stmt], start: u32, is_async: bool) -> Result<(), CompileError> {
        for d in decorators {
            self.expr(d)?;
        }
        self.args(args, returns)?;
        let bound = self.scope().binding_name(name);
        self.scope().bind(&bound);
        let prev = self.push(ScopeKind::Function, name, (start, tag::FUNC));
        self.scope().is_coroutine = is_async;
        self.params(args);
        self.stmts(body)?;
        self.cur = prev;
        Ok(())
    }

    fn with_items(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> Result<(), CompileError> {
        for item in items {
            self.expr(&item.context_expr)?;
            if let Some(v) = &item.optional_vars {
                self.target(v)?;
            }
        }
        self.stmts(body)
    }

    /// `async for` and `async with` belong in an `async def` (CPython's
    /// compiler says so even at module level).
    fn require_async(&self, msg: &str, s: &Stmt) -> Result<(), CompileError> {
        let scope = &self.scopes[self.cur];
        if scope.kind == ScopeKind::Function && scope.is_coroutine {
            return Ok(());
        }
        Err(CompileError::syntax_range(msg.into(), s.start().to_u32(), s.end().to_u32()))
    }

    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.scope().bind(n.id.as_str()),
            Expr::Tuple(tt) => {
                for e in &tt.elts {
                    self.target(e)?;
                }
            }
            Expr::List(tt) => {
                for e in &tt.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            other => self.expr(other)?,
        }
        Ok(())
    }

    /// A comprehension's scope. One with `async for` or `await` is a
    /// coroutine (a genexp: an async generator), which only an async
    /// function or another comprehension (made asynchronous in turn, as
    /// in CPython 3.11) may run.
    fn comprehension(&mut self, e: &Expr, generators: &[ast::Comprehension], elts: &[&Expr], is_genexp: bool) -> Result<(), CompileError> {
        let key = e.start().to_u32();
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = generators.first() {
            self.expr(&g.iter)?;
        }
        let prev = self.push(ScopeKind::Comprehension, "<comprehension>", (key, tag::COMP));
        self.scope().bind(".0");
        self.scope().params.push(".0".into());
        self.scope().is_generator = is_genexp;
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.scope().is_coroutine = true;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let is_async = self.scope().is_coroutine;
        self.cur = prev;
        if is_async && !is_genexp {
            let outer = &mut self.scopes[self.cur];
            match outer.kind {
                ScopeKind::Function if outer.is_coroutine => {}
                ScopeKind::Comprehension => outer.is_coroutine = true,
                _ => return Err(CompileError::syntax_range("asynchronous comprehension outside of an asynchronous function".into(), key, e.end().to_u32())),
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                // Walrus in a comprehension binds in the enclosing function scope.
                if let Expr::Name(name) = &*n.target {
                    let nm = name.id.to_string();
                    let mut s = self.cur;
                    let mut comps = Vec::new();
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        comps.push(s);
                        s = self.scopes[s].parent.unwrap_or(0);
                    }
                    // At module level (or under `global`) the target is a global.
                    let global = self.scopes[s].kind == ScopeKind::Module || self.scopes[s].globals.contains(&nm);
                    for c in comps {
                        if global {
                            self.scopes[c].globals.insert(nm.clone());
                        } else {
                            self.scopes[c].nonlocals.insert(nm.clone());
                        }
                    }
                    self.scopes[s].bind(name.id.as_str());
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.args(&l.args, None)?;
                let prev = self.push(ScopeKind::Function, "<lambda>", (l.range.start().to_u32(), tag::LAMBDA));
                self.params(&l.args);
                self.expr(&l.body)?;
                self.cur = prev;
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(e, &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(e, &c.generators, &[&c.elt], false)?,
            Expr::GeneratorExp(c) => self.comprehension(e, &c.generators, &[&c.elt], true)?,
            Expr::DictComp(c) => self.comprehension(e, &c.generators, &[&c.key, &c.value], false)?,
            Expr::Await(a) => {
                let scope = self.scope();
                match scope.kind {
                    ScopeKind::Function if scope.is_coroutine => {}
                    // The comprehension becomes asynchronous (checked when it ends).
                    ScopeKind::Comprehension => scope.is_coroutine = true,
                    kind => {
                        let msg = if kind == ScopeKind::Function { "'await' outside async function" } else { "'await' outside function" };
                        return Err(CompileError::syntax_range(msg.into(), a.range.start().to_u32(), a.range.end().to_u32()));
                    }
                }
                self.expr(&a.value)?;
            }
            Expr::Yield(y) => {
                if self.scope().kind == ScopeKind::Module || self.scope().kind == ScopeKind::Class {
                    return Err(CompileError::syntax_range("'yield' outside function".into(), y.range.start().to_u32(), y.range.end().to_u32()));
                }
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                if self.scope().kind == ScopeKind::Module || self.scope().kind == ScopeKind::Class {
                    return Err(CompileError::syntax_range("'yield' outside function".into(), y.range.start().to_u32(), y.range.end().to_u32()));
                }
                if self.scope().kind == ScopeKind::Function && self.scope().is_coroutine {
                    return Err(CompileError::syntax_range("'yield from' inside async function".into(), y.range.start().to_u32(), y.range.end().to_u32()));
                }
                self.scope().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            Expr::Call(c) => {
                if let Expr::Name(n) = &*c.func {
                    if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                        self.scope().uses_super = true;
                        self.scope().used.insert("__class__".into());
                    }
                }
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                if n.id.as_str() == "__class__" {
                    self.scope().uses_super = true;
                }
                self.scope().used.insert(n.id.to_string());
            }
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Tuple(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolves free variables: marks cells in binding scopes and threads free
/// variables through intermediate function scopes.
fn resolve(t: &mut SymbolTable) -> Result<(), CompileError> {
    for id in 0..t.scopes.len() {
        let kind = t.scopes[id].kind;
        if kind == ScopeKind::Module {
            continue;
        }
        let mut names: Vec<String> = t.scopes[id].used.iter().cloned().collect();
        names.sort();
        let mut nonlocals: Vec<String> = t.scopes[id].nonlocals.iter().cloned().collect();
        nonlocals.sort();
        for n in nonlocals.iter() {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        for name in names {
            let s = &t.scopes[id];
            let is_nonlocal = s.nonlocals.contains(&name);
            if !is_nonlocal && (s.globals.contains(&name) || (s.binds(&name) && kind != ScopeKind::Class) || (kind == ScopeKind::Class && s.binds(&name))) {
                continue;
            }
            // Walk outward to a binding function scope.
            let mut path = vec![id];
            let mut p = s.parent;
            let mut binder = None;
            while let Some(pid) = p {
                let ps = &t.scopes[pid];
                match ps.kind {
                    ScopeKind::Module => break,
                    ScopeKind::Class => {
                        if name == "__class__" && t.scopes[id].kind != ScopeKind::Class {
                            binder = Some(pid);
                            break;
                        }
                    }
                    _ => {
                        if ps.globals.contains(&name) {
                            break;
                        }
                        if ps.binds(&name) {
                            binder = Some(pid);
                            break;
                        }
                    }
                }
                path.push(pid);
                p = ps.parent;
            }
            match binder {
                Some(b) => {
                    if !t.scopes[b].cellvars.contains(&name) {
                        t.scopes[b].cellvars.push(name.clone());
                    }
                    for sid in path {
                        if !t.scopes[sid].freevars.contains(&name) {
                            t.scopes[sid].freevars.push(name.clone());
                        }
                    }
                }
                None => {
                    if is_nonlocal {
                        let (start, end) = t.scopes[id].nonlocal_stmts.get(&name).copied().unwrap_or((0, 0));
                        return Err(CompileError::syntax_range(format!("no binding for nonlocal '{}' found", name), start, end));
                    }
                }
            }
        }
    }
    Ok(())
}
