"""A small Markdown-to-HTML converter: block parsing line by line with `startswith`,
`strip`, `lstrip`, `isdigit`, `split`; inline markup (`**bold**`, `*em*`, `` `code` ``,
links) found with `find` and slicing; HTML escaping with `replace`; heading anchors
built with `lower`, `isalnum`, `join`; a table of contents; word wrapping of plain-text
output with `ljust`/`center`."""
import sys

WORDS = ("the quick brown fox jumps over lazy dog python interpreter speed cache loop "
         "value object string method table parse render html markdown").split()


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def slug(title):
    cleaned = "".join(c if c.isalnum() else "-" for c in title.lower())
    parts = [p for p in cleaned.split("-") if p]
    return "-".join(parts)


def inline(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "`":
            end = text.find("`", i + 1)
            if end != -1:
                out.append("<code>" + escape(text[i + 1:end]) + "</code>")
                i = end + 1
                continue
        elif c == "*" and text.startswith("**", i):
            end = text.find("**", i + 2)
            if end != -1:
                out.append("<strong>" + inline(text[i + 2:end]) + "</strong>")
                i = end + 2
                continue
        elif c == "*":
            end = text.find("*", i + 1)
            if end != -1:
                out.append("<em>" + inline(text[i + 1:end]) + "</em>")
                i = end + 1
                continue
        elif c == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                label = inline(text[i + 1:close])
                href = escape(text[close + 2:end])
                out.append(f'<a href="{href}">{label}</a>')
                i = end + 1
                continue
        out.append(escape(c))
        i += 1
    return "".join(out)


def render(source):
    html = []
    toc = []
    paragraph = []
    list_kind = None

    def flush_paragraph():
        if paragraph:
            html.append("<p>" + inline(" ".join(paragraph)) + "</p>")
            paragraph.clear()

    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None

    lines = source.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.lstrip()
        if not stripped:
            flush_paragraph()
            close_list()
        elif stripped.startswith("```"):
            flush_paragraph()
            close_list()
            code = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                code.append(escape(lines[i]))
                i += 1
            html.append("<pre><code>" + "\n".join(code) + "</code></pre>")
        elif stripped.startswith("#"):
            flush_paragraph()
            close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            title = stripped[level:].strip()
            anchor = slug(title)
            toc.append((level, title, anchor))
            html.append(f'<h{level} id="{anchor}">{inline(title)}</h{level}>')
        elif stripped[0] in "-*+" and stripped[1:2] == " ":
            flush_paragraph()
            if list_kind != "ul":
                close_list()
                html.append("<ul>")
                list_kind = "ul"
            html.append("<li>" + inline(stripped[2:]) + "</li>")
        elif stripped.split(".", 1)[0].isdigit() and ". " in stripped:
            flush_paragraph()
            if list_kind != "ol":
                close_list()
                html.append("<ol>")
                list_kind = "ol"
            html.append("<li>" + inline(stripped.split(". ", 1)[1]) + "</li>")
        elif stripped.startswith(">"):
            flush_paragraph()
            close_list()
            html.append("<blockquote>" + inline(stripped.lstrip("> ")) + "</blockquote>")
        else:
            close_list()
            paragraph.append(stripped)
        i += 1
    flush_paragraph()
    close_list()
    return "\n".join(html), toc


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            length += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def generate(sections, seed):
    state = seed

    def word():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return WORDS[(state >> 9) % len(WORDS)]

    def sentence(k):
        words = [word() for _ in range(k)]
        r = state % 7
        if r == 0:
            words[1] = f"**{words[1]}**"
        elif r == 1:
            words[2] = f"*{words[2]}*"
        elif r == 2:
            words[0] = f"`{words[0]}()`"
        elif r == 3:
            words[-1] = f"[{words[-1]}](https://example.org/{words[-1]}?a=1&b=2)"
        elif r == 4:
            words.append("<tag> & \"quotes\"")
        return " ".join(words).capitalize() + "."

    out = []
    for s in range(sections):
        out.append(f"{'#' * (s % 3 + 1)} Section {s}: {word().title()} {word()}")
        out.append("")
        for _ in range(3):
            out.append(" ".join(sentence(6 + state % 5) for _ in range(3)))
        out.append("")
        for k in range(s % 4 + 2):
            out.append(f"- item {k} {sentence(4)}" if s % 2 else f"{k + 1}. step {sentence(5)}")
        out.append("")
        if s % 5 == 0:
            out.append("```")
            out.append(f"def f{s}(x):\n    return x < {s} and x > 0")
            out.append("```")
        if s % 4 == 1:
            out.append(f"> {sentence(7)}")
        out.append("")
    return "\n".join(out)


def main(n):
    source = generate(n, 99)
    html, toc = render(source)
    tags = {}
    pos = html.find("<")
    while pos != -1:
        end = html.find(">", pos)
        name = html[pos + 1:end].split(" ")[0].strip("/")
        tags[name] = tags.get(name, 0) + 1
        pos = html.find("<", end)
    print(f"{len(source)} chars of markdown -> {len(html)} chars of html, {len(toc)} headings")
    print("tags", sorted(tags.items()))
    for level, title, anchor in toc[:5]:
        print("  " * (level - 1) + f"- {title} (#{anchor})")
    text = " ".join(line for line in source.split("\n") if line and not line.startswith(("#", "```")))
    lines = wrap(text, 72)
    print(len(lines), "wrapped lines; longest", max(len(l) for l in lines))
    print("|" + lines[0].ljust(74) + "|")
    print("|" + "~ end ~".center(74) + "|")
    print(html[:200].replace("\n", " / "))
    checksum = 0
    for line in html.splitlines():
        checksum = (checksum * 33 + len(line) + line.count("<")) % 1000000007
    print("checksum", checksum)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4500)
