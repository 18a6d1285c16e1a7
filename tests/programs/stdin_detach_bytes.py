# Reading standard input as bytes after sys.stdin.detach(), as sequence tools do
# (no input here: the stream is empty or closed, the program must not fail).
import sys

binary = sys.stdin.detach()
data = b"".join(line for line in binary)
print(type(data).__name__, len(data))
