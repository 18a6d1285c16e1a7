print(end.sep="")
