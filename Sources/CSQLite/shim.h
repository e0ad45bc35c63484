#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import.
static inline sqlite3_destructor_type nuvola_sqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite3_config is variadic, which Swift cannot call. With memory statistics on (the default)
// every allocation SQLite makes takes a process-wide mutex; Nuvola reads no statistics. Only
// effective before SQLite initialises (the first connection opened); returns SQLITE_MISUSE after.
static inline int nuvola_sqlite_disable_memory_statistics(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
