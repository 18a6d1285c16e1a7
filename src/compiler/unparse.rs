//! Expressions back to source text, as CPython's compiler writes them for
//! `from __future__ import annotations` (each annotation becomes the string of
//! its expression: `List[ int ]` is stored as `'List[int]'`). The spelling
//! follows CPython's: operators spaced, minimal parentheses by precedence,
//! constants by their `repr`.

use rustpython_parser::ast::{self, Constant, Expr};

/// Binding strengths, weakest first (CPython's unparser levels).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next stronger level.
    fn up(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The text of an annotation expression.
pub fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

fn wrap(out: &mut String, open: bool, s: &str) {
    if open {
        out.push_str(s);
    }
}

fn join<T>(out: &mut String, items: &[T], mut each: impl FnMut(&mut String, &T)) {
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        each(out, it);
    }
}

fn binop(op: ast::Operator) -> (&'static str, Prec) {
    use ast::Operator::*;
    match op {
        Add => ("+", Prec::Arith),
        Sub => ("-", Prec::Arith),
        Mult => ("*", Prec::Term),
        MatMult => ("@", Prec::Term),
        Div => ("/", Prec::Term),
        Mod => ("%", Prec::Term),
        FloorDiv => ("//", Prec::Term),
        LShift => ("<<", Prec::Shift),
        RShift => (">>", Prec::Shift),
        BitOr => ("|", Prec::BitOr),
        BitXor => ("^", Prec::BitXor),
        BitAnd => ("&", Prec::BitAnd),
        Pow => ("**", Prec::Power),
    }
}

fn cmpop(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "==",
        NotEq => "!=",
        Lt => "<",
        LtE => "<=",
        Gt => ">",
        GtE => ">=",
        Is => "is",
        IsNot => "is not",
        In => "in",
        NotIn => "not in",
    }
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    match e {
        Expr::BoolOp(b) => {
            let (op, p) = match b.op {
                ast::BoolOp::And => (" and ", Prec::And),
                ast::BoolOp::Or => (" or ", Prec::Or),
            };
            wrap(out, level > p, "(");
            for (i, v) in b.values.iter().enumerate() {
                if i > 0 {
                    out.push_str(op);
                }
                expr(out, v, p.up());
            }
            wrap(out, level > p, ")");
        }
        Expr::NamedExpr(n) => {
            wrap(out, level > Prec::Tuple, "(");
            expr(out, &n.target, Prec::Atom);
            out.push_str(" := ");
            expr(out, &n.value, Prec::Atom);
            wrap(out, level > Prec::Tuple, ")");
        }
        Expr::BinOp(b) => {
            let (op, p) = binop(b.op);
            // `**` groups to the right, the others to the left.
            let (lp, rp) = if p == Prec::Power { (p.up(), p) } else { (p, p.up()) };
            wrap(out, level > p, "(");
            expr(out, &b.left, lp);
            out.push(' ');
            out.push_str(op);
            out.push(' ');
            expr(out, &b.right, rp);
            wrap(out, level > p, ")");
        }
        Expr::UnaryOp(u) => {
            let (op, p) = match u.op {
                ast::UnaryOp::Not => ("not ", Prec::Not),
                ast::UnaryOp::Invert => ("~", Prec::Factor),
                ast::UnaryOp::UAdd => ("+", Prec::Factor),
                ast::UnaryOp::USub => ("-", Prec::Factor),
            };
            wrap(out, level > p, "(");
            out.push_str(op);
            expr(out, &u.operand, p);
            wrap(out, level > p, ")");
        }
        Expr::Lambda(l) => {
            wrap(out, level > Prec::Test, "(");
            out.push_str("lambda");
            let mut params = String::new();
            arguments(&mut params, &l.args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, &l.body, Prec::Test);
            wrap(out, level > Prec::Test, ")");
        }
        Expr::IfExp(i) => {
            wrap(out, level > Prec::Test, "(");
            expr(out, &i.body, Prec::Test.up());
            out.push_str(" if ");
            expr(out, &i.test, Prec::Test.up());
            out.push_str(" else ");
            expr(out, &i.orelse, Prec::Test);
            wrap(out, level > Prec::Test, ")");
        }
        Expr::Dict(d) => {
            out.push('{');
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => {
            out.push('{');
            join(out, &s.elts, |o, x| expr(o, x, Prec::Test));
            out.push('}');
        }
        Expr::List(l) => {
            out.push('[');
            join(out, &l.elts, |o, x| expr(o, x, Prec::Test));
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
                return;
            }
            wrap(out, level > Prec::Tuple, "(");
            join(out, &t.elts, |o, x| expr(o, x, Prec::Test));
            if t.elts.len() == 1 {
                out.push(',');
            }
            wrap(out, level > Prec::Tuple, ")");
        }
        Expr::ListComp(c) => comprehension(out, "[", &c.elt, None, &c.generators, "]"),
        Expr::SetComp(c) => comprehension(out, "{", &c.elt, None, &c.generators, "}"),
        Expr::GeneratorExp(c) => comprehension(out, "(", &c.elt, None, &c.generators, ")"),
        Expr::DictComp(c) => comprehension(out, "{", &c.key, Some(&c.value), &c.generators, "}"),
        Expr::Await(a) => {
            wrap(out, level > Prec::Await, "(");
            out.push_str("await ");
            expr(out, &a.value, Prec::Atom);
            wrap(out, level > Prec::Await, ")");
        }
        Expr::Yield(y) => {
            out.push_str("(yield");
            if let Some(v) = &y.value {
                out.push(' ');
                expr(out, v, Prec::Test);
            }
            out.push(')');
        }
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            expr(out, &y.value, Prec::Test);
            out.push(')');
        }
        Expr::Compare(c) => {
            wrap(out, level > Prec::Cmp, "(");
            expr(out, &c.left, Prec::Cmp.up());
            for (op, right) in c.ops.iter().zip(&c.comparators) {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                expr(out, right, Prec::Cmp.up());
            }
            wrap(out, level > Prec::Cmp, ")");
        }
        Expr::Call(c) => {
            expr(out, &c.func, Prec::Atom);
            // A lone generator argument keeps only its own parentheses.
            if c.args.len() == 1 && c.keywords.is_empty() {
                if let Expr::GeneratorExp(_) = &c.args[0] {
                    expr(out, &c.args[0], Prec::Test);
                    return;
                }
            }
            out.push('(');
            join(out, &c.args, |o, x| expr(o, x, Prec::Test));
            for (i, k) in c.keywords.iter().enumerate() {
                if i > 0 || !c.args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => {
            let mut body = String::new();
            fstring_part(&mut body, e, false);
            out.push('f');
            out.push_str(&crate::runtime::str::repr_str(&body));
        }
        Expr::Constant(c) => {
            if c.kind.as_deref() == Some("u") {
                out.push('u');
            }
            constant(out, &c.value);
        }
        Expr::Attribute(a) => {
            expr(out, &a.value, Prec::Atom);
            // `1 .real`: a plain int literal needs a space before the dot.
            let int_literal = matches!(&*a.value, Expr::Constant(c) if matches!(c.value, Constant::Int(_)));
            out.push_str(if int_literal { " ." } else { "." });
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            expr(out, &s.value, Prec::Atom);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    join(out, &t.elts, |o, x| expr(o, x, Prec::Test));
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => expr(out, other, Prec::Tuple),
            }
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(out, &s.value, Prec::BitOr);
        }
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                expr(out, u, Prec::Test);
            }
            if let Some(st) = &s.step {
                out.push(':');
                expr(out, st, Prec::Test);
            }
        }
    }
}

