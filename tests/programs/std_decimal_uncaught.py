# decimal: an uncaught trapped signal ends the program with CPython's
# report: "decimal.InvalidOperation: [<class 'decimal.InvalidOperation'>]".
from decimal import Decimal, getcontext


def average(values):
    return sum(values) / len(values)


print(average([Decimal("1.5"), Decimal("2.5")]))
getcontext().prec = 5
print(Decimal(1) / 7)
print(Decimal("2").sqrt() ** 2)
print(Decimal(-1).sqrt())
