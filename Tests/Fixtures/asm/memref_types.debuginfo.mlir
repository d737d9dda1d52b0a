#map = affine_map<(d0, d1) -> (d1, d0)>
#map1 = affine_map<(d0) -> (d0 + 2)>
#map2 = affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>
#map3 = affine_map<(d0) -> (d0 floordiv 4, d0 mod 4)>
module {
  %0:5 = "foo.memrefs"() : () -> (memref<f32>, memref<4xf32>, memref<?x4xi8>, memref<2x?x?xindex>, memref<0xf32>) loc(#loc1)
  %1:3 = "foo.memrefs"() : () -> (memref<4xvector<4xf32>>, memref<2xcomplex<f32>>, memref<4xmemref<2xf32>>) loc(#loc2)
  %2:4 = "foo.memrefs"() : () -> (memref<4xf32, 1>, memref<4xf32>, memref<4xf32, "gpu">, memref<4xf32, {x = 1 : i32}>) loc(#loc3)
  %3:2 = "foo.memrefs"() : () -> (memref<4x4xf32, #map>, memref<8xf32, #map1>) loc(#loc4)
  %4 = "foo.memrefs"() : () -> memref<4x4xf32, #map2, 3> loc(#loc5)
  %5 = "foo.memrefs"() : () -> memref<16xf32, #map3> loc(#loc6)
  %6:4 = "foo.memrefs"() : () -> (memref<4x4xf32>, memref<4xf32>, memref<4xf32, 1 : i32>, memref<4xf32, 5>) loc(#loc7)
  %7:3 = "foo.memrefs"() : () -> (memref<4x4xf32, strided<[4, 1]>>, memref<4x4xf32, strided<[4, 1], offset: 8>>, memref<?x?xf32, strided<[?, ?], offset: ?>>) loc(#loc8)
  %8:3 = "foo.memrefs"() : () -> (memref<4xf32, strided<[2]>>, memref<f32, strided<[], offset: 5>>, memref<4x4xf32, strided<[1, 4], offset: ?>, 2>) loc(#loc9)
  %9:2 = "foo.memrefs"() : () -> (memref<4xf32, strided<[1]>>, memref<4x4xf32, strided<[4, 1]>>) loc(#loc10)
  %10:3 = "foo.memrefs"() : () -> (memref<*xf32>, memref<*xi8, 1>, memref<*xf32, "global">) loc(#loc11)
} loc(#loc)
#loc = loc("memref_types.mlir":0:0)
#loc1 = loc("memref_types.mlir":2:1)
#loc2 = loc("memref_types.mlir":3:1)
#loc3 = loc("memref_types.mlir":5:1)
#loc4 = loc("memref_types.mlir":7:1)
#loc5 = loc("memref_types.mlir":8:1)
#loc6 = loc("memref_types.mlir":9:1)
#loc7 = loc("memref_types.mlir":11:1)
#loc8 = loc("memref_types.mlir":13:1)
#loc9 = loc("memref_types.mlir":14:1)
#loc10 = loc("memref_types.mlir":15:1)
#loc11 = loc("memref_types.mlir":17:1)

