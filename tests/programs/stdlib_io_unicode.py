import io, random
random.seed(5)
text = "".join(random.choice("aé€\n𝄞b") for _ in range(3000))
s = io.StringIO(text)
out = []
while True:
    k = random.randint(0, 3)
    if k == 0: r = s.readline()
    elif k == 1: r = s.read(random.randint(0, 7))
    elif k == 2:
        s.seek(random.randint(0, 3100)); r = str(s.tell())
    else:
        r = str(s.write(random.choice(["", "xé", "\n", "𝄞𝄞"])))
    out.append(r)
    if len(out) > 4000: break
print(hash("".join(out)) if False else len("".join(out)), "".join(out)[-200:])
print(s.getvalue()[:300], len(s.getvalue()))
s.seek(0); print(len(s.readlines()), s.tell())
big = io.StringIO("é\n" * 20000)
n = sum(1 for _ in big)
print(n)
