module {
  "foo.res"() {a = dense_resource<blob_i32> : tensor<3xi32>} : () -> () loc(#loc1)
  "foo.res"() {b = dense_resource<blob_f32> : tensor<2xf32>, c = dense_resource<blob_i8> : tensor<2x2xi8>} : () -> () loc(#loc2)
  "foo.res"() <{p = dense_resource<blob_i32> : tensor<3xi32>}> : () -> () loc(#loc3)
  "foo.res"() {d = dense_resource<"quoted.name-1"> : tensor<1xi64>, e = dense_resource<vec_blob> : vector<4xi8>} : () -> () loc(#loc4)
  "foo.res"() {f = dense_resource<blob_f64> : tensor<f64>, g = dense_resource<blob_i1> : tensor<4xi1>} : () -> () loc(#loc5)
  "foo.res"() {h = dense_resource<no_blob> : tensor<2xi32>} : () -> () loc(#loc6)
  "foo.res"() {j = dense_resource<no_blob> : tensor<?xi32>} : () -> () loc(#loc7)
  "foo.res"() {i = dense_resource<zz_last_in_input> : tensor<1xi32>} : () -> () loc(#loc8)
} loc(#loc)
#loc = loc("dense_resource.mlir":0:0)
#loc1 = loc("dense_resource.mlir":3:1)
#loc2 = loc("dense_resource.mlir":4:1)
#loc3 = loc("dense_resource.mlir":5:1)
#loc4 = loc("dense_resource.mlir":6:1)
#loc5 = loc("dense_resource.mlir":7:1)
#loc6 = loc("dense_resource.mlir":10:1)
#loc7 = loc("dense_resource.mlir":12:1)
#loc8 = loc("dense_resource.mlir":14:1)

{-#
  dialect_resources: {
    builtin: {
      blob_i32: "0x04000000010000000200000003000000",
      blob_f32: "0x040000000000803F00000040",
      blob_i8: "0x0100000001020304",
      "quoted.name-1": "0x08000000FFFFFFFFFFFFFFFF",
      vec_blob: "0x0400000001020304",
      blob_f64: "0x08000000000000000000F03F",
      blob_i1: "0x0100000001000100",
      zz_last_in_input: "0x0400000007000000"
    }
  },
  external_resources: {
    some_tool: {
      config: "a string value",
      enabled: true,
      blob: "0x0400000001000000"
    },
    another_tool: {
      z: false
    }
  }
#-}

