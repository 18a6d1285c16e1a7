//! Private name mangling, as CPython's compiler does it: inside a class body
//! (and every function, lambda and comprehension nested in it) an identifier
//! `__spam` that does not end in `__` is rewritten to `_Class__spam`, where
//! `Class` is the innermost enclosing class name without leading underscores.
//!
//! The pass rewrites the AST before the symbol table is built: names, attribute
//! names, parameter names, `global`/`nonlocal` names, the names bound by
//! imports, and the string items of a literal `__slots__` in a class body
//! (CPython mangles slot names when it creates the class). The names a `def` or
//! `class` statement binds are mangled where they are bound (the symbol table
//! and codegen call [`mangle`]), because the function's or class's `__name__`
//! keeps the name as written. Keyword argument names in calls are not mangled
//! (CPython does not mangle them either).

use rustpython_parser::ast::{self, Fold, Identifier, Stmt};
use rustpython_parser::text_size::TextRange;

/// `_Py_Mangle`: the mangled form of `name` inside class `private`, or None
/// when the name is left as written.
pub fn mangle(private: Option<&str>, name: &str) -> Option<String> {
    let class = private?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{}{}", stripped, name))
}

/// Rewrites a module body; returns it unchanged when it defines no class.
pub fn mangle_module(body: Vec<Stmt>) -> Vec<Stmt> {
    let mut m = Mangler { class: None };
    match m.fold(body) {
        Ok(b) => b,
        Err(never) => match never {},
    }
}

/// True when any class body could need mangling (a cheap pre-check on the source).
pub fn may_need(source: &str) -> bool {
    source.contains("class") && source.contains("__")
}

enum Never {}

struct Mangler {
    class: Option<String>,
}

impl Mangler {
    fn ident(&self, id: Identifier) -> Identifier {
        match mangle(self.class.as_deref(), id.as_str()) {
            Some(m) => Identifier::new(m),
            None => id,
        }
    }
}

impl Fold<TextRange> for Mangler {
    type TargetU = TextRange;
    type Error = Never;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, Never> {
        Ok(user)
    }

    fn fold_stmt_class_def(&mut self, node: ast::StmtClassDef) -> Result<ast::StmtClassDef, Never> {
        let ast::StmtClassDef { name, bases, keywords, body, decorator_list, type_params, range } = node;
        // Decorators, bases and keywords belong to the enclosing scope.
        let bases = self.fold(bases)?;
        let keywords = self.fold(keywords)?;
        let decorator_list = self.fold(decorator_list)?;
        let outer = self.class.replace(name.to_string());
        // `__slots__` items are mangled when the class is created (as CPython does).
        let body: Vec<Stmt> = self.fold(body)?;
        self.class = outer;
        Ok(ast::StmtClassDef { name, bases, keywords, body, decorator_list, type_params, range })
    }

    fn fold_expr_name(&mut self, node: ast::ExprName) -> Result<ast::ExprName, Never> {
        let ast::ExprName { id, ctx, range } = node;
        Ok(ast::ExprName { id: self.ident(id), ctx, range })
    }

    fn fold_expr_attribute(&mut self, node: ast::ExprAttribute) -> Result<ast::ExprAttribute, Never> {
        let ast::ExprAttribute { value, attr, ctx, range } = node;
        let value = self.fold(value)?;
        Ok(ast::ExprAttribute { value, attr: self.ident(attr), ctx, range })
    }

    fn fold_arg(&mut self, node: ast::Arg) -> Result<ast::Arg, Never> {
        let ast::Arg { range, arg, annotation, type_comment } = node;
        let annotation = self.fold(annotation)?;
        Ok(ast::Arg { range, arg: self.ident(arg), annotation, type_comment })
    }

    fn fold_stmt_global(&mut self, node: ast::StmtGlobal) -> Result<ast::StmtGlobal, Never> {
        let names = node.names.into_iter().map(|n| self.ident(n)).collect();
        Ok(ast::StmtGlobal { names, range: node.range })
    }

    fn fold_stmt_nonlocal(&mut self, node: ast::StmtNonlocal) -> Result<ast::StmtNonlocal, Never> {
        let names = node.names.into_iter().map(|n| self.ident(n)).collect();
        Ok(ast::StmtNonlocal { names, range: node.range })
    }

    fn fold_pattern_match_as(&mut self, node: ast::PatternMatchAs) -> Result<ast::PatternMatchAs, Never> {
        let ast::PatternMatchAs { range, pattern, name } = node;
        let pattern = self.fold(pattern)?;
        Ok(ast::PatternMatchAs { range, pattern, name: name.map(|n| self.ident(n)) })
    }

    fn fold_pattern_match_star(&mut self, node: ast::PatternMatchStar) -> Result<ast::PatternMatchStar, Never> {
        let ast::PatternMatchStar { range, name } = node;
        Ok(ast::PatternMatchStar { range, name: name.map(|n| self.ident(n)) })
    }

    fn fold_pattern_match_mapping(&mut self, node: ast::PatternMatchMapping) -> Result<ast::PatternMatchMapping, Never> {
        let ast::PatternMatchMapping { range, keys, patterns, rest } = node;
        let keys = self.fold(keys)?;
        let patterns = self.fold(patterns)?;
        Ok(ast::PatternMatchMapping { range, keys, patterns, rest: rest.map(|n| self.ident(n)) })
    }

    fn fold_alias(&mut self, node: ast::Alias) -> Result<ast::Alias, Never> {
        let ast::Alias { range, name, asname } = node;
        let asname = match asname {
            Some(a) => Some(self.ident(a)),
            None => mangle(self.class.as_deref(), name.as_str()).map(Identifier::new),
        };
        Ok(ast::Alias { range, name, asname })
    }
}
