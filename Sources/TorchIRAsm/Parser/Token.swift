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
    switch s {
    case "->": return .arrow
    case ":": return .colon
    case ",": return .comma
    case "...": return .ellipsis
    case "=": return .equal
    case ">": return .greater
    case "{": return .lBrace
    case "(": return .lParen
    case "[": return .lSquare
    case "<": return .less
    case "-": return .minus
    case "+": return .plus
    case "?": return .question
    case "}": return .rBrace
    case ")": return .rParen
    case "]": return .rSquare
    case "*": return .star
    case "|": return .verticalBar
    default: return nil
    }
  }
}
