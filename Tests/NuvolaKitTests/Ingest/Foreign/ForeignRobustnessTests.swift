import NuvolaIngest
import NuvolaSupport
import Testing

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

  /// Spoofing scalars (bidi override, zero-width joiner, byte-order mark, NUL, an ANSI escape) put
  /// into every fixture at many places (issue 24): an import reads or refuses, and no diagnostic
  /// shows such a scalar as itself.
  @Test(arguments: [
    (ForeignFormat.agidList, "agid-list.csv"), (.konveyor, "konveyor.csv"), (.rvtools, "rvtools-vinfo.csv"),
    (.glpi, "glpi-server.json"),
  ])
  func spoofingScalarsAreShownVisibly(_ format: ForeignFormat, _ name: String) throws {
    let original = try ForeignFixtures.bytes(name)
    let spoofs = ["\u{202E}", "\u{200D}", "\u{FEFF}", "\u{0}", "\u{1B}[31m"].map { Array($0.utf8) }
    let step = max(1, original.count / 30)
    for (number, position) in stride(from: 0, to: original.count, by: step).enumerated() {
      // Only between whole characters, so the damage is the spoof and not broken UTF-8.
      guard original[position] & 0xC0 != 0x80 else { continue }
      var bytes = original
      bytes.insert(contentsOf: spoofs[number % spoofs.count], at: position)
      do {
        _ = try ForeignFixtures.read(format, bytes, file: name)
      } catch {
        #expect(!error.diagnostics.isEmpty)
        for problem in error.diagnostics {
          let hidden = Diagnostic.hiddenScalars(in: problem.description)
          #expect(hidden.isEmpty, "\(problem.description)")
        }
      }
    }
  }
}
