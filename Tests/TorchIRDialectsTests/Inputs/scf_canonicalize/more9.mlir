// Canonicalization inputs: torch-mlir-opt --canonicalize output is Tests/Fixtures/scf/more9.canonicalize.mlir.
func.func private @sink(f32)
func.func @move_if_down(%c: i1, %x: f32, %y: f32) {
  scf.while : () -> () {
    func.call @sink(%x) : (f32) -> ()
    scf.if %c {
      %a = arith.addf %x, %y : f32
      func.call @sink(%a) : (f32) -> ()
    }
    scf.condition(%c)
  } do {
    func.call @sink(%y) : (f32) -> ()
    scf.yield
  }
  return
}
func.func @no_move_if_down(%c: i1, %x: f32, %y: f32) {
  scf.while (%b = %x) : (f32) -> () {
    scf.if %c {
      func.call @sink(%b) : (f32) -> ()
    }
    scf.condition(%c)
  } do {
    scf.yield %y : f32
  }
  return
}
