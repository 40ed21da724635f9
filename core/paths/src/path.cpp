// Hops, paths, costs and the search workspace (polkg/path_search.hpp).
#include <algorithm>
#include <cmath>

#include "polkg/path_search.hpp"

namespace polkg::paths {

VertexId hop_from(const PathGraph& g, Hop h) {
  const Triple& t = g.triple(h.triple);
  return h.backward ? t.object : t.subject;
}

VertexId hop_to(const PathGraph& g, Hop h) {
  const Triple& t = g.triple(h.triple);
  return h.backward ? t.subject : t.object;
}

std::vector<VertexId> Path::vertices(const PathGraph& g) const {
  std::vector<VertexId> out{source};
  for (Hop h : hops) out.push_back(hop_to(g, h));
  return out;
}

double enter_cost(const PathGraph& g, VertexId v, Weighting w) {
  return w == Weighting::Hops ? 1.0 : std::log1p(static_cast<double>(g.degree(v)));
}

SearchWorkspace::SearchWorkspace(std::size_t n) : stamp_(n, 0), dist_(n), parent_(n), side_(n) {}

void SearchWorkspace::reset() {
  if (++generation_ == 0) {  // wrapped: clear the stamps once every 2^32 queries
    std::fill(stamp_.begin(), stamp_.end(), 0);
    generation_ = 1;
  }
}

void SearchWorkspace::visit(VertexId v, std::uint8_t side, std::uint32_t dist, std::uint32_t parent_code) {
  stamp_[v] = generation_;
  side_[v] = side;
  dist_[v] = dist;
  parent_[v] = parent_code;
}

}  // namespace polkg::paths

#include "path_order.hpp"

namespace polkg::paths {

double path_cost(const PathGraph& g, const Path& p, Weighting w) {
  double c = 0;
  for (Hop h : p.hops) c += enter_cost(g, hop_to(g, h), w);
  return c;
}

bool path_less(const PathGraph& g, const Path& a, const Path& b) {
  if (std::abs(a.cost - b.cost) > 1e-9) return a.cost < b.cost;
  if (a.hops.size() != b.hops.size()) return a.hops.size() < b.hops.size();
  auto va = a.vertices(g), vb = b.vertices(g);
  if (va != vb) return va < vb;
  return a.hops < b.hops;
}

void sort_paths(const PathGraph& g, std::vector<Path>& paths) {
  std::stable_sort(paths.begin(), paths.end(), [&](const Path& a, const Path& b) { return path_less(g, a, b); });
}

}  // namespace polkg::paths
