import sys


def main():
    print("doing work")
    return 3


if __name__ == "__main__":
    sys.exit(main())
