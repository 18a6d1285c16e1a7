def f(xs):
    for x in xs:
        if x:
            print(10 % x - x[0])

f([3])
