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
      return BilingualText(key: "call_status.open_until", ["call_closes": call!.closes])
    case .upcoming:
      return BilingualText(key: "call_status.opens_on", ["call_opens": call!.opens])
    case .closed:
      return BilingualText(key: "call_status.closed_on", ["call_closes": call!.closes])
    case .none:
      return BilingualText(key: "call_status.no_call_known")
    }
  }

  /// The sentence that leads a measure: which call, and whether a candidatura is still possible.
  public var sentence: BilingualText {
    let on = BilingualText(it: asOf.italian, en: asOf.description)
    switch state {
    case .open:
      return BilingualText(
        key: "call_status.on_the_call_is_open",
        [
          "on": on,
          "call_name": call!.name,
          "call_closes": call!.closes,
        ])
    case .upcoming:
      return BilingualText(
        key: "call_status.on_no_call_is_open",
        [
          "on": on,
          "call_name": call!.name,
          "call_opens": call!.opens,
        ])
    case .closed:
      return BilingualText(
        key: "call_status.on_no_call_is_open_2",
        [
          "on": on,
          "call_name": call!.name,
          "call_closes": call!.closes,
        ])
    case .none:
      return BilingualText(key: "call_status.no_call_for_comuni_known")
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
