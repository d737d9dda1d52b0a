// Two top-level modules: the parser wraps them in an implicit module.
module @first {
}
module @second {
  "foo.op"() : () -> ()
}
