// bench_paths: the path engine on a generated graph (default 1M entities,
// 5M triples): load time, memory (bytes per triple, counted and RSS), and
// shortest-path latency p50/p99 over random pairs, side by side with a
// plain BGL breadth-first search on the same CSR graph. See README.md.
//
// Usage: bench_paths [--vertices N] [--edges M] [--pairs P] [--seed S]
#include <fmt/core.h>

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "polkg/path_graph.hpp"
#include "polkg/path_search.hpp"

using namespace polkg::paths;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
  std::size_t vertices = 1'000'000, edges = 5'000'000, pairs = 1000;
  unsigned seed = 1;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::size_t x = std::strtoull(argv[i + 1], nullptr, 10);
    if (!std::strcmp(argv[i], "--vertices")) o.vertices = x;
    else if (!std::strcmp(argv[i], "--edges")) o.edges = x;
    else if (!std::strcmp(argv[i], "--pairs")) o.pairs = x;
    else if (!std::strcmp(argv[i], "--seed")) o.seed = static_cast<unsigned>(x);
  }
  return o;
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

/// A field of /proc/self/status in bytes (VmRSS, VmHWM).
std::size_t proc_status(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string key;
  std::size_t kb = 0;
  while (in >> key) {
    if (key == std::string(field) + ":") {
      in >> kb;
      return kb * 1024;
    }
    in.ignore(1 << 12, '\n');
  }
  return 0;
}

/// The generated graph, before loading: vertex kinds, triples, evidence.
struct Generated {
  std::vector<std::uint8_t> kind;  // 0 person, 1 organization, 2 state (hub), 3 event
  std::vector<std::uint32_t> s, o, evidence;  // evidence: ~0u for world knowledge
  std::uint32_t sentences = 0;
};

constexpr const char* KINDS[] = {"person", "organization", "state", "event"};
constexpr const char* TYPES[] = {"Official", "Organization", "State", "Meeting"};
constexpr std::uint32_t HUBS = 200;  // states: 1 in 10 triples ends at one of them

/// Events (30% of vertices) take part in most triples, as in polkg's graphs;
/// one triple in ten points at one of 200 hub states; one evidence sentence
/// is shared by the ~5 triples of an event; world-knowledge triples (10%)
/// have none.
Generated generate(const Options& o) {
  std::mt19937_64 rng(o.seed);
  Generated g;
  g.kind.resize(o.vertices);
  for (std::size_t v = 0; v < o.vertices; ++v)
    g.kind[v] = v < HUBS ? 2 : (v % 10 < 3 ? 3 : (v % 10 < 8 ? 0 : 1));
  std::uniform_int_distribution<std::uint32_t> any(0, static_cast<std::uint32_t>(o.vertices - 1));
  std::uniform_int_distribution<std::uint32_t> hub(0, HUBS - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  g.s.resize(o.edges);
  g.o.resize(o.edges);
  g.evidence.resize(o.edges);
  for (std::size_t e = 0; e < o.edges; ++e) {
    g.s[e] = any(rng);
    g.o[e] = percent(rng) < 10 ? hub(rng) : any(rng);
    g.evidence[e] = percent(rng) < 10 ? ~0u : static_cast<std::uint32_t>(e / 5);
  }
  g.sentences = static_cast<std::uint32_t>(o.edges / 5 + 1);
  return g;
}

PathGraph load(const Generated& gen) {
  PathGraphBuilder b;
  for (std::size_t v = 0; v < gen.kind.size(); ++v) {
    const char* kind = KINDS[gen.kind[v]];
    b.add_vertex(fmt::format("https://example.org/polkg/{}/{:07}", kind, v), fmt::format("{} {}", kind, v),
                 TYPES[gen.kind[v]]);
  }
  const PredicateId preds[] = {b.predicate("https://w3id.org/polkg/ontology#participant"),
                               b.predicate("https://w3id.org/polkg/ontology#location"),
                               b.predicate("http://www.w3.org/ns/org#holds")};
  std::vector<DocumentId> docs;
  for (int d = 0; d < 1000; ++d) docs.push_back(b.add_document(fmt::format("doc{:05}", d), "2023-05-16"));
  std::vector<EvidenceId> sentence(gen.sentences);
  for (std::uint32_t i = 0; i < gen.sentences; ++i)
    sentence[i] = b.add_evidence(docs[i % docs.size()],
                                 fmt::format("Sentence {} of the generated corpus: A met B in C to discuss D and E.", i),
                                 100L * (i % 50), 100L * (i % 50) + 70);
  for (std::size_t e = 0; e < gen.s.size(); ++e) {
    EvidenceId ev = gen.evidence[e] == ~0u ? 0 : sentence[gen.evidence[e]];
    b.add_triple(gen.s[e], preds[e % 3], gen.o[e], {&ev, gen.evidence[e] == ~0u ? 0u : 1u});
  }
  return b.build();
}

struct Latency {
  std::vector<double> ms;
  double pct(double p) {
    std::sort(ms.begin(), ms.end());
    return ms.empty() ? 0 : ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))];
  }
  double mean() const {
    double s = 0;
    for (double x : ms) s += x;
    return ms.empty() ? 0 : s / ms.size();
  }
};

struct Found {};

/// Stops a BGL search when the target is discovered.
struct StopAt {
  using event_filter = boost::on_discover_vertex;
  VertexId t;
  void operator()(VertexId v, const Csr&) const {
    if (v == t) throw Found{};
  }
};

