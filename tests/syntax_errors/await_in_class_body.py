class Client:
    data = await load()
