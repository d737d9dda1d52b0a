// Typed pass options, parsed from MLIR's `{key=value key2=value}` syntax and
// printed back in the form `--dump-pass-pipeline` shows (sorted by name,
// separated by one space; list options with no values print as nothing, as
// MLIR does, which leaves runs of spaces that tests compare byte for byte).

import TorchIRCore

/// A value an option can hold: parsed from and printed to option text.
public protocol PassOptionValue {
  /// nil when `text` is not a valid value.
  init?(optionText text: String)
  var optionText: String { get }
  /// How `--help` names the value (`<long>`, `<string>`).
  static var optionTypeName: String { get }
  /// The complaint about a value that does not parse, after `for the --name option: `.
  static func invalidValueMessage(_ text: String) -> String
}

extension PassOptionValue {
  public static func invalidValueMessage(_ text: String) -> String {
    "'\(text)' value invalid for \(optionTypeName) argument!"
  }
}

extension Int: PassOptionValue {
  public init?(optionText text: String) { self.init(text) }
  public var optionText: String { String(self) }
  public static var optionTypeName: String { "long" }
}

extension Bool: PassOptionValue {
  /// LLVM's cl::opt<bool> accepts these spellings.
  public init?(optionText text: String) {
    switch text {
    case "", "true", "TRUE", "True", "1": self = true
    case "false", "FALSE", "False", "0": self = false
    default: return nil
    }
  }
  public var optionText: String { self ? "true" : "false" }
  public static var optionTypeName: String { "" }
}

extension String: PassOptionValue {
  public init?(optionText text: String) { self = text }
  public var optionText: String { self }
  public static var optionTypeName: String { "string" }
}

/// Why an option could not be set; the text is what MLIR prints.
public struct PassOptionError: Error, Sendable, Equatable {
  public let message: String
  public init(_ message: String) { self.message = message }
}

/// One named option of a pass, untyped view.
public class PassOptionBase {
  public let name: String
  public let help: String
  /// Whether the option holds a list (printed without a value when empty).
  public var isList: Bool { false }
  init(name: String, help: String) {
    self.name = name
    self.help = help
  }
  /// Sets the value from option text.
  func parse(_ text: String) throws(PassOptionError) {}
  /// `name=value` as MLIR prints it in a pipeline, or "" for an empty list.
  public var printed: String { "" }
  public var typeName: String { "" }
}

/// A single-valued option.
public final class PassOption<Value: PassOptionValue>: PassOptionBase {
  public var value: Value
  public init(_ name: String, default value: Value, help: String) {
    self.value = value
    super.init(name: name, help: help)
  }
  override func parse(_ text: String) throws(PassOptionError) {
    guard let v = Value(optionText: text) else {
      throw PassOptionError("for the --\(name) option: " + Value.invalidValueMessage(text))
    }
    value = v
  }
  public override var printed: String { "\(name)=\(value.optionText)" }
  public override var typeName: String { Value.optionTypeName }
}

/// A comma-separated list option (`disable-patterns=a,b`).
public final class PassListOption<Element: PassOptionValue>: PassOptionBase {
  public var values: [Element] = []
  public init(_ name: String, help: String) { super.init(name: name, help: help) }
  public override var isList: Bool { true }
  override func parse(_ text: String) throws(PassOptionError) {
    for piece in text.split(separator: ",", omittingEmptySubsequences: true) {
      guard let v = Element(optionText: String(piece)) else {
        throw PassOptionError("for the --\(name) option: " + Element.invalidValueMessage(String(piece)))
      }
      values.append(v)
    }
  }
  public override var printed: String {
    values.isEmpty ? "" : "\(name)=" + values.map(\.optionText).joined(separator: ",")
  }
  public override var typeName: String { Element.optionTypeName }
}

/// The options of one pass, in declaration order.
public final class PassOptions {
  public private(set) var all: [PassOptionBase] = []
  public init() {}

  /// Declares an option; passes call this from their initializer.
  @discardableResult
  public func add<T: PassOptionBase>(_ option: T) -> T {
    all.append(option)
    return option
  }

  public func option(named name: String) -> PassOptionBase? { all.first { $0.name == name } }

  /// Parses `key=value key2=value` (the text between the braces). Values may
  /// be quoted or braced to hold spaces; a bare key sets a flag to true.
  public func parse(_ text: String) throws(PassOptionError) {
    for (key, value) in try splitOptionText(text) {
      guard let opt = option(named: key) else {
        throw PassOptionError("<Pass-Options-Parser>: no such option \(key)")
      }
      try opt.parse(value)
    }
  }

  /// `{a=1 b=2}` body text, options sorted by name as MLIR prints them.
  public var printed: String {
    all.sorted { utf8Less($0.name, $1.name) }.map(\.printed).joined(separator: " ")
  }
}

/// Splits option text into key/value pairs, honouring quotes and nested
/// braces in values.
func splitOptionText(_ text: String) throws(PassOptionError) -> [(String, String)] {
  var out: [(String, String)] = []
  let chars = Array(text)
  var i = 0
  while i < chars.count {
    while i < chars.count, chars[i] == " " { i += 1 }
    if i >= chars.count { break }
    var key = ""
    while i < chars.count, chars[i] != "=", chars[i] != " " {
      key.append(chars[i])
      i += 1
    }
    var value = ""
    if i < chars.count, chars[i] == "=" {
      i += 1
      var depth = 0
      var quote: Character? = nil
      while i < chars.count {
        let c = chars[i]
        if let q = quote {
          if c == q { quote = nil } else { value.append(c) }
        } else if c == "\"" || c == "'" {
          quote = c
        } else if c == "{" {
          depth += 1
          value.append(c)
        } else if c == "}" {
          depth -= 1
          value.append(c)
        } else if c == " " && depth == 0 {
          break
        } else {
          value.append(c)
        }
        i += 1
      }
      if quote != nil { throw PassOptionError("unterminated quote in pass options") }
    }
    out.append((key, value))
  }
  return out
}
