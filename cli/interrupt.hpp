// cli/interrupt.hpp: SIGINT and SIGTERM during `polkg build`.
//
// While an InterruptGuard lives, the first signal:
//  - in the default (immediate) mode removes the registered temporary output
//    file, prints "polkg: interrupted after N documents; " and the given
//    outcome ("out.nq left unchanged")
//    and exits with status 130 (128 + SIGINT), from the handler itself, so
//    that a read blocked on standard input does not delay it;
//  - in cooperative mode (a persistent store is open and must be closed
//    cleanly) only sets a flag that the build polls with interrupted(); a
//    second signal then exits as above.
// Everything the handler does is async-signal-safe (unlink, write, _exit).
#pragma once
#include <string>

namespace polkg::cli {

class InterruptGuard {
 public:
  /// `outcome` ends the message: "out.nq left unchanged", "standard output
  /// is incomplete".
  InterruptGuard(const std::string& outcome, bool cooperative);
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  /// The temporary file the handler removes ("" for none).
  void set_temporary(const std::string& path);
  /// Counts a document done (for the message).
  static void document_done();
  static size_t documents_done();
  /// True once a signal came in cooperative mode.
  static bool interrupted();
};

}  // namespace polkg::cli
