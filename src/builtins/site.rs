//! The names CPython's `site` module adds to the builtins: `exit`/`quit`
//! (`_sitebuiltins.Quitter`), `copyright`, `credits`, `license`
//! (`_sitebuiltins._Printer`) and `help` (`_sitebuiltins._Helper`), with
//! CPython's reprs. The texts are quicken's own.

use std::rc::Rc;

use super::{add_method, check_count, no_kwargs, set};
use crate::modules::native::{native_class_with, new_native_instance, payload};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

/// `exit` / `quit`: the name shown in the repr.
struct Quitter {
    name: &'static str,
}

/// `copyright` / `credits` / `license`: a text shown by repr when short,
/// printed when called.
struct Printer {
    name: &'static str,
    text: &'static str,
}

/// CPython's `_Printer.MAXLINES`: longer texts have a repr that says how to
/// see them.
const MAXLINES: usize = 23;

const COPYRIGHT: &str = "Copyright (c) 2026 The quicken authors.\nAll Rights Reserved.";

const CREDITS: &str = "quicken is a Python interpreter written in Rust by the quicken authors.\n\
Its parser is rustpython-parser, by the RustPython project; its integers\n\
are num-bigint, by the rust-num project; and it runs Python as CPython 3.11,\n\
by the Python Software Foundation and the Python community, defines it.";

const LICENSE: &str = "quicken license\n\
===============\n\
\n\
quicken is distributed under the MIT license, reproduced below. It is a\n\
separate program from CPython: it implements the Python language as\n\
CPython 3.11 defines it but contains none of CPython's code, so Python's\n\
own license (the PSF License Agreement) does not apply to it.\n\
\n\
quicken is built with third-party Rust crates (rustpython-parser,\n\
num-bigint, num-traits, num-integer, clap, rustyline, mimalloc), each\n\
under its own MIT or MIT/Apache-2.0 license.\n\
\n\
MIT License\n\
\n\
Copyright (c) 2026 The quicken authors\n\
\n\
Permission is hereby granted, free of charge, to any person obtaining a copy\n\
of this software and associated documentation files (the \"Software\"), to deal\n\
in the Software without restriction, including without limitation the rights\n\
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n\
copies of the Software, and to permit persons to whom the Software is\n\
furnished to do so, subject to the following conditions:\n\
\n\
The above copyright notice and this permission notice shall be included in all\n\
copies or substantial portions of the Software.\n\
\n\
THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n\
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n\
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n\
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n\
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n\
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n\
SOFTWARE.";

/// Adds `exit`, `quit`, `copyright`, `credits`, `license` and `help` to the
/// builtins namespace `ns`.
pub fn register(ns: &PyDict) {
    let quitter = native_class_with("_sitebuiltins.Quitter", NativeKind::Any);
    let printer = native_class_with("_sitebuiltins._Printer", NativeKind::Any);
    let helper = native_class_with("_sitebuiltins._Helper", NativeKind::Any);
    if quitter.dict.get_str(&static_name("__call__")).is_none() {
        add_method(quitter, "__repr__", quitter_repr);
        add_method(quitter, "__call__", quitter_call);
        add_method(printer, "__repr__", printer_repr);
        add_method(printer, "__call__", printer_call);
        add_method(helper, "__repr__", helper_repr);
        add_method(helper, "__call__", helper_call);
    }
    for name in ["exit", "quit"] {
        set(ns, name, new_native_instance(quitter, Box::new(Quitter { name })));
    }
    for (name, text) in [("copyright", COPYRIGHT), ("credits", CREDITS), ("license", LICENSE)] {
        set(ns, name, new_native_instance(printer, Box::new(Printer { name, text })));
    }
    set(ns, "help", new_native_instance(helper, Box::new(())));
}

fn quitter_repr(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let q = payload::<Quitter>(&args[0]).ok_or_else(|| type_error("Quitter.__repr__ needs a Quitter"))?;
    Ok(Value::string(format!("Use {}() or Ctrl-D (i.e. EOF) to exit", q.name)))
}

/// `exit(code=None)`: raises `SystemExit(code)`.
fn quitter_call(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = crate::modules::native::bind("__call__", &args[1..], kwargs, &["code"], 0, 1)?;
    Err(PyErr::with_args(&types().system_exit, vec![a[0].clone().unwrap_or(Value::None)]))
}

fn printer_of(v: &Value) -> PyResult<&Printer> {
    payload::<Printer>(v).ok_or_else(|| type_error("_Printer method needs a _Printer"))
}

fn printer_repr(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let p = printer_of(&args[0])?;
    Ok(Value::string(if p.text.lines().count() <= MAXLINES {
        p.text.to_owned()
    } else {
        format!("Type {}() to see the full {} text", p.name, p.name)
    }))
}

