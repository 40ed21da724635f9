// polkg/knowledge_graph.hpp: the knowledge graph the extractor fills and the
// exporters read: entities with stable keys, posts, structure facts and
// events, each fact with its provenance.
//
// Shapes: an entity is identified by its `key` ("<type>/<slug>", or
// "state/<ISO 3166-1 alpha-2>"), which is also the path of its IRI under the
// base (polkg/iri.hpp). Offsets are Unicode code points into the document
// text, end exclusive. Confidence is in [0, 1]: see docs/quality.md for what
// it means and how it was calibrated.
//
// Thread safety: none; one KnowledgeGraph is filled by one thread (a
// parallel build merges per-thread graphs with merge()).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "polkg/document.hpp"
#include "polkg/rdf.hpp"

namespace polkg {

/// The contract's entity classes (ONTOLOGY.md, "Entities").
enum class EntityType { State, Legislature, Chamber, Organization, Person, Place };

/// "State", "Legislature", ... (the local name of the polkg: class).
const char* to_string(EntityType t);

struct Entity {
  std::string key;                   ///< stable key, e.g. "person/yerlan-koshanov"
  EntityType type = EntityType::Person;
  bool official = false;             ///< a Person who holds or held a post
  std::string label;                 ///< canonical English name (one per entity)
  std::set<std::string> alt_labels;  ///< every other name form seen or known
  std::set<std::string> documents;   ///< ids of documents that mention it
};

/// Where a fact was read: a sentence of a document.
struct Evidence {
  std::string document;  ///< document id (dcterms:identifier)
  long begin = 0;        ///< code-point offset of the sentence, inclusive
  long end = 0;          ///< code-point offset, exclusive
  std::string sentence;  ///< the sentence text (UTF-8)
  auto operator<=>(const Evidence&) const = default;
};

/// A person holds (or held) a post: org:holds / polkg:heldPost, with the
/// post `?post org:postIn ?body ; org:role ?role`.
struct PostHolding {
  std::string person;      ///< entity key of the holder
  std::string role;        ///< role label, lower case ("speaker", "foreign minister")
  std::string body;        ///< entity key of the Chamber/Legislature/State/Organization
  std::string post_label;  ///< as this document words it ("Chair of the Federation Council");
                           ///< the RDF label of the post is canonical (role + body)
  bool former = false;     ///< held before, not now (polkg:heldPost)
  std::string qualifier;   ///< "acting", "newly elected", ... or empty
  std::string attested_on; ///< xsd:date the document attests it, or empty
  double confidence = 0.0;
  std::optional<Evidence> evidence;  ///< empty when from a gazetteer row
};

/// A structure fact between two entities: polkg:chamberOf, polkg:legislatureOf,
/// polkg:locatedIn (the local name in `property`).
struct StructureFact {
  std::string subject;
  std::string property;
  std::string object;
  double confidence = 1.0;
  std::optional<Evidence> evidence;  ///< empty when from world knowledge
  std::string source;                ///< gazetteer source where not from text
};

/// The contract's event classes (ONTOLOGY.md, "Events").
enum class EventType {
  Visit, Meeting, Session, Ceremony, Conference, Signing, PhoneCall,
  Appointment, Election, Statement
};
const char* to_string(EventType t);

struct Event {
  std::string key;           ///< "event/<document id>/<n>"
  EventType type = EventType::Meeting;
  std::string subtype;       ///< an extra class local name ("StateVisit") or empty
  std::string label;         ///< a readable label ("Visit of X to Y")
  std::string document;      ///< document id
  std::vector<std::string> participants, organizers, locations, destinations,
      commemorates, on_behalf_of;   ///< entity keys
  std::string part_of;       ///< event key or empty
  std::string date;          ///< "YYYY-MM-DD", "YYYY-MM" or "YYYY"; empty if unknown
  std::string visit_type;    ///< "working", "official", "state" or empty
  std::string status;        ///< "planned", "cancelled" or empty (happened)
  double confidence = 0.0;
  Evidence evidence;
};

/// Document metadata as it goes into the graph (polkg:Document).
struct DocumentRecord {
  std::string id, date, title, publisher, url;
};

class KnowledgeGraph {
 public:
  /// Adds or merges an entity by key: labels become alt labels when the key
  /// exists with another label. Returns the stored entity.
  Entity& add_entity(const Entity& e);
  const Entity* find(const std::string& key) const;

  void add_document(const DocumentRecord& d) { documents_[d.id] = d; }
  void add_post(PostHolding p);
  void add_structure(StructureFact f);
  void add_event(Event e) { events_.push_back(std::move(e)); }

  /// Makes `label` the label of entity `key`; its old label becomes an alt
  /// label. No effect if there is no such entity.
  void set_label(const std::string& key, const std::string& label);

  /// Moves every fact of `other` into this graph (entities merged by key).
  void merge(KnowledgeGraph&& other);

  /// Merges entities: each key of `renames` becomes the key it maps to (its
  /// labels become alt labels there) in every fact that names it.
  void rename_entities(const std::map<std::string, std::string>& renames);

  const std::map<std::string, Entity>& entities() const { return entities_; }
  const std::map<std::string, DocumentRecord>& documents() const { return documents_; }
  const std::vector<PostHolding>& posts() const { return posts_; }
  const std::vector<StructureFact>& structure() const { return structure_; }
  const std::vector<Event>& events() const { return events_; }

 private:
  std::map<std::string, Entity> entities_;
  std::map<std::string, DocumentRecord> documents_;
  std::vector<PostHolding> posts_;
  std::vector<StructureFact> structure_;
  std::vector<Event> events_;
  std::set<std::string> known_;  ///< world-knowledge facts already stated ("s|p|o")
};

/// A key equal for the usual Latin transliterations of one Cyrillic or
/// Turkic name, by which polkg/entity_registry.hpp merges persons across
/// documents ("Sadyr Zhaparov" / "Sadyr Japarov", "Matvienko" / "Matviyenko",
/// "Aliev" / "Aliyev"; full names only): folded, then zh/dzh/j -> j, kh -> h, a y between vowels or
/// after i dropped, doubled letters single, w -> v.
std::string transliteration_key(const std::string& name);

/// Options of the graph -> RDF mapping.
struct RdfOptions {
  std::string base;  ///< instance base IRI, ending in '/' or '#'
};

/// Maps the knowledge graph to quads under the ontology contract.
/// Each document's facts go into the named graph of the document's IRI;
/// world-knowledge structure (from gazetteers) into the default graph ("").
/// The result is sorted and free of duplicates, so output is independent of
/// the order documents were processed in.
Quads to_quads(const KnowledgeGraph& kg, const RdfOptions& opts);

/// True for the IRIs to_quads mints for one document (the document and its
/// evidence "document/...#char=b,e", its events "event/<id>/<n>", its
/// assertion nodes "assertion/<hash of document and fact>"): their triples
/// occur in that document's graph only. Entities, posts and roles are
/// shared between documents.
bool document_scoped(std::string_view iri, const RdfOptions& opts);

}  // namespace polkg
