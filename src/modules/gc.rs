//! The `gc` module: the cycle collector's controls and introspection
//! (`crate::runtime::gc` keeps the lists, `crate::vm::collect` collects).

use super::add_fns;
use crate::builtins::{arg_int, check_count, kwarg, no_kwargs, only_kwargs, set};
use crate::runtime::gc::{self, GENERATIONS, PERMANENT};
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::collect::{dict_may_be_tracked, DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    add_fns(
        d,
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_debug", get_debug),
            ("set_debug", set_debug),
            ("get_stats", get_stats),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_objects", get_objects),
            ("get_referrers", get_referrers),
            ("get_referents", get_referents),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    let st = gc::state();
    let garbage = st.garbage.get_or_insert_with(|| Value::list(Vec::new())).clone();
    let callbacks = st.callbacks.get_or_insert_with(|| Value::list(Vec::new())).clone();
    set(d, "garbage", garbage);
    set(d, "callbacks", callbacks);
    for (name, flag) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL),
    ] {
        set(d, name, Value::Int(flag as i64));
    }
}

fn none() -> PyResult<Value> {
    Ok(Value::None)
}

/// The generation argument of `collect`/`get_objects`, checked.
fn generation_arg(vm: &mut Vm, v: &Value, message: impl Fn(i64) -> Option<&'static str>) -> PyResult<usize> {
    let g = arg_int(vm, v)?;
    match message(g) {
        Some(m) => Err(value_error(m)),
        None => Ok(g as usize),
    }
}

fn collect(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("collect", args, 0, 1)?;
    only_kwargs("collect", kwargs, &["generation"])?;
    let generation = match args.first().or(kwarg(kwargs, "generation")) {
        Some(v) => generation_arg(vm, v, |g| (!(0..GENERATIONS as i64).contains(&g)).then_some("invalid generation"))?,
        None => GENERATIONS - 1,
    };
    // Finalization work already queued goes first (CPython would have run it).
    vm.run_finalizers();
    let n = vm.collect_with_callbacks(generation);
    vm.run_finalizers();
    Ok(Value::Int(n as i64))
}

fn enable(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("enable", args, 0, 0)?;
    no_kwargs("enable", kwargs)?;
    gc::state().enabled = true;
    none()
}

fn disable(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("disable", args, 0, 0)?;
    no_kwargs("disable", kwargs)?;
    gc::state().enabled = false;
    none()
}

fn isenabled(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("isenabled", args, 0, 0)?;
    Ok(Value::bool(gc::state().enabled))
}

fn int_tuple(items: impl IntoIterator<Item = i64>) -> Value {
    Value::tuple(items.into_iter().map(Value::Int).collect())
}

fn get_count(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("get_count", args, 0, 0)?;
    Ok(int_tuple(gc::state().count.iter().map(|&c| c as i64)))
}

fn get_threshold(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("get_threshold", args, 0, 0)?;
    Ok(int_tuple(gc::state().threshold.iter().map(|&c| c as i64)))
}

fn set_threshold(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("set_threshold", kwargs)?;
    if args.is_empty() || args.len() > GENERATIONS {
        return Err(type_error(format!("set_threshold() takes at least 1 argument ({} given)", args.len())));
    }
    let mut values = Vec::new();
    for a in args {
        values.push(arg_int(vm, a)?);
    }
    let st = gc::state();
    for (i, v) in values.into_iter().enumerate() {
        st.threshold[i] = v.max(0) as usize;
    }
    none()
}

fn get_debug(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("get_debug", args, 0, 0)?;
    Ok(Value::Int(gc::state().debug as i64))
}

fn set_debug(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("set_debug", args, 1, 1)?;
    no_kwargs("set_debug", kwargs)?;
    gc::state().debug = arg_int(vm, &args[0])? as u32;
    none()
}

fn get_stats(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("get_stats", args, 0, 0)?;
    let stats = gc::state().stats;
    let dicts = stats
        .iter()
        .map(|s| {
            let d = gc::new(PyDict::new());
            for (k, v) in [("collections", s.collections), ("collected", s.collected), ("uncollectable", s.uncollectable)] {
                set(&d, k, Value::Int(v as i64));
            }
            Value::Dict(d)
        })
        .collect();
    Ok(Value::list(dicts))
}

