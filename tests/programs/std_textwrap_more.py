# textwrap: hyphenation and em-dashes, long words with and without breaking,
# max_lines/placeholder in every position, sentence endings, tabs and
# whitespace options, dedent/indent edge cases, errors.
import textwrap

text = ("The well-known quick-brown fox--who was rather self-satisfied--jumped over a "
        "supercalifragilisticexpialidocious-lazy dog. Then it rested! Did it? \"Yes.\" "
        "Tabs\there\tand\tthere, URLs like http://example.com/a-very-long-path-name-indeed.")
for width in (7, 12, 20, 33):
    print(width, textwrap.wrap(text, width))
    print(width, textwrap.wrap(text, width, break_on_hyphens=False))
    print(width, textwrap.wrap(text, width, break_long_words=False))
for width, lines in ((20, 1), (20, 2), (30, 3), (12, 4), (9, 2)):
    for ph in (" [...]", "...", " ~"):
        print(width, lines, repr(ph), textwrap.wrap(text, width, max_lines=lines, placeholder=ph))
print(textwrap.wrap("short words only here", 10, max_lines=2), textwrap.wrap("a b c d e f g h", 3, max_lines=2, placeholder="."))
print(textwrap.wrap("averyveryverylongword and more", 10, max_lines=1), textwrap.wrap("one two", 7, max_lines=1))
print(textwrap.fill(text, 30, fix_sentence_endings=True))
print(textwrap.fill("Mr. Smith went. He said \"hi.\" Then left!  Really? yes.", 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, drop_whitespace=False)[:6])
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc", 6, expand_tabs=False), textwrap.wrap("a\tb\tc", 20, tabsize=4), textwrap.wrap("x\ny\rz\x0bw", 3, replace_whitespace=False))
print(textwrap.wrap(text, 28, initial_indent="* ", subsequent_indent="    ")[:4])
print(textwrap.fill("", 10), textwrap.wrap("   ", 5), textwrap.wrap("word", 1), textwrap.wrap("--x-- -y- a--b ---", 3))
print(textwrap.wrap("re-re-entrant co-op e-mail x-ray 2-3 well--known", 6))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("  Hello   world  ", 11), "|", textwrap.shorten("Hello world!", 12), "|", textwrap.shorten(text, 25, placeholder="&"))
for bad in (dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder=" [too long]"), dict(width=4, max_lines=2, subsequent_indent="   ", placeholder="..")):
    try:
        print(textwrap.wrap("some text here", **bad))
    except ValueError as e:
        print("ValueError:", e)
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap(text), w.fill("tiny"), w.width, w.placeholder, w.tabsize, w.break_on_hyphens)
w.width = 25
print(w.wrap(text))


class Custom(textwrap.TextWrapper):
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        cur_line.append("<long>")
        reversed_chunks.pop()


print(Custom(width=10).wrap("fine averyveryverylongword ok"))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n\t b\n")), repr(textwrap.dedent("  x\n\ty\n")))
print(repr(textwrap.dedent("   \n  a\n    \n  b")), repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("")), repr(textwrap.dedent("  \t  only\n  \t  lines")))
print(repr(textwrap.indent("a\n\n  b\n \nc", "> ")), repr(textwrap.indent("a\nb\n", "+", lambda line: True)), repr(textwrap.indent("x\r\ny", "-")))
