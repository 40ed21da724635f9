// polkg/local_query.hpp: SPARQL over a graph file, locally, with Redland
// (librdf's `hashes` in-memory storage with contexts, rasqal's SPARQL).
//
// What the default graph is: the union of all named graphs, as a set (a
// triple stated in two documents' graphs is there once), exactly as in a
// Fuseki TDB2 dataset with `tdb2:unionDefaultGraph true`
// (examples/fuseki/config.ttl). A query that uses GRAPH runs over a second
// model that keeps the named graphs of an N-Quads file (a Turtle or
// N-Triples file has none); patterns outside GRAPH then see a triple once
// per graph that states it. Two models because librdf matches patterns
// outside GRAPH against every context, and rasqal 0.9.33 joins OPTIONAL
// parts wrongly over such repeated triples.
//
// rasqal 0.9.33 implements SPARQL 1.1 Query without property paths; the
// queries in examples/queries/ keep to what both rasqal and Jena run.
//
// Thread safety: a LocalGraph belongs to the thread that made it (Redland is
// built without thread support; polkg::redland gives each thread a world).
#pragma once
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "polkg/rdf.hpp"
#include "polkg/redland.hpp"

namespace polkg {

/// The answer to a query. `kind` says which fields hold it.
struct QueryResult {
  enum class Kind { Bindings, Boolean, Graph };
  Kind kind = Kind::Bindings;
  std::vector<std::string> variables;              ///< SELECT: names, in order, no "?"
  std::vector<std::vector<std::optional<Term>>> rows;  ///< SELECT: one value per variable; nullopt = unbound
  bool boolean = false;                            ///< ASK
  Quads triples;                                   ///< CONSTRUCT/DESCRIBE (graph names empty)
};

/// A graph file parsed into memory. Owns its librdf storage and model.
class LocalGraph {
 public:
  /// Parses `path`: .nq (N-Quads, named graphs kept), .nt, .ttl, .trig or
  /// .rdf/.owl (RDF/XML), by extension. Throws Error(Kind::Io) when the
  /// file cannot be read and Error(Kind::BadInput) with the line when it
  /// does not parse.
  explicit LocalGraph(const std::string& path);

  /// Number of statements: quads (a triple in two graphs counts twice) when
  /// the file has named graphs, else triples.
  size_t size() const;

  /// Runs a SPARQL 1.1 query. Throws Error(Kind::BadInput) when rasqal
  /// cannot parse or execute it (with rasqal's message).
  QueryResult query(std::string_view sparql) const;

 private:
  struct Model {
    redland::Ptr<librdf_storage> storage;
    redland::Ptr<librdf_model> model;
  };
  Model union_;  ///< distinct triples, no contexts: the default graph
  Model named_;  ///< quads with their graph as context: for GRAPH queries
};

/// How results are printed: an aligned text table, or the W3C SPARQL 1.1
/// Query Results CSV, TSV or JSON formats (Fuseki's text/csv,
/// text/tab-separated-values and application/sparql-results+json).
enum class ResultFormat { Table, Csv, Tsv, Json };

/// "table", "csv", "tsv", "json"; throws Error(Kind::Usage) otherwise.
ResultFormat parse_result_format(std::string_view name);

/// Writes `result` to `out`. A Graph result is written as N-Triples in every
/// format but JSON, where it is an array of {s,p,o} objects in the JSON
/// term encoding. Throws Error(Kind::Io) when the stream fails.
void write_result(const QueryResult& result, ResultFormat format, std::ostream& out);

}  // namespace polkg