/// Whether CPython would say `v` is tracked: quicken's own answer, except for
/// dicts of atoms (CPython untracks them; quicken tracks every dict) and the
/// kinds quicken walks as part of their owner (properties, slices, builtin
/// methods), which CPython tracks.
fn reports_tracked(v: &Value) -> bool {
    match v {
        Value::Dict(d) => d.gc.is_tracked() && dict_may_be_tracked(d),
        // Instances and lists holding no container, iterators and bound
        // methods are left untracked until a container needs them; CPython
        // tracks them.
        Value::Builtin(_) | Value::Slice(_) | Value::Instance(_) | Value::Iter(_) | Value::BoundMethod(_) | Value::List(_) => true,
        Value::Other(o) => matches!(&**o, Other::Property { .. } | Other::StaticMethod(_) | Other::ClassMethod(_) | Other::Super { .. } | Other::DictView { .. }),
        _ => gc::tracked_entry(v).is_some(),
    }
}

fn is_tracked(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("is_tracked", args, 1, 1)?;
    no_kwargs("is_tracked", kwargs)?;
    Ok(Value::bool(reports_tracked(&args[0])))
}

fn is_finalized(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("is_finalized", args, 1, 1)?;
    no_kwargs("is_finalized", kwargs)?;
    Ok(Value::bool(matches!(&args[0], Value::Instance(i) if i.finalized())))
}

/// The objects CPython would list for generation `g` (dicts of atoms left
/// out).
fn listed(g: usize) -> Vec<Value> {
    gc::entries(g)
        .into_iter()
        // SAFETY: tracked objects are alive.
        .map(|e| unsafe { e.value() })
        .filter(|v| !matches!(v, Value::Dict(d) if !dict_may_be_tracked(d)))
        .collect()
}

fn get_objects(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("get_objects", args, 0, 1)?;
    only_kwargs("get_objects", kwargs, &["generation"])?;
    let generation = match args.first().or(kwarg(kwargs, "generation")) {
        None | Some(Value::None) => None,
        Some(v) => Some(generation_arg(vm, v, |g| {
            if g >= GENERATIONS as i64 {
                Some("generation parameter must be less than the number of available generations (3)")
            } else if g < 0 {
                Some("generation parameter cannot be negative")
            } else {
                None
            }
        })?),
    };
    discover_all();
    let objects = match generation {
        Some(g) => listed(g),
        None => (0..GENERATIONS).flat_map(listed).collect(),
    };
    Ok(Value::list(objects))
}

/// Registers the untracked objects tracked ones refer to (see
/// `gc::discover`), so that listings show them.
fn discover_all() {
    for g in 0..GENERATIONS {
        gc::discover(g);
    }
}

/// The objects `v` refers to, as `gc.get_referents` lists them.
fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    gc::traverse(v, &mut gc::EveryRef(|x: &Value| {
        if !x.is_null() {
            out.push(x.clone());
        }
    }));
    out
}

fn get_referents(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("get_referents", kwargs)?;
    Ok(Value::list(args.iter().flat_map(referents).collect()))
}

fn get_referrers(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("get_referrers", kwargs)?;
    let mut out = Vec::new();
    discover_all();
    for g in 0..GENERATIONS {
        for e in gc::entries(g) {
            // SAFETY: tracked objects are alive.
            let obj = unsafe { e.value() };
            let mut refers = false;
            gc::traverse(&obj, &mut gc::EveryRef(|x: &Value| refers |= args.iter().any(|a| !a.is_immediate() && a.is(x))));
            if refers {
                out.push(obj);
            }
        }
    }
    Ok(Value::list(out))
}

fn freeze(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("freeze", args, 0, 0)?;
    for g in 0..GENERATIONS {
        gc::merge(g, PERMANENT);
    }
    gc::state().count[0] = 0;
    none()
}

fn unfreeze(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("unfreeze", args, 0, 0)?;
    gc::merge(PERMANENT, GENERATIONS - 1);
    none()
}

fn get_freeze_count(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("get_freeze_count", args, 0, 0)?;
    Ok(Value::Int(gc::len(PERMANENT) as i64))
}
