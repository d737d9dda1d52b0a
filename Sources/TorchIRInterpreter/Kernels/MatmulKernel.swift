// A blocked f32 matrix multiply: C[m, n] += A[m, k] * B[k, n] on row-major
// matrices with leading dimensions, the GotoBLAS way. B is packed per
// (KC x NC) block into panels of NR columns, A per (MC x KC) block into
// panels of MR rows (both zero-padded at the edges), and a register-tiled
// MR x NR micro-kernel keeps the C tile in SIMD accumulators while it walks
// K, so each loaded A and B element is used MR or NR times from registers.
// The loops over packed panels use unsafe pointers, so the compiler emits
// vector code with no bounds checks; callers check shapes before. Large
// products split the rows of C over two threads (each packs its own
// blocks; they write disjoint rows).
//
// The micro-kernel multiplies and adds separately (no fused multiply-add:
// Swift does not contract, and the baseline x86-64 target has no FMA), so
// each term is rounded as the reference generic path rounds it; only the
// order of the sum over K differs.

let gemmMR = 6
let gemmNR = 8
let gemmKC = 256
let gemmMC = 96
let gemmNC = 1024

/// C += A * B for f32 row-major matrices (m x k, k x n, m x n).
func sgemmAccumulate(
  m: Int, n: Int, k: Int,
  a: UnsafePointer<Float>, lda: Int,
  b: UnsafePointer<Float>, ldb: Int,
  c: UnsafeMutablePointer<Float>, ldc: Int
) {
  if m == 0 || n == 0 || k == 0 { return }
  let box = UncheckedSendableBox(value: (a, b, c))
  let rowBlocks = (m + gemmMR - 1) / gemmMR
  parallelRanges(rowBlocks, costPerItem: gemmMR * n * k) { blocks in
    let (a, b, c) = box.value
    let lo = blocks.lowerBound * gemmMR
    let hi = min(m, blocks.upperBound * gemmMR)
    sgemmSerial(m: hi - lo, n: n, k: k, a: a + lo * lda, lda: lda, b: b, ldb: ldb, c: c + lo * ldc, ldc: ldc)
  }
}

func sgemmSerial(
  m: Int, n: Int, k: Int,
  a: UnsafePointer<Float>, lda: Int,
  b: UnsafePointer<Float>, ldb: Int,
  c: UnsafeMutablePointer<Float>, ldc: Int
) {
  let packB = UnsafeMutablePointer<Float>.allocate(capacity: gemmKC * (gemmNC + gemmNR))
  let packA = UnsafeMutablePointer<Float>.allocate(capacity: gemmKC * (gemmMC + gemmMR))
  defer {
    packB.deallocate()
    packA.deallocate()
  }
  var jc = 0
  while jc < n {
    let nc = min(gemmNC, n - jc)
    var pc = 0
    while pc < k {
      let kc = min(gemmKC, k - pc)
      packPanelsB(kc, nc, b + pc * ldb + jc, ldb, packB)
      var ic = 0
      while ic < m {
        let mc = min(gemmMC, m - ic)
        packPanelsA(mc, kc, a + ic * lda + pc, lda, packA)
        var jr = 0
        while jr < nc {
          let nr = min(gemmNR, nc - jr)
          var ir = 0
          while ir < mc {
            let mr = min(gemmMR, mc - ir)
            microKernel6x8(
              kc, packA + ir * kc, packB + jr * kc, c + (ic + ir) * ldc + jc + jr, ldc, mr, nr)
            ir += gemmMR
          }
          jr += gemmNR
        }
        ic += gemmMC
      }
      pc += kc
    }
    jc += nc
  }
}

/// Packs the kc x nc block of B into panels of NR columns: panel p holds
/// rows 0..<kc of columns p*NR ..< p*NR+NR, one row after another.
@inline(__always)
private func packPanelsB(_ kc: Int, _ nc: Int, _ b: UnsafePointer<Float>, _ ldb: Int, _ out: UnsafeMutablePointer<Float>) {
  var j = 0
  var dst = out
  while j < nc {
    let w = min(gemmNR, nc - j)
    if w == gemmNR {
      for p in 0..<kc {
        let src = b + p * ldb + j
        for q in 0..<gemmNR { dst[q] = src[q] }
        dst += gemmNR
      }
    } else {
      for p in 0..<kc {
        let src = b + p * ldb + j
        for q in 0..<gemmNR { dst[q] = q < w ? src[q] : 0 }
        dst += gemmNR
      }
    }
    j += gemmNR
  }
}

/// Packs the mc x kc block of A into panels of MR rows: panel p holds, for
/// each k, the MR elements of rows p*MR ..< p*MR+MR.
@inline(__always)
private func packPanelsA(_ mc: Int, _ kc: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ out: UnsafeMutablePointer<Float>) {
  var i = 0
  var dst = out
  while i < mc {
    let h = min(gemmMR, mc - i)
    for p in 0..<kc {
      for r in 0..<gemmMR { dst[r] = r < h ? a[(i + r) * lda + p] : 0 }
      dst += gemmMR
    }
    i += gemmMR
  }
}

/// The 6 x 8 tile of C += packed A panel * packed B panel over kc; only the
/// top-left mr x nr of the tile is written back at the edges.
@inline(__always)
private func microKernel6x8(
  _ kc: Int, _ ap: UnsafePointer<Float>, _ bp: UnsafePointer<Float>,
  _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ mr: Int, _ nr: Int
) {
  var c0 = SIMD8<Float>(), c1 = SIMD8<Float>(), c2 = SIMD8<Float>()
  var c3 = SIMD8<Float>(), c4 = SIMD8<Float>(), c5 = SIMD8<Float>()
  var a = ap
  var b = UnsafeRawPointer(bp)
  for _ in 0..<kc {
    let bv = b.loadUnaligned(as: SIMD8<Float>.self)
    c0 += bv * a[0]
    c1 += bv * a[1]
    c2 += bv * a[2]
    c3 += bv * a[3]
    c4 += bv * a[4]
    c5 += bv * a[5]
    a += gemmMR
    b += gemmNR * 4
  }
  if mr == gemmMR && nr == gemmNR {
    let raw = UnsafeMutableRawPointer(c)
    let stride = ldc * 4
    @inline(__always) func add(_ row: Int, _ v: SIMD8<Float>) {
      let p = raw + row * stride
      p.storeBytes(of: p.loadUnaligned(as: SIMD8<Float>.self) + v, as: SIMD8<Float>.self)
    }
    add(0, c0)
    add(1, c1)
    add(2, c2)
    add(3, c3)
    add(4, c4)
    add(5, c5)
    return
  }
  let rows = [c0, c1, c2, c3, c4, c5]
  for r in 0..<mr {
    let v = rows[r]
    for q in 0..<nr { c[r * ldc + q] += v[q] }
  }
}
