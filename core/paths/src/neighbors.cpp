// neighbors: breadth-first search to a depth, keeping the triples walked.
#include <algorithm>
#include <limits>

#include "polkg/path_search.hpp"

namespace polkg::paths {

Neighborhood neighbors(const PathGraph& g, VertexId center, std::size_t depth, const SearchFilter& f) {
  constexpr std::size_t FAR = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> dist(g.num_vertices(), FAR);
  std::vector<char> seen_triple(g.num_triples(), 0);
  Neighborhood n{center, depth, {{center, 0}}, {}};
  dist[center] = 0;
  for (std::size_t i = 0; i < n.members.size(); ++i) {  // members grows: a FIFO queue
    auto [u, d] = n.members[i];
    if (d >= depth) continue;
    for (auto [e, end] = boost::out_edges(u, g.csr()); e != end; ++e) {
      VertexId v = boost::target(*e, g.csr());
      Arc a = g.csr()[*e];
      if (!f.allows(g, a, v) || seen_triple[a.triple()]) continue;
      seen_triple[a.triple()] = 1;
      n.hops.push_back({a.triple(), a.backward()});
      if (dist[v] == FAR) {
        dist[v] = d + 1;
        n.members.push_back({v, d + 1});
      }
    }
  }
  std::stable_sort(n.members.begin() + 1, n.members.end(), [&](const auto& a, const auto& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (g.label(a.vertex) != g.label(b.vertex)) return g.label(a.vertex) < g.label(b.vertex);
    return a.vertex < b.vertex;
  });
  std::stable_sort(n.hops.begin(), n.hops.end(), [&](Hop a, Hop b) {
    auto da = dist[hop_from(g, a)], db = dist[hop_from(g, b)];
    return da != db ? da < db : a.triple < b.triple;
  });
  return n;
}

}  // namespace polkg::paths
