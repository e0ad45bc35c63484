/// An error the command line reports. Where it ends up (stream, exit code) is decided in one place,
/// `NuvolaCLI.run`.
enum CLIError: Error, Equatable {
  /// The command line itself is wrong: `Error: ...` plus the usage, exit 64.
  case usage(String, command: String? = nil, suggestion: String? = nil)
  /// The work could not be done (missing file, store problem): `Error: ...`, exit 1.
  case failure(String)

  /// A usage error that names no command yet, as an error of `command` (its usage is shown).
  func of(command: String) -> CLIError {
    guard case .usage(let message, nil, let suggestion) = self else { return self }
    return .usage(message, command: command, suggestion: suggestion)
  }
}

/// Exit codes (a contract: scripts depend on them).
public enum ExitCode {
  public static let success: Int32 = 0
  public static let failure: Int32 = 1
  public static let usage: Int32 = 64
  public static let invalidData: Int32 = 65
}
