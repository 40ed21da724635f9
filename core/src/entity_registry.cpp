// The corpus-wide entity registry (see polkg/entity_registry.hpp).
#include "polkg/entity_registry.hpp"

namespace polkg {

void EntityRegistry::remember(const std::string& key, EntityType type, const std::string& label) {
  entities_.try_emplace(key, Known{type, label});
  if (type == EntityType::Person) {
    std::string t = transliteration_key(label);
    if (t.find(' ') != std::string::npos) persons_.try_emplace(t, key);  // full names only
  }
}

void EntityRegistry::seed(const std::string& key, EntityType type, const std::string& label) {
  remember(key, type, label);
}

void EntityRegistry::resolve(KnowledgeGraph& doc) {
  // 1. Transliteration variants of a known person (or of one another in this
  //    document: the first in key order wins, as later documents will see).
  std::map<std::string, std::string> renames;
  std::unordered_map<std::string, std::string> local;
  for (const auto& [key, e] : doc.entities()) {
    if (e.type != EntityType::Person) continue;
    std::string t = transliteration_key(e.label);
    if (t.find(' ') == std::string::npos) continue;
    auto known = persons_.find(t);
    const std::string* target = known != persons_.end() ? &known->second : nullptr;
    if (!target) {
      auto [it, fresh] = local.try_emplace(t, key);
      if (!fresh) target = &it->second;
    }
    if (target && *target != key) renames[key] = *target;
  }
  if (!renames.empty()) doc.rename_entities(renames);
  // 2. One label per entity: the first seen.
  for (const auto& [key, e] : doc.entities()) {
    auto it = entities_.find(key);
    if (it != entities_.end() && it->second.label != e.label) doc.set_label(key, it->second.label);
  }
  for (const auto& [key, e] : doc.entities()) remember(key, e.type, e.label);
}

void EntityRegistry::for_each(
    const std::function<void(const std::string&, EntityType, const std::string&)>& f) const {
  std::map<std::string_view, const Known*> sorted;
  for (const auto& [k, e] : entities_) sorted.emplace(k, &e);
  for (const auto& [k, e] : sorted) f(std::string(k), e->type, e->label);
}

std::map<EntityType, size_t> EntityRegistry::counts() const {
  std::map<EntityType, size_t> n;
  for (const auto& [k, e] : entities_) n[e.type]++;
  return n;
}

}  // namespace polkg
