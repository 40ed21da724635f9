// Tests of core/src/name_variants.cpp (transliteration_key) and
// core/src/entity_registry.cpp (polkg/entity_registry.hpp): persons whose
// names are transliteration variants across documents become one entity,
// and each entity keeps one label, the first seen.
#define BOOST_TEST_MODULE test_name_variants
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "polkg/entity_registry.hpp"
#include "polkg/iri.hpp"
#include "polkg/knowledge_graph.hpp"

using namespace polkg;

namespace {

Entity person(const std::string& name, std::set<std::string> docs) {
  Entity e;
  e.key = entity_key("person", name);
  e.type = EntityType::Person;
  e.label = name;
  e.documents = std::move(docs);
  return e;
}

Evidence evidence(const std::string& doc, const std::string& sentence) { return {doc, 0, (long)sentence.size(), sentence}; }

// A post and an event in `doc` naming `key`.
void facts_of(KnowledgeGraph& kg, const std::string& doc, const std::string& key, const std::string& sentence) {
  PostHolding p;
  p.person = key;
  p.role = "president";
  p.body = "state/KG";
  p.post_label = "President of Kyrgyzstan";
  p.confidence = 0.9;
  p.evidence = evidence(doc, sentence);
  kg.add_post(p);
  Event e;
  e.key = "event/" + doc + "/1";
  e.type = EventType::Meeting;
  e.document = doc;
  e.participants = {key, "person/shavkat-mirziyoyev"};
  e.confidence = 0.8;
  e.evidence = evidence(doc, sentence);
  kg.add_event(e);
}

int persons(const KnowledgeGraph& kg) {
  return (int)std::count_if(kg.entities().begin(), kg.entities().end(),
                            [](const auto& kv) { return kv.second.type == EntityType::Person; });
}

}  // namespace

BOOST_AUTO_TEST_CASE(keys_equal_for_transliteration_variants) {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"Zhaparov", "Japarov"},
      {"Sadyr Zhaparov", "Sadyr Japarov"},
      {"Matvienko", "Matviyenko"},
      {"Valentina Matvienko", "Valentina Matviyenko"},
      {"Aliev", "Aliyev"},
      {"Tokaev", "Tokayev"},
      {"Kassym-Jomart Tokayev", "Kassym-Zhomart Tokaev"},
      {"Khodjaev", "Hojayev"},
      {"Mirziyoyev", "Mirziyoev"},
      {"Nazarbayev", "NAZARBAEV"},
  };
  for (const auto& [a, b] : same)
    BOOST_TEST(transliteration_key(a) == transliteration_key(b), a << " / " << b);
}

BOOST_AUTO_TEST_CASE(keys_differ_for_different_names) {
  const std::vector<std::pair<std::string, std::string>> different = {
      {"Aliyev", "Alimov"},
      {"Tokayev", "Tokarev"},
      {"Sadyr Japarov", "Akylbek Japarov"},
      {"Ilham Aliyev", "Heydar Aliyev"},
      {"Zhaparov", "Zhaparova"},
  };
  for (const auto& [a, b] : different)
    BOOST_TEST(transliteration_key(a) != transliteration_key(b), a << " / " << b);
}

// One document's graph naming `name` in a post and an event.
KnowledgeGraph document(const std::string& doc, const std::string& name) {
  KnowledgeGraph kg;
  kg.add_entity(person(name, {doc}));
  kg.add_entity(person("Shavkat Mirziyoyev", {doc}));
  facts_of(kg, doc, entity_key("person", name), name + " met Shavkat Mirziyoyev.");
  return kg;
}

// The second document's spelling becomes the first's entity: its key in
// every fact, the first label, the other spelling an alt label.
BOOST_AUTO_TEST_CASE(a_later_variant_joins_the_first_person) {
  EntityRegistry registry;
  KnowledgeGraph d1 = document("doc-1", "Sadyr Zhaparov"), d2 = document("doc-2", "Sadyr Japarov");
  registry.resolve(d1);
  registry.resolve(d2);
  BOOST_TEST(!d2.find("person/sadyr-japarov"));
  const Entity* kept = d2.find("person/sadyr-zhaparov");
  BOOST_REQUIRE(kept);
  BOOST_TEST(kept->label == "Sadyr Zhaparov");
  BOOST_TEST(kept->alt_labels.count("Sadyr Japarov") == 1u);
  for (const auto& p : d2.posts()) BOOST_TEST(p.person == "person/sadyr-zhaparov");
  for (const auto& e : d2.events()) {
    BOOST_TEST(std::count(e.participants.begin(), e.participants.end(), "person/sadyr-zhaparov") == 1);
    BOOST_TEST(std::count(e.participants.begin(), e.participants.end(), "person/sadyr-japarov") == 0);
  }
  BOOST_TEST(registry.counts().at(EntityType::Person) == 2u);  // Zhaparov, Mirziyoyev
}

