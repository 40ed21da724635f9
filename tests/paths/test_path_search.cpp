// Tests of polkg/path_search.hpp on hand-made graphs with known answers:
// ties, cycles, disconnected pairs, FROM = TO, k-shortest order, bounded
// enumeration, filters, avoided vertices, degree weighting; and random
// graphs checked against plain BGL breadth-first search.
#define BOOST_TEST_MODULE path_search
#include <boost/graph/breadth_first_search.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <random>

#include "polkg/path_graph.hpp"
#include "polkg/path_search.hpp"

using namespace polkg::paths;

namespace {

const std::string KNOWS = "https://example.org/knows";
const std::string PART_OF = "https://w3id.org/polkg/ontology#partOf";

/// A graph from "a b" pairs over single-letter vertices a..z (ids in letter
/// order); a pair "b>a" uses predicate partOf, others knows.
PathGraph letters(std::initializer_list<const char*> edges, int n = 9) {
  PathGraphBuilder b;
  for (int i = 0; i < n; ++i) {
    std::string name(1, static_cast<char>('a' + i));
    b.add_vertex("https://example.org/" + name, name, "Person");
  }
  for (const char* e : edges) {
    std::string s(e);
    bool part = s[1] == '>';
    b.add_triple(s[0] - 'a', b.predicate(part ? PART_OF : KNOWS), s[2] - 'a');
  }
  return b.build();
}

/// "a-b-d-e": the vertex letters of a path.
std::string spell(const PathGraph& g, const Path& p) {
  std::string s;
  for (VertexId v : p.vertices(g)) s += (s.empty() ? "" : "-") + std::string(g.label(v));
  return s;
}
std::vector<std::string> spell(const PathGraph& g, const std::vector<Path>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(spell(g, p));
  return out;
}
using Names = std::vector<std::string>;

// a-b, a-c, b-c (a cycle), b>d (partOf), c-d, d-e, and a long way a-f-g-h-e; i alone.
const PathGraph& diamond() {
  static PathGraph g = letters({"a b", "a c", "b c", "b>d", "c d", "d e", "a f", "f g", "g h", "h e"});
  return g;
}

}  // namespace

BOOST_AUTO_TEST_CASE(shortest_path_is_a_shortest_one_among_ties) {
  const PathGraph& g = diamond();
  auto p = shortest_path(g, 0, 4);
  BOOST_TEST_REQUIRE(p.has_value());
  BOOST_TEST(p->hops.size() == 3u);
  BOOST_TEST(p->cost == 3.0);
  std::string s = spell(g, *p);
  BOOST_TEST((s == "a-b-d-e" || s == "a-c-d-e"), s);
}

BOOST_AUTO_TEST_CASE(hops_keep_their_direction) {
  const PathGraph& g = diamond();
  auto p = shortest_path(g, 4, 0);  // e -> a walks every triple backward
  BOOST_TEST_REQUIRE(p.has_value());
  BOOST_TEST(p->hops.size() == 3u);
  for (Hop h : p->hops) BOOST_TEST(h.backward);
  BOOST_TEST(hop_from(g, p->hops.front()) == 4u);
  BOOST_TEST(hop_to(g, p->hops.back()) == 0u);
}

BOOST_AUTO_TEST_CASE(from_equals_to_is_one_empty_path) {
  const PathGraph& g = diamond();
  auto p = shortest_path(g, 3, 3);
  BOOST_TEST_REQUIRE(p.has_value());
  BOOST_TEST(p->hops.empty());
  BOOST_TEST(spell(g, k_shortest_paths(g, 3, 3, 5)) == Names{"d"});
  BOOST_TEST(spell(g, bounded_paths(g, 3, 3, 4)) == Names{"d"});
}

BOOST_AUTO_TEST_CASE(disconnected_pairs_have_no_path) {
  const PathGraph& g = diamond();
  BOOST_TEST(!shortest_path(g, 0, 8).has_value());
  BOOST_TEST(!shortest_path(g, 0, 8, {}, Weighting::Degree).has_value());
  BOOST_TEST(k_shortest_paths(g, 0, 8, 3).empty());
  BOOST_TEST(bounded_paths(g, 0, 8, 6).empty());
}

