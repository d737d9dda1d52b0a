// MemRef types: ranked, dynamic, 0-d, layouts, memory spaces, unranked.
"foo.memrefs"() : () -> (memref<f32>, memref<4xf32>, memref<?x4xi8>, memref<2x?x?xindex>, memref<0xf32>)
"foo.memrefs"() : () -> (memref<4xvector<4xf32>>, memref<2xcomplex<f32>>, memref<4xmemref<2xf32>>)
// Memory spaces: integer, string, dictionary, dialect attribute.
"foo.memrefs"() : () -> (memref<4xf32, 1>, memref<4xf32, 0>, memref<4xf32, "gpu">, memref<4xf32, {x = 1 : i32}>)
// Affine map layouts.
"foo.memrefs"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<8xf32, affine_map<(d0) -> (d0 + 2)>>)
"foo.memrefs"() : () -> (memref<4x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>, 3>)
"foo.memrefs"() : () -> (memref<16xf32, affine_map<(d0) -> (d0 floordiv 4, d0 mod 4)>>)
// Identity layouts and the default memory space are dropped by the printer.
"foo.memrefs"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d0, d1)>>, memref<4xf32, 0 : i64>, memref<4xf32, 1 : i32>, memref<4xf32, affine_map<(d0) -> (d0)>, 5>)
// Strided layouts.
"foo.memrefs"() : () -> (memref<4x4xf32, strided<[4, 1]>>, memref<4x4xf32, strided<[4, 1], offset: 8>>, memref<?x?xf32, strided<[?, ?], offset: ?>>)
"foo.memrefs"() : () -> (memref<4xf32, strided<[2], offset: 0>>, memref<f32, strided<[], offset: 5>>, memref<4x4xf32, strided<[1, 4], offset: ?>, 2>)
"foo.memrefs"() : () -> (memref<4xf32, strided<[1]>>, memref<4x4xf32, strided<[4, 1], offset: 0>>)
// Unranked memrefs.
"foo.memrefs"() : () -> (memref<*xf32>, memref<*xi8, 1>, memref<*xf32, "global">)
