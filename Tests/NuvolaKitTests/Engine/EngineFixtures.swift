import NuvolaModel
import NuvolaSupport

/// Small hand-made inventories for the engine tests.
enum EngineFixtures {
  static let day = Day(year: 2026, month: 1, day: 15)!

  /// A site that meets every criterion of the AgID checklist.
  static func fullSite(_ id: String = "ced") -> Site {
    var site = Site(id: id, name: "CED municipale", kind: .ced)
    site.ups = true
    site.upsMinutes = 30
    site.generator = true
    site.redundantPower = true
    site.dedicatedCooling = true
    site.redundantCooling = true
    site.fireDetection = true
    site.fireSuppression = true
    site.accessControl = true
    site.monitoring = true
    site.offsiteBackup = true
    site.disasterRecovery = true
    site.continuityPlan = true
    site.pue = 1.6
    site.responsible = "Ufficio CED"
    site.documentedProcedures = true
    site.censusAnswered = true
    return site
  }

  static func comune(population: Int? = nil, staff: Int? = 40) -> Comune {
    Comune(istatCode: "014061", name: "Sondrio", population: population, staff: staff, inventoryDate: day)
  }

  static func link(_ id: String, site: String, down: Double, up: Double, backup: Bool = false) -> Link {
    var link = Link(id: id, site: site, technology: .ftth)
    link.down = down
    link.up = up
    link.backup = backup
    link.provider = "Carrier"
    return link
  }

  static func server(_ id: String, os: String?, version: String?, site: String = "ced", year: Int? = 2022)
    -> Asset
  {
    var asset = Asset(id: id, kind: .server)
    asset.name = id.uppercased()
    asset.site = site
    asset.os = os
    asset.osVersion = version
    asset.purchaseYear = year
    return asset
  }

  static func application(
    _ id: String, deployment: Deployment?, structured: Bool? = true, dataClass: DataClass? = .ordinario,
    qualified: Bool? = nil, saasAlternative: Bool? = nil
  ) -> Application {
    var application = Application(id: id, name: id.capitalized, domain: .protocollo, deployment: deployment)
    application.structuredData = structured
    application.dataClass = dataClass
    application.cloudQualified = qualified
    application.saasAlternative = saasAlternative
    application.personalData = false
    if deployment == .onPremise { application.site = "ced" }
    return application
  }
}
