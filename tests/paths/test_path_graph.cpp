// Tests of polkg/path_graph.hpp: loading RDF polkg wrote (Turtle and
// in-process quads), vertices, triples, evidence, parse errors, names.
#define BOOST_TEST_MODULE path_graph
#include <boost/test/unit_test.hpp>

#include "polkg/error.hpp"
#include "polkg/knowledge_graph.hpp"
#include "polkg/path_graph.hpp"

using namespace polkg;
using namespace polkg::paths;

namespace {

const std::string DATA = POLKG_TEST_DATA;
const std::string B = "https://example.org/polkg/";

const PathGraph& small() {
  static PathGraph g = load_path_graph(DATA + "/small.ttl");
  return g;
}

VertexId v(const PathGraph& g, const std::string& key) {
  auto id = g.find_iri(B + key);
  BOOST_TEST_REQUIRE(id.has_value(), key);
  return *id;
}

/// The triple (s, local predicate, o), if present.
std::optional<TripleId> find_triple(const PathGraph& g, VertexId s, std::string_view p, VertexId o) {
  for (TripleId t = 0; t < g.num_triples(); ++t) {
    const Triple& tr = g.triple(t);
    if (tr.subject == s && tr.object == o && g.predicate(tr.predicate).ends_with(p)) return t;
  }
  return std::nullopt;
}

}  // namespace

BOOST_AUTO_TEST_CASE(vertices_are_entities_events_and_posts) {
  const PathGraph& g = small();
  BOOST_TEST(g.num_vertices() == 12u);  // no documents, evidence nodes, assertions or roles
  BOOST_TEST(!g.find_iri(B + "document/doc1"));
  BOOST_TEST(!g.find_iri(B + "assertion/a1"));
  BOOST_TEST(!g.find_iri(B + "document/doc1#char=0,60"));
  BOOST_TEST(g.type(v(g, "person/yerlan-koshanov")) == "Official");
  BOOST_TEST(g.type(v(g, "person/marat-tazhin")) == "Person");
  BOOST_TEST(g.type(v(g, "event/doc1/1")) == "Visit");  // the contract class, not OfficialVisit
  BOOST_TEST(g.type(v(g, "post/state/AZ/president")) == "Post");
  BOOST_TEST(!g.find_iri(B + "role/chairman"));  // a role shared by all holders links nothing
  BOOST_TEST(g.label(v(g, "chamber/majilis")) == "Mäjilis");
}

BOOST_AUTO_TEST_CASE(vertex_ids_follow_iri_order) {
  const PathGraph& g = small();
  for (VertexId x = 1; x < g.num_vertices(); ++x) BOOST_TEST((g.iri(x - 1) < g.iri(x)));
}

BOOST_AUTO_TEST_CASE(triples_are_object_properties_between_vertices) {
  const PathGraph& g = small();
  BOOST_TEST(g.num_triples() == 13u);
  BOOST_TEST(boost::num_edges(g.csr()) == 26u);  // two arcs per triple
  BOOST_TEST(find_triple(g, v(g, "event/doc1/2"), "#partOf", v(g, "event/doc1/1")).has_value());
  BOOST_TEST(!find_triple(g, v(g, "event/doc1/1"), "#partOf", v(g, "event/doc1/2")).has_value());
  BOOST_TEST(g.degree(v(g, "person/yerlan-koshanov")) == 3u);
  BOOST_TEST(g.degree(v(g, "person/marat-tazhin")) == 0u);
}

BOOST_AUTO_TEST_CASE(event_edges_carry_the_event_evidence) {
  const PathGraph& g = small();
  auto t = find_triple(g, v(g, "event/doc1/2"), "#participant", v(g, "person/ilham-aliyev"));
  BOOST_TEST_REQUIRE(t.has_value());
  BOOST_TEST_REQUIRE(g.evidence(*t).size() == 1u);
  EvidenceView e = g.evidence_record(g.evidence(*t)[0]);
  BOOST_TEST(e.document == "doc1");
  BOOST_TEST(e.date == "2023-05-16");
  BOOST_TEST(e.begin == 61);
  BOOST_TEST(e.end == 120);
  BOOST_TEST(e.sentence.starts_with("Koshanov was received"));
}

BOOST_AUTO_TEST_CASE(post_holdings_carry_assertion_evidence_and_world_knowledge_none) {
  const PathGraph& g = small();
  auto holds = find_triple(g, v(g, "person/yerlan-koshanov"), "#holds", v(g, "post/chamber/majilis/chairman"));
  BOOST_TEST_REQUIRE(holds.has_value());
  BOOST_TEST_REQUIRE(g.evidence(*holds).size() == 1u);
  BOOST_TEST(g.evidence_record(g.evidence(*holds)[0]).begin == 0);
  auto other = find_triple(g, v(g, "person/ilham-aliyev"), "#holds", v(g, "post/state/AZ/president"));
  BOOST_TEST_REQUIRE(other.has_value());
  BOOST_TEST(g.evidence(*other).empty());
  auto structure = find_triple(g, v(g, "legislature/parliament-of-kazakhstan"), "#legislatureOf", v(g, "state/KZ"));
  BOOST_TEST_REQUIRE(structure.has_value());
  BOOST_TEST(g.evidence(*structure).empty());
}

BOOST_AUTO_TEST_CASE(quads_and_file_give_the_same_graph) {
  PathGraph a = build_path_graph(read_rdf_file(DATA + "/small.ttl"));
  const PathGraph& b = small();
  BOOST_TEST(a.num_vertices() == b.num_vertices());
  BOOST_TEST(a.num_triples() == b.num_triples());
  for (VertexId x = 0; x < a.num_vertices(); ++x) BOOST_TEST(a.iri(x) == b.iri(x));
}

