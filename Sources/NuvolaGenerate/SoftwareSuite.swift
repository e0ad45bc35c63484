/// A software house's suite for comuni: one product with many modules (anagrafe, protocollo,
/// contabilita...). Comuni that run the same suite are the ones that can buy it together.
struct SoftwareSuite {
  let vendor: String
  let product: String
  /// Where the vendor runs the suite when sold as a service.
  let cloudProvider: String

  static let all: [SoftwareSuite] = [
    SoftwareSuite(
      vendor: "Halley Informatica", product: "Suite Halley", cloudProvider: "Halley Cloud (Aruba)"),
    SoftwareSuite(vendor: "Maggioli", product: "Sicraweb EVO", cloudProvider: "Maggioli Cloud"),
    SoftwareSuite(vendor: "Dedagroup", product: "Civilia Next", cloudProvider: "Dedagroup Cloud"),
    SoftwareSuite(vendor: "APKappa", product: "Hyper SIC", cloudProvider: "APKappa Cloud"),
    SoftwareSuite(vendor: "PA Digitale", product: "URBI Smart", cloudProvider: "PA Digitale Cloud"),
    SoftwareSuite(vendor: "Siscom", product: "Siscom Suite", cloudProvider: "Siscom Cloud"),
    SoftwareSuite(vendor: "Insiel", product: "Ascot Web", cloudProvider: "Insiel Data Center"),
  ]

  /// Relative market shares in a region: the regional in-house company dominates where there is one.
  static func weights(region: String) -> [Int] {
    if region.hasPrefix("Friuli") { return [4, 6, 3, 2, 3, 2, 80] }
    if region == "Lombardia" { return [25, 25, 15, 15, 10, 10, 0] }
    return [25, 25, 18, 10, 12, 10, 0]
  }
}
