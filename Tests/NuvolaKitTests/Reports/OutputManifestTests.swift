import NuvolaReports
import Testing

/// The manifest of an output folder: written and read back the same, every field escaped, and
/// anything that is not a manifest of this version read as an empty one.
@Suite struct OutputManifestTests {
  static let sample = OutputManifest(jobs: [
    "report it-manager html it": [
      "014061": OutputManifest.Entry(
        key: "abc", files: [OutputManifest.File(path: "014061-sondrio/it-manager.html", size: 1234)]),
      "012019": OutputManifest.Entry(
        key: "def", files: [OutputManifest.File(path: "012019-brenta/it-manager.html", size: 9)]),
    ],
    "portal index.html": [
      "014001": OutputManifest.Entry(
        key: "k", files: [], record: ["tab\there", "new\nline", "back\\slash", "", "crlf\r\nend"])
    ],
  ])

  @Test func roundTrips() {
    #expect(OutputManifest(bytes: Self.sample.bytes) == Self.sample)
    #expect(OutputManifest(bytes: OutputManifest().bytes) == OutputManifest())
  }

  @Test func sameManifestSameBytes() {
    let text = String(decoding: Self.sample.bytes, as: UTF8.self)
    #expect(
      text.hasPrefix(
        "nuvola-manifest\t1\njob\tportal index.html\nentry\t014001\tk\nrecord\ttab\\there\tnew\\nline\tback\\\\slash\t\tcrlf\\r\\nend\n"
      ))
    #expect(Self.sample.bytes == OutputManifest(bytes: Self.sample.bytes).bytes)
  }

  @Test(arguments: [
    "", "not a manifest", "nuvola-manifest\t2\n", "nuvola-manifest\t1\nentry\t014061\tk\n",
    "nuvola-manifest\t1\njob\tj\nfile\ta\t1\n", "nuvola-manifest\t1\njob\tj\nentry\ta\tk\nfile\tp\tbig\n",
    "nuvola-manifest\t1\njob\tj\nrecord\tx\n", "nuvola-manifest\t1\njob\tj\nsomething\telse\n",
  ])
  func whatIsNotAManifestIsAnEmptyOne(text: String) {
    #expect(OutputManifest(bytes: Array(text.utf8)) == OutputManifest())
  }

  @Test func keysDependOnEveryPartAndItsBoundaries() {
    let key = OutputManifest.key(["ab", "c"])
    #expect(key.count == 32)
    #expect(key == OutputManifest.key(["ab", "c"]))
    #expect(key != OutputManifest.key(["a", "bc"]))
    #expect(key != OutputManifest.key(["ab", "c", ""]))
  }
}
