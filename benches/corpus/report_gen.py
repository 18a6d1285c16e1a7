"""A sales report generator: records are grouped by region and product, and rendered to
text with f-strings, str.format, padding, and ''.join of row fragments; a small template
engine fills `{{name}}` placeholders from dictionaries."""
import sys

REGIONS = ["North", "South", "East", "West", "Central"]
PRODUCTS = ["widget", "gadget", "gizmo", "doohickey", "sprocket", "flange"]


def records(n):
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        region = REGIONS[state % 5]
        product = PRODUCTS[(state >> 8) % 6]
        qty = 1 + (state >> 12) % 20
        price = 2.5 + ((state >> 4) % 400) / 8.0
        yield {"id": i, "region": region, "product": product, "qty": qty, "price": price}


def render_template(template, values):
    out = []
    i = 0
    while True:
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.find("}}", start)
        out.append(template[i:start])
        key = template[start + 2:end].strip()
        out.append(str(values.get(key, "?")))
        i = end + 2
    return "".join(out)


ROW = "| {{region}} | {{product}} | {{qty}} | {{total}} |"


def main(n):
    table = {}
    lines = []
    for rec in records(n):
        key = (rec["region"], rec["product"])
        qty, total = table.get(key, (0, 0.0))
        table[key] = (qty + rec["qty"], total + rec["qty"] * rec["price"])
        if rec["id"] % 5 == 0:
            line = f"{rec['id']:>7} {rec['region']:<8}{rec['product']:>10} x{rec['qty']:<3} @ {rec['price']:8.3f}"
            lines.append(line)
    digest = 0
    for line in lines:
        for ch in line:
            digest = (digest * 131 + ord(ch)) % 1000000007
    print("detail lines", len(lines), "digest", digest)
    report = []
    for region in REGIONS:
        report.append("== {} ==".format(region.upper()))
        subtotal = 0.0
        for product in PRODUCTS:
            qty, total = table.get((region, product), (0, 0.0))
            subtotal += total
            report.append(render_template(ROW, {"region": region.ljust(8), "product": product.rjust(10),
                                                 "qty": str(qty).rjust(6), "total": f"{total:12.2f}"}))
        report.append("subtotal: " + format(subtotal, ",.2f"))
    text = "\n".join(report)
    print(text)
    print("report chars", len(text), "sum", f"{sum(t for _, t in table.values()):.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
