x = 5
match x:
    case y:
        pass
    case 5:
        pass
