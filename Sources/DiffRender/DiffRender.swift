// DiffRender layer: see design §1.
