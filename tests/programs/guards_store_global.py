# STORE_GLOBAL in hot loops: rebinding existing globals (a value store) and binding
# new ones mid-loop (a keys change), while LOAD_GLOBAL sites that read them are warm.
counter = 0
scale = 1

def bump(n):
    global counter
    for i in range(n):
        counter = counter + scale

def add_later(i):
    # A new global appears at iteration 700 and is deleted at 1400.
    global extra
    if i == 700:
        extra = 5
    if i == 1400:
        del extra

total = 0
for i in range(2000):
    bump(3)
    add_later(i)
    try:
        total += extra
    except NameError:
        total -= 1
    if i == 1000:
        scale = 10          # rebinds a global the loop in bump() reads
    if i == 1500:
        len = lambda x: -1  # shadows a builtin with a module global
    total += len("ab")
print(counter, total)

# Module-level loop storing to a global that type-changes.
acc = 0
for i in range(3000):
    acc = acc + i if i < 2000 else float(acc) / 2.0 + 1
print(acc)
