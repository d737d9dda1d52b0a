// RUN: --allow-unregistered-dialect
func.func @f() {
  return
}
func.func @f() {
  return
}
