module {
  func.func @f(%arg0: index) {
    scf.forall (%arg1) in (4) {
    } {mapping = []}
    return
  }
}

