// polkg/path_search.hpp: path queries on a PathGraph: the shortest path
// (bidirectional breadth-first search, or Dijkstra with --weight degree),
// the k shortest loopless paths (Yen's algorithm on BGL's Dijkstra), every
// simple path up to a length, and the neighbourhood of a vertex; each under
// a filter of predicates and avoided vertices.
//
// A path is a start vertex and a list of hops; a hop is a triple walked
// forward (subject -> object) or backward. Paths are loopless (no vertex
// twice). Costs: with Weighting::Hops a hop costs 1; with Weighting::Degree
// entering vertex v costs ln(1 + degree(v)), so a path through a hub
// ("Kazakhstan", degree in the hundreds) costs more than one through a
// meeting (a handful of participants).
//
// Order among ties: results are sorted by cost, then number of hops, then
// the sequence of vertex ids (IRI order when built by the loader), then
// triple ids, so the same query on the same graph always gives the same list.
//
// Thread safety: functions only read the graph; a SearchWorkspace belongs
// to one thread.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "polkg/path_graph.hpp"

namespace polkg::paths {

enum class Weighting { Hops, Degree };

/// A triple walked in one direction.
struct Hop {
  TripleId triple = 0;
  bool backward = false;  ///< walked object -> subject
  auto operator<=>(const Hop&) const = default;
};

/// The vertex a hop leaves and the one it enters.
VertexId hop_from(const PathGraph& g, Hop h);
VertexId hop_to(const PathGraph& g, Hop h);

struct Path {
  VertexId source = 0;
  std::vector<Hop> hops;  ///< empty when source is the target (FROM = TO)
  double cost = 0;        ///< sum of hop costs under the query's weighting
  /// source followed by the vertex each hop enters.
  std::vector<VertexId> vertices(const PathGraph& g) const;
};

/// Which arcs a search may walk: predicates allowed (--only, --exclude) and
/// vertices never entered (--avoid; the start vertex is never refused).
class SearchFilter {
 public:
  SearchFilter() = default;  ///< allows everything
  /// `only` empty means every predicate; `exclude` wins over `only`.
  SearchFilter(const PathGraph& g, const std::vector<PredicateId>& only,
               const std::vector<PredicateId>& exclude, std::vector<VertexId> avoid);
  bool allows_predicate(PredicateId p) const { return allowed_.empty() || allowed_[p]; }
  bool avoids(VertexId v) const;
  /// May a search walk arc `a` into vertex `target`?
  bool allows(const PathGraph& g, Arc a, VertexId target) const {
    return allows_predicate(g.triple(a.triple()).predicate) && !avoids(target);
  }

 private:
  std::vector<char> allowed_;    // by predicate id; empty = all
  std::vector<VertexId> avoid_;  // sorted
};

/// Resolves --only/--exclude arguments to predicate ids. A spec is a full
/// IRI, a prefixed name with a prefix polkg writes (polkg:participant,
/// org:holds, ...) or a bare local name ("participant", "holds"), which
/// matches every predicate of the graph with that local name. Specs that
/// match no predicate of the graph are appended to `unmatched` if given.
std::vector<PredicateId> resolve_predicates(const PathGraph& g, const std::vector<std::string>& specs,
                                            std::vector<std::string>* unmatched = nullptr);

/// The shortest form of a predicate IRI: "polkg:participant", else the IRI.
std::string compact_iri(std::string_view iri);

/// Cost of entering v under a weighting (1, or ln(1 + degree(v))).
double enter_cost(const PathGraph& g, VertexId v, Weighting w);

/// Scratch arrays for the breadth-first searches, sized to the graph and
/// reset in O(1) per query (generation stamps), so a query costs what it
/// explores rather than the graph's size. One per thread.
class SearchWorkspace {
 public:
  explicit SearchWorkspace(std::size_t num_vertices);
  /// Starts a query: every vertex becomes unvisited.
  void reset();
  bool visited(VertexId v) const { return stamp_[v] == generation_; }
  void visit(VertexId v, std::uint8_t side, std::uint32_t dist, std::uint32_t parent_code);
  std::uint8_t side(VertexId v) const { return side_[v]; }
  std::uint32_t dist(VertexId v) const { return dist_[v]; }
  std::uint32_t parent(VertexId v) const { return parent_[v]; }  ///< Arc::code reaching v
  std::size_t size() const { return stamp_.size(); }

 private:
  std::vector<std::uint32_t> stamp_, dist_, parent_;
  std::vector<std::uint8_t> side_;
  std::uint32_t generation_ = 0;
};

/// The shortest path from `from` to `to`, or nothing if they are not
/// connected under the filter. Weighting::Hops: bidirectional breadth-first
/// search, expanding the smaller frontier a level at a time (`ws` is used
/// when given and sized for g, else a local one is made). Weighting::Degree:
/// BGL's Dijkstra, stopped when `to` is settled.
std::optional<Path> shortest_path(const PathGraph& g, VertexId from, VertexId to,
                                  const SearchFilter& filter = {}, Weighting w = Weighting::Hops,
                                  SearchWorkspace* ws = nullptr);

/// The shortest path by BGL's dijkstra_shortest_paths on a filtered view of
/// the CSR graph, also refusing the triples in `removed` (sorted) and the
/// vertices in `blocked` (sorted). The building block of Yen's algorithm.
std::optional<Path> dijkstra_path(const PathGraph& g, VertexId from, VertexId to,
                                  const SearchFilter& filter, Weighting w,
                                  const std::vector<TripleId>& removed = {},
                                  const std::vector<VertexId>& blocked = {});

/// The k shortest loopless paths (Yen, 1971), in the tie order above.
/// k = 0 gives an empty list. Parallel triples between the same two vertices
/// make distinct paths.
std::vector<Path> k_shortest_paths(const PathGraph& g, VertexId from, VertexId to, std::size_t k,
                                   const SearchFilter& filter = {}, Weighting w = Weighting::Hops);

/// Every simple path from `from` to `to` of at most `max_hops` hops, in the
/// tie order above, at most `limit` of them (`*truncated` set when more
/// exist). A depth-first search with an on-path marker, pruned by the
/// breadth-first distance to `to`.
std::vector<Path> bounded_paths(const PathGraph& g, VertexId from, VertexId to, std::size_t max_hops,
                                const SearchFilter& filter = {}, Weighting w = Weighting::Hops,
                                std::size_t limit = 1000, bool* truncated = nullptr);

/// The vertices within `depth` hops of a centre and the triples walked to
/// reach them (each hop walked away from the centre, from a vertex at
/// distance d < depth).
struct Neighborhood {
  VertexId center = 0;
  std::size_t depth = 0;
  struct Member {
    VertexId vertex;
    std::size_t distance;
  };
  std::vector<Member> members;  ///< centre first, then by distance, label, id
  std::vector<Hop> hops;        ///< by distance of the hop's start, then triple id
};

Neighborhood neighbors(const PathGraph& g, VertexId center, std::size_t depth,
                       const SearchFilter& filter = {});

}  // namespace polkg::paths
