# Ranges whose values reach the ends of the 64-bit machine range: the
# iteration must stop exactly where CPython stops (no wrap-around).
M = 2**63 - 1
for i in range(M - 1, M, 5):
    print(i)
for i in range(-M, -M - 1, -7):
    print(i)
print(list(range(M - 3, M)))
print(list(range(-M - 1, -M + 2)))
print(list(range(M - 10, M, 4)), list(range(-M + 10, -M - 1, -4)))
print(len(range(-M, M, 3)), range(-M, M, 3)[-1], (M - 1) in range(-M, M, 2))
print(list(reversed(range(M - 5, M, 2))))
total = 0
for i in range(M - 100, M, 7):
    total += i % 1000
print(total)
