/// A growable array of plain values (no references) in raw memory, for inner loops (the JSON
/// scanner's tape, a prepared inventory's rows): appending and indexing cost no copy-on-write
/// check and no bounds check, which an `Array` pays on every one of the millions of elements a
/// national import writes.
///
/// Callers keep indices in range and call `deallocate()` exactly once, or hand the memory on with
/// `take()`. Not `Sendable`: it belongs to the scanner that grows it.
public struct TapeBuffer<Element: BitwiseCopyable> {
  public private(set) var base: UnsafeMutablePointer<Element>
  public private(set) var count = 0
  private var capacity: Int

  public init(capacity: Int) {
    self.capacity = max(capacity, 8)
    base = .allocate(capacity: self.capacity)
  }

  @inline(__always)
  public mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  /// Appends the elements of `elements` with one copy.
  @inline(__always)
  public mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
    guard let source = elements.baseAddress, !elements.isEmpty else { return }
    while count + elements.count > capacity { grow() }
    (base + count).initialize(from: source, count: elements.count)
    count += elements.count
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity *= 2
  }

  /// A copy of the elements as an array.
  public var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// In place: reading or changing one field of an element touches that field only.
  @inline(__always)
  public subscript(index: Int) -> Element {
    unsafeAddress { UnsafePointer(base + index) }
    nonmutating unsafeMutableAddress { base + index }
  }

  var last: Element? { count > 0 ? base[count - 1] : nil }

  @inline(__always)
  public mutating func removeLast() -> Element {
    count -= 1
    return base[count]
  }

  /// Keeps the first `newCount` elements.
  public mutating func truncate(to newCount: Int) { count = min(count, newCount) }

  /// The memory and count, for a new owner that will deallocate it; this buffer is then empty.
  public mutating func take() -> (UnsafeMutablePointer<Element>, Int) {
    let taken = (base, count)
    base = .allocate(capacity: 8)
    capacity = 8
    count = 0
    return taken
  }

  public func deallocate() { base.deallocate() }
}

extension TapeBuffer where Element == UInt8 {
  /// Appends a string's UTF-8 bytes.
  @inline(__always)
  public mutating func append(utf8 text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { for byte in text.utf8 { append(byte) } }
  }

  /// Appends the bytes of a literal.
  @inline(__always)
  public mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append(contentsOf: $0) }
  }

  /// The bytes as text (invalid UTF-8, which writers here never produce, is repaired).
  public var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}
