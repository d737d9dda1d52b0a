// `--split-input-file`: the input is cut at each `// -----` marker (anywhere,
// as MLIR cuts it) into chunks processed on their own; outputs are joined by
// the marker line.

import TorchIRCore

public struct InputChunk {
  /// Byte range of the chunk in the whole buffer.
  public var range: Range<Int>
  /// Index of the chunk (0 for the first).
  public var index: Int
}

public let defaultSplitMarker = "// -----"

/// The chunks of `bytes` separated by `marker`; the whole buffer when there is
/// no marker.
public func splitInput(_ bytes: [UInt8], marker: String = defaultSplitMarker) -> [InputChunk] {
  let m = Array(marker.utf8)
  guard !m.isEmpty, bytes.count >= m.count else { return [InputChunk(range: 0..<bytes.count, index: 0)] }
  var chunks: [InputChunk] = []
  var start = 0
  var i = 0
  let first = m[0]
  while i + m.count <= bytes.count {
    if bytes[i] == first && bytes[i..<(i + m.count)].elementsEqual(m) {
      chunks.append(InputChunk(range: start..<i, index: chunks.count))
      i += m.count
      start = i
      continue
    }
    i += 1
  }
  chunks.append(InputChunk(range: start..<bytes.count, index: chunks.count))
  return chunks
}