BOOST_AUTO_TEST_CASE(duplicate_triples_across_named_graphs_merge) {
  Quads q;
  auto add = [&](std::string s, std::string p, std::string o, std::string graph) {
    q.push_back({Term::iri(B + s), Term::iri(p), Term::iri(o), graph});
  };
  const std::string type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  const std::string polkg = "https://w3id.org/polkg/ontology#";
  add("place/baku", type, polkg + "Place", B + "document/d1");
  add("state/AZ", type, polkg + "State", B + "document/d1");
  add("place/baku", polkg + "locatedIn", B + "state/AZ", B + "document/d1");
  add("place/baku", polkg + "locatedIn", B + "state/AZ", B + "document/d2");
  add("place/baku", polkg + "locatedIn", B + "place/baku", "");  // self-loop: dropped
  PathGraph g = build_path_graph(q);
  BOOST_TEST(g.num_vertices() == 2u);
  BOOST_TEST(g.num_triples() == 1u);
  BOOST_TEST(g.label(0) == "baku");  // no rdfs:label: the IRI's last segment
}

BOOST_AUTO_TEST_CASE(builds_from_the_knowledge_graph_in_process) {
  KnowledgeGraph kg;
  kg.add_document({"d1", "2023-05-16", "", "", ""});
  kg.add_entity({"person/yerlan-koshanov", EntityType::Person, true, "Yerlan Koshanov", {}, {"d1"}});
  kg.add_entity({"person/ilham-aliyev", EntityType::Person, true, "Ilham Aliyev", {}, {"d1"}});
  kg.add_entity({"chamber/majilis", EntityType::Chamber, false, "Majilis", {"Mazhilis"}, {"d1"}});
  Event e;
  e.key = "event/d1/1";
  e.type = EventType::Meeting;
  e.label = "Meeting";
  e.document = "d1";
  e.participants = {"person/yerlan-koshanov", "person/ilham-aliyev"};
  e.evidence = {"d1", 10, 50, "Koshanov met Aliyev."};
  kg.add_event(e);
  PostHolding p;
  p.person = "person/yerlan-koshanov";
  p.role = "chairman";
  p.body = "chamber/majilis";
  p.evidence = Evidence{"d1", 0, 9, "Chairman."};
  kg.add_post(p);
  PathGraph g = build_path_graph(to_quads(kg, RdfOptions{B}));
  BOOST_TEST(g.num_vertices() == 5u);  // 3 entities, the event, the post (roles are no vertices)
  BOOST_TEST(g.num_triples() == 4u);   // 2 participants, holds, postIn
  for (TripleId t = 0; t < g.num_triples(); ++t) {
    std::string_view p = g.predicate(g.triple(t).predicate);
    bool from_text = p.ends_with("#participant") || p.ends_with("#holds");
    BOOST_TEST(g.evidence(t).size() == (from_text ? 1u : 0u), p);
  }
  BOOST_TEST(resolve_name(g, "mazhilis").size() == 1u);
}

BOOST_AUTO_TEST_CASE(parse_errors_name_the_file_and_line) {
  try {
    load_path_graph(DATA + "/bad.ttl");
    BOOST_FAIL("no error");
  } catch (const Error& e) {
    BOOST_TEST(static_cast<int>(e.kind()) == static_cast<int>(Error::Kind::BadInput));
    BOOST_TEST(e.file() == DATA + "/bad.ttl");
    BOOST_TEST(e.line() == 4);
  }
  BOOST_CHECK_THROW(load_path_graph(DATA + "/missing.ttl"), Error);
}

BOOST_AUTO_TEST_CASE(names_resolve_by_label_alias_and_iri) {
  PathGraph g = load_path_graph(DATA + "/names.ttl");
  auto one = [&](std::string_view name) {
    auto r = resolve_name(g, name);
    return r.size() == 1 ? std::string(g.iri(r[0])) : std::string("?") + std::to_string(r.size());
  };
  BOOST_TEST(one("Senate of Kazakhstan") == B + "chamber/senate-of-kazakhstan");
  BOOST_TEST(one("  the SENATE of kazakhstan. ") == B + "chamber/senate-of-kazakhstan");
  BOOST_TEST(one("Ataturk") == B + "person/mustafa-kemal-ataturk");           // diacritics folded
  BOOST_TEST(one("senat") == B + "chamber/senate-of-france");                 // an alias
  BOOST_TEST(one("Majlis") == B + "organization/majlis");                     // a label beats an alias
  BOOST_TEST(one(B + "chamber/milli-majlis") == B + "chamber/milli-majlis");  // an IRI
  BOOST_TEST(one("<" + B + "chamber/milli-majlis>") == B + "chamber/milli-majlis");
  BOOST_TEST(one("chamber/milli-majlis") == B + "chamber/milli-majlis");     // a key
  BOOST_TEST(one("Senate") == "?2");                                         // ambiguous
  BOOST_TEST(one("Bundesrat") == "?0");                                      // unknown
  BOOST_TEST(one("...") == "?0");
}

BOOST_AUTO_TEST_CASE(memory_is_accounted) {
  MemoryUse m = small().memory();
  BOOST_TEST(m.csr == 13u * 4 + 26u * 8);  // (vertices + 1) offsets, two arcs per triple
  BOOST_TEST(m.total() > m.csr);
}
