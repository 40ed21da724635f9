// The progress line of `polkg build` (see progress.hpp).
#include "progress.hpp"

#include <fmt/core.h>

#include <filesystem>

namespace polkg::cli {

namespace fs = std::filesystem;

Progress::Progress(bool enabled, const std::vector<std::string>& inputs) : enabled_(enabled) {
  start_ = last_ = std::chrono::steady_clock::now();
  if (!enabled_) return;
  std::error_code ec;
  for (const auto& in : inputs) {
    if (in == "-") {
      total_ = 0;  // unknown
      return;
    }
    if (fs::is_directory(in, ec)) {
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        auto ext = it->path().extension();
        if (it->is_regular_file(ec) && (ext == ".txt" || ext == ".jsonl" || ext == ".ndjson"))
          total_ += it->file_size(ec);
      }
    } else {
      total_ += fs::file_size(in, ec);
    }
  }
}

void Progress::document(uint64_t bytes) {
  ++documents_;
  bytes_ += bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double s = std::chrono::duration<double>(now - start_).count();
  if (s <= 0) return;
  std::string eta;
  if (total_ > bytes_ && bytes_ > 0) {
    auto left = (long)((double)(total_ - bytes_) / ((double)bytes_ / s));
    eta = fmt::format(", ETA {}:{:02}:{:02}", left / 3600, left / 60 % 60, left % 60);
  }
  fmt::print(stderr, "\r\x1b[K{} documents, {:.0f} documents/s, {:.1f} MB/s{}", documents_, (double)documents_ / s,
             (double)bytes_ / s / 1e6, eta);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (shown_) fmt::print(stderr, "\r\x1b[K");
  shown_ = false;
}

}  // namespace polkg::cli
