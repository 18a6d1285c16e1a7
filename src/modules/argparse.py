"""argparse for quicken: command-line parsing with the behaviour, help layout and
messages of CPython 3.11's module (written for quicken, not a copy of CPython's).

How parsing works here: every argument string is first classified -- 'O' for an
option string the parser knows (or could know), 'A' for an argument, '-' for the
'--' marker -- which gives a pattern string such as 'AOAA-A'. The number of strings
an action takes (its nargs) becomes a small regular expression over that pattern;
matching the expressions of several positionals at once, greedily, decides how the
strings are shared among them, exactly as CPython shares them.
"""

import sys as _sys
import re as _re

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Where a subcommand's parser leaves the strings it did not use, for the parent.
_LEFTOVER_KEY = '_unrecognized_args'


# ---------------------------------------------------------------------------
# The process environment (os/shutil when quicken has them, else _clisupport)

try:
    import os as _os
except ImportError:
    _os = None
import _clisupport

_size_probe = []   # [shutil.get_terminal_size or None], filled on first use


def _env(name):
    if _os is not None:
        return _os.environ.get(name)
    return _clisupport.getenv(name)


def _columns():
    """Like shutil.get_terminal_size().columns: a positive $COLUMNS, else the width
    of the terminal behind stdout, else 80."""
    if not _size_probe:
        try:
            from shutil import get_terminal_size as probe
        except ImportError:
            probe = None
        _size_probe.append(probe)
    if _size_probe[0] is not None:
        return _size_probe[0]().columns
    text = _env('COLUMNS')
    if text is not None and text.strip().lstrip('-').isdigit() and int(text) > 0:
        return int(text)
    out = getattr(_sys, '__stdout__', None) or _sys.stdout
    try:
        found = _clisupport.terminal_columns(out.fileno())
    except Exception:
        found = None
    return found if found else 80


def _as_list(value):
    """A fresh list for append-style actions (a shallow copy of a non-list default)."""
    if value is None:
        return []
    if isinstance(value, list) and type(value) is list:
        return list(value)
    import copy
    return copy.copy(value)


def _kw_repr(obj, positional, named):
    """'TypeName(p1, p2, k=v, ...)'; names that are not identifiers go in a trailing **{...}."""
    pieces = [repr(value) for value in positional]
    leftovers = {}
    for key, value in named:
        if key.isidentifier():
            pieces.append('%s=%r' % (key, value))
        else:
            leftovers[key] = value
    if leftovers:
        pieces.append('**' + repr(leftovers))
    return type(obj).__name__ + '(' + ', '.join(pieces) + ')'


# ---------------------------------------------------------------------------
# The namespace and the errors

class Namespace(object):
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __repr__(self):
        return _kw_repr(self, (), list(self.__dict__.items()))

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


def _label(action):
    """How messages name an action: its option strings, else its metavar or dest,
    else its choices in braces."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument; str() names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _label(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return str(self.message)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to report its own message."""


# ---------------------------------------------------------------------------
# Help formatting
#
# A formatter collects a tree of blocks (texts, the usage, arguments, nested
# sections), each remembering its indentation; format_help() renders the tree at
# the end, when the widest argument invocation -- which places the help column --
# is known.

_SPACES = _re.compile(r'\s+', _re.ASCII)
_USAGE_WORD = _re.compile(r'\((?:.*?)\)+(?=\s|$)|\[(?:.*?)\]+(?=\s|$)|\S+')


class _Block(object):
    """A section of the help: a heading over blocks indented one step further."""

    def __init__(self, heading, indent, outer):
        self.heading = heading
        self.indent = indent
        self.outer = outer
        self.entries = []   # (indentation, render function, arguments)


