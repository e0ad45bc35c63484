/// Maps a population to a class given the inclusive upper bounds of a measure's classes.
///
/// This is the one place that decides which class a comune is in: bounds are inclusive, exactly as
/// the calls publish them ("<= 5,000": 5,000 is in, 5,001 is not), and every population above the last
/// bound falls into the final, open class.
public enum PopulationClasses {
  /// Index of the class of `population`: the first class whose upper bound is at least `population`,
  /// or `upperBounds.count` (the open class) when it exceeds them all.
  public static func index(of population: Int, upperBounds: [Int]) -> Int {
    // Six or seven bounds: a linear scan is as fast as a binary search and obviously right.
    for (index, bound) in upperBounds.enumerated() where population <= bound {
      return index
    }
    return upperBounds.count
  }
}
