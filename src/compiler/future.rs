//! `from __future__ import ...` statements: where they may stand, which
//! features exist, and the one that changes code generation (`annotations`).

use std::collections::HashSet;

use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};

use super::CompileError;

/// Every feature name `__future__` defines (all are already the behaviour of
/// Python 3.11 except `annotations`).
const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What the future statements of a module ask for.
#[derive(Default)]
pub struct Futures {
    /// Start offsets of the future statements at the top of the module (the
    /// only place one may stand).
    pub allowed: HashSet<u32>,
    /// `from __future__ import annotations`: annotations are kept as strings.
    pub annotations: bool,
}

/// `from __future__ import ...` (absolute, so not a module of a package).
fn imports_future(i: &ast::StmtImportFrom) -> bool {
    i.level.map_or(0, |l| l.to_u32()) == 0 && i.module.as_deref() == Some("__future__")
}

/// Reads the future statements that open a module body (after an optional
/// docstring), refusing unknown features with CPython's messages.
pub fn scan(body: &[Stmt]) -> Result<Futures, CompileError> {
    let mut f = Futures::default();
    let mut rest = body;
    if let Some(Stmt::Expr(e)) = rest.first() {
        if let Expr::Constant(c) = &*e.value {
            if matches!(c.value, Constant::Str(_)) {
                rest = &rest[1..];
            }
        }
    }
    for s in rest {
        let Stmt::ImportFrom(i) = s else { break };
        if !imports_future(i) {
            break;
        }
        let start = s.start().to_u32();
        for a in &i.names {
            match a.name.as_str() {
                "annotations" => f.annotations = true,
                "braces" => return Err(CompileError::syntax("not a chance".into(), start)),
                n if FEATURES.contains(&n) => {}
                n => return Err(CompileError::syntax(format!("future feature {} is not defined", n), start)),
            }
        }
        f.allowed.insert(start);
    }
    Ok(f)
}

/// The error for a future statement anywhere else than the top of the module.
pub fn check_placement(futures: &Futures, s: &ast::StmtImportFrom) -> Result<(), CompileError> {
    if imports_future(s) && !futures.allowed.contains(&s.start().to_u32()) {
        return Err(CompileError::syntax_range(
            "from __future__ imports must occur at the beginning of the file".into(),
            s.start().to_u32(),
            s.end().to_u32(),
        ));
    }
    Ok(())
}
