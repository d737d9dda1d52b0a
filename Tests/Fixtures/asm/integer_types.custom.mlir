module {
  %0:8 = "foo.types"() : () -> (i1, i2, i7, i8, i16, i32, i64, i128)
  %1:5 = "foo.types"() : () -> (si1, si8, si16, si32, si64)
  %2:5 = "foo.types"() : () -> (ui1, ui8, ui32, ui64, ui128)
  %3:6 = "foo.types"() : () -> (i3, i17, i256, i1024, i65535, i16777215)
  %4:4 = "foo.types"() : () -> (si3, ui9, si4096, ui16777215)
  %5:3 = "foo.types"() : () -> (i0, si0, ui0)
  %6 = "foo.types"() : () -> index
  "foo.args"() {a = i1, b = si8, c = ui32, d = index} : () -> ()
}

