import sys

print("checking configuration")
sys.exit("fatal: configuration missing")
