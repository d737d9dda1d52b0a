module {
} loc(#loc)
#loc = loc("empty_file.mlir":0:0)

