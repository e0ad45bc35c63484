import NuvolaSupport

extension BilingualText {
  /// An `{"it": ..., "en": ...}` object of a rules file.
  init(_ node: RuleNode) throws(InputError) {
    self.init(it: try node.string("it"), en: try node.string("en"))
  }
}
