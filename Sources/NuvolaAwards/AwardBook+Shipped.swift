import Foundation

extension AwardBook {
  /// The awards shipped with Nuvola (`Resources/awards/awards.tsv`: the comuni rows of every file
  /// of PA digitale 2026 open data, each labelled with its file's date), read once. Available
  /// without an import; an import into the store wins over it key by key (`merging`).
  public static let shipped: AwardBook = shipped(istatCodes: nil)

  /// The shipped awards of these comuni only (every comune when nil), read anew: what a command
  /// about one comune needs, at a tenth of the cost of the whole book.
  public static func shipped(istatCodes: Set<String>?) -> AwardBook {
    guard let url = shippedURL, let data = try? Data(contentsOf: url),
      let book = try? AwardSnapshot.decode(data, file: url.lastPathComponent, istatCodes: istatCodes)
    else {
      // The file is part of the build; if it is missing the installation is broken, not the input.
      fatalError("Nuvola's awards resource is missing or damaged; reinstall Nuvola")
    }
    return book
  }

  /// The files the shipped awards come from, as `shipped.sources` lists them, without building
  /// any award: what a page citing them needs when it shows a few comuni's awards.
  public static let shippedSources: [AwardSource] = {
    guard let url = shippedURL, let data = try? Data(contentsOf: url),
      let sources = try? AwardSnapshot.sources(data, file: url.lastPathComponent)
    else { fatalError("Nuvola's awards resource is missing or damaged; reinstall Nuvola") }
    return sources
  }()

  /// Where the shipped awards file is (nil in a broken installation): its bytes key the outputs
  /// made from it.
  public static var shippedURL: URL? {
    Bundle.module.url(forResource: "awards", withExtension: "tsv", subdirectory: "awards")
      ?? Bundle.module.url(forResource: "awards/awards", withExtension: "tsv")
  }
}
