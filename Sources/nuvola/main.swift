import NuvolaCLI

// The executable is only the front door: everything, exit codes included, is decided in NuvolaCLI.
NuvolaCLI.main()
