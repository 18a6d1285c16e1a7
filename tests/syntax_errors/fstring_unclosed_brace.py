x = f'value {x'