/// `license()`: prints the whole text (CPython pages it on a terminal).
fn printer_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("__call__", kwargs)?;
    check_count("__call__", &args[1..], 0, 0)?;
    let text = printer_of(&args[0])?.text;
    print(vm, text)?;
    Ok(Value::None)
}

fn helper_repr(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::str("Type help() for interactive help, or help(object) for help about object."))
}

/// `help()` / `help(object)`.
fn helper_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = crate::modules::native::bind("__call__", &args[1..], kwargs, &["request"], 0, 1)?;
    let text = match &a[0] {
        None => "quicken has no interactive help utility; use help(object) for help about object.".to_owned(),
        Some(Value::Str(topic)) => match lookup_topic(vm, topic.as_str()) {
            Some(obj) => help_text(vm, &obj)?,
            None => format!(
                "No Python documentation found for {}.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.",
                vm.repr(&Value::Str(topic.clone()))?
            ),
        },
        Some(obj) => help_text(vm, obj)?,
    };
    print(vm, &text)?;
    Ok(Value::None)
}

/// What `help("name")` documents: a builtin, or a module already imported.
fn lookup_topic(vm: &mut Vm, topic: &str) -> Option<Value> {
    if let Some(v) = vm.builtins.get_str(&intern(topic)) {
        return Some(v);
    }
    let sys = vm.import_module("sys").ok()?;
    let modules = vm.get_attr(&sys, &intern("modules")).ok()?;
    match modules {
        Value::Dict(d) => d.get_str(&intern(topic)),
        _ => None,
    }
}

fn print(vm: &mut Vm, text: &str) -> PyResult<()> {
    let print = vm.builtins.get_str(&intern("print")).ok_or_else(|| runtime_error("lost builtins.print"))?;
    vm.call_value(&print, &[Value::str(text)], &[])?;
    Ok(())
}

/// The doc string of a value, if it has one.
fn doc_of(vm: &mut Vm, v: &Value) -> Option<String> {
    match vm.get_attr(v, &intern("__doc__")) {
        Ok(Value::Str(s)) => Some(s.as_str().to_owned()),
        _ => None,
    }
}

/// `prefix` before every line of `doc`, cleaned as `inspect.cleandoc` does
/// (the common indentation of the lines after the first removed).
fn indent(doc: &str, prefix: &str) -> String {
    let lines: Vec<&str> = doc.lines().collect();
    let margin = lines.iter().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let mut cleaned: Vec<&str> = lines.iter().enumerate().map(|(i, l)| if i == 0 { l.trim() } else { l.get(margin..).unwrap_or("").trim_end() }).collect();
    while cleaned.first().is_some_and(|l| l.is_empty()) {
        cleaned.remove(0);
    }
    while cleaned.last().is_some_and(|l| l.is_empty()) {
        cleaned.pop();
    }
    cleaned.iter().map(|l| format!("{}{}\n", prefix, l)).collect()
}

/// `name(a, b=1, *args, c, **kw)` for a Python function; `name(...)` else.
fn signature(vm: &mut Vm, f: &Value, name: &str) -> PyResult<String> {
    let Value::Function(func) = f else { return Ok(format!("{}(...)", name)) };
    let code = &func.code;
    let vars = &code.varnames;
    let (npos, nkw) = (code.argcount as usize, code.kwonlyargcount as usize);
    let defaults = func.defaults.borrow().clone();
    let kwdefaults = func.kwdefaults.borrow().clone();
    let mut parts: Vec<String> = Vec::new();
    for (i, p) in vars.iter().take(npos).enumerate() {
        let first_default = npos.saturating_sub(defaults.len());
        parts.push(match i.checked_sub(first_default).and_then(|d| defaults.get(d)) {
            Some(d) => format!("{}={}", p.as_str(), vm.repr(d)?),
            None => p.as_str().to_owned(),
        });
        if i + 1 == code.posonlyargcount as usize {
            parts.push("/".into());
        }
    }
    let mut next = npos + nkw;
    if code.flags & crate::bytecode::flags::VARARGS != 0 {
        parts.push(format!("*{}", vars.get(next).map(|n| n.as_str()).unwrap_or("args")));
        next += 1;
    } else if nkw > 0 {
        parts.push("*".into());
    }
    for p in vars.iter().skip(npos).take(nkw) {
        parts.push(match kwdefaults.iter().find(|(k, _)| k.as_str() == p.as_str()) {
            Some((_, d)) => format!("{}={}", p.as_str(), vm.repr(d)?),
            None => p.as_str().to_owned(),
        });
    }
    if code.flags & crate::bytecode::flags::VARKEYWORDS != 0 {
        parts.push(format!("**{}", vars.get(next).map(|n| n.as_str()).unwrap_or("kwargs")));
    }
    Ok(format!("{}({})", name, parts.join(", ")))
}

