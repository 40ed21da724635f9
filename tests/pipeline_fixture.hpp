// tests/pipeline_fixture.hpp: the one Pipeline a test module shares (it
// loads every gazetteer row once: BOOST_TEST_GLOBAL_FIXTURE(PipelineFixture))
// and extraction of a test article through it.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/pipeline.hpp"

namespace polkg::test {

struct PipelineFixture {
  static inline std::unique_ptr<Pipeline> pipeline;
  PipelineFixture() { pipeline = std::make_unique<Pipeline>(POLKG_SOURCE_DIR "/ontology", std::vector<std::string>{}); }
  ~PipelineFixture() { pipeline.reset(); }
};

/// The knowledge graph of `doc`, extracted by the module's pipeline.
inline KnowledgeGraph extract_document(const Document& doc) {
  KnowledgeGraph kg;
  PipelineFixture::pipeline->process(doc, kg);
  return kg;
}

/// The knowledge graph of `text` (an article body, optionally opening with
/// a dateline) published on `date` (YYYY-MM-DD) as document `id`.
inline KnowledgeGraph extract_article(const std::string& text, const std::string& date, const std::string& id) {
  return extract_document(parse_article("date " + date + "\n" + text, id, "test"));
}

}  // namespace polkg::test
