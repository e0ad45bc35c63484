/// One comune of the ISTAT register.
public struct RegisterEntry: Sendable, Equatable, Hashable {
  public let istatCode: String
  public let name: String
  public let province: String
  public let provinceAbbreviation: String
  public let region: String
  public let isCapoluogo: Bool
  public let cadastralCode: String
  public let nuts3: String
  /// Legal population at the 2011 census; nil for the comuni created by mergers after 2011.
  public let population2011: Int?
  /// ISTAT resident population at 1 January 2022, the basis of the PA digitale 2026 classes; nil for
  /// the comuni whose code is not in that list (created or renumbered after 2022).
  public let population2022: Int?

  public init(
    istatCode: String, name: String, province: String, provinceAbbreviation: String, region: String,
    isCapoluogo: Bool, cadastralCode: String, nuts3: String, population2011: Int?, population2022: Int? = nil
  ) {
    self.istatCode = istatCode
    self.name = name
    self.province = province
    self.provinceAbbreviation = provinceAbbreviation
    self.region = region
    self.isCapoluogo = isCapoluogo
    self.cadastralCode = cadastralCode
    self.nuts3 = nuts3
    self.population2011 = population2011
    self.population2022 = population2022
  }

  /// The same entry with its 1/1/2022 population.
  func with(population2022: Int?) -> RegisterEntry {
    RegisterEntry(
      istatCode: istatCode, name: name, province: province, provinceAbbreviation: provinceAbbreviation,
      region: region, isCapoluogo: isCapoluogo, cadastralCode: cadastralCode, nuts3: nuts3,
      population2011: population2011, population2022: population2022)
  }
}
