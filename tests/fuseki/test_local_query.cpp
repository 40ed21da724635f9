// Local SPARQL (core/query) over the hand-made graph tests/fuseki/data/small.nq:
// named graphs kept, duplicates dropped, union default graph, result formats.
#define BOOST_TEST_MODULE local_query
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "polkg/error.hpp"
#include "polkg/local_query.hpp"

using namespace polkg;

namespace {

const std::string SMALL = std::string(POLKG_TEST_DATA) + "/small.nq";
const std::string PREFIXES =
    "PREFIX polkg: <https://w3id.org/polkg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX org: <http://www.w3.org/ns/org#>\n";

const LocalGraph& small() {
  static LocalGraph g(SMALL);
  return g;
}

std::string formatted(const QueryResult& r, ResultFormat f) {
  std::ostringstream out;
  write_result(r, f, out);
  return out.str();
}

std::string temp_file(const std::string& name, const std::string& text) {
  std::string path = "/tmp/polkg-test-" + std::to_string(::getpid()) + "-" + name;
  std::ofstream(path) << text;
  return path;
}

}  // namespace

BOOST_AUTO_TEST_CASE(named_graphs_are_kept_and_duplicates_dropped) {
  // small.nq has 119 lines, two of them repeat a quad of the same graph.
  BOOST_TEST(small().size() == 117u);
  auto r = small().query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
  BOOST_REQUIRE(r.rows.size() == 2u);
  BOOST_TEST(r.rows[0][0]->value == "https://example.org/polkg/document/001_test");
  BOOST_TEST(r.rows[0][1]->value == "78");
  BOOST_TEST(r.rows[1][1]->value == "39");
}

BOOST_AUTO_TEST_CASE(default_graph_is_the_union) {
  auto r = small().query(PREFIXES + "SELECT DISTINCT ?d { ?d a polkg:Document } ORDER BY ?d");
  BOOST_TEST(r.rows.size() == 2u);
}

BOOST_AUTO_TEST_CASE(ask_and_construct) {
  auto r = small().query(PREFIXES + "ASK { ?p org:holds ?post }");
  BOOST_TEST((r.kind == QueryResult::Kind::Boolean));
  BOOST_TEST(r.boolean);
  BOOST_TEST(formatted(r, ResultFormat::Json).find("\"boolean\": true") != std::string::npos);
  auto c = small().query(PREFIXES + "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a polkg:Official ; rdfs:label ?l }");
  BOOST_TEST((c.kind == QueryResult::Kind::Graph));
  BOOST_TEST(c.triples.size() >= 2u);
}

BOOST_AUTO_TEST_CASE(csv_quotes_and_tsv_escapes) {
  auto r = small().query(
      "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
      "SELECT ?s { ?e nif:anchorOf ?s } ORDER BY ?s");
  std::string csv = formatted(r, ResultFormat::Csv);
  BOOST_TEST(csv.starts_with("s\r\n"));
  BOOST_TEST(csv.find("\"Chairman of the Majilis Yerlan Koshanov arrived in Baku on a \"\"working\"\" visit.\"") !=
             std::string::npos);
  std::string tsv = formatted(r, ResultFormat::Tsv);
  BOOST_TEST(tsv.starts_with("?s\n"));
  BOOST_TEST(tsv.find("Sahiba Gafarova.\\nTalks followed.\"") != std::string::npos);
  BOOST_TEST(tsv.find("🇦🇿 \\\\ backslash") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(json_terms) {
  auto r = small().query(PREFIXES +
                         "SELECT ?e ?d { ?e a polkg:Session ; polkg:date ?d ; polkg:status ?s }");
  std::string json = formatted(r, ResultFormat::Json);
  BOOST_TEST(json.find("\"vars\": [\n      \"e\",\n      \"d\"") != std::string::npos);
  BOOST_TEST(json.find("\"datatype\": \"http://www.w3.org/2001/XMLSchema#date\"") != std::string::npos);
  BOOST_TEST(json.find("\"type\": \"uri\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(table_aligns_and_counts_rows) {
  auto r = small().query(PREFIXES + "SELECT ?l { ?x a polkg:Chamber ; rdfs:label ?l } ORDER BY ?l");
  std::string table = formatted(r, ResultFormat::Table);
  BOOST_TEST(table == "l\n--------------------\nMajilis\nSenate of Kazakhstan\n(2 rows)\n");
}

BOOST_AUTO_TEST_CASE(unbound_values_are_empty) {
  auto r = small().query(PREFIXES + "SELECT ?e ?s { ?e a polkg:Meeting OPTIONAL { ?e polkg:status ?s } }");
  BOOST_REQUIRE(r.rows.size() == 1u);
  BOOST_TEST(!r.rows[0][1].has_value());
  BOOST_TEST(formatted(r, ResultFormat::Csv).ends_with(",\r\n"));
}

BOOST_AUTO_TEST_CASE(errors_say_what_and_where) {
  BOOST_CHECK_THROW(small().query("SELECT ?x {"), Error);
  BOOST_CHECK_THROW(LocalGraph("/nonexistent/graph.nq"), Error);
  BOOST_CHECK_THROW(LocalGraph("graph.xyz"), Error);
  std::string bad = temp_file("bad.nt", "<https://a/s> <https://a/p> \"x .\n");
  try {
    LocalGraph g(bad);
    BOOST_FAIL("a broken file must not load");
  } catch (const Error& e) {
    BOOST_TEST((e.kind() == Error::Kind::BadInput));
    BOOST_TEST(std::string(e.what()).find("line 1") != std::string::npos);
  }
  BOOST_CHECK_THROW(parse_result_format("xml"), Error);
}
