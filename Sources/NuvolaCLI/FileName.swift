import Foundation
import NuvolaKit

/// Safe, readable file names for comuni: `014061-sondrio`.
enum FileName {
  static func comune(code: String, name: String) -> String {
    var slug = ""
    var pendingDash = false
    for character in Register.foldName(name).isEmpty ? "comune" : name.lowercased() {
      let folded = String(character).folding(options: .diacriticInsensitive, locale: nil)
      for scalar in folded.unicodeScalars {
        if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
          if pendingDash && !slug.isEmpty { slug += "-" }
          pendingDash = false
          slug.unicodeScalars.append(scalar)
        } else {
          pendingDash = true
        }
      }
    }
    return "\(code)-\(slug.prefix(60))"
  }
}
