# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, it is used "
        "for type-setting tests -- and to check keyboards.  Pneumonoultramicroscopicsilicovolcanoconiosis "
        "is a long word; so is supercalifragilisticexpialidocious!\tTabs\there.")
for w in (10, 20, 33, 50, 79):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 30, break_long_words=False), textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap('  leading and trailing   ', 10), textwrap.wrap('  leading and trailing   ', 10, drop_whitespace=False))
print(textwrap.wrap('a\tb\tc', 8, expand_tabs=False), textwrap.wrap('a\tb\tc', 8, tabsize=4), textwrap.wrap('x\ny\nz', 3, replace_whitespace=False))
print(textwrap.fill('Hello there. How are you? Fine.', 80, fix_sentence_endings=True), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.wrap('well-known self-evident x-ray a-b-c-d e--f foo--bar pre--', 6), textwrap.wrap('--verbose ---flag co-operate', 5))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder='...'), textwrap.wrap('short', 10, max_lines=1))
print(textwrap.shorten('Hello  world!   This is a test', 12), textwrap.shorten('Hello world', 11), textwrap.shorten('Hello  world!', 10, placeholder='~'))
print(repr(textwrap.dedent('''
    def f():
        return 1

      # comment
    ''')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   x\n   \n   y')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda line: True)), repr(textwrap.indent('x\r\ny', '#')))
w = textwrap.TextWrapper(width=15, initial_indent='-> ')
print(w.wrap('one two three four five six'), w.fill('alpha beta gamma'), w.width)
for bad in (0, -1):
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    textwrap.wrap('abc def', 5, max_lines=1, placeholder=' [long placeholder]')
except ValueError as e:
    print('ValueError:', e)
