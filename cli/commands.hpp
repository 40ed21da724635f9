// cli/commands.hpp: each subcommand of `polkg` registers itself on the root
// CLI11 app and returns the function that runs it. Exit codes
// (../shared/design/CLI.md): 0 done; 1 bad input, no such entity, ambiguous
// name, some records failed; 2 usage error; 3 server or network failure.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>

namespace polkg::cli {

using Run = std::function<int()>;

/// Options every subcommand shares (set on the root app).
struct GlobalOptions {
  std::string data_dir;  ///< ontology/gazetteer directory; empty = default
  bool quiet = false;
};

Run add_build_command(CLI::App& root, GlobalOptions& global);
Run add_path_command(CLI::App& root, GlobalOptions& global);
Run add_neighbors_command(CLI::App& root, GlobalOptions& global);
Run add_query_command(CLI::App& root, GlobalOptions& global);
Run add_load_command(CLI::App& root, GlobalOptions& global);

}  // namespace polkg::cli
