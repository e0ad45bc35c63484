import NuvolaModel
import NuvolaSupport

/// What the plan does with each kind of thing it finds (planning.json, `remedies`): hardware by
/// asset kind (keep, replace, retire with its service), where a repurchase goes (a SaaS from the
/// ACN catalogue, never the PSN), which local systems stay local (video surveillance, building
/// systems), and the advice for contracts of services already SaaS (renew or exit, no migration).
public struct RemedyRules: Sendable, Equatable {
  /// What happens to one asset.
  public enum Remedy: String, Sendable, CaseIterable {
    case keep
    case replace
    case retireWithService = "retire_with_service"

    public var label: BilingualText {
      switch self {
      case .keep: return BilingualText(it: "resta", en: "keep")
      case .replace: return BilingualText(it: "da rinnovare", en: "replace")
      case .retireWithService:
        return BilingualText(it: "si spegne con il suo servizio", en: "retire with its service")
      }
    }
  }

  /// The remedies of one asset kind: while its site stays, when its site closes, and at end of life
  /// (when it would otherwise stay).
  public struct KindRemedy: Sendable, Equatable {
    public var stays: Remedy
    public var siteCloses: Remedy
    public var endOfLife: Remedy
    public var text: BilingualText
  }

  public var byKind: [AssetKind: KindRemedy]
  public var source: RuleSource
  /// Where a repurchase goes, whatever the data class (the PSN sells no applications).
  public var repurchaseDestination: String
  public var repurchaseText: BilingualText
  public var repurchaseSource: RuleSource
  /// A local system stays local when its name or product holds one of these words (lower case).
  public var stayLocalKeywords: [String]
  /// The keywords as lower-case UTF-8 bytes, for `stayLocalMatches` (every application is tested).
  private var keywordBytes: [[UInt8]] = []
  public var stayLocalText: BilingualText
  public var stayLocalSource: RuleSource
  /// Months before a SaaS contract's end in which the renewal or exit must be decided.
  public var saasNoticeMonths: Int
  public var saasText: BilingualText
  public var saasSource: RuleSource

  init(_ node: RuleNode) throws(InputError) {
    source = try RuleSource(node.member("source"))
    var byKind: [AssetKind: KindRemedy] = [:]
    func remedy(_ node: RuleNode, _ key: String) throws(InputError) -> Remedy {
      let item = try node.member(key)
      guard let value = Remedy(rawValue: try item.string()) else {
        throw item.failure("unknown remedy", expected: "keep, replace or retire_with_service")
      }
      return value
    }
    for (key, item) in try node.member("by_asset_kind").members() {
      guard let kind = AssetKind(rawValue: key) else {
        throw item.failure("unknown asset kind", expected: AssetKind.codes.joined(separator: ", "))
      }
      byKind[kind] = KindRemedy(
        stays: try remedy(item, "stays"), siteCloses: try remedy(item, "site_closes"),
        endOfLife: try remedy(item, "end_of_life"), text: try BilingualText(item))
    }
    self.byKind = byKind
    let repurchase = try node.member("repurchase")
    repurchaseDestination = try repurchase.string("destination")
    repurchaseText = try BilingualText(repurchase)
    repurchaseSource = try RuleSource(repurchase.member("source"))
    let local = try node.member("stay_local")
    stayLocalKeywords = try local.items("name_keywords").map { (item) throws(InputError) in try item.string()
    }
    keywordBytes = stayLocalKeywords.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
    stayLocalText = try BilingualText(local)
    stayLocalSource = try RuleSource(local.member("source"))
    let saas = try node.member("saas_contract")
    saasNoticeMonths = try saas.member("notice_months").int(0...120)
    saasText = try BilingualText(saas)
    saasSource = try RuleSource(saas.member("source"))
  }

  /// True when the text holds a keyword, ASCII letters compared without case (a byte search: no
  /// Foundation, since every application of every comune is tested).
  public func stayLocalMatches(_ text: String) -> Bool {
    let bytes = text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    for keyword in keywordBytes where keyword.count <= bytes.count {
      var start = 0
      while start + keyword.count <= bytes.count {
        if bytes[start] == keyword[0] {
          var index = 1
          while index < keyword.count && bytes[start + index] == keyword[index] { index += 1 }
          if index == keyword.count { return true }
        }
        start += 1
      }
    }
    return false
  }
}
