import Foundation
import NuvolaModel
import NuvolaSupport

extension InventoryBuilder {
  /// The comune's applications: the first templates of the catalogue that fit its size and
  /// servers, with a few of the less essential ones skipped so that comuni of a size differ.
  mutating func makeApplications() {
    var chosen: [ApplicationTemplate] = []
    for (index, template) in ApplicationTemplate.catalogue.enumerated() {
      guard chosen.count < profile.applications else { break }
      switch template.placement {
      case .local where directoryHost == nil: continue
      case .files where fileHost == nil && directoryHost == nil: continue
      default: break
      }
      if index >= 10, random.chance(0.2) { continue }
      chosen.append(template)
    }
    let keys = chosen.map(\.key)
    let suiteDeployment = drawDeployment(suite: true)
    let suiteContractEnd = endOfMonth(monthsFromNow: random.int(-2...42))
    for template in chosen {
      applications.append(
        makeApplication(
          template, keys: keys, suiteDeployment: suiteDeployment, suiteContractEnd: suiteContractEnd))
    }
  }

  /// Where an application runs when the comune chose freely: smaller comuni buy services.
  private mutating func drawDeployment(suite: Bool) -> Deployment {
    let saas = profile.tier.of(0.8, 0.7, 0.5, 0.4, 0.3, 0.25) + (suite ? 0.05 : 0)
    let hosted = 0.12
    let platform = profile.tier >= .city ? 0.06 : 0
    let draw = random.unit()
    if draw < saas { return .saas }
    if draw < saas + hosted { return .hosted }
    if draw < saas + hosted + platform { return random.chance(0.7) ? .iaas : .paas }
    return .onPremise
  }

  private mutating func makeApplication(
    _ template: ApplicationTemplate, keys: [String], suiteDeployment: Deployment, suiteContractEnd: Day
  ) -> Application {
    var app = Application(id: "app-" + template.key, name: template.name, domain: template.domain)

    var vendor = suite.vendor
    var product = suite.product
    var provider: String? = suite.cloudProvider
    var productLicence: Licence?
    if template.key == "pagopa", entry.region == "Lombardia" {
      // Lombardy's comuni mostly reach pagoPA through the regional intermediary.
      vendor = "ARIA S.p.A."
      product = "MyPay"
      provider = "Regione Lombardia (ARIA)"
    } else if !template.isSuiteModule {
      let choice = random.pick(template.products)
      vendor = choice.vendor
      product = choice.product
      provider = choice.provider
      productLicence = choice.licence
    }

    var deployment: Deployment
    switch template.placement {
    case .cloud: deployment = .saas
    case .local: deployment = .onPremise
    case .files:
      deployment = random.chance(profile.tier.of(0.2, 0.15, 0.1, 0.05, 0.05, 0.05)) ? .saas : .onPremise
    case .anywhere:
      deployment =
        template.isSuiteModule && random.chance(0.85) ? suiteDeployment : drawDeployment(suite: false)
    }
    if template.key == "file-server", deployment == .saas {
      vendor = "Microsoft"
      product = "SharePoint Online e OneDrive"
      provider = "Microsoft"
      productLicence = .subscription
    }
    if deployment.isCloud, provider == nil {
      // Software without a service offer is run by an integrator, on its servers or on public IaaS.
      deployment = .hosted
    }
    if deployment == .iaas || deployment == .paas {
      provider = random.pick(["Polo Strategico Nazionale", "Microsoft Azure", "Amazon Web Services", "Aruba"])
    }
    var host: String?
    if deployment == .onPremise {
      host = hostForApplication(template)
      if host == nil {
        deployment = .hosted
      }
    }
    if deployment == .hosted, provider == nil || random.chance(0.3) { provider = "Integratore locale" }

    app.vendor = vendor
    app.product = product
    app.deployment = deployment
    if let host {
      app.asset = host
      app.site = siteOfAsset[host]
    }
    if deployment != .onPremise { app.provider = provider }
    switch deployment {
    case .saas, .iaas, .paas:
      app.cloudQualified = known(provider == "Polo Strategico Nazionale" || random.chance(0.92))
    case .hosted: app.cloudQualified = known(false)
    case .onPremise: break
    }
    app.dataClass = known(template.dataClass)
    app.personalData = known(template.personalData)
    let users = Double(profile.staff) * template.usersShare
    app.users = known(min(max(1, profile.staff), max(1, Int(random.jitter(users, 0.3).rounded()))))
    let size = pow(Double(profile.population), 0.8)
    app.yearlyCost = known(
      InventoryBuilder.euros(random.jitter(template.costWeight * (400 + 1.2 * size), 0.3)))

    let licence: Licence
    if let productLicence {
      // A perpetual licence is not what a service is sold with.
      licence = productLicence == .perpetual && deployment != .onPremise ? .subscription : productLicence
    } else {
      licence = deployment == .onPremise && random.chance(0.6) ? .perpetual : .subscription
    }
    app.licence = known(licence)
    if licence != .openSource || deployment != .onPremise {
      let end =
        template.isSuiteModule && random.chance(0.8)
        ? suiteContractEnd : endOfMonth(monthsFromNow: random.int(-4...48))
      app.contractEnd = known(end)
    }
    app.sourceModifiable = known(licence == .openSource || licence == .custom || licence == .riuso)

    var alternative = false
    var importable = false
    if !deployment.isCloud {
      let likely = template.placement == .local ? 0.3 : (template.structured ? 0.85 : 0.6)
      alternative = template.update != .never && random.chance(likely)
      app.saasAlternative = known(alternative)
      // What the alternative offers is only known when the alternative itself is.
      if alternative, app.saasAlternative != nil {
        app.saasAlternativeQualified = known(random.chance(0.88))
        importable = random.chance(0.8)
        app.dataImportSupported = known(importable)
      }
    }
    app.structuredData = template.structured
    if deployment == .onPremise {
      app.networkAccess = known(random.chance(0.45) ? .localOnly : .internet)
    } else {
      app.networkAccess = known(.internet)
    }
    app.dataUpdate = template.update == .never ? .never : known(template.update)
    let volume = template.volume * pow(Double(profile.population) / 1_000, 0.9)
    app.dataVolume = known(max(0.1, InventoryBuilder.tenths(random.jitter(volume, 0.4))))
    app.dependsOn = template.dependsOn.filter { keys.contains($0) }.map { "app-" + $0 }

    var risk = random.int(0...1)
    if template.dataClass != .ordinario { risk += 1 }
    if deployment == .onPremise { risk += 1 }
    if !deployment.isCloud, !alternative { risk += 1 }
    app.risk = known(risk <= 1 ? .basso : risk == 2 ? .medio : .alto)
    let ease: Grade
    if deployment.isCloud {
      ease = .alto
    } else if alternative {
      ease = importable ? (random.chance(0.6) ? .alto : .medio) : .medio
    } else {
      ease = .basso
    }
    app.migrationEase = known(ease)
    if template.update == .never {
      app.notes = "Dati non più aggiornati: consultazione occasionale degli atti storici."
    }
    return app
  }
}
