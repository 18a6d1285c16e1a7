"""argparse: a failed parse ends the program with status 2 and 'PROG: error: ...' on
stderr, PROG being the script's base name (from sys.argv[0])."""
import argparse

parser = argparse.ArgumentParser(description='Resize images.')
parser.add_argument('images', nargs='+')
parser.add_argument('--width', type=int, default=640)
args = parser.parse_args(['a.png', '--width', '800'])
print('first parse:', args)
print('prog:', parser.prog)
parser.parse_args(['a.png', '--width', 'wide'])
print('not reached')
