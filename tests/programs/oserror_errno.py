# OSError(errno, strerror, filename, winerror, filename2): attributes, str,
# the errno -> subclass mapping, user subclasses, and what open() raises.
e=OSError(2,'x','f'); print(type(e), e.args, e.errno, e.filename, e.filename2, str(e), repr(e))
e=OSError(2,'x','f',None,'g'); print(type(e), e.args, str(e))
e=OSError(2,'x',None); print(type(e), e.args, str(e))
e=OSError(1); print(type(e), e.args, str(e), e.errno)
e=OSError(1,2,3,4,5,6); print(type(e), e.args, str(e), e.errno)
e=BlockingIOError(11,'x',5); print(e.args, e.characters_written, e.filename, str(e))
try: BlockingIOError(11,'x').characters_written
except AttributeError as x: print(x)
print(repr(SyntaxError()), str(SyntaxError()), SyntaxError().msg, SyntaxError().print_file_and_line)
print(str(SyntaxError('m', ('/a/b.py', 1, 2, 'x'))))
print(ImportError().msg, ImportError('a','b').msg, str(ImportError('a','b')), ImportError('m', name='n', path='p').name)
print(repr(ImportError('m', name='n')), str(ImportError(name='n')))
try: ValueError(x=1)
except TypeError as x: print(x)
try: ImportError(x=1)
except TypeError as x: print(x)
print(AttributeError().obj, AttributeError('a', name='n', obj=3).obj, NameError(name='q').name)
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'bad'))
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'), UnicodeEncodeError('ascii', '\xe9\u1234', 1, 2, 'r'), UnicodeTranslateError('\U00012345', 0, 1, 'r'))
print(repr(UnicodeEncodeError('ascii', 'ab', 1, 2, 'r')), UnicodeEncodeError('ascii', 'ab', 1, 2, 'r').args)
e=UnicodeDecodeError('utf-8', bytearray(b'\xff\xfe'), 0, 1, 'bad'); print(repr(e.object), e.start, e.end, e.reason, e.encoding)
try: UnicodeDecodeError('x')
except TypeError as x: print(x)
try: UnicodeDecodeError('x', 'y', 1, 2, 'r')
except TypeError as x: print(x)
try: UnicodeEncodeError('x', b'y', 1, 2, 'r')
except TypeError as x: print(x)
print(StopAsyncIteration().__dict__, hasattr(StopAsyncIteration(), 'value'))
print(OSError(2,'x').__dict__)
print(SystemExit(1,2).code, StopIteration(1,2).value)
e=OSError(2,'x'); e.errno=5; print(e.errno, str(e), e.__dict__)
print(str(OSError(None,None)))
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 5, 9, 'bad')))
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 1, 1, 'bad')))
print(repr(UnicodeError()), str(UnicodeError('a')))
for n in (1,2,3,4,10,11,13,17,20,21,32,103,104,108,110,111,114,115,999):
    print(n, type(OSError(n, 'm')).__name__, type(OSError(n, 'm', 'f', None, 'g')).__name__, type(OSError(n)).__name__)
print(type(FileNotFoundError(13, 'x')).__name__, IOError is OSError, EnvironmentError is OSError)
class MyOS(OSError):
    def __init__(self, a):
        super().__init__(a, 'my')
m = MyOS(17); print(type(m).__name__, m.errno, m.strerror, m.args, str(m))
class MyOS2(OSError):
    def __init__(self, a): pass
m = MyOS2(17); print(m.errno, m.args, str(m))
try:
    open('/nonexistent/zz')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, str(e), repr(e))
try:
    open('/')
except IsADirectoryError as e:
    print(e.errno, e.strerror, e.filename, e.args, str(e), repr(e))
except OSError as e:
    print("OSError", type(e), e)