BOOST_AUTO_TEST_CASE(k_shortest_in_order_with_ties_and_cycles) {
  const PathGraph& g = diamond();
  BOOST_TEST(spell(g, k_shortest_paths(g, 0, 4, 1)).size() == 1u);
  BOOST_TEST(spell(g, k_shortest_paths(g, 0, 4, 2)) == (Names{"a-b-d-e", "a-c-d-e"}));
  // Every loopless path, however large k: the cycle a-b-c adds two, none loops.
  BOOST_TEST(spell(g, k_shortest_paths(g, 0, 4, 50)) ==
             (Names{"a-b-d-e", "a-c-d-e", "a-b-c-d-e", "a-c-b-d-e", "a-f-g-h-e"}));
  BOOST_TEST(k_shortest_paths(g, 0, 4, 0).empty());
}

BOOST_AUTO_TEST_CASE(bounded_paths_enumerate_every_simple_path_up_to_l) {
  const PathGraph& g = diamond();
  BOOST_TEST(bounded_paths(g, 0, 4, 2).empty());
  BOOST_TEST(spell(g, bounded_paths(g, 0, 4, 3)) == (Names{"a-b-d-e", "a-c-d-e"}));
  BOOST_TEST(spell(g, bounded_paths(g, 0, 4, 4)) ==
             (Names{"a-b-d-e", "a-c-d-e", "a-b-c-d-e", "a-c-b-d-e", "a-f-g-h-e"}));
  BOOST_TEST(spell(g, bounded_paths(g, 0, 2, 1)) == Names{"a-c"});
  BOOST_TEST(spell(g, bounded_paths(g, 0, 2, 2)) == (Names{"a-c", "a-b-c"}));
}

BOOST_AUTO_TEST_CASE(bounded_paths_truncate_to_the_shortest) {
  const PathGraph& g = diamond();
  bool truncated = false;
  auto ps = bounded_paths(g, 0, 4, 4, {}, Weighting::Hops, 3, &truncated);
  BOOST_TEST(truncated);
  BOOST_TEST(ps.size() == 3u);
  BOOST_TEST(ps[0].hops.size() == 3u);
  BOOST_TEST(ps[1].hops.size() == 3u);
  bounded_paths(g, 0, 4, 4, {}, Weighting::Hops, 5, &truncated);
  BOOST_TEST(!truncated);
}

BOOST_AUTO_TEST_CASE(parallel_triples_make_distinct_paths) {
  PathGraph g = letters({"a b", "a>b"}, 2);
  auto ps = k_shortest_paths(g, 0, 1, 5);
  BOOST_TEST(ps.size() == 2u);
  BOOST_TEST(bounded_paths(g, 0, 1, 3).size() == 2u);
}

BOOST_AUTO_TEST_CASE(predicate_filters) {
  const PathGraph& g = diamond();
  auto part_of = resolve_predicates(g, {"polkg:partOf"});
  BOOST_TEST(part_of.size() == 1u);
  BOOST_TEST(resolve_predicates(g, {"partOf"}) == part_of);
  BOOST_TEST(resolve_predicates(g, {PART_OF}) == part_of);
  BOOST_TEST(resolve_predicates(g, {"<" + PART_OF + ">"}) == part_of);
  std::vector<std::string> unmatched;
  BOOST_TEST(resolve_predicates(g, {"polkg:participant", "knows"}, &unmatched).size() == 1u);
  BOOST_TEST(unmatched == Names{"polkg:participant"});

  SearchFilter no_part_of(g, {}, part_of, {});
  BOOST_TEST(spell(g, *shortest_path(g, 0, 4, no_part_of)) == "a-c-d-e");
  BOOST_TEST(spell(g, k_shortest_paths(g, 0, 4, 9, no_part_of)) == (Names{"a-c-d-e", "a-b-c-d-e", "a-f-g-h-e"}));
  SearchFilter only_knows(g, resolve_predicates(g, {"knows"}), {}, {});
  BOOST_TEST(spell(g, bounded_paths(g, 0, 4, 4, only_knows)) == (Names{"a-c-d-e", "a-b-c-d-e", "a-f-g-h-e"}));
  SearchFilter only_part_of(g, part_of, {}, {});
  BOOST_TEST(!shortest_path(g, 0, 4, only_part_of).has_value());
}

BOOST_AUTO_TEST_CASE(avoided_vertices_are_never_entered) {
  const PathGraph& g = diamond();
  SearchFilter avoid_d(g, {}, {}, {3});
  BOOST_TEST(spell(g, *shortest_path(g, 0, 4, avoid_d)) == "a-f-g-h-e");
  BOOST_TEST(spell(g, k_shortest_paths(g, 0, 4, 9, avoid_d)) == Names{"a-f-g-h-e"});
  BOOST_TEST(spell(g, bounded_paths(g, 0, 4, 6, avoid_d)) == Names{"a-f-g-h-e"});
  SearchFilter avoid_dg(g, {}, {}, {6, 3});
  BOOST_TEST(!shortest_path(g, 0, 4, avoid_dg).has_value());
}

