// polkg/writer.hpp: serializing quads to RDF syntaxes.
//
// Turtle, N-Triples and N-Quads are written by serd (exporters/src/
// serd_writer.cpp: streaming, about 25 times raptor's Turtle speed in a
// fraction of its memory, docs/performance.md); SPARQL 1.1 Update by polkg
// (exporters/src/sparql_update.cpp). Every term is escaped by construction:
// any string polkg holds serializes to a document that a strict parser
// (Jena's riot, raptor) reads back to the same terms, except that U+0000 in
// a literal is written as U+FFFD. To write as documents finish, see
// polkg/graph_output.hpp.
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
/// `path` only when everything was written ("-" writes to standard output;
/// polkg/output_file.hpp). A failure leaves no file behind and throws
/// Error(Kind::Io).
void write_quads_atomically(const Quads& quads, Format format, const std::string& path);

}  // namespace polkg
