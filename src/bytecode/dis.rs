//! The disassembler (`--dis` and the `dis` module), derived from the opcode table.

use std::fmt::Write;

use super::{ArgKind, BinOp, CmpOp, Code, UnaryOp};
use crate::runtime::numfmt::float_repr;
use crate::runtime::str::repr_str;
use crate::runtime::value::{B64, Value};

/// A constant's repr as `dis` shows it (no Python code runs).
pub fn const_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(B64::TRUE) => "True".into(),
        Value::Bool(B64::FALSE) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(f.get()),
        Value::Str(s) => repr_str(s.as_str()),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::Code(c) => format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name.as_str(), std::rc::Rc::as_ptr(c) as usize, c.filename, c.firstlineno),
        _ => "<object>".into(),
    }
}

/// Renders the argument of instruction `pc` for humans.
fn arg_repr(code: &Code, pc: usize) -> String {
    let ins = code.instr(pc);
    let a = ins.arg as usize;
    match ins.op.arg_kind() {
        ArgKind::None | ArgKind::Count => String::new(),
        ArgKind::Const => code.consts.get(a).map(const_repr).unwrap_or_default(),
        ArgKind::Local => code.varnames.get(a).map(|n| n.as_str().to_owned()).unwrap_or_default(),
        ArgKind::Name => code.names.get(a).map(|n| n.as_str().to_owned()).unwrap_or_default(),
        ArgKind::Cell => {
            if a < code.cellvars.len() + code.freevars.len() {
                code.cell_name(a).as_str().to_owned()
            } else {
                String::new()
            }
        }
        ArgKind::Jump => format!("to {}", a),
        ArgKind::BinOp => {
            let (op, inplace) = BinOp::decode(ins.arg);
            if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_owned() }
        }
        ArgKind::CmpOp => CmpOp::ALL.get(a).map(|c| c.symbol().to_owned()).unwrap_or_default(),
        ArgKind::UnaryOp => match UnaryOp::ALL.get(a) {
            Some(UnaryOp::Neg) => "-".into(),
            Some(UnaryOp::Pos) => "+".into(),
            Some(UnaryOp::Invert) => "~".into(),
            Some(UnaryOp::Not) => "not".into(),
            None => String::new(),
        },
    }
}

/// Disassembles one code object (not its nested code objects). With
/// `adaptive`, instructions are shown as the adaptive tier rewrote them
/// (specialized forms, superinstructions); without, as compiled.
pub fn disassemble_one(code: &Code, adaptive: bool, out: &mut String) {
    let mut last_line = 0;
    let targets: std::collections::HashSet<u32> = (0..code.len())
        .filter(|&pc| code.instr(pc).op.arg_kind() == ArgKind::Jump)
        .map(|pc| code.instr(pc).arg)
        .chain(code.exc_table.iter().map(|e| e.handler))
        .collect();
    for pc in 0..code.len() {
        let mut ins = code.instr(pc);
        if !adaptive {
            ins.op = ins.op.base_form();
        }
        let line = code.line_at(pc);
        if line != last_line {
            if pc > 0 {
                out.push('\n');
            }
            let _ = write!(out, "{:>4}", line);
            last_line = line;
        } else {
            out.push_str("    ");
        }
        let marker = if targets.contains(&(pc as u32)) { ">>" } else { "  " };
        let name = super::op_name(ins.op);
        let has_arg = ins.op.arg_kind() != ArgKind::None;
        if has_arg {
            let r = arg_repr(code, pc);
            let _ = write!(out, "     {} {:>4} {:<24}{:>4}", marker, pc, name, ins.arg);
            if !r.is_empty() {
                let _ = write!(out, " ({})", r);
            }
        } else {
            let _ = write!(out, "     {} {:>4} {}", marker, pc, name);
        }
        out.push('\n');
    }
    if !code.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in code.exc_table.iter() {
            let _ = writeln!(out, "  {} to {} -> {} [{}]", e.start, e.end, e.handler, e.depth);
        }
    }
}

/// Disassembles a code object and, recursively, the code objects in its constants.
pub fn disassemble(code: &Code, adaptive: bool, out: &mut String) {
    disassemble_one(code, adaptive, out);
    for c in code.consts.iter() {
        if let Value::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", const_repr(c));
            disassemble(inner, adaptive, out);
        }
    }
}
