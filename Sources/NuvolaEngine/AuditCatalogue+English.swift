extension AuditCatalogue {
  /// English texts of the audit findings.
  public static let english = AuditCatalogue(
    language: .en,
    entries: [
      .osEOL: Entry(
        title: "Operating system out of support",
        message: "Asset {record} runs {os}, without security updates since {date}{count}.",
        fix: "Upgrade the operating system or move the service to the cloud; meanwhile isolate the machine "
          + "from the network and restrict access to it."),
      .osEOLSoon: Entry(
        title: "Operating system nearing end of support",
        message: "Asset {record} runs {os}, which loses security updates on {date}{count}.",
        fix: "Plan the upgrade or the migration before {date}."),
      .osLifecycleUnknown: Entry(
        title: "Operating system lifecycle not known",
        message: "Asset {record} runs \"{os}\", which is not in Nuvola's table of end-of-support dates.",
        fix: "Check the end-of-support date on the vendor's site, or add it to os-end-of-life.json."),
      .hwOld: Entry(
        title: "Old hardware",
        message: "Asset {record} was bought in {year}: it is {age} years old{count}.",
        fix: "Do not replace it: move the services it runs to the cloud and retire it."),
      .hwSupportEnded: Entry(
        title: "Hardware without vendor support",
        message: "Vendor support for asset {record} ended on {date}{count}.",
        fix: "Migrate the services it runs and retire it; a failure would not be repaired in a known time."),
      .noOffsiteBackup: Entry(
        title: "No off-site backup",
        message: "Site {record} keeps no copy of its data in another building or in the cloud.",
        fix: "Set up a backup in another building or in an ACN-qualified cloud now, encrypted and immutable, "
          + "and test the restore."),
      .noUPS: Entry(
        title: "No UPS",
        message: "Site {record} has no UPS: a power dip switches the servers off abruptly.",
        fix: "Install a UPS with controlled shutdown, or move the services to the cloud and close the site."),
      .noDR: Entry(
        title: "No disaster recovery",
        message: "Site {record} has no tested disaster recovery.",
        fix:
          "Move the services to a qualified cloud (which provides continuity), or set up a disaster-recovery "
          + "service and test it every year."),
      .singleLink: Entry(
        title: "Single link",
        message:
          "Site {record} has a single link ({link}): if it fails, the offices lose every cloud service.",
        fix: "Add a backup line with another technology or carrier (e.g. FWA or 4G/5G)."),
      .lowBandwidth: Entry(
        title: "Bandwidth too low for the cloud",
        message: "Site {record} has {have} Mbit/s {direction}; {users} cloud users need at least {need} "
          + "(Nuvola's threshold, an assumption).",
        fix: "Upgrade the link before migrating (e.g. FTTH or FWA), checking the coverage "
          + "available at the site."),
      .contractExpired: Entry(
        title: "Contract expired",
        message: "The contract of application {record} expired on {date}.",
        fix: "Regularise the contract by choosing an ACN-qualified SaaS instead of renewing."),
      .contractExpiring: Entry(
        title: "Contract ending",
        message:
          "The contract of application {record} ends on {date}: the time to move to the cloud "
          + "without penalties.",
        fix: "Prepare the tender or the framework purchase of an ACN-qualified SaaS now."),
      .personalDataOnPremiseB: Entry(
        title: "Personal data in a Gruppo B data centre",
        message: "Application {record} processes personal data and runs in site {site}, which is Gruppo B.",
        fix: "Give priority to migrating this application to an ACN-qualified cloud; meanwhile check "
          + "encryption, access and backups."),
      .unknownFact: Entry(
        title: "Missing facts",
        message: "{record}: facts the assessment needs are missing: {facts}.",
        fix: "Complete the inventory with these facts: until then Nuvola does not guess them and treats them "
          + "as unknown."),
    ])
}
