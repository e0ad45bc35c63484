/// The dependencies between the applications that move, folded into strongly connected components
/// (Tarjan): applications that depend on each other in a cycle must move together, in one wave.
struct DependencyGraph {
  /// Components in dependency order: every component comes after the components it depends on.
  /// Members of a component are sorted by id.
  let components: [[String]]
  /// The component index of each node.
  let componentOf: [String: Int]
  /// For each component, the components it depends on (sorted, without itself).
  let dependencies: [[Int]]

  /// `edges[a]` lists what `a` depends on; edges to nodes outside `nodes` are ignored (what does not
  /// move puts no constraint on the order of the moves).
  init(nodes: [String], edges: [String: [String]]) {
    let sortedNodes = nodes.sorted()
    let nodeSet = Set(sortedNodes)
    var index: [String: Int] = [:]
    var lowLink: [String: Int] = [:]
    var onStack: Set<String> = []
    var stack: [String] = []
    var counter = 0
    var found: [[String]] = []

    func successors(_ node: String) -> [String] {
      Array(Set((edges[node] ?? []).filter { nodeSet.contains($0) })).sorted()
    }

    // Recursive Tarjan; depth is bounded by the applications of one comune (tens, at most hundreds).
    func connect(_ node: String) {
      index[node] = counter
      lowLink[node] = counter
      counter += 1
      stack.append(node)
      onStack.insert(node)
      for next in successors(node) {
        if index[next] == nil {
          connect(next)
          lowLink[node] = min(lowLink[node]!, lowLink[next]!)
        } else if onStack.contains(next) {
          lowLink[node] = min(lowLink[node]!, index[next]!)
        }
      }
      if lowLink[node] == index[node] {
        var component: [String] = []
        while let top = stack.popLast() {
          onStack.remove(top)
          component.append(top)
          if top == node { break }
        }
        found.append(component.sorted())
      }
    }

    for node in sortedNodes where index[node] == nil { connect(node) }
    // Tarjan emits a component only after every component it reaches: dependencies come first.
    components = found
    var componentOf: [String: Int] = [:]
    for (position, component) in found.enumerated() {
      for node in component { componentOf[node] = position }
    }
    self.componentOf = componentOf
    dependencies = found.enumerated().map { position, component in
      Array(Set(component.flatMap(successors).compactMap { componentOf[$0] }).subtracting([position]))
        .sorted()
    }
  }
}