class HelpFormatter(object):
    """Lays out usage and help text; the subclasses below change single steps."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _columns() - 2
        self._prog = prog
        self._step = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._width = width
        self._current_indent = 0
        self._widest_invocation = 0
        self._open_block = _Block(None, 0, None)
        self._top_block = self._open_block

    # -- collecting --

    def start_section(self, heading):
        inner = _Block(heading, self._current_indent, self._open_block)
        self._put(self._render_block, inner)
        self._current_indent += self._step
        self._open_block = inner

    def end_section(self):
        self._open_block = self._open_block.outer
        self._current_indent -= self._step

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._put(self._format_text, text)

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._put(self._format_usage, usage, actions, groups, prefix)

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # The help column follows the widest invocation; a subcommand listed under
        # its chooser counts at the chooser's indentation.
        names = [self._format_action_invocation(action)]
        listing = getattr(action, '_get_subactions', None)
        if listing is not None:
            self._current_indent += self._step
            try:
                names.extend(self._format_action_invocation(sub) for sub in listing())
            finally:
                self._current_indent -= self._step
        widest = max(len(name) for name in names) + self._current_indent
        self._widest_invocation = max(self._widest_invocation, widest)
        self._put(self._format_action, action)

    def _put(self, render, *args):
        self._open_block.entries.append((self._current_indent, render, args))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering --

    def format_help(self):
        text = self._render_entries(self._top_block)
        if not text:
            return text
        text = _re.sub(r'\n{3,}', '\n\n', text)
        return text.strip('\n') + '\n'

    def _render_entries(self, block):
        saved = self._current_indent
        pieces = []
        try:
            for indent, render, args in block.entries:
                self._current_indent = indent
                piece = render(*args)
                if piece and piece is not SUPPRESS:
                    pieces.append(piece)
        finally:
            self._current_indent = saved
        return ''.join(pieces)

    def _render_block(self, block):
        body = self._render_entries(block)
        if not body:
            return ''
        title = ''
        if block.heading is not None and block.heading is not SUPPRESS:
            title = ' ' * block.indent + block.heading + ':\n'
        return '\n' + title + body + '\n'

    def _with_prog(self, text):
        return text % {'prog': self._prog}

    def _format_text(self, text):
        indent = self._current_indent
        if '%(prog)' in text:
            text = self._with_prog(text)
        room = max(self._width - indent, 11)
        return self._fill_text(text, room, ' ' * indent) + '\n\n'

    def _format_action(self, action):
        indent = self._current_indent
        column = min(self._widest_invocation + 2, self._max_help_position)
        room_for_help = max(self._width - column, 11)
        invocation = self._format_action_invocation(action)
        beside = column - indent - 2   # room for the invocation left of the help
        first_pad = column
        if not action.help:
            lines = [' ' * indent + invocation + '\n']
        elif len(invocation) <= beside:
            lines = [' ' * indent + invocation.ljust(beside) + '  ']
            first_pad = 0
        else:
            lines = [' ' * indent + invocation + '\n']
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                wrapped = self._split_lines(expanded, room_for_help)
                lines.append(' ' * first_pad + wrapped[0] + '\n')
                lines.extend(' ' * column + line + '\n' for line in wrapped[1:])
        elif not lines[0].endswith('\n'):
            lines.append('\n')
        subactions = getattr(action, '_get_subactions', None)
        if subactions is not None:
            self._current_indent += self._step
            try:
                for sub in subactions():
                    lines.append(self._format_action(sub))
            finally:
                self._current_indent -= self._step
        return ''.join(lines)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join([flag + ' ' + shown for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{' + ','.join(map(str, action.choices)) + '}'
        else:
            name = default_metavar

        def repeat(count):
            return name if isinstance(name, tuple) else (name,) * count
        return repeat

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == SUPPRESS:
            return ''
        if nargs == REMAINDER:
            return '...'
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == ZERO_OR_MORE:
            shown = names(1)
            if len(shown) == 2:
                return '[%s [%s ...]]' % shown
            return '[%s ...]' % shown
        if not isinstance(nargs, int):
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * nargs) % names(nargs)

    def _expand_help(self, action):
        values = {}
        for key, value in vars(action).items():
            if value is SUPPRESS:
                continue
            values[key] = getattr(value, '__name__', value)
        values['prog'] = self._prog
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(choice) for choice in values['choices'])
        return self._get_help_string(action) % values

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_SPACES.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_SPACES.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            body = self._with_prog(usage)
        elif not actions:
            body = self._with_prog('%(prog)s')
        else:
            body = self._wrapped_usage(actions, groups, prefix)
        return prefix + body + '\n\n'

    def _wrapped_usage(self, actions, groups, prefix):
        prog = self._with_prog('%(prog)s')
        flags = [a for a in actions if a.option_strings]
        places = [a for a in actions if not a.option_strings]
        whole = self._usage_words(flags + places, groups)
        one_line = prog + ' ' + whole if whole else prog
        room = self._width - self._current_indent
        if len(prefix) + len(one_line) <= room:
            return one_line
        flag_words = _USAGE_WORD.findall(self._usage_words(flags, groups))
        place_words = _USAGE_WORD.findall(self._usage_words(places, groups))

        if len(prefix) + len(prog) <= 0.75 * room:
            # Continuation lines start under the first word after the program name.
            hang = ' ' * (len(prefix) + len(prog) + 1)
            if flag_words:
                lines = _pack([prog] + flag_words, room, hang, len(prefix))
                lines += _pack(place_words, room, hang)
            elif place_words:
                lines = _pack([prog] + place_words, room, hang, len(prefix))
            else:
                lines = [prog]
        else:
            # A long program name gets the first line to itself.
            hang = ' ' * len(prefix)
            lines = _pack(flag_words + place_words, room, hang)
            if len(lines) > 1:
                lines = _pack(flag_words, room, hang) + _pack(place_words, room, hang)
            lines.insert(0, prog)
        return '\n'.join(lines)

    def _usage_words(self, actions, groups):
        """The usage text of `actions`, with mutually exclusive groups bracketed."""
        in_group = set()
        before = {}   # position -> marker text inserted before the action there
        for group in groups:
            members = group._members
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            in_group.update(members)
            visible = len([a for a in members if a.help is not SUPPRESS])
            if not group.required:
                brackets = '[]'
            elif visible > 1:
                brackets = '()'
            else:
                brackets = None
            if brackets:
                before[first] = before[first] + ' ' + brackets[0] if first in before else brackets[0]
                before[last] = before.get(last, '') + brackets[1]
            for spot in range(first + 1, last):
                before[spot] = '|'

        words = []
        for spot, action in enumerate(actions):
            if action.help is SUPPRESS:
                words.append(None)
                if before.get(spot) == '|':
                    del before[spot]
                elif before.get(spot + 1) == '|':
                    del before[spot + 1]
                continue
            if action.option_strings:
                if action.nargs == 0:
                    word = action.format_usage()
                else:
                    word = action.option_strings[0] + ' ' + self._format_args(
                        action, self._get_default_metavar_for_optional(action))
                if not action.required and action not in in_group:
                    word = '[' + word + ']'
            else:
                word = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and word[:1] == '[' and word[-1:] == ']':
                    word = word[1:-1]
            words.append(word)
        for spot in sorted(before, reverse=True):
            words.insert(spot, before[spot])
        text = ' '.join([word for word in words if word is not None])
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        text = _re.sub(r'\(([^|]*)\)', r'\1', text)
        return text.strip()


def _pack(words, room, hang, first_taken=None):
    """Greedy filling of `words` into lines of at most `room` columns; lines after
    the first start with `hang`. With `first_taken`, the first line has that many
    columns used already and carries no indentation itself."""
    lines = []
    current = []
    used = (len(hang) if first_taken is None else first_taken) - 1
    for word in words:
        if current and used + 1 + len(word) > room:
            lines.append(current)
            current = []
            used = len(hang) - 1
        current.append(word)
        used += 1 + len(word)
    if current:
        lines.append(current)
    texts = [hang + ' '.join(line) for line in lines]
    if first_taken is not None and texts:
        texts[0] = texts[0][len(hang):]
    return texts


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of descriptions and epilogs."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Also keeps the line breaks of argument help."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds '(default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        text = action.help or ''
        shows_default = action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE)
        if '%(default)' not in text and action.default is not SUPPRESS and shows_default:
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional


# ---------------------------------------------------------------------------
# Actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')


class Action(object):
    """What an argument does when the parser meets it: __call__ updates the namespace."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        return _kw_repr(self, (), [(field, getattr(self, field)) for field in _ACTION_FIELDS])

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag / --no-flag."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for flag in option_strings:
            both.append(flag)
            if flag[:2] == '--':
                both.append('--no-' + flag[2:])
        Action.__init__(self, both, dest, nargs=0, default=default, type=type,
                        choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


_NO_VALUES = {
    'store': 'nargs for store actions must be != 0; if you have nothing to store, '
             'actions such as store true or store const may be more appropriate',
    'append': 'nargs for append actions must be != 0; if arg strings are not supplying '
              'the value to append, the append const action may be more appropriate',
}


def _check_value_nargs(kind, nargs, const):
    """The ValueErrors of store and append actions given impossible nargs/const."""
    if nargs == 0:
        raise ValueError(_NO_VALUES[kind])
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_nargs('store', nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_value_nargs('append', nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar)

    def _grow(self, items, values):
        items.append(values)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _as_list(getattr(namespace, self.dest, None))
        self._grow(items, values)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def _grow(self, items, values):
        items.extend(values)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _as_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        layout = parser._get_formatter()
        layout.add_text(text)
        parser._print_message(layout.format_help(), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):
    """One line under a subcommand action's help: a subcommand and its help."""

    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown = '%s (%s)' % (name, ', '.join(aliases))
        Action.__init__(self, [], dest=name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The positional that picks a subcommand and hands the rest to its parser."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._command_prog = prog
        self._make_parser = parser_class
        self._by_name = {}
        self._listing = []
        Action.__init__(self, option_strings, dest, nargs=PARSER, choices=self._by_name,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        """A new ArgumentParser for subcommand `name` (keywords: aliases, help, and those of ArgumentParser)."""
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._command_prog + ' ' + name
        aliases = kwargs.pop('aliases', ())
        if name in self._by_name:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for other in aliases:
            if other in self._by_name:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % other)
        if 'help' in kwargs:
            self._listing.append(_ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        made = self._make_parser(**kwargs)
        for key in (name,) + tuple(aliases):
            self._by_name[key] = made
        return made

    def _get_subactions(self):
        return self._listing

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        if chosen not in self._by_name:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._by_name)))
        # A fresh namespace: the subcommand's defaults win over the parent's.
        inner, rest = self._by_name[chosen].parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_LEFTOVER_KEY, []).extend(rest)


