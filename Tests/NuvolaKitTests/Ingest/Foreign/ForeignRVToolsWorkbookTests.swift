import Foundation
import NuvolaFormats
import NuvolaSupport
import Testing

/// RVTools' own .xlsx export: vInfo read as the CSV export is, vHost and vDisk adding facts.
@Suite("Foreign import: RVTools workbook")
struct ForeignRVToolsWorkbookTests {
  /// The vInfo CSV fixture as a workbook sheet: digits as numbers, as RVTools writes them.
  static func vInfo() throws -> WritableSheet {
    let table = CSVReader().parse(try ForeignFixtures.bytes("rvtools-vinfo.csv"), file: "vinfo.csv")
    let rows = ([table.header!] + table.rows).map { row in
      row.cells.map { cell -> CellValue in
        if !cell.text.isEmpty, cell.text.allSatisfy(\.isNumber), let number = Double(cell.text) {
          return .number(number)
        }
        return cell.text.isEmpty ? .empty : .string(cell.text)
      }
    }
    return WritableSheet(name: "vInfo", rows: rows)
  }

  static let vHost = WritableSheet(
    name: "vHost",
    rows: [
      ["Host", "Datacenter", "Cluster", "# CPU", "# Cores", "# Memory", "Vendor", "Model", "ESX Version"].map
      {
        .string($0)
      },
      [
        .string("esx02.comune.example.it"), .string("DC-Municipio"), .string("CL-Municipio"), .number(2),
        .number(32), .number(524288), .string("HPE"), .string("ProLiant DL380 Gen10"),
        .string("VMware ESXi 7.0.3 build-21930508"),
      ],
    ])

  static func workbook(_ sheets: [WritableSheet]) throws -> [UInt8] {
    try WorkbookWriter.write(sheets, format: .xlsx)
  }

  @Test func vInfoAloneReadsAsTheCSVExport() throws {
    let csv = try ForeignFixtures.read(.rvtools, try ForeignFixtures.bytes("rvtools-vinfo.csv"))
    let bytes = try Self.workbook([
      WritableSheet(name: "vMetaData", rows: [[.string("RVTools 4.6")]]), try Self.vInfo(),
    ])
    let xlsx = try ForeignFixtures.read(.rvtools, bytes)
    #expect(xlsx.inventory == csv.inventory)
    #expect(xlsx.report.counts == csv.report.counts)
    #expect(xlsx.report.counts["templates_skipped"] == 1)
    #expect(xlsx.report.counts["powered_off_skipped"] == 1)
    #expect(xlsx.report.counts["system_vms_skipped"] == 1)
  }

  @Test func vHostGivesTheHostsFactsAndVDiskTheStorage() throws {
    var info = try Self.vInfo()
    // SO-WEB02 without its provisioned size: vDisk's two disks give it.
    let provisioned = try #require(info.rows[0].firstIndex(of: .string("Provisioned MiB")))
    info.rows[2][provisioned] = .empty
    let disks = WritableSheet(
      name: "vDisk",
      rows: [
        [.string("VM"), .string("Disk"), .string("Capacity MiB")],
        [.string("SO-WEB02"), .string("Hard disk 1"), .number(40960)],
        [.string("SO-WEB02"), .string("Hard disk 2"), .number(20480)],
      ])
    let result = try ForeignFixtures.read(.rvtools, try Self.workbook([info, Self.vHost, disks]))
    let host = try #require(result.inventory.asset("host-esx02-comune-example-it"))
    #expect(host.cores == 32 && host.ram == 512)
    #expect(host.vendor == "HPE" && host.model == "ProLiant DL380 Gen10")
    #expect(host.os == "VMware ESXi" && host.osVersion == "7.0.3")
    #expect(result.inventory.asset("vm-so-web02")?.storage == 60)
  }

  @Test func aBadCellIsNamedBySheetAndCell() throws {
    var info = try Self.vInfo()
    info.rows[1][6] = .string("otto")
    let error = #expect(throws: InputError.self) {
      try ForeignFixtures.read(.rvtools, try Self.workbook([info]), file: "RVTools_export.xlsx")
    }
    #expect(error?.diagnostics.first?.path == "vInfo!G2 (CPUs)")
    #expect(error?.diagnostics.first?.value == "otto")
    #expect(error?.diagnostics.first?.file == "RVTools_export.xlsx")
  }

  @Test func aWorkbookWithoutVInfoIsAnError() throws {
    let error = #expect(throws: InputError.self) {
      try ForeignFixtures.read(.rvtools, try Self.workbook([Self.vHost]))
    }
    #expect(error?.diagnostics.map(\.message) == ["no vInfo sheet in the workbook"])
    #expect(error?.diagnostics.first?.value == "vHost")
  }

  @Test func aCorruptedWorkbookIsOneProblem() throws {
    var bytes = try Self.workbook([try Self.vInfo()])
    bytes.removeLast(40)
    let error = #expect(throws: InputError.self) { try ForeignFixtures.read(.rvtools, bytes) }
    #expect(error?.diagnostics.count == 1)
    #expect(error?.diagnostics.first?.message.hasPrefix("not a readable workbook: ") == true)
  }
}
