import string
from string import capwords, Template

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))

print(capwords("hello   world  foo"))
print(capwords(" the QUICK brown fox "))
print(capwords("a-b-c dEF", "-"))
print(repr(capwords("")))

def is_hex(s):
    return all(c in string.hexdigits for c in s)

print(is_hex("deadBEEF"), is_hex("xyz"))
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (test)".translate(table))
counts = {c: 0 for c in "lud"}
for ch in "Hello World 2024":
    if ch in string.ascii_lowercase:
        counts["l"] += 1
    elif ch in string.ascii_uppercase:
        counts["u"] += 1
    elif ch in string.digits:
        counts["d"] += 1
print(counts)
t = Template("$who likes $what; cost $$5 ${who}x")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(Template("$a and $b").safe_substitute(a=1))
try:
    Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError", e)
