// polkg/graph_output.hpp: where `polkg build` puts the quads of each
// document as it finishes, in one of the RDF syntaxes.
//
//   N-Quads        streamed: each document's named graph as it comes; the
//                  default graph's (world-knowledge) quads once each.
//   N-Triples      streamed: the union of the graphs; a triple about a shared
//                  node (an entity, a post, a role) is written once, a
//                  document's own triples (its evidence, events, assertions)
//                  as they come.
//   Turtle         held until finish(), then sorted, grouped by subject and
//                  written with the vocabulary's prefixes. Held compactly:
//                  each distinct term once, a triple as three 32-bit ids
//                  (docs/performance.md has bytes per triple).
//   SPARQL Update  streamed: `CLEAR SILENT GRAPH <g>; INSERT DATA {...}` per
//                  named graph; default-graph triples in one INSERT DATA at
//                  the end.
// Writers use serd (exporters/src/serd_writer.hpp) and polkg's SPARQL Update
// writer; all terms are escaped by construction.
#pragma once
#include <cstdio>
#include <memory>
#include <string>

#include "polkg/rdf.hpp"
#include "polkg/writer.hpp"

namespace polkg {

class GraphOutput {
 public:
  virtual ~GraphOutput() = default;

  /// Adds one quad. Quads of one named graph must come together (one
  /// document's graph, or a graph read back from an earlier output).
  /// Throws Error(Kind::Io) when the stream refuses a statement.
  virtual void add(const Quad& q) = 0;

  /// Adds every quad of `quads` in order.
  void add_all(const Quads& quads) {
    for (const auto& q : quads) add(q);
  }

  /// Writes what is held and ends the document. Does not close the stream.
  virtual void finish() = 0;

  /// Statements written so far (after duplicates were dropped).
  size_t statements() const { return statements_; }

 protected:
  size_t statements_ = 0;
};

/// The output for `format` writing to `out`. `base` is the instance base IRI
/// (it tells a document's own nodes from shared ones, polkg/knowledge_graph.hpp
/// document_scoped()).
std::unique_ptr<GraphOutput> make_graph_output(Format format, std::FILE* out, const std::string& base);

}  // namespace polkg
