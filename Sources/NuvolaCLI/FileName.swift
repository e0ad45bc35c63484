import Foundation
import NuvolaRules

/// Safe, readable file names for comuni: `014061-sondrio`.
enum FileName {
  static func comune(code: String, name: String) -> String {
    var slug = ""
    var pendingDash = false
    func append(_ scalar: Unicode.Scalar) {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingDash && !slug.isEmpty { slug += "-" }
        pendingDash = false
        slug.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    for character in Register.foldName(name).isEmpty ? "comune" : name.lowercased() {
      // Plain ASCII has no accent to fold: Foundation's folding is only asked about the rest.
      if character.isASCII, let scalar = character.unicodeScalars.first {
        append(scalar)
        continue
      }
      String(character).folding(options: .diacriticInsensitive, locale: nil).unicodeScalars.forEach(append)
    }
    return "\(code)-\(slug.prefix(60))"
  }
}
