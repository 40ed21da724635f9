// A progress bar on standard error (internal to polkg_fuseki).
#pragma once
#include <cstddef>

namespace polkg::fuseki {

/// Redraws one line on standard error: bar, graphs and triples sent. Draws
/// nothing when disabled (not a terminal, --quiet, --dry-run).
class Progress {
 public:
  Progress(bool enabled, size_t total_triples, size_t total_graphs);
  ~Progress();  ///< ends the line
  void update(size_t triples, size_t graphs);

 private:
  bool enabled_;
  size_t total_triples_, total_graphs_;
};

}  // namespace polkg::fuseki
