class P:
    __match_args__ = ('a', 'b')
    def __init__(s): s.a = 1; s.b = 2
match P():
    case P(1, 2, 3):
        print('x')
