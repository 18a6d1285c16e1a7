s = 'abc'
r = s.replace('a',
              1)
