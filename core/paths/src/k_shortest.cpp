// k_shortest_paths: Yen's algorithm (1971) on dijkstra_path. Each new path
// deviates from the previous one at a spur vertex: the root before it is
// kept, the triples that earlier paths with the same root took next are
// removed, the root's other vertices are blocked, and Dijkstra finds the
// spur path to the target. The best candidate becomes the next path.
#include <algorithm>

#include "path_order.hpp"
#include "polkg/path_search.hpp"

namespace polkg::paths {
namespace {

bool same_root(const Path& p, const Path& q, std::size_t i) {
  return p.hops.size() > i && std::equal(q.hops.begin(), q.hops.begin() + i, p.hops.begin());
}

bool contains(const std::vector<Path>& ps, const Path& p) {
  return std::any_of(ps.begin(), ps.end(), [&](const Path& q) { return q.source == p.source && q.hops == p.hops; });
}

class Yen {
 public:
  Yen(const PathGraph& g, VertexId to, const SearchFilter& f, Weighting w) : g_(g), to_(to), f_(f), w_(w) {}

  /// Adds to `candidates` every spur deviation of the last accepted path.
  void deviations(const std::vector<Path>& accepted, std::vector<Path>& candidates) const {
    const Path& prev = accepted.back();
    std::vector<VertexId> verts = prev.vertices(g_);
    for (std::size_t i = 0; i < prev.hops.size(); ++i) {
      std::vector<TripleId> removed;
      for (const Path& p : accepted)
        if (same_root(p, prev, i)) removed.push_back(p.hops[i].triple);
      std::sort(removed.begin(), removed.end());
      std::vector<VertexId> blocked(verts.begin(), verts.begin() + i);
      std::sort(blocked.begin(), blocked.end());
      auto spur = dijkstra_path(g_, verts[i], to_, f_, w_, removed, blocked);
      if (!spur) continue;
      Path c{prev.source, {prev.hops.begin(), prev.hops.begin() + i}, 0};
      c.hops.insert(c.hops.end(), spur->hops.begin(), spur->hops.end());
      c.cost = path_cost(g_, c, w_);
      if (!contains(accepted, c) && !contains(candidates, c)) candidates.push_back(std::move(c));
    }
  }

 private:
  const PathGraph& g_;
  VertexId to_;
  const SearchFilter& f_;
  Weighting w_;
};

}  // namespace

std::vector<Path> k_shortest_paths(const PathGraph& g, VertexId from, VertexId to, std::size_t k,
                                   const SearchFilter& filter, Weighting w) {
  if (k == 0) return {};
  if (from == to) return {Path{from, {}, 0}};
  auto first = dijkstra_path(g, from, to, filter, w);
  if (!first) return {};
  first->cost = path_cost(g, *first, w);
  std::vector<Path> accepted{*first}, candidates;
  Yen yen(g, to, filter, w);
  while (accepted.size() < k) {
    yen.deviations(accepted, candidates);
    if (candidates.empty()) break;
    auto best = std::min_element(candidates.begin(), candidates.end(),
                                 [&](const Path& a, const Path& b) { return path_less(g, a, b); });
    accepted.push_back(std::move(*best));
    candidates.erase(best);
  }
  sort_paths(g, accepted);
  return accepted;
}

}  // namespace polkg::paths