/// Plain BGL breadth-first search from s, stopped when t is discovered; its distance.
std::uint32_t bgl_bfs(const Csr& csr, VertexId s, VertexId t, std::vector<std::uint32_t>& dist) {
  dist[s] = 0;
  if (s == t) return 0;
  auto record = boost::record_distances(dist.data(), boost::on_tree_edge());
  try {
    boost::breadth_first_search(csr, s, boost::visitor(boost::make_bfs_visitor(std::make_pair(record, StopAt{t}))));
  } catch (const Found&) {
    return dist[t];
  }
  return ~0u;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse(argc, argv);
  fmt::print("bench_paths: {} vertices, {} triples, {} random pairs, seed {}\n", o.vertices, o.edges, o.pairs, o.seed);
  std::size_t rss0 = proc_status("VmRSS");
  Generated gen = generate(o);
  std::size_t rss_gen = proc_status("VmRSS");
  auto t0 = Clock::now();
  PathGraph g = load(gen);
  double load_s = seconds_since(t0);
  gen = Generated();  // free the input before measuring what the graph holds
  std::size_t rss_graph = proc_status("VmRSS");
  MemoryUse m = g.memory();
  double per = static_cast<double>(g.num_triples());
  fmt::print("\nload (builder + CSR + name index): {:.2f} s ({:.0f} ns per triple)\n", load_s, load_s * 1e9 / per);
  fmt::print("memory, counted: {:.1f} bytes per triple ({:.0f} MB)\n", m.total() / per, m.total() / 1e6);
  fmt::print("  CSR {:.1f}, triples {:.1f}, evidence {:.1f}, vertices (IRIs, labels) {:.1f}, name index {:.1f}\n",
             m.csr / per, m.triples / per, m.evidence / per, m.vertices / per, m.names / per);
  fmt::print("memory, RSS after load: {:.1f} bytes per triple ({:.0f} MB; {:.0f} MB before generating; peak {:.0f} MB, "
             "generated input {:.0f} MB)\n",
             (rss_graph - rss0) / per, rss_graph / 1e6, rss0 / 1e6, proc_status("VmHWM") / 1e6, (rss_gen - rss0) / 1e6);

  std::mt19937_64 rng(o.seed + 1);
  std::uniform_int_distribution<VertexId> any(0, static_cast<VertexId>(g.num_vertices() - 1));
  SearchWorkspace ws(g.num_vertices());
  std::vector<std::uint32_t> dist(g.num_vertices());
  Latency ours, bgl;
  std::size_t connected = 0, mismatches = 0, hops = 0;
  for (std::size_t i = 0; i < o.pairs; ++i) {
    VertexId s = any(rng), t = any(rng);
    auto a = Clock::now();
    auto p = shortest_path(g, s, t, {}, Weighting::Hops, &ws);
    ours.ms.push_back(seconds_since(a) * 1e3);
    a = Clock::now();
    std::uint32_t d = bgl_bfs(g.csr(), s, t, dist);
    bgl.ms.push_back(seconds_since(a) * 1e3);
    if (p) ++connected, hops += p->hops.size();
    if ((p ? p->hops.size() : ~0u) != d) ++mismatches;
  }
  fmt::print("\nshortest path, {} pairs ({} connected, mean {:.2f} hops, {} length mismatches):\n", o.pairs, connected,
             connected ? static_cast<double>(hops) / connected : 0.0, mismatches);
  fmt::print("  {:<34} {:>9} {:>9} {:>9}\n", "", "p50 ms", "p99 ms", "mean ms");
  double op50 = ours.pct(0.5), op99 = ours.pct(0.99), bp50 = bgl.pct(0.5), bp99 = bgl.pct(0.99);
  fmt::print("  {:<34} {:>9.3f} {:>9.3f} {:>9.3f}\n", "polkg bidirectional BFS", op50, op99, ours.mean());
  fmt::print("  {:<34} {:>9.3f} {:>9.3f} {:>9.3f}\n", "plain BGL breadth_first_search", bp50, bp99, bgl.mean());
  fmt::print("  {:<34} {:>9.1f}x {:>8.1f}x {:>8.1f}x\n", "speed-up (BGL / polkg)", bp50 / op50, bp99 / op99,
             bgl.mean() / ours.mean());

  Latency dijkstra;
  for (std::size_t i = 0; i < std::min<std::size_t>(20, o.pairs); ++i) {
    VertexId s = any(rng), t = any(rng);
    auto a = Clock::now();
    shortest_path(g, s, t, {}, Weighting::Degree);
    dijkstra.ms.push_back(seconds_since(a) * 1e3);
  }
  fmt::print("  {:<34} {:>9.3f} {:>9.3f} {:>9.3f}   (20 pairs)\n", "--weight degree (BGL Dijkstra)",
             dijkstra.pct(0.5), dijkstra.pct(0.99), dijkstra.mean());

  bool ok = op50 <= 10.0 && m.total() / per <= 120.0 && mismatches == 0;
  fmt::print("\ntargets: p50 <= 10 ms: {}; <= 120 bytes per triple: {}; lengths agree with BGL: {}\n",
             op50 <= 10.0 ? "met" : "MISSED", m.total() / per <= 120.0 ? "met" : "MISSED",
             mismatches == 0 ? "yes" : "NO");
  return ok ? 0 : 1;
}