BOOST_AUTO_TEST_CASE(degree_weight_prefers_specific_links_over_hubs) {
  // s=a, t=b; hub c joins a, b and eight leaves d..k; the way round is a-l-m-b.
  // Via the hub: ln(1+10) + ln(1+2) = 3.50; round: 3 ln(1+2) = 3.30.
  PathGraph g = letters(
      {"a c", "c b", "c d", "c e", "c f", "c g", "c h", "c i", "c j", "c k", "a l", "l m", "m b"}, 13);
  BOOST_TEST(spell(g, *shortest_path(g, 0, 1)) == "a-c-b");
  auto p = shortest_path(g, 0, 1, {}, Weighting::Degree);
  BOOST_TEST_REQUIRE(p.has_value());
  BOOST_TEST(spell(g, *p) == "a-l-m-b");
  BOOST_TEST(p->cost == 3 * std::log1p(2.0), boost::test_tools::tolerance(1e-9));
  auto ks = k_shortest_paths(g, 0, 1, 2, {}, Weighting::Degree);
  BOOST_TEST(spell(g, ks) == (Names{"a-l-m-b", "a-c-b"}));
  BOOST_TEST(ks[1].cost == std::log1p(10.0) + std::log1p(2.0), boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(neighbors_by_depth) {
  const PathGraph& g = diamond();
  auto n1 = neighbors(g, 0, 1);
  std::vector<std::pair<std::string, std::size_t>> got;
  for (const auto& m : n1.members) got.emplace_back(g.label(m.vertex), m.distance);
  BOOST_TEST((got == std::vector<std::pair<std::string, std::size_t>>{{"a", 0}, {"b", 1}, {"c", 1}, {"f", 1}}));
  BOOST_TEST(n1.hops.size() == 3u);
  for (Hop h : n1.hops) BOOST_TEST(hop_from(g, h) == 0u);
  auto n2 = neighbors(g, 0, 2);
  BOOST_TEST(n2.members.size() == 6u);  // + d, g
  BOOST_TEST(n2.hops.size() == 7u);     // a-b a-c a-f, b-c b-d c-d f-g
  BOOST_TEST(neighbors(g, 8, 3).members.size() == 1u);
  SearchFilter avoid_b(g, {}, {}, {1});
  BOOST_TEST(neighbors(g, 0, 1, avoid_b).members.size() == 3u);
}

BOOST_AUTO_TEST_CASE(random_graphs_agree_with_bgl_bfs_and_enumeration) {
  std::mt19937 rng(42);
  for (int round = 0; round < 20; ++round) {
    PathGraphBuilder b;
    const int n = 60;
    for (int i = 0; i < n; ++i) b.add_vertex("urn:v:" + std::to_string(1000 + i), "", "Person");
    std::uniform_int_distribution<int> pick(0, n - 1);
    for (int e = 0; e < 80; ++e) b.add_triple(pick(rng), b.predicate(KNOWS), pick(rng));
    PathGraph g = b.build();
    SearchWorkspace ws(g.num_vertices());
    for (VertexId s = 0; s < 5; ++s) {
      std::vector<std::uint32_t> dist(n, ~0u);
      dist[s] = 0;
      boost::breadth_first_search(g.csr(), s, boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                                  dist.data(), boost::on_tree_edge()))));
      for (VertexId t = 0; t < static_cast<VertexId>(n); ++t) {
        auto p = shortest_path(g, s, t, {}, Weighting::Hops, &ws);
        BOOST_TEST_REQUIRE(p.has_value() == (dist[t] != ~0u));
        if (!p) continue;
        BOOST_TEST(p->hops.size() == dist[t]);
        auto verts = p->vertices(g);
        BOOST_TEST(verts.back() == t);
        for (std::size_t i = 0; i + 1 < verts.size(); ++i) BOOST_TEST(hop_from(g, p->hops[i]) == verts[i]);
        if (s == t || dist[t] > 4) continue;
        auto all = bounded_paths(g, s, t, dist[t] + 2, {}, Weighting::Hops, 100000);
        auto ks = k_shortest_paths(g, s, t, 6);
        // Paths up to dist+2 hops are the first ones Yen finds, in the same cost order.
        BOOST_TEST_REQUIRE(ks.size() >= std::min<std::size_t>(6, all.size()));
        for (std::size_t i = 0; i < std::min(ks.size(), all.size()); ++i) BOOST_TEST(ks[i].cost == all[i].cost);
      }
    }
  }
}
