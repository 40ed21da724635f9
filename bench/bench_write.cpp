// bench_write: polkg's RDF writers on a graph file, for scripts/bench-write.
//
// Usage: bench_write INPUT.nt|.nq FORMAT OUTPUT
// Reads INPUT with serd (polkg/quad_reader.hpp) and writes every statement
// through polkg's GraphOutput (polkg/graph_output.hpp) in FORMAT (turtle,
// ntriples, nquads) to OUTPUT, exactly as `polkg build` writes: N-Triples
// and N-Quads streamed, Turtle held as interned triples, sorted and grouped
// at the end. Prints "statements seconds peak_rss_kb" on one line;
// scripts/bench-write runs serdi and rapper on the same file for the ratios.
#include <fmt/core.h>
#include <sys/resource.h>

#include <chrono>
#include <string>

#include "polkg/graph_output.hpp"
#include "polkg/output_file.hpp"
#include "polkg/quad_reader.hpp"

int main(int argc, char** argv) {
  using namespace polkg;
  if (argc != 4) {
    fmt::print(stderr, "usage: bench_write INPUT.nt|.nq turtle|ntriples|nquads OUTPUT\n");
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  OutputFile out(argv[3]);
  auto graph = make_graph_output(parse_format(argv[2]), out.stream(), "https://example.org/polkg/");
  read_quads(argv[1], [&](const Quad& q) { graph->add(q); });
  graph->finish();
  out.commit();
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  fmt::print("{} {:.3f} {}\n", graph->statements(), s, ru.ru_maxrss);
  return 0;
}
