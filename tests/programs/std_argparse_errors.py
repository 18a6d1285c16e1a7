"""argparse: the errors of parsing ('usage:' line and 'prog: error: ...' on stderr, exit
status 2) for missing required arguments, invalid choices, invalid int/float values,
unrecognized arguments, ambiguous prefixes, missing option values, mutually exclusive
options, required groups and subcommands; error()/exit(); exit_on_error=False;
ArgumentTypeError; and the ValueErrors of add_argument."""
import argparse
import contextlib
import io


def attempt(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            result = parser.parse_args(args)
    except SystemExit as e:
        print('%r: exit %s' % (args, e.code))
        print(err.getvalue(), end='')
    else:
        print('%r: %s' % (args, result))


p = argparse.ArgumentParser(prog='convert')
p.add_argument('src')
p.add_argument('dst')
p.add_argument('--level', type=int, required=True)
p.add_argument('--scale', type=float, default=1.0)
p.add_argument('--format', choices=['png', 'jpg'])
p.add_argument('--size', type=int, choices=[1, 2, 4])
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-file')
attempt(p, [])
attempt(p, ['a'])
attempt(p, ['a', 'b'])
attempt(p, ['a', 'b', '--level', 'three'])
attempt(p, ['a', 'b', '--level', '3', '--scale', 'big'])
attempt(p, ['a', 'b', '--level', '3', '--format', 'gif'])
attempt(p, ['a', 'b', '--level', '3', '--size', '3'])
attempt(p, ['a', 'b', 'c', '--level', '3', '--extra', 'x'])
attempt(p, ['a', 'b', '--level'])
attempt(p, ['a', 'b', '--level', '1', '--ver'])
attempt(p, ['a', 'b', '--level', '1', '--verbose=yes'])
attempt(p, ['a', 'b', '--level', '1', '--verb'])

p = argparse.ArgumentParser(prog='flags')
p.add_argument('-a', action='store_true')
p.add_argument('-n', type=int)
p.add_argument('--pt', nargs=2, type=int)
p.add_argument('--any', nargs='+')
attempt(p, ['-az'])
attempt(p, ['-an'])
attempt(p, ['--pt', '1'])
attempt(p, ['--pt', '1', 'x'])
attempt(p, ['--any'])
attempt(p, ['-n', '--any', 'x'])

p = argparse.ArgumentParser(prog='mutex')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('-v', '--verbose', action='store_true')
g.add_argument('-q', '--quiet', action='store_true')
g.add_argument('--log', metavar='FILE')
attempt(p, [])
attempt(p, ['-v', '-q'])
attempt(p, ['--log', 'x', '-v'])
attempt(p, ['-q'])

p = argparse.ArgumentParser(prog='git')
sub = p.add_subparsers(dest='command', required=True)
commit = sub.add_parser('commit')
commit.add_argument('-m', '--message', required=True)
sub.add_parser('push')
attempt(p, [])
attempt(p, ['frob'])
attempt(p, ['commit'])
attempt(p, ['commit', '-m', 'msg', '--amend'])
p = argparse.ArgumentParser(prog='nodest')
sub = p.add_subparsers(required=True)
sub.add_parser('a')
sub.add_parser('b')
attempt(p, [])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive number' % text)
    return value


p = argparse.ArgumentParser(prog='typed')
p.add_argument('n', type=positive)
p.add_argument('--path', type=argparse.FileType('r'))
attempt(p, ['5'])
attempt(p, ['-5'])
attempt(p, ['0'])
attempt(p, ['x'])
attempt(p, ['1', '--path', 'no/such/dir/file.txt'])

# exit_on_error=False raises instead (but not for missing required arguments).
p = argparse.ArgumentParser(prog='raising', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('pos')
try:
    p.parse_args(['--n', 'x', 'p'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
attempt(p, [])

# error(), exit(), and overriding error().
p = argparse.ArgumentParser(prog='custom')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    for call in (lambda: p.error('something went wrong'), lambda: p.exit(3, 'bye\n'), lambda: p.exit()):
        try:
            call()
        except SystemExit as e:
            print('exit', e.code)
print(err.getvalue(), end='')


class Strict(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


p = Strict(prog='strict')
p.add_argument('n', type=int)
try:
    p.parse_args(['x'])
except ValueError as e:
    print('ValueError:', e)

# Mistakes in the parser itself.
p = argparse.ArgumentParser(prog='bad')
p.add_argument('--x')
for args, kwargs in [(('--x',), {}), (('y',), {'required': True}), (('y',), {'dest': 'z'}),
                     (('y',), {'nargs': 0}), (('--q',), {'action': 'append', 'nargs': 0}),
                     (('--q',), {'const': 1}), (('--q',), {'action': 'frob'}),
                     (('--q',), {'type': 'int'}), (('--q',), {'type': argparse.FileType}),
                     (('--q',), {'nargs': 2, 'metavar': ('A', 'B', 'C')}),
                     (('q',), {'nargs': 'x'}), (('-',), {}), (('q', 'r'), {})]:
    try:
        p.add_argument(*args, **kwargs)
        print('accepted', args, kwargs)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)
try:
    p.add_mutually_exclusive_group().add_argument('--r', required=True)
except ValueError as e:
    print('ValueError:', e)
try:
    argparse.ArgumentParser(conflict_handler='frob')
except ValueError as e:
    print('ValueError:', e)
p = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
p.add_argument('-x', '--xx', help='old')
p.add_argument('--xx', help='new')
p.print_help()
