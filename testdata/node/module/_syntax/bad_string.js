const s = "one
