// cli/load_command.hpp: loading into a SPARQL store, shared by `polkg load`
// and `polkg build --load URL`.
#pragma once
#include <string>

#include "commands.hpp"
#include "polkg/rdf.hpp"

namespace polkg::cli {

/// Loads `quads` (one named graph per document) and the ontology (its own
/// graph) into the dataset at `url` with the Graph Store Protocol, printing
/// a progress bar (on a terminal) and the report on standard error.
/// Returns 0, or throws Error(Kind::Server) (exit 3) naming the graphs not
/// loaded; Error(Kind::Usage) for a bad URL.
int load_built_graph(const std::string& url, Quads quads, const GlobalOptions& global);

}  // namespace polkg::cli
