// bounded_paths: every simple path of at most L hops. Breadth-first
// distances to the target (under the filter) prune the depth-first search;
// paths are enumerated length by length, so a truncated list holds the
// shortest ones.
#include <limits>

#include "path_order.hpp"
#include "polkg/path_search.hpp"

namespace polkg::paths {
namespace {

constexpr std::uint32_t FAR = std::numeric_limits<std::uint32_t>::max();

/// Hops from every vertex within `max_hops` to `to`; FAR beyond.
std::vector<std::uint32_t> distances_to(const PathGraph& g, VertexId to, std::size_t max_hops,
                                        const SearchFilter& f) {
  std::vector<std::uint32_t> dist(g.num_vertices(), FAR);
  std::vector<VertexId> level{to}, next;
  dist[to] = 0;
  for (std::uint32_t d = 1; d <= max_hops && !level.empty(); ++d, level.swap(next)) {
    next.clear();
    for (VertexId u : level)
      for (auto [e, end] = boost::out_edges(u, g.csr()); e != end; ++e) {
        VertexId v = boost::target(*e, g.csr());
        if (dist[v] != FAR || !f.allows_predicate(g.triple(g.csr()[*e].triple()).predicate) || f.avoids(v)) continue;
        dist[v] = d;
        next.push_back(v);
      }
  }
  return dist;
}

class Enumerator {
 public:
  Enumerator(const PathGraph& g, VertexId from, VertexId to, const SearchFilter& f, std::size_t max_hops)
      : g_(g), to_(to), f_(f), dist_(distances_to(g, to, max_hops, f)), on_path_(g.num_vertices(), 0) {
    path_.source = from;
    on_path_[from] = 1;
  }

  /// Appends the simple paths of exactly `length` hops; false once `limit` is reached.
  bool paths_of_length(std::size_t length, std::size_t limit, std::vector<Path>& out) {
    length_ = length;
    limit_ = limit;
    return walk(path_.source, out);
  }

 private:
  bool walk(VertexId u, std::vector<Path>& out) {
    if (path_.hops.size() == length_) {
      if (u != to_) return true;
      if (out.size() >= limit_) return false;
      out.push_back(path_);
      return true;
    }
    if (u == to_) return true;  // a simple path ends at the target
    for (auto [e, end] = boost::out_edges(u, g_.csr()); e != end; ++e) {
      VertexId v = boost::target(*e, g_.csr());
      Arc a = g_.csr()[*e];
      if (on_path_[v] || dist_[v] == FAR || path_.hops.size() + 1 + dist_[v] > length_ || !f_.allows(g_, a, v))
        continue;
      on_path_[v] = 1;
      path_.hops.push_back({a.triple(), a.backward()});
      bool more = walk(v, out);
      path_.hops.pop_back();
      on_path_[v] = 0;
      if (!more) return false;
    }
    return true;
  }

  const PathGraph& g_;
  VertexId to_;
  const SearchFilter& f_;
  std::vector<std::uint32_t> dist_;
  std::vector<char> on_path_;
  Path path_;
  std::size_t length_ = 0, limit_ = 0;
};

}  // namespace

std::vector<Path> bounded_paths(const PathGraph& g, VertexId from, VertexId to, std::size_t max_hops,
                                const SearchFilter& filter, Weighting w, std::size_t limit, bool* truncated) {
  if (truncated) *truncated = false;
  if (from == to) return {Path{from, {}, 0}};
  Enumerator walker(g, from, to, filter, max_hops);
  std::vector<Path> out;
  for (std::size_t length = 1; length <= max_hops; ++length) {
    if (!walker.paths_of_length(length, limit, out)) {
      if (truncated) *truncated = true;
      break;
    }
  }
  for (Path& p : out) p.cost = path_cost(g, p, w);
  sort_paths(g, out);
  return out;
}

}  // namespace polkg::paths