# ---------------------------------------------------------------------------
# Files as argument types

class FileType(object):
    """A type that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if 'w' in self._mode or 'a' in self._mode or 'x' in self._mode:
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as problem:
            raise ArgumentTypeError("can't open '%s': %s" % (string, problem))

    def __repr__(self):
        given = [self._mode] + ([self._bufsize] if self._bufsize != -1 else [])
        named = [(key, value) for key, value in (('encoding', self._encoding),
                                                  ('errors', self._errors)) if value is not None]
        return _kw_repr(self, given, named)


# ---------------------------------------------------------------------------
# Containers of actions: parsers and their groups

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')

_STANDARD_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


class _Tables(object):
    """What a parser and all its groups share: the actions, the option strings,
    the defaults, the mutually exclusive groups and the registries."""

    def __init__(self):
        self.actions = []
        self.by_flag = {}
        self.defaults = {}
        self.exclusive = []
        self.registries = {'action': dict(_STANDARD_ACTIONS)}
        self.owner = {}          # action -> the group holding it (for conflict resolution)
        self.numeric_flags = []  # non-empty once an option string looks like a negative number


class _ActionsContainer(object):
    """Shared by ArgumentParser and argument groups: defining arguments."""

    def _setup(self, tables, description, prefix_chars, argument_default, conflict_handler):
        self._tables = tables
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self._action_groups = []

    @property
    def _actions(self):
        return self._tables.actions

    @property
    def _mutually_exclusive_groups(self):
        return self._tables.exclusive

    @property
    def _defaults(self):
        return self._tables.defaults

    def register(self, registry_name, value, object):
        self._tables.registries.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, fallback):
        return self._tables.registries.get(registry_name, {}).get(value, fallback)

    def set_defaults(self, **kwargs):
        """Values for attributes no argument sets (and new defaults of existing ones)."""
        self._tables.defaults.update(kwargs)
        for action in self._tables.actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        """The default of attribute `dest`."""
        for action in self._tables.actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._tables.defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        if len(args) > 1 or (args and args[0][:1] and args[0][0] in self.prefix_chars):
            settings = self._option_settings(args, kwargs)
        else:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            settings = self._positional_settings(*args, **kwargs)
        if 'default' not in settings:
            if settings['dest'] in self._tables.defaults:
                settings['default'] = self._tables.defaults[settings['dest']]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default
        kind = settings.pop('action', None)
        action_class = self._lookup('action', kind, kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**settings)
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        layout = getattr(self, '_get_formatter', None)
        if layout is not None:
            try:
                layout()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _positional_settings(self, dest, **settings):
        if 'required' in settings:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = settings.get('nargs')
        # '?' and '*' (with a default) may be absent; everything else must be given.
        settings['required'] = not (nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in settings))
        if not settings['required']:
            del settings['required']
        settings['dest'] = dest
        settings['option_strings'] = []
        return settings

    def _option_settings(self, flags, settings):
        settings = dict(settings)
        long_flags = []
        for flag in flags:
            if not flag or flag[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, self.prefix_chars))
            if len(flag) > 1 and flag[1] in self.prefix_chars:
                long_flags.append(flag)
        dest = settings.pop('dest', None)
        if dest is None:
            dest = (long_flags or list(flags))[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % flags[-1])
            dest = dest.replace('-', '_')
        settings['dest'] = dest
        settings['option_strings'] = list(flags)
        return settings

    def add_argument_group(self, *args, **kwargs):
        """A titled section of the help holding the arguments added to it."""
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        """A group of options of which at most one (with required=True, exactly one) may be given."""
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._tables.exclusive.append(group)
        return group

    def _file_action(self, action, holder):
        """Records `action` in the shared tables, `holder` being the group showing it."""
        tables = self._tables
        clashes = [(flag, tables.by_flag[flag]) for flag in action.option_strings
                   if flag in tables.by_flag]
        if clashes:
            if self.conflict_handler == 'resolve':
                self._drop_flags(clashes)
            else:
                noun = 'conflicting option string' + ('s' if len(clashes) > 1 else '')
                raise ArgumentError(action, '%s: %s' % (noun, ', '.join(f for f, _ in clashes)))
        tables.actions.append(action)
        tables.owner[action] = holder
        for flag in action.option_strings:
            tables.by_flag[flag] = action
            if _NEGATIVE_NUMBER.match(flag) and not tables.numeric_flags:
                tables.numeric_flags.append(True)
        return action

    def _drop_flags(self, clashes):
        tables = self._tables
        for flag, older in clashes:
            older.option_strings.remove(flag)
            tables.by_flag.pop(flag, None)
            if not older.option_strings:
                holder = tables.owner.get(older, self)
                holder._remove_action(older)

    def _remove_action(self, action):
        self._tables.actions.remove(action)

    def _add_container_actions(self, container):
        """Adds the actions of `container` (a parent parser) to this one, each into
        the group of the same title (made when missing) or a copy of its mutually
        exclusive group."""
        mine = {}
        for section in self._action_groups:
            if section.title in mine:
                raise ValueError('cannot merge actions - two groups are named %r' % (section.title,))
            mine[section.title] = section
        destination = {}
        for section in container._action_groups:
            twin = mine.get(section.title)
            if twin is None:
                twin = mine[section.title] = self.add_argument_group(
                    title=section.title, description=section.description,
                    conflict_handler=section.conflict_handler)
            destination.update(dict.fromkeys(section._group_actions, twin))
        for exclusive in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=exclusive.required)
            destination.update(dict.fromkeys(exclusive._group_actions, twin))
        for action in container._actions:
            destination.get(action, self)._add_action(action)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser too."""

    def __init__(self, container, title=None, description=None, **kwargs):
        self._setup(container._tables, description,
                    kwargs.get('prefix_chars', container.prefix_chars),
                    kwargs.get('argument_default', container.argument_default),
                    kwargs.get('conflict_handler', container.conflict_handler))
        self.title = title
        self._members = []

    @property
    def _group_actions(self):
        """The group's actions (the name other argparse code looks for)."""
        return self._members

    def _add_action(self, action):
        self._file_action(action, self)
        self._members.append(action)
        return action

    def _remove_action(self, action):
        self._tables.actions.remove(action)
        self._members.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one when required) may be given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._add_action(action)
        self._members.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._members.remove(action)


