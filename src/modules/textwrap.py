# The `textwrap` module: wrapping and filling text (CPython 3.11's chunking
# and line-filling rules), dedent, indent, shorten.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '


def _letter(c):
    # A word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _word_char(c):
    return c.isalnum() or c == '_'


def _word_punct(c):
    return _word_char(c) or c in '!"\'&.,?'


class TextWrapper:
    """Wraps paragraphs of text to a width (see the attributes)."""

    unicode_whitespace_trans = {ord(c): ' ' for c in _WHITESPACE}

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        # Every option is a public attribute, read at each wrap().
        self.width, self.tabsize = width, tabsize
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.drop_whitespace = drop_whitespace
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge_whitespace(self, text):
        # Tabs to spaces first (so columns count right), then every other
        # whitespace character to one space.
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        # Chunks: runs of whitespace and words; with break_on_hyphens, words
        # also end after a hyphen between letters and before an em-dash.
        chunks = []
        n = len(text)
        i = 0
        hyphens = self.break_on_hyphens
        while i < n:
            if text[i] in _WHITESPACE:
                j = i
                while j < n and text[j] in _WHITESPACE:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            if hyphens and text[i] == '-' and i > 0 and _word_punct(text[i - 1]):
                k = self._dash_run_end(text, i)
                if k:
                    chunks.append(text[i:k])
                    i = k
                    continue
            j = i + 1
            while j < n and text[j] not in _WHITESPACE:
                if hyphens:
                    if text[j] == '-' and self._hyphen_break(text, j):
                        j += 1
                        break
                    if _word_punct(text[j - 1]) and text[j] == '-' and self._dash_run_end(text, j):
                        break
                j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _dash_run_end(text, i):
        # The end of an em-dash (two or more '-' then a word character) at i, or 0.
        k = i
        while k < len(text) and text[k] == '-':
            k += 1
        if k - i >= 2 and k < len(text) and _word_char(text[k]):
            return k
        return 0

    @staticmethod
    def _hyphen_break(text, p):
        # May a word break after the hyphen at p (letters around it)?
        before = (p >= 2 and _letter(text[p - 2]) and _letter(text[p - 1])) or \
                 (p >= 3 and _letter(text[p - 3]) and text[p - 2] == '-' and _letter(text[p - 1]))
        if not before:
            return False
        n = len(text)
        if p + 1 >= n or not _letter(text[p + 1]):
            return False
        if p + 2 < n and _letter(text[p + 2]):
            return True
        return p + 3 < n and text[p + 2] == '-' and _letter(text[p + 3])

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == " " and self._sentence_end(chunk):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _sentence_end(chunk):
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: put as much of it as fits (up to
        # its last hyphen there, when breaking on hyphens) on this line, or,
        # when long words stay whole, the whole chunk on an empty line.
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            last_hyphen = word.rfind('-', 0, room)
            if last_hyphen > 0 and word[:last_hyphen].strip('-'):
                cut = last_hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        self._check_room()
        lines = []
        pending = chunks[::-1]
        while pending:
            line = []
            length = 0
            indent = self._indent_for(len(lines))
            width = self.width - len(indent)
            if self.drop_whitespace and pending[-1].strip() == '' and lines:
                pending.pop()
            while pending:
                size = len(pending[-1])
                if length + size > width:
                    break
                line.append(pending.pop())
                length += size
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, length, width)
                length = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines or
                            ((not pending or self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
                             and length <= width))
            if last_allowed:
                lines.append(indent + ''.join(line))
                continue
            # Out of lines: end with the placeholder.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                length -= len(line[-1])
                line.pop()
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _indent_for(self, line_number):
        return self.subsequent_indent if line_number else self.initial_indent

    def _check_room(self):
        """The width must leave room for text, and with max_lines, for the
        placeholder on the last line."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        last_indent = self._indent_for(self.max_lines > 1)
        if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of `text` wrapped (without final newlines)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            # Two spaces after a sentence's end (in place).
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """`text` wrapped, as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of `text` wrapped to `width`."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to `width`, as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """`text` with its whitespace collapsed, cut to fit `width` with a placeholder."""
    collapsed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _indent_of(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """`text` without the leading whitespace common to all its non-blank lines."""
    lines = text.split('\n')
    # Lines of only spaces and tabs become empty.
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        ind = _indent_of(line)
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """`text` with `prefix` before each line for which `predicate` holds
    (by default, lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
