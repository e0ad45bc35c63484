import NuvolaSupport

/// Models and operating systems the generator draws from, with the years they were sold and the
/// days their support ends, so that a synthetic asset's age, model and support dates agree.
enum HardwareCatalogue {
  /// A model sold from `from` to `to` (years).
  struct Model {
    let vendor: String
    let model: String
    let from: Int
    let to: Int

    init(_ vendor: String, _ model: String, _ from: Int, _ to: Int) {
      self.vendor = vendor
      self.model = model
      self.from = from
      self.to = to
    }
  }

  /// An operating system release and the day its vendor's support ends.
  struct System {
    let os: String
    let version: String
    let endOfSupport: Day

    init(_ os: String, _ version: String, _ year: Int, _ month: Int, _ day: Int) {
      self.os = os
      self.version = version
      // Only called with the literal days of the tables below, all real days.
      self.endOfSupport = Day(year: year, month: month, day: day)!
    }
  }

  static let servers: [Model] = [
    Model("IBM", "System x3650 M4", 2010, 2014),
    Model("Fujitsu", "PRIMERGY RX300 S7", 2010, 2014),
    Model("HPE", "ProLiant DL380 Gen8", 2012, 2014),
    Model("Dell", "PowerEdge R720", 2012, 2014),
    Model("Dell", "PowerEdge R730", 2015, 2017),
    Model("HPE", "ProLiant DL380 Gen9", 2015, 2017),
    Model("HPE", "ProLiant ML350 Gen9", 2015, 2018),
    Model("Dell", "PowerEdge T330", 2016, 2019),
    Model("Fujitsu", "PRIMERGY RX2540 M4", 2017, 2020),
    Model("Dell", "PowerEdge R740", 2018, 2021),
    Model("HPE", "ProLiant DL380 Gen10", 2018, 2022),
    Model("Lenovo", "ThinkSystem SR650", 2018, 2022),
    Model("Fujitsu", "PRIMERGY TX1330 M4", 2018, 2021),
    Model("Dell", "PowerEdge R750", 2021, 2025),
    Model("Dell", "PowerEdge T350", 2021, 2025),
    Model("HPE", "ProLiant DL360 Gen10 Plus", 2021, 2025),
    Model("Lenovo", "ThinkSystem SR630 V2", 2021, 2025),
  ]

  static let storageArrays: [Model] = [
    Model("IBM", "Storwize V3700", 2012, 2016),
    Model("Dell EMC", "Unity 300", 2016, 2019),
    Model("HPE", "MSA 2050", 2017, 2020),
    Model("NetApp", "FAS2750", 2018, 2022),
    Model("Dell EMC", "Unity XT 380", 2020, 2025),
    Model("HPE", "MSA 2060", 2021, 2025),
  ]

  static let nas: [Model] = [
    Model("Synology", "DS412+", 2010, 2014),
    Model("QNAP", "TS-451", 2014, 2017),
    Model("Synology", "DS1815+", 2014, 2017),
    Model("Synology", "DS918+", 2018, 2020),
    Model("QNAP", "TS-873A", 2020, 2023),
    Model("Synology", "RS1221+", 2021, 2025),
  ]

  static let switches: [Model] = [
    Model("Cisco", "Catalyst 2960-X", 2012, 2019),
    Model("HPE Aruba", "2530-48G", 2013, 2020),
    Model("Netgear", "GS752TP", 2014, 2021),
    Model("HPE Aruba", "CX 6100", 2020, 2025),
    Model("Cisco", "Catalyst 9200", 2019, 2025),
  ]

  static let firewalls: [Model] = [
    Model("WatchGuard", "Firebox T35", 2016, 2021),
    Model("Sophos", "XG 125", 2016, 2021),
    Model("Fortinet", "FortiGate 60E", 2016, 2020),
    Model("Fortinet", "FortiGate 60F", 2020, 2025),
    Model("Fortinet", "FortiGate 100F", 2020, 2025),
  ]

