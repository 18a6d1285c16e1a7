# decimal: format() / f-strings / str.format with Decimal's format specs
# (fixed, exponent, general, percent, grouping, fill/align/sign/zero/width,
# the z option), rounding by the context, and invalid specs.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP, getcontext

values = ["123.456", "1.5", "-0.000123456", "1E+10", "123456789", "0.00", "1.5E-10", "NaN",
          "-Infinity", "0E+5", "1234.5678E+2", "9.999", "-1234567.891", "0.5", "2.5"]
specs = ["", ".2f", ".0f", "f", ",", ",.2f", "e", ".3e", ".0e", "E", "%", ".1%", "g", ".3g", "G",
         ".2", ".10", "n", ">12", "<12.2f", "^+15,.3f", "010.2f", "015,.2f", "012,", " .2f", "=+12.1f",
         "z.1f", "*^20", ".2F", "+.3G", "-e", "_<10.1f"]
for v in values:
    d = Decimal(v)
    print(v, " | ".join(repr(format(d, s)) for s in specs))

for spec in ["_", "#.0f", "d", "x", ",_", ".f", "10.2q", "=", "0=", ".2%%"]:
    try:
        print(spec, repr(format(Decimal("1.5"), spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)

print("{:.3}".format(Decimal("1234.5")), "{:>10.2f}|".format(Decimal("3.14159")), f"{Decimal('2.675'):.2f}")
print(f"{Decimal('3.14159'):8.3f}|{Decimal('-42'):+}|{Decimal('1e-7'):f}|{Decimal('1e-7')}")
print(format(Decimal("1.25"), ".1f"), format(Decimal("1.35"), ".1f"), format(Decimal("0.125"), ".2%"))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("1.29"), ".1f"), format(Decimal("-1.29"), ".1f"), format(Decimal("9.99"), ".2"))
with localcontext(rounding=ROUND_HALF_UP):
    print(format(Decimal("1.25"), ".1f"), format(Decimal("2.5"), ".0f"))
getcontext().capitals = 0
print(format(Decimal("1e10"), ""), format(Decimal("1e10"), ".2"), format(Decimal("1e10"), "E"))
getcontext().capitals = 1
print(format(Decimal("-0.0001"), "z.2f"), format(Decimal("-0"), "z"), format(Decimal("-0.0"), "+z.1f"))
print(format(Decimal("1234567.1"), ",.3g"), format(Decimal("1234567"), ","), format(Decimal("-1234.5"), "010,.1f"))
print(format(Decimal("12345678901234567890.123456789"), ",f"), format(Decimal("0.1"), ".30f"))
print(format(Decimal(2).sqrt(), ".50f"), format(Decimal("1E+30"), ",.0f"))
