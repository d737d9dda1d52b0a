// RUN: --allow-unregistered-dialect
	"foo.x"() {a =	1000 : i8} : () -> ()
