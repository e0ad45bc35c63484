/// What a newer file supersedes: the awards of one comune in one window of one call. A comune can
/// hold several awards under one key (two entes mapped to one comune), so a key names a group.
public struct AwardKey: Sendable, Hashable, Comparable {
  public var istatCode: String
  public var avviso: String
  public var window: Int

  public init(istatCode: String, avviso: String, window: Int) {
    self.istatCode = istatCode
    self.avviso = avviso
    self.window = window
  }

  public static func < (lhs: AwardKey, rhs: AwardKey) -> Bool {
    (lhs.istatCode, lhs.avviso, lhs.window) < (rhs.istatCode, rhs.avviso, rhs.window)
  }
}