# ---------------------------------------------------------------------------
# nargs as regular expressions over the pattern string

# '~' stands for "any number of '--' markers", which positionals may absorb.
_NARGS_SHAPES = {None: '~A~', OPTIONAL: '~A?~', ZERO_OR_MORE: '~[A-]*', ONE_OR_MORE: '~A[A-]*',
                 REMAINDER: '[-AO]*', PARSER: '~A[-AO]*', SUPPRESS: '~~'}

_TOO_FEW = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
            ONE_OR_MORE: 'expected at least one argument'}


def _nargs_regex(action):
    """A group matching the pattern letters `action` consumes."""
    shape = _NARGS_SHAPES.get(action.nargs)
    if shape is None:
        shape = '~' + '~'.join('A' * action.nargs) + '~'
    if action.option_strings:
        shape = shape.replace('~', '').replace('-', '')
    else:
        shape = shape.replace('~', '-*')
    return '(' + shape + ')'


def _identity(string):
    return string


# ---------------------------------------------------------------------------
# The parser

class ArgumentParser(_ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._setup(_Tables(), description, prefix_chars, argument_default, conflict_handler)
        self.prog = _sys.argv[0].rpartition('/')[2] if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _identity)
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash + dash + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._tables.defaults.update(inherited)

    def __repr__(self):
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')
        return _kw_repr(self, (), [(key, getattr(self, key)) for key in shown])

    def _add_action(self, action):
        section = self._optionals if action.option_strings else self._positionals
        return section._add_action(action)

    def _remove_action(self, action):
        self._tables.actions.remove(action)

    # -- subcommands --

    def add_subparsers(self, **kwargs):
        """The positional that selects a subcommand; add_parser() on it makes each subcommand's parser."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                                       kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # A subcommand's prog: this parser's prog and the positionals before it.
            layout = self._get_formatter()
            before = [a for a in self._tables.actions if not a.option_strings]
            layout.add_usage(self.usage, before, self._tables.exclusive, '')
            kwargs['prog'] = layout.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        chooser = self._lookup('action', kind, kind)(option_strings=[], **kwargs)
        self._subparsers._add_action(chooser)
        return chooser

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        """Parses `args` (default sys.argv[1:]) into a Namespace; unknown arguments are an error."""
        return self._refuse_leftovers(self.parse_known_args(args, namespace))

    def parse_intermixed_args(self, args=None, namespace=None):
        """parse_args allowing positionals between options."""
        return self._refuse_leftovers(self.parse_known_intermixed_args(args, namespace))

    def _refuse_leftovers(self, outcome):
        namespace, leftovers = outcome
        if leftovers:
            self.error('unrecognized arguments: %s' % ' '.join(leftovers))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        """(namespace, the argument strings no argument took)."""
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        initial = [(a.dest, a.default) for a in self._tables.actions
                   if a.dest is not SUPPRESS and a.default is not SUPPRESS]
        initial.extend(self._tables.defaults.items())
        for key, value in initial:
            if not hasattr(namespace, key):
                setattr(namespace, key, value)
        try:
            leftovers = _Run(self, strings, namespace).leftovers()
        except ArgumentError as problem:
            if not self.exit_on_error:
                raise
            self.error(str(problem))
            leftovers = strings   # only when an overridden error() returns
        if hasattr(namespace, _LEFTOVER_KEY):
            leftovers.extend(getattr(namespace, _LEFTOVER_KEY))
            delattr(namespace, _LEFTOVER_KEY)
        return namespace, leftovers

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """parse_known_args allowing positionals between options: the options are
        parsed first with the positionals hidden, then the positionals from the rest."""
        places = [a for a in self._tables.actions if not a.option_strings]
        odd = [a for a in places if a.nargs in (PARSER, REMAINDER)]
        if odd:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % odd[0].nargs)
        for group in self._tables.exclusive:
            if any(a in places for a in group._members):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        flags = [a for a in self._tables.actions if a.option_strings]
        first_usage = self.usage
        hidden = [(a, a.nargs, a.default) for a in places]
        relaxed = [(a, a.required) for a in flags] + [(g, g.required) for g in self._tables.exclusive]
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            for action in places:
                action.nargs = action.default = SUPPRESS
            try:
                namespace, rest = self.parse_known_args(args, namespace)
                for action in places:
                    if getattr(namespace, action.dest, None) == []:
                        from warnings import warn
                        warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in hidden:
                    action.nargs, action.default = nargs, default
            for thing, _ in relaxed:
                thing.required = False
            try:
                return self.parse_known_args(rest, namespace)
            finally:
                for thing, required in relaxed:
                    thing.required = required
        finally:
            self.usage = first_usage

    def convert_arg_line_to_args(self, arg_line):
        """The arguments on one line of an @file: the line itself."""
        return [arg_line]

    def _expand_files(self, strings):
        """Replaces each '@name' (for the fromfile prefix characters) by the arguments
        in file `name`, recursively."""
        result = []
        for text in strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                result.append(text)
                continue
            try:
                with open(text[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as problem:
                self.error(str(problem))
            found = []
            for line in lines:
                found.extend(self.convert_arg_line_to_args(line))
            result.extend(self._expand_files(found))
        return result

    def _classify(self, text):
        """None for an argument; else (action or None, option string, attached value)."""
        if not text or text[0] not in self.prefix_chars:
            return None
        by_flag = self._tables.by_flag
        if text in by_flag:
            return by_flag[text], text, None
        if len(text) == 1:
            return None
        flag, eq, attached = text.partition('=')
        if eq and flag in by_flag:
            return by_flag[flag], flag, attached
        candidates = self._abbreviations(text)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (text, ', '.join(found for _, found, _ in candidates)))
        if candidates:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(text) and not self._tables.numeric_flags:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _abbreviations(self, text):
        """The known options `text` may abbreviate, as _classify's triples."""
        chars = self.prefix_chars
        by_flag = self._tables.by_flag
        if text[0] not in chars:
            self.error('unexpected option string: %s' % text)
        if text[1] in chars:
            if not self.allow_abbrev:
                return []
            stem, eq, attached = text.partition('=')
            attached = attached if eq else None
            return [(by_flag[known], known, attached) for known in by_flag if known.startswith(stem)]
        found = []
        for known in by_flag:
            if known == text[:2]:
                found.append((by_flag[known], known, text[2:]))
            elif known.startswith(text):
                found.append((by_flag[known], known, None))
        return found

    def _convert(self, action, text):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(text)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _allowed(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(repr(choice) for choice in action.choices)))

    def _values_for(self, action, strings):
        """The value `action` is called with for the argument strings it took."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings.remove('--')
        if nargs == OPTIONAL and not strings:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._allowed(action, value)
            return value
        if nargs == ZERO_OR_MORE and not strings and not action.option_strings:
            value = strings if action.default is None else action.default
            self._allowed(action, value)
            return value
        if nargs in (None, OPTIONAL) and len(strings) == 1:
            value = self._convert(action, strings[0])
            self._allowed(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._convert(action, text) for text in strings]
        if nargs == PARSER:
            self._allowed(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._allowed(action, value)
        return values

    # -- help and exiting --

    def format_usage(self):
        """The 'usage: ...' text."""
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._tables.actions, self._tables.exclusive)
        return layout.format_help()

    def format_help(self):
        """The whole -h text: usage, description, argument sections, epilog."""
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._tables.actions, self._tables.exclusive)
        layout.add_text(self.description)
        for group in self._action_groups:
            layout.start_section(group.title)
            layout.add_text(group.description)
            layout.add_arguments(group._members)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        """Writes format_usage() to `file` (default sys.stdout)."""
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        """Writes format_help() to `file` (default sys.stdout)."""
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        """Writes `message` to stderr and raises SystemExit(status)."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _Run(object):
    """One pass of a parser over a list of argument strings, filling a namespace."""

    def __init__(self, parser, strings, namespace):
        if parser.fromfile_prefix_chars is not None:
            strings = parser._expand_files(strings)
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.unused = []
        self.used = set()           # actions that took part
        self.set_explicitly = set()  # ... with a value other than their default
        self.rivals = {}
        for group in parser._tables.exclusive:
            for action in group._members:
                self.rivals.setdefault(action, []).extend(
                    other for other in group._members if other is not action)
        self.options = {}   # index -> _classify's triple
        letters = []
        for index, text in enumerate(strings):
            if letters and letters[-1] in '-=':
                letters.append('=')   # after '--': an argument, whatever it looks like
            elif text == '--':
                letters.append('-')
            else:
                found = parser._classify(text)
                if found is not None:
                    self.options[index] = found
                letters.append('A' if found is None else 'O')
        self.letters = ''.join(letters).replace('=', 'A')
        self.waiting = [a for a in parser._tables.actions if not a.option_strings]

    def _count(self, action, letters):
        found = _re.match(_nargs_regex(action), letters)
        if found is None:
            message = _TOO_FEW.get(action.nargs)
            if message is None:
                message = 'expected %s argument%s' % (action.nargs, '' if action.nargs == 1 else 's')
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _apply(self, action, strings, flag=None):
        self.used.add(action)
        value = self.parser._values_for(action, strings)
        if value is not action.default:
            self.set_explicitly.add(action)
            for other in self.rivals.get(action, ()):
                if other in self.set_explicitly:
                    raise ArgumentError(action, 'not allowed with argument %s' % _label(other))
        if value is not SUPPRESS:
            action(self.parser, self.namespace, value, flag)

    def _take_option(self, index):
        """Applies the option at `index` (and, for '-abc', the flags bundled with it);
        returns the index after what it consumed."""
        action, flag, attached = self.options[index]
        if action is None:
            self.unused.append(self.strings[index])
            return index + 1
        calls = []
        while True:
            if attached is None:
                first = index + 1
                end = first + self._count(action, self.letters[first:])
                calls.append((action, self.strings[first:end], flag))
                break
            takes = self._count(action, 'A')
            if takes == 1:
                calls.append((action, [attached], flag))
                end = index + 1
                break
            if takes == 0 and flag[1] not in self.parser.prefix_chars and attached != '':
                # '-xyz' where -x takes no value: -x, then '-yz' in turn.
                calls.append((action, [], flag))
                flag = flag[0] + attached[0]
                following = self.parser._tables.by_flag.get(flag)
                if following is None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action, attached = following, attached[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for action, strings, flag in calls:
            self._apply(action, strings, flag)
        return end

    def _take_positionals(self, index):
        """Gives the strings from `index` to as many waiting positionals as can match."""
        letters = self.letters[index:]
        counts = []
        for upto in range(len(self.waiting), 0, -1):
            found = _re.match(''.join(_nargs_regex(a) for a in self.waiting[:upto]), letters)
            if found is not None:
                counts = [len(part) for part in found.groups()]
                break
        for action, count in zip(self.waiting, counts):
            self._apply(action, self.strings[index:index + count])
            index += count
        del self.waiting[:len(counts)]
        return index

    def leftovers(self):
        """Runs the pass; the strings nothing took."""
        index = 0
        option_places = sorted(self.options)
        while True:
            upcoming = [place for place in option_places if place >= index]
            if not upcoming:
                break
            if index != upcoming[0]:
                after = self._take_positionals(index)
                if after > index:
                    index = after
                    continue
            if index not in self.options:
                self.unused.extend(self.strings[index:upcoming[0]])
                index = upcoming[0]
            index = self._take_option(index)
        index = self._take_positionals(index)
        self.unused.extend(self.strings[index:])
        self._check_complete()
        return self.unused

    def _check_complete(self):
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._tables.actions:
            if action in self.used:
                continue
            if action.required:
                missing.append(_label(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                    and getattr(namespace, action.dest) is action.default):
                # A string default goes through the type conversion, as given strings do.
                setattr(namespace, action.dest, parser._convert(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._tables.exclusive:
            if group.required and not any(a in self.set_explicitly for a in group._members):
                shown = [_label(a) for a in group._members if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(shown))
