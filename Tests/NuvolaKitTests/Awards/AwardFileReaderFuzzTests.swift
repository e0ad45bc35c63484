import Foundation
import NuvolaIngest
import NuvolaModel
import Testing

/// Damaged award files, CSV and JSON, from valid ones: cut, bytes flipped or replaced, runs duplicated,
/// random bytes. The reader must give a file or a located `InputError`, never crash, and give the same
/// answer twice. Seeded, so a failure is the same failure on every run.
@Suite struct AwardFileReaderFuzzTests {
  static let csv = Array(
    (AwardFixtures.newHeader + "\n" + AwardFixtures.row143() + "\n"
      + AwardFixtures.row143(avviso: AwardFixtures.pagoPASeptember, window: "1", state: "E") + "\n").utf8)
  static let json = Array(
    #"[{"codice_ipa": "c_i829", "ente": "Comune di Sondrio", "tipologia_ente": "Comuni", "comune": "Sondrio", "cod_comune": "014061", "provincia": "SO", "cod_provincia": "014", "regione": "Lombardia", "cod_regione": "03", "importo_finanziamento": 123828.0, "avviso": "1.4.3 - pagoPA - Comuni - Aprile 2022", "data_invio_candidatura": "2022-05-10T10:00:00.000+0000", "data_finanziamento": "2022-08-02", "codice_cup": "H71F22000700006", "numero_finestra_temporale": 2, "numero_di_protocollo": "23", "decreto_finanziamento": "Decreto n.23", "stato_candidatura": "R", "data_stato_candidatura": "2022-10-03", "misura": "1.4.3 Adozione PagoPA e AppIO"}]"#
      .utf8)

  static func mutate(_ bytes: [UInt8], _ generator: inout DiagnosticFuzzTests.SeededGenerator) -> [UInt8] {
    var bytes = bytes
    let special: [UInt8] = [0, 0x22, 0x2C, 0x0A, 0x0D, 0x7B, 0x7D, 0x5B, 0x5D, 0xFF, 0xC3, 0x3A, 0x2D]
    for _ in 0..<Int.random(in: 1...4, using: &generator) where !bytes.isEmpty {
      let index = Int.random(in: 0..<bytes.count, using: &generator)
      switch Int.random(in: 0..<5, using: &generator) {
      case 0: bytes[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
      case 1: bytes[index] = special.randomElement(using: &generator)!
      case 2: bytes = Array(bytes[..<index])
      case 3:
        let end = min(bytes.count, index + Int.random(in: 1...32, using: &generator))
        bytes.insert(contentsOf: bytes[index..<end], at: index)
      default: bytes.remove(at: index)
      }
    }
    return bytes
  }

  @Test(arguments: ["awards.csv", "awards.json"])
  func damagedFilesGiveAFileOrALocatedError(name: String) {
    var generator = DiagnosticFuzzTests.SeededGenerator(state: name.hasSuffix("csv") ? 17 : 18)
    let reader = AwardFileReader()
    let seed = name.hasSuffix("csv") ? Self.csv : Self.json
    var errors = 0
    for round in 0..<600 {
      let bytes: [UInt8] =
        round % 10 == 0
        ? (0..<Int.random(in: 0...200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        : Self.mutate(seed, &generator)
      let data = Data(bytes)
      do {
        let first = try reader.read(data, file: name)
        #expect((try? reader.read(data, file: name)).map { $0.awards == first.awards } == true)
      } catch {
        errors += 1
        #expect(error.diagnostics.allSatisfy { $0.file == name }, "\(error.diagnostics)")
        #expect(!error.diagnostics.isEmpty)
      }
    }
    #expect(errors > 0)
  }
}
