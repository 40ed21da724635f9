// cli/progress.hpp: the progress line of `polkg build` on a terminal:
// documents, documents/s, MB/s and, when the input size is known, the
// estimated time left. Printed to standard error at most 5 times a second
// and only when it is a terminal and -q was not given.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace polkg::cli {

class Progress {
 public:
  /// `inputs`: the INPUT arguments, to size the work (files and directories
  /// of .txt/.jsonl; standard input is of unknown size: no ETA).
  Progress(bool enabled, const std::vector<std::string>& inputs);
  /// One more document of `bytes` (its text, UTF-8 bytes estimated by code
  /// points) is done.
  void document(uint64_t bytes);
  /// Clears the line.
  void finish();

 private:
  bool enabled_;
  uint64_t total_ = 0, bytes_ = 0, documents_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace polkg::cli
