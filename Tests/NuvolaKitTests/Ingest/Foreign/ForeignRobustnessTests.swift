import Testing

@testable import NuvolaKit

/// Damaged copies of every fixture (cut short, bytes replaced): each import either reads or throws
/// problems that say where; none may crash.
@Suite("Foreign import: damaged files")
struct ForeignRobustnessTests {
  @Test(arguments: [
    (ForeignFormat.agidList, "agid-list.csv"), (.konveyor, "konveyor.csv"), (.rvtools, "rvtools-vinfo.csv"),
    (.glpi, "glpi-server.json"), (.glpi, "glpi-workstations.json"),
  ])
  func damagedFilesNeverCrash(_ format: ForeignFormat, _ name: String) throws {
    let original = try ForeignFixtures.bytes(name)
    let replacements: [UInt8] = [0x00, 0xFF, 0xC3, 0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x7B, 0x5B, 0x2D, 0x39]
    var variants: [[UInt8]] = []
    let step = max(1, original.count / 40)
    for cut in stride(from: 0, to: original.count, by: step) { variants.append(Array(original[..<cut])) }
    for (number, position) in stride(from: 0, to: original.count, by: step).enumerated() {
      var damaged = original
      damaged[position] = replacements[number % replacements.count]
      variants.append(damaged)
    }
    variants.append(original + original)
    for bytes in variants {
      do {
        let result = try ForeignFixtures.read(format, bytes, file: name)
        #expect(InventoryValidator.validate(result.inventory, register: .shipped).isEmpty)
      } catch {
        #expect(!error.diagnostics.isEmpty)
        #expect(error.diagnostics.allSatisfy { !$0.message.isEmpty })
      }
    }
  }
}
