// polkg/entity_registry.hpp: the entities of a whole corpus, known as its
// documents go by, so that each document's graph can be written as soon as
// the document is extracted and still agree with every other document's.
//
// Two rules, applied to each document's graph in input order:
//  - one label per entity: the first label seen for a key stays its
//    rdfs:label; a later document's other form becomes a skos:altLabel;
//  - transliteration variants are one person: a full name whose
//    transliteration_key (polkg/knowledge_graph.hpp) equals that of a person
//    seen earlier is renamed to the earlier person's key ("Sadyr Japarov"
//    after "Sadyr Zhaparov"). Source of the variants: name_variants.cpp.
// The result depends only on the order of the documents, never on how many
// threads extracted them. Memory: one entry per entity (about 150 bytes).
#pragma once
#include <functional>
#include <map>
#include <string>
#include <unordered_map>

#include "polkg/knowledge_graph.hpp"

namespace polkg {

class EntityRegistry {
 public:
  /// Makes `doc` agree with the documents resolved before it (the rules
  /// above), then records its entities. Not thread-safe: one caller.
  void resolve(KnowledgeGraph& doc);

  /// Records an entity of an earlier graph (`polkg build --update`): `key`
  /// is the IRI minus the base. Entities seeded first keep their labels.
  void seed(const std::string& key, EntityType type, const std::string& label);

  /// Entities known, per type.
  std::map<EntityType, size_t> counts() const;
  size_t size() const { return entities_.size(); }

  /// Calls `f(key, type, label)` for each entity, in key order.
  void for_each(const std::function<void(const std::string&, EntityType, const std::string&)>& f) const;

 private:
  struct Known {
    EntityType type;
    std::string label;
  };
  void remember(const std::string& key, EntityType type, const std::string& label);
  std::unordered_map<std::string, Known> entities_;
  std::unordered_map<std::string, std::string> persons_;  ///< transliteration key -> person key
};

}  // namespace polkg
