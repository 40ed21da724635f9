// Tests of core/src/corpus_builder.cpp (polkg/corpus_builder.hpp): the
// documents reach the sink in input order with the same quads whatever the
// number of threads; a failing sink stops the build with its error.
#define BOOST_TEST_MODULE test_corpus_builder
#include <boost/test/unit_test.hpp>

#include <set>
#include <stdexcept>

#include "polkg/corpus_builder.hpp"

using namespace polkg;

namespace {

const Pipeline& pipeline() {
  static Pipeline p(POLKG_SOURCE_DIR "/ontology", {});
  return p;
}

// Sentences of news written for this test, varied so that documents differ
// in length (and so finish out of order on several threads).
std::vector<Document> corpus(int n) {
  const std::vector<std::string> texts = {
      "ASTANA. Speaker of the Majilis Yerlan Koshanov met with the Ambassador of Turkey to Kazakhstan.",
      "TASHKENT. President Shavkat Mirziyoyev held a phone call with President Sadyr Zhaparov of Kyrgyzstan. "
      "The leaders discussed trade. President Sadyr Japarov invited the Uzbek leader to Bishkek.",
      "BAKU. President Ilham Aliyev received Chair of the Federation Council Valentina Matviyenko. "
      "Valentina Matvienko is on an official visit to Azerbaijan. The sides signed an agreement on culture. "
      "The Milli Majlis held a plenary session on Tuesday.",
  };
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) {
    std::string text = texts[(size_t)i % texts.size()];
    for (int k = 0; k < i % 5; ++k) text += " The parties noted the importance of cooperation.";
    docs.push_back(parse_article(text, "doc-" + std::to_string(i), "test"));
  }
  return docs;
}

std::vector<ProcessedDocument> build(unsigned threads, int n) {
  EntityRegistry registry;
  std::vector<ProcessedDocument> out;
  CorpusBuilder::Options o;
  o.threads = threads;
  o.window = 4;
  o.rdf.base = "https://example.org/polkg/";
  CorpusBuilder b(pipeline(), registry, o, [&](ProcessedDocument&& d) { out.push_back(std::move(d)); },
                  [](const ReadFailure& f) { BOOST_ERROR(f.message); });
  for (auto& d : corpus(n)) b.add(std::move(d));
  b.finish();
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(output_in_input_order_and_independent_of_threads) {
  auto one = build(1, 24), three = build(3, 24);
  BOOST_REQUIRE(one.size() == 24u);
  BOOST_REQUIRE(three.size() == 24u);
  for (size_t i = 0; i < one.size(); ++i) {
    BOOST_TEST(one[i].sequence == i);
    BOOST_TEST(three[i].id == "doc-" + std::to_string(i));
    BOOST_TEST(one[i].quads == three[i].quads);
  }
  BOOST_TEST(!one[1].quads.empty());
}

BOOST_AUTO_TEST_CASE(variants_resolved_across_documents) {
  // doc-1 spells the name both ways, doc-4 again: one person in all of them
  // (within a document the first key in order wins: sadyr-japarov).
  auto docs = build(2, 5);
  const std::string base = "https://example.org/polkg/person/";
  std::set<std::string> sadyrs;
  for (const auto& d : docs)
    for (const auto& q : d.quads)
      if (q.subject.value.rfind(base + "sadyr-", 0) == 0) sadyrs.insert(q.subject.value);
  BOOST_TEST(sadyrs == std::set<std::string>{base + "sadyr-japarov"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_failing_sink_stops_the_build_with_its_error) {
  EntityRegistry registry;
  CorpusBuilder::Options o;
  o.threads = 2;
  o.rdf.base = "https://example.org/polkg/";
  int seen = 0;
  bool thrown = false;
  try {
    CorpusBuilder b(pipeline(), registry, o, [&](ProcessedDocument&&) {
      if (++seen == 3) throw std::runtime_error("disk full");
    }, [](const ReadFailure&) {});
    for (auto& d : corpus(40)) b.add(std::move(d));
    b.finish();
  } catch (const std::runtime_error& e) {
    thrown = std::string(e.what()) == "disk full";
  }
  BOOST_TEST(thrown);
  BOOST_TEST(seen == 3);
}
