// polkg/graph_store.hpp: the persistent store of `polkg build --store DIR`.
//
// A Redland "hashes" storage kept in Berkeley DB files in DIR (hash-type
// 'bdb', contexts on: one named graph per document), plus DIR/entities.tsv,
// the entity registry (key, class, label) that lets a later build give the
// same IRIs and labels to the same entities. Measured by REDLAND.md: about
// 13.6 s per million triples added, 16 MB resident; docs/performance.md has
// polkg's figures. Not thread-safe: one thread uses a store.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "polkg/entity_registry.hpp"
#include "polkg/rdf.hpp"

namespace polkg {

class GraphStore {
 public:
  /// Opens the store in `dir`, creating the directory and the store when
  /// missing. Throws Error(Kind::Io) naming `dir` when it cannot.
  explicit GraphStore(const std::string& dir);
  ~GraphStore();
  GraphStore(const GraphStore&) = delete;
  GraphStore& operator=(const GraphStore&) = delete;

  /// Replaces the named graph `graph` (a document's) by the quads of
  /// `quads` in that graph; quads of the default graph are added (a set: a
  /// quad already there is not added twice). Throws Error(Kind::Io).
  void put_graph(const std::string& graph, const Quads& quads);

  /// Calls `f` for every quad, one named graph after another, the default
  /// graph last.
  void for_each(const std::function<void(const Quad&)>& f) const;

  /// Number of named graphs (documents) in the store.
  size_t graphs() const;

  /// Seeds `registry` from DIR/entities.tsv (nothing when there is none).
  /// Throws Error(Kind::BadInput) naming the file and line of a bad row.
  void load_registry(EntityRegistry& registry) const;
  /// Writes `registry` to DIR/entities.tsv (through a temporary file) and
  /// flushes the store to disk.
  void save(const EntityRegistry& registry);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string dir_;
};

}  // namespace polkg
