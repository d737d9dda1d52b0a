module {
  module @first {
  }
  module @second {
    "foo.op"() : () -> ()
  }
}

