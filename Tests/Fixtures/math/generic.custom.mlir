module {
  func.func @generic(%arg0: f32, %arg1: i32) {
    %0 = math.exp %arg0 : f32
    %1 = math.exp %arg0 fastmath<fast> : f32
    %2 = math.powf %arg0, %arg0 fastmath<arcp> {tag = 1 : i32} : f32
    %3 = math.isnan %arg0 : f32
    %4 = math.ctpop %arg1 : i32
    %5 = math.fpowi %arg0, %arg1 : f32, i32
    %sin, %cos = math.sincos %arg0 fastmath<afn> : f32
    return
  }
}

