//! The `match` statement: structural pattern matching compiled to bytecode
//! with CPython 3.11's stack discipline.
//!
//! A pattern runs with its subject on top of the stack and consumes it. Values
//! a pattern captures stay on the stack, below whatever the enclosing patterns
//! still need, until the whole pattern has matched; only then are the names
//! bound (so a failed case binds nothing). A failing test jumps to a label that
//! pops what is on the stack at that point ([`PatternCtx::fail_pop`]: label `n`
//! pops `n` values) before the next case runs. The runtime tests are the
//! opcodes `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS` and
//! `GET_LEN` (see `vm::matching`).

use rustpython_parser::ast::{self, Constant, Expr, Pattern, Ranged};

use super::{Compiler, Label};
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::compiler::CompileError;
use crate::runtime::str::intern;
use crate::runtime::value::Value;

/// The state of one case's pattern while it is compiled.
struct PatternCtx {
    /// Names captured so far; their values are on the stack, `stores[0]`
    /// topmost (below the `on_top` values).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (a guarded or last case,
    /// the last alternative of such an or-pattern, any sub-pattern).
    allow_irrefutable: bool,
    /// `fail_pop[n]`: where a failing test jumps with `n` values to pop.
    fail_pop: Vec<Label>,
    /// Values above the captures that the enclosing patterns still need.
    on_top: usize,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> PatternCtx {
        PatternCtx { stores: Vec::new(), allow_irrefutable, fail_pop: Vec::new(), on_top: 0 }
    }
}

