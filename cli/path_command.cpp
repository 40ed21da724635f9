// `polkg path` and `polkg neighbors`: placeholder until the path engine lands.
#include "commands.hpp"

namespace polkg::cli {

Run add_path_command(CLI::App& root, GlobalOptions&) {
  root.add_subcommand("path", "How two entities are connected (not available yet)");
  return [] { return 2; };
}
Run add_neighbors_command(CLI::App& root, GlobalOptions&) {
  root.add_subcommand("neighbors", "Entities near an entity (not available yet)");
  return [] { return 2; };
}

}  // namespace polkg::cli
