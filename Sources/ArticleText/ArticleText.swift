// article layer
