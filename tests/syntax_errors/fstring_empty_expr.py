x = f'value {}'
