/// Turns byte offsets in a JSON document into the line (1-based) and column (1-based, in Unicode
/// scalars) a person sees, only when a problem is reported or a `JSONNode` is built.
///
/// A line is counted at every line feed; a column counts the bytes of the line that start a UTF-8
/// sequence (a UTF-8 byte-order mark is not part of the first line). Requests in document order
/// move a cursor forward, so a whole document costs one pass; a request behind the cursor starts
/// again from the nearest checkpoint (one every 4 KiB, computed on the first such request), so a
/// file with thousands of problems in any order costs linear time, never quadratic.
///
/// A class because the cursor moves behind the reader's back; it lives as long as one document's
/// bytes and belongs to the thread reading it.
public final class JSONLocator {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// First byte of the first line: after a UTF-8 byte-order mark, if any.
  private let origin: Int
  private var offset: Int
  private var line = 1
  private var column = 1
  private var checkpoints: [(line: Int, column: Int)] = []
  private static let checkpointShift = 12

  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    origin = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    offset = origin
  }

  public func position(of target: Int) -> (line: Int, column: Int) {
    let target = max(min(target, bytes.count), origin)
    if target < offset { rewind(before: target) }
    var cursor = offset
    while cursor < target {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      cursor += 1
    }
    offset = target
    return (line, column)
  }

  /// Moves the cursor back to the last checkpoint at or before `target`.
  private func rewind(before target: Int) {
    if checkpoints.isEmpty {
      // Position at every multiple of the checkpoint size, from one pass over the whole document.
      offset = origin
      line = 1
      column = 1
      var next = 0
      while true {
        let boundary = next << JSONLocator.checkpointShift
        if boundary >= origin {
          _ = position(of: boundary)
          checkpoints.append((line, column))
        } else {
          checkpoints.append((1, 1))
        }
        if boundary >= bytes.count { break }
        next += 1
      }
    }
    let slot = target >> JSONLocator.checkpointShift
    let boundary = slot << JSONLocator.checkpointShift
    if boundary < origin {
      offset = origin
      (line, column) = (1, 1)
    } else {
      offset = boundary
      (line, column) = checkpoints[slot]
    }
  }
}
