try:
    x=1
except:
# c

print(2)
