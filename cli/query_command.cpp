// `polkg query`: placeholder until the local SPARQL query lands.
#include "commands.hpp"

namespace polkg::cli {

Run add_query_command(CLI::App& root, GlobalOptions&) {
  root.add_subcommand("query", "SPARQL over a graph file (not available yet)");
  return [] { return 2; };
}

}  // namespace polkg::cli
