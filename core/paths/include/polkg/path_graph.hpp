// polkg/path_graph.hpp: the knowledge graph as a Boost.Graph for path
// queries, and the ways to build one (from a file polkg wrote, from
// in-process quads, or edge by edge).
//
// Shapes (core/paths/README.md has the full rules):
//  - A vertex is an IRI node typed with an entity class (polkg:State,
//    Legislature, Chamber, Organization, Person, Official, Place), an event
//    class (polkg:Event and its subclasses) or org:Post / org:Role. Documents,
//    evidence nodes, assertions and literals are not vertices.
//  - A triple is an object-property triple between two vertices (never
//    rdf:type); duplicates across named graphs are merged, self-loops dropped.
//    Each triple keeps its evidence: the sentences it was read from.
//  - The Boost.Graph is a compressed_sparse_row_graph (directedS) with two
//    arcs per triple: one walking it forward (subject -> object), one
//    backward. So a path may cross a triple either way; the direction is kept.
//
// Ownership: a PathGraph owns all its data (strings are pooled) and is
// immutable once built, so it may be shared by threads that only read it.
// Offsets (EvidenceView::begin/end) are Unicode code points into the article
// text, end exclusive.
#pragma once
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "polkg/rdf.hpp"

namespace polkg::paths {

using VertexId = std::uint32_t;
using TripleId = std::uint32_t;
using PredicateId = std::uint32_t;
using EvidenceId = std::uint32_t;
using DocumentId = std::uint32_t;

/// Strings stored back to back in one buffer; an id is the insertion index.
/// Views stay valid until the pool is destroyed or added to.
class StringPool {
 public:
  std::uint32_t add(std::string_view s);
  std::string_view operator[](std::uint32_t id) const {
    return std::string_view(chars_).substr(ends_[id], ends_[id + 1] - ends_[id]);
  }
  std::size_t size() const { return ends_.size() - 1; }
  std::size_t bytes() const { return chars_.capacity() + ends_.capacity() * sizeof(std::uint64_t); }
  void shrink_to_fit();

 private:
  std::string chars_;
  std::vector<std::uint64_t> ends_{0};
};

/// One object-property triple between two vertices.
struct Triple {
  VertexId subject = 0;
  PredicateId predicate = 0;
  VertexId object = 0;
};

/// The bundled property of a CSR arc: its triple and the walking direction
/// (backward = from the triple's object to its subject), packed in 32 bits.
struct Arc {
  std::uint32_t code = 0;
  TripleId triple() const { return code >> 1; }
  bool backward() const { return code & 1u; }
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                               boost::no_property, std::uint32_t, std::uint32_t>;

/// What a sentence of evidence says about a triple. Views into the graph.
struct EvidenceView {
  std::string_view document;  ///< document id (dcterms:identifier)
  std::string_view date;      ///< the document's dcterms:date, or empty
  std::string_view sentence;  ///< nif:anchorOf
  long begin = 0;             ///< code-point offset, inclusive
  long end = 0;               ///< code-point offset, exclusive
};

/// Bytes held by each part of a PathGraph (capacity, not size).
struct MemoryUse {
  std::size_t csr = 0, triples = 0, evidence = 0, vertices = 0, names = 0;
  std::size_t total() const { return csr + triples + evidence + vertices + names; }
};

/// A folded name (label or alias) pointing at a vertex; see resolve_name().
struct NameEntry {
  std::uint32_t name = 0;  ///< id in the graph's name pool
  VertexId vertex = 0;
  bool is_label = false;   ///< rdfs:label (true) or skos:altLabel (false)
};

class PathGraphBuilder;

/// The knowledge graph as seen by the path engine. Build one with
/// PathGraphBuilder, build_path_graph() or load_path_graph().
class PathGraph {
 public:
  std::size_t num_vertices() const { return vertex_iri_.size(); }
  std::string_view iri(VertexId v) const { return strings_[vertex_iri_[v]]; }
  /// The rdfs:label, or the IRI's last path segment when it has none.
  std::string_view label(VertexId v) const { return strings_[vertex_label_[v]]; }
  /// Local name of the vertex's most specific contract class: "Official",
  /// "Meeting", "Chamber", "Post", "Role" (rules in README.md).
  std::string_view type(VertexId v) const { return strings_[type_names_[vertex_type_[v]]]; }
  /// The vertex with this exact IRI, if any (binary search).
  std::optional<VertexId> find_iri(std::string_view iri) const;

