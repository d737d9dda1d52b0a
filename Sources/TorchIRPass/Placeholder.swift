// The pass infrastructure (see ../../../shared/DESIGN.md, layer 3).
