// A progress bar on standard error (see progress.hpp).
#include "progress.hpp"

#include <fmt/core.h>

#include <cstdio>
#include <string>

namespace polkg::fuseki {

Progress::Progress(bool enabled, size_t total_triples, size_t total_graphs)
    : enabled_(enabled), total_triples_(total_triples), total_graphs_(total_graphs) {}

Progress::~Progress() {
  if (enabled_) fmt::print(stderr, "\n");
}

void Progress::update(size_t triples, size_t graphs) {
  if (!enabled_) return;
  constexpr size_t WIDTH = 30;
  size_t filled = total_triples_ ? WIDTH * triples / total_triples_ : WIDTH;
  fmt::print(stderr, "\r[{}{}] {}/{} graphs, {}/{} triples", std::string(filled, '#'),
             std::string(WIDTH - filled, ' '), graphs, total_graphs_, triples, total_triples_);
  std::fflush(stderr);
}

}  // namespace polkg::fuseki