fn comprehension(out: &mut String, open: &str, elt: &Expr, value: Option<&Expr>, gens: &[ast::Comprehension], close: &str) {
    out.push_str(open);
    expr(out, elt, Prec::Test);
    if let Some(v) = value {
        out.push_str(": ");
        expr(out, v, Prec::Test);
    }
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.up());
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Prec::Test.up());
        }
    }
    out.push_str(close);
}

/// A lambda's parameter list (no annotations: lambdas have none).
fn arguments(out: &mut String, args: &ast::Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let param = |out: &mut String, a: &ast::ArgWithDefault| {
        out.push_str(a.def.arg.as_str());
        if let Some(d) = &a.default {
            out.push('=');
            expr(out, d, Prec::Test);
        }
    };
    for a in &args.posonlyargs {
        sep(out);
        param(out, a);
    }
    if !args.posonlyargs.is_empty() {
        sep(out);
        out.push('/');
    }
    for a in &args.args {
        sep(out);
        param(out, a);
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &args.vararg {
            out.push_str(v.arg.as_str());
        }
    }
    for a in &args.kwonlyargs {
        sep(out);
        param(out, a);
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(k.arg.as_str());
    }
}

/// The body of an f-string: literal text with braces doubled, replacement
/// fields rebuilt; a format spec is written without its own `f` and quotes.
fn fstring_part(out: &mut String, e: &Expr, in_spec: bool) {
    match e {
        Expr::Constant(c) => {
            if let Constant::Str(s) = &c.value {
                out.push_str(&s.replace('{', "{{").replace('}', "}}"));
            }
        }
        Expr::JoinedStr(j) => {
            for v in &j.values {
                fstring_part(out, v, in_spec);
            }
        }
        Expr::FormattedValue(f) => {
            let mut inner = String::new();
            expr(&mut inner, &f.value, Prec::Test.up());
            out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
            out.push_str(&inner);
            if let Some(c) = f.conversion.to_byte() {
                out.push('!');
                out.push(c as char);
            }
            if let Some(spec) = &f.format_spec {
                out.push(':');
                fstring_part(out, spec, true);
            }
            out.push('}');
        }
        other => expr(out, other, Prec::Test),
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Str(s) => out.push_str(&crate::runtime::str::repr_str(s)),
        Constant::Bytes(b) => out.push_str(&crate::vm::bytes::bytes_repr(b)),
        Constant::Int(i) => out.push_str(&i.to_string()),
        // An infinite literal (`1e999`) is written as one that overflows again.
        Constant::Float(f) => out.push_str(&crate::runtime::numfmt::float_repr(*f).replace("inf", "1e309")),
        Constant::Complex { real, imag } => out.push_str(&crate::vm::complex::complex_repr(*real, *imag).replace("inf", "1e309")),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(out, it);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
    }
}
