// RUN:
func.func private @f() -> !xyz.t
