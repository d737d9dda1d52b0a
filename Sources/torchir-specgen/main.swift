print("torchir-specgen: not implemented yet")
