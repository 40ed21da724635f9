// The Fuseki client without a server: endpoint URLs, credentials refused and
// redacted, and the requests a load plans (seen through --dry-run).
#define BOOST_TEST_MODULE fuseki_client
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "polkg/error.hpp"
#include "polkg/fuseki_client.hpp"

using namespace polkg;
using namespace polkg::fuseki;

namespace {

Quads graph_of(const std::string& graph, int n) {
  Quads out;
  for (int i = 0; i < n; ++i)
    out.push_back({Term::iri("https://example.org/s" + std::to_string(i)), Term::iri("https://example.org/p"),
                   Term::literal("v \"" + std::to_string(i) + "\""), graph});
  return out;
}

// The dry-run lines of loading `quads` with `protocol` and `batch`.
std::vector<std::string> planned(const Quads& quads, Protocol protocol, size_t batch) {
  HttpClient client;
  std::ostringstream log;
  LoadOptions o;
  o.protocol = protocol;
  o.batch_triples = batch;
  o.dry_run = true;
  Loader(Endpoint::for_dataset("http://127.0.0.1:3030/ds/"), o, client, log).load(quads);
  std::vector<std::string> lines;
  std::istringstream in(log.str());
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_CASE(endpoint_layout) {
  auto e = Endpoint::for_dataset("http://127.0.0.1:3030/ds/");
  BOOST_TEST(e.dataset == "http://127.0.0.1:3030/ds");
  BOOST_TEST(e.gsp == "http://127.0.0.1:3030/ds/data");
  BOOST_TEST(e.update == "http://127.0.0.1:3030/ds/update");
  BOOST_CHECK_THROW(Endpoint::for_dataset("ftp://host/ds"), Error);
}

BOOST_AUTO_TEST_CASE(credentials_in_urls_are_refused_and_never_printed) {
  try {
    Endpoint::for_dataset("http://alice:s3cret@host:3030/ds");
    BOOST_FAIL("a password in the URL must be refused");
  } catch (const Error& e) {
    BOOST_TEST((e.kind() == Error::Kind::Usage));
    BOOST_TEST(std::string(e.what()).find("s3cret") == std::string::npos);
    BOOST_TEST(std::string(e.what()).find("alice") == std::string::npos);
  }
  BOOST_TEST(redact("https://u:p@host/ds?graph=a@b") == "https://host/ds?graph=a@b");
  BOOST_TEST(redact("http://host/ds") == "http://host/ds");
}

BOOST_AUTO_TEST_CASE(gsp_puts_each_graph_then_posts_the_rest) {
  Quads q = graph_of("https://example.org/document/a", 5);
  auto more = graph_of("https://example.org/document/b", 2);
  q.insert(q.end(), more.begin(), more.end());
  auto lines = planned(q, Protocol::Gsp, 2);
  BOOST_REQUIRE(lines.size() == 4u);  // a: PUT 2, POST 2, POST 1; b: PUT 2
  BOOST_TEST(lines[0].starts_with("PUT http://127.0.0.1:3030/ds/data?graph=https%3A%2F%2Fexample.org%2Fdocument%2Fa"));
  BOOST_TEST(lines[1].starts_with("POST http://127.0.0.1:3030/ds/data?graph="));
  BOOST_TEST(lines[2].find("1 triples") != std::string::npos);
  BOOST_TEST(lines[3].starts_with("PUT ") );
}

BOOST_AUTO_TEST_CASE(update_and_quads_share_requests_between_graphs) {
  Quads q;
  for (int d = 0; d < 5; ++d) {
    auto g = graph_of("https://example.org/document/" + std::to_string(d), 3);
    q.insert(q.end(), g.begin(), g.end());
  }
  auto update = planned(q, Protocol::Update, 7);  // 15 triples: 6 + 6 + 3 (graphs kept whole when they fit)
  BOOST_TEST(update.size() == 3u);
  BOOST_TEST(update[0].starts_with("POST http://127.0.0.1:3030/ds/update (application/sparql-update, 6 triples"));
  auto quads = planned(q, Protocol::Quads, 100);
  BOOST_REQUIRE(quads.size() == 1u);
  BOOST_TEST(quads[0].starts_with("POST http://127.0.0.1:3030/ds (application/n-quads, 15 triples"));
}

BOOST_AUTO_TEST_CASE(default_graph_and_skipped_graphs) {
  Quads q = graph_of("", 1);
  auto b = graph_of("https://example.org/document/b", 1);
  q.insert(q.end(), b.begin(), b.end());
  auto lines = planned(q, Protocol::Gsp, 10);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(lines[0].starts_with("PUT http://127.0.0.1:3030/ds/data?default "));
  HttpClient client;
  std::ostringstream log;
  LoadOptions o;
  o.dry_run = true;
  auto report = Loader(Endpoint::for_dataset("http://h/ds"), o, client, log).load(q, {""});
  BOOST_TEST(report.requests == 1u);  // the default graph was skipped (--resume)
}
