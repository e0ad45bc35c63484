/// How many records of one kind an import created, changed, or matched without changing.
public struct RecordChanges: Sendable, Equatable {
  public var created: Int
  public var updated: Int
  public var unchanged: Int

  public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
    self.created = created
    self.updated = updated
    self.unchanged = unchanged
  }

  public var total: Int { created + updated + unchanged }
}
