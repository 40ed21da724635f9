// StringPool: strings back to back in one buffer (polkg/path_graph.hpp).
#include "polkg/path_graph.hpp"

namespace polkg::paths {

std::uint32_t StringPool::add(std::string_view s) {
  chars_.append(s);
  ends_.push_back(chars_.size());
  return static_cast<std::uint32_t>(ends_.size() - 2);
}

void StringPool::shrink_to_fit() {
  chars_.shrink_to_fit();
  ends_.shrink_to_fit();
}

}  // namespace polkg::paths
