// A variadic op with no operands: torch-mlir-opt prints `:  ->` (OpFormatGen
// emits the space before the empty type list) and cannot parse that back, so
// this file is only printed (make_torch_op_corpus.py --tool), never re-parsed.
func.func @f(%a: !torch.int) {
  %0 = "torch.aten.format"() : () -> !torch.str
  %1 = "torch.aten.format"(%a) {foo} : (!torch.int) -> !torch.str
  return
}
