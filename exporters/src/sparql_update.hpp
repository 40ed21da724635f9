// SPARQL 1.1 Update writer (internal header of polkg_exporters and
// polkg_fuseki). The term syntax is shared by SPARQL, N-Triples and
// N-Quads, so the Fuseki loader writes its request bodies with it too.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "polkg/rdf.hpp"

namespace polkg {

/// Writes, for each named graph in `quads` (sorted by graph), `CLEAR SILENT
/// GRAPH <g> ;` then `INSERT DATA { GRAPH <g> { ... } }`; triples of the
/// default graph go into a plain `INSERT DATA { ... }`. Terms are escaped by
/// construction (IRIs percent-checked, literals with \-escapes).
/// Throws Error(Kind::Io) for an invalid language tag or a failed stream.
void write_sparql_update(const Quads& quads, std::ostream& out);

/// Appends the operations for one graph ("" = default) to `out`: `CLEAR
/// SILENT GRAPH` first when `clear` (never for the default graph), then
/// INSERT DATA with `quads`. Blank node labels are made unique per `scope`
/// (operations of one request may not share a label).
void append_graph_update(const std::string& graph, const std::vector<const Quad*>& quads, bool clear,
                         size_t scope, std::string& out);

/// Appends `t` in the term syntax of SPARQL, N-Triples and N-Quads.
/// Throws Error(Kind::Io) for an invalid language tag.
void append_term(const Term& t, std::string& out, size_t scope = 0);

}  // namespace polkg
