//! The builtin classes (`int`, `list`, the exception hierarchy, ...), created
//! once per thread and reachable from anywhere through [`types()`].

use std::cell::Cell;
use std::rc::Rc;

use super::objects::*;
use super::str::intern;
use super::value::Value;

macro_rules! builtin_types {
    (
        plain { $($field:ident : $pyname:literal $(< $base:ident)? ;)* }
        exceptions { $($efield:ident : $ename:literal < $($ebase:ident),+ ;)* }
    ) => {
        /// Every builtin class.
        pub struct Types {
            $(#[doc = concat!("`", $pyname, "`")] pub $field: Rc<Class>,)*
            $(#[doc = concat!("`", $ename, "`")] pub $efield: Rc<Class>,)*
        }

        impl Types {
            fn create() -> Types {
                let object = new_class_raw("object", &[], NativeKind::Object, true);
                let type_ = new_class_raw("type", &[&object], NativeKind::Builtin, true);
                $( let $field = builtin_types!(@make $field $pyname object type_ $($base)?); )*
                let base_exception = new_class_raw("BaseException", &[&object], NativeKind::Exception, true);
                $( let $efield = builtin_types!(@exc $efield $ename base_exception $($ebase),+); )*
                Types { $($field,)* $($efield,)* }
            }

            /// All exception classes with their names (for the builtins module).
            pub fn exception_classes(&self) -> Vec<&Rc<Class>> {
                vec![$(&self.$efield,)*]
            }
        }
    };
    (@make object $name:literal $object:ident $type_:ident) => { $object.clone() };
    (@make type_ $name:literal $object:ident $type_:ident) => { $type_.clone() };
    (@make $field:ident $name:literal $object:ident $type_:ident) => {
        new_class_raw($name, &[&$object], NativeKind::Builtin, true)
    };
    (@make $field:ident $name:literal $object:ident $type_:ident $base:ident) => {
        new_class_raw($name, &[&$base], NativeKind::Builtin, true)
    };
    (@exc base_exception $name:literal $be:ident $base:ident) => { $be.clone() };
    (@exc $field:ident $name:literal $be:ident $($base:ident),+) => {
        new_class_raw($name, &[$(&$base),+], NativeKind::Exception, true)
    };
}

builtin_types! {
    plain {
        object: "object";
        type_: "type";
        int: "int";
        bool_: "bool" < int;
        float: "float";
        complex: "complex";
        bytes: "bytes";
        bytearray: "bytearray";
        bytes_iterator: "bytes_iterator";
        bytearray_iterator: "bytearray_iterator";
        str_: "str";
        list: "list";
        tuple: "tuple";
        dict: "dict";
        set: "set";
        frozenset: "frozenset";
        none: "NoneType";
        function: "function";
        builtin_function: "builtin_function_or_method";
        method: "method";
        module: "module";
        range: "range";
        slice: "slice";
        generator: "generator";
        coroutine: "coroutine";
        async_generator: "async_generator";
        coroutine_wrapper: "coroutine_wrapper";
        async_generator_asend: "async_generator_asend";
        async_generator_athrow: "async_generator_athrow";
        async_generator_wrapped_value: "async_generator_wrapped_value";
        anext_awaitable: "anext_awaitable";
        iterator: "iterator";
        list_iterator: "list_iterator";
        tuple_iterator: "tuple_iterator";
        range_iterator: "range_iterator";
        str_iterator: "str_ascii_iterator";
        dict_keyiterator: "dict_keyiterator";
        dict_valueiterator: "dict_valueiterator";
        dict_itemiterator: "dict_itemiterator";
        set_iterator: "set_iterator";
        enumerate: "enumerate";
        zip: "zip";
        map: "map";
        filter: "filter";
        reverse_iterator: "list_reverseiterator";
        callable_iterator: "callable_iterator";
        cell: "cell";
        code: "code";
        property: "property";
        staticmethod: "staticmethod";
        classmethod: "classmethod";
        super_: "super";
        not_implemented: "NotImplementedType";
        ellipsis: "ellipsis";
        dict_keys: "dict_keys";
        dict_values: "dict_values";
        dict_items: "dict_items";
    }
    exceptions {
        base_exception: "BaseException" < object;
        system_exit: "SystemExit" < base_exception;
        keyboard_interrupt: "KeyboardInterrupt" < base_exception;
        generator_exit: "GeneratorExit" < base_exception;
        base_exception_group: "BaseExceptionGroup" < base_exception;
        exception: "Exception" < base_exception;
        exception_group: "ExceptionGroup" < base_exception_group, exception;
        stop_iteration: "StopIteration" < exception;
        stop_async_iteration: "StopAsyncIteration" < exception;
        arithmetic_error: "ArithmeticError" < exception;
        floating_point_error: "FloatingPointError" < arithmetic_error;
        overflow_error: "OverflowError" < arithmetic_error;
        zero_division_error: "ZeroDivisionError" < arithmetic_error;
        assertion_error: "AssertionError" < exception;
        attribute_error: "AttributeError" < exception;
        buffer_error: "BufferError" < exception;
        eof_error: "EOFError" < exception;
        import_error: "ImportError" < exception;
        module_not_found_error: "ModuleNotFoundError" < import_error;
        lookup_error: "LookupError" < exception;
        index_error: "IndexError" < lookup_error;
        key_error: "KeyError" < lookup_error;
        memory_error: "MemoryError" < exception;
        name_error: "NameError" < exception;
        unbound_local_error: "UnboundLocalError" < name_error;
        os_error: "OSError" < exception;
        blocking_io_error: "BlockingIOError" < os_error;
        child_process_error: "ChildProcessError" < os_error;
        file_exists_error: "FileExistsError" < os_error;
        interrupted_error: "InterruptedError" < os_error;
        is_a_directory_error: "IsADirectoryError" < os_error;
        not_a_directory_error: "NotADirectoryError" < os_error;
        permission_error: "PermissionError" < os_error;
        process_lookup_error: "ProcessLookupError" < os_error;
        timeout_error: "TimeoutError" < os_error;
        file_not_found_error: "FileNotFoundError" < os_error;
        connection_error: "ConnectionError" < os_error;
        broken_pipe_error: "BrokenPipeError" < connection_error;
        runtime_error: "RuntimeError" < exception;
        not_implemented_error: "NotImplementedError" < runtime_error;
        recursion_error: "RecursionError" < runtime_error;
        syntax_error: "SyntaxError" < exception;
        indentation_error: "IndentationError" < syntax_error;
        tab_error: "TabError" < indentation_error;
        system_error: "SystemError" < exception;
        type_error: "TypeError" < exception;
        value_error: "ValueError" < exception;
        unicode_error: "UnicodeError" < value_error;
        unicode_decode_error: "UnicodeDecodeError" < unicode_error;
        unicode_encode_error: "UnicodeEncodeError" < unicode_error;
        unicode_translate_error: "UnicodeTranslateError" < unicode_error;
        warning: "Warning" < exception;
        user_warning: "UserWarning" < warning;
        deprecation_warning: "DeprecationWarning" < warning;
        pending_deprecation_warning: "PendingDeprecationWarning" < warning;
        runtime_warning: "RuntimeWarning" < warning;
        syntax_warning: "SyntaxWarning" < warning;
        future_warning: "FutureWarning" < warning;
        import_warning: "ImportWarning" < warning;
        unicode_warning: "UnicodeWarning" < warning;
        bytes_warning: "BytesWarning" < warning;
        resource_warning: "ResourceWarning" < warning;
        encoding_warning: "EncodingWarning" < warning;
        reference_error: "ReferenceError" < exception;
        connection_aborted_error: "ConnectionAbortedError" < connection_error;
        connection_refused_error: "ConnectionRefusedError" < connection_error;
        connection_reset_error: "ConnectionResetError" < connection_error;
    }
}

impl Types {
    /// The class of a non-instance, non-class value.
    #[inline]
    pub fn builtin_type_of(&self, v: &Value) -> &Rc<Class> {
        match v {
            Value::Null | Value::None => &self.none,
            Value::Bool(_) => &self.bool_,
            Value::Int(_) | Value::BigInt(_) => &self.int,
            Value::Float(_) => &self.float,
            Value::Str(_) => &self.str_,
            Value::List(_) => &self.list,
            Value::Tuple(_) => &self.tuple,
            Value::Dict(_) => &self.dict,
            Value::Set(s) => if s.frozen { &self.frozenset } else { &self.set },
            Value::Function(_) => &self.function,
            Value::Builtin(_) => &self.builtin_function,
            Value::BoundMethod(_) => &self.method,
            Value::Class(_) => &self.type_,
            Value::Instance(i) => {
                let _ = i;
                &self.object
            }
            Value::Module(_) => &self.module,
            Value::Iter(i) => match &*i.state.borrow() {
                IterState::Seq { seq: Value::Tuple(_), .. } => &self.tuple_iterator,
                IterState::Seq { seq: Value::Other(o), .. } if matches!(&**o, Other::Bytes(_)) => &self.bytes_iterator,
                IterState::Seq { seq: Value::Other(o), .. } if matches!(&**o, Other::ByteArray(_)) => &self.bytearray_iterator,
                IterState::Seq { .. } => &self.list_iterator,
                IterState::Range { .. } => &self.range_iterator,
                IterState::Str { .. } => &self.str_iterator,
                IterState::Dict { kind: 0, .. } => &self.dict_keyiterator,
                IterState::Dict { kind: 1, .. } => &self.dict_valueiterator,
                IterState::Dict { .. } => &self.dict_itemiterator,
                IterState::Set { .. } => &self.set_iterator,
                IterState::Enumerate { .. } => &self.enumerate,
                IterState::Zip { .. } => &self.zip,
                IterState::Map { .. } => &self.map,
                IterState::Filter { .. } => &self.filter,
                IterState::Reversed { .. } => &self.reverse_iterator,
                IterState::Callable { .. } => &self.callable_iterator,
                IterState::Native(n) => n.class(),
                IterState::Values { .. } | IterState::Done => &self.iterator,
            },
            Value::Generator(g) => match g.kind {
                GenKind::Generator => &self.generator,
                GenKind::Coroutine => &self.coroutine,
                GenKind::AsyncGenerator => &self.async_generator,
            },
            Value::Cell(_) => &self.cell,
            Value::Range(_) => &self.range,
            Value::Slice(_) => &self.slice,
            Value::Code(_) => &self.code,
            Value::Other(o) => match &**o {
                Other::Property { .. } => &self.property,
                Other::StaticMethod(_) => &self.staticmethod,
                Other::ClassMethod(_) => &self.classmethod,
                Other::Super { .. } => &self.super_,
                Other::NotImplemented => &self.not_implemented,
                Other::Ellipsis => &self.ellipsis,
                Other::DictView { kind: 0, .. } => &self.dict_keys,
                Other::DictView { kind: 1, .. } => &self.dict_values,
                Other::DictView { .. } => &self.dict_items,
                Other::Complex { .. } => &self.complex,
                Other::Bytes(_) => &self.bytes,
                Other::ByteArray(_) => &self.bytearray,
            },
        }
    }
}

thread_local! {
    static TYPES: Cell<Option<&'static Types>> = const { Cell::new(None) };
}

/// The builtin classes of this thread (created on first use).
#[inline]
pub fn types() -> &'static Types {
    TYPES.with(|t| match t.get() {
        Some(ty) => ty,
        None => {
            let ty: &'static Types = Box::leak(Box::new(Types::create()));
            t.set(Some(ty));
            ty
        }
    })
}

/// Creates a class without running Python code (MRO by C3; panics never: a
/// failing C3 merge falls back to depth-first order — callers that accept user
/// input use [`c3_mro`] first to report the error).
pub fn new_class_raw(name: &str, bases: &[&Rc<Class>], native: NativeKind, builtin: bool) -> Rc<Class> {
    let bases: Vec<Rc<Class>> = bases.iter().map(|b| (*b).clone()).collect();
    let mro = c3_mro(&bases).unwrap_or_else(|| {
        let mut m = Vec::new();
        for b in &bases {
            if !m.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, b)) {
                m.push(b.clone());
            }
            for c in &b.mro {
                if !m.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, c)) {
                    m.push(c.clone());
                }
            }
        }
        m
    });
    Class::create(ClassSpec {
        name: intern(name),
        qualname: intern(name),
        bases,
        mro,
        dict: PyDict::new(),
        native,
        slots: None,
        builtin,
        metaclass: None,
    })
}

/// C3 linearization of a new class with `bases` (excluding the class itself).
/// `None` when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let c = found?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
