/// The comune an inventory describes: identity, size, staff and spend.
public struct Comune: InventoryRecord {
  /// ISTAT code, 6 digits with leading zeros (`014061` = Sondrio).
  public var istatCode: String
  /// Official name; when absent it is taken from the ISTAT register.
  public var name: String?
  /// Residents; when absent, the ISTAT register's 2011 census figure is used and the output says so.
  public var population: Int?
  public var staff: Int?
  public var itStaff: Int?
  /// Yearly ICT spend, running and investment, in euro.
  public var ictSpend: Money?
  /// The day the inventory describes.
  public var inventoryDate: Day?
  /// Marks sample or synthetic data that describes no real comune's systems.
  public var illustrative: Bool?
  public var notes: String?

  public init(
    istatCode: String, name: String? = nil, population: Int? = nil, staff: Int? = nil,
    itStaff: Int? = nil, ictSpend: Money? = nil, inventoryDate: Day? = nil,
    illustrative: Bool? = nil, notes: String? = nil
  ) {
    self.istatCode = istatCode
    self.name = name
    self.population = population
    self.staff = staff
    self.itStaff = itStaff
    self.ictSpend = ictSpend
    self.inventoryDate = inventoryDate
    self.illustrative = illustrative
    self.notes = notes
  }

  public static let recordType = RecordType.comune
  public static var blank: Comune { Comune(istatCode: "") }

  enum CodingKeys: String, CodingKey {
    case istatCode = "istat_code", name, population, staff, itStaff = "it_staff"
    case ictSpend = "ict_spend", inventoryDate = "inventory_date", illustrative, notes
  }

  public static let fields: [Field<Comune>] = [
    Field(
      "istat_code", .text(maxLength: 6), required: true,
      "ISTAT code of the comune, 6 digits with leading zeros; must exist in the ISTAT register",
      get: { .text($0.istatCode) }, set: { if case .text(let v) = $1 { $0.istatCode = v } }),
    .text("name", \.name, "Official name; must match the register when given (accents and case aside)"),
    .integer(
      "population", \.population, 0...5_000_000, unit: "inhabitants",
      "Residents; empty = the ISTAT 2011 census figure is used (and shown as such)"),
    .integer("staff", \.staff, 0...100_000, unit: "people", "Employees of the comune"),
    .integer("it_staff", \.itStaff, 0...10_000, unit: "people", "Employees working on IT"),
    .money("ict_spend", \.ictSpend, unit: "EUR/year", "Yearly ICT spend, running and investment"),
    .day("inventory_date", \.inventoryDate, "The day this inventory describes"),
    .flag("illustrative", \.illustrative, "yes = sample or synthetic data, not a real comune's systems"),
    .text("notes", \.notes, maxLength: 2000, "Free notes"),
  ]
}
