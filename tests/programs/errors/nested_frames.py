class Parser:
    def parse(self, text):
        return [self.parse_item(part) for part in text.split(",")]

    def parse_item(self, part):
        key, value = part.split("=")
        return key, self.convert(value)

    def convert(self, value):
        return float(value)


def load(text):
    return dict(Parser().parse(text))


def main():
    print(load("a=1,b=2.5"))
    print(load("a=1,b=oops"))


main()
