"""argparse: parents (groups, mutually exclusive groups, set_defaults), nargs tuples, bundled
short flags with values, negative-number options, subcommands with titles and aliases,
intermixed parsing, required mutually exclusive groups inside argument groups, abbreviations,
long usage wrapping, BooleanOptionalAction with ArgumentDefaultsHelpFormatter, version."""
import argparse, io, contextlib, sys
def run(p, args, intermixed=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = (p.parse_intermixed_args if intermixed else p.parse_known_args)(args)
    except SystemExit as e:
        r = 'exit %s' % e.code
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(args, '->', r, '|', out.getvalue(), '|', err.getvalue())
F = lambda prog: argparse.HelpFormatter(prog, width=70)
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', type=int, default=3, help='shared opt')
g = parent.add_argument_group('extra', 'extra things')
g.add_argument('--ex', action='store_true')
m = parent.add_mutually_exclusive_group()
m.add_argument('--aa', action='store_true'); m.add_argument('--bb', action='store_true')
parent.set_defaults(z=9)
p = argparse.ArgumentParser(prog='child', parents=[parent], formatter_class=F)
p.add_argument('files', nargs='*', default=['d'])
p.add_argument('-x', '--xs', nargs=3, type=float, metavar=('A','B','C'))
p.add_argument('-y', action='append_const', const=1, dest='ys')
p.add_argument('-z', action='count')
for a in [[], ['--aa', '--bb'], ['-yyzz', 'f'], ['-x', '1', '2', '3', 'f', '--shared=4'], ['-x1'], ['--sh', '5', '--', '-x'], ['-zy', '--ex', 'a', 'b', '--unknown=3', '-q'], ['-5'], ['--aa=1'], ['-h']]:
    run(p, a)
p = argparse.ArgumentParser(prog='neg', formatter_class=F)
p.add_argument('-1', dest='one', action='store_true'); p.add_argument('n', nargs='?')
for a in [['-1'], ['-2'], ['x', '-1'], ['-1', '-.5']]: run(p, a)
p = argparse.ArgumentParser(prog='sub', formatter_class=F)
p.add_argument('--top', default='t')
s = p.add_subparsers(title='cmds', description='the commands', dest='cmd', help='pick one')
a = s.add_parser('alpha', aliases=['al'], help='the alpha', formatter_class=F); a.add_argument('--top'); a.add_argument('v', type=int)
b = s.add_parser('beta', formatter_class=F); b.add_argument('rest', nargs='*')
for x in [['alpha', '3'], ['al', '--top', 'q', '4', 'extra'], ['beta'], ['beta', '-u', 'v'], [], ['gamma'], ['-h'], ['alpha', '-h'], ['alpha', 'x']]: run(p, x)
p = argparse.ArgumentParser(prog='imix', formatter_class=F)
p.add_argument('a'); p.add_argument('b', nargs='*'); p.add_argument('--o', action='append')
for x in [['1', '--o', 'x', '2', '3', '--o', 'y', '4'], ['--o', 'q']]: run(p, x, True)
p = argparse.ArgumentParser(prog='req', formatter_class=F)
gg = p.add_argument_group('grp'); mm = gg.add_mutually_exclusive_group(required=True)
mm.add_argument('--one', help=argparse.SUPPRESS); mm.add_argument('--two'); mm.add_argument('--three', nargs='?')
p.add_argument('pos', nargs='+', choices=['a', 'b'])
p.add_argument('--opt', required=True, type=int, choices=range(3))
for x in [[], ['a'], ['a', 'c'], ['--two', '1', 'a', '--opt', '5'], ['--two', '1', '--three', 'b', '--opt', '1'], ['-h']]: run(p, x)
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='ab', allow_abbrev=True, formatter_class=F)
p.add_argument('--foo-bar'); p.add_argument('--foo-baz'); p.add_argument('--f', action='store_true')
for x in [['--foo', '1'], ['--foo-b=2'], ['--fo', '3'], ['--f'], ['--foo-bar', '--f']]: run(p, x)
p = argparse.ArgumentParser(prog='longusage'*3, formatter_class=F)
for i in range(5): p.add_argument('--very-long-option-%d' % i, nargs='+')
p.add_argument('positional_thing', nargs=argparse.REMAINDER)
print(p.format_help())
p = argparse.ArgumentParser(prog='bo', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use color')
p.add_argument('--v', action='version', version='1.0')
p.add_argument('--const', nargs='?', const='C', default='D', help='c')
run(p, ['-h']); run(p, ['--no-color']); run(p, ['--v']); run(p, ['--const'])
print(repr(p), argparse.Namespace(a=1) == argparse.Namespace(a=1))
