//! Annotations, compiled as CPython 3.11 does: parameter and return
//! annotations become the function's `__annotations__`; `x: T` in a module or
//! class body is recorded in that namespace's `__annotations__` (created by
//! `SetupAnnotations` when the body has any); annotations of local variables
//! are never evaluated. Under `from __future__ import annotations` each
//! annotation is stored as the string of its expression instead.

use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

use super::Compiler;
use crate::bytecode::Op;
use crate::compiler::symtable::ScopeKind;
use crate::compiler::CompileError;
use crate::runtime::value::Value;

/// True when a body has an annotated assignment outside nested functions and
/// classes (CPython creates `__annotations__` only then).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::AsyncWith(w) => has_annotations(&w.body),
        Stmt::Try(t) => try_has_annotations(&t.body, &t.handlers, &t.orelse, &t.finalbody),
        Stmt::TryStar(t) => try_has_annotations(&t.body, &t.handlers, &t.orelse, &t.finalbody),
        _ => false,
    })
}

fn try_has_annotations(body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) -> bool {
    has_annotations(body)
        || has_annotations(orelse)
        || has_annotations(finalbody)
        || handlers.iter().any(|h| match h {
            ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
        })
}

impl<'a> Compiler<'a> {
    /// `SetupAnnotations` at the start of a module or class body that annotates.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
    }

    /// Pushes the value recorded for an annotation: the evaluated expression,
    /// or its source string under `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        if self.futures.annotations {
            self.load_const(Value::str(&crate::compiler::unparse::annotation(e)));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// True in a module or class body, where annotations are recorded.
    fn records_annotations(&self) -> bool {
        let u = self.units.last().expect("unit");
        matches!(self.table.scopes[u.scope].kind, ScopeKind::Module | ScopeKind::Class)
    }

    /// Pushes the dict of a function's annotations (parameters in CPython's
    /// order: regular, positional-only, `*args`, keyword-only, `**kwargs`,
    /// then `return`); false when there are none.
    pub(super) fn function_annotations(&mut self, args: &'a ast::Arguments, returns: Option<&'a Expr>) -> Result<bool, CompileError> {
        let mut annotated: Vec<(&'a str, &'a Expr)> = Vec::new();
        let mut add = |arg: &'a ast::Arg| {
            if let Some(a) = &arg.annotation {
                annotated.push((arg.arg.as_str(), a));
            }
        };
        args.args.iter().chain(&args.posonlyargs).for_each(|a| add(&a.def));
        if let Some(v) = &args.vararg {
            add(v);
        }
        args.kwonlyargs.iter().for_each(|a| add(&a.def));
        if let Some(k) = &args.kwarg {
            add(k);
        }
        if let Some(r) = returns {
            annotated.push(("return", r));
        }
        if annotated.is_empty() {
            return Ok(false);
        }
        for (name, e) in &annotated {
            self.load_const(Value::str(name));
            self.annotation(e)?;
        }
        self.emit(Op::BuildMap, annotated.len() as u32);
        Ok(true)
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> Result<(), CompileError> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let recording = self.records_annotations();
        // A parenthesized name (`(x): int`) is not simple; the parser's flag misses
        // the parentheses, which put the statement's start before the name's.
        let simple = a.simple && a.range.start() == a.target.start();
        match &*a.target {
            Expr::Name(n) if simple => {
                if recording {
                    self.annotation(&a.annotation)?;
                    let i = self.name_index("__annotations__");
                    self.emit(Op::LoadName, i);
                    self.load_const(Value::str(n.id.as_str()));
                    self.emit(Op::StoreSubscr, 0);
                }
                return Ok(());
            }
            // Without a value, the object of an attribute or subscript target is
            // still evaluated (and the subscript's index).
            Expr::Attribute(t) if a.value.is_none() => self.evaluate_and_pop(&t.value)?,
            Expr::Subscript(t) if a.value.is_none() => {
                self.evaluate_and_pop(&t.value)?;
                self.evaluate_index(&t.slice)?;
            }
            _ => {}
        }
        if recording && !self.futures.annotations {
            self.evaluate_and_pop(&a.annotation)?;
        }
        Ok(())
    }

    fn evaluate_and_pop(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        self.expr(e)?;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// Evaluates the parts of an index for their effects only: slices part by
    /// part, tuples item by item.
    fn evaluate_index(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.evaluate_and_pop(part)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|x| self.evaluate_index(x)),
            _ => self.evaluate_and_pop(e),
        }
    }
}
