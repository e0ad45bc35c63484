/// A closed vocabulary of an inventory field: canonical codes plus the spellings people actually
/// type (Italian and English, any case, spaces or hyphens for underscores).
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String, AllCases: Sendable {
  /// Other accepted spellings, already normalised (lowercase, underscores).
  static var aliases: [String: Self] { get }
}

extension Vocabulary {
  public static var aliases: [String: Self] { [:] }

  /// Reads a code or an alias; nil when the text is none of them.
  public init?(parsing text: String) {
    let key = Self.normalise(text)
    if let value = Self(rawValue: key) ?? Self.aliases[key] {
      self = value
    } else {
      return nil
    }
  }

  /// The canonical codes, for messages and documentation.
  public static var codes: [String] { allCases.map(\.rawValue) }

  static func normalise(_ text: String) -> String {
    var key = ""
    var pendingSeparator = false
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case " ", "-", "_", "/", "\t":
        pendingSeparator = !key.isEmpty
      case "à", "á": key.unicodeScalars.append("a"); pendingSeparator = false
      case "è", "é": key.unicodeScalars.append("e"); pendingSeparator = false
      case "ì", "í": key.unicodeScalars.append("i"); pendingSeparator = false
      case "ò", "ó": key.unicodeScalars.append("o"); pendingSeparator = false
      case "ù", "ú": key.unicodeScalars.append("u"); pendingSeparator = false
      default:
        if pendingSeparator { key += "_" }
        pendingSeparator = false
        key.unicodeScalars.append(scalar)
      }
    }
    return key
  }
}

/// Where an application runs today.
public enum Deployment: String, Vocabulary {
  case onPremise = "on_premise"
  /// Run for the comune by a supplier on the supplier's own servers, not a qualified cloud service.
  case hosted
  case saas
  case iaas
  case paas

  public static let aliases: [String: Deployment] = [
    "onpremise": .onPremise, "on_prem": .onPremise, "locale": .onPremise, "in_sede": .onPremise,
    "hosting": .hosted, "housing": .hosted, "software_as_a_service": .saas, "cloud_saas": .saas,
  ]

  public var isCloud: Bool { self == .saas || self == .iaas || self == .paas }
}

/// The kind of a physical or virtual asset.
public enum AssetKind: String, Vocabulary {
  case server
  case virtualizationHost = "virtualization_host"
  case vm
  case storage
  case nas
  case `switch`
  case router
  case firewall
  case accessPoint = "access_point"
  case ups
  case pc
  case laptop
  case thinClient = "thin_client"
  case printer
  case other

  public static let aliases: [String: AssetKind] = [
    "host": .virtualizationHost, "hypervisor": .virtualizationHost, "esxi": .virtualizationHost,
    "virtual_machine": .vm, "macchina_virtuale": .vm, "san": .storage, "desktop": .pc,
    "notebook": .laptop, "portatile": .laptop, "stampante": .printer, "multifunzione": .printer,
    "altro": .other, "ap": .accessPoint, "gruppo_di_continuita": .ups,
  ]

  /// Kinds that live in a server room and draw power there.
  public var isDataCentreEquipment: Bool {
    switch self {
    case .server, .virtualizationHost, .storage, .nas, .switch, .router, .firewall, .ups: return true
    case .vm, .accessPoint, .pc, .laptop, .thinClient, .printer, .other: return false
    }
  }

  /// Kinds that can run virtual machines.
  public var canHostVMs: Bool { self == .virtualizationHost || self == .server }
}

/// What kind of place a site is.
public enum SiteKind: String, Vocabulary {
  /// A data centre: a dedicated room with its own power and cooling.
  case ced
  case serverRoom = "server_room"
  /// A rack or closet in an office.
  case closet
  /// Space rented in someone else's data centre.
  case colocation

  public static let aliases: [String: SiteKind] = [
    "data_center": .ced, "datacenter": .ced, "data_centre": .ced, "sala_server": .serverRoom,
    "sala_macchine": .serverRoom, "armadio": .closet, "rack": .closet, "armadio_rack": .closet,
    "housing": .colocation,
  ]
}

/// How a site is connected.
public enum LinkTechnology: String, Vocabulary {
  case ftth
  case fttc
  case fwa
  case adsl
  case radio
  case satellite
  /// Sistema Pubblico di Connettività.
  case spc
  case other

  public static let aliases: [String: LinkTechnology] = [
    "fibra": .ftth, "fibra_ottica": .ftth, "vdsl": .fttc, "vdsl2": .fttc, "ponte_radio": .radio,
    "hiperlan": .radio, "satellitare": .satellite, "altro": .other,
  ]
}

/// ACN classification of data and services (Determinazione ACN 306/2022).
public enum DataClass: String, Vocabulary {
  case ordinario
  case critico
  case strategico

  public static let aliases: [String: DataClass] = [
    "ordinary": .ordinario, "critical": .critico, "strategic": .strategico,
  ]
}

/// How the comune holds the right to use an application.
public enum Licence: String, Vocabulary {
  case perpetual
  case subscription
  case openSource = "open_source"
  /// Software reused from another administration (riuso, CAD art. 69).
  case riuso
  /// Custom software owned by the comune.
  case custom

  public static let aliases: [String: Licence] = [
    "perpetua": .perpetual, "abbonamento": .subscription, "canone": .subscription,
    "opensource": .openSource, "open": .openSource, "reuse": .riuso, "su_misura": .custom,
    "proprietaria": .custom,
  ]
}

/// Which network an application needs to be used.
public enum NetworkAccess: String, Vocabulary {
  /// Only from inside the comune's local network.
  case localOnly = "local_only"
  case internet

  public static let aliases: [String: NetworkAccess] = [
    "local": .localOnly, "locale": .localOnly, "lan": .localOnly, "rete_locale": .localOnly,
  ]
}

/// How often an application's data changes.
public enum DataUpdate: String, Vocabulary {
  case continuous
  case daily
  case weekly
  case monthly
  case yearly
  case never

  public static let aliases: [String: DataUpdate] = [
    "continuo": .continuous, "giornaliero": .daily, "settimanale": .weekly, "mensile": .monthly,
    "annuale": .yearly, "mai": .never,
  ]
}

/// Low / medium / high, as the AgID "Lista degli applicativi" grades risk and ease of migration.
public enum Grade: String, Vocabulary {
  case basso
  case medio
  case alto

  public static let aliases: [String: Grade] = ["low": .basso, "medium": .medio, "high": .alto]
}

/// The six migration strategies of the AgID cloud manual (6R).
public enum Strategy: String, Vocabulary {
  case retire
  case retain
  case rehost
  case replatform
  case repurchase
  case refactor
}