  std::size_t num_triples() const { return triples_.size(); }
  const Triple& triple(TripleId t) const { return triples_[t]; }
  std::size_t num_predicates() const { return predicates_.size(); }
  /// The full IRI of a predicate.
  std::string_view predicate(PredicateId p) const { return strings_[predicates_[p]]; }
  /// Evidence of a triple, in the order it was added; empty for world knowledge.
  std::span<const EvidenceId> evidence(TripleId t) const {
    return {evidence_ids_.data() + evidence_begin_[t], evidence_begin_[t + 1] - evidence_begin_[t]};
  }
  EvidenceView evidence_record(EvidenceId e) const;

  /// The Boost.Graph: two arcs per triple, arcs of a vertex in insertion order.
  const Csr& csr() const { return csr_; }
  /// Number of arcs out of v (= triples touching v).
  std::uint32_t degree(VertexId v) const;

  /// Every folded label and alias, sorted by folded name.
  const std::vector<NameEntry>& names() const { return names_; }
  std::string_view name(const NameEntry& e) const { return name_pool_[e.name]; }

  MemoryUse memory() const;

 private:
  friend class PathGraphBuilder;
  struct Evidence {
    DocumentId document;
    std::uint32_t sentence, begin, end;
  };
  struct Document {
    std::uint32_t id, date;
  };
  StringPool strings_;  // IRIs, labels, predicates, type names, dates, sentences
  std::vector<std::uint32_t> vertex_iri_, vertex_label_, iri_order_;
  std::vector<std::uint16_t> vertex_type_;
  std::vector<std::uint32_t> type_names_;
  std::vector<std::uint32_t> predicates_;
  std::vector<Triple> triples_;
  std::vector<std::uint32_t> evidence_begin_{0}, evidence_ids_;
  std::vector<Evidence> evidence_;
  std::vector<Document> documents_;
  StringPool name_pool_;
  std::vector<NameEntry> names_;
  Csr csr_;
};

/// Builds a PathGraph vertex by vertex and triple by triple. Strings are
/// copied. Ids are handed out in insertion order; vertices should be added
/// in IRI order (find_iri does not need it, but the search results' order
/// among ties follows vertex ids). Not thread-safe.
class PathGraphBuilder {
 public:
  /// `type` is the local name shown to users ("Official"); `label` may be
  /// empty (the IRI's last segment is used). IRIs must be unique.
  VertexId add_vertex(std::string_view iri, std::string_view label, std::string_view type);
  void add_alt_label(VertexId v, std::string_view name);
  /// The id of a predicate IRI, interned.
  PredicateId predicate(std::string_view iri);
  DocumentId add_document(std::string_view id, std::string_view date);
  EvidenceId add_evidence(DocumentId doc, std::string_view sentence, long begin, long end);
  /// Adds a triple between two added vertices; a self-loop (s == o) is dropped.
  void add_triple(VertexId s, PredicateId p, VertexId o, std::span<const EvidenceId> evidence = {});
  std::size_t num_vertices() const { return g_.vertex_iri_.size(); }

  /// Builds the CSR graph and the name index (labels folded with
  /// polkg::fold_name). The builder is left empty.
  PathGraph build();

 private:
  void build_csr();
  void build_names();
  PathGraph g_;
  std::vector<std::pair<VertexId, std::uint32_t>> alt_labels_;  // (vertex, string id)
  std::vector<std::pair<std::string, std::uint32_t>> type_index_;
  std::vector<std::pair<std::string, PredicateId>> predicate_index_;
};

/// Builds the path graph from quads polkg produced (polkg::to_quads), in
/// the same process as `polkg build`. Named graphs are merged. Never throws
/// on odd data: a triple that does not fit the shapes above is skipped.
PathGraph build_path_graph(const Quads& quads);

/// Parses a graph file polkg wrote with Redland and builds the path graph.
/// The syntax comes from the extension: .ttl (Turtle), .nt (N-Triples),
/// .nq (N-Quads); anything else is read as Turtle.
/// Throws Error(Io) if the file cannot be read, Error(BadInput, file, line)
/// on a syntax error (the first one Redland reports; parsing stops).
PathGraph load_path_graph(const std::string& path);

/// Parses an RDF file into quads (used by load_path_graph). Same errors.
Quads read_rdf_file(const std::string& path);

/// Name resolution (FROM, TO, NAME of the CLI). Tried in order, the first
/// rule that matches anything wins:
///  1. an exact vertex IRI, with or without <angle brackets>;
///  2. the end of a vertex IRI after a '/' ("person/yerlan-koshanov"),
///     when `name` contains a '/';
///  3. the folded name (polkg::fold_name: case, diacritics, punctuation and a
///     leading "the" ignored) equal to a folded rdfs:label;
///  4. the folded name equal to a folded skos:altLabel.
/// Returns the matching vertices in id order: none (no such entity), one,
/// or several (ambiguous: the caller lists them).
std::vector<VertexId> resolve_name(const PathGraph& g, std::string_view name);

}  // namespace polkg::paths
