// Runs work on a thread with a large stack: the parser, verifier and printer
// recurse once per nesting level (bounded by --mlir-max-nesting-depth), and a
// debug build's frames are large.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

private final class WorkBox: @unchecked Sendable {
  let work: () -> Int32
  var result: Int32 = 1
  init(_ work: @escaping () -> Int32) { self.work = work }
}

/// Runs `work` on a new thread with a 1 GiB stack reservation (pages are only
/// committed when touched) and returns its result; runs it in place if the
/// thread cannot be created.
public func runOnLargeStack(_ work: @escaping () -> Int32) -> Int32 {
  let box = WorkBox(work)
  var attr = pthread_attr_t()
  pthread_attr_init(&attr)
  defer { pthread_attr_destroy(&attr) }
  pthread_attr_setstacksize(&attr, 1 << 30)
  let unmanaged = Unmanaged.passRetained(box)
  #if canImport(Darwin)
    var thread: pthread_t? = nil
  #else
    var thread = pthread_t()
  #endif
  let rc = pthread_create(&thread, &attr, { arg in
    guard let arg else { return nil }
    let b = Unmanaged<WorkBox>.fromOpaque(arg).takeRetainedValue()
    b.result = b.work()
    return nil
  }, unmanaged.toOpaque())
  if rc != 0 {
    unmanaged.release()
    return work()
  }
  #if canImport(Darwin)
    if let t = thread { pthread_join(t, nil) }
  #else
    pthread_join(thread, nil)
  #endif
  return box.result
}
