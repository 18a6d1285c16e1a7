"""The inspect module, the part that introspection of the running program needs:
the current frame and the kind tests. (quicken's own; signatures, source lookup,
modules of objects and stack summaries are not provided.)"""

import sys

def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)

def _kind_of(value):
    return type(value)

FrameType = _kind_of(sys._getframe())
CodeType = _kind_of(currentframe.__code__)
FunctionType = _kind_of(currentframe)
BuiltinFunctionType = _kind_of(len)
ModuleType = _kind_of(sys)

def _generator():
    yield

GeneratorType = _kind_of(_generator())

class _Probe:
    def method(self):
        pass

MethodType = _kind_of(_Probe().method)

try:
    raise TypeError
except TypeError as _error:
    TracebackType = _kind_of(_error.__traceback__)
    del _error

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

def isframe(obj):
    return isinstance(obj, FrameType)

def iscode(obj):
    return isinstance(obj, CodeType)

def istraceback(obj):
    return isinstance(obj, TracebackType)

def isfunction(obj):
    return isinstance(obj, FunctionType)

def ismethod(obj):
    return isinstance(obj, MethodType)

def isbuiltin(obj):
    return isinstance(obj, BuiltinFunctionType)

def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)

def isclass(obj):
    return isinstance(obj, type)

def ismodule(obj):
    return isinstance(obj, ModuleType)

def isgenerator(obj):
    return isinstance(obj, GeneratorType)

def isgeneratorfunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_GENERATOR)

del _kind_of, _generator, _Probe
