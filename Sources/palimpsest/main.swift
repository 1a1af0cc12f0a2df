print("palimpsest")
