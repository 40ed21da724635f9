// shortest_path: bidirectional breadth-first search (unit weights), one
// level at a time from the smaller frontier; Dijkstra for --weight degree.
#include <limits>

#include "polkg/path_search.hpp"

namespace polkg::paths {
namespace {

constexpr std::uint8_t FORWARD = 0, BACKWARD = 1;
constexpr std::uint32_t NO_PARENT = ~0u;

/// Where the two searches touched: arc `code` walked from u (on side `side`) to v.
struct Meeting {
  std::uint32_t length = std::numeric_limits<std::uint32_t>::max();
  VertexId u = 0, v = 0;
  std::uint32_t code = 0;
  std::uint8_t side = FORWARD;
};

class Bidirectional {
 public:
  Bidirectional(const PathGraph& g, const SearchFilter& f, SearchWorkspace& ws) : g_(g), f_(f), ws_(ws) {}

  std::optional<Path> run(VertexId from, VertexId to) {
    ws_.reset();
    ws_.visit(from, FORWARD, 0, NO_PARENT);
    ws_.visit(to, BACKWARD, 0, NO_PARENT);
    std::vector<VertexId> front{from}, back{to};
    Meeting m;
    while (!front.empty() && !back.empty() && m.length == Meeting().length) {
      bool forward = front.size() <= back.size();
      expand(forward ? front : back, forward ? FORWARD : BACKWARD, m);
    }
    if (m.length == Meeting().length) return std::nullopt;
    return assemble(from, m);
  }

 private:
  /// Expands one whole level of one side, recording the shortest meeting.
  void expand(std::vector<VertexId>& level, std::uint8_t side, Meeting& m) {
    next_.clear();
    const Csr& csr = g_.csr();
    for (VertexId u : level) {
      for (auto [e, end] = boost::out_edges(u, csr); e != end; ++e) {
        VertexId v = boost::target(*e, csr);
        Arc a = csr[*e];
        if (!f_.allows(g_, a, v)) continue;
        if (!ws_.visited(v)) {
          ws_.visit(v, side, ws_.dist(u) + 1, a.code);
          next_.push_back(v);
        } else if (ws_.side(v) != side && ws_.dist(u) + 1 + ws_.dist(v) < m.length) {
          m = {ws_.dist(u) + 1 + ws_.dist(v), u, v, a.code, side};
        }
      }
    }
    level.swap(next_);
  }

  /// Hops from `from` to x, following the forward parents.
  std::vector<Hop> forward_chain(VertexId x) {
    std::vector<Hop> hops;
    for (; ws_.parent(x) != NO_PARENT; x = hop_from(g_, hops.back()))
      hops.push_back({ws_.parent(x) >> 1, (ws_.parent(x) & 1u) != 0});
    return {hops.rbegin(), hops.rend()};
  }
  /// Hops from x to `to`, reversing the backward parents.
  std::vector<Hop> backward_chain(VertexId x) {
    std::vector<Hop> hops;
    for (; ws_.parent(x) != NO_PARENT; x = hop_to(g_, hops.back()))
      hops.push_back({ws_.parent(x) >> 1, (ws_.parent(x) & 1u) == 0});
    return hops;
  }

  Path assemble(VertexId from, const Meeting& m) {
    bool fwd = m.side == FORWARD;
    Hop middle{m.code >> 1, ((m.code & 1u) != 0) == fwd};
    Path p{from, forward_chain(fwd ? m.u : m.v), 0};
    p.hops.push_back(middle);
    for (Hop h : backward_chain(fwd ? m.v : m.u)) p.hops.push_back(h);
    p.cost = static_cast<double>(p.hops.size());
    return p;
  }

  const PathGraph& g_;
  const SearchFilter& f_;
  SearchWorkspace& ws_;
  std::vector<VertexId> next_;
};

}  // namespace

std::optional<Path> shortest_path(const PathGraph& g, VertexId from, VertexId to, const SearchFilter& filter,
                                  Weighting w, SearchWorkspace* ws) {
  if (from == to) return Path{from, {}, 0};
  if (w != Weighting::Hops) return dijkstra_path(g, from, to, filter, w);
  if (ws && ws->size() == g.num_vertices()) return Bidirectional(g, filter, *ws).run(from, to);
  SearchWorkspace local(g.num_vertices());
  return Bidirectional(g, filter, local).run(from, to);
}

}  // namespace polkg::paths
