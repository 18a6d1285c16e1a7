count = 10


def increment():
    count += 1
    return count


print("before")
print(increment())
