"""atexit for quicken: functions run at the normal end of the program, newest
first (the VM calls them from Vm::run_atexit before finalizing, reporting any
exception as "Exception ignored in atexit callback")."""

# (func, args, kwargs) in registration order; the VM pops from the end.
_handlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination.

    func is returned, so register can be used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _handlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_handlers)


def _run_exitfuncs():
    """Run all registered exit functions (errors are printed, not raised)."""
    import sys
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
