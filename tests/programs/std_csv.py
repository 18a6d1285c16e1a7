# csv: reader/writer state machine and quoting, dialects, DictReader/DictWriter, errors.
import csv
import io

src = 'name,age,city\r\nAlice,30,"New York, NY"\r\n"Bob ""B""",25,"multi\nline"\r\n,,\r\n\r\nlast,1,x'
r = csv.reader(io.StringIO(src, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a,b', 'c,"d,e"', '"unterminated'])), list(csv.reader(['a;b;c'], delimiter=';')))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)), list(csv.reader(['x\ty'], dialect='excel-tab')), list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['1,"2",abc', '3.5,x'], quoting=csv.QUOTE_NONNUMERIC)) if False else '', list(csv.reader(["'a,b',c"], quotechar="'")), list(csv.reader(['a,"b"c"d",e'])))
print(list(csv.reader(['"a""b",c'], doublequote=True)), list(csv.reader(['a "quoted" word,b'])), list(csv.reader(['a,b,'])), list(csv.reader([''])), list(csv.reader(['"x"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(io.StringIO('a,b\nc,d\n'))), list(csv.reader(['a,b\r\n', 'c,d\n'])))

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['plain', 'with,comma', 'with "quote"', 'new\nline', '', None, 42, 3.5, True]))
w.writerows([[1, 2], ['a', 'b'], [''], [None], []])
print(repr(out.getvalue()))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=q).writerow(['a', 1, 2.5, None, 'b c'])
    print(q, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f'])
csv.writer(s, delimiter='|', lineterminator='\n', quotechar="'").writerow(["x|y", "it's", 'z'])
csv.writer(s, doublequote=False, escapechar='\\').writerow(['say "hi"'])
csv.writer(s, dialect='unix').writerow(['u', 1])
csv.writer(s, dialect=csv.excel_tab).writerow(['t', 'a\tb'])
print(repr(s.getvalue()))

rows = list(csv.DictReader(io.StringIO('id,name,score\n1,ann,9.5\n2,bob\n\n3,cy,7,extra,more\n')))
print(rows)
dr = csv.DictReader(io.StringIO('a,b\n1,2\n'), fieldnames=['x', 'y'], restkey='rest', restval='?')
print(dr.fieldnames, list(dr), csv.DictReader(io.StringIO('h1,h2\n')).fieldnames, csv.DictReader(io.StringIO('')).fieldnames)
dr = csv.DictReader(io.StringIO('k,v\n1\n2,3,4\n'), restkey='more', restval='-')
print(list(dr), dr.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'note'], restval='n/a')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'ann'})
dw.writerows([{'id': 2, 'name': 'bob, jr', 'note': 'x'}])
csv.DictWriter(out, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})
print(repr(out.getvalue()))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, csv.get_dialect('excel').lineterminator == '\r\n', list(csv.reader(['"a"|"b"'], 'pipes')))
s = io.StringIO()
csv.writer(s, 'pipes').writerow([1, 'x'])
print(repr(s.getvalue()))
csv.unregister_dialect('pipes')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception), csv.field_size_limit())

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: list(csv.reader(['a,"b"c'], strict=True))); err(lambda: list(csv.reader(['"abc'], strict=True))); err(lambda: list(csv.reader(['a\rb'])))
err(lambda: list(csv.reader(['x,y'], quoting=csv.QUOTE_NONNUMERIC))); err(csv.get_dialect, 'nope'); err(csv.unregister_dialect, 'nope')
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])); err(lambda: csv.writer(io.StringIO()).writerow(5))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([''])); err(lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'zz': 2}))
err(lambda: csv.reader([], delimiter='ab')); err(lambda: csv.reader([], delimiter=1)); err(lambda: csv.reader([], quoting=7)); err(lambda: list(csv.reader([b'a,b'])))
err(csv.writer, 5); err(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad'))
