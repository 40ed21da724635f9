// SPARQL 1.1 Update writer (internal header of polkg_exporters).
#pragma once
#include <ostream>

#include "polkg/rdf.hpp"

namespace polkg {

/// Writes, for each named graph in `quads` (sorted by graph), `CLEAR SILENT
/// GRAPH <g> ;` then `INSERT DATA { GRAPH <g> { ... } }`; triples of the
/// default graph go into a plain `INSERT DATA { ... }`. Terms are escaped by
/// construction (IRIs percent-checked, literals with \-escapes).
void write_sparql_update(const Quads& quads, std::ostream& out);

}  // namespace polkg