// The order of documents decides, not their number or the sort order.
BOOST_AUTO_TEST_CASE(the_first_document_decides) {
  EntityRegistry registry;
  KnowledgeGraph d1 = document("doc-1", "Valentina Matviyenko"), d2 = document("doc-2", "Valentina Matvienko"),
                 d3 = document("doc-3", "Valentina Matvienko");
  registry.resolve(d1);
  registry.resolve(d2);
  registry.resolve(d3);
  BOOST_REQUIRE(d3.find("person/valentina-matviyenko"));
  BOOST_TEST(d3.find("person/valentina-matviyenko")->label == "Valentina Matviyenko");
  BOOST_TEST(!d3.find("person/valentina-matvienko"));
}

// Two spellings in one document: one entity.
BOOST_AUTO_TEST_CASE(variants_within_one_document) {
  EntityRegistry registry;
  KnowledgeGraph d = document("doc-1", "Sadyr Zhaparov");
  d.add_entity(person("Sadyr Japarov", {"doc-1"}));
  registry.resolve(d);
  BOOST_TEST(persons(d) == 2);  // one Sadyr, Mirziyoyev
}

// One label per entity: a later document's other form of the same key
// ("Senate" / "senate" slug the same) becomes an alt label.
BOOST_AUTO_TEST_CASE(one_label_per_entity_the_first_seen) {
  EntityRegistry registry;
  KnowledgeGraph d1, d2;
  d1.add_entity(person("Ilham Aliyev", {"doc-1"}));
  d2.add_entity(person("ILHAM ALIYEV", {"doc-2"}));
  BOOST_REQUIRE(d1.find("person/ilham-aliyev") && d2.find("person/ilham-aliyev"));
  registry.resolve(d1);
  registry.resolve(d2);
  BOOST_TEST(d2.find("person/ilham-aliyev")->label == "Ilham Aliyev");
  BOOST_TEST(d2.find("person/ilham-aliyev")->alt_labels.count("ILHAM ALIYEV") == 1u);
}

// An earlier graph's entities (--update, --store) come first.
BOOST_AUTO_TEST_CASE(seeded_entities_keep_their_labels) {
  EntityRegistry registry;
  registry.seed("person/sadyr-japarov", EntityType::Person, "Sadyr Japarov");
  KnowledgeGraph d = document("doc-9", "Sadyr Zhaparov");
  registry.resolve(d);
  BOOST_TEST(d.find("person/sadyr-japarov"));
  BOOST_TEST(!d.find("person/sadyr-zhaparov"));
}

// Single-word names are too weak to merge ("Aliev" may be anyone).
BOOST_AUTO_TEST_CASE(single_word_names_are_not_merged) {
  EntityRegistry registry;
  KnowledgeGraph d1, d2;
  d1.add_entity(person("Aliev", {"doc-1"}));
  d2.add_entity(person("Aliyev", {"doc-2"}));
  registry.resolve(d1);
  registry.resolve(d2);
  BOOST_TEST(d2.find("person/aliyev"));
  BOOST_TEST(registry.size() == 2u);
}

// Different names, and non-persons with variant names, stay apart.
BOOST_AUTO_TEST_CASE(different_names_and_non_persons_are_not_merged) {
  EntityRegistry registry;
  KnowledgeGraph d1, d2;
  d1.add_entity(person("Ilham Aliyev", {"doc-1"}));
  d2.add_entity(person("Ilham Alimov", {"doc-2"}));
  Entity a, b;
  a.key = "organization/zhas-otan";
  a.type = b.type = EntityType::Organization;
  a.label = "Zhas Otan";
  b.key = "organization/jas-otan";
  b.label = "Jas Otan";
  d1.add_entity(a);
  d2.add_entity(b);
  registry.resolve(d1);
  registry.resolve(d2);
  BOOST_TEST(d2.find("person/ilham-alimov"));
  BOOST_TEST(d2.find("organization/jas-otan"));
  BOOST_TEST(registry.size() == 4u);
}
