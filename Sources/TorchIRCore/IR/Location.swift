// Source locations, with MLIR's forms. Unlike types they are plain values (not
// uniqued): every parsed op has one, and most are never compared.

public indirect enum Location: Hashable, Sendable {
  case unknown
  /// `loc("file":line:col)`
  case fileLineCol(file: String, line: Int, column: Int)
  /// `loc("file":line:col to line2:col2)` (FileLineColRange with an end)
  case fileLineColRange(file: String, line: Int, column: Int, endLine: Int, endColumn: Int)
  /// `loc("name")` or `loc("name"(child))`
  case name(String, child: Location?)
  /// `loc(callsite(callee at caller))`
  case callSite(callee: Location, caller: Location)
  /// `loc(fused[a, b])` or `loc(fused<#meta>[a, b])`
  case fused([Location], metadata: Attribute?)
  /// A location given by an attribute alias or dialect attribute we keep as is.
  case opaqueAttr(Attribute)

  /// The file position this location points at, looking through names, call
  /// sites (the callee) and fused locations (the first with a position).
  public var fileLineCol: (file: String, line: Int, column: Int)? {
    switch self {
    case .fileLineCol(let f, let l, let c), .fileLineColRange(let f, let l, let c, _, _):
      return (f, l, c)
    case .name(_, let child): return child?.fileLineCol
    case .callSite(let callee, _): return callee.fileLineCol
    case .fused(let locs, _):
      for l in locs { if let p = l.fileLineCol { return p } }
      return nil
    case .unknown, .opaqueAttr: return nil
    }
  }
}
