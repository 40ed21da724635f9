// fuzz_path_graph: graph loading for `polkg path`. The bytes are written to
// a temporary .ttl file and loaded with load_path_graph (Redland's Turtle
// parser, then the path graph builder); every vertex, triple and name of the
// graph is then read back, and names are resolved. Expected: a graph or
// polkg::Error; anything else (another exception, a crash, a sanitizer
// report) is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "polkg/error.hpp"
#include "polkg/path_graph.hpp"
#include "polkg/redland.hpp"

namespace {

const std::string& temp_path() {
  static const std::string p = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir && *dir ? dir : "/tmp") + "/polkg-fuzz-path-" + std::to_string(getpid()) + ".ttl";
  }();
  return p;
}

void walk(const polkg::paths::PathGraph& g) {
  for (polkg::paths::VertexId v = 0; v < g.num_vertices(); ++v) {
    g.iri(v), g.label(v), g.type(v);
    if (g.find_iri(g.iri(v)) != v) std::abort();
  }
  for (polkg::paths::TripleId t = 0; t < g.num_triples(); ++t) {
    const auto& tr = g.triple(t);
    if (tr.subject >= g.num_vertices() || tr.object >= g.num_vertices() || tr.predicate >= g.num_predicates())
      std::abort();
    for (auto e : g.evidence(t)) g.evidence_record(e);
  }
  for (const auto& n : g.names()) polkg::paths::resolve_name(g, g.name(n));
  if (g.num_vertices() > 0) polkg::paths::resolve_name(g, g.iri(0));
}

}  // namespace

// Opens this thread's librdf world before the first input (see
// fuzz_rdf_roundtrip.cpp).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  polkg::redland::world();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(temp_path(), std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    walk(polkg::paths::load_path_graph(temp_path()));
  } catch (const polkg::Error&) {
  }
  return 0;
}
