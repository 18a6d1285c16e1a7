"""argparse: parsing of positionals and options (types, defaults, nargs, every action),
'--', '-x=1', '--opt=val', combined short flags, prefix matching, negative numbers,
REMAINDER, parse_known_args, set_defaults, Namespace (repr, equality, vars, in)."""
import argparse
import sys


def show(parser, args):
    print(args, '->', parser.parse_args(args))


p = argparse.ArgumentParser(prog='copy')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('--name', type=str.upper, default='anon')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
show(p, ['a.txt'])
show(p, ['a.txt', 'b.txt', '-n', '3', '--ratio', '0.5', '-vvv', '--quiet'])
show(p, ['--count=7', '-n5', 'x', '--name', 'bob', '--no-color', '--mode=slow'])
show(p, ['-n=9', '-qv', 'x'])
show(p, ['--cou', '2', '--rat', '1e3', '--verb', 'x'])   # unique prefixes
show(p, ['-n', '-4', 'x'])                                # negative numbers are values

# nargs
p = argparse.ArgumentParser(prog='nargs')
p.add_argument('first')
p.add_argument('middle', nargs='*')
p.add_argument('last', nargs=2, type=int)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--one', nargs=1)
p.add_argument('--opt', nargs='?', const='CONST', default='DEFAULT')
p.add_argument('--many', nargs='+', type=int)
show(p, ['a', '1', '2'])
show(p, ['a', 'b', 'c', '1', '2', '--pair', 'k', 'v', '--one', 'o'])
show(p, ['a', '1', '2', '--opt'])
show(p, ['a', '1', '2', '--opt', 'given', '--many', '4', '5', '6'])
show(p, ['--many', '1', '--', 'a', '-5', '7'])

# actions
p = argparse.ArgumentParser(prog='actions')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append')
p.add_argument('--num', action='append', type=int, default=[0])
p.add_argument('--red', dest='colors', action='append_const', const='red')
p.add_argument('--blue', dest='colors', action='append_const', const='blue')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=False)
show(p, [])
show(p, ['--const', '--tag', 'a', '--tag', 'b', '--num', '5', '--red', '--blue', '--red'])
show(p, ['--ext', 'a', 'b', '--ext', 'c', '--feature'])
show(p, ['--feature', '--no-feature'])
defaults = p.parse_args([])
p.parse_args(['--num', '1'])
print('shared default list untouched:', defaults.num)

# REMAINDER and '--'
p = argparse.ArgumentParser(prog='run')
p.add_argument('--env', action='append', default=[])
p.add_argument('command')
p.add_argument('args', nargs=argparse.REMAINDER)
show(p, ['--env', 'A=1', 'ls', '-l', '--color=never', 'dir'])
p = argparse.ArgumentParser(prog='dd')
p.add_argument('--flag', action='store_true')
p.add_argument('items', nargs='*')
show(p, ['--', '--flag', '-x'])
show(p, ['a', '--', 'b', '--', 'c'])

# parse_known_args, set_defaults, get_default, allow_abbrev
p = argparse.ArgumentParser(prog='known')
p.add_argument('--size', type=int, default=10)
p.add_argument('files', nargs='*')
p.set_defaults(handler='default-handler', size=20)
print(p.parse_known_args(['--size', '3', 'f1', '--unknown', 'u', 'f2']))
print(p.parse_known_args([]))
print(p.get_default('size'), p.get_default('handler'), p.get_default('nothing'))
p = argparse.ArgumentParser(prog='exact', allow_abbrev=False)
p.add_argument('--long-name')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
print(p.parse_known_args(['--long', 'x', '-ab']))

# A string default goes through the type; a non-string default does not.
p = argparse.ArgumentParser(prog='defaults', argument_default=None)
p.add_argument('--n', type=int, default='5')
p.add_argument('--m', type=int, default=2.5)
show(p, [])

# Custom types
def pair(text):
    left, right = text.split(',')
    return int(left), int(right)


p = argparse.ArgumentParser(prog='types')
p.add_argument('--pair', type=pair)
p.add_argument('--in', dest='infile', type=argparse.FileType('r'), default='-')
ns = p.parse_args(['--pair', '3,4'])
print(ns.pair, ns.infile is sys.stdin, argparse.FileType('w'), argparse.FileType('rb', 0, encoding='latin-1'))

# Namespace
ns = argparse.Namespace(b=2, a='x')
ns.c = [1, 2]
print(ns, vars(ns), 'a' in ns, 'z' in ns)
print(ns == argparse.Namespace(b=2, a='x', c=[1, 2]), ns == argparse.Namespace(), ns != 3)
setattr(ns, 'with space', 1)
print(repr(ns))
print(argparse.Namespace())

# Reading sys.argv
sys.argv = ['/usr/local/bin/tool', '--size', '4', 'file']
p = argparse.ArgumentParser()
p.add_argument('--size', type=int)
p.add_argument('file')
print(p.prog, p.parse_args())
print(repr(p.add_argument('--x', type=int, default=3, help='x')))
print(repr(p))

# parse_intermixed_args
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))

# Arguments read from a file
with open('std_argparse_basic_args.tmp', 'w') as f:
    f.write('--size\n5\nfrom-file\n')
p = argparse.ArgumentParser(prog='fromfile', fromfile_prefix_chars='@')
p.add_argument('--size', type=int)
p.add_argument('names', nargs='*')
show(p, ['@std_argparse_basic_args.tmp', 'a', 'b'])

# Other prefix characters
p = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
p.add_argument('+f', action='store_true')
p.add_argument('++bar')
show(p, ['+f', '++bar', 'Y'])
