module {
  %0:5 = "foo.memrefs"() : () -> (memref<f32>, memref<4xf32>, memref<?x4xi8>, memref<2x?x?xindex>, memref<0xf32>)
  %1:3 = "foo.memrefs"() : () -> (memref<4xvector<4xf32>>, memref<2xcomplex<f32>>, memref<4xmemref<2xf32>>)
  %2:4 = "foo.memrefs"() : () -> (memref<4xf32, 1>, memref<4xf32>, memref<4xf32, "gpu">, memref<4xf32, {x = 1 : i32}>)
  %3:2 = "foo.memrefs"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<8xf32, affine_map<(d0) -> (d0 + 2)>>)
  %4 = "foo.memrefs"() : () -> memref<4x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>, 3>
  %5 = "foo.memrefs"() : () -> memref<16xf32, affine_map<(d0) -> (d0 floordiv 4, d0 mod 4)>>
  %6:4 = "foo.memrefs"() : () -> (memref<4x4xf32>, memref<4xf32>, memref<4xf32, 1 : i32>, memref<4xf32, 5>)
  %7:3 = "foo.memrefs"() : () -> (memref<4x4xf32, strided<[4, 1]>>, memref<4x4xf32, strided<[4, 1], offset: 8>>, memref<?x?xf32, strided<[?, ?], offset: ?>>)
  %8:3 = "foo.memrefs"() : () -> (memref<4xf32, strided<[2]>>, memref<f32, strided<[], offset: 5>>, memref<4x4xf32, strided<[1, 4], offset: ?>, 2>)
  %9:2 = "foo.memrefs"() : () -> (memref<4xf32, strided<[1]>>, memref<4x4xf32, strided<[4, 1]>>)
  %10:3 = "foo.memrefs"() : () -> (memref<*xf32>, memref<*xi8, 1>, memref<*xf32, "global">)
}
