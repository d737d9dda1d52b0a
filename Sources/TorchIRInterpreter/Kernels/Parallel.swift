// Splitting large kernels over two threads. The interpreter runs one op at a
// time; a kernel with enough work (a big matmul, convolution or element-wise
// loop) runs its independent halves on two threads through Dispatch and
// returns when both are done.

import Dispatch

/// Threads a large kernel uses.
let kernelThreads = 2

/// A value handed to the worker threads; the kernels guarantee the halves
/// touch disjoint memory.
struct UncheckedSendableBox<T>: @unchecked Sendable {
  let value: T
}

/// Runs `body` over `0..<count` split into contiguous ranges, one per
/// thread, when `count * costPerItem` is at least `minimumWork` (and count
/// allows), else in one call on this thread.
func parallelRanges(_ count: Int, costPerItem: Int, minimumWork: Int = 1 << 18, _ body: (Range<Int>) -> Void) {
  let threads = min(kernelThreads, count)
  let (work, overflow) = count.multipliedReportingOverflow(by: max(costPerItem, 1))
  if threads <= 1 || (!overflow && work < minimumWork) {
    body(0..<count)
    return
  }
  withoutActuallyEscaping(body) { b in
    let box = UncheckedSendableBox(value: b)
    DispatchQueue.concurrentPerform(iterations: threads) { t in
      let lo = count * t / threads
      let hi = count * (t + 1) / threads
      if lo < hi { box.value(lo..<hi) }
    }
  }
}
