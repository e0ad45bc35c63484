/// A noun in its singular and plural forms, so that counts read right in both languages
/// (`1 ondata`, `4 ondate`; `1 wave`, `4 waves`).
public struct ReportNoun: Sendable, Equatable {
  public var one: String
  public var many: String

  public init(one: String, many: String) {
    self.one = one
    self.many = many
  }
}
