// The knowledge graph store (see polkg/knowledge_graph.hpp).
#include "polkg/knowledge_graph.hpp"

#include <algorithm>

namespace polkg {

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::State: return "State";
    case EntityType::Legislature: return "Legislature";
    case EntityType::Chamber: return "Chamber";
    case EntityType::Organization: return "Organization";
    case EntityType::Person: return "Person";
    case EntityType::Place: return "Place";
  }
  return "Entity";
}

const char* to_string(EventType t) {
  switch (t) {
    case EventType::Visit: return "Visit";
    case EventType::Meeting: return "Meeting";
    case EventType::Session: return "Session";
    case EventType::Ceremony: return "Ceremony";
    case EventType::Conference: return "Conference";
    case EventType::Signing: return "Signing";
    case EventType::PhoneCall: return "PhoneCall";
    case EventType::Appointment: return "Appointment";
    case EventType::Election: return "Election";
    case EventType::Statement: return "Statement";
  }
  return "Event";
}

Entity& KnowledgeGraph::add_entity(const Entity& e) {
  auto [it, fresh] = entities_.try_emplace(e.key, e);
  Entity& s = it->second;
  if (!fresh) {
    if (e.label != s.label) s.alt_labels.insert(e.label);
    s.alt_labels.insert(e.alt_labels.begin(), e.alt_labels.end());
    s.documents.insert(e.documents.begin(), e.documents.end());
    s.official = s.official || e.official;
  }
  s.alt_labels.erase(s.label);
  return s;
}

const Entity* KnowledgeGraph::find(const std::string& key) const {
  auto it = entities_.find(key);
  return it == entities_.end() ? nullptr : &it->second;
}

void KnowledgeGraph::add_post(PostHolding p) {
  if (!p.evidence && !known_.insert(p.person + "|" + p.role + "|" + p.body).second) return;
  if (auto it = entities_.find(p.person); it != entities_.end()) it->second.official = true;
  posts_.push_back(std::move(p));
}

void KnowledgeGraph::add_structure(StructureFact f) {
  // World knowledge is stated once, however many documents name it (the RDF
  // mapping puts it in the graph of each document that mentions the subject).
  if (!f.evidence && !known_.insert(f.subject + "|" + f.property + "|" + f.object).second) return;
  structure_.push_back(std::move(f));
}

void KnowledgeGraph::rename_entities(const std::map<std::string, std::string>& renames) {
  auto re = [&](std::string& k) {
    auto it = renames.find(k);
    if (it != renames.end()) k = it->second;
  };
  for (const auto& [from, to] : renames) {
    auto it = entities_.find(from);
    if (it == entities_.end() || from == to) continue;
    Entity moved = it->second;
    entities_.erase(it);
    moved.key = to;
    auto target = entities_.find(to);
    if (target != entities_.end()) {
      moved.alt_labels.insert(moved.label);  // the merged form stays a name of the entity
      moved.label = target->second.label;
    }
    add_entity(moved);
  }
  for (auto& p : posts_) re(p.person), re(p.body);
  for (auto& f : structure_) re(f.subject), re(f.object);
  for (auto& e : events_)
    for (auto* v : {&e.participants, &e.organizers, &e.locations, &e.destinations, &e.commemorates, &e.on_behalf_of}) {
      for (auto& k : *v) re(k);
      std::vector<std::string> unique;
      for (auto& k : *v)
        if (std::find(unique.begin(), unique.end(), k) == unique.end()) unique.push_back(k);
      *v = unique;
    }
}

void KnowledgeGraph::set_label(const std::string& key, const std::string& label) {
  auto it = entities_.find(key);
  if (it == entities_.end() || it->second.label == label) return;
  it->second.alt_labels.insert(it->second.label);
  it->second.label = label;
  it->second.alt_labels.erase(label);
}

void KnowledgeGraph::merge(KnowledgeGraph&& other) {
  for (auto& [k, e] : other.entities_) add_entity(e);
  for (auto& [k, d] : other.documents_) documents_[k] = d;
  for (auto& p : other.posts_) add_post(std::move(p));
  for (auto& f : other.structure_) structure_.push_back(std::move(f));
  for (auto& e : other.events_) events_.push_back(std::move(e));
  other = KnowledgeGraph{};
}

}  // namespace polkg
