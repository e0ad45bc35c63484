import NuvolaRules
import NuvolaSupport

/// Where a measure's calls stand on the as-of day: a call open (until when), one yet to open, or every
/// call closed (the last one, closed on), or no call known at all. Every text that speaks of a measure
/// being eligible leads with it: being eligible is worth nothing without an open call.
public struct CallStatus: Sendable, Equatable {
  public enum State: String, Sendable {
    case open
    case upcoming
    case closed
    case none
  }

  public var state: State
  /// The day the status is judged on.
  public var asOf: Day
  /// The open call (closing last, if several), the next to open, or the last closed.
  public var call: CallWindow?

  public init(calls: [CallWindow], on day: Day) {
    asOf = day
    if let open = calls.filter({ $0.isOpen(on: day) }).max(by: { $0.closes < $1.closes }) {
      state = .open
      call = open
    } else if let next = calls.filter({ $0.opens > day }).min(by: { $0.opens < $1.opens }) {
      state = .upcoming
      call = next
    } else if let last = calls.max(by: { ($0.closes, $0.id) < ($1.closes, $1.id) }) {
      state = .closed
      call = last
    } else {
      state = .none
      call = nil
    }
  }

  /// Whether a new candidatura can be sent on the as-of day.
  public var acceptsApplications: Bool { state == .open }

  /// A few words for a table cell: "aperto fino al 12/09/2025", "chiuso il 12/09/2025".
  public var short: BilingualText {
    switch state {
    case .open:
      return BilingualText(it: "aperto fino al " + call!.closes.italian, en: "open until " + call!.closes.description)
    case .upcoming:
      return BilingualText(it: "apre il " + call!.opens.italian, en: "opens on " + call!.opens.description)
    case .closed:
      return BilingualText(it: "chiuso il " + call!.closes.italian, en: "closed on " + call!.closes.description)
    case .none:
      return BilingualText(it: "nessun avviso noto", en: "no call known")
    }
  }

  /// The sentence that leads a measure: which call, and whether a candidatura is still possible.
  public var sentence: BilingualText {
    let on = BilingualText(it: asOf.italian, en: asOf.description)
    switch state {
    case .open:
      return BilingualText(
        it: "Al \(on.it) è aperto l'avviso «\(call!.name)», fino al \(call!.closes.italian).",
        en: "On \(on.en) the call «\(call!.name)» is open, until \(call!.closes.description).")
    case .upcoming:
      return BilingualText(
        it: "Al \(on.it) nessun avviso è aperto; «\(call!.name)» apre il \(call!.opens.italian).",
        en: "On \(on.en) no call is open; «\(call!.name)» opens on \(call!.opens.description).")
    case .closed:
      return BilingualText(
        it: "Al \(on.it) nessun avviso è aperto: l'ultimo, «\(call!.name)», si è chiuso il "
          + "\(call!.closes.italian). Non è possibile presentare nuove candidature.",
        en: "On \(on.en) no call is open: the last one, «\(call!.name)», closed on "
          + "\(call!.closes.description). No new application is possible.")
    case .none:
      return BilingualText(
        it: "Nessun avviso per i Comuni noto a Nuvola per questa misura.",
        en: "No call for comuni known to Nuvola for this measure.")
    }
  }

  public var json: JSON {
    .object([
      ("state", .string(state.rawValue)), ("as_of", .string(asOf.description)),
      ("accepts_applications", .bool(acceptsApplications)),
      ("call", call?.json ?? .null), ("text", sentence.json), ("short", short.json),
    ])
  }
}