/// True for `_` (a wildcard: matches anything, binds nothing).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// True for `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> Result<(), CompileError> {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        // A trailing `case _:` (after other cases) needs no copy of the subject.
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        let tested = cases - has_default as usize;
        for (i, case) in m.cases[..tested].iter().enumerate() {
            self.set_line(&case.pattern);
            let last = i + 1 == tested;
            // Every case but the last tested one works on a copy of the subject.
            if !last {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == cases);
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: bind the captured names (their values are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            if !last {
                self.set_line(&case.pattern);
                self.emit(Op::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.jump(Op::Jump, end);
            // The cleanup of a failed test belongs to the pattern's line.
            self.set_line(&case.pattern);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_line(&case.pattern);
            self.emit(Op::Nop, 0);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.stmts(&case.body)?;
        }
        self.place(end);
        Ok(())
    }

    /// The label a failing test jumps to when `pops` values are to be popped.
    fn fail_label(&mut self, pc: &mut PatternCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[pops]
    }

    /// Jumps (with `op`) to the failure label for what is on the stack now.
    fn jump_to_fail(&mut self, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        let l = self.fail_label(pc, pops);
        self.jump(op, l);
    }

    /// Places the failure labels, each popping one value more than the next.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else { return };
        for l in rest.iter().rev() {
            self.place(*l);
            self.emit(Op::PopTop, 0);
        }
        self.place(*first);
    }

    /// Moves the top of the stack `depth` values down (the others keep their order).
    fn rotate(&mut self, depth: usize) {
        for d in (2..=depth).rev() {
            self.emit(Op::Swap, d as u32);
        }
    }

    /// A syntax error marked under the pattern.
    fn pattern_error(&self, msg: String, p: &impl Ranged) -> CompileError {
        CompileError::syntax_range(msg, p.start().to_u32(), p.end().to_u32()).after_parse()
    }

    /// Captures the subject on top of the stack as `name` (or drops it for `_`).
    fn capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternCtx, p: &Pattern) -> Result<(), CompileError> {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return Err(self.pattern_error("cannot assign to __debug__".into(), p));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.pattern_error(format!("multiple assignments to name '{}' in pattern", name), p));
        }
        // Below the values the enclosing patterns need and the earlier captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_owned());
        Ok(())
    }

    /// A pattern nested in another: irrefutable ones are always allowed.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> Result<(), CompileError> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    /// Compiles pattern `p` for the subject on top of the stack. Its position
    /// stays current after it (CPython restores positions after expressions,
    /// not after patterns).
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> Result<(), CompileError> {
        self.set_line(p);
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.set_line(p);
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                let v = match &s.value {
                    Constant::Bool(b) => Value::bool(*b),
                    _ => Value::None,
                };
                self.load_const(v);
                self.emit(Op::IsOp, 0);
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.as_str()),
                            None => "wildcard makes remaining patterns unreachable".to_owned(),
                        };
                        return Err(self.pattern_error(msg, p));
                    }
                    self.capture(a.name.as_ref(), pc, p)?;
                }
                Some(inner) => {
                    // A copy to capture once the inner pattern matched.
                    pc.on_top += 1;
                    self.emit(Op::Copy, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.capture(a.name.as_ref(), pc, p)?;
                }
            },
            Pattern::MatchStar(_) => return Err(self.pattern_error("can't use starred name here".into(), p)),
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, pc, p)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc, p)?,
            Pattern::MatchClass(c) => self.class_pattern(c, pc, p)?,
            Pattern::MatchOr(o) => self.or_pattern(&o.patterns, pc, p)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, patterns: &'a [Pattern], pc: &mut PatternCtx, p: &Pattern) -> Result<(), CompileError> {
        let size = patterns.len();
        let mut star = None;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.pattern_error("multiple starred names in sequence pattern".into(), sub));
                }
                star = Some(i);
            }
        }
        let only_wildcards = patterns.iter().all(|s| is_wildcard(s) || is_star_wildcard(s));
        let star_wildcard = star.is_some_and(|i| is_star_wildcard(&patterns[i]));
        // The subject stays on top for the type and length tests.
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Op::GetLen, 0);
                self.load_const(Value::Int(size as i64));
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GetLen, 0);
                self.load_const(Value::Int(size as i64 - 1));
                self.emit(Op::CompareOp, CmpOp::Ge as u32);
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcards {
            self.emit(Op::PopTop, 0);
        } else if star_wildcard {
            self.sequence_by_index(patterns, star.unwrap_or(size), pc)?;
        } else {
            self.sequence_by_unpacking(patterns, star, pc, p)?;
        }
        Ok(())
    }

    /// Unpacks the subject and matches each item (a starred sub-pattern gets a list).
    fn sequence_by_unpacking(&mut self, patterns: &'a [Pattern], star: Option<usize>, pc: &mut PatternCtx, p: &Pattern) -> Result<(), CompileError> {
        let size = patterns.len();
        match star {
            None => {
                self.emit(Op::UnpackSequence, size as u32);
            }
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= 256 {
                    return Err(self.pattern_error("too many expressions in star-unpacking sequence pattern".into(), p));
                }
                self.emit(Op::UnpackEx, (i | after << 8) as u32);
            }
        }
        pc.on_top += size;
        for sub in patterns {
            pc.on_top -= 1;
            let sub = match sub {
                Pattern::MatchStar(_) => {
                    // The list of the starred items: captured like a name.
                    let Pattern::MatchStar(s) = sub else { unreachable!() };
                    self.set_line(sub);
                    self.capture(s.name.as_ref(), pc, sub)?;
                    continue;
                }
                other => other,
            };
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// Matches the items of a sequence pattern with a `*_` by subscripting the
    /// subject (no list is built for the starred part).
    fn sequence_by_index(&mut self, patterns: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> Result<(), CompileError> {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, sub) in patterns.iter().enumerate() {
            if is_wildcard(sub) || i == star {
                continue;
            }
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_const(Value::Int(i as i64));
            } else {
                // A non-negative index: the subject may not take negative ones.
                self.emit(Op::GetLen, 0);
                self.load_const(Value::Int((size - i) as i64));
                self.emit(Op::BinaryOp, BinOp::Sub as u32);
            }
            self.emit(Op::BinarySubscr, 0);
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx, p: &Pattern) -> Result<(), CompileError> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.pattern_error("keys and patterns of a mapping pattern differ in number".into(), p));
        }
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.load_const(Value::Int(size as i64));
            self.emit(Op::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail(pc, Op::PopJumpIfFalse);
        }
        // The keys: literals (checked for duplicates here) or dotted names.
        let mut seen: Vec<&Constant> = Vec::new();
        for key in &m.keys {
            match key {
                Expr::Constant(c) => {
                    if seen.iter().any(|s| constant_key_eq(s, &c.value)) {
                        let shown = constant_repr(&c.value);
                        return Err(self.pattern_error(format!("mapping pattern checks duplicate key ({})", shown), p));
                    }
                    seen.push(&c.value);
                }
                Expr::Attribute(_) => {}
                // A negative number or complex literal folds to a constant.
                Expr::UnaryOp(_) | Expr::BinOp(_) => {}
                _ => return Err(self.pattern_error("mapping pattern keys may only match literals and attribute lookups".into(), key)),
            }
            self.expr(key)?;
        }
        self.set_line(p);
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        // The keys and the values (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.load_const(Value::None);
        self.emit(Op::IsOp, 1);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        // Matched: the keys tuple and the subject are consumed from here on.
        // (What follows keeps the last sub-pattern's position, as in CPython.)
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject), without the matched keys.
                self.emit(Op::BuildMap, 0);
                self.emit(Op::Swap, 3);
                self.emit(Op::DictUpdate, 2);
                self.emit(Op::UnpackSequence, size as u32);
                for left in (1..=size).rev() {
                    self.emit(Op::Copy, 1 + left as u32);
                    self.emit(Op::Swap, 2);
                    self.emit(Op::DeleteSubscr, 0);
                }
                self.capture(Some(rest), pc, p)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx, p: &Pattern) -> Result<(), CompileError> {
        let nargs = c.patterns.len();
        let nattrs = c.kwd_attrs.len();
        if nattrs != c.kwd_patterns.len() {
            return Err(self.pattern_error("keyword names and patterns of a class pattern differ in number".into(), p));
        }
        for (i, attr) in c.kwd_attrs.iter().enumerate() {
            if attr.as_str() == "__debug__" {
                return Err(self.pattern_error("cannot assign to __debug__".into(), &c.kwd_patterns[i]));
            }
            if c.kwd_attrs[..i].iter().any(|a| a.as_str() == attr.as_str()) {
                return Err(self.pattern_error(format!("attribute name repeated in class pattern: {}", attr.as_str()), &c.kwd_patterns[i]));
            }
        }
        self.expr(&c.cls)?;
        self.set_line(p);
        let names = c.kwd_attrs.iter().map(|a| Value::Str(intern(a.as_str()))).collect();
        self.load_const(Value::tuple(names));
        self.emit(Op::MatchClass, nargs as u32);
        // A tuple of the attributes, or None.
        self.emit(Op::Copy, 1);
        self.load_const(Value::None);
        self.emit(Op::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in c.patterns.iter().chain(c.kwd_patterns.iter()) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: each alternative runs on a copy of the subject with
    /// captures of its own; all must capture the same names, which end up in
    /// the first alternative's order.
    fn or_pattern(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx, p: &Pattern) -> Result<(), CompileError> {
        let end = self.new_label();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_line(alt);
            let mut sub = PatternCtx::new(i + 1 == alts.len() && pc.allow_irrefutable);
            self.emit(Op::Copy, 1);
            self.pattern(alt, &mut sub)?;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(names) => {
                    let same = names.len() == sub.stores.len() && names.iter().all(|n| sub.stores.contains(n));
                    if !same {
                        // Marked, as CPython marks it, under the last pattern compiled.
                        let (start, end) = self.units.last().map_or((0, 0), |u| u.span);
                        return Err(CompileError::syntax_range("alternative patterns bind different names".into(), start, end).after_parse());
                    }
                    self.reorder_captures(&mut sub.stores, names);
                }
            }
            self.jump(Op::Jump, end);
            self.emit_fail_pops(&mut sub);
        }
        // No alternative matched: drop the subject and fail.
        self.set_line(p);
        self.emit(Op::PopTop, 0);
        self.jump_to_fail(pc, Op::Jump);
        self.place(end);
        // The captures sit on the subject: move each below everything the
        // enclosing patterns keep.
        let names = control.unwrap_or_default();
        let depth = names.len() + 1 + pc.on_top + pc.stores.len();
        for name in names {
            self.rotate(depth);
            if pc.stores.contains(&name) {
                return Err(self.pattern_error(format!("multiple assignments to name '{}' in pattern", name), p));
            }
            pc.stores.push(name);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// Reorders the captured values on top of the stack (`stores[0]` topmost)
    /// into the order of `target`, with swaps.
    fn reorder_captures(&mut self, stores: &mut [String], target: &[String]) {
        let n = target.len();
        // Fix the positions from the deepest up: position `d` (1 = top) holds target[d - 1].
        for depth in (2..=n).rev() {
            let want = &target[depth - 1];
            let at = stores.iter().position(|s| s == want).map(|i| i + 1).unwrap_or(depth);
            if at == depth {
                continue;
            }
            if at != 1 {
                self.emit(Op::Swap, at as u32);
                stores.swap(0, at - 1);
            }
            self.emit(Op::Swap, depth as u32);
            stores.swap(0, depth - 1);
        }
    }
}

/// Whether two literal mapping-pattern keys are the same key.
fn constant_key_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Float(x), Constant::Float(y)) => x == y,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Bool(y)) | (Constant::Bool(y), Constant::Int(x)) => *x == num_bigint::BigInt::from(*y as u8),
        (Constant::None, Constant::None) => true,
        _ => false,
    }
}

/// The repr CPython's error message shows for a duplicate literal key.
fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::Str(s) => crate::runtime::str::repr_str(s),
        Constant::Int(i) => i.to_string(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        Constant::None => "None".to_owned(),
        Constant::Float(f) => crate::runtime::numfmt::float_repr(*f),
        Constant::Bytes(b) => crate::vm::bytes::bytes_repr(b),
        _ => "...".to_owned(),
    }
}
