// resolve_name: FROM, TO and NAME of the CLI -> vertices (rules in
// polkg/path_graph.hpp).
#include <algorithm>

#include "polkg/path_graph.hpp"
#include "polkg/text.hpp"

namespace polkg::paths {
namespace {

std::vector<VertexId> by_iri_suffix(const PathGraph& g, std::string_view name) {
  std::vector<VertexId> out;
  std::string suffix = name.starts_with('/') ? std::string(name) : "/" + std::string(name);
  for (VertexId v = 0; v < g.num_vertices(); ++v)
    if (g.iri(v).ends_with(suffix)) out.push_back(v);
  return out;
}

std::vector<VertexId> by_folded_name(const PathGraph& g, const std::string& folded, bool labels) {
  const auto& names = g.names();
  auto lo = std::lower_bound(names.begin(), names.end(), folded,
                             [&](const NameEntry& e, const std::string& x) { return g.name(e) < x; });
  std::vector<VertexId> out;
  for (auto it = lo; it != names.end() && g.name(*it) == folded; ++it)
    if (it->is_label == labels) out.push_back(it->vertex);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<VertexId> resolve_name(const PathGraph& g, std::string_view name) {
  std::string_view iri = name;
  if (iri.size() > 2 && iri.front() == '<' && iri.back() == '>') iri = iri.substr(1, iri.size() - 2);
  if (auto v = g.find_iri(iri)) return {*v};
  if (name.find('/') != std::string_view::npos) {
    if (auto found = by_iri_suffix(g, iri); !found.empty()) return found;
  }
  std::string folded = fold_name(name);
  if (folded.empty()) return {};
  if (auto found = by_folded_name(g, folded, true); !found.empty()) return found;
  return by_folded_name(g, folded, false);
}

}  // namespace polkg::paths
