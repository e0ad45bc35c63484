/// Decompresses raw DEFLATE data (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Output is bounded: the caller gives the most bytes it accepts, and a stream that would expand
/// past it is refused with an error as soon as it reaches it (a ZIP bomb costs at most that much
/// memory). Every malformed or truncated stream is a thrown `FormatError`, never a trap.
public enum Inflate {
  /// The bytes `input` expands to, at most `maxOutput` of them. `sizeHint` (for example the size an
  /// archive declares) only sizes the first allocation; it is not trusted.
  public static func decompress(
    _ input: [UInt8], maxOutput: Int, sizeHint: Int = 0
  ) throws(FormatError) -> [UInt8] {
    try input.withUnsafeBufferPointer { (buffer) throws(FormatError) -> [UInt8] in
      try decompress(buffer, maxOutput: maxOutput, sizeHint: sizeHint)
    }
  }

  /// The bytes the DEFLATE data in `input` expands to, at most `maxOutput` of them.
  public static func decompress(
    _ input: UnsafeBufferPointer<UInt8>, maxOutput: Int, sizeHint: Int = 0
  ) throws(FormatError) -> [UInt8] {
    guard let base = input.baseAddress, !input.isEmpty else {
      throw FormatError("truncated DEFLATE data: no block", offset: 0)
    }
    var inflater = Inflater(
      input: base, count: input.count, limit: max(0, maxOutput), sizeHint: max(0, sizeHint))
    defer { inflater.release() }
    try inflater.run()
    return inflater.result()
  }
}
