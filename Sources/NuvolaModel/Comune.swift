import NuvolaSupport

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
    .text("name", { $0.name }, { $0.name = $1 }, "Official name; must match the register when given (accents and case aside)"),
    .integer(
      "population", { $0.population }, { $0.population = $1 }, 0...5_000_000, unit: "inhabitants",
      "Residents; empty = the ISTAT 2011 census figure is used (and shown as such)"),
    .integer("staff", { $0.staff }, { $0.staff = $1 }, 0...100_000, unit: "people", "Employees of the comune"),
    .integer("it_staff", { $0.itStaff }, { $0.itStaff = $1 }, 0...10_000, unit: "people", "Employees working on IT"),
    .money("ict_spend", { $0.ictSpend }, { $0.ictSpend = $1 }, unit: "EUR/year", "Yearly ICT spend, running and investment"),
    .day("inventory_date", { $0.inventoryDate }, { $0.inventoryDate = $1 }, "The day this inventory describes"),
    .flag("illustrative", { $0.illustrative }, { $0.illustrative = $1 }, "yes = sample or synthetic data, not a real comune's systems"),
    .text("notes", { $0.notes }, { $0.notes = $1 }, maxLength: 2000, "Free notes"),
  ]
}
