// Tests of polkg/path_format.hpp on tests/paths/data/small.ttl: text, JSON
// (the shape of ../shared/design/CLI.md), DOT, SVG and SPARQL (run with
// Redland's query engine against the same file: it finds the same paths).
#define BOOST_TEST_MODULE path_format
#include <boost/test/unit_test.hpp>
#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "polkg/error.hpp"
#include "polkg/path_format.hpp"
#include "polkg/redland.hpp"

using namespace polkg;
using namespace polkg::paths;
using nlohmann::json;

namespace {

const std::string DATA = POLKG_TEST_DATA;
const std::string B = "https://example.org/polkg/";

const PathGraph& small() {
  static PathGraph g = load_path_graph(DATA + "/small.ttl");
  return g;
}

VertexId v(const std::string& key) { return *small().find_iri(B + key); }

/// Koshanov -> Aliyev, the 3 shortest paths (2, 3 and 4 hops).
PathQuery three_paths() {
  PathQuery q{v("person/yerlan-koshanov"), v("person/ilham-aliyev"), {}};
  q.paths = k_shortest_paths(small(), q.from, q.to, 3);
  return q;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

/// Runs a SPARQL query on small.ttl with Redland; the values of ?path.
std::vector<std::string> run_sparql(const std::string& query) {
  using redland::Ptr;
  librdf_world* w = redland::world();
  Ptr<librdf_storage> storage(librdf_new_storage(w, "hashes", "test", "hash-type='memory'"));
  Ptr<librdf_model> model(librdf_new_model(w, storage.get(), nullptr));
  Ptr<librdf_parser> parser(librdf_new_parser(w, "turtle", nullptr, nullptr));
  Ptr<librdf_uri> uri(librdf_new_uri_from_filename(w, (DATA + "/small.ttl").c_str()));
  BOOST_TEST_REQUIRE(librdf_parser_parse_into_model(parser.get(), uri.get(), uri.get(), model.get()) == 0);
  Ptr<librdf_query> q(librdf_new_query(w, "sparql", nullptr,
                                       reinterpret_cast<const unsigned char*>(query.c_str()), nullptr));
  BOOST_TEST_REQUIRE(q.get() != nullptr, "SPARQL does not parse:\n" << query);
  Ptr<librdf_query_results> r(librdf_model_query_execute(model.get(), q.get()));
  BOOST_TEST_REQUIRE(r.get() != nullptr);
  std::vector<std::string> out;
  for (; !librdf_query_results_finished(r.get()); librdf_query_results_next(r.get())) {
    Ptr<librdf_node> n(librdf_query_results_get_binding_value_by_name(r.get(), "path"));
    out.push_back(n ? reinterpret_cast<const char*>(librdf_node_get_literal_value(n.get())) : "?");
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(format_names) {
  BOOST_TEST(static_cast<int>(parse_output_format("sparql")) == static_cast<int>(OutputFormat::Sparql));
  BOOST_CHECK_THROW(parse_output_format("xml"), Error);
}

BOOST_AUTO_TEST_CASE(text_shows_each_hop_with_its_evidence) {
  std::string t = paths_text(small(), three_paths());
  BOOST_TEST(contains(t, "From: Yerlan Koshanov (Official)"));
  BOOST_TEST(contains(t, "3 paths."));
  BOOST_TEST(contains(t, "Path 1 (2 hops): Yerlan Koshanov -> Meeting of Yerlan Koshanov and Ilham Aliyev -> Ilham Aliyev"));
  BOOST_TEST(contains(t, "1. Meeting of Yerlan Koshanov and Ilham Aliyev (Meeting) --polkg:participant--> "
                         "Yerlan Koshanov (Official)   [walked backward]"));
  BOOST_TEST(contains(t, "\"Koshanov was received by President Ilham Aliyev, the Majilis press service said.\""));
  BOOST_TEST(contains(t, "-- doc1, 2023-05-16, characters 61-120"));
  BOOST_TEST(contains(t, "(world knowledge)"));  // Aliyev holds the president's post: no evidence
  PathQuery none{v("person/yerlan-koshanov"), v("person/marat-tazhin"), {}};
  BOOST_TEST(contains(paths_text(small(), none), "No path."));
}

BOOST_AUTO_TEST_CASE(json_has_the_cli_shape) {
  json j = json::parse(paths_json(small(), three_paths()));
  BOOST_TEST(j["from"]["iri"] == B + "person/yerlan-koshanov");
  BOOST_TEST(j["from"]["label"] == "Yerlan Koshanov");
  BOOST_TEST(j["from"]["type"] == "Official");
  BOOST_TEST(j["to"]["label"] == "Ilham Aliyev");
  BOOST_TEST_REQUIRE(j["paths"].size() == 3u);
  BOOST_TEST(j["paths"][0]["length"] == 2);
  BOOST_TEST(j["paths"][1]["length"] == 3);
  BOOST_TEST(j["paths"][2]["length"] == 4);
  const json& hop = j["paths"][0]["hops"][0];
  BOOST_TEST(hop["subject"]["iri"] == B + "event/doc1/2");
  BOOST_TEST(hop["subject"]["type"] == "Meeting");
  BOOST_TEST(hop["predicate"] == "https://w3id.org/polkg/ontology#participant");
  BOOST_TEST(hop["object"]["iri"] == B + "person/yerlan-koshanov");
  BOOST_TEST(hop["direction"] == "backward");
  BOOST_TEST(j["paths"][0]["hops"][1]["direction"] == "forward");
  BOOST_TEST_REQUIRE(hop["evidence"].size() == 1u);
  const json& ev = hop["evidence"][0];
  BOOST_TEST(ev["document"] == "doc1");
  BOOST_TEST(ev["date"] == "2023-05-16");
  BOOST_TEST(ev["begin"] == 61);
  BOOST_TEST(ev["end"] == 120);
  BOOST_TEST(ev["sentence"].get<std::string>().starts_with("Koshanov was received"));
  BOOST_TEST(j["paths"][2]["hops"][3]["evidence"].empty());  // world knowledge
  PathQuery none{v("person/yerlan-koshanov"), v("person/marat-tazhin"), {}};
  BOOST_TEST(json::parse(paths_json(small(), none))["paths"].empty());
}

BOOST_AUTO_TEST_CASE(json_keys_in_the_order_cli_md_shows) {
  std::string t = paths_json(small(), three_paths());
  auto at = [&](std::string_view key) { return t.find(fmt::format("\"{}\":", key)); };
  BOOST_TEST(at("from") < at("to"));
  BOOST_TEST(at("to") < at("paths"));
  BOOST_TEST(at("length") < at("hops"));
  BOOST_TEST(at("subject") < at("predicate"));
  BOOST_TEST(at("predicate") < at("object"));
  BOOST_TEST(at("object") < at("direction"));
  BOOST_TEST(at("direction") < at("evidence"));
  BOOST_TEST(at("document") < at("date"));
  BOOST_TEST(at("sentence") < at("begin"));
}

BOOST_AUTO_TEST_CASE(json_of_from_equals_to) {
  PathQuery same{v("state/KZ"), v("state/KZ"), {Path{v("state/KZ"), {}, 0}}};
  json j = json::parse(paths_json(small(), same));
  BOOST_TEST(j["paths"][0]["length"] == 0);
  BOOST_TEST(j["paths"][0]["hops"].empty());
}

BOOST_AUTO_TEST_CASE(dot_draws_the_triples_subject_to_object) {
  std::string d = paths_dot(small(), three_paths());
  BOOST_TEST(d.starts_with("digraph polkg {"));
  VertexId meeting = v("event/doc1/2"), koshanov = v("person/yerlan-koshanov");
  BOOST_TEST(contains(d, "  v" + std::to_string(meeting) + " -> v" + std::to_string(koshanov) +
                             " [label=\"polkg:participant\""));
  BOOST_TEST(contains(d, "label=\"Yerlan Koshanov\\n(Official)\", shape=box"));
  BOOST_TEST(contains(d, "shape=ellipse"));  // events
  BOOST_TEST(contains(d, "shape=note"));     // the post
  BOOST_TEST(contains(d, "penwidth=2"));
}

BOOST_AUTO_TEST_CASE(svg_renders_with_graphviz_or_says_it_is_missing) {
  try {
    std::string svg = render_svg(paths_dot(small(), three_paths()));
    BOOST_TEST(contains(svg, "<svg"));
  } catch (const Error& e) {
    BOOST_TEST(contains(e.what(), "dot"));
  }
}

BOOST_AUTO_TEST_CASE(sparql_finds_the_same_paths) {
  std::string q = paths_sparql(small(), three_paths());
  BOOST_TEST(contains(q, "SELECT DISTINCT ?path ?v1 ?v1Label ?v2 ?v2Label ?v3 ?v3Label WHERE {"));
  BOOST_TEST(contains(q, "?v1 polkg:participant <" + B + "person/yerlan-koshanov> ."));
  BOOST_TEST(run_sparql(q) == (std::vector<std::string>{"1", "2", "3"}));
  PathQuery none{v("person/yerlan-koshanov"), v("person/marat-tazhin"), {}};
  BOOST_TEST(run_sparql(paths_sparql(small(), none)).empty());
}

BOOST_AUTO_TEST_CASE(neighbors_in_every_format) {
  Neighborhood n = neighbors(small(), v("person/yerlan-koshanov"), 1);
  std::string t = neighbors_text(small(), n);
  BOOST_TEST(contains(t, "Yerlan Koshanov (Official) <" + B + "person/yerlan-koshanov>: 3 entities within 1 hop"));
  BOOST_TEST(contains(t, "  1  Chairman of the Majilis (Post)"));
  json j = json::parse(neighbors_json(small(), n));
  BOOST_TEST(j["center"]["label"] == "Yerlan Koshanov");
  BOOST_TEST(j["depth"] == 1);
  BOOST_TEST_REQUIRE(j["neighbors"].size() == 3u);
  BOOST_TEST(j["neighbors"][0]["entity"]["label"] == "Chairman of the Majilis");
  BOOST_TEST(j["neighbors"][0]["distance"] == 1);
  BOOST_TEST(j["edges"].size() == 3u);
  BOOST_TEST(contains(neighbors_dot(small(), n), "digraph polkg {"));
  BOOST_CHECK_THROW(format_neighbors(small(), n, OutputFormat::Sparql), Error);
}
