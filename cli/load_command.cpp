// `polkg load`: placeholder until the Fuseki loader lands.
#include "commands.hpp"

namespace polkg::cli {

Run add_load_command(CLI::App& root, GlobalOptions&) {
  root.add_subcommand("load", "Load a graph into a SPARQL store (not available yet)");
  return [] { return 2; };
}

}  // namespace polkg::cli
