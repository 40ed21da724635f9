// polkg/writer.hpp: serializing quads to RDF syntaxes.
//
// Turtle, N-Triples and N-Quads go through Redland's raptor serializers
// (one librdf world per thread, see exporters/src/redland.hpp); SPARQL 1.1
// Update is written by polkg (exporters/src/sparql_update.cpp). Every term is
// escaped by construction: any string polkg holds serializes to a document
// that a strict parser (Jena's riot) reads back to the same terms.
#pragma once
#include <ostream>
#include <string>
#include <string_view>

#include "polkg/rdf.hpp"

namespace polkg {

enum class Format { Turtle, NTriples, NQuads, SparqlUpdate };

/// "turtle"|"ttl", "ntriples"|"nt", "nquads"|"nq", "sparql-update"|"ru".
/// Throws Error(Kind::Usage) for any other name.
Format parse_format(std::string_view name);

/// The format a file name implies (.ttl, .nt, .nq, .ru), else `fallback`.
Format format_for_path(std::string_view path, Format fallback);

/// Writes `quads` to `out`. Turtle and N-Triples drop the graph names (the
/// union, duplicates removed); N-Quads keeps them; SPARQL Update writes, per
/// named graph, `CLEAR SILENT GRAPH <g>; INSERT DATA { GRAPH <g> { ... } }`.
/// Throws Error(Kind::Io) when the stream fails.
void write_quads(const Quads& quads, Format format, std::ostream& out);

/// Writes through a temporary file in the same directory and renames it onto
/// `path` only when everything was written ("-" writes to standard output).
/// A failure leaves no file behind and throws Error(Kind::Io).
void write_quads_atomically(const Quads& quads, Format format, const std::string& path);

}  // namespace polkg
