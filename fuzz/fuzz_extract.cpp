// fuzz_extract: the whole extractor. The bytes are read as an article
// (parse_article), run through one Pipeline built once from the source
// tree's ontology/ data, and the graph is mapped to quads (to_quads).
// Expected: no crash, no sanitizer report, no exception but polkg::Error
// from the reader (invalid UTF-8).
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "polkg/document.hpp"
#include "polkg/error.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/pipeline.hpp"

namespace {

const polkg::Pipeline& pipeline() {
  static const polkg::Pipeline p([] {
    const char* env = std::getenv("POLKG_DATA_DIR");
    return std::string(env && *env ? env : POLKG_SOURCE_DATA_DIR);
  }(), {});
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  polkg::Document doc;
  try {
    doc = polkg::parse_article(std::string(reinterpret_cast<const char*>(data), size), "fuzz-doc", "fuzz.txt");
  } catch (const polkg::Error&) {
    return 0;
  }
  if (doc.date.empty()) doc.date = "2024-05-04";
  polkg::KnowledgeGraph kg;
  std::vector<polkg::Explanation> explain;
  pipeline().process(doc, kg, &explain);
  for (const auto& e : explain)
    if (e.begin < 0 || e.end < e.begin || e.end > static_cast<long>(doc.text.size())) std::abort();
  polkg::to_quads(kg, {"http://example.org/polkg/"});
  return 0;
}
