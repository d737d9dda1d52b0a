// Attribute dictionaries and optional parts of the memref custom forms.
func.func @f(%m: memref<4xf32>, %i: index, %f: f32) {
  %0 = memref.load %m[%i] {alignment = 16 : i64} : memref<4xf32>
  memref.store %f, %m[%i] {alignment = 16 : i64, nontemporal = false} : memref<4xf32>
  %1 = memref.load %m[%i] {nontemporal = false} : memref<4xf32>
  %2 = memref.alloca() {alignment = 8 : i64} : memref<4xf32>
  %3 = memref.get_global @g : memref<4xf32> {foo}
  %4 = memref.alloc() {foo} : memref<4xf32>
  return
}
memref.global "private" constant @g : memref<4xf32> = dense<1.0> {alignment = 16 : i64}
memref.global "nested" @h : memref<4xf32> {foo}
