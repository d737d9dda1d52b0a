// The printer's flags, named after mlir-opt's command-line options
// (MLIR's OpPrintingFlags).

import TorchIRCore

public struct AsmPrinterOptions: Sendable, Hashable {
  /// `--mlir-print-op-generic`: every op in the generic form.
  public var printGenericOpForm = false
  /// `--mlir-print-debuginfo`: trailing `loc(...)` on ops and block arguments.
  public var printDebugInfo = false
  /// `--mlir-pretty-debuginfo`: locations in the pretty (unparsable) form.
  public var printPrettyDebugInfo = false
  /// `--mlir-print-local-scope`: no aliases, no resource section, and SSA
  /// names computed from the nearest isolated-from-above ancestor only.
  public var printLocalScope = false
  /// `--mlir-elide-elementsattrs-if-larger=N`: non-splat elements attributes
  /// with more than N elements print as `dense_resource<__elided__>`.
  public var elideElementsAttrsIfLarger: Int? = nil
  /// `--mlir-elide-resource-strings-if-larger=N`: resource entries whose
  /// printed value is longer than N characters are left out.
  public var elideResourceStringsIfLarger: Int? = nil
  /// `--mlir-print-elementsattrs-with-hex-if-larger=N`: non-splat dense
  /// elements with more than N elements print as a hex string (-1: never).
  public var printElementsAttrsWithHexIfLarger: Int = 100
  /// `--mlir-print-assume-verified`: skip the verification that otherwise
  /// switches an invalid op to the generic form before custom printers run.
  public var assumeVerified = false
  /// `--mlir-print-skip-regions`: regions print as `{...}`.
  public var skipRegions = false

  public init(
    printGenericOpForm: Bool = false, printDebugInfo: Bool = false,
    printPrettyDebugInfo: Bool = false, printLocalScope: Bool = false,
    elideElementsAttrsIfLarger: Int? = nil, elideResourceStringsIfLarger: Int? = nil,
    printElementsAttrsWithHexIfLarger: Int = 100, assumeVerified: Bool = false,
    skipRegions: Bool = false
  ) {
    self.printGenericOpForm = printGenericOpForm
    self.printDebugInfo = printDebugInfo
    self.printPrettyDebugInfo = printPrettyDebugInfo
    self.printLocalScope = printLocalScope
    self.elideElementsAttrsIfLarger = elideElementsAttrsIfLarger
    self.elideResourceStringsIfLarger = elideResourceStringsIfLarger
    self.printElementsAttrsWithHexIfLarger = printElementsAttrsWithHexIfLarger
    self.assumeVerified = assumeVerified
    self.skipRegions = skipRegions
  }

  /// What MLIR uses when an op is printed into a diagnostic ("see current
  /// operation: ...", "block with no terminator, has ..."): local scope, large
  /// elements elided (the default limit of 16) and, for errors, the generic form.
  public static let diagnostic = AsmPrinterOptions(
    printGenericOpForm: true, printLocalScope: true, elideElementsAttrsIfLarger: 16)

  /// Whether an elements attribute with `count` elements is printed elided.
  func shouldElideElements(count: Int, isSplat: Bool) -> Bool {
    guard let limit = elideElementsAttrsIfLarger else { return false }
    return limit < count && !isSplat
  }

  /// Whether non-splat dense elements with `count` elements use the hex form.
  func shouldPrintElementsWithHex(count: Int) -> Bool {
    if printElementsAttrsWithHexIfLarger == -1 { return false }
    return count > printElementsAttrsWithHexIfLarger
  }
}
