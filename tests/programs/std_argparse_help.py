"""argparse: -h/--help and usage output in CPython's layout: a realistic CLI with
subcommands, argument groups, mutually exclusive groups, the formatter classes, usage
wrapping at several widths (long option lists, long program names), metavars, choices,
SUPPRESS, version. The widths are pinned (the default follows $COLUMNS)."""
import argparse
import contextlib
import io


def formatter(width, base=argparse.HelpFormatter):
    return lambda prog: base(prog, width=width)


W78 = formatter(78)


def run(parser, args):
    """parse_args that reports what -h/--version print and the exit status."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            result = parser.parse_args(args)
    except SystemExit as e:
        print(out.getvalue(), end='')
        print('[exit %s]' % e.code)
        return None
    return result


# A realistic CLI with subcommands.
cli = argparse.ArgumentParser(
    prog='inventory', formatter_class=W78,
    description='Manage a small inventory database stored in a single file. Items have a '
                'name, a quantity and optional tags.',
    epilog='Run "inventory COMMAND -h" for the options of each command.')
cli.add_argument('--db', default='inventory.db', metavar='PATH', help='database file (default: %(default)s)')
cli.add_argument('-v', '--verbose', action='count', default=0, help='print more; repeat for even more')
cli.add_argument('--version', action='version', version='%(prog)s 1.4.2')
commands = cli.add_subparsers(dest='command', title='commands', metavar='COMMAND', required=True)
add = commands.add_parser('add', help='add an item or raise its quantity', formatter_class=W78,
                          description='Add QTY units of NAME.')
add.add_argument('name', help='item name')
add.add_argument('qty', type=int, nargs='?', default=1, help='how many (default: %(default)s)')
add.add_argument('-t', '--tag', action='append', dest='tags', metavar='TAG', help='tag the item (repeatable)')
remove = commands.add_parser('remove', aliases=['rm'], help='remove items', formatter_class=W78)
remove.add_argument('names', nargs='+', metavar='NAME')
remove.add_argument('-f', '--force', action='store_true', help='do not ask')
show = commands.add_parser('list', help='list items', formatter_class=W78)
order = show.add_mutually_exclusive_group()
order.add_argument('--by-name', action='store_true', help='sort by name')
order.add_argument('--by-qty', action='store_true', help='sort by quantity')
show.add_argument('--format', choices=['table', 'csv', 'json'], default='table', help='output format: %(choices)s')
commands.add_parser('stats', formatter_class=W78)   # no help: not listed under the command

run(cli, ['-h'])
run(cli, ['add', '--help'])
run(cli, ['rm', '-h'])
run(cli, ['list', '-h'])
run(cli, ['--version'])
print(run(cli, ['--db', 'x.db', '-vv', 'add', 'bolt', '40', '-t', 'metal', '-t', 'small']))
print(run(cli, ['rm', 'a', 'b', '--force']))
print(run(cli, ['list', '--by-qty', '--format', 'csv']))
print(cli.format_usage(), end='')
add.print_usage()

# Usage wrapping.
wide = argparse.ArgumentParser(prog='some_long_program_name', formatter_class=W78)
for i in range(10):
    wide.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i,
                      help='the option %d, which does something important with its value' % i)
wide.add_argument('inputs', nargs='*')
wide.add_argument('output')
wide.print_help()
for width in (40, 60, 100):
    print('--- width', width)
    p = argparse.ArgumentParser(prog='prog', formatter_class=formatter(width),
                                description='word ' * 30)
    p.add_argument('--alpha', help='alpha help with a few words that must wrap around somewhere')
    p.add_argument('--beta-gamma-delta-epsilon', metavar='B', help='b')
    p.add_argument('pos', help='positional')
    p.print_help()
for prog in ('x' * 65, 'y' * 40):
    p = argparse.ArgumentParser(prog=prog, formatter_class=W78)
    for i in range(6):
        p.add_argument('--opt%d' % i, metavar='ARGUMENT')
    p.add_argument('first_positional_' * 2)
    p.add_argument('second')
    p.print_usage()

# Groups, mutually exclusive groups, SUPPRESS, metavars, choices.
p = argparse.ArgumentParser(prog='net', formatter_class=W78)
g = p.add_argument_group('network', 'Options that control the connection.')
g.add_argument('--host', default='localhost', help='host name [%(default)s]')
g.add_argument('--port', type=int, default=80, help='port (%(type)s, default %(default)s)')
m = g.add_mutually_exclusive_group(required=True)
m.add_argument('--tcp', action='store_true')
m.add_argument('--udp', action='store_true')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--level', type=int, choices=range(1, 4), help='one of %(choices)s')
p.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float)
p.add_argument('--opt', nargs='?', metavar='V')
p.add_argument('--any', nargs='*')
p.add_argument('--some', nargs='+')
p.add_argument('--exactly-eighteen', help='h')
p.add_argument('--exactly-twenty-two-xx', help='h')
p.add_argument('--empty-help', help='')
p.add_argument('target', choices=['dev', 'prod'])
p.print_help()

# The formatter classes.
desc = '''This description
    keeps its   line breaks
and indentation.'''
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    print('---', cls.__name__)
    p = argparse.ArgumentParser(prog='fmt', description=desc, epilog='Epilog\n  two',
                                formatter_class=formatter(70, cls))
    p.add_argument('--x', type=int, default=3, help='x   help\n  second line')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--nodefault', type=str, help='no default')
    p.add_argument('pos', type=float, help='positional')
    p.add_argument('opt', type=str, nargs='?', default='d', help='optional positional')
    p.print_help()

# No usage, no help option, usage given, help=SUPPRESS everywhere.
p = argparse.ArgumentParser(prog='bare', add_help=False, usage='%(prog)s [stuff] -- see docs')
p.add_argument('--x', help='x')
p.print_help()
p = argparse.ArgumentParser(prog='quiet', usage=argparse.SUPPRESS, add_help=False)
print(repr(p.format_usage()), repr(p.format_help()))
p = argparse.ArgumentParser(prog='descr', description='Only a description.', add_help=False, formatter_class=W78)
print(p.format_help(), end='')
print(repr(argparse.ArgumentParser(prog='empty', add_help=False).format_help()))
