import Foundation
import NuvolaKit

/// The reports `demo` writes for each comune. Each engine's report joins this list as it lands.
enum DemoReports {
  static func write(snapshot: Snapshot, folder: OutputFolder, context: Context) throws -> [String] {
    let comune = snapshot.inventory.comune
    let base = FileName.comune(code: comune.istatCode, name: snapshot.info.name ?? comune.istatCode)
    var written: [String] = []
    let inventoryPath = "\(base)/inventory.json"
    try folder.write(ShowCommand.json(snapshot: snapshot).serialized(sortKeys: true) + "\n", to: inventoryPath)
    written.append(inventoryPath)
    return written
  }
}
