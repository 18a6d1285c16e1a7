width = 100px
