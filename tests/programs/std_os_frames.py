# An error inside os.makedirs' recursion: the traceback shows CPython's
# frames of <frozen os> (line numbers included).
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    with open('plain', 'w') as f:
        f.write('x')
    os.makedirs('made/a/b')
    print(sorted(os.listdir('made')))
    os.removedirs('made/a/b')
    print(os.path.exists('made'))
    try:
        os.environ['QUICKEN_SURELY_UNSET']
    except KeyError as e:
        print('KeyError', e)
    os.makedirs('plain/a/b')
