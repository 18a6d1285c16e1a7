"""getopt for quicken: Unix-style command-line option parsing."""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option; `opt` names it."""
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parses options until the first non-option argument: returns
    ([(option, value), ...], remaining arguments)."""
    return _parse(args, shortopts, longopts, stop_at_operand=True)


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and operands may be mixed (until '--')."""
    stop = False
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        stop = True
    else:
        try:
            import os
            stop = bool(os.environ.get("POSIXLY_CORRECT"))
        except ImportError:
            pass
    return _parse(args, shortopts, longopts, stop_at_operand=stop)


def _parse(args, shortopts, longopts, stop_at_operand):
    opts = []
    operands = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    args = list(args)
    while args:
        arg = args[0]
        if arg == "--":
            operands += args[1:]
            break
        if arg.startswith("--"):
            opts, args = _do_longs(opts, arg[2:], longopts, args[1:])
        elif arg.startswith("-") and arg != "-":
            opts, args = _do_shorts(opts, arg[1:], shortopts, args[1:])
        elif stop_at_operand:
            operands += args
            break
        else:
            operands.append(arg)
            args = args[1:]
    return opts, operands


def _do_longs(opts, opt, longopts, args):
    if "=" in opt:
        opt, optarg = opt.split("=", 1)
    else:
        optarg = None
    has_arg, opt = _long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError(f"option --{opt} requires argument", opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError(f"option --{opt} must not have an argument", opt)
    opts.append(("--" + opt, optarg or ""))
    return opts, args


def _long_has_args(opt, longopts):
    possibilities = [o for o in longopts if o.startswith(opt)]
    if not possibilities:
        raise GetoptError(f"option --{opt} not recognized", opt)
    if opt in possibilities:
        return False, opt
    if opt + "=" in possibilities:
        return True, opt
    if len(possibilities) > 1:
        raise GetoptError(f"option --{opt} not a unique prefix", opt)
    unique = possibilities[0]
    has_arg = unique.endswith("=")
    if has_arg:
        unique = unique[:-1]
    return has_arg, unique


def _do_shorts(opts, optstring, shortopts, args):
    while optstring != "":
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if optstring == "":
                if not args:
                    raise GetoptError(f"option -{opt} requires argument", opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ""
        else:
            optarg = ""
        opts.append(("-" + opt, optarg))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError(f"option -{opt} not recognized", opt)