/// The module name a function or class says it comes from.
fn module_of(vm: &mut Vm, v: &Value) -> String {
    match vm.get_attr(v, &intern("__module__")) {
        Ok(Value::Str(m)) => m.as_str().to_owned(),
        _ => "builtins".into(),
    }
}

/// A short pydoc-like page about `obj`.
fn help_text(vm: &mut Vm, obj: &Value) -> PyResult<String> {
    let name_of = |vm: &mut Vm, v: &Value| match vm.get_attr(v, &intern("__name__")) {
        Ok(Value::Str(s)) => s.as_str().to_owned(),
        _ => "?".to_owned(),
    };
    let mut out = String::new();
    match obj {
        Value::Function(_) => {
            let name = name_of(vm, obj);
            let module = module_of(vm, obj);
            out.push_str(&format!("Help on function {} in module {}:\n\n{}\n", name, module, signature(vm, obj, &name)?));
            if let Some(doc) = doc_of(vm, obj) {
                out.push_str(&indent(&doc, "    "));
            }
        }
        Value::Builtin(b) => {
            out.push_str(&format!("Help on built-in function {} in module builtins:\n\n{}(...)\n", b.name, b.name));
        }
        Value::BoundMethod(m) => {
            let func = m.func.clone();
            let name = name_of(vm, &func);
            let owner = vm.type_of(&m.receiver).name.as_str().to_owned();
            out.push_str(&format!("Help on method {} of {} object:\n\n{}\n", name, owner, signature(vm, &func, &name)?));
            if let Some(doc) = doc_of(vm, &func) {
                out.push_str(&indent(&doc, "    "));
            }
        }
        Value::Module(m) => {
            out.push_str(&format!("Help on module {}:\n\nNAME\n    {}\n", m.name, m.name));
            if let Some(doc) = doc_of(vm, obj) {
                out.push_str(&format!("\nDESCRIPTION\n{}", indent(&doc, "    ")));
            }
            let mut names: Vec<(String, Value)> = m
                .dict
                .items()
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Value::Str(s) if !s.as_str().starts_with('_') => Some((s.as_str().to_owned(), v)),
                    _ => None,
                })
                .collect();
            names.sort_by(|a, b| a.0.cmp(&b.0));
            let classes: Vec<&(String, Value)> = names.iter().filter(|(_, v)| matches!(v, Value::Class(_))).collect();
            if !classes.is_empty() {
                out.push_str("\nCLASSES\n");
                for (n, _) in classes {
                    out.push_str(&format!("    {}\n", n));
                }
            }
            let funcs: Vec<(String, Value)> = names.iter().filter(|(_, v)| matches!(v, Value::Function(_) | Value::Builtin(_))).cloned().collect();
            if !funcs.is_empty() {
                out.push_str("\nFUNCTIONS\n");
                for (n, f) in funcs {
                    out.push_str(&format!("    {}\n", signature(vm, &f, &n)?));
                }
            }
        }
        Value::Class(c) => {
            out.push_str(&format!("Help on class {} in module {}:\n\n", c.name.as_str(), module_of(vm, obj)));
            out.push_str(&class_page(vm, c)?);
        }
        _ => {
            let cls = vm.type_of(obj);
            out.push_str(&format!("Help on {} object:\n\n", cls.name.as_str()));
            out.push_str(&class_page(vm, &cls)?);
        }
    }
    Ok(out)
}

/// `class Name(bases)` with the doc string and the methods the class defines.
fn class_page(vm: &mut Vm, c: &Rc<Class>) -> PyResult<String> {
    let mut bases: Vec<String> = Vec::new();
    for b in &c.bases {
        bases.push(format!("{}.{}", module_of(vm, &Value::Class(b.clone())), b.name.as_str()));
    }
    let mut out = format!("class {}({})\n", c.name.as_str(), bases.join(", "));
    if let Some(doc) = doc_of(vm, &Value::Class(c.clone())) {
        out.push_str(&indent(&doc, " |  "));
    }
    let mut methods: Vec<(String, Value)> = c
        .dict
        .items()
        .into_iter()
        .filter_map(|(k, v)| match (k, &v) {
            (Value::Str(s), Value::Function(_)) if !s.as_str().starts_with('_') || s.as_str() == "__init__" => Some((s.as_str().to_owned(), v)),
            _ => None,
        })
        .collect();
    methods.sort_by(|a, b| a.0.cmp(&b.0));
    if !methods.is_empty() {
        out.push_str(" |  \n |  Methods defined here:\n |  \n");
        for (n, f) in methods {
            out.push_str(&format!(" |  {}\n", signature(vm, &f, &n)?));
            if let Some(doc) = doc_of(vm, &f) {
                out.push_str(&indent(&doc, " |      "));
            }
            out.push_str(" |  \n");
        }
    }
    Ok(out)
}
