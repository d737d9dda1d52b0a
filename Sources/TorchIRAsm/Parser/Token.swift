// Tokens of MLIR's textual format (MLIR's TokenKinds.def). Keywords are lexed
// as bare identifiers and recognised by the parser by their spelling.

import TorchIRCore

public enum TokenKind: UInt8, Sendable {
  case eof
  case error
  // Identifiers.
  case bareIdentifier  // foo, i32, tensor, x.y
  case atIdentifier  // @foo, @"foo"
  case hashIdentifier  // #foo, #foo.bar, #0?
  case percentIdentifier  // %foo, %0
  case caretIdentifier  // ^bb0
  case exclamationIdentifier  // !foo
  // Literals.
  case integer  // 42, 0x2A
  case floatLiteral  // 1.0, 1.5e-3
  case string  // "..."
  // Punctuation.
  case arrow  // ->
  case colon
  case comma
  case ellipsis  // ...
  case equal
  case greater
  case lBrace
  case lParen
  case lSquare
  case less
  case minus
  case plus
  case question
  case rBrace
  case rParen
  case rSquare
  case star
  case verticalBar
  case fileMetadataBegin  // {-#
  case fileMetadataEnd  // #-}
}

public struct Token {
  public var kind: TokenKind
  /// Byte offsets of the token's spelling in the buffer.
  public var start: Int
  public var end: Int
  /// 1-based line of `start`, and the offset where that line begins.
  public var line: Int
  public var lineStart: Int

  public var column: Int { start - lineStart + 1 }
  public var length: Int { end - start }
  public func isKind(_ k: TokenKind) -> Bool { kind == k }
}

extension TokenKind {
  /// How MLIR spells this punctuation in "expected '...'" messages.
  public var spelling: String {
    switch self {
    case .arrow: return "->"
    case .colon: return ":"
    case .comma: return ","
    case .ellipsis: return "..."
    case .equal: return "="
    case .greater: return ">"
    case .lBrace: return "{"
    case .lParen: return "("
    case .lSquare: return "["
    case .less: return "<"
    case .minus: return "-"
    case .plus: return "+"
    case .question: return "?"
    case .rBrace: return "}"
    case .rParen: return ")"
    case .rSquare: return "]"
    case .star: return "*"
    case .verticalBar: return "|"
    case .fileMetadataBegin: return "{-#"
    case .fileMetadataEnd: return "#-}"
    default: return "\(self)"
    }
  }

  public static func punctuation(_ s: String) -> TokenKind? {
    // By bytes: a String switch compares case by case (this runs for every
    // literal of every custom-form op parsed).
    var it = s.utf8.makeIterator()
    guard let b0 = it.next() else { return nil }
    guard let b1 = it.next() else {
      switch b0 {
      case UInt8(ascii: ":"): return .colon
      case UInt8(ascii: ","): return .comma
      case UInt8(ascii: "="): return .equal
      case UInt8(ascii: ">"): return .greater
      case UInt8(ascii: "{"): return .lBrace
      case UInt8(ascii: "("): return .lParen
      case UInt8(ascii: "["): return .lSquare
      case UInt8(ascii: "<"): return .less
      case UInt8(ascii: "-"): return .minus
      case UInt8(ascii: "+"): return .plus
      case UInt8(ascii: "?"): return .question
      case UInt8(ascii: "}"): return .rBrace
      case UInt8(ascii: ")"): return .rParen
      case UInt8(ascii: "]"): return .rSquare
      case UInt8(ascii: "*"): return .star
      case UInt8(ascii: "|"): return .verticalBar
      default: return nil
      }
    }
    let b2 = it.next()
    if b0 == UInt8(ascii: "-"), b1 == UInt8(ascii: ">"), b2 == nil { return .arrow }
    if b0 == UInt8(ascii: "."), b1 == UInt8(ascii: "."), b2 == UInt8(ascii: "."), it.next() == nil {
      return .ellipsis
    }
    return nil
  }

}