  static let workstations: [Model] = [
    Model("Dell", "OptiPlex 3020", 2013, 2016),
    Model("Lenovo", "ThinkCentre M700", 2015, 2017),
    Model("HP", "ProDesk 400 G3", 2016, 2017),
    Model("Dell", "OptiPlex 3050", 2017, 2018),
    Model("Acer", "Veriton X2640G", 2017, 2019),
    Model("Fujitsu", "Esprimo P558", 2018, 2020),
    Model("HP", "ProDesk 400 G6", 2019, 2021),
    Model("Dell", "OptiPlex 3070", 2019, 2020),
    Model("Lenovo", "ThinkCentre M70q", 2020, 2025),
    Model("HP", "ProDesk 400 G9", 2022, 2025),
    Model("Dell", "OptiPlex 7010", 2023, 2025),
  ]

  static let laptops: [Model] = [
    Model("HP", "ProBook 450 G5", 2017, 2019),
    Model("Lenovo", "ThinkPad E15", 2020, 2022),
    Model("Dell", "Latitude 5420", 2021, 2023),
    Model("Lenovo", "ThinkPad L14 Gen 4", 2023, 2025),
  ]

  static let printers: [Model] = [
    Model("Kyocera", "TASKalfa 3252ci", 2016, 2021),
    Model("Ricoh", "IM C3000", 2019, 2025),
    Model("Canon", "imageRUNNER ADVANCE C3520i", 2018, 2023),
    Model("Sharp", "MX-3071", 2017, 2022),
    Model("HP", "LaserJet Pro M404", 2019, 2025),
  ]

  static let windowsServer: [System] = [
    System("Windows Server", "2008 R2", 2020, 1, 14),
    System("Windows Server", "2012 R2", 2023, 10, 10),
    System("Windows Server", "2016", 2027, 1, 12),
    System("Windows Server", "2019", 2029, 1, 9),
    System("Windows Server", "2022", 2031, 10, 14),
  ]

  static let linux: [System] = [
    System("CentOS", "7", 2024, 6, 30),
    System("Ubuntu", "18.04", 2023, 5, 31),
    System("Ubuntu", "20.04", 2025, 5, 29),
    System("Ubuntu", "22.04", 2027, 6, 1),
    System("Debian", "11", 2026, 8, 31),
    System("Debian", "12", 2028, 6, 30),
    System("Red Hat Enterprise Linux", "9", 2032, 5, 31),
  ]

  static let hypervisors: [System] = [
    System("VMware ESXi", "6.5", 2022, 10, 15),
    System("VMware ESXi", "6.7", 2022, 10, 15),
    System("VMware ESXi", "7.0", 2025, 10, 2),
    System("VMware ESXi", "8.0", 2027, 10, 11),
    System("Proxmox VE", "8.2", 2026, 6, 30),
  ]

  static let desktops: [System] = [
    System("Windows", "7", 2020, 1, 14),
    System("Windows", "10", 2025, 10, 14),
    System("Windows", "11", 2031, 10, 14),
  ]

  /// A model on sale in `year`, or the closest one when none was.
  static func model(_ models: [Model], year: Int, random: inout SeededRandom) -> Model {
    let onSale = models.filter { $0.from <= year && year <= $0.to }
    if !onSale.isEmpty { return random.pick(onSale) }
    return year < models[0].from ? models[0] : models[models.count - 1]
  }

  /// A Windows Server release a server bought in `year` plausibly still runs.
  static func windowsServer(boughtIn year: Int, random: inout SeededRandom) -> System {
    let index: Int
    switch year {
    case ..<2014: index = random.weighted([2, 3, 0, 0, 0])
    case ..<2017: index = random.weighted([0, 3, 2, 0, 0])
    case ..<2020: index = random.weighted([0, 1, 3, 2, 0])
    case ..<2023: index = random.weighted([0, 0, 1, 3, 2])
    default: index = 4
    }
    return windowsServer[index]
  }

  /// A hypervisor release a host bought in `year` plausibly runs.
  static func hypervisor(boughtIn year: Int, random: inout SeededRandom) -> System {
    if random.chance(0.08) { return hypervisors[4] }
    switch year {
    case ..<2017: return hypervisors[random.weighted([2, 3, 1, 0])]
    case ..<2020: return hypervisors[random.weighted([0, 3, 2, 0])]
    case ..<2023: return hypervisors[random.weighted([0, 1, 4, 1])]
    default: return hypervisors[random.weighted([0, 0, 1, 3])]
    }
  }
}
