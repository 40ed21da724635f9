// dijkstra_path: BGL's dijkstra_shortest_paths on a filtered view of the
// CSR graph, stopped when the target is settled. Used for --weight degree
// and as the spur search of Yen's algorithm.
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <algorithm>
#include <limits>

#include "polkg/path_search.hpp"

namespace polkg::paths {
namespace {

using ArcDesc = boost::graph_traits<Csr>::edge_descriptor;

struct ArcFilter {
  const PathGraph* g = nullptr;
  const SearchFilter* filter = nullptr;
  const std::vector<TripleId>* removed = nullptr;
  const std::vector<VertexId>* blocked = nullptr;
  bool operator()(const ArcDesc& e) const {
    Arc a = g->csr()[e];
    VertexId t = boost::target(e, g->csr());
    return filter->allows(*g, a, t) && !std::binary_search(removed->begin(), removed->end(), a.triple()) &&
           !std::binary_search(blocked->begin(), blocked->end(), t);
  }
};

struct Settled {};  // thrown to stop the search once the target is settled

struct Recorder : boost::default_dijkstra_visitor {
  std::vector<std::uint32_t>* parent;
  VertexId target;
  template <class G>
  void edge_relaxed(const ArcDesc& e, const G& g) const {
    (*parent)[boost::target(e, g)] = g[e].code;
  }
  template <class G>
  void examine_vertex(VertexId u, const G&) const {
    if (u == target) throw Settled{};
  }
};

}  // namespace

std::optional<Path> dijkstra_path(const PathGraph& g, VertexId from, VertexId to, const SearchFilter& filter,
                                  Weighting w, const std::vector<TripleId>& removed,
                                  const std::vector<VertexId>& blocked) {
  if (from == to) return Path{from, {}, 0};
  const Csr& csr = g.csr();
  boost::filtered_graph<Csr, ArcFilter> view(csr, ArcFilter{&g, &filter, &removed, &blocked});
  auto weight = boost::make_function_property_map<ArcDesc, double>(
      [&](const ArcDesc& e) { return enter_cost(g, boost::target(e, csr), w); });
  std::vector<double> dist(g.num_vertices(), std::numeric_limits<double>::infinity());
  std::vector<std::uint32_t> parent(g.num_vertices(), ~0u);
  try {
    boost::dijkstra_shortest_paths(view, from,
                                   boost::weight_map(weight)
                                       .distance_map(boost::make_iterator_property_map(
                                           dist.begin(), boost::get(boost::vertex_index, csr)))
                                       .visitor(Recorder{{}, &parent, to}));
  } catch (const Settled&) {
  }
  if (parent[to] == ~0u) return std::nullopt;
  Path p{from, {}, dist[to]};
  for (VertexId x = to; x != from; x = hop_from(g, p.hops.back()))
    p.hops.push_back({parent[x] >> 1, (parent[x] & 1u) != 0});
  std::reverse(p.hops.begin(), p.hops.end());
  return p;
}

}  // namespace polkg::paths
