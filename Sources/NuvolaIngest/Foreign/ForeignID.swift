import Foundation
import NuvolaRules
import NuvolaSupport

/// Stable ids for the records an import creates, derived from what the source calls them
/// (`vm-srv-anagrafe` for the VM "SRV-ANAGRAFE"), so that importing a newer export of the same
/// system updates the same records instead of adding new ones.
enum ForeignID {
  /// Longest id the inventory accepts.
  static let maxLength = 64

  /// `prefix-slug`: the name in lowercase, accents removed, every run of other characters turned
  /// into one `-`. A name too long for an id is cut and given 8 hex digits of its SHA-256, so that
  /// two long names sharing a start still get different ids; a name with no letter or digit at all
  /// gets the hash alone.
  static func make(_ prefix: String, _ name: String) -> String {
    let slug = slug(name)
    let room = maxLength - prefix.utf8.count - 1
    if !slug.isEmpty && slug.utf8.count <= room { return prefix + "-" + slug }
    let hash = String(SHA256.hex(Array(name.utf8)).prefix(8))
    if slug.isEmpty { return prefix + "-" + hash }
    var cut = String(slug.utf8.prefix(room - hash.utf8.count - 1)) ?? ""
    while cut.hasSuffix("-") { cut.removeLast() }
    return prefix + "-" + cut + "-" + hash
  }

  static func slug(_ name: String) -> String {
    let folded = isASCII(name) ? name : name.folding(options: [.diacriticInsensitive], locale: nil)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(folded.utf8.count)
    var pendingDash = false
    for byte in folded.utf8 {
      var lower = byte
      if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { lower = byte + 32 }
      let isWord =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower)
      if isWord {
        if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
        pendingDash = false
        bytes.append(lower)
      } else {
        pendingDash = true
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A name folded for matching records by name: lowercase letters and digits only, accents removed
  /// (`SO-APP01`, `so app01` and `So_App01` are the same name).
  static func nameKey(_ name: String) -> String {
    guard isASCII(name) else { return Register.foldName(name) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    for byte in name.utf8 {
      if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
        bytes.append(byte + 32)
      } else if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
